"""`--store sparql+http://…` against a real Virtuoso Open Source server (tests/virtuoso.py): a kill -9 in
the middle of an ingest, parallel and concurrent ingest, the bulk loader reading our N-Quads export,
and `newsgraph serve` over the server.

Writing tests use a server of their own (`scratch`, emptied before each test); the seed acceptance
tests read the session's server (tests/test_seeds_acceptance.py)."""
import itertools
import json
import os
import signal
import subprocess
import threading
import time

import pyoxigraph as ox
import pytest

from newsgraph.remote import GRAPHS_GRAPH, UNION_GRAPH
from newsgraph.store import open_store
from tests.conftest import NEWSGRAPH, run_cli, start_virtuoso
from tests.server.conftest import http, start_server
from tests.test_seeds_acceptance import without_run
from tests.virtuoso import Virtuoso

LEADERS = ["Emmanuel Macron", "Narendra Modi", "Olaf Scholz", "Cyril Ramaphosa", "Fumio Kishida",
           "Anthony Albanese", "Justin Trudeau", "Joe Biden", "Luiz Inácio Lula da Silva"]
CITIES = ["Paris", "New Delhi", "Berlin", "Pretoria", "Tokyo", "Canberra", "Ottawa", "Washington", "Brasília"]
ARTICLES = 36  # each reports its own meeting (a pair of leaders no other article has), so no fusion


def articles() -> list[dict]:
    """Short reports, each of a meeting of its own: two leaders, a host city, a day in 2023."""
    pairs = list(itertools.combinations(range(len(LEADERS)), 2))[:ARTICLES]
    out = []
    for n, (a, b) in enumerate(pairs):
        day = f"2023-{1 + n % 12:02d}-{10 + n % 17:02d}"
        host, guest, city = LEADERS[a], LEADERS[b], CITIES[a]
        text = (f"{host} met {guest} in {city} on {day}, officials said. The two leaders discussed trade "
                f"and climate finance. \"We had a frank and useful meeting,\" {host} told reporters after "
                f"the talks with {guest}.")
        out.append({"id": f"meeting-{n:03d}", "title": f"{host} meets {guest}", "date": day,
                    "publisher": "Reuters", "text": text})
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "meetings.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in articles()), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict[str, list[str]]:
    """What a clean ingest makes: graph IRI -> its N-Quads lines (run IRI and time made the same)."""
    store = tmp_path_factory.mktemp("reference") / "store"
    run_cli("ingest", corpus, "--store", store, check=True)
    return graphs_of(run_cli("export", "--store", store, "--format", "nquads", check=True).stdout)


def graphs_of(nquads: str) -> dict[str, list[str]]:
    by_graph: dict[str, list[str]] = {}
    for q in ox.parse(nquads.encode(), ox.RdfFormat.N_QUADS):
        by_graph.setdefault(q.graph_name.value, []).append(f"{q.triple} <g> .")
    return {g: without_run("\n".join(lines)) for g, lines in by_graph.items()}


@pytest.fixture(scope="module")
def scratch_server(tmp_path_factory):
    with start_virtuoso(tmp_path_factory.mktemp("virtuoso-scratch")) as server:
        yield server


@pytest.fixture
def scratch(scratch_server):
    """A Virtuoso server with none of our graphs: each test writes its own."""
    scratch_server.clear()
    return scratch_server


def state(server: Virtuoso) -> dict[str, list[str]]:
    """The store on `server` as graph -> N-Quads lines, checked for consistency on the way: the union
    graph is exactly the set union of the graphs, and the register lists exactly the graphs there are."""
    store = open_store(server.store_url)
    graphs = {g: without_run("\n".join(f"{t} <g> ." for t in store.triples(g))) for g in store.graphs()}
    union = {t for lines in graphs.values() for t in lines}
    assert set(without_run("\n".join(f"{t} <g> ." for t in store.triples()))) == union, "union graph is off"
    assert server.written_graphs() - {UNION_GRAPH, GRAPHS_GRAPH} == set(graphs), "unregistered graph"
    return graphs


def assert_same(got: dict[str, list[str]], expected: dict[str, list[str]]) -> None:
    """Equal graphs, or an error that shows the first differences."""
    differing = [g for g in sorted({*got, *expected}) if got.get(g) != expected.get(g)]
    details = [f"{g}: only here {sorted(set(got.get(g, [])) - set(expected.get(g, [])))[:3]}, "
               f"missing {sorted(set(expected.get(g, [])) - set(got.get(g, [])))[:3]}" for g in differing[:3]]
    assert not differing, f"{len(differing)} graphs differ from a clean ingest:\n" + "\n".join(details)


def ingest(server: Virtuoso, *args, check=True):
    return run_cli("ingest", *args, "--store", server.store_url, env=server.env, check=check)


# ---- all or nothing per article ----------------------------------------------------------------

