"""Safety over HTTP: no query ever makes a network request (a local listener must receive no
connection), updates are refused and change nothing, request smuggling of updates fails."""
import json
import socket
import threading
from urllib.parse import urlencode

import pytest

from tests.server.conftest import http

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture
def listener():
    """A TCP listener on 127.0.0.1:PORT that records every connection it receives."""
    sock = socket.create_server(("127.0.0.1", 0))
    sock.settimeout(0.2)
    connections: list = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except (TimeoutError, socket.timeout):
                continue
            except OSError:
                return
            connections.append(conn.recv(1024))
            conn.close()
    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield sock.getsockname()[1], connections
    stop.set()
    thread.join(2)
    sock.close()


def ask(server, query, **params):
    return http(server, "/sparql?" + urlencode({"query": query, **params}))


def test_no_query_reaches_the_network(small_server, listener):
    port, connections = listener
    remote = f"http://127.0.0.1:{port}"
    queries = [
        f"SELECT * WHERE {{ SERVICE <{remote}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{remote}/sparql> {{ ?s ?p ?o }} }}",
        f"select * where {{ service <{remote}/sparql> {{ ?s ?p ?o }} }}",
        f"PREFIX r: <{remote}/> SELECT * WHERE {{ SERVICE r:sparql {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o SERVICE<{remote}/sparql>{{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ BIND(<{remote}/sparql> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
        f"SELECT * FROM <{remote}/x> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{remote}/x> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ GRAPH <{remote}/x> {{ ?s ?p ?o }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} FROM <{remote}/x> WHERE {{ ?s ?p ?o }}",
        f"DESCRIBE <{remote}/x>",
        f"ASK FROM <{remote}/a> FROM <{remote}/b> {{ ?s ?p ?o }}",
    ]
    statuses = [ask(small_server, query)[0] for query in queries]
    statuses.append(ask(small_server, "ASK { ?s ?p ?o }", **{"default-graph-uri": f"{remote}/x"})[0])
    statuses.append(ask(small_server, "ASK { GRAPH ?g { ?s ?p ?o } }", **{"named-graph-uri": f"{remote}/x"})[0])
    # LOAD is an update: refused on every route
    load = f"LOAD <{remote}/data.ttl>"
    statuses.append(http(small_server, "/sparql", "POST", urlencode({"update": load}), FORM)[0])
    statuses.append(http(small_server, "/sparql", "POST", load, {"Content-Type": "application/sparql-update"})[0])
    statuses.append(http(small_server, "/sparql?" + urlencode({"update": load}))[0])
    statuses.append(http(small_server, "/sparql", "POST", load, {"Content-Type": "application/sparql-query"})[0])
    import time
    time.sleep(0.5)
    assert connections == []
    assert statuses[:6] == [400] * 6                 # SERVICE is refused before the engine sees it
    assert statuses[6:14] == [200] * 8               # unknown graphs are just empty
    assert all(400 <= s < 500 for s in statuses[14:])


def test_service_refusal_says_why(small_server):
    status, _, body = ask(small_server, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    assert status == 400 and b"SERVICE" in body and b"network" in body


@pytest.mark.parametrize("query", [
    'SELECT ("SERVICE <http://x/>" AS ?x) WHERE {}',
    "SELECT ?x WHERE { BIND(<http://example.org/SERVICE> AS ?x) }",
    "PREFIX ex: <http://example.org/> SELECT ?SERVICE WHERE { BIND(ex:SERVICE AS ?SERVICE) }",
    "# SERVICE <http://x/> in a comment\nASK {}",
    "SELECT ?x WHERE { BIND('''a\nSERVICE <http://x/> { }''' AS ?x) }",
])
def test_the_word_service_elsewhere_is_fine(small_server, query):
    status, _, body = ask(small_server, query)
    assert status == 200, body


@pytest.mark.parametrize("update", [
    "CLEAR ALL", "DROP ALL", "INSERT DATA { <a:s> <a:p> <a:o> }", "DELETE WHERE { ?s ?p ?o }",
    "CREATE GRAPH <a:g>", "ADD DEFAULT TO <a:g>",
])
def test_updates_are_refused_and_change_nothing(small_server, update):
    before = json.loads(ask(small_server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[2])
    for path, method, body, headers in [
        ("/sparql?" + urlencode({"update": update}), "GET", None, {}),
        ("/sparql", "POST", urlencode({"update": update}), FORM),
        ("/sparql", "POST", update, {"Content-Type": "application/sparql-update"}),
        ("/sparql", "POST", update, {"Content-Type": "application/sparql-query"}),   # not a query: 400
        ("/sparql", "POST", urlencode({"query": update}), FORM),
    ]:
        status, _, _ = http(small_server, path, method, body, headers)
        assert status in (400, 403), (path, method, headers)
    after = json.loads(ask(small_server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[2])
    assert before == after


def test_writes_need_a_configured_token(small_server):
    status, _, _ = http(small_server, "/articles", "POST", "Some text.", {"Content-Type": "text/plain"})
    assert status == 404   # no NEWSGRAPH_TOKEN at start: the write API does not exist


def test_oversized_headers_and_methods(small_server):
    status, _, _ = http(small_server, "/sparql", "TRACE")
    assert status in (400, 405)
    status, _, _ = http(small_server, "/sparql?query=" + "%20" * 9000 + "ASK%7B%7D")
    assert 400 <= status < 500   # GET request lines are bounded: long queries are POSTed
