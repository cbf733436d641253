"""The `newsgraph` command, run for real: load/export round trips in every format, query output
formats, stats, help texts and the way bad usage and bad input are reported."""
import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from newsgraph.cli import cli as click_group
from tests.conftest import run_cli

EX = "http://example.org/"
G1, G2 = f"{EX}graph/one", f"{EX}graph/two"

# Blank nodes (also nested and shared within a graph), language tags, datatypes, non-ASCII text.
TURTLE = f"""@prefix ex: <{EX}> .
@prefix schema: <http://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:xi a schema:Person ; schema:name "Xi Jinping", "习近平"@zh .
ex:meeting a schema:Event ; schema:attendee ex:xi, [ a schema:Person ; schema:name "Sergeï Lavrov" ] ;
    schema:startDate "2025-07-15"^^xsd:date ; ex:confidence 0.9 ;
    ex:evidence [ ex:sentence "Xi met Lavrov \\"in Beijing\\".\\nThen they talked." ; ex:offset 12 ] .
_:q ex:text "strengthen mutual support"@en ; ex:about _:q2 . _:q2 ex:text "second" .
"""
TRIG = f"""@prefix ex: <{EX}> .
@prefix schema: <http://schema.org/> .
ex:loose ex:p "in the default graph" ; ex:q [ ex:r 1 ] .
<{G1}> {{ ex:xi schema:name "Xi Jinping" ; ex:said [ ex:text "hello"@en ] . ex:shared ex:p ex:o . }}
<{G2}> {{ ex:shared ex:p ex:o . ex:putin schema:name "Vladimir Putin" ; ex:n 3 . }}
"""
# TRIG as JSON-LD, written by hand: rdflib writes the default graph as a graph object without
# "@id", which JSON-LD 1.1 reads as a graph named by a blank node.
JSONLD = """{
  "@context": {"ex": "http://example.org/", "schema": "http://schema.org/"},
  "@graph": [
    {"@id": "ex:loose", "ex:p": "in the default graph", "ex:q": {"ex:r": 1}},
    {"@id": "ex:graph/one", "@graph": [
      {"@id": "ex:xi", "schema:name": "Xi Jinping", "ex:said": {"ex:text": {"@value": "hello", "@language": "en"}}},
      {"@id": "ex:shared", "ex:p": {"@id": "ex:o"}}]},
    {"@id": "ex:graph/two", "@graph": [
      {"@id": "ex:shared", "ex:p": {"@id": "ex:o"}},
      {"@id": "ex:putin", "schema:name": "Vladimir Putin", "ex:n": 3}]}
  ]
}"""
GRAPH_FORMATS = {"turtle": "ttl", "ntriples": "nt", "rdfxml": "rdf"}
DATASET_FORMATS = {"trig": "trig", "nquads": "nq", "jsonld": "jsonld"}
RDFLIB_NAMES = {"turtle": "turtle", "ntriples": "nt", "rdfxml": "xml", "trig": "trig",
                "nquads": "nquads", "jsonld": "json-ld"}
COMMANDS = sorted(click_group.commands)
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's own, in its parsers


def graphs_of(data: str, fmt: str) -> dict:
    """{graph name (None for the default graph): rdflib Graph} of the non-empty graphs in `data`."""
    ds = Dataset()
    ds.parse(data=data, format=RDFLIB_NAMES[fmt])
    out = {}
    for g in ds.graphs():
        if len(g):
            copy = Graph()
            for triple in g:
                copy.add(triple)
            out[None if g.identifier == DATASET_DEFAULT_GRAPH_ID else str(g.identifier)] = copy
    return out


def assert_same_graphs(expected: dict, got: dict):
    assert set(got) == set(expected)
    for name, graph in expected.items():
        assert isomorphic(graph, got[name]), f"graph {name} differs:\n{got[name].serialize(format='nt')}"


def stderr_line(done) -> str:
    """The single line a failing command wrote to stderr (and no traceback)."""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    return lines[0]