def test_kill_9_mid_ingest_leaves_each_article_whole_or_absent(scratch, corpus, reference):
    process = subprocess.Popen([NEWSGRAPH, "ingest", str(corpus), "--store", scratch.store_url],
                               env={**os.environ, **scratch.env}, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, start_new_session=True)
    store = open_store(scratch.store_url)
    try:
        while process.poll() is None and len(store.graphs()) < 2:
            time.sleep(0.02)
    finally:  # killed whatever happened; send_signal skips an ingest that ended (and was reaped) already
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL, "the ingest ended before it could be killed"
    present = state(scratch)
    assert 0 < len(present) < len(reference), "the kill did not land in the middle of the ingest"
    for graph, lines in present.items():
        assert lines == reference[graph], f"{graph} is not what a clean ingest makes"
    # and ingest picks up where it was killed
    again = ingest(scratch, corpus)
    assert f"{len(present)} unchanged" in again.stderr
    assert_same(state(scratch), reference)


# ---- parallel and concurrent ingest ---------------------------------------------------------------

def test_jobs_2_writes_the_same_graphs_on_both_stores(scratch, corpus, reference, tmp_path):
    ingest(scratch, corpus, "--jobs", "2")
    assert_same(state(scratch), reference)
    embedded = tmp_path / "store"
    run_cli("ingest", corpus, "--store", embedded, "--jobs", "2", check=True)
    assert_same(graphs_of(run_cli("export", "--store", embedded, "--format", "nquads", check=True).stdout), reference)


def test_two_machines_ingest_their_shares_into_one_store_at_once(scratch, corpus, reference, tmp_path):
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    shares = [tmp_path / "even.jsonl", tmp_path / "odd.jsonl"]
    for i, share in enumerate(shares):
        share.write_text("".join(lines[i::2]), encoding="utf-8")
    processes = [subprocess.Popen([NEWSGRAPH, "ingest", str(share), "--store", scratch.store_url],
                                  env={**os.environ, **scratch.env}, stderr=subprocess.PIPE, text=True)
                 for share in shares]
    try:
        for p in processes:
            _, errors = p.communicate(timeout=900)  # read while waiting: a full pipe would block the ingest
            assert p.returncode == 0, errors
    finally:
        for p in processes:  # none left running when one failed
            p.kill()
            p.wait()
    assert_same(state(scratch), reference)


# ---- the bulk loader reads our export -----------------------------------------------------------------

def test_export_nquads_loads_into_the_bulk_loader_unchanged(scratch, virtuoso_seeds):
    exported = run_cli("export", "--store", virtuoso_seeds, "--format", "nquads", check=True).stdout
    (scratch.load_dir / "seeds.nq").write_text(exported, encoding="utf-8")
    scratch.isql(f"ld_dir('{scratch.load_dir}', '*.nq', 'urn:x-newsgraph:unused'); rdf_loader_run(); checkpoint;")
    loaded = scratch.isql("SELECT ll_state, ll_error FROM DB.DBA.load_list;")
    assert "NULL" in loaded and "error" not in loaded.lower(), loaded
    expected = set(ox.parse(exported.encode(), ox.RdfFormat.N_QUADS))
    graphs = {q.graph_name.value for q in expected}
    assert graphs <= scratch.written_graphs()
    on_server = open_store(scratch.store_url)
    got = {ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(g)) for g in graphs for t in on_server.triples(g)}
    assert got == expected
    # the README's two statements make the loaded graphs a NewsGraph store again
    scratch.isql(BULK_LOADED_INTO_A_STORE)
    again = run_cli("export", "--store", scratch.store_url, "--format", "nquads", check=True).stdout
    assert sorted(again.splitlines()) == sorted(exported.splitlines())
    assert run_cli("stats", "--store", scratch.store_url).stdout == run_cli("stats", "--store", virtuoso_seeds).stdout


BULK_LOADED_INTO_A_STORE = """
SPARQL INSERT { GRAPH <urn:x-newsgraph:graphs> { ?g a <urn:x-newsgraph:Graph> } }
  WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "http://127.0.0.1:5000/graph/")) };
SPARQL INSERT { GRAPH <urn:x-newsgraph:union> { ?s ?p ?o } }
  WHERE { GRAPH <urn:x-newsgraph:graphs> { ?g a <urn:x-newsgraph:Graph> } GRAPH ?g { ?s ?p ?o } };
"""


# ---- serve ----------------------------------------------------------------------------------------------

def test_serve_reads_through_virtuoso(virtuoso_seeds, seeds_store):
    server = start_server(virtuoso_seeds, "--base-iri", "http://127.0.0.1:5000/")
    try:
        query = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a <http://schema.org/Event> }"
        status, _, body = http(server, "/sparql?query=" + query.replace(" ", "+").replace("#", "%23"),
                               headers={"Accept": "application/sparql-results+json"})
        assert status == 200
        expected = next(iter(open_store(str(seeds_store), read_only=True).query(query)))["n"].value
        assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == expected
        status, _, body = http(server, "/person/xi-jinping", headers={"Accept": "text/turtle"})
        assert status == 200 and b"Xi Jinping" in body
        status, _, body = http(server, "/.well-known/void", headers={"Accept": "text/turtle"})
        assert status == 200 and b"triples" in body
        status, _, body = http(server, "/export?format=nquads")
        assert status == 200 and UNION_GRAPH.encode() not in body and b"/graph/" in body
    finally:
        server.stop()


