"""`--store sparql+http://…`: the store on an external SPARQL 1.1 server, tested against a small
protocol server on a loopback port (standing in for Fuseki or Oxigraph server)."""
import base64
import io
import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox
import pytest

from newsgraph.errors import InputError, QueryError, StoreError
from newsgraph.iris import LOADED_DEFAULT_GRAPH
from newsgraph.remote import GRAPHS_GRAPH, UNION_GRAPH, RemoteStore, graph_constants, only_graphs_not_in
from newsgraph.store import open_store, rdf_format
from tests.conftest import run_cli
from tests.ports import free_port

EX = "http://example.org/"
A, B, C = (f"{EX}graph/{x}" for x in "abc")


class SparqlServer:
    """The SPARQL 1.1 Protocol's query and update operations over an in-memory pyoxigraph Store.

    As on Oxigraph server, several `default-graph-uri` become Oxigraph's list of default graphs
    (which matches a triple once per graph that holds it) and, when no `named-graph-uri` is given,
    every graph stays available to GRAPH. With `update_path`, updates are accepted there only."""

    def __init__(self, update_path: str | None = None, credentials: str | None = None, headers=(),
                 deadlocks: int = 0):
        self.store = ox.Store()
        self.headers = dict(headers)  # sent with every answer
        self.deadlocks = deadlocks  # answers to queries cut, as Virtuoso cuts a read it picks to end a deadlock
        self.log: list[tuple[str, dict]] = []  # (operation, parameters) of every request
        self.update_path, self.credentials = update_path, credentials
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/sparql"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def updates(self) -> list[str]:
        return [params["update"][0] for op, params in self.log if op == "update"]

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                path, _, query = self.path.partition("?")
                self._answer(path, urllib.parse.parse_qs(query))

            def do_POST(self):
                path, _, query = self.path.partition("?")
                params = urllib.parse.parse_qs(query)
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                kind = self.headers.get_content_type()
                if kind == "application/x-www-form-urlencoded":
                    params.update(urllib.parse.parse_qs(body))
                elif kind == "application/sparql-query":
                    params["query"] = [body]
                elif kind == "application/sparql-update":
                    params["update"] = [body]
                else:
                    return self._send(415, "text/plain", b"unsupported media type")
                self._answer(path, params)

            def _answer(self, path, params):
                if server.credentials and self.headers.get("Authorization") != \
                        "Basic " + base64.b64encode(server.credentials.encode()).decode():
                    return self._send(401, "text/plain", b"who are you?",
                                      {"WWW-Authenticate": 'Basic realm="test"'})
                op = "update" if "update" in params else "query" if "query" in params else None
                if op is None or len(params[op]) != 1:
                    return self._send(400, "text/plain", b"one query or update, please")
                if (path == server.update_path) != (op == "update") and server.update_path:
                    return self._send(403, "text/plain", f"no {op} on {path}".encode())
                server.log.append((op, params))
                try:
                    if op == "update":
                        server.store.update(params["update"][0])
                        return self._send(204, "text/plain", b"")
                    result = server.store.query(params["query"][0], **self._dataset(params))
                except SyntaxError as e:
                    return self._send(400, "text/plain", f"Parse error:\n{e}".encode())
                if server.deadlocks:
                    server.deadlocks -= 1
                    return self._send(200, "application/sparql-results+json", b'{"head":{"vars":[]},"results":'
                                      b'{"bindings":[]}}', {"X-SQL-State": "00000",
                                                           "X-SQL-Message": "SR172: Transaction deadlocked"})
                if isinstance(result, ox.QueryTriples):
                    return self._send(200, "application/n-triples",
                                      result.serialize(format=ox.RdfFormat.N_TRIPLES), server.headers)
                return self._send(200, "application/sparql-results+json",
                                  result.serialize(format=ox.QueryResultsFormat.JSON), server.headers)

            @staticmethod
            def _dataset(params):
                dataset = {}
                if params.get("default-graph-uri"):
                    dataset["default_graph"] = [ox.NamedNode(g) for g in params["default-graph-uri"]]
                if params.get("named-graph-uri"):
                    dataset["named_graphs"] = [ox.NamedNode(g) for g in params["named-graph-uri"]]
                return dataset

            def _send(self, status, content_type, body, headers=()):
                self.send_response(status)
                for name, value in dict(headers).items():
                    self.send_header(name, value)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler


@pytest.fixture
def server():
    s = SparqlServer()
    yield s
    s.close()


@pytest.fixture
def remote(server):
    store = open_store("sparql+" + server.url)
    assert isinstance(store, RemoteStore)
    return store