# ---- load / export round trips -------------------------------------------------------------------

def loaded_store(tmp_path, name, text, *options):
    """A fresh store with `text` written to file `name` and loaded by the real CLI."""
    path = tmp_path / name
    path.write_text(text)
    store = tmp_path / "store"
    run_cli("load", path, *options, "--store", store, check=True)
    return store


@pytest.mark.parametrize("fmt", GRAPH_FORMATS)
def test_graph_format_round_trip(tmp_path, fmt):
    source = Graph().parse(data=TURTLE, format="turtle")
    store = loaded_store(tmp_path, f"in.{GRAPH_FORMATS[fmt]}", source.serialize(format=RDFLIB_NAMES[fmt]))
    done = run_cli("export", "--format", fmt, "--store", store, check=True)
    got = Graph().parse(data=done.stdout, format=RDFLIB_NAMES[fmt])
    assert len(got) == len(source) == 16
    assert isomorphic(source, got), done.stdout


@pytest.mark.parametrize("fmt", DATASET_FORMATS)
def test_dataset_format_round_trip(tmp_path, fmt):
    expected = graphs_of(TRIG, "trig")
    assert sorted(expected, key=str) == [None, G1, G2]
    if fmt == "jsonld":
        text = JSONLD
    else:
        ds = Dataset()
        ds.parse(data=TRIG, format="trig")
        text = ds.serialize(format=RDFLIB_NAMES[fmt])
    assert_same_graphs(expected, graphs_of(text, fmt))  # the input says what TRIG says
    store = loaded_store(tmp_path, f"in.{DATASET_FORMATS[fmt]}", text)
    done = run_cli("export", "--format", fmt, "--store", store, check=True)
    assert_same_graphs(expected, graphs_of(done.stdout, fmt))


def test_turtle_loaded_then_exported_as_trig(tmp_path):
    store = loaded_store(tmp_path, "in.ttl", TURTLE)
    done = run_cli("export", "--format", "trig", "--store", store, check=True)
    assert_same_graphs({None: Graph().parse(data=TURTLE, format="turtle")}, graphs_of(done.stdout, "trig"))


def test_turtle_loaded_into_a_named_graph_exports_as_that_graph(tmp_path):
    store = loaded_store(tmp_path, "in.ttl", TURTLE, "--graph", G1)
    done = run_cli("export", "--format", "trig", "--store", store, check=True)
    assert_same_graphs({G1: Graph().parse(data=TURTLE, format="turtle")}, graphs_of(done.stdout, "trig"))
    one = run_cli("export", "--graph", G1, "--format", "turtle", "--store", store, check=True)
    assert isomorphic(Graph().parse(data=one.stdout, format="turtle"), Graph().parse(data=TURTLE, format="turtle"))


def test_graph_formats_export_the_union_as_a_set(tmp_path):
    store = loaded_store(tmp_path, "in.trig", TRIG)
    done = run_cli("export", "--format", "ntriples", "--store", store, check=True)
    lines = done.stdout.splitlines()
    assert sum(f"<{EX}shared>" in line for line in lines) == 1  # in two graphs, exported once
    union = Graph()
    for g in graphs_of(TRIG, "trig").values():
        union += g
    assert isomorphic(Graph().parse(data=done.stdout, format="nt"), union)


def test_export_to_a_file(tmp_path):
    store = loaded_store(tmp_path, "in.trig", TRIG)
    out = tmp_path / "out" / "dump.nq"
    out.parent.mkdir()
    done = run_cli("export", "--format", "nquads", "-o", out, "--store", store, check=True)
    assert done.stdout == ""
    assert_same_graphs(graphs_of(TRIG, "trig"), graphs_of(out.read_text(), "nquads"))
    assert [p.name for p in out.parent.iterdir()] == ["dump.nq"]  # no partial file left behind


