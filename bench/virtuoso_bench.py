"""The embedded store against Virtuoso Open Source (`--store sparql+http://…`): ingest of the generated
corpus, article graphs written again in place, and the bench queries, on both.

    python bench/virtuoso_bench.py [--articles 10000] [--seed 7] [--jobs 1] [--rounds 5] [--quick] [--no-write]

Texts: bench/corpus.py's generated news reports. Each store is fresh: an on-disk Oxigraph folder, and a
Virtuoso started for the run (tests/virtuoso.py: its own database folder and virtuoso.ini on loopback
ports, 160 MB of buffers, writes through /sparql-auth with digest authentication). Figures:
ingest    `newsgraph ingest FILE --store S --jobs J`, one process, wall seconds and the CPU seconds of
          the client (and its spaCy workers) and of virtuoso-t
rewrite   up to REWRITE_SAMPLE article graphs (evenly spread) read back and written again
          (`replace_graph`, one update request per article on Virtuoso): what the store itself costs
          per article, without the language analysis
queries   bench/queries/*.rq (parameters picked from the data by bench/graphs.py) through the Python
          API, as `newsgraph query` and the server's workers run them; median of --rounds after a warm-up;
          the answers of both stores are compared (same number of rows)
Results go to bench/data/results/virtuoso.json and the BENCHMARKS.md section <!-- virtuoso-bench -->.
--quick: 150 articles, 2 rounds, nothing written.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # newsgraph and tests.virtuoso

from benchmarks_md import RESULTS, save_results, write_section  # noqa: E402
from corpus import corpus_file  # noqa: E402
from graphs import DAYS, FIRST_DAY, PICKS, queries  # noqa: E402

from newsgraph.store import open_store  # noqa: E402
from tests.virtuoso import Virtuoso, available  # noqa: E402

WORK = HERE / "data" / "virtuoso-bench"
NEWSGRAPH = str(Path(sys.executable).parent / "newsgraph")
REWRITE_SAMPLE = 500
TITLE = "Virtuoso against the embedded store (`bench/virtuoso_bench.py`)"


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def process_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def ingest(corpus: Path, spec: str, jobs: int, env: dict, server_pid: int | None) -> dict:
    cpu, server_cpu, started = children_cpu(), server_pid and process_cpu(server_pid), time.monotonic()
    done = subprocess.run([NEWSGRAPH, "ingest", str(corpus), "--store", spec, "--jobs", str(jobs)],
                          env={**os.environ, **env}, capture_output=True, text=True)
    seconds = time.monotonic() - started
    if done.returncode != 0:
        raise SystemExit(f"ingest into {spec} failed:\n{done.stderr[-2000:]}")
    result = {"seconds": seconds, "client_cpu": children_cpu() - cpu, "summary": done.stderr.strip().splitlines()[-1]}
    if server_pid:
        result["server_cpu"] = process_cpu(server_pid) - server_cpu
    return result


def rewrite(spec: str, env: dict) -> dict:
    """Article graphs written again with the triples they hold (one replace_graph each); a spread
    sample on big stores, where every graph would take half an hour on Virtuoso."""
    os.environ.update(env)
    store = open_store(spec)
    graphs = sorted(g for g in store.graphs() if "/graph/" in g)
    graphs = graphs[::max(1, len(graphs) // REWRITE_SAMPLE)]
    contents = {g: list(store.triples(g)) for g in graphs}
    started = time.monotonic()
    for g in graphs:
        store.replace_graph(g, contents[g])
    store.flush()
    seconds = time.monotonic() - started
    return {"graphs": len(graphs), "seconds": seconds, "ms_per_graph": 1000 * seconds / max(1, len(graphs))}


def time_queries(spec: str, named: list[tuple[str, str]], rounds: int) -> dict:
    store = open_store(spec, read_only=True)
    out = {}
    for name, text in named:
        rows = _rows(store.query(text))  # warm-up
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            _rows(store.query(text))
            times.append(time.perf_counter() - started)
        out[name] = {"ms": 1000 * statistics.median(times), "rows": rows}
    return out


def _rows(result) -> int:
    return sum(1 for _ in result) if hasattr(result, "__iter__") else 1


def bench_queries(store_path: Path) -> list[tuple[str, str]]:
    """bench/queries/*.rq with parameters from the data (graphs.parameters); on a small corpus a pick
    that skips the first rows (OFFSET) may find nothing, and then takes the first row."""
    store = open_store(str(store_path), read_only=True)
    values = {}
    for name, pick in PICKS.items():
        rows = list(store.query(pick)) or list(store.query(re.sub(r" OFFSET \d+", "", pick)))
        values[name] = str(rows[0]["v"])
    del store
    middle = FIRST_DAY + dt.timedelta(days=DAYS // 2)
    values |= {"from": str(middle), "to": str(middle + dt.timedelta(days=92))}  # as graphs.parameters
    (store_path / "PARAMETERS.json").write_text(json.dumps(values, indent=1))
    return queries(store_path)


def export_differences(embedded: str, spec: str) -> dict[str, list[str]]:
    """N-Quads lines only one store's export has (the ingest run's IRI and time left out)."""
    def lines(store):
        out = subprocess.run([NEWSGRAPH, "export", "--store", store, "--format", "nquads"],
                             capture_output=True, text=True, check=True).stdout
        return {line for line in out.splitlines() if "/run/" not in line}
    a, b = lines(embedded), lines(spec)
    return {"embedded_only": sorted(a - b)[:20], "virtuoso_only": sorted(b - a)[:20],
            "counts": [len(a - b), len(b - a)]}


def stats(spec: str) -> str:
    return subprocess.run([NEWSGRAPH, "stats", "--store", spec], capture_output=True, text=True).stdout


def measure(n: int, seed: int, jobs: int, rounds: int) -> dict:
    corpus = corpus_file(n, seed)
    shutil.rmtree(WORK / f"{n}", ignore_errors=True)
    folder = (WORK / f"{n}").resolve()
    folder.mkdir(parents=True)
    embedded = str(folder / "embedded")
    res = {"articles": n, "seed": seed, "jobs": jobs, "rounds": rounds, "date": str(dt.date.today()),
           "load_start": os.getloadavg()[0]}
    log(f"ingest {corpus.name} into the embedded store")
    res["embedded_ingest"] = ingest(corpus, embedded, jobs, {}, None)
    with Virtuoso(folder / "virtuoso") as server:
        spec = server.store_url
        log(f"ingest {corpus.name} into Virtuoso at {server.url}")
        res["virtuoso_ingest"] = ingest(corpus, spec, jobs, server.env, server.process.pid)
        res["stats"], res["embedded_stats"] = stats(spec), stats(embedded)
        res["same_stats"] = res["stats"] == res["embedded_stats"]
        res["export_differences"] = export_differences(embedded, spec)
        log("queries")
        named = bench_queries(Path(embedded))
        res["embedded_queries"] = time_queries(embedded, named, rounds)
        res["virtuoso_queries"] = time_queries(spec, named, rounds)
        log("rewrite article graphs")
        res["embedded_rewrite"] = rewrite(embedded, {})
        res["virtuoso_rewrite"] = rewrite(spec, server.env)
        res["virtuoso_db_mb"] = sum(f.stat().st_size for f in (folder / "virtuoso").glob("*.db")) / 2**20
    res["embedded_db_mb"] = sum(f.stat().st_size for f in Path(embedded).rglob("*") if f.is_file()) / 2**20
    res["load_end"] = os.getloadavg()[0]
    return res


def section(r: dict) -> str:
    e, v = r["embedded_ingest"], r["virtuoso_ingest"]
    n = r["articles"]
    lines = [
        "| | embedded (Oxigraph folder) | Virtuoso 7.2 (`sparql+http://`) | Virtuoso ÷ embedded |",
        "|---|---:|---:|---:|",
        f"| ingest {n:,} articles, wall seconds | {e['seconds']:.0f} | {v['seconds']:.0f} | "
        f"{v['seconds'] / e['seconds']:.2f}× |",
        f"| ingest, articles/s | {n / e['seconds']:.1f} | {n / v['seconds']:.1f} | |",
        f"| ingest, CPU seconds of newsgraph | {e['client_cpu']:.0f} | {v['client_cpu']:.0f} | |",
        f"| ingest, CPU seconds of virtuoso-t | — | {v.get('server_cpu', 0):.0f} | |",
        f"| rewrite a stored article graph ({r['embedded_rewrite']['graphs']:,} of them), ms per article | "
        f"{r['embedded_rewrite']['ms_per_graph']:.1f} | "
        f"{r['virtuoso_rewrite']['ms_per_graph']:.1f} | "
        f"{r['virtuoso_rewrite']['ms_per_graph'] / r['embedded_rewrite']['ms_per_graph']:.0f}× |",
        f"| database on disk, MB | {r['embedded_db_mb']:.0f} | {r['virtuoso_db_mb']:.0f} | |",
    ]
    for name, eq in r["embedded_queries"].items():
        vq = r["virtuoso_queries"][name]
        same = "" if vq["rows"] == eq["rows"] else f" (rows differ: {eq['rows']} vs {vq['rows']})"
        lines.append(f"| query: {name.replace('-', ' ')}, ms{same} | {eq['ms']:.1f} | {vq['ms']:.1f} | "
                     f"{vq['ms'] / eq['ms']:.1f}× |")
    triples = next((line.split()[-1] for line in r["stats"].splitlines() if line.startswith("triples")), "?")
    lines += [
        "",
        f"Corpus: bench/corpus.py, {n:,} articles (seed {r['seed']}), `--jobs {r['jobs']}`; {triples} triples "
        f"in the union on Virtuoso once ingested; {same_data(r)} Query times: median of {r['rounds']} runs "
        "after a warm-up, through the Python API "
        "(`Store.query` / `RemoteStore.query`: for Virtuoso an HTTP request to its /sparql, the answer "
        "parsed from SPARQL JSON), every row read. Ingest and rewrite write one update request per article on "
        "Virtuoso (digest authentication: two round trips). Virtuoso: 7.2.5 (Debian bookworm), started for "
        "the run with NumberOfBuffers 20000. "
        f"Machine load (1-minute average): {r['load_start']:.1f} at the start, {r['load_end']:.1f} at the end; "
        f"other work shared this 2-CPU machine. {r['date']}." + (
            "" if n >= 10000 else f" The issue asks for the 10k-article corpus; this run has {n:,} articles, "
            "what the time on this shared machine allowed (10k is `python bench/virtuoso_bench.py`, about an "
            "hour of ingest per store here)."),
        "",
        "Reading the figures: ingest is dominated by the language analysis, the same on both stores; the "
        "difference is what the store costs: on Virtuoso each article is an HTTP update (the article graph, "
        "the union and the graph register in one request) and the fusion lookups are HTTP queries, and "
        f"virtuoso-t itself spends {v.get('server_cpu', 0) / v['client_cpu']:.1f}× the CPU of the ingest process. "
        "Rewriting an article graph that "
        "is already stored (a re-ingest of a changed article, a fusion re-point) costs much more on Virtuoso "
        "than a first write: the update first removes from the union the triples no other graph holds. "
        "Lookups pay an HTTP round trip and Virtuoso's query compilation (~3-10 ms); the aggregate over the "
        "whole graph is faster on Virtuoso.",
    ]
    return "\n".join(lines)


def same_data(r: dict) -> str:
    """Whether both stores ended with the same data, in a sentence."""
    only_embedded, only_virtuoso = r["export_differences"]["counts"]
    if not (only_embedded or only_virtuoso):
        return "both stores hold the same quads (exports compared, the ingest run's IRI and time aside)."
    events = [next((line.split()[-1] for line in r[k].splitlines() if line.startswith("events ")), "?")
              for k in ("embedded_stats", "stats")]
    booleans = all("XMLSchema#boolean" in q for side in ("embedded_only", "virtuoso_only")
                   for q in r["export_differences"][side])
    return (f"the exports differ: {only_embedded:,} quads only in the embedded store, {only_virtuoso:,} only "
            f"on Virtuoso; {events[0]} event nodes embedded, {events[1]} on Virtuoso." + (
                " Every differing quad is an xsd:boolean that Virtuoso gave back as 1 for true (the same value, "
                "another spelling); newsgraph/remote.py spells them back as written since this run." if booleans
                else ""))


def goals(r: dict) -> list[dict]:
    """Issue 6's benchmark line, for the summary bench/run.py writes."""
    e, v, n = r["embedded_ingest"], r["virtuoso_ingest"], r["articles"]
    slower = statistics.median(r["virtuoso_queries"][q]["ms"] / r["embedded_queries"][q]["ms"]
                               for q in r["embedded_queries"])
    figure = (f"{n:,} articles: ingest {n / v['seconds']:.1f} articles/s on Virtuoso, {n / e['seconds']:.1f} "
              f"embedded; bench queries {slower:.0f}× slower (median) on Virtuoso; same stats: "
              f"{'yes' if r['same_stats'] else 'no'}")
    return [{"goal": "ingest and query of the 10k-article corpus on Virtuoso against the embedded store "
                     "(issue 6)", "figure": figure, "met": True if n >= 10000 else None}]


def log(message: str) -> None:
    print(f"virtuoso bench: {message}", file=sys.stderr, flush=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="150 articles, 2 rounds, nothing written")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--from-results", action="store_true",
                        help="write the section again from bench/data/results/virtuoso.json (no run)")
    args = parser.parse_args(argv)
    if args.from_results:
        res = json.loads((RESULTS / "virtuoso.json").read_text())
        save_results("virtuoso", {**res, "goals": goals(res)})
        write_section("virtuoso-bench", TITLE, section(res))
        return 0
    if (why := available()) is not None:
        print(f"virtuoso bench: {why}; skipped", file=sys.stderr)
        return 0
    if args.quick:
        args.articles, args.rounds, args.no_write = 150, 2, True
    res = measure(args.articles, args.seed, args.jobs, args.rounds)
    text = section(res)
    print(text)
    if not res["same_stats"] or any(res["export_differences"]["counts"]):
        print(json.dumps({k: res[k] for k in ("stats", "embedded_stats", "export_differences")}, indent=1))
    if not args.no_write:
        save_results("virtuoso", {**res, "goals": goals(res)})
        write_section("virtuoso-bench", TITLE, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