def n(local: str) -> ox.NamedNode:
    return ox.NamedNode(EX + local)


def t(s: str, p: str, o: str) -> ox.Triple:
    return ox.Triple(n(s), n(p), n(o))


SHARED = t("xi", "met", "lavrov")


@pytest.fixture
def three(remote):
    for g, own in ((A, "a"), (B, "b"), (C, "c")):
        remote.replace_graph(g, [SHARED, t(own, "p", "o")])
    return remote


def count(store, where: str = "{ ?s ?p ?o }", **dataset) -> int:
    return int(next(iter(store.query(f"SELECT (COUNT(*) AS ?n) {where}", **dataset)))["n"].value)


def graph_names(store, sparql="SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", **dataset) -> set:
    return {s["g"].value for s in store.query(sparql, **dataset)}


# ---- the union, kept in a named graph ------------------------------------------------------------

def test_a_triple_in_three_graphs_counts_once(three, server):
    assert count(three) == 4 and len(three) == 4
    assert count(three, f"{{ {SHARED.subject} ?p ?o }}") == 1
    assert three.graphs() == [A, B, C]
    # on the server itself the union is one named graph; the list of graphs would count SHARED 3 times
    on_server = server.store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {SHARED.subject} ?p ?o }}",
                                   default_graph=[ox.NamedNode(g) for g in (A, B, C)])
    assert int(next(iter(on_server))["n"].value) == 3
    assert len(list(server.store.quads_for_pattern(None, None, None, ox.NamedNode(UNION_GRAPH)))) == 4


def test_each_replace_is_one_update_request(server, remote):
    remote.replace_graph(A, [SHARED, t("a", "p", "o")])
    remote.replace_graph(A, [SHARED])
    assert len(server.updates()) == 2


def test_removing_graphs_keeps_a_triple_while_another_graph_holds_it(three):
    three.remove_graph(A)
    assert not three.has_graph(A) and three.has_graph(B)
    assert SHARED in set(three.triples())
    three.replace_graph(B, [t("b", "p", "o")])
    assert SHARED in set(three.triples())
    three.remove_graph(C)
    assert set(three.triples()) == {t("b", "p", "o")}
    assert three.graphs() == [B]


def test_blank_nodes_and_literals_survive(remote):
    b = ox.BlankNode()
    text = ox.Literal('he said "yes"\nand left', language="en")
    remote.replace_graph(A, [ox.Triple(n("q"), n("said"), b), ox.Triple(b, n("text"), text)])
    triples = list(remote.triples(A))
    node = next(x.object for x in triples if x.predicate == n("said"))
    assert isinstance(node, ox.BlankNode)
    assert ox.Triple(node, n("text"), text) in triples
    assert len(list(remote.triples())) == 2


# ---- query datasets ------------------------------------------------------------------------------

def test_no_dataset_reads_the_union_and_every_graph_but_the_union(three, server):
    assert graph_names(three) == {A, B, C}
    op, params = server.log[-1]
    assert params["default-graph-uri"] == [UNION_GRAPH]
    assert count(three, "{ GRAPH ?g { ?s ?p ?o } }") == 6


def test_from_graphs(three):
    assert count(three, f"FROM <{A}> WHERE {{ ?s ?p ?o }}") == 2
    assert count(three, f"FROM <{A}> FROM <{B}> FROM <{C}> WHERE {{ ?s ?p ?o }}") == 4  # a set
    assert count(three, f"FROM NAMED <{A}> WHERE {{ ?s ?p ?o }}") == 0
    assert graph_names(three, f"SELECT ?g FROM <{A}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}") == set()
    assert graph_names(three, f"SELECT DISTINCT ?g FROM <{A}> FROM <{B}> FROM NAMED <{C}> "
                              f"WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}") == {C}


def test_protocol_graphs_override_from(three):
    assert count(three, f"FROM <{A}> WHERE {{ ?s <{EX}p> ?o }}", default_graphs=[B]) == 1
    assert count(three, default_graphs=[A, B, C]) == 4
    assert count(three, named_graphs=[A]) == 0
    sparql = f"SELECT DISTINCT ?g FROM NAMED <{A}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    assert graph_names(three, sparql, named_graphs=[B, C]) == {B, C}
    assert graph_names(three, sparql, default_graphs=[A, B], named_graphs=[C]) == {C}


