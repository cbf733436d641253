"""Standard clients read from the endpoint unchanged: SPARQLWrapper and rdflib's SPARQLStore."""
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

EX = "http://example.org/"
SCHEMA = rdflib.Namespace("http://schema.org/")
NAMES = ["Recep Tayyip Erdoğan", "Sergey Lavrov", "Vladimir Putin", "Wang Yi"]
PEOPLE = "PREFIX schema: <http://schema.org/> SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name"


def wrapper(server, query, fmt, method="GET"):
    client = SPARQLWrapper(server.sparql)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setMethod(method)
    return client.query()


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_select_json(small_server, method):
    result = wrapper(small_server, PEOPLE, JSON, method).convert()
    assert [b["name"]["value"] for b in result["results"]["bindings"]] == NAMES


def test_sparqlwrapper_select_xml_and_csv(small_server):
    doc = wrapper(small_server, PEOPLE, XML).convert()
    assert [n.firstChild.data for n in doc.getElementsByTagName("literal")] == NAMES
    text = wrapper(small_server, PEOPLE, CSV).convert().decode()
    assert text.split("\r\n")[1:5] == NAMES


def test_sparqlwrapper_ask(small_server):
    assert wrapper(small_server, f"ASK {{ <{EX}meeting1> ?p ?o }}", JSON).convert()["boolean"] is True
    assert wrapper(small_server, f"ASK {{ <{EX}nothing> ?p ?o }}", XML).convert() \
        .getElementsByTagName("boolean")[0].firstChild.data == "false"


def test_sparqlwrapper_construct_and_describe(small_server):
    graph = wrapper(small_server, "PREFIX schema: <http://schema.org/> "
                    "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }", TURTLE).convert()
    graph = rdflib.Graph().parse(data=graph, format="turtle") if isinstance(graph, bytes) else graph
    assert sorted(str(o) for o in graph.objects(None, SCHEMA.name)) == NAMES
    graph = wrapper(small_server, f"DESCRIBE <{EX}lavrov>", XML).convert()   # RDF/XML -> rdflib Graph
    assert str(graph.value(rdflib.URIRef(f"{EX}lavrov"), SCHEMA.name)) == "Sergey Lavrov"


def test_rdflib_sparqlstore_query(small_server):
    graph = rdflib.Graph(store=SPARQLStore(small_server.sparql))
    rows = graph.query(PEOPLE)
    assert [str(row.name) for row in rows] == NAMES
    assert graph.query(f"ASK {{ <{EX}call1> ?p ?o }}").askAnswer is True


def test_rdflib_sparqlstore_triples_and_len(small_server):
    graph = rdflib.Graph(store=SPARQLStore(small_server.sparql))
    attendees = set(graph.objects(rdflib.URIRef(f"{EX}meeting1"), SCHEMA.attendee))
    assert attendees == {rdflib.URIRef(f"{EX}lavrov"), rdflib.URIRef(f"{EX}wang")}
    assert (rdflib.URIRef(f"{EX}wang"), SCHEMA.name, rdflib.Literal("Wang Yi")) in graph
    constructed = graph.query(f"CONSTRUCT WHERE {{ <{EX}call1> ?p ?o }}")
    assert len(constructed.graph) == 5


def test_rdflib_sparqlstore_named_graphs(small_server):
    store = SPARQLStore(small_server.sparql)
    assert {f"{EX}g1", f"{EX}g2"} <= {str(g) for g in store.contexts()}
    g1 = rdflib.Graph(store=store, identifier=rdflib.URIRef(f"{EX}g1"))
    assert (rdflib.URIRef(f"{EX}beijing"), SCHEMA.name, rdflib.Literal("Beijing")) in g1
    g2 = rdflib.Graph(store=store, identifier=rdflib.URIRef(f"{EX}g2"))
    assert (rdflib.URIRef(f"{EX}beijing"), SCHEMA.name, rdflib.Literal("Beijing")) not in g2
