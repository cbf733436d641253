"""What the linked-data pages know about one resource, read from the store with SPARQL.

Pure reads through `Store.query`, so they work on the embedded store and on a remote SPARQL server
alike. Every function takes an IRI that has been checked (`node`), never a raw path segment.

    resolve()   path (kind, key) -> the IRI that the store holds, trying each base in turn
    cbd()       the Concise Bounded Description: the resource's triples, the blank nodes they lead to
                (three levels deep) and the ng:Evidence / ng:Participation nodes it points to
    incoming()  triples that point at the resource (events a person attended, …), capped;
                incoming_count() how many there are
    evidence()  the sentences the resource was extracted from, with their articles
    sources()   the named graphs (and their articles) that say something about the resource
    labels()    a readable name for each of a set of IRIs (LABELS, best first)
"""
from __future__ import annotations

import pyoxigraph as ox

from newsgraph.iris import RDFS, SCHEMA, Minter, sparql_prefixes

INCOMING_LIMIT = 500
GRAPH_LIMIT = 5000
# Where a resource's readable name comes from, best first.
LABELS = [SCHEMA + "name", SCHEMA + "headline", RDFS + "label", SCHEMA + "text", SCHEMA + "identifier"]


def node(iri: str) -> str:
    """`<iri>` for a SPARQL query; ValueError for anything that is not a valid IRI."""
    return str(ox.NamedNode(iri))


def resolve(store, bases: list[str], kind: str, key: str) -> str | None:
    """The first IRI `<base><kind>/<key>` the store knows (as subject, object or named graph)."""
    for base in bases:
        iri = Minter(base).iri(kind, key)
        try:
            n = node(iri)
        except ValueError:
            return None
        if kind == "graph" and store.has_graph(iri):
            return iri
        if bool(store.query(f"ASK {{ {{ {n} ?p ?o }} UNION {{ ?s ?p {n} }} }}")):
            return iri
    return None


def cbd(store, iri: str) -> list[ox.Triple]:
    n = node(iri)
    query = sparql_prefixes() + f"""
CONSTRUCT {{ {n} ?p ?o . ?o ?p1 ?o1 . ?o1 ?p2 ?o2 . ?o2 ?p3 ?o3 }}
WHERE {{
  {n} ?p ?o .
  OPTIONAL {{
    ?o ?p1 ?o1
    FILTER(isBlank(?o) || EXISTS {{ ?o a ?t FILTER(?t IN (ng:Evidence, ng:Participation)) }})
    OPTIONAL {{ ?o1 ?p2 ?o2 FILTER(isBlank(?o1))
      OPTIONAL {{ ?o2 ?p3 ?o3 FILTER(isBlank(?o2)) }} }}
  }}
}}"""
    return list(dict.fromkeys(store.query(query)))


def graph_triples(store, iri: str, limit: int | None = None) -> list[ox.Triple]:
    triples = []
    for t in store.triples(iri):
        if limit is not None and len(triples) >= limit:
            break
        triples.append(t)
    return triples


def incoming(store, iri: str) -> list[tuple[ox.NamedNode, ox.NamedNode]]:
    """(subject, predicate) pairs of the triples whose object is the resource, IRIs only, at most
    INCOMING_LIMIT of them (unordered in the query: ORDER BY over a hub's many IRIs is slow)."""
    query = f"SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {node(iri)} FILTER(isIRI(?s)) }} LIMIT {INCOMING_LIMIT}"
    return [(s["s"], s["p"]) for s in store.query(query)]


def incoming_count(store, iri: str) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p {node(iri)} FILTER(isIRI(?s)) }}"
    return int(next(iter(store.query(query)))["n"].value)


def evidence(store, iri: str) -> list[dict]:
    """Each evidence sentence of the resource: sentence, article, headline, offsets."""
    query = sparql_prefixes() + f"""
SELECT DISTINCT ?sentence ?article ?headline ?start ?end WHERE {{
  {node(iri)} ng:evidence ?ev . ?ev ng:sentence ?sentence .
  OPTIONAL {{ ?ev ng:inArticle ?article OPTIONAL {{ ?article schema:headline ?headline }} }}
  OPTIONAL {{ ?ev ng:startOffset ?start }} OPTIONAL {{ ?ev ng:endOffset ?end }}
}} ORDER BY ?article ?start"""
    return [_row(s, ("sentence", "article", "headline", "start", "end")) for s in store.query(query)]


def sources(store, iri: str) -> list[dict]:
    """The named graphs that hold triples about (or pointing at) the resource, with their article."""
    n = node(iri)
    query = sparql_prefixes() + f"""
SELECT ?graph (SAMPLE(?a) AS ?article) (SAMPLE(?h) AS ?headline) (SAMPLE(?d) AS ?date)
       (SAMPLE(?pn) AS ?publisher) WHERE {{
  {{ SELECT DISTINCT ?graph WHERE {{ GRAPH ?graph {{ {{ {n} ?p ?o }} UNION {{ ?s ?p {n} }} }} }} }}
  OPTIONAL {{ GRAPH ?graph {{ ?a a schema:NewsArticle
    OPTIONAL {{ ?a schema:headline ?h }} OPTIONAL {{ ?a schema:datePublished ?d }}
    OPTIONAL {{ ?a schema:publisher/schema:name ?pn }} }} }}
}} GROUP BY ?graph ORDER BY ?date ?graph LIMIT {INCOMING_LIMIT}"""
    return [_row(s, ("graph", "article", "headline", "date", "publisher")) for s in store.query(query)]


def article_of_graph(store, graph: str) -> ox.NamedNode | None:
    query = f"""SELECT ?a WHERE {{ GRAPH {node(graph)} {{ ?a a <http://schema.org/NewsArticle> }} }} LIMIT 1"""
    return next((s["a"] for s in store.query(query)), None)


def labels(store, terms) -> dict[str, str]:
    """IRI -> its readable name (the first of LABELS it has), for the IRIs among `terms`."""
    iris = sorted({t.value for t in terms if isinstance(t, ox.NamedNode)})
    found: dict[str, tuple[int, str]] = {}
    properties = " ".join(node(p) for p in LABELS)
    for start in range(0, len(iris), 200):
        values = " ".join(node(i) for i in iris[start:start + 200])
        query = f"SELECT ?x ?p ?l WHERE {{ VALUES ?x {{ {values} }} VALUES ?p {{ {properties} }} ?x ?p ?l }}"
        for s in store.query(query):
            rank = LABELS.index(s["p"].value)
            if s["x"].value not in found or rank < found[s["x"].value][0]:
                found[s["x"].value] = (rank, s["l"].value)
    return {iri: label for iri, (_, label) in found.items()}


def _row(solution, names) -> dict:
    return {name: solution[name] for name in names}