def test_ask_construct_and_base(three):
    assert bool(three.query(f"ASK {{ <{EX}xi> ?p ?o }}"))
    graph = three.query("CONSTRUCT WHERE { ?s ?p ?o }")
    assert isinstance(graph, ox.QueryTriples) and len(set(graph)) == 4
    rows = three.query("SELECT ?o WHERE { <xi> <met> ?o }", base_iri=EX)
    assert [r["o"].value for r in rows] == [EX + "lavrov"]


def test_a_relative_graph_iri_is_resolved_against_the_base(three):
    assert bool(three.query("ASK { GRAPH <graph/a> { <a> <p> <o> } }", base_iri=EX))
    assert not bool(three.query("ASK { GRAPH <graph/a> { <b> <p> <o> } }", base_iri=EX))


def test_malformed_query(remote):
    with pytest.raises(QueryError, match="Parse error"):
        remote.query("SELECT ?x WHERE { ?x ?p }")


def test_unreachable_server():
    with pytest.raises(StoreError, match="cannot reach"):
        len(RemoteStore(f"http://127.0.0.1:{free_port()}/sparql"))


# ---- load and dump -------------------------------------------------------------------------------

TRIG = f"""@prefix ex: <{EX}> .
ex:d ex:p ex:o ; ex:q [ ex:r 1 ] .
<{A}> {{ ex:xi ex:met ex:lavrov . ex:a ex:p ex:o }}
<{B}> {{ ex:xi ex:met ex:lavrov }}
"""


def test_load_is_one_request_and_keeps_graphs(server, remote):
    assert remote.load(io.BytesIO(TRIG.encode()), rdf_format("trig")) == 6
    assert len(server.updates()) == 1
    assert remote.graphs() == sorted([A, B, LOADED_DEFAULT_GRAPH])
    assert len(remote) == 6 - 1  # SHARED once
    remote.load(io.BytesIO(f"<{EX}x> <{EX}p> <{EX}y> .".encode()), rdf_format("nt"), graph=C)
    assert set(remote.triples(C)) == {t("x", "p", "y")}


