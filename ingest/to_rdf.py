"""One article's findings as the triples of its named graph (pyoxigraph), in the README's data model.

    entity_iri(minter, entity)                   the IRI of a person, organisation, country or place
    article_triples(doc) -> list[ox.Triple]      everything one article says, ready for the SHACL gate

`ArticleFacts` carries what the pipeline found: the article, its events (each with the IRI fusion
gave it), quotations, the dateline place, cited agencies, publisher, the place chains and the run.
Every IRI comes from newsgraph.iris.Minter; none depends on the order articles are read in.
Evidence and participation IRIs hang on the article and the event's own key, never on the event
IRI, so fusion can re-point an article's event to another IRI by renaming one node.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox

from newsgraph.iris import NG, OWL, PROV, RDF, SCHEMA, XSD, Minter, digest, slug
from newsgraph.ingest.model import Article, Entity, EventMention, QuoteMention, Span

TYPE = ox.NamedNode(RDF + "type")
ENTITY_TYPES = {"person": ("Person",), "organization": ("Organization",),
                "country": ("Country", "Place"), "place": ("Place",)}
_X = {name: ox.NamedNode(XSD + name) for name in ("boolean", "date", "dateTime", "decimal", "integer", "string")}


@dataclass
class Run:
    """One `newsgraph ingest` (or POST /articles) invocation: a prov:Activity."""
    started: dt.datetime
    version: str


@dataclass
class PlacedEvent:
    iri: str                            # given by fusion
    key: tuple                          # the event's own key in this article (fusion.own_key)
    event: EventMention


@dataclass
class ArticleFacts:
    article: Article
    content_hash: str
    run: Run
    events: list[PlacedEvent] = field(default_factory=list)
    quotes: list[QuoteMention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)      # everything named in the article
    surface: dict[str, set[str]] = field(default_factory=dict)  # entity key -> names the text used
    dateline: Entity | None = None
    agencies: list[Entity] = field(default_factory=list)
    publisher: Entity | None = None
    chains: dict[str, list[Entity]] = field(default_factory=dict)  # place key -> enclosing places


@lru_cache(maxsize=None)              # the vocabulary's few terms, made once
def schema(name: str) -> ox.NamedNode:
    return ox.NamedNode(SCHEMA + name)


@lru_cache(maxsize=None)
def ng(name: str) -> ox.NamedNode:
    return ox.NamedNode(NG + name)


def entity_iri(minter: Minter, entity: Entity) -> str:
    """person/<slug>, organization/<slug>, place/<slug> (countries too): from the entity key."""
    return minter.iri(*_entity_path(entity.key, entity.kind, entity.name))


@lru_cache(maxsize=1 << 16)           # an entity is named again in every article that mentions it
def _entity_path(key: str, kind: str, name: str) -> tuple[str, str]:
    prefix, _, rest = key.partition("/")
    if prefix in ("person", "organization"):
        return prefix, slug(rest or name)
    if prefix == "country" or kind == "country":
        return "place", slug(name)
    if rest.isdigit():  # a GeoNames feature: its name, kept apart from a country of the same name
        return "place", f"{slug(name)}-{rest}"
    return "place", slug(rest or name)


def article_iris(minter: Minter, article: Article) -> tuple[str, str]:
    """(article IRI, graph IRI)."""
    a = minter.article(article.identifier)
    return a, minter.graph(a)


def event_name(event: EventMention, names: list[str]) -> str:
    label = {"PhoneCall": "Phone call", "AgreementSigning": "Agreement signing",
             "MilitaryParade": "Military parade"}.get(event.type, event.type)
    if not names:
        return label
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{label} of {joined}"


class _Graph:
    def __init__(self):
        self.triples: dict[ox.Triple, None] = {}

    def add(self, s, p, o):
        if o is None:
            return
        s = ox.NamedNode(s) if isinstance(s, str) else s
        o = ox.NamedNode(o) if isinstance(o, str) else o
        self.triples[ox.Triple(s, p, o)] = None


def article_triples(facts: ArticleFacts, minter: Minter) -> list[ox.Triple]:
    g = _Graph()
    article = facts.article
    art, _ = article_iris(minter, article)
    entities: dict[str, Entity] = {e.key: e for e in facts.entities}

    def use(entity: Entity | None) -> str | None:
        if entity is None:
            return None
        entities.setdefault(entity.key, entity)
        return entity_iri(minter, entity)

    g.add(art, TYPE, schema("NewsArticle"))
    g.add(art, schema("identifier"), ox.Literal(article.identifier))
    if article.date:
        g.add(art, schema("datePublished"), _date(article.date))
    if article.headline:
        g.add(art, schema("headline"), ox.Literal(article.headline))
    if article.url:
        g.add(art, schema("url"), _url(article.url))
    g.add(art, schema("publisher"), use(facts.publisher))
    g.add(art, ng("dateline"), use(facts.dateline))
    for agency in facts.agencies:
        g.add(art, ng("citesAgency"), use(agency))
    for entity in facts.entities:  # what the article names: "which articles mention Lavrov?"
        g.add(art, schema("mentions"), entity_iri(minter, entity))
    g.add(art, ng("contentHash"), ox.Literal(facts.content_hash))
    run = minter.hashed("run", facts.run.started.isoformat(), facts.run.version)
    g.add(art, ox.NamedNode(PROV + "wasGeneratedBy"), run)
    g.add(run, TYPE, ng("IngestRun"))
    g.add(run, TYPE, ox.NamedNode(PROV + "Activity"))
    g.add(run, ox.NamedNode(PROV + "startedAtTime"),
          ox.Literal(facts.run.started.isoformat(), datatype=_X["dateTime"]))
    g.add(run, ng("toolVersion"), ox.Literal(facts.run.version))

    for placed in facts.events:
        _event(g, placed, art, minter, use)
    for quote in facts.quotes:
        q = minter.hashed("quotation", art, quote.span.start, quote.span.end)
        g.add(q, TYPE, schema("Quotation"))
        g.add(q, schema("text"), ox.Literal(quote.text))
        g.add(q, schema("spokenByCharacter"), use(quote.speaker))
        g.add(q, schema("isPartOf"), art)
        g.add(q, ng("reportedBy"), use(quote.reported_by))
        g.add(q, ng("evidence"), _evidence(g, quote.span, art, minter))
    for entity in list(entities.values()):
        for parent in facts.chains.get(entity.key, []):
            entities.setdefault(parent.key, parent)
    for entity in entities.values():
        _entity(g, entity, facts, minter)
    return list(g.triples)


def _event(g: _Graph, placed: PlacedEvent, art: str, minter: Minter, use) -> None:
    ev, e = placed.event, placed.iri
    g.add(e, TYPE, schema("Event"))
    g.add(e, TYPE, ng(ev.type))
    g.add(e, schema("name"), ox.Literal(ev.name or event_name(ev, [p.entity.name for p in ev.participants])))
    if ev.date:
        g.add(e, schema("startDate"), _date(ev.date))
    if ev.date_mention:
        g.add(e, ng("dateMention"), ox.Literal(ev.date_mention))
    g.add(e, schema("location"), use(ev.place))
    g.add(e, schema("subjectOf"), art)
    g.add(e, ng("status"), ng("Planned" if ev.status == "planned" else "Happened"))
    g.add(e, ng("confidence"), ox.Literal(str(Decimal(str(ev.confidence))), datatype=_X["decimal"]))
    first = _evidence(g, ev.span, art, minter)
    g.add(e, ng("evidence"), first)
    for span in ev.evidence:
        g.add(e, ng("evidence"), _evidence(g, span, art, minter))
    for p in ev.participants:
        agent = use(p.entity)
        g.add(e, schema("attendee"), agent)
        role = p.role or "Attendee"
        part = minter.hashed("participation", art, *placed.key, agent, role)
        g.add(e, ng("participation"), part)
        g.add(part, TYPE, ng("Participation"))
        g.add(part, ng("participant"), agent)
        g.add(part, ng("role"), ng(role))
        g.add(part, ng("evidence"), first)


def _evidence(g: _Graph, span: Span, art: str, minter: Minter) -> str:
    start, end = span.sentence_start, span.sentence_end
    if end <= start:
        start, end = span.start, max(span.end, span.start + 1)
    iri = minter.hashed("evidence", art, start, end, *(("headline",) if span.in_headline else ()))
    g.add(iri, TYPE, ng("Evidence"))
    if span.in_headline:
        g.add(iri, ng("inHeadline"), ox.Literal("true", datatype=_X["boolean"]))
    g.add(iri, ng("sentence"), ox.Literal(span.sentence))
    g.add(iri, ng("startOffset"), ox.Literal(str(start), datatype=_X["integer"]))
    g.add(iri, ng("endOffset"), ox.Literal(str(end), datatype=_X["integer"]))
    g.add(iri, ng("inArticle"), art)
    return iri


def _entity(g: _Graph, entity: Entity, facts: ArticleFacts, minter: Minter) -> None:
    iri = entity_iri(minter, entity)
    for t in ENTITY_TYPES.get(entity.kind, ("Thing",)):
        g.add(iri, TYPE, schema(t))
    g.add(iri, schema("name"), ox.Literal(entity.name))
    for alias in sorted({*entity.aliases, *facts.surface.get(entity.key, ())} - {entity.name}):
        if alias.strip():
            g.add(iri, schema("alternateName"), ox.Literal(alias))
    for same in entity.same_as:
        g.add(iri, ox.NamedNode(OWL + "sameAs"), same)
    if entity.title:
        g.add(iri, schema("jobTitle"), ox.Literal(entity.title))
    chain = facts.chains.get(entity.key, [])
    if chain:
        g.add(iri, schema("containedInPlace"), entity_iri(minter, chain[0]))


def _date(value) -> ox.Literal:
    """An xsd:date literal. A value that is no date (an API caller's "2025-02-30") keeps its lexical
    form, so the SHACL gate reports it instead of the graph silently losing it."""
    lexical = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return ox.Literal(lexical, datatype=_X["date"])


def _url(url: str):
    try:
        return ox.NamedNode(url)
    except ValueError:
        return ox.Literal(url)


def publisher_entity(name: str) -> Entity:
    """A publisher the knowledge base does not know: its exact name decides its node."""
    return Entity(key=f"organization/{slug(name)}-{digest(name, length=6)}", kind="organization", name=name)
