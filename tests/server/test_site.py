"""The site around the endpoint over HTTP against a real `newsgraph serve`: the query page and its
static files, /export in every format (parsed back), /ontology, /shapes, /.well-known/void (counts
checked against the store through /sparql) and every example query on the seeds."""
import json
import re
from pathlib import Path
from urllib.parse import quote

import pytest
import rdflib
from rdflib import OWL, RDF, Literal, Namespace, URIRef

from newsgraph.iris import NG, NG_ONTOLOGY, PREFIXES, SH
from tests.server.conftest import http, start_server
from tests.server.site_data import GRAPH_1, GRAPH_2, make_site_store

QUERIES = Path(__file__).resolve().parents[2] / "server" / "queries"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
JSON_RESULTS = {"Accept": "application/sparql-results+json"}
RDFLIB = {"text/turtle": "turtle", "application/trig": "trig", "application/n-quads": "nquads",
          "application/n-triples": "nt", "application/ld+json": "json-ld", "application/rdf+xml": "xml"}
EXPORTS = {  # ?format= -> (media type, file extension, keeps the named graphs)
    "turtle": ("text/turtle", "ttl", False), "trig": ("application/trig", "trig", True),
    "nquads": ("application/n-quads", "nq", True), "ntriples": ("application/n-triples", "nt", False),
    "jsonld": ("application/ld+json", "jsonld", True), "rdfxml": ("application/rdf+xml", "rdf", False),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    server = start_server(make_site_store(tmp_path_factory.mktemp("site")), "--workers", "1")
    yield server
    server.stop()


def count(server, where: str) -> int:
    status, _, body = http(server, "/sparql?query=" + quote(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"),
                           headers=JSON_RESULTS)
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def select(server, query: str) -> list[dict]:
    status, _, body = http(server, "/sparql?query=" + quote(query), headers=JSON_RESULTS)
    assert status == 200, body
    return json.loads(body)["results"]["bindings"]


# ---- the query page ------------------------------------------------------------------------------

def test_query_page_has_editor_prefixes_examples_and_local_assets(site):
    status, headers, body = http(site, "/", headers={"Accept": BROWSER})
    html = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert '<textarea id="query"' in html and 'id="run"' in html
    for prefix, namespace in PREFIXES.items():
        assert f"PREFIX {prefix}: &lt;{namespace}&gt;" in html
    for path in sorted(QUERIES.glob("*.rq")):
        title = path.read_text().splitlines()[0].lstrip("# ").strip()
        assert f'data-name="{path.stem}"' in html and title.replace("'", "&#39;") in html
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', html)
    assert {"/static/query.js", "/static/style.css"} <= set(assets)
    assert not re.search(r'<(?:script|link)[^>]+(?:src|href)="(?:https?:)?//', html)  # no CDN
    for asset in assets:
        status, headers, _ = http(site, asset)
        assert status == 200, asset
    assert "/export?format=trig" in html


def test_static_files_have_their_types(site):
    assert http(site, "/static/query.js")[1]["Content-Type"].startswith(("text/javascript", "application/javascript"))
    assert http(site, "/static/style.css")[1]["Content-Type"].startswith("text/css")


def test_sparql_get_from_a_browser_is_the_query_page(site):
    status, headers, body = http(site, "/sparql", headers={"Accept": BROWSER})
    assert status == 200 and b'<textarea id="query"' in body


# ---- /export -------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", list(EXPORTS))
def test_export_parses_back_with_the_store_counts(site, name):
    media_type, extension, keeps_graphs = EXPORTS[name]
    status, headers, body = http(site, f"/export?format={name}")
    assert status == 200
    assert headers["Content-Type"].split(";")[0] == media_type
    assert headers["Content-Disposition"] == f'attachment; filename="newsgraph.{extension}"'
    if keeps_graphs:
        dataset = rdflib.Dataset()
        dataset.parse(data=body, format=RDFLIB[media_type])
        graphs = {str(g.identifier): len(g) for g in dataset.graphs() if len(g)}
        assert graphs == {GRAPH_1: count(site, f"GRAPH <{GRAPH_1}> {{ ?s ?p ?o }}"),
                          GRAPH_2: count(site, f"GRAPH <{GRAPH_2}> {{ ?s ?p ?o }}")}
    else:
        graph = rdflib.Graph().parse(data=body, format=RDFLIB[media_type])
        assert len(graph) == count(site, "?s ?p ?o")  # the union, each shared triple once


def test_export_is_turtle_by_default(site):
    status, headers, _ = http(site, "/export")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")


def test_export_of_one_graph(site):
    status, _, body = http(site, "/export?format=ntriples&graph=" + quote(GRAPH_2, safe=""))
    assert status == 200
    assert len(rdflib.Graph().parse(data=body, format="nt")) == count(site, f"GRAPH <{GRAPH_2}> {{ ?s ?p ?o }}")
    assert http(site, "/export?graph=" + quote("http://example.org/none", safe=""))[0] == 404


def test_export_unknown_format_is_400(site):
    status, _, body = http(site, "/export?format=xlsx")
    assert status == 400 and b"turtle" in body


# ---- /ontology and /shapes -----------------------------------------------------------------------

@pytest.mark.parametrize("accept", [None, "text/turtle", "application/ld+json", "application/n-triples",
                                    "application/rdf+xml"])
def test_ontology_is_an_owl_ontology(site, accept):
    status, headers, body = http(site, "/ontology", headers={"Accept": accept} if accept else {})
    media_type = accept or "text/turtle"
    assert status == 200 and headers["Content-Type"].split(";")[0] == media_type
    g = rdflib.Graph().parse(data=body, format=RDFLIB[media_type])
    assert (URIRef(NG_ONTOLOGY), RDF.type, OWL.Ontology) in g
    assert (URIRef(NG + "Meeting"), RDF.type, OWL.Class) in g


def test_ontology_html_for_browsers(site):
    status, headers, body = http(site, "/ontology", headers={"Accept": BROWSER})
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b'id="Meeting"' in body  # the anchors the pages link ng: terms to


def test_shapes_parse(site):
    status, headers, body = http(site, "/shapes")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=body, format="turtle")
    assert any(g.subjects(RDF.type, URIRef(SH + "NodeShape")))
    status, headers, html = http(site, "/shapes", headers={"Accept": BROWSER})
    assert status == 200 and headers["Content-Type"].startswith("text/html") and b"sh:NodeShape" in html
    assert http(site, "/shapes", headers={"Accept": "image/png"})[0] == 406


# ---- /.well-known/void ---------------------------------------------------------------------------

def void_graph(server, accept=None) -> rdflib.Graph:
    status, headers, body = http(server, "/.well-known/void", headers={"Accept": accept} if accept else {})
    media_type = accept or "text/turtle"
    assert status == 200 and headers["Content-Type"].split(";")[0] == media_type
    return rdflib.Graph().parse(data=body, format=RDFLIB[media_type])


def test_void_counts_match_the_store(site):
    g = void_graph(site)
    dataset = next(s for s in g.subjects(RDF.type, VOID.Dataset) if (s, VOID.sparqlEndpoint, None) in g)
    number = lambda p: int(g.value(dataset, p))
    assert number(VOID.triples) == count(site, "?s ?p ?o")
    assert number(VOID.entities) == count(site, "SELECT DISTINCT ?s WHERE { ?s a ?type FILTER(isIRI(?s)) }")
    assert number(VOID.distinctSubjects) == count(site, "SELECT DISTINCT ?s WHERE { ?s ?p ?o }")
    subsets = {str(g.value(s, SD.name)): int(g.value(s, VOID.triples)) for s in g.objects(dataset, VOID.subset)}
    assert subsets == {GRAPH_1: count(site, f"GRAPH <{GRAPH_1}> {{ ?s ?p ?o }}"),
                       GRAPH_2: count(site, f"GRAPH <{GRAPH_2}> {{ ?s ?p ?o }}")}
    assert g.value(dataset, VOID.sparqlEndpoint) == URIRef(site.url + "sparql")
    assert str(g.value(dataset, VOID.dataDump)).startswith(site.url + "export")
    assert URIRef(NG) in set(g.objects(dataset, VOID.vocabulary))
    events = next(p for p in g.objects(dataset, VOID.classPartition)
                  if g.value(p, VOID["class"]) == URIRef("http://schema.org/Event"))
    assert g.value(events, VOID.entities) == Literal(1)


@pytest.mark.parametrize("accept", ["application/ld+json", "application/n-triples", "application/rdf+xml"])
def test_void_by_accept(site, accept):
    g = void_graph(site, accept)
    assert any(g.subjects(VOID.sparqlEndpoint, URIRef(site.url + "sparql")))


def test_void_endpoint_is_the_address_the_client_used(site):
    status, _, body = http(site, "/.well-known/void", headers={"Host": f"localhost:{site.port}"})
    assert status == 200 and f"<http://localhost:{site.port}/sparql>".encode() in body


# ---- the example queries, on the seeds -----------------------------------------------------------

@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_example_query_answers_on_the_seeds(seeds_server, path):
    status, headers, body = http(seeds_server, "/sparql", "POST", path.read_text(encoding="utf-8"),
                                 {"Content-Type": "application/sparql-query",
                                  "Accept": "application/sparql-results+json, application/n-triples;q=0.9"})
    assert status == 200, body.decode()[:500]
    if headers["Content-Type"].startswith("application/n-triples"):
        assert len(rdflib.Graph().parse(data=body, format="nt")) > 0
        return
    result = json.loads(body)
    if "boolean" in result:
        assert result["boolean"] is True
    else:
        assert result["results"]["bindings"], f"{path.name} returned no rows on the seeds"