def test_post_articles_writes_to_virtuoso(scratch, corpus, reference):
    server = start_server(scratch.store_url, "--base-iri", "http://127.0.0.1:5000/",
                          env={**scratch.env, "NEWSGRAPH_TOKEN": "t0ken"})
    try:
        article = json.loads(corpus.read_text(encoding="utf-8").splitlines()[0])
        status, headers, _ = http(server, "/articles", method="POST", body=json.dumps(article),
                                  headers={"Content-Type": "application/json", "Authorization": "Bearer t0ken"})
        assert status == 201
        graph = next(g for g in reference if g.endswith(article["id"]) or article["id"] in g)
        assert state(scratch) == {graph: reference[graph]}
    finally:
        server.stop()


# ---- the other commands ---------------------------------------------------------------------------------

@pytest.mark.parametrize("query, fmt", [
    ("SELECT ?name WHERE { ?p a <http://schema.org/Person> ; <http://schema.org/name> ?name } ORDER BY ?name", "csv"),
    ("ASK { ?e a <https://w3id.org/newsgraph/ns#MilitaryParade> }", "table"),
    ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g", "tsv"),
    ("CONSTRUCT { ?e <http://schema.org/name> ?n } WHERE { ?e a <http://schema.org/Event> ; "
     "<http://schema.org/name> ?n }", "ntriples"),
])
def test_query_answers_the_same_on_both_stores(seeds_store, virtuoso_seeds, query, fmt):
    answers = [run_cli("query", query, "--format", fmt, "--store", s, check=True).stdout
               for s in (seeds_store, virtuoso_seeds)]
    if fmt == "ntriples":
        answers = [sorted(a.splitlines()) for a in answers]
    assert answers[0] == answers[1] and answers[0]


def test_load_into_virtuoso(scratch, tmp_path):
    data = tmp_path / "data.trig"
    data.write_text('@prefix ex: <http://example.org/> .\nex:a ex:p "é" .\n'
                    '<http://example.org/g> { ex:a ex:p "é" . ex:b ex:p 1 }\n', encoding="utf-8")
    run_cli("load", data, "--store", scratch.store_url, env=scratch.env, check=True)
    assert run_cli("stats", "--store", scratch.store_url).stdout.splitlines()[:2] == \
        [f"{'triples':<28} 2", f"{'graphs':<28} 2"]
    exported = run_cli("export", "--store", scratch.store_url, "--format", "nquads", check=True).stdout
    assert sorted(exported.splitlines()) == sorted([
        '<http://example.org/a> <http://example.org/p> "é" .',
        '<http://example.org/a> <http://example.org/p> "é" <http://example.org/g> .',
        '<http://example.org/b> <http://example.org/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> '
        '<http://example.org/g> .'])


def test_writes_need_the_credentials(scratch, corpus):
    done = run_cli("ingest", corpus, "--store", scratch.store_url)  # no update endpoint, no password
    assert done.returncode != 0 and "NEWSGRAPH_SPARQL_USER" in done.stderr
    assert state(scratch) == {}


def test_concurrent_replacements_keep_the_union_right(scratch, monkeypatch):
    """Three writers replace their graphs at once, each time with or without a triple they all share:
    whatever order the server runs them in, the union stays the set union of the graphs."""
    shared = ox.Triple(ox.NamedNode("urn:test:x"), ox.NamedNode("urn:test:p"), ox.NamedNode("urn:test:o"))
    graphs = [f"urn:test:graph-{k}" for k in range(3)]
    failures = []
    for name, value in scratch.env.items():
        monkeypatch.setenv(name, value)

    def writer(k: int):
        store = open_store(scratch.store_url)
        for i in range(40 + k):  # each writer ends in its own state
            own = ox.Triple(ox.NamedNode(graphs[k]), ox.NamedNode("urn:test:n"), ox.Literal(str(i)))
            try:
                store.replace_graph(graphs[k], [shared, own] if (i + k) % 2 else [own])
            except Exception as e:  # noqa: BLE001 - reported below
                failures.append(e)
    threads = [threading.Thread(target=writer, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures
    state(scratch)  # checks the union against the graphs
    store = open_store(scratch.store_url)
    for g in graphs:
        store.remove_graph(g)
    assert state(scratch) == {} and len(store) == 0


def test_booleans_come_back_as_written(scratch, monkeypatch):
    """Virtuoso stores an xsd:boolean as a number: read back, "true" is "1" unless spelt back."""
    for name, value in scratch.env.items():
        monkeypatch.setenv(name, value)
    store = open_store(scratch.store_url)
    boolean = ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
    written = {ox.Triple(ox.NamedNode("urn:test:e"), ox.NamedNode(f"urn:test:{v}"), ox.Literal(v, datatype=boolean))
               for v in ("true", "false")}
    store.replace_graph("urn:test:booleans", written)
    assert set(store.triples("urn:test:booleans")) == written
