"""The VoID description of the dataset (https://www.w3.org/TR/void/), counted from the store.

One void:Dataset with its triple, entity (typed IRI subjects), subject, property and object counts,
its SPARQL endpoint and dump as the client reached them, its vocabularies, one void:subset per named
graph (sd:name and void:triples; the number of subsets is the graph count) and one
void:classPartition per class (void:entities). Counting takes about 3 s on a million triples, so the
server counts once per store version (server/site.py), not on every request.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from newsgraph.iris import DCTERMS, NG, NG_ONTOLOGY, PROV, RDF, SCHEMA, XSD
from newsgraph.iris import PREFIXES as IRI_PREFIXES

VOID = "http://rdfs.org/ns/void#"
SD = "http://www.w3.org/ns/sparql-service-description#"
PREFIXES = {**IRI_PREFIXES, "void": VOID, "sd": SD}

COUNTS = {  # void property -> the SPARQL aggregate over the union (default) graph, one pass
    "triples": "COUNT(*)",
    "distinctSubjects": "COUNT(DISTINCT ?s)",
    "properties": "COUNT(DISTINCT ?p)",
    "distinctObjects": "COUNT(DISTINCT ?o)",
}
# Entities: the things described, i.e. the typed subjects with an IRI (not evidence blank nodes).
ENTITIES = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?s)) }"
CLASSES = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c"
GRAPHS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"


@dataclass(frozen=True)
class Counts:
    dataset: dict[str, int]   # void property name -> count
    graphs: dict[str, int]    # named graph -> triples
    classes: dict[str, int]   # class -> entities


def count(store) -> Counts:
    return Counts(counts(store), graph_counts(store), class_counts(store))


def counts(store) -> dict[str, int]:
    """void property name -> count, over the union of all graphs (each triple once)."""
    select = " ".join(f"({aggregate} AS ?{name})" for name, aggregate in COUNTS.items())
    solution = next(iter(store.query(f"SELECT {select} WHERE {{ ?s ?p ?o }}")))
    found = {name: int(solution[name].value) for name in COUNTS}
    found["entities"] = int(next(iter(store.query(ENTITIES)))["n"].value)
    return found


def graph_counts(store) -> dict[str, int]:
    return {s["g"].value: int(s["n"].value) for s in store.query(GRAPHS) if isinstance(s["g"], ox.NamedNode)}


def class_counts(store) -> dict[str, int]:
    return {s["c"].value: int(s["n"].value) for s in store.query(CLASSES) if isinstance(s["c"], ox.NamedNode)}


def describe(counted: Counts, root: str, base: str) -> list[ox.Triple]:
    """The VoID triples; `root` is the server's URL as the client reached it ('http://host:port/')."""
    dataset = ox.NamedNode(root + ".well-known/void#dataset")
    triples = [
        (dataset, RDF + "type", ox.NamedNode(VOID + "Dataset")),
        (dataset, DCTERMS + "title", ox.Literal("NewsGraph")),
        (dataset, DCTERMS + "description", ox.Literal(
            "Diplomatic events, their participants, places, dates and quotations, extracted from news "
            "articles; each article's statements are in its own named graph.")),
        (dataset, VOID + "sparqlEndpoint", ox.NamedNode(root + "sparql")),
        (dataset, VOID + "dataDump", ox.NamedNode(root + "export?format=trig")),
        (dataset, VOID + "uriSpace", ox.Literal(base)),
        (dataset, VOID + "feature", ox.NamedNode("http://www.w3.org/ns/formats/TriG")),
        *((dataset, VOID + "vocabulary", ox.NamedNode(v)) for v in (NG, SCHEMA, PROV)),
        (dataset, DCTERMS + "conformsTo", ox.NamedNode(NG_ONTOLOGY)),
    ]
    triples += [(dataset, VOID + name, _integer(n)) for name, n in counted.dataset.items()]
    nodes = []  # the subsets' and partitions' own triples, after the dataset's
    for i, (graph, n) in enumerate(counted.graphs.items()):
        subset = ox.BlankNode(f"graph{i}")
        triples.append((dataset, VOID + "subset", subset))
        nodes += [(subset, RDF + "type", ox.NamedNode(VOID + "Dataset")),
                  (subset, SD + "name", ox.NamedNode(graph)), (subset, VOID + "triples", _integer(n))]
    for i, (cls, n) in enumerate(counted.classes.items()):
        part = ox.BlankNode(f"class{i}")
        triples.append((dataset, VOID + "classPartition", part))
        nodes += [(part, VOID + "class", ox.NamedNode(cls)), (part, VOID + "entities", _integer(n))]
    triples += nodes
    return [ox.Triple(s, p if isinstance(p, ox.NamedNode) else ox.NamedNode(p), o) for s, p, o in triples]


def _integer(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer"))
