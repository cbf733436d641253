"""The ingest pipeline end to end, on real stores: the SHACL gate, re-ingest, fusion across articles and
runs whatever the order, bad inputs, --jobs."""
import gc
import hashlib
import io
import json
import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from newsgraph.errors import NotConforming
from newsgraph.ingest.readers import read_paths
from newsgraph.iris import Minter
from newsgraph.pipeline import conforming, ingest_article, ingest_articles, ingest_paths
from newsgraph.report import markdown
from newsgraph.store import Store, open_store
from newsgraph.workers import Workers
from tests.conftest import NEWSGRAPH, SEEDS, run_cli

BASE = "http://127.0.0.1:5000/"
SEED = {p.name[:3]: p for p in SEEDS.glob("*.txt")}
CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus" / "articles"


def nquads(store_path) -> str:
    return run_cli("export", "--store", store_path, "--format", "nquads", check=True).stdout


def dump(store) -> str:
    out = io.BytesIO()
    store.dump(out, ox.RdfFormat.N_QUADS)
    return out.getvalue().decode()


def without_runs(dump: str) -> list[str]:
    """N-Quads lines, without the ingest-run statements (their time differs from run to run)."""
    return sorted(line for line in dump.splitlines()
                  if "/run/" not in line and "wasGeneratedBy" not in line)


