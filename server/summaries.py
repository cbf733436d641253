"""What a journalist reads first on a page: the bounded SPARQL reads behind the summaries.

    events_of()       events an agent or place takes part in (attendee / location), with role
    quotations_by()   what an agent said, with the article
    attendees()       an event's attendees with their roles
    places_above()    the schema:containedInPlace chain of a place, nearest first
    event_facts()     type, date, the date as written, status, confidence of an event
    evidence()        an event's evidence sentences with their article, publisher and date
    article_facts()   headline, identifier, publisher, date, dateline of an article
    graph_events() / graph_quotations()   what was extracted into an article's named graph
    cited_agencies()  the agencies an article cites

Every function takes a checked IRI and returns rows (dict of name -> term or None); all are LIMITed.
"""
from __future__ import annotations

from newsgraph.iris import sparql_prefixes

from .describe import node

LIMIT = 200
PLACE_DEPTH = 8


def _rows(store, query: str, names: tuple[str, ...]) -> list[dict]:
    return [{n: s[n] for n in names} for s in store.query(sparql_prefixes() + query)]


def events_of(store, iri: str) -> list[dict]:
    """Dated events first, by date; then the undated ones by name."""
    x = node(iri)
    rows = _rows(store, f"""
SELECT ?event (SAMPLE(?n) AS ?name) (SAMPLE(?t) AS ?type) (MIN(?d) AS ?date) (SAMPLE(?pl) AS ?place)
       (SAMPLE(?r) AS ?role) (SAMPLE(?pa) AS ?participation) (SAMPLE(?v) AS ?via) WHERE {{
  {{ ?event schema:attendee {x} BIND(schema:attendee AS ?v) }}
  UNION {{ ?event schema:location {x} BIND(schema:location AS ?v) }}
  ?event a schema:Event .
  OPTIONAL {{ ?event schema:name ?n }} OPTIONAL {{ ?event schema:startDate ?d }}
  OPTIONAL {{ ?event a ?t FILTER(?t != schema:Event && ?t != ng:Event) }}
  OPTIONAL {{ ?event schema:location ?pl }}
  OPTIONAL {{ ?event ng:participation ?pa . ?pa ng:participant {x} ; ng:role ?r }}
}} GROUP BY ?event ORDER BY ?date ?name LIMIT {LIMIT}""",
                 ("event", "name", "type", "date", "place", "role", "participation", "via"))
    return by_date(rows)


def by_date(rows: list[dict]) -> list[dict]:
    """Dated rows first, by date; then the undated ones; each by name."""
    return sorted(rows, key=lambda r: (r["date"] is None, r["date"].value if r["date"] else "",
                                       r["name"].value if r["name"] else ""))


def quotations_by(store, iri: str) -> list[dict]:
    return _rows(store, f"""
SELECT ?quotation (SAMPLE(?tx) AS ?text) (SAMPLE(?a) AS ?article) (MIN(?d) AS ?date) WHERE {{
  ?quotation schema:spokenByCharacter {node(iri)} ; schema:text ?tx .
  OPTIONAL {{ ?quotation schema:isPartOf ?a OPTIONAL {{ ?a schema:datePublished ?d }} }}
}} GROUP BY ?quotation ORDER BY ?date ?quotation LIMIT {LIMIT}""", ("quotation", "text", "article", "date"))


def attendees(store, iri: str) -> list[dict]:
    e = node(iri)
    return _rows(store, f"""
SELECT ?agent (SAMPLE(?r) AS ?role) (SAMPLE(?pa) AS ?participation) (SAMPLE(?j) AS ?title)
       (SAMPLE(?t) AS ?type) WHERE {{
  {{ {e} schema:attendee ?agent }} UNION {{ {e} ng:participation/ng:participant ?agent }}
  OPTIONAL {{ {e} ng:participation ?pa . ?pa ng:participant ?agent ; ng:role ?r }}
  OPTIONAL {{ ?agent schema:jobTitle ?j }} OPTIONAL {{ ?agent a ?t }}
}} GROUP BY ?agent ORDER BY ?role ?agent LIMIT {LIMIT}""", ("agent", "role", "participation", "title", "type"))


def places_above(store, iri: str) -> list:
    """[place, its container, …] following schema:containedInPlace, at most PLACE_DEPTH, no cycles."""
    chain, current = [], iri
    while len(chain) < PLACE_DEPTH:
        rows = list(store.query(f"SELECT ?up WHERE {{ {node(current)} <http://schema.org/containedInPlace> ?up "
                                f"FILTER(isIRI(?up)) }} ORDER BY ?up LIMIT 1"))
        if not rows or rows[0]["up"].value == iri or rows[0]["up"] in chain:
            return chain
        chain.append(rows[0]["up"])
        current = rows[0]["up"].value
    return chain


