"""Query latency: NewsGraph's /sparql vs raw pyoxigraph vs rdflib-endpoint, at 1M and 5M triples.

    python bench/endpoint_bench.py [--triples 1000000 5000000] [--skip-rdflib] [--budget S] [--no-write]

For each size (default 100k, 1M, 5M), the generated graph (bench/graphs.py) and the queries of bench/queries/*.rq (their
parameters picked from the data) are timed, median and 95th percentile of many runs:
   raw       pyoxigraph in this process: Store.query + serialisation to the format the server sends
   newsgraph `newsgraph serve` on a loopback port, one kept-alive HTTP connection; its floor
             (`ASK {}` over the same connection)
   (raw, newsgraph and the floor are timed in turns, blocks of ten runs each, so that all three
   see the same load of this shared machine)
   rdflib    rdflib-endpoint 0.6.3 (uvicorn) serving the same triples, one kept-alive connection;
             its load time and peak memory are measured too (it holds the graph in Python objects)
The peak memory of `serve` is read at each size. Tables go into BENCHMARKS.md (<!-- endpoint-bench -->),
plots into bench/plots/, figures into bench/data/results/endpoint.json.
"""
from __future__ import annotations

import argparse
import http.client
import os
import re
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox

from benchmarks_md import load_results, save_results, write_section
from graphs import build_store, queries, size_label, stored_triples, union_ntriples
from plotting import line_plot
from serving import gib, newsgraph_server, rdflib_server

ROOT = Path(__file__).resolve().parent.parent
JSON, TURTLE = "application/sparql-results+json", "text/turtle"
PEER_TIMEOUT = 120.0       # seconds rdflib-endpoint may take on one query before it counts as stuck
PEER_MEMORY = 12 * 2**30   # rdflib-endpoint is stopped past this (the machine has 24 GB, shared)


GRAPH_QUERY = re.compile(r"^\s*(DESCRIBE|CONSTRUCT)\b", re.M | re.I)


def media_type(query: str) -> str:
    """Turtle for a query that returns a graph, JSON results for the others."""
    return TURTLE if GRAPH_QUERY.search(query) else JSON


def stats(times: list[float]) -> dict[str, float]:
    """Median and 95th percentile, in milliseconds."""
    ms = sorted(t * 1000 for t in times)
    return {"median": statistics.median(ms), "p95": ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))],
            "runs": len(ms)}


def timed(fn, budget: float, max_runs: int = 500, min_runs: int = 5, warmup: int = 3) -> list[float]:
    """Seconds of each run of fn(), as many as fit in `budget` seconds."""
    for _ in range(warmup):
        fn()
    times: list[float] = []
    deadline = time.monotonic() + budget
    while len(times) < max_runs and (len(times) < min_runs or time.monotonic() < deadline):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return times


def timed_in_turns(fns: list, budget: float, max_runs: int = 2000, block: int = 10) -> list[list[float]]:
    """Runs of each fn(), in alternating blocks, so all see the same machine load (this machine is
    shared: timing one contender after the other would compare different loads)."""
    for _ in range(3):
        for f in fns:
            f()
    times: list[list[float]] = [[] for _ in fns]
    deadline = time.monotonic() + budget * len(fns)
    while len(times[0]) < max_runs and (len(times[0]) < 5 or time.monotonic() < deadline):
        for f, into in zip(fns, times, strict=True):
            for _ in range(block):
                t = time.perf_counter()
                f()
                into.append(time.perf_counter() - t)
                if time.monotonic() > deadline and len(into) >= 5:
                    break
    return times


def raw_runner(store: ox.Store, query: str):
    sys.path.insert(0, str(ROOT))
    from newsgraph.iris import PREFIXES
    mt = media_type(query)

    def run():
        result = store.query(query)
        if isinstance(result, ox.QueryTriples):
            return ox.serialize(result, None, ox.RdfFormat.from_media_type(mt), prefixes=PREFIXES)
        return result.serialize(format=ox.QueryResultsFormat.from_media_type(mt))
    return run


def http_runner(port: int, path: str, query: str, timeout: float = 600):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    target, mt = f"{path}?{urlencode({'query': query})}", media_type(query)

    def run():
        conn.request("GET", target, headers={"Accept": mt})
        response = conn.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"HTTP {response.status}: {body[:300]!r}")
        return body
    return run


