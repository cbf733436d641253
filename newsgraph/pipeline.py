"""The ingest pipeline: article files -> one validated named graph per article in the store.

    read -> nlp (batched, --jobs processes) -> entities -> events, quotations -> fusion -> to_rdf
         -> SHACL gate (the article graph is validated BEFORE it is written) -> Store.replace_graph

    ingest_paths(paths, store, ...) -> Summary     the `newsgraph ingest` command
    ingest_article(store, article, base_iri)       one Article (POST /articles): Result, or raises
                                                   NotConforming (with the SHACL report) / InputError

A non-conforming article is rejected whole: the store is untouched, the report goes to stderr with
the file name, and the other articles go on. An article whose stored graph carries the same content
hash (same text, metadata, tool version and knowledge files) is skipped, so re-ingesting changes
nothing, not even the ingest run's time.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import sys
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import metadata

from newsgraph import config
from newsgraph.errors import InputError
from newsgraph.ingest import events as event_extraction
from newsgraph.ingest import fusion, nlp, quotes, readers, to_rdf
from newsgraph.ingest.model import Article, Entity
from newsgraph.iris import Minter, digest, sparql_prefixes
from newsgraph.report import ArticleReport, article_report

PROGRESS_MIN_FILES = 50
GATE_BATCH = 8             # articles checked by the SHACL gate in one validation run


@dataclass
class Summary:
    articles: int = 0
    events: int = 0
    entities: int = 0
    quotations: int = 0
    rejected: int = 0           # did not conform, or could not be read
    skipped: int = 0            # unchanged since they were stored
    unreadable: int = 0

    def line(self) -> str:
        return (f"{self.articles} article{'s' if self.articles != 1 else ''} ingested, {self.events} events, "
                f"{self.entities} entities, {self.quotations} quotations; {self.skipped} unchanged skipped, "
                f"{self.rejected} rejected")


@dataclass
class Prepared:
    """An article analysed and turned into its graph, not yet checked or written."""
    article: Article
    facts: object              # to_rdf.ArticleFacts
    triples: list
    iri: str
    graph: str
    rejects: list = field(default_factory=list)   # event words that made no event (ingest.model.Reject)


@dataclass
class Result:
    iri: str                    # the article's IRI
    graph: str                  # its named graph
    events: int = 0
    entities: int = 0
    quotations: int = 0
    skipped: bool = False
    event_iris: list[str] = field(default_factory=list)


# ---- entry points ------------------------------------------------------------------------------------

def ingest_paths(paths, store, date=None, publisher=None, url=None, jobs: int = 1,
                 base_iri: str | None = None, err=None, report: list | None = None) -> Summary:
    """`report`, when given, receives one newsgraph.report.ArticleReport per article read or not."""
    err = err or sys.stderr
    summary = Summary()
    articles = []
    for item in readers.read_paths(paths, date=date, publisher=publisher, url=url):
        if isinstance(item, InputError):
            print(f"newsgraph: {item}", file=err)
            summary.rejected += 1
            summary.unreadable += 1
            if report is not None:
                report.append(ArticleReport(str(item).split(": ", 1)[0], outcome="unreadable", reason=str(item)))
        else:
            articles.append(item)
    return ingest_articles(articles, store, jobs=jobs, base_iri=base_iri, err=err, summary=summary, report=report)


def ingest_articles(articles: list[Article], store, jobs: int = 1, base_iri: str | None = None,
                    err=None, summary: Summary | None = None, report: list | None = None) -> Summary:
    """Ingest Articles already read: unchanged ones are skipped, the rest analysed in one batch and
    written one by one, each through the SHACL gate; a rejected one is reported on `err` (and, like
    every other, in `report` when given)."""
    err = err or sys.stderr
    summary = summary or Summary()
    note = report.append if report is not None else (lambda _: None)  # a report holds every article's facts
    ingester = Ingester(store, base_iri)
    todo = []
    for article in articles:
        if ingester.unchanged(article):
            summary.skipped += 1
            note(ArticleReport(article.source, article.identifier, article.headline, outcome="unchanged"))
        else:
            todo.append(article)
    docs = nlp.analyse((a.text for a in todo), jobs=jobs)
    prepared_articles = (ingester.prepare(article, doc) for article, doc in _progress(zip(todo, docs), len(todo), err))
    for prepared in _batches(prepared_articles, GATE_BATCH):
        committed = []
        for p, shacl in zip(prepared, ingester.gate(prepared)):
            if shacl is not None:
                error = shacl.error(p.article.source)
                print(f"newsgraph: {error}", file=err)
                summary.rejected += 1
                note(article_report(p, outcome="rejected", reason=str(error)))
                continue
            note(article_report(p))
            result = ingester.commit(p)
            committed.append(p)
            summary.articles += 1
            summary.events += result.events
            summary.entities += result.entities
            summary.quotations += result.quotations
        ingester.settle(committed)
    store.flush()
    print(f"newsgraph: {summary.line()}", file=err)
    return summary


def ingest_article(store, article: Article, base_iri: str | None = None) -> Result:
    """Ingest one article (already read); raises NotConforming / InputError, writes nothing then."""
    if not article.text or not article.text.strip():
        raise InputError(f"{article.source}: no article text")
    ingester = Ingester(store, base_iri)
    if ingester.unchanged(article):
        iri, graph = to_rdf.article_iris(ingester.minter, article)
        return Result(iri, graph, skipped=True)
    doc = next(iter(nlp.analyse([article.text])))
    result = ingester.write(article, doc)
    store.flush()
    return result


def _batches(items, size: int):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _progress(items, total: int, err):
    if total == 0:
        return items
    show = (hasattr(err, "isatty") and err.isatty()) or total >= PROGRESS_MIN_FILES
    if not show:
        return items
    from tqdm import tqdm
    return tqdm(items, total=total, file=err, unit="article", desc="ingest", leave=False)


# ---- one article -----------------------------------------------------------------------------------------

class Ingester:
    """Writes articles into one store under one base IRI, within one ingest run."""

    def __init__(self, store, base_iri: str | None = None):
        self.store = store
        self.minter = Minter(base_iri or config.get("base_iri"))
        self.resolver = resolver()
        seed_resolver(self.resolver, store, self.minter)
        self.run = to_rdf.Run(dt.datetime.now(dt.timezone.utc).replace(microsecond=0), tool_version())
        self.reports = fusion.StoreReports(store, self.minter)

    def content_hash(self, article: Article) -> str:
        parts = [tool_version(), knowledge_digest(), self.minter.base, article.identifier, article.text,
                 article.headline or "", str(article.date or ""),
                 article.publisher or "", article.url or "", article.dateline or "", *article.credits]
        return digest(*parts, length=64)

    def unchanged(self, article: Article) -> bool:
        art, graph = to_rdf.article_iris(self.minter, article)
        query = (sparql_prefixes() + f'ASK {{ GRAPH <{graph}> {{ <{art}> ng:contentHash '
                 f'"{self.content_hash(article)}" }} }}')
        return bool(self.store.query(query))

    def write(self, article: Article, doc) -> Result:
        """Prepare, check and store one article; raises NotConforming (nothing written) when rejected."""
        p = self.prepare(article, doc)
        [report] = self.gate([p])
        if report is not None:
            raise report.error(article.source)
        result = self.commit(p)
        self.settle([p])
        return result

    def prepare(self, article: Article, doc) -> "Prepared":
        rejects = []
        facts = self.facts(article, doc, rejects)
        art, graph = to_rdf.article_iris(self.minter, article)
        return Prepared(article, facts, to_rdf.article_triples(facts, self.minter), art, graph, rejects)

    def gate(self, prepared: list["Prepared"]) -> list:
        """The SHACL gate: None for each article that conforms, else its report. A batch is checked
        as one graph first (one validation run instead of many); only when that fails is each
        article checked on its own, so a rejection is always the article's own."""
        if len(prepared) > 1 and validate([t for p in prepared for t in p.triples]).conforms:
            return [None] * len(prepared)
        reports = [validate(p.triples) for p in prepared]
        return [None if r.conforms else r for r in reports]

    def commit(self, p: "Prepared") -> Result:
        """Write one checked article graph (atomically)."""
        self.store.replace_graph(p.graph, p.triples)
        iris = sorted({e.iri for e in p.facts.events})
        return Result(p.iri, p.graph, events=len(iris), entities=len(p.facts.entities),
                      quotations=len(p.facts.quotes), event_iris=iris)

    def settle(self, prepared: list["Prepared"]) -> None:
        """After a batch is written: fusion rule 3 for every complete report in it."""
        for p in prepared:
            self.repoint(p.facts, p.graph)

    def facts(self, article: Article, doc, rejects: list | None = None) -> to_rdf.ArticleFacts:
        r = self.resolver
        written = article  # the graph states the article's fields as given; the SHACL gate judges them
        if article.date is not None and not isinstance(article.date, dt.date):
            article = replace(article, date=None)  # but analysis only relies on a real date
        mentions = r.mentions(doc, article)
        found = event_extraction.extract(doc, mentions, article, r, rejects)
        quotations = quotes.extract(doc, mentions)
        facts = to_rdf.ArticleFacts(written, self.content_hash(written), self.run, quotes=quotations)
        facts.entities = _unique([m.entity for m in mentions])
        for m in mentions:
            if _name_like(m.text, m.entity):
                facts.surface.setdefault(m.entity.key, set()).add(m.text)
        facts.dateline = r.place(article.dateline) if article.dateline else None
        facts.publisher = _organisation(r, article.publisher) if article.publisher else None
        facts.agencies = _unique([a for a in (_organisation(r, c) for c in article.credits) if a]
                                 + [q.reported_by for q in quotations if q.reported_by]
                                 + quotes.sources(doc, mentions))
        places = [e for e in facts.entities if e.kind in ("place", "country")]
        places += [ev.place for ev in found if ev.place] + ([facts.dateline] if facts.dateline else [])
        for place in places:
            chain = place_chain(r, place)
            for i, p in enumerate(chain):
                facts.chains.setdefault(p.key, chain[i + 1:])
        facts.events = self.place_events(article, found)
        return facts

    def place_events(self, article: Article, found) -> list[to_rdf.PlacedEvent]:
        """Give every event its IRI (fusion rules 1 and 2)."""
        chain_of = lambda e: place_chain(self.resolver, e)[1:]
        reports = [fusion.report(ev, self.minter, chain_of) for ev in found]
        placed = []
        for ev, rep in zip(found, reports):
            if rep.complete():
                iri = rep.own_iri(self.minter)
            else:
                here = [(r.own_iri(self.minter), r) for r in reports if r.complete()]
                stored = [(e, r) for _, e, r, _ in self.reports.like(rep) if r.complete()]
                iri = fusion.choose(rep, here + stored, article.date) or rep.own_iri(self.minter)
            ev.name = to_rdf.event_name(ev, sorted(e.name for e in fusion.key_participants(ev)))
            placed.append(to_rdf.PlacedEvent(iri, (rep.type, *rep.base[1:], rep.date or ""), ev))
        return placed

    def repoint(self, facts: to_rdf.ArticleFacts, graph: str) -> None:
        """Rule 3: partial reports stored in other graphs follow the complete reports just written."""
        chain_of = lambda e: place_chain(self.resolver, e)[1:]
        for placed in facts.events:
            rep = fusion.report(placed.event, self.minter, chain_of)
            if not rep.complete():
                continue
            stored = self.reports.like(rep)
            candidates = [(e, r) for _, e, r, _ in stored if r.complete()]
            for g, e, r, _ in stored:
                if g == graph or r.complete() or not r.accepts(rep):
                    continue
                new = fusion.choose(r, candidates, _article_date(self.store, g))
                if new is not None and new != e:
                    self.store.replace_graph(g, fusion.rename(list(self.store.triples(g)), e, new))