def evidence(store, iri: str) -> list[dict]:
    return _rows(store, f"""
SELECT DISTINCT ?sentence ?article ?publisher ?date ?start WHERE {{
  {node(iri)} ng:evidence ?ev . ?ev ng:sentence ?sentence .
  OPTIONAL {{ ?ev ng:startOffset ?start }}
  OPTIONAL {{ ?ev ng:inArticle ?article
    OPTIONAL {{ ?article schema:publisher ?publisher }} OPTIONAL {{ ?article schema:datePublished ?date }} }}
}} ORDER BY ?date ?article ?start LIMIT {LIMIT}""", ("sentence", "article", "publisher", "date", "start"))


def event_facts(store, iri: str) -> dict:
    e = node(iri)
    rows = _rows(store, f"""
SELECT (SAMPLE(?t) AS ?type) (MIN(?d) AS ?date) (SAMPLE(?m) AS ?mention) (SAMPLE(?s) AS ?status)
       (MAX(?c) AS ?confidence) WHERE {{
  {e} a schema:Event .
  OPTIONAL {{ {e} a ?t FILTER(?t != schema:Event && ?t != ng:Event) }} OPTIONAL {{ {e} schema:startDate ?d }}
  OPTIONAL {{ {e} ng:dateMention ?m }} OPTIONAL {{ {e} ng:status ?s }} OPTIONAL {{ {e} ng:confidence ?c }}
}}""", ("type", "date", "mention", "status", "confidence"))
    return rows[0] if rows else {}


def article_facts(store, iri: str) -> dict:
    rows = _rows(store, f"""
SELECT (SAMPLE(?h) AS ?headline) (SAMPLE(?i) AS ?identifier) (SAMPLE(?p) AS ?publisher)
       (MIN(?d) AS ?date) (SAMPLE(?dl) AS ?dateline) WHERE {{
  {node(iri)} a schema:NewsArticle .
  OPTIONAL {{ {node(iri)} schema:headline ?h }} OPTIONAL {{ {node(iri)} schema:identifier ?i }}
  OPTIONAL {{ {node(iri)} schema:publisher ?p }} OPTIONAL {{ {node(iri)} schema:datePublished ?d }}
  OPTIONAL {{ {node(iri)} ng:dateline ?dl }}
}}""", ("headline", "identifier", "publisher", "date", "dateline"))
    return rows[0] if rows else {}


def graph_events(store, graph: str) -> list[dict]:
    return by_date(_rows(store, f"""
SELECT ?event (SAMPLE(?n) AS ?name) (SAMPLE(?t) AS ?type) (MIN(?d) AS ?date) (SAMPLE(?pl) AS ?place)
       (SAMPLE(?s) AS ?status) WHERE {{ GRAPH {node(graph)} {{
  ?event a schema:Event .
  OPTIONAL {{ ?event schema:name ?n }} OPTIONAL {{ ?event schema:startDate ?d }}
  OPTIONAL {{ ?event a ?t FILTER(?t != schema:Event && ?t != ng:Event) }}
  OPTIONAL {{ ?event schema:location ?pl }} OPTIONAL {{ ?event ng:status ?s }}
}} }} GROUP BY ?event ORDER BY ?date ?name LIMIT {LIMIT}""", ("event", "name", "type", "date", "place", "status")))


def graph_quotations(store, graph: str) -> list[dict]:
    return _rows(store, f"""
SELECT ?quotation (SAMPLE(?tx) AS ?text) (SAMPLE(?sp) AS ?speaker) (SAMPLE(?ag) AS ?agency) WHERE {{
  GRAPH {node(graph)} {{ ?quotation a schema:Quotation ; schema:text ?tx .
    OPTIONAL {{ ?quotation schema:spokenByCharacter ?sp }} OPTIONAL {{ ?quotation ng:reportedBy ?ag }} }}
}} GROUP BY ?quotation ORDER BY ?speaker ?quotation LIMIT {LIMIT}""", ("quotation", "text", "speaker", "agency"))


def cited_agencies(store, iri: str) -> list[dict]:
    return _rows(store, f"""
SELECT DISTINCT ?agency WHERE {{ {node(iri)} ng:citesAgency ?agency }} ORDER BY ?agency LIMIT {LIMIT}""",
                 ("agency",))