# ---- the three contenders ----------------------------------------------------------------------------

def bench_raw_and_newsgraph(store_path: Path, qs, budget: float, workers: int) -> tuple[dict, dict, int]:
    """Per query: raw pyoxigraph in this process, the same query through `newsgraph serve`, and the
    server's floor, timed in turns; and serve's peak memory."""
    store = ox.Store.read_only(str(store_path))   # no background work while timing
    with newsgraph_server(store_path, workers) as server:
        floor = http_runner(server.port, "/sparql", "ASK {}")
        warm = time.monotonic() + 2
        while time.monotonic() < warm:
            floor()
        raw, ours = {}, {}
        for name, q in qs:
            raw_times, our_times, floor_times = timed_in_turns(
                [raw_runner(store, q), http_runner(server.port, "/sparql", q), floor], budget)
            raw[name], ours[name] = stats(raw_times), stats(our_times) | {"floor": stats(floor_times)["median"]}
        time.sleep(1)   # one more memory sample after the last query
        return raw, ours, server.peak_rss


def bench_rdflib(nt: Path, qs, budget: float) -> dict:
    """Load time, peak memory and per-query stats of rdflib-endpoint; where it could not go on, why."""
    started = time.monotonic()
    try:
        server, load = rdflib_server(nt, memory_limit=PEER_MEMORY)
    except (MemoryError, TimeoutError, RuntimeError) as e:
        return {"load_s": time.monotonic() - started, "stopped": f"loading: {e}", "queries": {}}
    out = {"load_s": load, "queries": {}}
    with server:
        for name, q in qs:
            run = http_runner(server.port, "/", q, timeout=PEER_TIMEOUT)
            t = time.perf_counter()
            try:
                run()
            except TimeoutError:
                out["queries"][name] = {"median": None, "over": PEER_TIMEOUT * 1000}
                print(f"  rdflib-endpoint: {name} still running after {PEER_TIMEOUT:g} s", file=sys.stderr)
                out["stopped"] = f"{name}: no answer within {PEER_TIMEOUT:g} s (later queries not run)"
                break
            first = time.perf_counter() - t
            runs = [first] if first > 5 else timed(run, budget, max_runs=50, min_runs=3, warmup=0)
            out["queries"][name] = stats(runs)
        out["peak_rss"] = server.peak_rss
    return out


# ---- one size ----------------------------------------------------------------------------------------

def bench_size(triples: int, args) -> dict:
    store_path = build_store(triples)
    n, qs = stored_triples(store_path), queries(store_path)
    print(f"{size_label(n)} triples: raw pyoxigraph and NewsGraph ...", file=sys.stderr, flush=True)
    load = os.getloadavg()[0]
    result = {"triples": n}
    result["raw"], result["newsgraph"], result["serve_peak_rss"] = bench_raw_and_newsgraph(
        store_path, qs, args.budget, args.workers)
    result["load_average"] = f"{load:.1f} → {os.getloadavg()[0]:.1f}"
    if n in args.previous:
        result["rdflib"] = args.previous[n]
    elif not args.skip_rdflib and n <= args.rdflib_max_triples:
        print("  rdflib-endpoint ...", file=sys.stderr, flush=True)
        result["rdflib"] = bench_rdflib(union_ntriples(store_path), qs, args.budget)
    return result


# ---- report ------------------------------------------------------------------------------------------

def ms(v) -> str:
    return "—" if v is None else f"{v:.2f}" if v < 100 else f"{v:,.0f}"