# ---- helpers ---------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def resolver():
    from newsgraph.ingest.entities import EntityResolver
    return EntityResolver.load()


KNOWN = sparql_prefixes() + """
SELECT ?x ?type ?name (GROUP_CONCAT(DISTINCT ?alt; separator="\u001f") AS ?alts) WHERE {
  ?x a ?type ; schema:name ?name . FILTER(?type IN (schema:Person, schema:Organization))
  OPTIONAL { ?x schema:alternateName ?alt }
} GROUP BY ?x ?type ?name"""
_SEEDED: set = set()


def seed_resolver(r, store, minter: Minter) -> None:
    """Tell the entity resolver the people and organisations the store already holds (once per store
    and process), so a later article's "Murad" is the "Jamil Murad" an earlier one named."""
    if not hasattr(r, "seed") or (id(store), minter.base) in _SEEDED:
        return
    _SEEDED.add((id(store), minter.base))
    known = {}
    for row in store.query(KNOWN):
        kind = minter.kind_of(row["x"].value)
        if kind not in ("person", "organization"):
            continue
        key = row["x"].value[len(minter.base):]
        aliases = tuple(a for a in (row["alts"].value.split("\u001f") if row["alts"] is not None else []) if a)
        entity = Entity(key=key, kind=kind, name=row["name"].value, aliases=aliases)
        for name in (entity.name, *aliases):
            known.setdefault(name, entity)
    if known:
        r.seed(known)


