"""The ingest pipeline: article files -> one validated named graph per article in the store.

    read -> nlp -> entities -> events, quotations -> fusion in the article -> to_rdf -> SHACL gate
         -> fusion with the store -> Store.replace_graph

Articles go in input order. The entity resolver remembers each article's people and organisations
for the next ones, so entities, events, quotations and to_rdf run in the main process, one article
after another; spaCy and the gate run beside it (newsgraph/workers.py: with --jobs N > 1 in N worker
processes, a few batches ahead; with --jobs 1 spaCy in a thread), and the main process keeps that
sequential part and the store's reads and writes.
The gate checks a graph before the store is asked which stored event a partial report fuses with
(rule 2 of ingest/fusion.py; asked as late as possible, so every article written before counts):
that choice renames event nodes, and a one-to-one renaming of IRIs changes no verdict (no shape looks
at an event's IRI), so the verdict stands. When fusion merges two event nodes of the article, or the
article was rejected, the graph to be written is checked again: the gate always judges, and a
rejection reports, exactly the graph that would be written.

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
from newsgraph.workers import Workers

PROGRESS_MIN_FILES = 50


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
    reports: list = field(default_factory=list)   # fusion.Report of each of facts.events

    @property
    def source(self) -> str:
        return self.article.source


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
    """Ingest Articles already read: unchanged ones are skipped, the rest analysed and written one by
    one in input order, each through the SHACL gate (`jobs` worker processes for spaCy and the gate);
    a rejected one is reported on `err` (and, like every other, in `report` when given)."""
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
    with Workers(min(jobs, len(todo)), conforming) as workers:
        docs = workers.docs(todo)
        prepared = (ingester.prepare(article, doc) for article, doc in _progress(zip(todo, docs, strict=True), len(todo), err))
        for batch, verdicts in workers.verdicts(prepared):
            _write(ingester, batch, verdicts, summary, note, err)
    store.flush()
    print(f"newsgraph: {summary.line()}", file=err)
    return summary


def _write(ingester: "Ingester", batch: list["Prepared"], verdicts: list[bool], summary: Summary, note, err):
    """Write a gated batch: each article fused with the store and written, unless it does not conform."""
    committed = []
    for p, conforms in zip(batch, verdicts, strict=True):
        shacl = ingester.check(p, conforms)
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


def ingest_article(store, article: Article, base_iri: str | None = None) -> Result:
    """Ingest one article (already read); raises NotConforming / InputError, writes nothing then."""
    if not article.text or not article.text.strip():
        raise InputError(f"{article.source}: no article text")
    ingester = Ingester(store, base_iri)
    if ingester.unchanged(article):
        iri, graph = to_rdf.article_iris(ingester.minter, article)
        return Result(iri, graph, skipped=True)
    [doc] = nlp.parse([(article.text, article.headline)])
    result = ingester.write(article, doc)
    store.flush()
    return result


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
        report = self.check(p, conforms=False)
        if report is not None:
            raise report.error(article.source)
        result = self.commit(p)
        self.settle([p])
        return result

    def prepare(self, article: Article, doc) -> "Prepared":
        rejects = []
        facts, reports = self.facts(article, doc, rejects)
        art, graph = to_rdf.article_iris(self.minter, article)
        return Prepared(article, facts, to_rdf.article_triples(facts, self.minter), art, graph, rejects, reports)

    def check(self, p: "Prepared", conforms: bool):
        """Fuse `p` with the store, then None when the graph to be written conforms, else its SHACL
        report. `conforms` (the gate's verdict before fusion) stands when fusion renamed event
        nodes one to one; otherwise the graph is checked again."""
        if self.fuse(p) and conforms:
            return None
        report = validate(p.triples)
        return None if report.conforms else report

    def fuse(self, p: "Prepared") -> bool:
        """Rule 2 with the store: each partial report takes the IRI of the complete report it fuses
        with, in the article or stored. True when the graph changed by no more than a one-to-one
        renaming of event nodes."""
        before = [placed.iri for placed in p.facts.events]
        after = self.event_iris(p.article, p.reports, stored=True)
        if after == before:
            return True
        for placed, iri in zip(p.facts.events, after, strict=True):
            placed.iri = iri
        p.triples = to_rdf.article_triples(p.facts, self.minter)
        pairs = set(zip(before, after, strict=True))
        return len(pairs) == len(set(before)) == len(set(after))

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

    def facts(self, article: Article, doc, rejects: list) -> tuple[to_rdf.ArticleFacts, list[fusion.Report]]:
        r = self.resolver
        written = article  # the graph states the article's fields as given; the SHACL gate judges them
        if article.date is not None and not isinstance(article.date, dt.date):
            article = replace(article, date=None)  # but analysis only relies on a real date
        mentions = r.mentions(doc, article)
        found = event_extraction.extract(doc, mentions, article, r, rejects)
        quotations, cited = quotes.extract_with_sources(doc, mentions)
        facts = to_rdf.ArticleFacts(written, self.content_hash(written), self.run, quotes=quotations)
        facts.entities = _unique([m.entity for m in mentions])
        for m in mentions:
            if _name_like(m.text, m.entity):
                facts.surface.setdefault(m.entity.key, set()).add(m.text)
        facts.dateline = r.dateline_place(article.dateline) if article.dateline else None
        facts.publisher = _organisation(r, article.publisher) if article.publisher else None
        facts.agencies = _unique([a for a in (_organisation(r, c) for c in article.credits) if a]
                                 + [q.reported_by for q in quotations if q.reported_by]
                                 + cited)
        # the events' places first: a venue they place in the article's country (venues_in_setting) keeps it
        places = [ev.place for ev in found if ev.place] + [e for e in facts.entities if e.kind in ("place", "country")]
        places += [facts.dateline] if facts.dateline else []
        for place in places:
            chain = place_chain(r, place)
            for i, p in enumerate(chain):
                facts.chains.setdefault(p.key, chain[i + 1:])
        chain_of = lambda e: place_chain(r, e)[1:]
        reports = [fusion.report(ev, self.minter, chain_of) for ev in found]
        for ev, rep, iri in zip(found, reports, self.event_iris(article, reports, stored=False), strict=True):
            ev.name = to_rdf.event_name(ev, sorted(e.name for e in fusion.key_participants(ev)))
            facts.events.append(to_rdf.PlacedEvent(iri, (rep.type, *rep.base[1:], rep.date or ""), ev))
        return facts, reports

    def event_iris(self, article: Article, reports: list[fusion.Report], stored: bool) -> list[str]:
        """The IRI of every event report (fusion rules 1 and 2): the complete reports of the article
        and, when `stored`, of the store are a partial report's candidates."""
        date = article.date if isinstance(article.date, dt.date) else None
        here = [(r.own_iri(self.minter), r) for r in reports if r.complete()]
        iris = []
        for rep in reports:
            if rep.complete():
                iris.append(rep.own_iri(self.minter))
                continue
            candidates = here + ([(e, r) for _, e, r in self.reports.like(rep) if r.complete()] if stored else [])
            iris.append(fusion.choose(rep, candidates, date) or rep.own_iri(self.minter))
        return iris

    def repoint(self, facts: to_rdf.ArticleFacts, graph: str) -> None:
        """Rule 3: partial reports stored in other graphs follow the complete reports just written."""
        chain_of = lambda e: place_chain(self.resolver, e)[1:]
        for placed in facts.events:
            rep = fusion.report(placed.event, self.minter, chain_of)
            if not rep.complete() or not self.reports.any_partial(rep):
                continue
            stored = self.reports.like(rep)
            candidates = [(e, r) for _, e, r in stored if r.complete()]
            for g, e, r in stored:
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


def conforming(graphs: list[list]) -> list[bool]:
    """The SHACL gate: whether each graph conforms. A batch is checked as one graph first (one
    validation run instead of many); only when that fails is each graph checked on its own, so a
    rejection is always the article's own."""
    if len(graphs) > 1 and validate([t for g in graphs for t in g]).conforms:
        return [True] * len(graphs)
    return [validate(g).conforms for g in graphs]


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