def size_table(r: dict) -> str:
    rows = [f"**{r['triples']:,} triples** (serve peak memory {gib(r['serve_peak_rss'])}; "
            f"load average {r['load_average']})", "",
            "| query | raw median / p95 (ms) | NewsGraph median / p95 (ms) | floor (ms) | NewsGraph ÷ raw "
            "| (NewsGraph − floor) ÷ raw | rdflib-endpoint median (ms) | rdflib ÷ NewsGraph |",
            "|---|---:|---:|---:|---:|---:|---:|---:|"]
    peer = r.get("rdflib", {}).get("queries", {})
    for name, raw in r["raw"].items():
        ours, p = r["newsgraph"][name], peer.get(name, {})
        if p.get("over"):
            peer_ms, speed = f"> {p['over']:,.0f}", f"> {p['over'] / ours['median']:.0f}×"
        elif p.get("median"):
            peer_ms, speed = ms(p["median"]), f"{p['median'] / ours['median']:.0f}×"
        else:
            peer_ms = speed = "—"
        rows.append(f"| {name} | {ms(raw['median'])} / {ms(raw['p95'])} | {ms(ours['median'])} / {ms(ours['p95'])} "
                    f"| {ms(ours['floor'])} | {ours['median'] / raw['median']:.2f}× "
                    f"| {(ours['median'] - ours['floor']) / raw['median']:.2f}× | {peer_ms} | {speed} |")
    if "rdflib" in r:
        peer = r["rdflib"]
        rows += ["", f"rdflib-endpoint: loaded in {peer['load_s']:.0f} s"
                     + (f", peak memory {gib(peer['peak_rss'])}" if peer.get("peak_rss") else "")
                     + (f"; stopped — {peer['stopped']}" if peer.get("stopped") else "") + "."]
    return "\n".join(rows)


NOTES = """Medians and 95th percentiles over repeated runs (a few seconds of runs per query and contender);
raw = pyoxigraph in this process, query + serialisation to the same format (JSON results; Turtle for
DESCRIBE). Raw, NewsGraph and the server floor (`ASK {}` over the same kept-alive connection) are
timed in alternating blocks, so all three see the same machine load (load averages in each table's
heading; this 2-core machine is shared). rdflib-endpoint is timed with fewer runs (one, when a run takes
over 5 s); `--keep-rdflib` reuses its figures of the last full run, as the run of 2026-11-26 04:17 did
(rdflib-endpoint takes ~10 minutes to load 5M triples).

**How to read the query goal.** As the team's standards put it for light lookups, the goal is the least
overhead above raw pyoxigraph plus the server's own floor: the summary judges (NewsGraph − floor) ≤ 1.3×
raw, and the floor < 1 ms. On the joins and aggregates the floor is noise and NewsGraph is 0.9–1.2× raw.

**What limits the missed figures** (run of 2026-11-26 04:17, load 0.3–2.7): the floor is 0.6–1.3 ms
(median of its blocks 0.78–0.92 ms), under 1 ms. The point lookups (`sources-per-event`,
`describe-an-event`, 0.2–0.5 ms raw) take 0.1–0.5 ms more than raw + floor, which is 1.25–2× raw: the
floor is measured with `ASK {}`, whose answer is a few bytes, while a lookup's answer is serialised,
framed and sent on from the query process (a few KB), and the query process that was waiting between
requests runs its query with colder caches than raw's hot loop. The hop to a query process is the price of
a timeout that really stops a query (pyoxigraph cannot cancel one); a ~0.3 ms lookup within 1.3× would
need a request path of ~0.1 ms, not a Python HTTP server with a process hop.
*≥ 20× faster than rdflib-endpoint* is met by the joins and aggregates at 1M (19–45×) and mostly at 5M
(23–41×), missed by the lookups (1–13×): rdflib-endpoint answers a point lookup from rdflib's in-memory
dict indexes in 2–9 ms (its own floor: uvicorn, FastAPI, rdflib's SPARQL parser), so a lookup can be at
most a few times faster anywhere. rdflib-endpoint pays instead in memory and start-up: 5.96 GB and ~10
minutes to load 5M triples, against ~170 MB and instant start for serve."""


def plot(results: list[dict]) -> list[Path]:
    """Median latency against size, one line per query, for each contender; and memory against size."""
    def median(r, who, name):
        entry = (r.get("rdflib", {}).get("queries", {}) if who == "rdflib" else r[who]).get(name, {})
        return entry.get("median")
    paths = []
    for who, title in (("newsgraph", "NewsGraph /sparql"), ("raw", "raw pyoxigraph"), ("rdflib", "rdflib-endpoint")):
        series = {name: [(r["triples"], median(r, who, name)) for r in results if median(r, who, name)]
                  for name in results[0]["raw"]}
        paths.append(line_plot(f"query-latency-{who}.png", f"{title}: median latency per query", "triples", "ms",
                               series, logx=True, logy=True))
    memory = {"NewsGraph serve (all processes, PSS)": [(r["triples"], r["serve_peak_rss"] / 2**20) for r in results],
              "rdflib-endpoint": [(r["triples"], r["rdflib"]["peak_rss"] / 2**20) for r in results
                                  if r.get("rdflib", {}).get("peak_rss")]}
    paths.append(line_plot("query-memory.png", "Peak memory while serving the queries", "triples", "MB", memory,
                           logx=True, logy=True))
    return paths


