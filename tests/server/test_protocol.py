"""SPARQL 1.1 Protocol over HTTP against a real server: the W3C protocol query tests
(w3c/rdf-tests sparql/sparql11/protocol/manifest.ttl, query_* and bad_* cases that apply to a
query-only endpoint), content negotiation, CORS and the service description."""
import json
from urllib.parse import quote, urlencode

import pyoxigraph as ox
import pytest

from tests.server.conftest import EX, copy_store, http, start_server
from tests.conftest import run_cli

KASEI = "http://kasei.us/2009/09/sparql/data/"
W3C_TRIG = "".join(f"<{KASEI}data{i}.rdf> {{ <{KASEI}data{i}.rdf> a <http://xmlns.com/foaf/0.1/Document> . }}\n"
                   for i in (1, 2, 3))
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
DIRECT = {"Content-Type": "application/sparql-query"}


@pytest.fixture(scope="module")
def w3c(tmp_path_factory, small_store):
    """A server over the small dataset plus the three graphs of the W3C protocol tests."""
    folder = tmp_path_factory.mktemp("w3c")
    store = copy_store(small_store, folder / "store")
    (folder / "w3c.trig").write_text(W3C_TRIG)
    run_cli("load", folder / "w3c.trig", "--store", store, check=True)
    server = start_server(store, "--workers", "2")
    yield server
    server.stop()


def q(**params) -> str:
    return "/sparql/?" + urlencode([(k.replace("_", "-"), v) for k, vs in params.items()
                                    for v in (vs if isinstance(vs, list) else [vs])], quote_via=quote)


def boolean(body: bytes) -> bool:
    return json.loads(body)["boolean"]


def g(i: int) -> str:
    return f"{KASEI}data{i}.rdf"


ASK_1_2 = f"ASK {{ <{g(1)}> a ?type . <{g(2)}> a ?type . }}"
ASK_NAMED = f"ASK {{ GRAPH ?g1 {{ <{g(1)}> a ?type }} GRAPH ?g2 {{ <{g(2)}> a ?type }} }}"


# ---- the W3C protocol tests: queries -----------------------------------------------------------

def test_query_post_form(w3c):
    status, headers, body = http(w3c, q(default_graph_uri=g(0)), "POST", "query=ASK%20%7B%7D", FORM)
    assert status == 200 and boolean(body) is True


def test_query_dataset_default_graphs_get(w3c):
    status, _, body = http(w3c, q(query=ASK_1_2, default_graph_uri=[g(1), g(2)]))
    assert status == 200 and boolean(body) is True


def test_query_dataset_default_graphs_post(w3c):
    status, _, body = http(w3c, q(default_graph_uri=[g(1), g(2)]), "POST", ASK_1_2, DIRECT)
    assert status == 200 and boolean(body) is True


def test_query_dataset_named_graphs_post(w3c):
    status, _, body = http(w3c, q(named_graph_uri=[g(1), g(2)]), "POST", ASK_NAMED, DIRECT)
    assert status == 200 and boolean(body) is True


def test_query_dataset_named_graphs_get(w3c):
    status, _, body = http(w3c, q(query=ASK_NAMED, named_graph_uri=[g(1), g(2)]))
    assert status == 200 and boolean(body) is True


def test_query_dataset_full(w3c):
    query = f"ASK {{ <{g(3)}> a ?type GRAPH ?g1 {{ <{g(1)}> a ?type }} GRAPH ?g2 {{ <{g(2)}> a ?type }} }}"
    status, _, body = http(w3c, q(default_graph_uri=g(3), named_graph_uri=[g(1), g(2)]), "POST", query, DIRECT)
    assert status == 200 and boolean(body) is True


