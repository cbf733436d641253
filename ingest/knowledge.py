"""The curated knowledge base in ingest/kb/ as plain records: actors (Turtle) and countries (TSV + pycountry).

    kb/people.ttl         heads of state and government, foreign ministers, other officials (schema:Person)
    kb/leaders.ttl        heads of state and government of 2000-2025 of the countries people.ttl leaves out
    kb/organizations.ttl  international organisations and government bodies (schema:Organization)
    kb/agencies.ttl       news agencies and outlets (schema:NewsMediaOrganization)
    kb/countries.tsv      alpha-2 -> Wikidata QID, common names, demonyms/adjectives (pycountry has none)
    kb/places.tsv         places inside cities that news names (Zhongnanhai, the Kremlin), see places.py

Each KB resource's IRI is `https://w3id.org/newsgraph/kb/<key>`, and `<key>` ("person/xi-jinping",
"organization/sco", "country/CN") is the Entity key, so KB IRIs and our minted IRIs line up one to one.
Everything here is read once per process (`functools.cache`) and is cheap: a few ms.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from newsgraph.ingest.model import Entity

KB_DIR = Path(__file__).resolve().parent / "kb"
KB_BASE = "https://w3id.org/newsgraph/kb/"
SCHEMA = "http://schema.org/"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
WIKIDATA = "http://www.wikidata.org/entity/"
ACTOR_FILES = ("people.ttl", "leaders.ttl", "organizations.ttl", "agencies.ttl")
NAMED_ONLY = ("leaders.ttl",)  # see KbActor.describes


@dataclass(frozen=True)
class Office:
    """One office a KB person held: role words ("president", "foreign minister"), country, years."""
    role: str
    country: str | None                 # country key ("country/CN") or None (UN Secretary-General)
    start: dt.date | None = None
    end: dt.date | None = None

    def held_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class KbActor:
    entity: Entity
    types: frozenset[str]               # schema.org local names: Person, NewsMediaOrganization, ...
    country: str | None = None          # nationality / seat (country key)
    offices: tuple[Office, ...] = field(default=())
    # whether an office named without a name ("the Chilean president") is resolved to this holder: people.ttl's
    # cast, whom news names often; leaders.ttl's only serve the names and titles an article gives
    describes: bool = True

    @property
    def is_agency(self) -> bool:
        return "NewsMediaOrganization" in self.types


@functools.lru_cache(maxsize=1 << 16)  # pure, and the same words (titles, names, countries) come back in every article
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form used as index key: 'Sergéy  Lavrov' -> 'sergey lavrov'."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().replace(".", " ").replace("-", " ").split())


def squash(text: str) -> str:
    """`fold` without spaces: the same key however a tokenizer split the name ('Kim Jong-un' = 'Kim Jong Un')."""
    return fold(text).replace(" ", "")


def _key(iri: str) -> str:
    return iri[len(KB_BASE):] if iri.startswith(KB_BASE) else iri


def _date(value: str) -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    if len(value) == 4:
        return dt.date(int(value), 1, 1)
    return dt.date.fromisoformat(value[:10])


@functools.cache
def actors() -> dict[str, KbActor]:
    """Every KB person and organisation by entity key."""
    subjects: dict[str, dict[str, list]] = {}
    undescribed = set()
    for name in ACTOR_FILES:
        path = KB_DIR / name
        if not path.exists():
            continue
        for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            s = triple.subject.value if isinstance(triple.subject, ox.NamedNode) else "_:" + triple.subject.value
            subjects.setdefault(s, {}).setdefault(triple.predicate.value, []).append(triple.object)
            if name in NAMED_ONLY and isinstance(triple.subject, ox.NamedNode):
                undescribed.add(s)
    result = {}
    for iri, props in subjects.items():
        if not iri.startswith(KB_BASE):
            continue
        result[_key(iri)] = _actor(iri, props, subjects, describes=iri not in undescribed)
    return result


def _values(props, prop) -> list[str]:
    return [o.value for o in props.get(SCHEMA + prop, [])]


def _actor(iri: str, props: dict, subjects: dict, describes: bool) -> KbActor:
    key = _key(iri)
    types = frozenset(t.value.removeprefix(SCHEMA) for t in props.get(RDF_TYPE, []))
    kind = "person" if "Person" in types else "organization"
    country = next((_key(c) for c in _values(props, "nationality") + _values(props, "location")), None)
    offices = []
    for node in props.get(SCHEMA + "hasOccupation", []):
        role = subjects.get(("_:" if isinstance(node, ox.BlankNode) else "") + node.value, {})
        for role_name in _values(role, "roleName"):
            where = next((_key(c) for c in _values(role, "location")), country)
            offices.append(Office(role_name.lower(), where, _date(next(iter(_values(role, "startDate")), "")),
                                  _date(next(iter(_values(role, "endDate")), ""))))
    titles = _values(props, "jobTitle")
    entity = Entity(key=key, kind=kind, name=_values(props, "name")[0],
                    aliases=tuple(_values(props, "alternateName")),
                    same_as=tuple(o.value for o in props.get(OWL_SAME_AS, [])),
                    title=titles[0] if titles else None)
    return KbActor(entity, types, country, tuple(offices), describes)


@functools.cache
def agency_names() -> dict[str, str]:
    """Folded name or alias of every news agency / outlet -> its canonical name ('scmp' -> 'South China Morning Post')."""
    names = {}
    for actor in actors().values():
        if actor.is_agency:
            for alias in (actor.entity.name, *actor.entity.aliases):
                names.setdefault(fold(alias), actor.entity.name)
    return names


@dataclass(frozen=True)
class CountryInfo:
    alpha2: str
    name: str                           # the common English name ("Russia", not "Russian Federation")
    names: tuple[str, ...]              # every name and alias (official, common, short forms)
    adjectives: tuple[str, ...]         # demonyms / adjectives: "Russian", "Chinese"
    qid: str | None = None

    def entity(self) -> Entity:
        same_as = (WIKIDATA + self.qid,) if self.qid else ()
        aliases = tuple(n for n in self.names if n != self.name)
        return Entity(key=f"country/{self.alpha2}", kind="country", name=self.name, aliases=aliases,
                      same_as=same_as)


@functools.cache
def countries() -> dict[str, CountryInfo]:
    """Every pycountry country by alpha-2, merged with kb/countries.tsv (QID, common name, aliases, adjectives)."""
    import pycountry

    curated = {}
    with open(KB_DIR / "countries.tsv", encoding="utf-8") as f:
        for row in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"):
            curated[row["alpha2"]] = row
    result = {}
    for c in pycountry.countries:
        row = curated.get(c.alpha_2, {})
        names = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        names += [n.strip() for n in (row.get("aliases") or "").split("|")]
        common = (row.get("name") or "").strip() or getattr(c, "common_name", None) or c.name
        unique = list(dict.fromkeys(n for n in [common, *names] if n))
        adjectives = tuple(a.strip() for a in (row.get("adjectives") or "").split("|") if a.strip())
        result[c.alpha_2] = CountryInfo(c.alpha_2, common, tuple(unique), adjectives,
                                        (row.get("qid") or "").strip() or None)
    for alpha2, row in curated.items():       # entries pycountry lacks (Kosovo XK)
        if alpha2 not in result and row.get("name"):
            names = tuple(dict.fromkeys([row["name"], *(n.strip() for n in row.get("aliases", "").split("|") if n)]))
            adjectives = tuple(a.strip() for a in (row.get("adjectives") or "").split("|") if a.strip())
            result[alpha2] = CountryInfo(alpha2, row["name"], names, adjectives, row.get("qid") or None)
    return result
