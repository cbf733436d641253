"""Limits over HTTP: the query timeout really stops a query while others are served, the row cap
cuts results (in every format, at a row boundary) and says so, request bodies are size-limited."""
import json
import threading
import time
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest

from tests.conftest import run_cli
from tests.server.conftest import http, start_server

EX = "http://example.org/"
# Values chosen to look like each format's row boundary from inside a value.
TRICKY = ['x},{"y', "a},{}b", 'say "hi"', "two\r\nlines", "tab\there", "<result>", "back\\slash\\",
          "}}]}", '"', "\\\"},{\\\"", "plain"]


def write_nt(path, n_plain: int, tricky=True) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n_plain):
            f.write(f'<{EX}s{i}> <{EX}p> "value {i}" .\n')
        if tricky:
            for i, text in enumerate(TRICKY):
                literal = text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
                f.write(f'<{EX}t{i}> <{EX}p> "{literal}" .\n')


@pytest.fixture(scope="module")
def store_3000(tmp_path_factory):
    folder = tmp_path_factory.mktemp("big")
    write_nt(folder / "data.nt", 3000)
    run_cli("load", folder / "data.nt", "--store", folder / "store", check=True)
    return folder / "store"


def sparql(server, query, accept="application/sparql-results+json", timeout=60):
    return http(server, "/sparql?" + urlencode({"query": query}), headers={"Accept": accept}, timeout=timeout)


# ---- timeout ---------------------------------------------------------------------------------------

HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z . ?d ?s ?w }"


def test_heavy_query_is_stopped_while_others_are_served(live_server, store_3000):
    server = live_server(store_3000, "--query-timeout", "2", "--workers", "2")
    heavy: dict = {}

    def run_heavy():
        started = time.monotonic()
        heavy["status"], _, heavy["body"] = sparql(server, HEAVY)
        heavy["seconds"] = time.monotonic() - started
        heavy["done_at"] = time.monotonic()

    thread = threading.Thread(target=run_heavy)
    thread.start()
    time.sleep(0.3)  # the heavy query is running
    status, _, body = sparql(server, f"SELECT ?o WHERE {{ <{EX}s1> ?p ?o }}")
    light_done_at = time.monotonic()
    assert status == 200
    assert json.loads(body)["results"]["bindings"][0]["o"]["value"] == "value 1"
    thread.join(30)
    assert heavy["status"] == 503
    assert b"stopped after 2 s" in heavy["body"]
    assert heavy["seconds"] < 2 + 2            # the acceptance bound: limit + 2 s
    assert light_done_at < heavy["done_at"]    # answered while the heavy one ran
    # the killed worker was replaced: the server keeps answering, heavy queries too
    for _ in range(3):
        status, _, body = sparql(server, "ASK { ?s ?p ?o }")
        assert status == 200 and json.loads(body)["boolean"] is True
    assert http(server, "/healthz")[0] == 200


def test_timeout_for_a_construct_and_with_one_worker(live_server, store_3000):
    server = live_server(store_3000, "--query-timeout", "1", "--workers", "1")
    query = "CONSTRUCT { ?a <http://example.org/q> ?d } WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z . ?d ?s ?w " \
            "FILTER(STR(?x) = STR(?w) && ?a != ?d) }"
    status, _, body = sparql(server, query, accept="text/turtle")
    assert status == 503
    # the one worker is replaced in the background; the next query waits for it, not for a timeout
    status, _, body = sparql(server, "ASK {}")
    assert status == 200


# ---- the row cap -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def capped(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cap")
    write_nt(folder / "data.nt", 20)
    run_cli("load", folder / "data.nt", "--store", folder / "store", check=True)
    server = start_server(folder / "store", "--max-rows", "5")
    yield server
    server.stop()


FORMATS = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
           "application/sparql-results+xml": ox.QueryResultsFormat.XML,
           "text/tab-separated-values": ox.QueryResultsFormat.TSV}


