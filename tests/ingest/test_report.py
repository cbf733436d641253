"""`newsgraph ingest … --report FILE`: the per-article Markdown report, through the real CLI."""
from tests.conftest import run_cli

ARTICLE = """ date 2025-03-04 Foreign ministers of Chile and Norway meet in Oslo

Chilean Foreign Minister Alberto van Klaveren met Norwegian Foreign Minister Espen Barth Eide in Oslo today.

"We agreed to deepen our cooperation on ocean research," van Klaveren said.

The programme aims to meet the growing demand for marine scientists.
"""


def test_report_lists_events_people_places_quotes_and_rejects(tmp_path):
    (tmp_path / "oslo.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "broken.json").write_text("{ not json", encoding="utf-8")
    report = tmp_path / "report.md"
    done = run_cli("ingest", tmp_path / "oslo.txt", tmp_path / "broken.json", "--store", tmp_path / "store",
                   "--report", report)
    assert done.returncode == 1, done.stderr          # the unreadable file is a rejection
    text = report.read_text(encoding="utf-8")
    oslo = text.split("## Foreign ministers of Chile and Norway meet in Oslo", 1)[1]
    events = oslo.split("### People", 1)[0]
    assert "Meeting, happened, 2025-03-04" in events and "Oslo" in events
    assert "Alberto van Klaveren (attendee)" in events and "Espen Barth Eide (attendee)" in events
    people = oslo.split("### People", 1)[1].split("### Places", 1)[0]
    assert "Alberto van Klaveren" in people and "Espen Barth Eide" in people
    places = oslo.split("### Places", 1)[1].split("### Quotations", 1)[0]
    assert "Oslo (place, in Norway)" in places
    quotes = oslo.split("### Quotations", 1)[1].split("### Rejects", 1)[0]
    assert "deepen our cooperation on ocean research" in quotes
    rejects = oslo.split("### Rejects", 1)[1].split("\n## ", 1)[0]
    assert "“meet”: fewer parties named than the event needs" in rejects and "marine scientists" in rejects
    assert "broken.json" in text and "**unreadable**" in text


def test_report_says_which_articles_were_unchanged(tmp_path):
    (tmp_path / "oslo.txt").write_text(ARTICLE, encoding="utf-8")
    store = tmp_path / "store"
    run_cli("ingest", tmp_path / "oslo.txt", "--store", store, check=True)
    done = run_cli("ingest", tmp_path / "oslo.txt", "--store", store, "--report", "-", check=True)
    assert "1 unchanged" in done.stdout and "**unchanged**" in done.stdout and "### Events" not in done.stdout
