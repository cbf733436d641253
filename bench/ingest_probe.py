"""One measured run for bench/ingest_bench.py, in a process of its own; prints one JSON object.

    python bench/ingest_probe.py raw FILE.jsonl [--jobs N]
    python bench/ingest_probe.py ingest FILE.jsonl --store DIR [--jobs N] [--events FILE.events.json]

raw      spaCy `nlp.pipe` over the texts with the pipeline's own model (n_process = jobs), nothing else
ingest   `newsgraph ingest FILE --store DIR --jobs N`, run through the CLI's own entry point
         (newsgraph.cli.main) in this process, so that the SHACL gate can be timed batch by batch: with
         --jobs 1, the gate (pipeline.conforming) is wrapped with a timer that logs, per batch: the
         articles already stored, the batch size, the gate's seconds and CPU seconds (its thread's),
         the seconds and process CPU seconds since the start, and the machine's 1-minute load average
         (with --jobs N > 1 it runs in the worker processes, untimed). With --jobs 1 the main thread's
         CPU is also split by step (PHASES: extraction, RDF, the gate, fusion with the store, the
         store write), each step timed by wrapping the pipeline's own functions.
Both load the model (and, for ingest, the knowledge base and the shapes) before the clock starts, so
the figures are steady-state throughput, not start-up. CPU seconds are this process's and its
children's (spaCy's worker processes) from getrusage, and for ingest also the main thread's alone (all
the work after spaCy, which runs in another thread or in workers); peak RSS is this process's and the
largest child's.
With --events, the run ends by matching the store's events against the generated ground truth.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sys
import time
from pathlib import Path


def usage() -> dict:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"cpu": own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime,
            "rss_mb": own.ru_maxrss / 1024, "child_rss_mb": kids.ru_maxrss / 1024}


def texts_of(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def run_raw(path: Path, jobs: int) -> dict:
    from newsgraph.ingest.nlp import load_nlp
    nlp = load_nlp()
    texts = texts_of(path)
    list(nlp.pipe(texts[:4]))                     # warm-up
    before, start = usage(), time.perf_counter()
    for _ in nlp.pipe(texts, n_process=jobs):     # spaCy's default batch size
        pass
    return finish(start, before)


# step of the main thread -> the pipeline functions it runs in, as (owner, attribute)
PHASES = {
    "extraction (entities, events, quotations, dates)": [("pipeline.Ingester", "facts")],
    "RDF (to_rdf)": [("to_rdf", "article_triples")],
    "SHACL gate": [("pipeline", "conforming")],
    "fusion with the store (rules 2 and 3)": [("pipeline.Ingester", "fuse"), ("pipeline.Ingester", "settle")],
    "store write": [("pipeline.Ingester", "commit")],
    "unchanged check": [("pipeline.Ingester", "unchanged")],
}


def time_phases() -> dict:
    """Wrap the pipeline functions of each step of PHASES with a main-thread CPU timer; returns the
    totals (seconds), filled as the ingest runs."""
    from newsgraph import pipeline
    from newsgraph.ingest import to_rdf
    owners = {"pipeline": pipeline, "pipeline.Ingester": pipeline.Ingester, "to_rdf": to_rdf}
    totals = dict.fromkeys(PHASES, 0.0)

    def timed(phase, function):
        def wrapper(*args, **kwargs):
            cpu = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                totals[phase] += time.thread_time() - cpu
        return wrapper

    for phase, places in PHASES.items():
        for owner, name in places:
            setattr(owners[owner], name, timed(phase, getattr(owners[owner], name)))
    return totals


def run_ingest(path: Path, store: str, jobs: int) -> dict:
    from newsgraph import cli, pipeline
    from newsgraph.ingest.nlp import load_nlp
    load_nlp(), pipeline.resolver(), pipeline.validate([])    # warm-up: model, knowledge base, shapes
    gate_log: list[tuple] = []
    stored = [0]
    original = pipeline.conforming

    def timed_gate(graphs):
        if graphs == [[]]:     # the pipeline's warm-up (newsgraph/workers.py loads the shapes): no batch
            return original(graphs)
        t, cpu = time.perf_counter(), time.thread_time()
        verdicts = original(graphs)
        now = time.perf_counter()
        gate_log.append((stored[0], len(graphs), now - t, time.thread_time() - cpu, now - start,
                         time.process_time() - process_start, os.getloadavg()[0]))
        stored[0] += len(graphs)
        return verdicts

    phases = {}
    if jobs == 1:              # a worker process finds the gate by its name: only the original will do
        pipeline.conforming = timed_gate
        phases = time_phases()
    before, start, process_start = usage(), time.perf_counter(), time.process_time()
    main_start = time.thread_time()
    try:
        cli.main(["ingest", str(path), "--store", store, "--jobs", str(jobs)])
        code = 0
    except SystemExit as done:
        code = done.code or 0
    main_cpu = time.thread_time() - main_start     # the main thread alone: everything after spaCy
    result = finish(start, before)
    result.update(exit_code=code, gate=gate_log, main_cpu=main_cpu, phases=phases)
    return result


def finish(start: float, before: dict) -> dict:
    seconds = time.perf_counter() - start
    after = usage()
    return {"seconds": seconds, "cpu": after["cpu"] - before["cpu"], "rss_mb": after["rss_mb"],
            "child_rss_mb": after["child_rss_mb"]}


EVENTS = """PREFIX schema: <http://schema.org/>
SELECT ?e ?type ?date (GROUP_CONCAT(DISTINCT ?name; separator="|") AS ?names) WHERE {
  ?e a schema:Event ; a ?type ; schema:attendee/schema:name ?name . OPTIONAL { ?e schema:startDate ?date }
  FILTER(?type != schema:Event)
} GROUP BY ?e ?type ?date"""


def recall(store: str, events_file: Path) -> dict:
    """Share of generated events found in the store: same date and both participants among the attendees
    (and, stricter, also the same event type)."""
    from newsgraph.store import Store
    found: dict[str, list[tuple[str, set[str]]]] = {}
    for row in Store(store).query(EVENTS):
        if row["date"] is not None:
            names = set(row["names"].value.split("|"))
            found.setdefault(row["date"].value[:10], []).append((re.split("[/#]", row["type"].value)[-1], names))
    truth = json.loads(events_file.read_text(encoding="utf-8"))
    people = typed = 0
    for event in truth:
        wanted = {p["name"] for p in event["participants"]}
        matches = [t for t, names in found.get(event["date"], []) if wanted <= names]
        people += bool(matches)
        typed += event["type"] in matches
    return {"events": len(truth), "recall": people / len(truth), "recall_typed": typed / len(truth)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mode", choices=("raw", "ingest"))
    parser.add_argument("file", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--store")
    parser.add_argument("--events", type=Path)
    args = parser.parse_args(argv)
    if args.mode == "raw":
        result = run_raw(args.file, args.jobs)
    else:
        result = run_ingest(args.file, args.store, args.jobs)
        if args.events:
            result["truth"] = recall(args.store, args.events)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