def goals(results: list[dict]) -> list[dict]:
    out = []
    for r in results:
        size = size_label(r["triples"])
        # the team's reading of "≤ 1.3× raw" for light lookups: the least overhead above raw plus the
        # server's own floor, i.e. (NewsGraph − floor) ≤ 1.3 × raw; on heavy queries the floor is noise
        ratios = {q: (r["newsgraph"][q]["median"] - r["newsgraph"][q]["floor"]) / r["raw"][q]["median"]
                  for q in r["raw"]}
        worst = max(ratios, key=ratios.get)
        within = sum(x <= 1.3 for x in ratios.values())
        out.append({"goal": f"queries at {size}: NewsGraph − request floor ≤ 1.3× raw pyoxigraph (median)",
                    "figure": f"{within} of {len(ratios)} queries within; worst {ratios[worst]:.2f}× ({worst}, "
                              f"a {r['raw'][worst]['median']:.2f} ms query)",
                    "met": within == len(ratios)})
        floors = [r["newsgraph"][q]["floor"] for q in r["raw"]]
        out.append({"goal": f"request floor at {size} (`ASK {{}}`, kept-alive connection) < 1 ms (median)",
                    "figure": f"{statistics.median(floors):.2f} ms (per query block: {min(floors):.2f}–"
                              f"{max(floors):.2f} ms)",
                    "met": statistics.median(floors) < 1.0})
        peer = r.get("rdflib", {}).get("queries", {})
        speeds = [(p.get("median") or p["over"]) / r["newsgraph"][q]["median"] for q, p in peer.items()]
        if speeds:
            out.append({"goal": f"queries at {size}: ≥ 20× faster than rdflib-endpoint (median)",
                        "figure": f"{sum(x >= 20 for x in speeds)} of {len(speeds)} queries; "
                                  f"{min(speeds):.0f}–{max(speeds):.0f}× (lookups lowest)",
                        "met": min(speeds) >= 20})
        out.append({"goal": f"peak memory of serve at {size}", "figure": gib(r["serve_peak_rss"]), "met": None})
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, nargs="+", default=[100_000, 1_000_000, 5_000_000])
    parser.add_argument("--skip-rdflib", action="store_true", help="do not run rdflib-endpoint")
    parser.add_argument("--rdflib-max-triples", type=int, default=10_000_000,
                        help="run rdflib-endpoint only up to this size")
    parser.add_argument("--budget", type=float, default=3.0, help="seconds of timing per query and contender")
    parser.add_argument("--workers", type=int, default=2, help="query workers of the NewsGraph server")
    parser.add_argument("--keep-rdflib", action="store_true",
                        help="reuse rdflib-endpoint's figures of the last full run where it has them (it takes long)")
    parser.add_argument("--rewrite", action="store_true", help="only rewrite the section from the last full run")
    parser.add_argument("--no-write", action="store_true", help="print only; leave BENCHMARKS.md alone")
    args = parser.parse_args(argv)

    last = load_results("endpoint").get("sizes", [])
    args.previous = {r["triples"]: r["rdflib"] for r in last if "rdflib" in r} if args.keep_rdflib else {}
    results = last if args.rewrite else [bench_size(t, args) for t in args.triples]
    text = "\n\n".join([*(size_table(r) for r in results), NOTES])
    print(text)
    if not args.no_write:
        paths = plot(results)
        links = " · ".join(f"[{p.stem.removeprefix('query-')}](bench/plots/{p.name})" for p in paths)
        save_results("endpoint", {"sizes": results, "goals": goals(results)})
        write_section("endpoint-bench", "Query latency (`bench/endpoint_bench.py`)",
                      f"{text}\n\nHow latency and memory grow with size (log–log): {links}\n\n"
                      + " ".join(f"![{p.stem}](bench/plots/{p.name})" for p in paths))
    return 0


if __name__ == "__main__":
    sys.exit(main())
