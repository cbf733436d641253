"""Generated NewsGraph-shaped data at any size, for the store, query, load and export benches.

    python bench/graphs.py --triples 1000000     build (or find) the cached store and print its path

The shape is what `newsgraph ingest` writes (README, "Data model"): one named graph per article, the
article with its publisher, date and dateline; events (schema:Event + an ng: event class) with a date,
a place (containedInPlace a country), attendees, participations with roles and evidence sentences with
offsets; quotations spoken by people; and the union of every graph kept in the default graph.
Several articles report the same event, and people follow a skewed popularity (a few heads of state
appear in many events, most people in few), as in a news corpus. Seeded, so the same size always
gives the same graph; cached under bench/data/ by size and GENERATOR_VERSION.
"""
from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox

DATA = Path(__file__).resolve().parent / "data"
QUERIES = Path(__file__).resolve().parent / "queries"
BASE = "http://127.0.0.1:5000/"
SCHEMA, NG, XSD = "http://schema.org/", "https://w3id.org/newsgraph/ns#", "http://www.w3.org/2001/XMLSchema#"
EVENT_TYPES = ["Meeting", "Talks", "Summit", "Visit", "PhoneCall", "AgreementSigning", "Statement",
               "MilitaryParade", "Conference", "Ceremony"]
ROLES = ["Host", "Guest", "Speaker", "Signatory", "Attendee", "Caller", "Organizer"]
GENERATOR_VERSION = 3   # bump when the generated shape changes (invalidates the cache)
TRIPLES_PER_ARTICLE = 66   # distinct union triples per article, measured on the generated data
FIRST_DAY, DAYS = date(2023, 1, 1), 3 * 365   # articles are spread over three years
CHUNK = 500   # articles per TriG chunk


def articles_for(triples: int) -> int:
    """How many articles give about `triples` distinct triples in the union."""
    return max(10, round(triples / TRIPLES_PER_ARTICLE))


