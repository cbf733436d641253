"""The small dataclasses that flow through ingest:

    readers -> Article -> nlp (spaCy Doc) -> entities: Mention[Entity] -> events: EventMention,
    quotations: QuoteMention -> fusion -> to_rdf -> one named graph per article

Extraction steps are pure functions over these; IO stays in readers.py, storage in newsgraph/store.py.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Article:
    identifier: str                     # file name without extension, or the JSON id / URL
    text: str                           # the article body only: no headline, dateline, credits, boilerplate
    source: str                         # where it came from (file path), for messages
    headline: str | None = None
    date: dt.date | None = None         # publication date
    publisher: str | None = None
    url: str | None = None
    dateline: str | None = None         # place named by the dateline ("BEIJING", "Baku")
    dateline_day: dt.date | None = None # the day a dateline states ("Astana, 12 March 2024"): the report's day
    reference_date: dt.date | None = None  # no publication date, but a dateline names a month ("December 2004"):
                                        # its last day, only to resolve "December 7" (never datePublished)
    credits: list[str] = field(default_factory=list)  # agencies named in datelines / trailing credits
    byline: str | None = None           # the name of a byline ("By Anna Berg", "Margaret Thatcher"): whose "I" it is


@dataclass(frozen=True)
class Entity:
    """One real-world thing; `key` is stable across articles (it decides the IRI)."""
    key: str                            # e.g. "person/xi-jinping", "country/CN", "place/1816670"
    kind: str                           # person | organization | country | place
    name: str                           # the canonical name
    aliases: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()       # Wikidata / GeoNames IRIs
    title: str | None = None            # "Foreign Minister of Russia" (schema:jobTitle)
    contained_in: str | None = None     # key of the enclosing place (Beijing -> China)


@dataclass(frozen=True)
class Span:
    start: int                          # character offsets into Article.text
    end: int
    sentence: str                       # the sentence the span came from
    sentence_start: int                 # offset of that sentence in Article.text
    sentence_end: int
    in_headline: bool = False           # the offsets are into Article.headline, not Article.text


@dataclass(frozen=True)
class Mention:
    entity: Entity
    span: Span
    text: str                           # the surface form ("Lavrov", "the Chinese president")


@dataclass
class Participant:
    entity: Entity
    role: str | None = None             # host | guest | speaker | signatory | attendee | caller | ...


@dataclass
class EventMention:
    type: str                           # ontology class local name: Meeting, Talks, Summit, Visit, ...
    span: Span                          # the trigger's sentence (evidence)
    participants: list[Participant]
    place: Entity | None = None
    date: dt.date | None = None
    date_mention: str | None = None     # the original words: "on Sunday", "July 13"; "" when the text
                                        # sets it at another time than its clause ("X recalled his visit")
    status: str = "happened"            # happened | planned
    confidence: float = 0.5
    name: str | None = None             # a readable name; to_rdf makes one when None
    evidence: list[Span] = field(default_factory=list)  # further sentences reporting it (span is the first)


@dataclass
class QuoteMention:
    text: str
    speaker: Entity
    span: Span
    reported_by: Entity | None = None   # "according to Xinhua", "TASS reported"


@dataclass
class Reject:
    """An event word that made no event (for the ingest report): what, where, why."""
    word: str
    span: Span                          # its sentence
    reason: str