def test_query_multiple_dataset(w3c):
    """The protocol dataset overrides FROM. (The manifest's URL double-encodes its second
    named-graph-uri, a known erratum; this sends the two parameters it means.)"""
    query = f"ASK FROM <{g(3)}> {{ GRAPH ?g1 {{ <{g(1)}> a ?type }} GRAPH ?g2 {{ <{g(2)}> a ?type }} }}"
    status, _, body = http(w3c, q(named_graph_uri=[g(1), g(2)]), "POST", query, DIRECT)
    assert status == 200 and boolean(body) is True
    # and without the protocol dataset, FROM alone decides: graph 3 has no named graphs 1 and 2
    status, _, body = http(w3c, q(), "POST", f"ASK FROM NAMED <{g(3)}> {{ GRAPH ?g {{ <{g(1)}> a ?t }} }}", DIRECT)
    assert status == 200 and boolean(body) is False


def test_query_get(w3c):
    status, headers, body = http(w3c, q(query="ASK {}", default_graph_uri=g(0)))
    assert status == 200 and boolean(body) is True
    assert headers["Content-Type"].startswith("application/sparql-results+json")


@pytest.mark.parametrize("query, expected", [
    ("SELECT (1 AS ?value) {}", ("application/sparql-results+json", "application/sparql-results+xml",
                                 "text/csv", "text/tab-separated-values")),
    ("ASK {}", ("application/sparql-results+json", "application/sparql-results+xml")),
    ("DESCRIBE <http://example.org/>", ("text/turtle", "application/rdf+xml", "application/n-triples")),
    ("CONSTRUCT { <s> <p> 1 } WHERE {}", ("text/turtle", "application/rdf+xml", "application/n-triples")),
])
def test_query_content_type(w3c, query, expected):
    status, headers, body = http(w3c, q(default_graph_uri=g(0)), "POST", query, DIRECT)
    assert status == 200
    assert headers["Content-Type"].split(";")[0] in expected


def test_query_post_direct(w3c):
    status, _, body = http(w3c, "/sparql/", "POST", "ASK {}", DIRECT)
    assert status == 200 and boolean(body) is True


# ---- the W3C protocol tests: bad requests ------------------------------------------------------

def test_bad_query_method(w3c):
    for method in ("PUT", "DELETE", "PATCH"):
        status, headers, body = http(w3c, q(query="ASK {}", default_graph_uri=g(0)), method, b"", FORM)
        assert status == 405
        assert "GET" in headers["Allow"] and "POST" in headers["Allow"]


def test_bad_multiple_queries(w3c):
    status, _, body = http(w3c, "/sparql/?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D")
    assert status == 400 and b"one query" in body
    status, _, _ = http(w3c, "/sparql/?query=ASK%20%7B%7D", "POST", "query=ASK%20%7B%7D", FORM)
    assert status == 400


def test_bad_query_wrong_media_type(w3c):
    status, _, body = http(w3c, "/sparql/", "POST", "ASK {}", {"Content-Type": "text/plain"})
    assert status == 415 and b"application/sparql-query" in body


def test_bad_query_missing_form_type(w3c):
    status, _, _ = http(w3c, "/sparql/", "POST", "query=ASK%20%7B%7D")
    assert status == 400


def test_bad_query_missing_direct_type(w3c):
    status, _, body = http(w3c, "/sparql/", "POST", "ASK {}")
    assert status == 400 and b"Content-Type" in body


def test_bad_query_non_utf8(w3c):
    body = "ASK {}".encode("utf-16")  # with its BOM, as in the test
    status, _, _ = http(w3c, "/sparql/", "POST", body, {"Content-Type": "application/sparql-query; charset=UTF-16"})
    assert status == 400
    status, _, text = http(w3c, "/sparql/", "POST", body, DIRECT)  # UTF-16 bytes labelled as UTF-8
    assert status == 400 and b"UTF-8" in text
    status, _, _ = http(w3c, "/sparql/", "POST", b"query=" + quote(body).encode(), FORM)
    assert status == 400


def test_bad_query_syntax(w3c):
    status, headers, body = http(w3c, "/sparql/?query=ASK%20%7B")
    assert status == 400
    assert headers["Content-Type"].startswith("text/plain")
    assert body.strip()  # the parser's message
    status, _, body = http(w3c, "/sparql?query=SELECT%20%3Fx%20WHERE%20%7B%20%3Fx%20%3Fy%20%7D")
    assert status == 400 and b"expected" in body.lower()


