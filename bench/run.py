"""`make bench`: every benchmark in bench/, one after the other; each writes its section of BENCHMARKS.md,
then this writes the summary at its top (machine, how to reproduce, every goal with its figure).

    python bench/run.py [--quick] [--only NAME ...]

--quick: small data and short runs of every bench, nothing written (a smoke run, < 5 minutes).
--only:  run just these benches (e.g. --only endpoint throughput; --only alone rewrites the summary);
         the summary lists every goal from each bench's latest results (bench/data/results/*.json).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

from benchmarks_md import RESULTS, write_section

HERE = Path(__file__).resolve().parent
BENCHES = {  # name -> (script, arguments of a quick run); each bench is a script run on its own
    "ingest": ("ingest_bench.py", ["--quick"]),
    "endpoint": ("endpoint_bench.py", ["--triples", "60000", "--budget", "0.3", "--no-write"]),
    "throughput": ("throughput_bench.py", ["--triples", "60000", "--duration", "3", "--no-write"]),
    "export": ("export_bench.py", ["--triples", "30000", "--no-write"]),
    "virtuoso": ("virtuoso_bench.py", ["--quick"]),
}
PACKAGES = ["pyoxigraph", "rdflib", "rdflib-endpoint", "spacy", "gunicorn", "flask", "pyshacl", "matplotlib"]


def run(names: list[str], quick: bool) -> list[str]:
    failed = []
    for name in names:
        script, quick_args = BENCHES[name]
        if not (HERE / script).exists():
            print(f"bench: {script} is not there yet; skipped", file=sys.stderr)
            continue
        print(f"bench: {script}", file=sys.stderr, flush=True)
        started = time.monotonic()
        code = subprocess.run([sys.executable, str(HERE / script), *(quick_args if quick else [])]).returncode
        print(f"bench: {script} took {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
        if code != 0:
            failed.append(script)
    return failed


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or platform.machine())
    ram = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal"))) / 2**20
    versions = []
    for package in PACKAGES:
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            continue
    try:
        wrk = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.split()[1]
        versions.append(f"wrk {wrk}")
    except (OSError, IndexError):
        pass
    return (f"- CPU: {cpu}, {os.cpu_count()} cores; RAM {ram:.0f} GB; {platform.system()} {platform.release()}\n"
            f"- Python {platform.python_version()}; {', '.join(versions)}\n"
            f"- The machine was shared with other engineers' work while these ran (load averages from under 1 to "
            f"about 6 on its 2 cores; each section gives the load of its own run): absolute times are slower and "
            f"noisier than on an idle machine, so each bench times its contenders side by side, in turns where it "
            f"can.")


REPRODUCE = """```
make bench           # everything (full sizes: 1M and 5M triples, 1k and 10k articles; an hour or more)
make bench-quick     # every bench on small data, nothing written (under 5 minutes)
.venv/bin/python bench/run.py --only endpoint throughput   # some of them, then the summary again
.venv/bin/python bench/endpoint_bench.py --help            # each bench alone, with its own options
```
`make bench` installs the `bench` extra (rdflib-endpoint, uvicorn, matplotlib) and `wrk` (apt-get) when
missing. Generated data is cached under bench/data/ (gitignored): the first full run builds the 1M and
5M triple stores (bench/graphs.py, seeded) and the article corpora (bench/corpus.py)."""


def goals_table() -> str:
    rows = ["| goal | figure | met |", "|---|---|:-:|"]
    for path in sorted(RESULTS.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for g in data.get("goals", []):
            met = {True: "✅ met", False: "❌ not met", None: "(figure)"}[g.get("met")]
            rows.append(f"| {g['goal']} | {g['figure']} | {met} |")
    return "\n".join(rows) if len(rows) > 2 else "(no results yet: run `make bench`)"


def write_summary() -> None:
    text = (f"{machine()}\n\n### How to reproduce\n\n{REPRODUCE}\n\n### Every goal (issue 5)\n\n"
            f"{goals_table()}\n\nFigures from each bench's latest full run ({time.strftime('%Y-%m-%d')}); "
            "the sections below have the tables, the plots (bench/plots/) and what limits each missed goal.")
    write_section("summary", "Summary", text, first=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small data, short runs, nothing written")
    parser.add_argument("--only", nargs="*", choices=list(BENCHES), default=list(BENCHES),
                        help="these benches only (none: just rewrite the summary)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    failed = run(args.only, args.quick)
    if not args.quick:
        write_summary()
    print(f"bench: all done in {time.monotonic() - started:.0f} s"
          + (f"; failed: {', '.join(failed)}" if failed else ""), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
