"""Ingest throughput: the whole pipeline against raw spaCy `nlp.pipe` on the same texts, in the same run.

    python bench/ingest_bench.py [--rounds 5] [--corpus DIR] [--quick] [--no-write]

Texts: the five seeds plus, when it is there, the development corpus (../shared/corpus/articles).
raw       `nlp.pipe(texts)` with the pipeline's own spaCy model (language analysis only)
ingest    `newsgraph.pipeline.ingest_articles(articles, memory store)`: language analysis, entities,
          events, quotations, fusion, RDF, the SHACL gate and the store write, for every article
Both are warmed up once (model, knowledge base and shapes loaded), then timed over `--rounds`
rounds (a fresh store each round, so nothing is skipped); the median round counts. The ratio
ingest/raw is the share of raw NLP throughput the whole pipeline keeps (goal: >= 0.8).
The table is printed and written into BENCHMARKS.md between <!-- ingest-bench --> markers.
"""
from __future__ import annotations

import argparse
import io
import os
import platform
import statistics
import sys
import time
from pathlib import Path

from benchmarks_md import write_section

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus" / "articles"
BASE = "http://127.0.0.1:5000/"


def load_articles(corpus: Path | None):
    from newsgraph.ingest.readers import read_paths
    paths = [ROOT / "seeds"] + ([corpus] if corpus and corpus.is_dir() else [])
    return [a for a in read_paths(paths) if not isinstance(a, Exception)]


def time_raw(texts: list[str]) -> float:
    from newsgraph.ingest.nlp import load_nlp
    nlp = load_nlp()
    start = time.perf_counter()
    for _ in nlp.pipe(texts):  # spaCy's default batch size
        pass
    return time.perf_counter() - start


def time_ingest(articles, jobs: int = 1) -> float:
    from newsgraph.pipeline import ingest_articles
    from newsgraph.store import Store
    store = Store("memory:")
    start = time.perf_counter()
    summary = ingest_articles(articles, store, jobs=jobs, base_iri=BASE, err=io.StringIO())
    elapsed = time.perf_counter() - start
    if summary.articles != len(articles):
        raise SystemExit(f"ingest wrote {summary.articles} of {len(articles)} articles ({summary.rejected} rejected)")
    return elapsed


def measure(articles, rounds: int) -> dict:
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    time_raw(texts[:2]), time_ingest(articles[:2])  # warm up: model, knowledge base, shapes
    raw, ingest = [], []
    for _ in range(rounds):  # interleaved, so drift in the machine's speed hits both alike
        raw.append(time_raw(texts))
        ingest.append(time_ingest(articles))
    r, i = statistics.median(raw), statistics.median(ingest)
    return {"articles": len(texts), "words": words, "raw": r, "ingest": i, "ratio": r / i, "rounds": rounds}


def table(m: dict) -> str:
    rows = [
        "| run | seconds (median) | articles/s | words/s |",
        "|---|---:|---:|---:|",
        f"| raw `nlp.pipe` (spaCy only) | {m['raw']:.2f} | {m['articles'] / m['raw']:.1f} | {m['words'] / m['raw']:,.0f} |",
        f"| `newsgraph ingest` pipeline | {m['ingest']:.2f} | {m['articles'] / m['ingest']:.1f} | {m['words'] / m['ingest']:,.0f} |",
        "",
        f"**Ratio ingest / raw NLP throughput: {m['ratio']:.2f}** (goal >= 0.8).",
        "",
        f"Texts: {m['articles']} articles, {m['words']:,} words (the seeds and the development corpus). "
        f"Median of {m['rounds']} interleaved rounds after a warm-up; the pipeline writes into a fresh in-memory "
        f"store each round, SHACL gate included, one process (`--jobs 1`): spaCy analyses the next articles in a "
        f"background thread (its models release the GIL) while extraction, RDF, the SHACL gate (one validation run "
        f"per batch of 8 articles) and the store write run for the previous ones. "
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
        f"{time.strftime('%Y-%m-%d')}.",
    ]
    return "\n".join(rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of extra articles (default: %(default)s)")
    parser.add_argument("--quick", action="store_true", help="one round, seeds only (a smoke run); writes nothing")
    parser.add_argument("--no-write", action="store_true", help="print only; leave BENCHMARKS.md alone")
    args = parser.parse_args(argv)
    articles = load_articles(None if args.quick else args.corpus)
    m = measure(articles, 1 if args.quick else args.rounds)
    text = table(m)
    print(text)
    if not (args.quick or args.no_write):
        write_section("ingest-bench", "Ingest throughput (`bench/ingest_bench.py`)", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
