"""The store, on real on-disk Oxigraph stores: atomic graph writes, the union default graph kept as
a set, query datasets (FROM, FROM NAMED, protocol graphs), loads, dumps, and a kill -9 mid-load."""
import io
import signal
import subprocess
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from tests.conftest import NEWSGRAPH, run_cli
from newsgraph.errors import InputError, QueryError, StoreError, UsageError
from newsgraph.iris import LOADED_DEFAULT_GRAPH
from newsgraph.store import EMPTY_GRAPH, Store, open_store, rdf_format

EX = "http://example.org/"
A, B, C = (f"{EX}graph/{x}" for x in "abc")


def n(local: str) -> ox.NamedNode:
    return ox.NamedNode(EX + local)


def t(s: str, p: str, o: str) -> ox.Triple:
    return ox.Triple(n(s), n(p), n(o))


SHARED = t("xi", "met", "lavrov")  # a fact reported by several articles


@pytest.fixture
def store(tmp_path):
    return Store(str(tmp_path / "store"))


@pytest.fixture
def three(store):
    """SHARED held by graphs a, b and c; each graph also holds one triple of its own."""
    for g, own in ((A, "a"), (B, "b"), (C, "c")):
        store.replace_graph(g, [SHARED, t(own, "p", "o")])
    return store


def union(store) -> set:
    return set(store.triples())


def count(store, sparql_where: str = "{ ?s ?p ?o }", **dataset) -> int:
    result = store.query(f"SELECT (COUNT(*) AS ?n) {sparql_where}", **dataset)
    return int(next(iter(result))["n"].value)