def test_export_of_an_unknown_graph_is_bad_usage(tmp_path):
    store = loaded_store(tmp_path, "in.ttl", TURTLE)
    done = run_cli("export", "--graph", f"{EX}nothing", "--store", store)
    assert done.returncode == 2
    assert f"{EX}nothing" in stderr_line(done)


def test_load_reports_a_bad_file_by_name_and_loads_the_others(tmp_path):
    good, bad = tmp_path / "good.ttl", tmp_path / "bad.ttl"
    good.write_text(TURTLE)
    bad.write_text(f"<{EX}a> <{EX}b> .\n")
    store = tmp_path / "store"
    done = run_cli("load", bad, good, "--store", store)
    assert done.returncode == 1
    problems = [line for line in done.stderr.splitlines() if "bad.ttl" in line]
    assert len(problems) == 1 and "Turtle" in problems[0] and "Traceback" not in done.stderr
    assert "good.ttl: 16 triples loaded" in done.stderr
    export = run_cli("export", "--format", "ntriples", "--store", store, check=True)
    assert len(export.stdout.splitlines()) == 16


def test_load_of_a_file_whose_format_cannot_be_told(tmp_path):
    path = tmp_path / "data.txt"
    path.write_text(TURTLE)
    done = run_cli("load", path, "--store", tmp_path / "store")
    assert done.returncode == 2 and "--format" in stderr_line(done)
    assert not (tmp_path / "store").exists()  # bad usage is found before anything is opened
    run_cli("load", path, "--format", "turtle", "--store", tmp_path / "store", check=True)


def test_binary_junk_is_an_input_error(tmp_path):
    path = tmp_path / "junk.nt"
    path.write_bytes(b"\x00\xff\xfe garbage \x80\x81")
    done = run_cli("load", path, "--store", tmp_path / "store")
    assert done.returncode == 1 and "junk.nt" in stderr_line(done)


# ---- query -----------------------------------------------------------------------------------------

PEOPLE = f"""@prefix ex: <{EX}> .
@prefix schema: <http://schema.org/> .
@prefix ng: <https://w3id.org/newsgraph/ns#> .
ex:xi a schema:Person ; schema:name "Xi Jinping" .
ex:lavrov a schema:Person ; schema:name "Sergeï Lavrov" .
ex:wang a schema:Person ; schema:name "Wang Yi" .
ex:beijing a schema:Place ; schema:name "Beijing" .
ex:china a schema:Country, schema:Place ; schema:name "China" .
ex:m1 a schema:Event, ng:Meeting ; schema:attendee ex:xi, ex:lavrov ; schema:location ex:beijing .
ex:a1 a schema:NewsArticle ; schema:identifier "000" .
"""
NAMES = "SELECT ?name WHERE { ?p a <http://schema.org/Person> ; <http://schema.org/name> ?name } ORDER BY ?name"
EXPECTED_NAMES = ["Sergeï Lavrov", "Wang Yi", "Xi Jinping"]
CONSTRUCT = "CONSTRUCT { ?p <http://schema.org/name> ?name } WHERE { ?p a <http://schema.org/Person> ; <http://schema.org/name> ?name }"


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    """A store with PEOPLE in the default graph and part of it again in a named graph."""
    base = tmp_path_factory.mktemp("people")
    (base / "people.ttl").write_text(PEOPLE)
    (base / "again.ttl").write_text("\n".join(PEOPLE.splitlines()[:5]))  # prefixes + xi, lavrov
    store = base / "store"
    run_cli("load", base / "people.ttl", "--store", store, check=True)
    run_cli("load", base / "again.ttl", "--graph", G1, "--store", store, check=True)
    return store


def query(store, *args, **kwargs):
    return run_cli("query", *args, "--store", store, **kwargs)