def day_of(article: int, articles: int) -> date:
    return FIRST_DAY + timedelta(days=article * DAYS // articles)


def generate_trig(articles: int, seed: int = 42):
    """Yield TriG text, CHUNK articles at a time: one named graph per article."""
    rnd = random.Random(seed)
    pools = {"people": max(40, articles // 2), "places": max(50, articles // 15), "countries": 60,
             "orgs": 300, "events": articles * 2}
    for start in range(0, articles, CHUNK):
        out = io.StringIO()
        out.write(f"@prefix schema: <{SCHEMA}> . @prefix ng: <{NG}> . @prefix xsd: <{XSD}> .\n"
                  f"@prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix prov: <http://www.w3.org/ns/prov#> .\n"
                  f"@prefix b: <{BASE}> .\n")
        for a in range(start, min(start + CHUNK, articles)):
            out.write(_article(rnd, a, articles, pools))
        yield out.getvalue()


def _person(rnd, people: int) -> int:
    """Skewed popularity: person 0 is the most reported, most people appear rarely."""
    return int(people * rnd.random() ** 4)


def _article(rnd, a: int, articles: int, pools: dict) -> str:
    art, pub, day = f"b:article\\/a{a}", rnd.randrange(pools["orgs"]), day_of(a, articles)
    lines = [f"<{BASE}graph/a{a}> {{",
             f'{art} a schema:NewsArticle ; schema:identifier "a{a}" ; schema:headline "Headline of article {a}" ;'
             f' schema:datePublished "{day}"^^xsd:date ; schema:publisher b:organization\\/o{pub} ;'
             f' ng:dateline b:place\\/p{rnd.randrange(pools["places"])} ; ng:contentHash "h{a}" ;'
             f' prov:wasGeneratedBy b:run\\/r1 .',
             f'b:organization\\/o{pub} a schema:Organization ; schema:name "Agency {pub}" .']
    for k in range(2):
        # events are often reported by several articles: pick from a pool just before this article
        e = min(pools["events"] - 1, max(0, 2 * a + k - rnd.randrange(0, 40)))
        lines += _event(rnd, a, k, e, art, day_of(e // 2, articles), pools)
    speaker = _person(rnd, pools["people"])
    lines.append(f'b:quotation\\/a{a} a schema:Quotation ; schema:text "Quote {a} by person {speaker}." ;'
                 f' schema:spokenByCharacter b:person\\/q{speaker} ; schema:isPartOf {art} ;'
                 f' ng:reportedBy b:organization\\/o{pub} ; ng:evidence b:evidence\\/a{a}-q .')
    lines.append(f'b:evidence\\/a{a}-q a ng:Evidence ; ng:sentence "\\"Quote {a}\\", said person {speaker}." ;'
                 f' ng:startOffset 300 ; ng:endOffset 340 ; ng:inArticle {art} .')
    lines.append("}\n")
    return "\n".join(lines)


def _event(rnd, a: int, k: int, e: int, art: str, day: date, pools: dict) -> list[str]:
    ev, art_ev = f"b:event\\/e{e}", random.Random(e)   # an event's own facts depend on the event only
    place, country = art_ev.randrange(pools["places"]), art_ev.randrange(pools["countries"])
    attendees = sorted({_person(art_ev, pools["people"]) for _ in range(2 + art_ev.randrange(3))})
    etype = EVENT_TYPES[e % len(EVENT_TYPES)]
    attendee_list = ", ".join("b:person\\/q%d" % p for p in attendees)
    lines = [f'{ev} a schema:Event, ng:{etype} ; schema:name "{etype} {e}" ;'
             f' schema:startDate "{day}"^^xsd:date ; schema:location b:place\\/p{place} ;'
             f' ng:status ng:Happened ; ng:confidence 0.8 ; ng:dateMention "on day {e % 7}" ;'
             f' schema:subjectOf {art} ; schema:attendee {attendee_list} ;'
             f' ng:evidence b:evidence\\/a{a}-{k} .',
             f'b:evidence\\/a{a}-{k} a ng:Evidence ; ng:sentence "Sentence {k} of article {a} about event {e}." ;'
             f' ng:startOffset {k * 100} ; ng:endOffset {k * 100 + 60} ; ng:inArticle {art} .']
    for i, p in enumerate(attendees):
        lines.append(f'{ev} ng:participation b:participation\\/e{e}-{i} . b:participation\\/e{e}-{i} a ng:Participation ;'
                     f' ng:participant b:person\\/q{p} ; ng:role ng:{ROLES[(e + i + rnd.randrange(2)) % len(ROLES)]} .')
        lines.append(f'b:person\\/q{p} a schema:Person ; schema:name "Person {p}" ; schema:jobTitle "Minister {p % 40}" ;'
                     f' owl:sameAs <http://www.wikidata.org/entity/Q{100000 + p}> .')
    lines.append(f'b:place\\/p{place} a schema:Place ; schema:name "Place {place}" ;'
                 f' schema:containedInPlace b:place\\/c{country} .'
                 f' b:place\\/c{country} a schema:Country, schema:Place ; schema:name "Country {country}" .')
    return lines


def with_union(quads):
    """Each quad, and its triple in the default graph: the union NewsGraph's store keeps materialised."""
    for q in quads:
        yield q
        yield ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())


def build_store(triples: int) -> Path:
    """The cached on-disk store of about `triples` union triples; COMPLETE holds the exact count.

    Written with Oxigraph's bulk loader, named graphs and their union as NewsGraph's Store keeps them
    (the same quads `newsgraph load` writes, without its all-or-nothing transaction, which costs
    minutes at this size and guards nothing here: an unfinished build has no COMPLETE and is rebuilt)."""
    articles = articles_for(triples)
    path = DATA / f"store-{articles}-v{GENERATOR_VERSION}"
    if (path / "COMPLETE").exists():
        return path
    shutil.rmtree(path, ignore_errors=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"generating {articles} articles into {path} (cached for later runs) ...", file=sys.stderr, flush=True)
    started = time.monotonic()
    store = ox.Store(str(path))
    for chunk in generate_trig(articles):
        store.bulk_extend(with_union(ox.parse(chunk.encode(), format=ox.RdfFormat.TRIG)))
    store.optimize()   # compact now, so no run is timed during a background compaction
    n = triple_count(store)
    del store
    (path / "COMPLETE").write_text(str(n))
    print(f"  {n:,} triples in the union, {time.monotonic() - started:.0f} s", file=sys.stderr)
    return path


def triple_count(store: ox.Store) -> int:
    return int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)


def stored_triples(path: Path) -> int:
    return int((path / "COMPLETE").read_text())


def union_ntriples(store_path: Path) -> Path:
    """The union graph as N-Triples, for rdflib-endpoint (cached beside the store)."""
    out = store_path.with_name(store_path.name.replace("store-", "union-") + ".nt")
    if not out.exists():
        store = ox.Store.read_only(str(store_path))
        with open(out.with_suffix(".tmp"), "wb") as f:
            ox.serialize((q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())),
                         f, ox.RdfFormat.N_TRIPLES)
        out.with_suffix(".tmp").rename(out)
    return out


PICKS = {  # parameter -> a query that picks a value from the data (so each bench query hits real data)
    "person": "SELECT ?v WHERE { ?e <http://schema.org/attendee> ?v } GROUP BY ?v "
              "ORDER BY DESC(COUNT(?e)) ?v OFFSET 9 LIMIT 1",   # a head of state: the tenth most reported
    "event": "SELECT ?v WHERE { ?v <http://schema.org/subjectOf> ?a } GROUP BY ?v "
             "HAVING (COUNT(?a) >= 3) ORDER BY ?v OFFSET 50 LIMIT 1",   # an event several articles report
    "country": "SELECT ?v WHERE { ?p <http://schema.org/containedInPlace> ?v } ORDER BY ?v LIMIT 1",
}


def parameters(store_path: Path) -> dict[str, str]:
    """Values for the {{...}} placeholders of bench/queries/*.rq, picked from the data (cached)."""
    cached = store_path / "PARAMETERS.json"
    if cached.exists():
        return json.loads(cached.read_text())
    store = ox.Store.read_only(str(store_path))
    values = {name: str(next(iter(store.query(q)))["v"]) for name, q in PICKS.items()}
    middle = FIRST_DAY + timedelta(days=DAYS // 2)
    values |= {"from": str(middle), "to": str(middle + timedelta(days=92))}   # a quarter mid-corpus
    del store
    cached.write_text(json.dumps(values, indent=1))
    return values


def queries(store_path: Path) -> list[tuple[str, str]]:
    """(name, query) of every bench/queries/*.rq, its placeholders filled from `parameters`."""
    values = parameters(store_path)
    out = []
    for rq in sorted(QUERIES.glob("*.rq")):
        text = rq.read_text(encoding="utf-8")
        for name, value in values.items():
            text = text.replace("{{%s}}" % name, value)
        out.append((rq.stem.split("-", 1)[1], text))
    return out


def size_label(triples: int) -> str:
    return f"{triples / 1e6:.1f}M" if triples >= 1e6 else f"{triples / 1e3:.0f}k"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="about this many union triples")
    path = build_store(parser.parse_args(argv).triples)
    print(f"{path}\t{stored_triples(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
