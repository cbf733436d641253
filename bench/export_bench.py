"""Export and load at 1M triples: `newsgraph export` / `newsgraph load` against pyoxigraph's own.

    python bench/export_bench.py [--triples 100000 1000000] [--no-write]

Every contender runs in its own child process, timed from outside, its peak memory (maximum resident
set) read with getrusage(RUSAGE_CHILDREN) by a small wrapper process:
  export  `newsgraph export --format turtle|nquads -o FILE` against Store.dump to a file (Turtle:
          the union default graph, as ours). For N-Quads, Store.dump can only write the whole store,
          the union default graph included, so ours is compared with pyoxigraph serialising the same
          quads (the named graphs), and per quad with Store.dump
  load    `newsgraph load FILE.nq` into a new store (one all-or-nothing transaction, named graphs and
          their union) against Store.bulk_load of the same file (not transactional, no union), and
          against bulk loading the same quads with their union (what ours writes, without the guarantee)
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from benchmarks_md import load_results, save_results, write_section
from graphs import build_store, size_label, stored_triples
from plotting import line_plot
from serving import gib

HERE = Path(__file__).resolve().parent
MEASURED = textwrap.dedent("""
    import json, resource, subprocess, sys, time
    t = time.perf_counter()
    code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
    seconds = time.perf_counter() - t
    print(json.dumps({"seconds": seconds, "rss": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024,
                      "code": code}))
""")
RAW_DUMP = textwrap.dedent("""
    import sys, pyoxigraph as ox
    store, fmt = ox.Store.read_only(sys.argv[1]), ox.RdfFormat.from_extension(sys.argv[3])
    if sys.argv[4] == "same":   # the quads of the named graphs, as ours writes (no Store.dump can)
        graphs = sorted(store.named_graphs(), key=str)
        quads = (q for g in graphs for q in store.quads_for_pattern(None, None, None, g))
        ox.serialize(quads, sys.argv[2], fmt)
    else:
        graph = {"from_graph": ox.DefaultGraph()} if not fmt.supports_datasets else {}
        store.dump(sys.argv[2], fmt, **graph)
""")
RAW_LOAD = textwrap.dedent("""
    import sys, pyoxigraph as ox
    sys.path.insert(0, sys.argv[3])
    from graphs import with_union
    store = ox.Store(sys.argv[2])
    if sys.argv[4] == "plain":
        store.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_QUADS)
    else:
        store.bulk_extend(with_union(ox.parse(path=sys.argv[1], format=ox.RdfFormat.N_QUADS)))
    store.flush()
""")


def measured(argv: list[str]) -> dict:
    """Seconds and peak resident bytes of the command `argv` (run in a child of a child)."""
    out = subprocess.run([sys.executable, "-c", MEASURED, *argv], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    if result["code"]:
        raise RuntimeError(f"{' '.join(argv[:3])} … exited with {result['code']}")
    return result


def lines(path: Path) -> int:
    with open(path, "rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


def newsgraph_exe() -> str:
    return shutil.which("newsgraph", path=str(Path(sys.executable).parent)) or "newsgraph"


def bench_export(store: Path, work: Path) -> dict:
    out = {}
    for fmt, ext in (("turtle", "ttl"), ("nquads", "nq")):
        ours_file, raw_file = work / f"ours.{ext}", work / f"raw.{ext}"
        print(f"  export {fmt} ...", file=sys.stderr, flush=True)
        ours = measured([newsgraph_exe(), "export", "--store", str(store), "--format", fmt, "-o", str(ours_file)])
        raw = measured([sys.executable, "-c", RAW_DUMP, str(store), str(raw_file), ext, "dump"])
        ours["bytes"], raw["bytes"] = ours_file.stat().st_size, raw_file.stat().st_size
        out[fmt] = {"newsgraph": ours, "raw": raw}
        if fmt == "nquads":
            ours["quads"], raw["quads"] = lines(ours_file), lines(raw_file)
            out[fmt]["raw same quads"] = measured([sys.executable, "-c", RAW_DUMP, str(store), str(raw_file), ext,
                                                   "same"])
        raw_file.unlink()
    return out


def bench_load(nquads: Path, work: Path) -> dict:
    out = {}
    runs = {"newsgraph": lambda target: [newsgraph_exe(), "load", str(nquads), "--store", str(target)],
            "raw bulk_load": lambda target: [sys.executable, "-c", RAW_LOAD, str(nquads), str(target), str(HERE), "plain"],
            "raw bulk + union": lambda target: [sys.executable, "-c", RAW_LOAD, str(nquads), str(target), str(HERE),
                                                "union"]}
    for name, argv in runs.items():
        print(f"  load: {name} ...", file=sys.stderr, flush=True)
        target = work / f"load-{name.replace(' ', '-')}"
        out[name] = measured(argv(target))
        shutil.rmtree(target, ignore_errors=True)
    return out


def ratio(ours: dict, raw: dict, per_quad: bool) -> float:
    if per_quad:
        return (ours["seconds"] / ours["quads"]) / (raw["seconds"] / raw["quads"])
    return ours["seconds"] / raw["seconds"]


LIMITS = """`newsgraph load` is all or nothing: it bulk loads the file, and the union of its graphs, into a
checkpoint of the store (hard links, milliseconds) with Oxigraph's bulk loader, and the checkpoint
then takes the store's place in one atomic rename (renameat2 RENAME_EXCHANGE); a kill -9 before the
swap leaves the store as it was (tests/test_store.py). Until 2026-11-26 it was one Store.extend
transaction, ~80% of its time in Oxigraph's transactional insert (py-spy): the same 1.74M quads
took 3 min 54 s and 4.07 GB peak then, 1 min 12 s and 2.03 GB now (same machine, same hour; both
stores hold the same 1,736,884 quads and 1,000,448 union triples). What is left over the raw bulk
load is the union it writes beside the named graphs (twice the quads) and the Python generator that
feeds the loader both. Exports: a graph format is Oxigraph's own dump of the union graph; a dataset
format streams each named graph's quads as stored (no Python copy per quad), so the only overhead
left is the command's start-up."""