def folder_digest(path: Path) -> dict[str, str]:
    return {str(p.relative_to(path)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(path.rglob("*")) if p.is_file()}


def article(key: str, **changes):
    [a] = list(read_paths([SEED[key]]))
    for name, value in changes.items():
        setattr(a, name, value)
    return a


# ---- the SHACL gate ------------------------------------------------------------------------------------

def test_rejected_article_leaves_the_store_byte_for_byte(tmp_path):
    """An Article whose date is no date ("2025-02-30", as a Python caller can pass it: the dataclass
    does not check) is written as an ill-typed xsd:date, which the shapes reject before anything is
    stored: the store's dump is byte-for-byte the same. Against the same store opened read-only the
    article is rejected by the gate too (a write attempt would fail otherwise) and not one byte of
    the store's files changes."""
    path = tmp_path / "store"
    store = Store(str(path))
    ingest_article(store, article("002"), BASE)
    store.flush()
    dump = nquads(path)
    with pytest.raises(NotConforming) as raised:
        ingest_article(store, article("004", date="2025-02-30"), BASE)
    assert "datePublished" in str(raised.value) and "xsd:date" in str(raised.value)
    store.flush()
    assert nquads(path) == dump
    del store

    files = folder_digest(path)
    read_only = Store(str(path), read_only=True)
    with pytest.raises(NotConforming):
        ingest_article(read_only, article("004", date="2025-02-30"), BASE)
    del read_only
    assert folder_digest(path) == files
    assert nquads(path) == dump


def test_a_rejected_article_does_not_stop_the_others(tmp_path):
    store = Store(str(tmp_path / "store"))
    err = io.StringIO()
    summary = ingest_articles([article("004", date="2025-02-30"), article("002")], store, base_iri=BASE, err=err)
    assert (summary.articles, summary.rejected) == (1, 1)
    report = err.getvalue()
    assert "004_fa618b7dd125def4.txt does not conform" in report and "datePublished" in report
    assert [g for g in store.graphs() if "004" in g] == []
    assert [g for g in store.graphs() if "002" in g]


# ---- re-ingest and fusion --------------------------------------------------------------------------------

def test_reingest_skips_unchanged_articles(tmp_path):
    store = Store(str(tmp_path / "store"))
    first = ingest_articles([article("002")], store, base_iri=BASE, err=io.StringIO())
    before = sorted(map(str, store.triples()))
    again = ingest_articles([article("002")], store, base_iri=BASE, err=io.StringIO())
    assert (first.articles, again.articles, again.skipped) == (1, 0, 1)
    assert sorted(map(str, store.triples())) == before
    changed = ingest_articles([article("002", headline="A new headline")], store, base_iri=BASE, err=io.StringIO())
    assert changed.articles == 1


def test_fusion_does_not_depend_on_the_order_of_runs(tmp_path):
    """001 is undated: its report of the Xi-Lavrov meeting fuses with 000's dated one, also when 001 is
    stored first and 000 comes in a later run (the stored graph of 001 is re-pointed)."""
    a, b = tmp_path / "a", tmp_path / "b"
    for key in ("001", "000"):
        assert run_cli("ingest", SEED[key], "--store", a).returncode == 0
    for key in ("000", "001"):
        assert run_cli("ingest", SEED[key], "--store", b).returncode == 0
    dump_a, dump_b = nquads(a), nquads(b)
    assert without_runs(dump_a) == without_runs(dump_b)
    store = open_store(str(a), read_only=True)
    reporters = [r["n"].value for r in store.query(
        """PREFIX schema: <http://schema.org/> SELECT (COUNT(DISTINCT ?art) AS ?n) WHERE {
           ?e schema:attendee/schema:name "Xi Jinping", "Sergey Lavrov" ; schema:startDate ?d ;
              schema:subjectOf ?art }""")]
    assert reporters == ["2"]


def test_jobs_give_the_same_graphs_and_report(tmp_path):
    """--jobs 2 gates in worker processes and fuses with the store afterwards; the seeds and the corpus
    (people named again in later articles, partial reports that fuse) come out as with --jobs 1."""
    runs = {}
    for jobs in ("1", "2"):
        store, report = tmp_path / f"store{jobs}", tmp_path / f"report{jobs}.md"
        done = run_cli("ingest", SEEDS, CORPUS, "--store", store, "--jobs", jobs, "--report", report)
        assert done.returncode == 0, done.stderr
        runs[jobs] = (without_runs(nquads(store)), report.read_text(encoding="utf-8"), done.stderr)
    assert runs["1"] == runs["2"]


def test_jobs_reject_a_bad_article_among_good_ones(tmp_path):
    """With worker processes as without: the bad article is named, rejected whole, reported alike."""
    articles = [article("000"), article("004", date="2025-02-30"), *map(article, ("001", "002", "003"))]
    outputs = {}
    for jobs in (1, 2):
        store, err, reports = Store(str(tmp_path / f"store{jobs}")), io.StringIO(), []
        summary = ingest_articles(articles, store, jobs=jobs, base_iri=BASE, err=err, report=reports)
        assert (summary.articles, summary.rejected) == (4, 1)
        assert "004_fa618b7dd125def4.txt does not conform" in err.getvalue() and "datePublished" in err.getvalue()
        assert [g for g in store.graphs() if "004" in g] == []
        assert len([g for g in store.graphs() if re.search("/graph/00[0-3]-", g)]) == 4
        outputs[jobs] = (err.getvalue(), markdown(reports), without_runs(dump(store)))
    assert outputs[1] == outputs[2]


def test_the_collector_skips_what_a_run_loads_for_the_run_only():
    """The model, shapes and knowledge base are frozen out of the collector's full passes while the
    run lasts, and handed back after it, even when it fails."""
    assert gc.get_freeze_count() == 0
    with Workers(1, conforming):
        assert gc.get_freeze_count() > 0
    with pytest.raises(RuntimeError), Workers(1, conforming):
        raise RuntimeError("a failed run")
    assert gc.get_freeze_count() == 0


def test_a_worker_process_that_dies_is_one_clear_error(tmp_path):
    """A worker process killed mid-run: one line naming the files it was working on, exit code 1,
    and no process left behind."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(9):  # 45 files: fewer than show a progress bar
        for key, path in SEED.items():
            shutil.copy(path, folder / f"{key}-{i}.txt")
    ingest = subprocess.Popen([NEWSGRAPH, "ingest", folder, "--store", tmp_path / "store", "--jobs", "2"],
                              stderr=subprocess.PIPE, text=True)
    while len(workers := children(ingest.pid)) < 2 and ingest.poll() is None:
        time.sleep(0.1)
    os.kill(workers[0], signal.SIGKILL)
    _, err = ingest.communicate(timeout=300)
    assert ingest.returncode == 1 and "Traceback" not in err, err
    [line] = [line for line in err.splitlines() if "BrokenProcessPool" in line]
    assert re.match(r"newsgraph: \S+/in/\d{3}-\d\.txt, ", line)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()]


def test_an_error_in_spacy_names_its_one_article(tmp_path):
    """An error raised while a batch of articles is analysed (in a worker process, or in the thread of
    --jobs 1) names the one article it comes from, not the batch: here a headline longer than spaCy takes (a body
    that long is rejected when read: test_bad_input_is_one_clear_line)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for path in SEED.values():
        shutil.copy(path, folder)
    huge = folder / "002b-huge.json"  # among the seeds, in the same batch
    huge.write_text(json.dumps({"id": "huge", "title": "the minister met his counterpart " * 40_000,
                                "text": "The minister met his counterpart in Paris on Monday."}), encoding="utf-8")
    for jobs in ("1", "2"):
        done = run_cli("ingest", folder, "--store", tmp_path / f"store{jobs}", "--jobs", jobs)
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        [line] = [line for line in done.stderr.splitlines() if "E088" in line]
        assert line.startswith(f"newsgraph: {huge}: ValueError: "), line


def children(pid: int) -> list[int]:
    done = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True)
    return [int(p) for p in done.stdout.split()]