@pytest.mark.parametrize("request_args", [
    ("/sparql/?update=CLEAR%20ALL", "GET", None, None),
    ("/sparql/", "POST", "update=CLEAR%20NAMED&update=CLEAR%20DEFAULT", FORM),
    ("/sparql/", "POST", "update=CLEAR%20ALL", FORM),
    ("/sparql/", "POST", "CLEAR ALL", {"Content-Type": "application/sparql-update"}),
    ("/sparql/", "POST", "update=CLEAR%20ALL", None),
])
def test_bad_and_refused_updates(w3c, request_args):
    path, method, body, headers = request_args
    status, _, _ = http(w3c, path, method, body, headers)
    assert 400 <= status < 500
    status, _, body = http(w3c, q(query=f"ASK {{ GRAPH <{g(1)}> {{ ?s ?p ?o }} }}"))
    assert boolean(body) is True  # nothing was cleared


def test_update_operations_are_refused_with_403(w3c):
    status, _, body = http(w3c, "/sparql", "POST", "INSERT DATA { <a:s> <a:p> <a:o> }",
                           {"Content-Type": "application/sparql-update"})
    assert status == 403 and b"read-only" in body


# ---- dataset semantics ---------------------------------------------------------------------------

def test_default_graph_is_the_union_as_a_set(small_server):
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ <{EX}lavrov> <http://schema.org/name> ?name }}"
    status, _, body = http(small_server, "/sparql?" + urlencode({"query": query}))
    assert status == 200
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "1"  # held by g1 and g2


def test_graphs_by_name(small_server):
    query = f"SELECT ?g WHERE {{ GRAPH ?g {{ <{EX}meeting1> a ?t }} }} GROUP BY ?g ORDER BY ?g"
    status, _, body = http(small_server, "/sparql?" + urlencode({"query": query}))
    graphs = [b["g"]["value"] for b in json.loads(body)["results"]["bindings"]]
    assert graphs == [f"{EX}g1", f"{EX}g2"]


def test_from_selects_graphs(small_server):
    query = f"SELECT ?e FROM <{EX}g1> WHERE {{ ?e a <http://schema.org/Event> }}"
    _, _, body = http(small_server, "/sparql?" + urlencode({"query": query}))
    assert [b["e"]["value"] for b in json.loads(body)["results"]["bindings"]] == [f"{EX}meeting1"]
    # the protocol's default-graph-uri overrides FROM
    _, _, body = http(small_server, "/sparql?" + urlencode({"query": query, "default-graph-uri": f"{EX}g2"}))
    assert {b["e"]["value"] for b in json.loads(body)["results"]["bindings"]} == {f"{EX}meeting1", f"{EX}call1"}


# ---- content negotiation ---------------------------------------------------------------------------

SELECT = "SELECT ?name WHERE { ?p a <http://schema.org/Person> ; <http://schema.org/name> ?name } ORDER BY ?name"
CONSTRUCT = "CONSTRUCT { ?p <http://schema.org/name> ?n } WHERE { ?p a <http://schema.org/Person> ; <http://schema.org/name> ?n }"
RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV, "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD, "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/trig": ox.RdfFormat.TRIG, "application/n-quads": ox.RdfFormat.N_QUADS,
}


def get(server, query, accept=None, **params):
    headers = {"Accept": accept} if accept is not None else {}
    return http(server, "/sparql?" + urlencode({"query": query, **params}), headers=headers)


@pytest.mark.parametrize("media_type", RESULT_FORMATS)
def test_select_formats(small_server, media_type):
    status, headers, body = get(small_server, SELECT, media_type)
    assert status == 200 and headers["Content-Type"].split(";")[0] == media_type
    if media_type == "text/csv":
        names = body.decode().split("\r\n")[1:-1]
    else:
        names = [s["name"].value for s in ox.parse_query_results(body, RESULT_FORMATS[media_type])]
    assert names == ["Recep Tayyip Erdoğan", "Sergey Lavrov", "Vladimir Putin", "Wang Yi"]