def graph_names(store, sparql: str = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", **dataset) -> set:
    return {s["g"].value for s in store.query(sparql, **dataset)}


# ---- replace_graph and the union ---------------------------------------------------------------

def test_a_triple_in_three_graphs_counts_once(three):
    assert len(three) == 4
    assert count(three) == 4
    assert count(three, f"{{ {SHARED.subject} ?p ?o }}") == 1
    assert union(three) == {SHARED, t("a", "p", "o"), t("b", "p", "o"), t("c", "p", "o")}
    assert three.graphs() == sorted([A, B, C])


def test_removing_graphs_keeps_a_triple_while_another_graph_holds_it(three):
    three.remove_graph(A)
    assert SHARED in union(three) and t("a", "p", "o") not in union(three)
    assert not three.has_graph(A)
    three.replace_graph(B, [t("b", "p", "o")])  # B no longer reports the shared fact
    assert SHARED in union(three)
    three.remove_graph(C)
    assert SHARED not in union(three)
    assert union(three) == {t("b", "p", "o")}
    assert three.graphs() == [B]


def test_replace_graph_makes_the_graph_exactly_the_new_triples(three):
    three.replace_graph(A, [t("a", "p", "new"), SHARED])
    assert set(three.triples(A)) == {t("a", "p", "new"), SHARED}
    assert t("a", "p", "o") not in union(three)
    assert t("a", "p", "new") in union(three)
    three.replace_graph(A, [t("a", "p", "new"), SHARED])  # the same again changes nothing
    assert len(three) == 4


def test_replace_graph_keeps_blank_nodes_and_literals_consistent(store):
    b = ox.BlankNode()
    triples = [ox.Triple(n("xi"), n("said"), b),
               ox.Triple(b, n("text"), ox.Literal('"quoted"\nline two', language="en")),
               ox.Triple(b, n("when"), ox.Literal("2025-07-15", datatype=ox.NamedNode(
                   "http://www.w3.org/2001/XMLSchema#date")))]
    store.replace_graph(A, triples)
    in_graph, in_union = list(store.triples(A)), list(store.triples())
    assert len(in_graph) == len(in_union) == 3
    assert set(in_graph) == set(in_union)  # the same blank node in the graph and in the union
    nodes = {x.subject for x in in_graph if isinstance(x.subject, ox.BlankNode)}
    assert len(nodes) == 1 and nodes == {x.object for x in in_graph if x.predicate == n("said")}
    texts = {x.object for x in in_graph if x.predicate == n("text")}
    assert texts == {ox.Literal('"quoted"\nline two', language="en")}


def test_a_failing_replace_writes_nothing(three):
    before = set(three._ox)

    def broken():
        yield t("a", "p", "half")
        raise RuntimeError("the producer died")
    with pytest.raises(RuntimeError):
        three.replace_graph(A, broken())
    assert set(three._ox) == before


def test_writes_persist_across_reopening(tmp_path):
    first = Store(str(tmp_path / "s"))
    first.replace_graph(A, [SHARED])
    first.flush()
    del first
    again = Store(str(tmp_path / "s"), read_only=True)
    assert union(again) == {SHARED} and again.graphs() == [A]


def test_bad_graph_iri_is_bad_usage(store):
    with pytest.raises(UsageError):
        store.replace_graph("not an iri", [SHARED])


# ---- query datasets ----------------------------------------------------------------------------

def test_no_dataset_reads_the_union_and_every_graph(three):
    assert count(three) == 4
    assert graph_names(three) == {A, B, C}


def test_from_selects_one_graph(three):
    assert count(three, f"FROM <{A}> WHERE {{ ?s ?p ?o }}") == 2
    # FROM without FROM NAMED: the dataset has no named graphs
    assert graph_names(three, f"SELECT ?g FROM <{A}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}") == set()


def test_several_from_graphs_are_merged_as_a_set(three):
    where = f"FROM <{A}> FROM <{B}> FROM <{C}> WHERE {{ ?s ?p ?o }}"
    assert count(three, where) == 4  # SHARED once, not three times
    rows = three.query(f"SELECT ?o {where}")
    assert sorted(s["o"].value for s in rows) == [EX + "lavrov", EX + "o", EX + "o", EX + "o"]


def test_from_named_only_gives_an_empty_default_graph(three):
    assert count(three, f"FROM NAMED <{A}> WHERE {{ ?s ?p ?o }}") == 0
    assert graph_names(three, f"SELECT DISTINCT ?g FROM NAMED <{A}> FROM NAMED <{B}> "
                              f"WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}") == {A, B}


def test_from_and_from_named_together(three):
    q = (f"SELECT (COUNT(*) AS ?n) FROM <{A}> FROM <{B}> FROM NAMED <{C}> "
         f"WHERE {{ {{ ?s ?p ?o }} UNION {{ GRAPH ?g {{ ?s ?p ?o }} }} }}")
    assert int(next(iter(three.query(q)))["n"].value) == 3 + 2


def test_protocol_default_graphs_override_from(three):
    q = f"FROM <{A}> WHERE {{ ?s <{EX}p> ?o }}"
    rows = three.query(f"SELECT ?s {q}", default_graphs=[B])
    assert [s["s"].value for s in rows] == [EX + "b"]


def test_protocol_named_graphs_override_from_named(three):
    sparql = f"SELECT DISTINCT ?g FROM NAMED <{A}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    assert graph_names(three, sparql, named_graphs=[B, C]) == {B, C}
    assert graph_names(three, sparql, default_graphs=[A]) == set()  # a given dataset is complete


def test_several_protocol_default_graphs_are_merged_as_a_set(three):
    assert count(three, default_graphs=[A, B, C]) == 4
    assert count(three, default_graphs=[A, B]) == 3
    assert count(three, "{ GRAPH ?g { ?s ?p ?o } }", default_graphs=[A, B], named_graphs=[C]) == 2


def test_protocol_named_graphs_only_give_an_empty_default_graph(three):
    assert count(three, named_graphs=[A]) == 0
    assert count(three, default_graphs=[], named_graphs=[A]) == 0
    assert graph_names(three, named_graphs=[A]) == {A}
    assert not three.has_graph(EMPTY_GRAPH)


def test_empty_protocol_lists_mean_no_dataset(three):
    assert count(three, default_graphs=[], named_graphs=[]) == 4


def test_the_word_from_in_a_literal_is_not_a_dataset(three):
    assert count(three, 'WHERE { ?s ?p ?o FILTER(?o != "FROM here") }') == 4


def test_ask_construct_describe(three):
    assert bool(three.query(f"ASK {{ <{EX}xi> ?p ?o }}"))
    assert not bool(three.query(f"ASK FROM <{A}> {{ <{EX}b> ?p ?o }}"))
    graph = list(three.query("CONSTRUCT WHERE { ?s ?p ?o }"))
    assert set(graph) == union(three) and len(graph) == 4
    assert set(three.query(f"DESCRIBE <{EX}xi>")) == {SHARED}


def test_base_iri_resolves_relative_iris(three):
    rows = three.query("SELECT ?o WHERE { <xi> <met> ?o }", base_iri=EX)
    assert [s["o"].value for s in rows] == [EX + "lavrov"]


def test_malformed_query_is_a_query_error(store):
    with pytest.raises(QueryError, match="1:"):
        store.query("SELEC ?x WHERE { ?x ?p ?o }")


# ---- load ----------------------------------------------------------------------------------------

TURTLE = f"""@prefix ex: <{EX}> .
ex:xi ex:met ex:lavrov ; ex:said [ ex:text "hello"@en ] .
<relative> ex:p 1 .
"""
TRIG = f"""@prefix ex: <{EX}> .
ex:d ex:p ex:o .
<{A}> {{ ex:xi ex:met ex:lavrov . ex:a ex:p ex:o }}
<{B}> {{ ex:xi ex:met ex:lavrov }}
"""


def test_load_into_a_named_graph(store, tmp_path):
    path = tmp_path / "data.ttl"
    path.write_text(TURTLE)
    assert store.load(path, rdf_format(".ttl"), graph=C) == 4
    assert store.graphs() == [C]
    assert set(store.triples(C)) == union(store) and len(store) == 4
    assert (path.resolve().parent / "relative").as_uri() in {x.subject.value for x in store.triples(C)}


def test_load_into_the_default_graph(store, tmp_path):
    path = tmp_path / "data.ttl"
    path.write_text(TURTLE)
    store.load(path, rdf_format("turtle"))
    assert store.graphs() == [LOADED_DEFAULT_GRAPH]
    assert len(store) == 4


def test_load_dataset_keeps_named_graphs_and_sends_the_default_graph_to_the_target(store):
    n_quads = store.load(io.BytesIO(TRIG.encode()), rdf_format("trig"), graph=C)
    assert n_quads == 4
    assert store.graphs() == sorted([A, B, C])
    assert set(store.triples(C)) == {t("d", "p", "o")}
    assert len(store) == 3  # the shared triple once


def test_load_adds_to_what_is_there(three, tmp_path):
    path = tmp_path / "more.nt"
    path.write_text(f"<{EX}a> <{EX}p> <{EX}more> .\n")
    three.load(path, rdf_format(".nt"), graph=A)
    assert set(three.triples(A)) == {SHARED, t("a", "p", "o"), t("a", "p", "more")}


def test_a_bad_file_loads_nothing(three, tmp_path):
    before = set(three._ox)
    path = tmp_path / "bad.nt"
    path.write_text(f"<{EX}a> <{EX}p> <{EX}ok> .\n" * 1000 + "this is not N-Triples\n")
    with pytest.raises(InputError, match="bad.nt"):
        three.load(path, rdf_format(".nt"))
    assert set(three._ox) == before


def test_a_load_leaves_only_the_store_behind(three, tmp_path):
    """The checkpoint a load is staged in takes the store's place; nothing else is left in the folder."""
    before = {p.name for p in tmp_path.iterdir()}
    path = tmp_path / "more.nt"
    path.write_text(f"<{EX}a> <{EX}p> <{EX}more> .\n")
    three.load(path, rdf_format(".nt"), graph=A)
    assert {p.name for p in tmp_path.iterdir()} == before | {"more.nt"}
    assert t("a", "p", "more") in set(three.triples())


def test_a_failed_load_leaves_no_copy_behind(three, tmp_path):
    """Not on disk, nor open: the error (kept here, as a caller may) does not keep the copy's files."""
    path = tmp_path / "bad.nt"
    path.write_text(f"<{EX}a> <{EX}p> <{EX}ok> .\n" * 1000 + "this is not N-Triples\n")
    with pytest.raises(InputError) as error:
        three.load(path, rdf_format(".nt"))
    assert not (tmp_path / ".store.loading").exists()
    open_files = [str(p.readlink()) for p in Path("/proc/self/fd").iterdir() if p.exists()]
    assert not [f for f in open_files if ".store.loading" in f], error.value


def test_a_read_only_store_refuses_a_load(three, tmp_path):
    before = set(three._ox)
    three.flush()
    reader = Store(three.location, read_only=True)
    path = tmp_path / "more.nt"
    path.write_text(f"<{EX}a> <{EX}p> <{EX}more> .\n")
    with pytest.raises(RuntimeError, match="read-write"):
        reader.load(path, rdf_format(".nt"), graph=A)
    assert set(three._ox) == before and not (tmp_path / ".store.loading").exists()


def test_the_copy_of_a_killed_load_is_cleared_by_the_next_load(three, tmp_path):
    left = tmp_path / ".store.loading"   # what a load killed before its swap leaves
    left.mkdir()
    (left / "000001.sst").write_bytes(b"half-written")
    path = tmp_path / "more.nt"
    path.write_text(f"<{EX}a> <{EX}p> <{EX}more> .\n")
    three.load(path, rdf_format(".nt"), graph=A)
    assert not left.exists()
    assert set(three.triples(A)) == {SHARED, t("a", "p", "o"), t("a", "p", "more")}


def test_a_store_loaded_in_memory_takes_the_same_quads(tmp_path):
    path = tmp_path / "data.trig"
    path.write_text(TRIG)
    on_disk, in_memory = Store(str(tmp_path / "store")), Store()
    assert on_disk.load(path, rdf_format("trig")) == in_memory.load(path, rdf_format("trig"))
    assert set(on_disk._ox) == set(in_memory._ox)


def test_a_missing_file_is_an_input_error(store, tmp_path):
    with pytest.raises(InputError, match="nothing.ttl"):
        store.load(tmp_path / "nothing.ttl", rdf_format(".ttl"))


def test_unknown_format_is_bad_usage():
    with pytest.raises(UsageError, match="known"):
        rdf_format(".doc")


# ---- dump ----------------------------------------------------------------------------------------

@pytest.fixture
def loaded(store):
    store.load(io.BytesIO(TRIG.encode()), rdf_format("trig"))
    return store


def dumped(store, fmt: str, graph=None) -> bytes:
    out = io.BytesIO()
    store.dump(out, rdf_format(fmt), graph=graph, prefixes={"ex": EX})
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld"])
def test_dataset_dumps_keep_every_graph(loaded, fmt):
    quads = set(ox.parse(dumped(loaded, fmt), rdf_format(fmt)))
    default = ox.DefaultGraph()
    assert quads == {
        ox.Quad(n("d"), n("p"), n("o"), default),  # what was loaded into the default graph
        ox.Quad(*SHARED, ox.NamedNode(A)), ox.Quad(n("a"), n("p"), n("o"), ox.NamedNode(A)),
        ox.Quad(*SHARED, ox.NamedNode(B)),
    }  # and not the derived union


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "rdfxml"])
def test_graph_dumps_hold_the_union(loaded, fmt):
    triples = {q.triple for q in ox.parse(dumped(loaded, fmt), rdf_format(fmt))}
    assert triples == {t("d", "p", "o"), SHARED, t("a", "p", "o")}