def test_no_shape_looks_at_how_an_event_iri_is_spelt():
    """Why the gate's verdict, taken before fusion with the store renames event nodes one to one,
    stands (pipeline.Ingester.check): the only patterns are on owl:sameAs and on the classes a node is
    typed with (the helpers of the rules on rdf:type), and no shape targets a node by its IRI or runs
    SPARQL. A new shape that does must make the pipeline check after fusion."""
    from rdflib.namespace import OWL, RDF, SH

    from newsgraph.ontology.validate import shapes_graph
    g = shapes_graph()
    patterned = set(g.subjects(SH.pattern, None))
    on_types = {s for s in patterned if {g.value(user, SH.path) for user in g.subjects(SH.qualifiedValueShape, s)}
                == {RDF.type}}
    assert {g.value(shape, SH.path) for shape in patterned - on_types} == {OWL.sameAs}
    assert not list(g.triples((None, SH.targetNode, None))) and not list(g.triples((None, SH.sparql, None)))


def test_ingest_article_result(tmp_path):
    store = Store(str(tmp_path / "store"))
    result = ingest_article(store, article("003"), BASE)
    assert result.iri == Minter(BASE).article("003_517a4573e9064c4d")
    assert result.graph == Minter(BASE).graph(result.iri)
    assert result.events >= 5 and result.quotations >= 5 and not result.skipped
    assert ingest_article(store, article("003"), BASE).skipped


# ---- bad inputs ------------------------------------------------------------------------------------------

def test_bad_inputs_give_one_clear_line_each(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "latin1.txt").write_bytes("Le président a rencontré M. Lavrov à Pékin.".encode("latin-1"))
    (folder / "notext.json").write_text(json.dumps({"id": "x", "title": "No text here"}), encoding="utf-8")
    shutil.copy(SEED["002"], folder)
    done = run_cli("ingest", folder, "--store", tmp_path / "store")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = [l for l in done.stderr.splitlines() if l.startswith("newsgraph: ") and "ingested" not in l]
    assert len(lines) == 4, done.stderr
    for name in ("empty.txt", "binary.txt", "latin1.txt", "notext.json"):
        assert len([l for l in lines if name in l]) == 1, (name, done.stderr)
    assert re.search(r"1 article ingested.*4 rejected", done.stderr)


def test_summary_on_stderr(tmp_path):
    done = run_cli("ingest", SEED["000"], "--store", tmp_path / "store")
    assert done.returncode == 0 and done.stdout == ""
    assert re.search(r"1 article ingested, \d+ events, \d+ entities, \d+ quotations", done.stderr)


def test_ingest_paths_counts(tmp_path):
    store = Store(str(tmp_path / "store"))
    summary = ingest_paths([SEED["000"], SEED["002"]], store, base_iri=BASE, err=io.StringIO())
    assert (summary.articles, summary.rejected, summary.skipped) == (2, 0, 0)
    assert summary.events >= 3 and summary.quotations >= 2


