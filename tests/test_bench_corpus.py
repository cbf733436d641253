"""bench/corpus.py: the generated corpus is deterministic, has the contract's input shape, and the real
CLI ingests it and finds the events it was generated from."""
import json
import sys
from collections import Counter

import pytest

from tests.conftest import ROOT, run_cli

sys.path.insert(0, str(ROOT / "bench"))
import corpus  # noqa: E402  (bench/ is no package: its scripts import each other by file name)


@pytest.fixture(scope="module")
def small():
    return corpus.generate(40, seed=3)


def test_same_seed_same_corpus_other_seed_other_corpus(small):
    again = corpus.generate(40, seed=3)
    assert again.articles == small.articles and again.events == small.events
    assert corpus.generate(40, seed=4).articles != small.articles


def test_records_have_the_contract_fields_and_events_point_at_them(small):
    assert len(small.articles) == 40
    ids = [a["id"] for a in small.articles]
    assert len(set(ids)) == len(ids)
    for a in small.articles:
        assert set(a) == {"id", "title", "date", "publisher", "url", "text"} and a["text"].strip()
    assert sorted(i for e in small.events for i in e["articles"]) == sorted(ids)


def test_events_are_reported_by_several_publishers_in_different_words(small):
    by_id = {a["id"]: a for a in small.articles}
    multi = [e for e in small.events if len(e["articles"]) > 1]
    assert multi
    for event in multi:
        reports = [by_id[i] for i in event["articles"]]
        assert len({r["publisher"] for r in reports}) == len(reports)
        assert len({r["text"] for r in reports}) == len(reports)


def test_the_cast_is_large_and_dated(small):
    cast = corpus.load_cast(3)
    people = [p for group in cast.people.values() for p in group]
    assert len(people) > 1000 and sum(1 for p in people if p.key) > 100
    assert sum(len(c) for c in cast.cities.values()) > 1000
    for event in small.events:   # KB people only on dates when they held the office they are named by
        for p in event["participants"]:
            if p["kb"]:
                assert any(q.key == p["kb"] and q.start.isoformat() <= event["date"] <= q.end.isoformat()
                           for q in people)


def test_the_cli_ingests_the_corpus_and_finds_its_events(tmp_path, small):
    path = corpus.write(corpus.Corpus(small.articles[:12], []), tmp_path / "articles.jsonl")
    store = tmp_path / "store"
    done = run_cli("ingest", path, "--store", store)
    assert done.returncode == 0, done.stderr
    assert "12 articles ingested" in done.stderr
    query = """PREFIX schema: <http://schema.org/>
SELECT ?date ?name WHERE { ?e a schema:Event ; schema:startDate ?date ; schema:attendee/schema:name ?name }"""
    rows = json.loads(run_cli("query", query, "--store", store, "--format", "json", check=True).stdout)
    found = Counter((b["date"]["value"][:10], b["name"]["value"]) for b in rows["results"]["bindings"])
    written = {i for a in small.articles[:12] for i in [a["id"]]}
    events = [e for e in small.events if set(e["articles"]) <= written]
    assert events
    hits = [e for e in events if all((e["date"], p["name"]) in found for p in e["participants"])]
    assert len(hits) >= len(events) / 2, (events, sorted(found))