def place_chain(r, place: Entity) -> list[Entity]:
    """[place, its container, ...]."""
    chain = list(r.place_chain(place)) if hasattr(r, "place_chain") else [place]
    if not chain or chain[0].key != place.key:
        chain = [place, *chain]
    return chain


def _organisation(r, name: str) -> Entity | None:
    finder = getattr(r, "organization", None) or getattr(r, "agency", None)
    found = finder(name) if finder else None
    return found or to_rdf.publisher_entity(name)


def _name_like(text: str, entity: Entity) -> bool:
    if entity.kind == "country" or text == entity.name or not text[:1].isupper():
        return False
    words = text.replace("’", "'").split()
    return not words[0].lower() in ("the", "a", "an") and all(
        w[:1].isupper() or w.lower() in ("da", "de", "do", "dos", "van", "von", "bin", "al", "of", "el", "la", "le")
        for w in words)


def _unique(entities) -> list[Entity]:
    seen = {}
    for e in entities:
        seen.setdefault(e.key, e)
    return list(seen.values())


def _article_date(store, graph: str) -> dt.date | None:
    rows = list(store.query(sparql_prefixes() +
                            f"SELECT ?d WHERE {{ GRAPH <{graph}> {{ ?a schema:datePublished ?d }} }} LIMIT 1"))
    return dt.date.fromisoformat(rows[0]["d"].value[:10]) if rows else None


def validate(triples):
    from newsgraph.ontology.validate import validate_triples
    return validate_triples(triples)


@lru_cache(maxsize=1)
def tool_version() -> str:
    try:
        return f"newsgraph {metadata.version('newsgraph')}"
    except metadata.PackageNotFoundError:
        return "newsgraph (development)"


@lru_cache(maxsize=1)
def knowledge_digest() -> str:
    """A digest of the knowledge files (patterns, knowledge base): changing them re-ingests."""
    from importlib import resources
    root = resources.files("newsgraph.ingest")
    h = hashlib.sha256()
    for folder in ("patterns", "kb"):
        for path in sorted(root.joinpath(folder).iterdir(), key=lambda p: p.name):
            if path.is_file() and not path.name.startswith("."):
                h.update(path.name.encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]