def test_a_report_in_a_city_fuses_with_one_in_its_country(tmp_path):
    """"visited China on Sunday" and, in another article, an undated "visit to Beijing": one visit, whichever
    article comes first (the partial report's city lies in the complete report's country)."""
    china = tmp_path / "china.txt"
    china.write_text(" date 2025-07-14 Berg in China\n\nForeign Minister Anna Berg visited China on Sunday.\n")
    beijing = tmp_path / "beijing.txt"
    beijing.write_text(" date 2025-07-20 Berg on trade\n\nForeign Minister Anna Berg recently paid a visit to "
                       "Beijing, where she spoke about trade.\n")
    nodes = []
    for name, order in (("a", (china, beijing)), ("b", (beijing, china))):
        for path in order:
            assert run_cli("ingest", path, "--store", tmp_path / name).returncode == 0
        store = open_store(str(tmp_path / name), read_only=True)
        nodes.append(sorted(r["e"].value for r in store.query(
            "SELECT DISTINCT ?e WHERE { ?e a <http://schema.org/Event> }")))
        del store
    assert nodes[0] == nodes[1] and len(nodes[0]) == 1, nodes


def test_a_venue_the_events_place_in_a_country_is_stored_in_it(tmp_path):
    """The graph says what extraction found: the venue of "X later met Z at Sheetal Niwas, the presidential
    residence", in an article whose other events are in Kathmandu, is schema:containedInPlace Nepal."""
    src = tmp_path / "a.txt"
    src.write_text(" date 2024-05-01 Talks in Kathmandu\n\nForeign Secretary Lars Holm met Foreign Secretary Anna Berg "
                   "in Kathmandu on Monday. Holm later met President Tomas Vik at Sheetal Niwas, the presidential "
                   "residence.\n")
    store = Store(str(tmp_path / "store"))
    ingest_articles(list(read_paths([src])), store, base_iri=BASE, err=io.StringIO())
    rows = list(store.query('PREFIX schema: <http://schema.org/> SELECT ?c WHERE { ?v schema:name '
                            '"Sheetal Niwas" ; schema:containedInPlace/schema:name ?c }'))
    assert {r["c"].value for r in rows} == {"Nepal"}, rows


def test_a_node_two_reports_of_one_article_share_fuses_with_a_later_report(tmp_path):
    """An article whose dated meeting in a town and undated "meeting" in the country fused into one node (two
    places) is a candidate for another article's undated report: that node is one report, its fullest, not a
    pair of reports to compare (which crashed the ingest)."""
    undated = tmp_path / "a.txt"
    undated.write_text(" date 2025-04-08 Cameroon, Oman sign fisheries accord\n\nKumba, April 8, VNA\n\n"
                       "Cameroonian President Paul Biya and Omani Finance Minister Salim Harthy signed an agreement "
                       "on fisheries in Kumba on 7 April.\n\nThe two sides agreed to hold the next round of "
                       "consultations next year.\n\nThe meeting was the first of its kind since 2018, when the two "
                       "governments set up a joint commission.\n")
    dated = tmp_path / "b.txt"
    dated.write_text(" date 2025-04-07 Biya and Harthy sign deal in Kumba\n\nKUMBA, April 7 — Cameroon and Oman "
                     "signed a deal on fisheries today, as Paul Biya, Cameroon's president, met Omani Finance "
                     "Minister Salim Harthy in Kumba.\n\n\"Our fishermen share one ocean,\" Biya said.\n\n"
                     "The two sides agreed to hold the next round of consultations next year.\n\n"
                     "The meeting was the first of its kind since 2014, when the two governments set up a joint "
                     "commission.\n")
    store = Store(str(tmp_path / "store"))
    summary = ingest_paths([undated, dated], store, base_iri=BASE, err=io.StringIO())
    assert (summary.articles, summary.rejected) == (2, 0)
    meetings = {r["e"].value for r in store.query(
        "SELECT ?e WHERE { GRAPH ?g { ?e a <https://w3id.org/newsgraph/ns#Meeting> } }")}
    assert len(meetings) == 1, meetings
