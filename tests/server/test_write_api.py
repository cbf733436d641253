"""POST /articles over HTTP: the same pipeline and SHACL gate as `newsgraph ingest`, behind a token."""
import json
from urllib.parse import urlencode

import pytest

from tests.server.conftest import copy_store, http, start_server

TOKEN = "s3cret-token-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = {"Content-Type": "text/plain; charset=utf-8"}
JSON_TYPE = {"Content-Type": "application/json"}
ARTICLE = ("Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing "
           "on Sunday to discuss the situation in the region.")


@pytest.fixture(scope="module")
def writable(small_store, tmp_path_factory):
    server = start_server(copy_store(small_store, tmp_path_factory.mktemp("write") / "store"),
                          env={"NEWSGRAPH_TOKEN": TOKEN})
    yield server
    server.stop()


def post(server, body, headers=None, path="/articles"):
    return http(server, path, "POST", body, {**AUTH, **TEXT, **(headers or {})}, timeout=300)


def ask(server, query) -> bool:
    status, _, body = http(server, "/sparql?" + urlencode({"query": query}))
    assert status == 200, body
    return json.loads(body)["boolean"]


@pytest.mark.parametrize("headers", [
    {}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"},
    {"Authorization": f"Bearer {TOKEN}x"}, {"Authorization": TOKEN}, {"Authorization": "Bearer "},
])
def test_401_without_a_valid_token(writable, headers):
    status, response_headers, body = http(writable, "/articles", "POST", ARTICLE, {**TEXT, **headers})
    assert status == 401
    assert response_headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize("body, headers", [
    ("", TEXT), ("   \n\t ", TEXT), (json.dumps({"text": ""}), JSON_TYPE), (json.dumps({"title": "x"}), JSON_TYPE),
    (json.dumps(["a list"]), JSON_TYPE), ("{not json", JSON_TYPE), (b"\xff\xfe\x00t", TEXT),
    (json.dumps({"text": "Lavrov met Wang Yi. \ud800"}), JSON_TYPE),
    (json.dumps({"text": ARTICLE, "id": "x", "date": "not a date"}), JSON_TYPE),
])
def test_400_for_empty_or_unreadable_input(writable, body, headers):
    status, _, text = post(writable, body, headers)
    assert status == 400, text


def test_422_with_the_shacl_report_and_nothing_stored(writable):
    """A body text given as the title is read fine but breaks the headline shape: rejected whole."""
    body = json.dumps({"text": ARTICLE, "id": "overlong-title", "title": ARTICLE * 3})
    status, headers, report = post(writable, body, {**JSON_TYPE, "Accept": "text/plain"})
    assert status == 422, report
    assert b"at most 300 characters" in report
    assert not ask(writable, 'ASK { ?a <http://schema.org/identifier> "overlong-title" }')


def test_415_for_other_types(writable):
    status, _, _ = post(writable, "<article/>", {"Content-Type": "application/xml"})
    assert status == 415


def test_201_with_location_and_the_article_is_queryable(writable):
    status, headers, body = post(writable, ARTICLE, path="/articles?" + urlencode(
        {"id": "lavrov-beijing-post", "title": "Lavrov in Beijing", "date": "2025-07-13"}))
    assert status == 201, body
    result = json.loads(body)
    iri = headers["Location"]
    assert result["article"] == iri and iri.endswith("/article/lavrov-beijing-post")
    assert ask(writable, f'ASK {{ <{iri}> a <http://schema.org/NewsArticle> ; '
                         f'<http://schema.org/headline> "Lavrov in Beijing" }}')
    assert ask(writable, f"ASK {{ GRAPH <{result['graph']}> {{ <{iri}> ?p ?o }} }}")
    # the same article again changes nothing
    status, headers, body = post(writable, ARTICLE, path="/articles?" + urlencode(
        {"id": "lavrov-beijing-post", "title": "Lavrov in Beijing", "date": "2025-07-13"}))
    assert status == 200 and json.loads(body)["unchanged"] is True and headers["Location"] == iri


def test_json_fields(writable):
    payload = {"text": ARTICLE.replace("Sunday", "Monday"), "id": "json-post-1", "title": "Talks in Beijing",
               "date": "2025-07-14", "publisher": "Reuters"}
    status, headers, body = post(writable, json.dumps(payload), JSON_TYPE)
    assert status == 201, body
    iri = headers["Location"]
    assert ask(writable, f'ASK {{ <{iri}> <http://schema.org/datePublished> ?d FILTER(STR(?d) = "2025-07-14") }}')


def test_text_without_an_id_gets_a_stable_one(writable):
    text = ARTICLE.replace("Sunday", "Tuesday")
    status, headers, _ = post(writable, text)
    assert status == 201
    status, again, _ = post(writable, text)
    assert status == 200 and again["Location"] == headers["Location"]


def test_writes_are_disabled_without_a_token(small_server):
    status, _, _ = http(small_server, "/articles", "POST", ARTICLE, {**AUTH, **TEXT})
    assert status == 404


def void_triples(server) -> int:
    status, _, body = http(server, "/.well-known/void", headers={"Accept": "application/n-triples"})
    assert status == 200, body
    line = next(x for x in body.decode().splitlines() if "<http://rdfs.org/ns/void#triples>" in x
                and x.startswith("<"))   # the dataset's own count (subsets are blank nodes)
    return int(line.split('"')[1])


def test_void_counts_follow_a_write(writable):
    before = void_triples(writable)
    assert void_triples(writable) == before   # counted once, then kept until the store changes
    status, _, body = post(writable, ARTICLE.replace("Sunday", "Monday"), path="/articles?id=void-count-post")
    assert status == 201, body
    assert void_triples(writable) > before