def test_query_table_is_aligned(people):
    done = query(people, "SELECT ?p ?name WHERE { ?p <http://schema.org/name> ?name } ORDER BY ?name",
                 check=True)
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["p", "name"]
    assert set(lines[1]) == {"-", " "}
    starts = [i for i, c in enumerate(lines[1]) if c == "-" and (i == 0 or lines[1][i - 1] == " ")]
    assert len(starts) == 2
    rows = lines[2:-1]
    assert len(rows) == 5 and lines[-1] == "(5 rows)"
    for row in rows:
        assert row[starts[1] - 2:starts[1]] == "  " and row[starts[1]] != " "
    assert rows[0].startswith("<http://example.org/beijing>")
    assert rows[2][starts[1]:] == "Sergeï Lavrov"


def test_query_table_is_the_default_and_writes_ask_as_a_word(people):
    assert query(people, NAMES, check=True).stdout.splitlines()[2:5] == EXPECTED_NAMES
    assert query(people, "ASK { ?s ?p ?o }", check=True).stdout == "true\n"
    assert query(people, "ASK { ?s ?p 42 }", "--format", "table", check=True).stdout == "false\n"


def test_query_json(people):
    data = json.loads(query(people, NAMES, "--format", "json", check=True).stdout)
    assert data["head"]["vars"] == ["name"]
    assert [b["name"]["value"] for b in data["results"]["bindings"]] == EXPECTED_NAMES
    assert json.loads(query(people, "ASK { ?s ?p ?o }", "--format", "json", check=True).stdout)["boolean"] is True


def test_query_csv_and_tsv(people):
    rows = list(csv.reader(io.StringIO(query(people, NAMES, "--format", "csv", check=True).stdout)))
    assert rows == [["name"], *([n] for n in EXPECTED_NAMES)]
    lines = query(people, NAMES, "--format", "tsv", check=True).stdout.splitlines()
    assert lines == ["?name", *(f'"{n}"' for n in EXPECTED_NAMES)]


def test_query_xml(people):
    root = ET.fromstring(query(people, NAMES, "--format", "xml", check=True).stdout)
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    assert [v.get("name") for v in root.findall("r:head/r:variable", ns)] == ["name"]
    assert [e.text for e in root.findall("r:results/r:result/r:binding/r:literal", ns)] == EXPECTED_NAMES


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "jsonld"])
def test_query_construct(people, fmt):
    done = query(people, CONSTRUCT, "--format", fmt, check=True)
    got = Graph().parse(data=done.stdout, format=RDFLIB_NAMES[fmt])
    assert sorted(str(o) for o in got.objects()) == EXPECTED_NAMES


def test_construct_and_describe_default_to_turtle(people):
    got = Graph().parse(data=query(people, CONSTRUCT, check=True).stdout, format="turtle")
    assert len(got) == 3
    described = Graph().parse(data=query(people, f"DESCRIBE <{EX}xi>", check=True).stdout, format="turtle")
    assert (URIRef(f"{EX}xi"), URIRef("http://schema.org/name"), None) in described


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "tsv", "xml"])
def test_a_table_format_for_a_graph_is_bad_usage(people, fmt):
    done = query(people, CONSTRUCT, "--format", fmt)
    assert done.returncode == 2 and done.stdout == ""
    assert "--format turtle|ntriples|jsonld" in stderr_line(done)


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "jsonld"])
def test_a_graph_format_for_a_table_is_bad_usage(people, fmt):
    done = query(people, NAMES, "--format", fmt)
    assert done.returncode == 2 and done.stdout == ""
    assert "--format table|json|csv|tsv|xml" in stderr_line(done)


def test_query_from_a_file(people, tmp_path):
    path = tmp_path / "names.rq"
    path.write_text(NAMES)
    rows = list(csv.reader(io.StringIO(query(people, f"@{path}", "--format", "csv", check=True).stdout)))
    assert rows == [["name"], *([n] for n in EXPECTED_NAMES)]
    done = query(people, f"@{tmp_path / 'missing.rq'}")
    assert done.returncode == 2 and "missing.rq" in stderr_line(done)


def test_malformed_query(people):
    done = query(people, "SELECT ?x WHERE { ?x ?p }")
    assert done.returncode == 1 and done.stdout == ""
    line = stderr_line(done)
    assert line.startswith("newsgraph: invalid query:") and "1:" in line