@pytest.mark.parametrize("media_type", GRAPH_FORMATS)
def test_construct_formats(small_server, media_type):
    status, headers, body = get(small_server, CONSTRUCT, media_type)
    assert status == 200 and headers["Content-Type"].split(";")[0] == media_type
    names = sorted(q.object.value for q in ox.parse(body, GRAPH_FORMATS[media_type]))
    assert names == ["Recep Tayyip Erdoğan", "Sergey Lavrov", "Vladimir Putin", "Wang Yi"]


def test_describe_is_a_graph(small_server):
    status, headers, body = get(small_server, f"DESCRIBE <{EX}lavrov>", "*/*")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert any(t.object.value == "Sergey Lavrov" for t in ox.parse(body, ox.RdfFormat.TURTLE))


@pytest.mark.parametrize("accept, query, expected", [
    (None, SELECT, "application/sparql-results+json"),
    ("*/*", SELECT, "application/sparql-results+json"),
    (None, CONSTRUCT, "text/turtle"),
    ("*/*", "ASK {}", "application/sparql-results+json"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", SELECT, "application/sparql-results+xml"),
    ("text/csv;q=0.9, application/sparql-results+xml;q=0.5", SELECT, "text/csv"),
    ("text/*", SELECT, "text/csv"),
    ("text/*", CONSTRUCT, "text/turtle"),
    ("application/*;q=0.5, text/tab-separated-values", SELECT, "text/tab-separated-values"),
    ("application/rdf+xml, text/turtle;q=0.8", CONSTRUCT, "application/rdf+xml"),
    ("text/html, application/xhtml+xml, */*;q=0.8", SELECT, "application/sparql-results+json"),
    ("application/sparql-results+json, text/turtle;q=0.9", CONSTRUCT, "text/turtle"),
    ("application/json", SELECT, "application/json"),
    ("application/json", CONSTRUCT, "application/json"),
])
def test_negotiation(small_server, accept, query, expected):
    status, headers, body = get(small_server, query, accept)
    assert status == 200
    assert headers["Content-Type"].split(";")[0] == expected


@pytest.mark.parametrize("accept, query", [
    ("text/html", SELECT), ("text/turtle", SELECT), ("application/sparql-results+json", CONSTRUCT),
    ("image/png, text/html;q=0.9", "ASK {}"), ("text/csv;q=0", SELECT.replace("ORDER BY ?name", "")),
])
def test_not_acceptable(small_server, accept, query):
    status, _, body = get(small_server, query, accept)
    assert status == 406
    offered = "text/turtle" if query.startswith("SELECT") or query.startswith("ASK") else "application/sparql-results+json"
    assert b"offered" in body and b"application/sparql-results+json" in body or b"text/turtle" in body
    assert offered.encode() not in body or b"offered" in body


def test_not_acceptable_lists_the_formats_of_the_result_kind(small_server):
    _, _, body = get(small_server, SELECT, "text/turtle")
    assert b"application/sparql-results+xml" in body and b"text/turtle" not in body.split(b"offered")[1]
    _, _, body = get(small_server, CONSTRUCT, "text/csv")
    assert b"application/n-triples" in body and b"text/csv" not in body.split(b"offered")[1]


def test_format_parameter_overrides_accept(small_server):
    status, headers, body = get(small_server, SELECT, "application/sparql-results+json", format="csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    status, headers, _ = get(small_server, CONSTRUCT, None, format="ntriples")
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")


def test_results_are_streamed_with_the_row_cap_announced(small_server):
    status, headers, _ = get(small_server, SELECT)
    assert headers["X-NewsGraph-Max-Rows"] == "10000"
    assert headers["X-NewsGraph-Truncated"] == "false"


# ---- CORS -------------------------------------------------------------------------------------------

def test_cors_on_query_responses(small_server):
    _, headers, _ = get(small_server, "ASK {}", None)
    assert headers["Access-Control-Allow-Origin"] == "*"
    status, headers, _ = http(small_server, "/sparql", "POST", "ASK {}",
                              {**DIRECT, "Origin": "http://elsewhere.example"})
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"


def test_cors_preflight(small_server):
    status, headers, _ = http(small_server, "/sparql", "OPTIONS", headers={
        "Origin": "http://elsewhere.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert status in (200, 204)
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert "content-type" in headers["Access-Control-Allow-Headers"].lower()


def test_errors_carry_cors_too(small_server):
    status, headers, _ = get(small_server, "SELECT", None)
    assert status == 400 and headers["Access-Control-Allow-Origin"] == "*"


# ---- service description ----------------------------------------------------------------------------

SD = "http://www.w3.org/ns/sparql-service-description#"


@pytest.mark.parametrize("path", ["/sparql", "/sparql/"])
def test_service_description(small_server, path):
    status, headers, body = http(small_server, path, headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    triples = list(ox.parse(body, ox.RdfFormat.TURTLE))
    service = next(t.subject for t in triples if t.object == ox.NamedNode(SD + "Service"))
    endpoints = [t.object.value for t in triples if t.subject == service and t.predicate.value == SD + "endpoint"]
    assert endpoints == [small_server.url.rstrip("/") + path]


def test_service_description_names_the_url_the_client_used(small_server):
    _, _, body = http(small_server, "/sparql", headers={"Accept": "application/n-triples",
                                                        "Host": f"localhost:{small_server.port}"})
    assert f"<{SD}endpoint> <http://localhost:{small_server.port}/sparql>".encode() in body


def test_service_description_formats(small_server):
    for media_type, fmt in GRAPH_FORMATS.items():
        status, headers, body = http(small_server, "/sparql", headers={"Accept": media_type})
        assert status == 200 and headers["Content-Type"].split(";")[0] == media_type
        assert list(ox.parse(body, fmt))


def test_browsers_get_the_query_page(small_server):
    status, headers, body = http(small_server, "/sparql", headers={
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"})
    assert status in (200, 303)
    if status == 303:
        assert headers["Location"].endswith("/")
    else:
        assert headers["Content-Type"].startswith("text/html")


def test_errors_by_accept(small_server):
    status, headers, body = get(small_server, "SELECT", "application/json")
    assert status == 400 and headers["Content-Type"].startswith("application/json")
    assert json.loads(body)["status"] == 400
    status, headers, body = get(small_server, "SELECT <script>", "text/html")
    assert status == 400 and headers["Content-Type"].startswith("text/html")
    assert b"<script>" not in body


def test_healthz(small_server):
    status, _, body = http(small_server, "/healthz")
    assert status == 200 and json.loads(body)["status"] == "ok"


def test_one_log_line_per_request(small_server):
    http(small_server, "/sparql?query=ASK%7B%7D&marker=1")
    http(small_server, "/sparql%0AGET%20/forged%20200%201ms")    # a newline in the path stays in its line
    import time
    time.sleep(0.3)
    lines = [line for line in small_server.log if line.startswith("GET /sparql 200 ")]
    assert lines and lines[-1].endswith("ms")
    assert not any(line.startswith("GET /forged") for line in small_server.log)
    assert any(line.startswith("GET /sparql\\nGET /forged 200 1ms 404 ") for line in small_server.log)


def test_head(small_server):
    status, headers, body = http(small_server, "/sparql?query=ASK%7B%7D", "HEAD")
    assert status == 200 and body == b"" and headers["Content-Length"] == "26"
    assert headers["Access-Control-Allow-Origin"] == "*"
    status, headers, body = http(small_server, "/sparql", "HEAD", headers={"Accept": "text/turtle"})
    assert status == 200 and body == b"" and headers["Content-Type"].startswith("text/turtle")


def test_serve_without_a_store_ingests_the_seeds_first(tmp_path):
    """`newsgraph serve` with no --store and an empty ./newsgraph-data shows the seed articles at once."""
    import shutil
    from tests.conftest import SEEDS
    shutil.copytree(SEEDS, tmp_path / "seeds")
    server = start_server(None, cwd=tmp_path, timeout=600)
    try:
        query = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <http://schema.org/NewsArticle> }"
        status, _, body = http(server, "/sparql?" + urlencode({"query": query}))
        assert status == 200
        assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "5"
        assert (tmp_path / "newsgraph-data").is_dir()
        assert any("ingesting" in line for line in server.log)
    finally:
        server.stop()