@pytest.mark.parametrize("media_type", FORMATS)
@pytest.mark.parametrize("order", ["ASC", "DESC"])
def test_row_cap_cuts_at_a_row_boundary(capped, media_type, order):
    """Ordered so that the tricky values come first (DESC puts the `t…` rows first)."""
    status, headers, body = sparql(capped, f"SELECT ?s ?o WHERE {{ ?s ?p ?o }} ORDER BY {order}(?s)", media_type)
    assert status == 200
    assert headers["X-NewsGraph-Truncated"] == "true" and headers["X-NewsGraph-Max-Rows"] == "5"
    rows = list(ox.parse_query_results(body, FORMATS[media_type]))
    assert len(rows) == 5


@pytest.mark.parametrize("offset", range(0, len(TRICKY)))
def test_row_cap_with_every_tricky_value_at_the_cut(capped, offset):
    query = f"SELECT ?o WHERE {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), '{EX}t')) }} ORDER BY ?s OFFSET {offset}"
    expected = sorted(TRICKY)  # not the order of ?s, so compare as sets below
    for media_type, fmt in FORMATS.items():
        status, headers, body = sparql(capped, query, media_type)
        rows = [r["o"].value for r in ox.parse_query_results(body, fmt)]
        assert len(rows) == min(5, len(TRICKY) - offset)
        assert set(rows) <= set(expected)
        assert headers["X-NewsGraph-Truncated"] == ("true" if len(TRICKY) - offset > 5 else "false")


def test_row_cap_csv(capped):
    status, headers, body = sparql(capped, "SELECT ?o WHERE { ?s ?p ?o } ORDER BY DESC(?s)", "text/csv")
    assert headers["X-NewsGraph-Truncated"] == "true"
    import csv
    import io
    rows = list(csv.reader(io.StringIO(body.decode(), newline="")))
    assert rows[0] == ["o"] and len(rows) == 6


def test_exactly_max_rows_is_not_truncated(capped):
    for media_type, fmt in FORMATS.items():
        status, headers, body = sparql(capped, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 5", media_type)
        assert headers["X-NewsGraph-Truncated"] == "false"
        assert len(list(ox.parse_query_results(body, fmt))) == 5


def test_empty_rows_are_counted(capped):
    status, headers, body = sparql(capped, "SELECT ?nothing WHERE { ?s ?p ?o }")
    assert headers["X-NewsGraph-Truncated"] == "true"
    assert json.loads(body)["results"]["bindings"] == [{}] * 5


def test_row_cap_on_graphs(capped):
    status, headers, body = sparql(capped, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples")
    assert headers["X-NewsGraph-Truncated"] == "true"
    assert len(list(ox.parse(body, ox.RdfFormat.N_TRIPLES))) == 5
    status, headers, body = sparql(capped, f"DESCRIBE <{EX}s1>", "text/turtle")
    assert headers["X-NewsGraph-Truncated"] == "false"


def test_long_results_stream(live_server, tmp_path):
    """A result longer than what the server holds back streams: chunked, no truncation claim."""
    write_nt(tmp_path / "data.nt", 60000, tricky=False)
    run_cli("load", tmp_path / "data.nt", "--store", tmp_path / "store", check=True)
    server = live_server(tmp_path / "store", "--max-rows", "100000")
    status, headers, body = sparql(server, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }",
                                   "application/sparql-results+xml")
    assert status == 200 and headers["Transfer-Encoding"] == "chunked"
    assert "X-NewsGraph-Truncated" not in headers
    assert len(list(ox.parse_query_results(body, ox.QueryResultsFormat.XML))) == 60000


# ---- request bodies ----------------------------------------------------------------------------------

def test_request_bodies_are_limited(live_server, store_3000):
    server = live_server(store_3000, env={"NEWSGRAPH_MAX_BODY": "2000"})
    big = "ASK {}" + " " * 5000
    status, _, body = http(server, "/sparql", "POST", big, {"Content-Type": "application/sparql-query"})
    assert status == 413
    status, _, _ = http(server, "/sparql", "POST", "query=" + "%20" * 3000,
                        {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 413
    status, _, _ = http(server, "/sparql", "POST", "ASK {}", {"Content-Type": "application/sparql-query"})
    assert status == 200