def test_a_bad_file_sends_nothing(server, remote, tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text(f"<{EX}a> <{EX}p> <{EX}o> .\n<{EX}broken> .\n")
    with pytest.raises(InputError, match="bad.ttl"):
        remote.load(path, rdf_format(".ttl"))
    assert server.updates() == []


def test_dumps(remote):
    remote.load(io.BytesIO(TRIG.encode()), rdf_format("trig"))
    out = io.BytesIO()
    remote.dump(out, rdf_format("nquads"))
    quads = list(ox.parse(out.getvalue(), rdf_format("nquads")))
    assert {str(q.graph_name) for q in quads} == {"DEFAULT", f"<{A}>", f"<{B}>"}  # no union graph
    assert len(quads) == 6
    out = io.BytesIO()
    remote.dump(out, rdf_format("turtle"))
    assert len(list(ox.parse(out.getvalue(), rdf_format("turtle")))) == 5
    out = io.BytesIO()
    remote.dump(out, rdf_format("trig"), graph=A)
    assert {q.graph_name for q in ox.parse(out.getvalue(), rdf_format("trig"))} == {ox.NamedNode(A)}


# ---- settings and the command line ---------------------------------------------------------------

def test_separate_update_endpoint(monkeypatch):
    server = SparqlServer(update_path="/update")
    try:
        with pytest.raises(StoreError, match="403"):
            RemoteStore(server.url).replace_graph(A, [SHARED])
        monkeypatch.setenv("NEWSGRAPH_UPDATE_ENDPOINT", server.url.replace("/sparql", "/update"))
        store = open_store("sparql+" + server.url)
        store.replace_graph(A, [SHARED])
        assert len(store) == 1
    finally:
        server.close()


def test_credentials_in_the_url():
    server = SparqlServer(credentials="reader:s3cret")
    try:
        with pytest.raises(StoreError, match="401"):
            len(RemoteStore(server.url))
        store = RemoteStore(server.url.replace("http://", "http://reader:s3cret@"))
        store.replace_graph(A, [SHARED])
        assert len(store) == 1
    finally:
        server.close()


def test_credentials_from_the_environment(monkeypatch):
    server = SparqlServer(credentials="writer:pa ss")
    try:
        monkeypatch.setenv("NEWSGRAPH_SPARQL_USER", "writer")
        monkeypatch.setenv("NEWSGRAPH_SPARQL_PASSWORD", "pa ss")
        store = open_store("sparql+" + server.url)
        store.replace_graph(A, [SHARED])
        assert len(store) == 1
        monkeypatch.setenv("NEWSGRAPH_SPARQL_PASSWORD", "wrong")
        with pytest.raises(StoreError, match="401"):
            len(open_store("sparql+" + server.url))
    finally:
        server.close()


def test_a_read_cut_to_end_a_deadlock_is_asked_again():
    """Virtuoso cuts the answer of a read it picks to end a deadlock with a concurrent ingest (headers
    "SR172: Transaction deadlocked"): the store asks again, and reports it only when it keeps happening."""
    server = SparqlServer(deadlocks=2)
    try:
        server.store.add(ox.Quad(ox.NamedNode(f"{EX}s"), ox.NamedNode(f"{EX}p"), ox.NamedNode(f"{EX}o"),
                                 ox.NamedNode(f"{EX}g")))
        read = "SELECT * WHERE { ?s ?p ?o }"
        assert len(list(RemoteStore(server.url).query(read, default_graphs=[f"{EX}g"]))) == 1
        server.deadlocks = 99
        with pytest.raises(StoreError, match="only part of the result"):
            list(RemoteStore(server.url).query(read, default_graphs=[f"{EX}g"]))
    finally:
        server.close()


def test_an_answer_the_server_cut_short_is_an_error():
    server = SparqlServer(headers={"X-SQL-State": "S1TAT", "X-SQL-Message": "RC...: Returning incomplete results"})
    try:
        with pytest.raises(StoreError, match="only part of the result"):
            list(RemoteStore(server.url).query("SELECT * WHERE { ?s ?p ?o }"))
    finally:
        server.close()


# ---- GRAPH ?var on servers that keep every graph available (Virtuoso) ----------------------------

TRICKY = f"""# a comment with a brace {{ and GRAPH ?x {{
SELECT ?g (COUNT(*) AS ?n) WHERE {{
  {{ GRAPH ?g {{ ?s ?p ?o . FILTER(?o != "}} GRAPH ?h {{") }} }}
  UNION {{ GRAPH $g {{ ?s <{EX}p> '{{' }} }}
}} GROUP BY ?g"""


def test_a_filter_follows_each_graph_variable_pattern():
    rewritten = only_graphs_not_in(TRICKY, [UNION_GRAPH, GRAPHS_GRAPH])
    assert rewritten.count("FILTER(?g NOT IN") == 1 and rewritten.count("FILTER($g NOT IN") == 1
    store = ox.Store()  # Oxigraph, like Virtuoso, lets GRAPH ?g range over every graph when no dataset is given
    for g in (A, B, UNION_GRAPH, GRAPHS_GRAPH):
        store.add(ox.Quad(n("s"), n("p"), n("o"), ox.NamedNode(g)))
    assert {r["g"].value for r in store.query(TRICKY)} == {A, B, UNION_GRAPH, GRAPHS_GRAPH}
    assert {r["g"].value for r in store.query(rewritten)} == {A, B}


def test_graph_constants():
    assert graph_constants(f"ASK {{ GRAPH <{A}> {{ ?s ?p ?o }} GRAPH <{B}> {{ ?s ?p ?o }} }}") == [A, B]
    assert graph_constants(f"ASK {{ GRAPH <{A}> {{ ?s ?p ?o }} GRAPH ?g {{ ?s ?p ?o }} }}") is None
    assert graph_constants('SELECT * WHERE { ?s <http://x/graph/p> "GRAPH ?g" }') == []
    assert graph_constants(f"ASK {{ GRAPH <{A}> {{ ?s ?p ?o }} GRAPH <graph/b> {{ ?s ?p ?o }} }}") is None


def test_cli_on_a_remote_store(server, tmp_path):
    path = tmp_path / "data.trig"
    path.write_text(TRIG)
    spec = "sparql+" + server.url
    run_cli("load", path, "--store", spec, check=True)
    done = run_cli("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "json",
                   "--store", spec, check=True)
    assert json.loads(done.stdout)["results"]["bindings"][0]["n"]["value"] == "5"
    done = run_cli("export", "--format", "trig", "--store", spec, check=True)
    assert {q.graph_name for q in ox.parse(done.stdout.encode(), rdf_format("trig"))} == \
        {ox.DefaultGraph(), ox.NamedNode(A), ox.NamedNode(B)}
    stats = run_cli("stats", env={"NEWSGRAPH_STORE": spec}, check=True).stdout.splitlines()
    assert stats[:2] == [f"{'triples':<28} 5", f"{'graphs':<28} 3"]


def test_cli_reports_an_unreachable_server_in_one_line():
    done = run_cli("stats", "--store", "sparql+http://127.0.0.1:9/sparql")
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "cannot reach" in done.stderr
