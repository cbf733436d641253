"""The query page in a real browser: headless Chromium (Debian's chromium + chromedriver, installed by
tests/system_setup.py) driven by Selenium against a real `newsgraph serve`.

Skipped, saying why, only where the browser or its driver is not installed."""
import shutil
import tempfile

import pytest

from tests.server.conftest import start_server
from tests.server.site_data import make_site_store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,1000"]
WAIT = 60  # seconds to wait for the page to react (a wait, not a timing assertion)

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
if not (CHROMIUM and CHROMEDRIVER):
    pytest.skip("Chromium or chromedriver is not installed (tests/system_setup.py installs Debian's "
                "chromium and chromium-driver when run as root with apt-get)", allow_module_level=True)

from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

ROWS = "#results table tbody tr"


@pytest.fixture(scope="module")
def browser():
    profile = tempfile.mkdtemp(prefix="newsgraph-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS + [f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    server = start_server(make_site_store(tmp_path_factory.mktemp("browser")), "--workers", "1")
    yield server
    server.stop()


def run_query(browser, server, query: str | None = None, example: str | None = None):
    """Open the query page, set the query (or click an example, which runs it) and wait for an answer."""
    browser.get(server.url)
    if example:
        browser.find_element(By.CSS_SELECTOR, f'button.example[data-name="{example}"]').click()
    else:
        if query is not None:
            editor = browser.find_element(By.ID, "query")
            browser.execute_script("arguments[0].value = arguments[1];", editor, query)
        browser.find_element(By.ID, "run").click()
    WebDriverWait(browser, WAIT).until(EC.any_of(
        EC.presence_of_element_located((By.CSS_SELECTOR, ROWS)),
        EC.presence_of_element_located((By.CSS_SELECTOR, "#results p.boolean")),
        EC.visibility_of_element_located((By.ID, "error"))))


def cells(browser) -> list[list[str]]:
    return [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
            for tr in browser.find_elements(By.CSS_SELECTOR, ROWS)]


def test_who_met_whom_on_the_seeds(browser, seeds_server):
    run_query(browser, seeds_server, example="01-who-met-whom")
    rows = cells(browser)
    assert rows, browser.find_element(By.ID, "error").text
    assert any("Sergey Lavrov" in row for row in rows)
    assert f"{len(rows)} row" in browser.find_element(By.ID, "status").text
    labels = [b.text for b in browser.find_elements(By.CSS_SELECTOR, "#download-buttons button")]
    assert labels == ["JSON", "XML", "CSV", "TSV"]


def test_default_query_runs_and_links_to_local_pages(browser, site):
    run_query(browser, site)
    assert any("Meeting of Xi Jinping and Sergey Lavrov" in row for row in cells(browser))
    link = browser.find_element(By.CSS_SELECTOR, f"{ROWS} a.iri")
    assert link.get_attribute("href") == site.url + "event/e1"  # a local path on this server
    link.click()
    WebDriverWait(browser, WAIT).until(EC.title_contains("Meeting of Xi Jinping"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Meeting of Xi Jinping and Sergey Lavrov"


def test_article_text_shows_as_text_not_markup(browser, site):
    run_query(browser, site, "SELECT ?text WHERE { ?q <http://schema.org/text> ?text }")
    assert cells(browser) == [["strengthen <b>mutual</b> support <script>alert(1)</script>"]]
    assert not browser.find_elements(By.CSS_SELECTOR, "#results b, #results script")
    with pytest.raises(NoAlertPresentException):
        _ = browser.switch_to.alert.text  # no alert: the script was never run


def test_construct_ask_and_errors(browser, site):
    run_query(browser, site, "CONSTRUCT { ?e a ?t } WHERE { ?e a ?t FILTER(?t = <http://schema.org/Event>) }")
    assert cells(browser)[0][2] == "schema:Event"
    labels = [b.text for b in browser.find_elements(By.CSS_SELECTOR, "#download-buttons button")]
    assert labels == ["Turtle", "N-Triples", "JSON-LD", "RDF/XML"]
    run_query(browser, site, "ASK { ?s a <http://schema.org/Quotation> }")
    assert browser.find_element(By.CSS_SELECTOR, "#results p.boolean").text == "true"
    run_query(browser, site, "SELECT * WHERE { ?s ?p }")
    assert browser.find_element(By.ID, "error").text.startswith("Error 400")