def test_query_uses_the_union_as_a_set_and_from(people):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?p a <http://schema.org/Person> }"
    assert query(people, count, "--format", "csv", check=True).stdout.split() == ["n", "3"]
    in_g1 = f"SELECT (COUNT(*) AS ?n) FROM <{G1}> WHERE {{ ?p a <http://schema.org/Person> }}"
    assert query(people, in_g1, "--format", "csv", check=True).stdout.split() == ["n", "2"]


def test_query_of_a_missing_store(tmp_path):
    done = run_cli("query", "ASK {}", "--store", tmp_path / "nowhere")
    assert done.returncode == 1 and "no store at" in stderr_line(done)
    assert not (tmp_path / "nowhere").exists()


# ---- stats -------------------------------------------------------------------------------------------

def test_stats(people):
    done = run_cli("stats", "--store", people, check=True)
    rows = dict(line.rsplit(None, 1) for line in done.stdout.splitlines())
    rows = {k.strip(): int(v) for k, v in rows.items()}
    assert rows["triples"] == 18  # the 4 triples loaded again into G1 are counted once
    assert rows["graphs"] == 2
    assert (rows["articles"], rows["events"], rows["people"], rows["places"], rows["countries"]) == (1, 1, 3, 2, 1)
    assert rows["events: Meeting"] == 1


# ---- the store setting ---------------------------------------------------------------------------------

def test_newsgraph_store_environment_variable(tmp_path):
    path = tmp_path / "in.ttl"
    path.write_text(PEOPLE)
    env = {"NEWSGRAPH_STORE": str(tmp_path / "env-store")}
    run_cli("load", path, env=env, check=True)
    assert (tmp_path / "env-store").is_dir()
    done = run_cli("query", NAMES, "--format", "csv", env=env, check=True)
    assert done.stdout.splitlines()[1] == "Sergeï Lavrov"
    # --store wins over the environment
    done = run_cli("query", "ASK {}", "--store", tmp_path / "other", env=env)
    assert done.returncode == 1 and "other" in done.stderr


def test_memory_store(tmp_path):
    path = tmp_path / "in.ttl"
    path.write_text(PEOPLE)
    assert run_cli("load", path, "--store", "memory:", check=True).returncode == 0
    assert run_cli("stats", "--store", "memory:", check=True).stdout.split()[:2] == ["triples", "0"]


# ---- help and bad usage --------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_has_an_example(command):
    done = run_cli(*([command] if command else []), "--help", check=True)
    assert "Example" in done.stdout and "newsgraph" in done.stdout


@pytest.mark.parametrize("args", [
    ["frobnicate"],                                   # unknown command
    ["stats", "--frob"],                              # unknown option
    ["query"],                                        # missing argument
    ["load"],                                         # missing argument
    ["query", "ASK {}", "--format", "yaml"],          # bad --format
    ["export", "--format", "yaml"],
    ["load", "nowhere.ttl"],                          # no such file
    ["serve", "--port", "not-a-number"],
    ["ingest", "--jobs", "0", "seeds"],
])
def test_bad_usage_is_one_line_and_exit_2(args, tmp_path):
    done = run_cli(*args, "--store", tmp_path / "store")
    assert done.returncode == 2
    line = stderr_line(done)
    assert line.startswith("newsgraph: ") and "--help" in line
    assert not (tmp_path / "store").exists()


def test_no_command_shows_the_overview():
    done = run_cli()
    assert done.returncode == 2 and "Commands:" in done.stderr and "Traceback" not in done.stderr


def test_version():
    done = run_cli("--version", check=True)
    assert "newsgraph" in done.stdout


def test_a_query_that_fails_while_running_is_one_line(people):
    # pyoxigraph would call the SERVICE; port 9 is refused before any connection is made
    done = query(people, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert done.returncode == 1 and "9" in stderr_line(done)