def test_dump_one_graph(loaded):
    assert {q.triple for q in ox.parse(dumped(loaded, "turtle", A), rdf_format("turtle"))} == \
        {SHARED, t("a", "p", "o")}
    quads = set(ox.parse(dumped(loaded, "nquads", B), rdf_format("nquads")))
    assert quads == {ox.Quad(*SHARED, ox.NamedNode(B))}  # a dataset format keeps the graph's name


def test_trig_dump_writes_each_graph_once(loaded):
    text = dumped(loaded, "trig").decode()
    assert text.count("{") == 2  # one block for A, one for B


def test_prefixes_are_used_where_the_format_has_them(loaded):
    assert b"@prefix ex:" in dumped(loaded, "turtle")
    assert b"ex:" not in dumped(loaded, "ntriples")


# ---- opening -------------------------------------------------------------------------------------

def test_open_store_memory_and_env(tmp_path, monkeypatch):
    assert open_store("memory:").location == "memory:"
    monkeypatch.setenv("NEWSGRAPH_STORE", str(tmp_path / "from-env"))
    s = open_store()
    s.replace_graph(A, [SHARED])
    assert s.location == str(tmp_path / "from-env") and (tmp_path / "from-env").is_dir()


def test_read_only_open_of_a_missing_store_says_so(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        open_store(str(tmp_path / "nowhere"), read_only=True)
    assert not (tmp_path / "nowhere").exists()


def test_a_file_is_not_a_store(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="cannot open"):
        open_store(str(tmp_path / "file"))


# ---- kill -9 during load -------------------------------------------------------------------------

BIG_TRIPLES = 1_000_000  # a load of this many takes seconds: time to catch it halfway


def _read_position(pid: int, path: Path) -> int:
    """How far process `pid` has read into `path` (0 while the file is not open)."""
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            if Path(fd.readlink()) == path:
                info = Path(f"/proc/{pid}/fdinfo/{fd.name}").read_text()
                return int(next(line.split()[1] for line in info.splitlines() if line.startswith("pos:")))
        except (OSError, StopIteration):
            continue
    return 0


def _nquads(store: Path) -> set[str]:
    done = run_cli("export", "--format", "nquads", "--store", store, check=True)
    return set(done.stdout.splitlines())


@pytest.mark.skipif(not Path("/proc/self/fdinfo").exists(), reason="needs /proc to watch the load")
def test_kill_9_during_load_leaves_the_store_as_before(tmp_path):
    store = tmp_path / "store"
    small = tmp_path / "small.trig"
    small.write_text(TRIG + f'<{EX}q> <{EX}said> [ <{EX}text> "before"@en ] .\n')
    run_cli("load", small, "--store", store, check=True)
    before = _nquads(store)
    assert len(before) == 6

    big = (tmp_path / "big.nt").resolve()
    with open(big, "w") as f:
        for i in range(BIG_TRIPLES):
            f.write(f'<{EX}s{i}> <{EX}p{i % 7}> "value {i}" .\n')
    halfway = big.stat().st_size // 2

    # Kill the load once it has read half of the file: a loader that wrote as it read would have
    # stored ~500,000 triples by then; ours has stored nothing, as it commits once, at the end.
    proc = subprocess.Popen([NEWSGRAPH, "load", str(big), "--store", str(store)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while proc.poll() is None and _read_position(proc.pid, big) < halfway:
            time.sleep(0.01)
        still_loading = proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    assert still_loading, f"the load ended before it was killed: {stderr}"
    assert proc.returncode == -signal.SIGKILL

    assert _nquads(store) == before
    # and the store is still usable: the same small file loads again on top
    run_cli("load", small, "--store", store, check=True)
    assert len(_nquads(store)) == 6 + 2  # a new blank node and its two quads; the rest is the same
