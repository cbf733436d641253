"""One node per real-world event, across articles and runs, whatever the order they come in.

An event report's *base* is (type, sorted participant IRIs, city-level place IRI, status); with its
date it makes the event key. The rules:
  1. A complete report (a date, and a place unless it is a phone call) gets the IRI
     Minter.hashed("event", *base, date): every report of the same event computes the same IRI.
  2. A partial report (no date and/or no place) fuses with the complete reports that agree with it
     on type, participants and status and on what it does say (its place or its date). Among several,
     the one whose date is nearest before the article's date wins (the latest, when the article is
     undated), then the smallest IRI. Without any, it keeps its own IRI hashed from its base.
  3. When a complete report is written, every partial report already stored is re-checked by rule 2
     and re-pointed (its article graph renamed in one transaction) when its choice changed.
So the IRI of every report depends only on the set of complete reports in the store, never on the
order of ingestion. A report with a time of day but no date ("at 8:00 PM") keeps the time in its own
IRI, so two undated events of the same parties on one day (a 5:30 PM meeting, an 8:00 PM dinner) stay
two nodes. The place is compared at city level (Zhongnanhai counts as Beijing), and a partial report's city
agrees with a complete report's country it lies in, or the other way round ("in Beijing", "China"); planned and
happened are kept apart (a plan is not its outcome, and an event carries one status).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pyoxigraph as ox

from newsgraph.iris import NG, Minter, sparql_prefixes
from newsgraph.ingest.circumstances import CLOCK
from newsgraph.ingest.model import Entity, EventMention
from newsgraph.ingest.to_rdf import entity_iri


@dataclass(frozen=True)
class Report:
    """An event as one article reports it, in IRI space (comparable with what the store holds)."""
    type: str
    participants: tuple[str, ...]
    place: str | None                   # city-level place IRI
    status: str
    date: str | None                    # ISO date
    clock: str = ""                     # "5:30 PM" when the report gives a time of day but no date
    country: str | None = None          # the country IRI the place is in (or is)

    @property
    def base(self) -> tuple:
        return (self.type, *self.participants, self.place or "", self.status)

    def complete(self) -> bool:
        return self.date is not None and (self.place is not None or self.type == "PhoneCall")

    def own_iri(self, minter: Minter) -> str:
        """Rule 1 (and a partial report's own IRI): an undated report with a time of day keeps apart
        from another of the same parties that day ("the 5:30 PM meeting" and "the 8:00 PM dinner")."""
        if self.date is None and self.clock:
            return minter.hashed("event", *self.base, "", self.clock)
        return minter.hashed("event", *self.base, self.date or "")

    def accepts(self, other: "Report") -> bool:
        """`other` (complete) is a candidate for this partial report."""
        return (other.type == self.type and other.participants == self.participants
                and other.status == self.status and other.complete()
                and (self.place is None or self.place == other.place or self._within(other))
                and (self.date is None or self.date == other.date))

    def _within(self, other: "Report") -> bool:
        """One place is the country the other is in: a report "in China" and one "in Beijing" agree."""
        return other.place == self.country or self.place == other.country


def key_participants(event: EventMention) -> list[Entity]:
    """The participants that identify an event: its people when it has two or more (reports of a
    meeting agree on who met, less on which ministries and countries they mention), with the
    organisation a gathering is named after (the ASEAN ministers' meeting and the trilateral held on
    its margins have the same people, place and day, yet are two events), else everyone."""
    everyone = [p.entity for p in event.participants]
    people = [e for e in everyone if e.kind == "person"]
    organizers = [p.entity for p in event.participants if p.role == "Organizer" and p.entity.kind != "person"]
    return people + organizers if len(people) >= 2 else everyone


def _key_iris(people: set[str], everyone: set[str]) -> tuple[str, ...]:
    return tuple(sorted(people if len(people) >= 2 else everyone))


def report(event: EventMention, minter: Minter, chain_of) -> Report:
    """`chain_of(entity)` lists the places enclosing `entity`, nearest first."""
    people = tuple(sorted({entity_iri(minter, e) for e in key_participants(event)}))
    chain = [event.place, *chain_of(event.place)] if event.place else []
    country = next((p for p in chain if p.kind == "country"), None)
    clock = CLOCK.search(event.date_mention or "") if event.date is None else None
    return Report(event.type, people, city_level(chain, minter) if chain else None, event.status,
                  event.date.isoformat() if event.date else None,
                  " ".join(clock.group(0).upper().split()) if clock else "",
                  entity_iri(minter, country) if country else None)


def city_level(chain: list[Entity], minter: Minter) -> str:
    """Of a place and the places enclosing it (`chain`, nearest first): the place itself when it is a country
    or directly in one, else the last enclosing place below the country: Zhongnanhai -> Beijing -> China gives
    Beijing."""
    below = [p for p in chain if p.kind != "country"]
    return entity_iri(minter, below[-1] if below else chain[0])


def choose(partial: Report, candidates: list[tuple[str, Report]], article_date: dt.date | None) -> str | None:
    """The IRI of the complete report a partial report fuses with (rule 2); None when none fits."""
    fits = sorted({(iri, r) for iri, r in candidates if partial.accepts(r)}, key=lambda f: (f[0], f[1].date))
    if not fits:
        return None
    limit = article_date.isoformat() if article_date else None
    before = [(iri, r) for iri, r in fits if limit is None or r.date <= limit] or fits
    before.sort(key=lambda f: (f[1].date, f[0]))
    latest = before[-1][1].date
    return min(iri for iri, r in before if r.date == latest)


# ---- the store's side ------------------------------------------------------------------------------

# Which attendees are people is read from their IRIs (person/<slug>, newsgraph.iris): asking the
# union for their types took a third of the query's time.
STORED = sparql_prefixes() + """
SELECT ?g ?e ?status ?date ?place (GROUP_CONCAT(DISTINCT STR(?who); separator=" ") AS ?people) WHERE {
  GRAPH ?g { ?e a <%(type)s> ; schema:attendee <%(first)s> , ?who ; ng:status ?status .
             OPTIONAL { ?e schema:startDate ?date } OPTIONAL { ?e schema:location ?place } }
} GROUP BY ?g ?e ?status ?date ?place"""

# Whether any partial report of a type names a participant (rule 3 has most often nothing to re-point:
# this answer comes at a fraction of STORED's cost, which grows with the reports of the same people).
PARTIAL = sparql_prefixes() + """
ASK { GRAPH ?g { ?e a <%(type)s> ; schema:attendee <%(first)s> .
                 OPTIONAL { ?e schema:startDate ?date } OPTIONAL { ?e schema:location ?place }
                 FILTER(%(partial)s) } }"""

# OPTIONAL rather than BIND(EXISTS …): Virtuoso 7.2 answers the EXISTS form wrongly under a
# property path (?p = 0) and gives booleans as 1/0; this form reads the same on both stores.
CHAIN = sparql_prefixes() + """
SELECT ?p (IF(BOUND(?c), "true", "false") AS ?country) WHERE { <%s> schema:containedInPlace* ?p .
  OPTIONAL { ?p a ?c . FILTER(?c = schema:Country) } }"""


class StoreReports:
    """The event reports the store holds (per article graph), fetched by type and one participant."""

    def __init__(self, store, minter: Minter):
        self.store = store
        self.minter = minter
        self._cities: dict[str, tuple[str, str | None]] = {}

    def like(self, r: Report) -> list[tuple[str, str, Report]]:
        """(graph, event IRI, report) for every stored report with r's type and people."""
        if not r.participants:
            return []
        found: dict[tuple[str, str], Report] = {}
        query = STORED % {"first": r.participants[0], "type": NG + r.type}
        for row in self.store.query(query):
            everyone = set(_words(row["people"]))
            people = _key_iris({w for w in everyone if self.minter.kind_of(w) == "person"}, everyone)
            if people != r.participants:
                continue
            place, country = self._city(row["place"].value) if row["place"] is not None else (None, None)
            status = "planned" if row["status"].value.endswith("Planned") else "happened"
            date = row["date"].value if row["date"] is not None else None
            key, report = (row["g"].value, row["e"].value), Report(r.type, people, place, status, date, "", country)
            if key not in found or _fuller(report, found[key]):
                found[key] = report
        return [(g, e, report) for (g, e), report in sorted(found.items())]

    def any_partial(self, r: Report) -> bool:
        """Whether the store may hold a partial report like r (r's type, r's first participant)."""
        if not r.participants:
            return False
        partial = "!BOUND(?date)" if r.type == "PhoneCall" else "!BOUND(?date) || !BOUND(?place)"
        return bool(self.store.query(PARTIAL % {"type": NG + r.type, "first": r.participants[0], "partial": partial}))

    def _city(self, place: str) -> tuple[str, str | None]:
        """(the city-level place, the country it is in or is) of a stored place."""
        if place not in self._cities:
            rows = list(self.store.query(CHAIN % place))
            # containedInPlace* yields the place and its ancestors; take the last non-country one
            ordered = self._ordered(place, {r["p"].value: r["country"].value == "true" for r in rows})
            below = [p for p, is_country in ordered if not is_country]
            country = next((p for p, is_country in ordered if is_country), None)
            self._cities[place] = (below[-1] if below else place, country)
        return self._cities[place]

    def _ordered(self, place: str, found: dict[str, bool]) -> list[tuple[str, bool]]:
        chain, node, seen = [], place, set()
        while node and node not in seen:
            seen.add(node)
            chain.append((node, found.get(node, False)))
            parents = [r["p"].value for r in self.store.query(
                sparql_prefixes() + f"SELECT ?p WHERE {{ <{node}> schema:containedInPlace ?p }} ORDER BY ?p LIMIT 1")]
            node = parents[0] if parents else None
        return chain


def rename(triples, old: str, new: str) -> list[ox.Triple]:
    """The triples with node `old` renamed to `new` (the re-point of rule 3)."""
    o, n = ox.NamedNode(old), ox.NamedNode(new)
    return [ox.Triple(n if t.subject == o else t.subject, t.predicate, n if t.object == o else t.object)
            for t in triples]


def _fuller(report: Report, other: Report) -> bool:
    """Of two rows of one event node (an article whose two reports of it fused: "in Kumba on Monday" and "in
    Cameroon" give a node with two places), the one that says more: a date, then a place below the country."""
    def rank(r: Report) -> tuple:
        return r.date is not None, r.place is not None and r.place != r.country, r.date or "", r.place or ""
    return rank(report) > rank(other)


def _words(term) -> list[str]:
    return term.value.split() if term is not None else []