def table(n: int, export: dict, load: dict, quads: int) -> str:
    rows = [f"{n:,} union triples ({quads:,} quads in the named graphs).", "",
            "| task | NewsGraph (s) | peak memory | pyoxigraph (s) | peak memory | NewsGraph ÷ pyoxigraph |",
            "|---|---:|---:|---:|---:|---:|"]
    for fmt, r in export.items():
        ours, raw = r["newsgraph"], r["raw"]
        if fmt == "nquads":
            same = r["raw same quads"]
            rows.append(f"| export nquads vs pyoxigraph serialising the same quads | {ours['seconds']:.1f} "
                        f"| {gib(ours['rss'])} | {same['seconds']:.1f} | {gib(same['rss'])} "
                        f"| {ours['seconds'] / same['seconds']:.2f}× |")
            rows.append(f"| export nquads vs Store.dump (the whole store: {raw['quads']:,} quads, the union "
                        f"included; per quad) | {ours['seconds']:.1f} | {gib(ours['rss'])} | {raw['seconds']:.1f} "
                        f"| {gib(raw['rss'])} | {ratio(ours, raw, True):.2f}× |")
        else:
            rows.append(f"| export {fmt} vs Store.dump of the union graph | {ours['seconds']:.1f} | {gib(ours['rss'])} "
                        f"| {raw['seconds']:.1f} | {gib(raw['rss'])} | {ratio(ours, raw, False):.2f}× |")
    ours = load["newsgraph"]
    for name in ("raw bulk_load", "raw bulk + union"):
        raw = load[name]
        rows.append(f"| load N-Quads vs {name} | {ours['seconds']:.1f} | {gib(ours['rss'])} | {raw['seconds']:.1f} "
                    f"| {gib(raw['rss'])} | {ours['seconds'] / raw['seconds']:.2f}× |")
    return "\n".join(rows)


def goals(n: int, export: dict, load: dict) -> list[dict]:
    out = []
    for fmt, r in export.items():
        x = ratio(r["newsgraph"], r.get("raw same quads", r["raw"]), False)
        out.append({"goal": f"export {fmt} of {size_label(n)} ≤ 1.2× pyoxigraph"
                            + (" serialising the same quads" if fmt == "nquads" else "'s dump"),
                    "figure": f"{x:.2f}× ({r['newsgraph']['seconds']:.1f} s, {gib(r['newsgraph']['rss'])})",
                    "met": x <= 1.2})
    ours, raw = load["newsgraph"], load["raw bulk_load"]
    out.append({"goal": f"`newsgraph load` of {size_label(n)} against Store.bulk_load (no goal set)",
                "figure": f"{ours['seconds']:.0f} s, {gib(ours['rss'])} vs {raw['seconds']:.0f} s, {gib(raw['rss'])}",
                "met": None})
    return out


def bench_size(triples: int) -> dict:
    store = build_store(triples)
    n = stored_triples(store)
    print(f"{size_label(n)} triples: export and load ...", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(dir=HERE / "data", prefix="export-") as tmp:
        work = Path(tmp)
        export = bench_export(store, work)
        load = bench_load(work / "ours.nq", work)
    startup = min(measured([newsgraph_exe(), "--help"])["seconds"] for _ in range(3))
    return {"triples": n, "export": export, "load": load, "startup_s": startup}


def plot(results: list[dict]) -> Path:
    def points(pick):
        return [(r["triples"], pick(r)) for r in results]
    series = {f"{label}": points(pick) for label, pick in {
        "newsgraph export turtle": lambda r: r["export"]["turtle"]["newsgraph"]["seconds"],
        "Store.dump turtle": lambda r: r["export"]["turtle"]["raw"]["seconds"],
        "newsgraph export nquads": lambda r: r["export"]["nquads"]["newsgraph"]["seconds"],
        "newsgraph load nquads": lambda r: r["load"]["newsgraph"]["seconds"],
        "Store.bulk_load nquads": lambda r: r["load"]["raw bulk_load"]["seconds"],
    }.items()}
    return line_plot("export-load.png", "Export and load time against size", "triples", "seconds", series,
                     logx=True, logy=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--rewrite", action="store_true", help="only rewrite the section from the last full run")
    parser.add_argument("--no-write", action="store_true", help="print only; leave BENCHMARKS.md alone")
    args = parser.parse_args(argv)
    results = load_results("export")["sizes"] if args.rewrite else [bench_size(t) for t in args.triples]
    text = "\n\n".join(table(r["triples"], r["export"], r["load"], r["export"]["nquads"]["newsgraph"]["quads"])
                       + f"\n\nIncluded in each NewsGraph figure: the command's start-up (`newsgraph --help`), "
                         f"{r['startup_s']:.2f} s." for r in results)
    print(text)
    if not args.no_write:
        path = plot(results)
        last = results[-1]
        save_results("export", {"sizes": results, "goals": goals(last["triples"], last["export"], last["load"])})
        write_section("export-bench", "Export and load (`bench/export_bench.py`)",
                      f"{text}\n\n{LIMITS}\n\n![export and load against size](bench/plots/{path.name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
