"""BENCHMARKS.md is shared by every benchmark: each one owns the block between its own markers."""
import re
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "BENCHMARKS.md"


def write_section(key: str, title: str, text: str) -> Path:
    """Replace (or append) the block between <!-- key --> and <!-- /key --> with `title` and `text`."""
    start, end = f"<!-- {key} -->", f"<!-- /{key} -->"
    block = f"{start}\n## {title}\n\n{text}\n{end}"
    current = BENCHMARKS.read_text(encoding="utf-8") if BENCHMARKS.exists() else "# Benchmarks\n"
    if start in current and end in current:
        current = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: block, current, flags=re.S)
    else:
        current = current.rstrip("\n") + "\n\n" + block + "\n"
    BENCHMARKS.write_text(current, encoding="utf-8")
    print(f"written to {BENCHMARKS}", file=sys.stderr)
    return BENCHMARKS


RESULTS = Path(__file__).resolve().parent / "data" / "results"


def save_results(bench: str, results: dict) -> Path:
    """Keep a bench's figures as JSON (bench/data/results/BENCH.json) for the summary that run.py
    writes at the top of BENCHMARKS.md. `results["goals"]`, when present, is a list of
    {"goal": what is asked, "figure": what was measured, "met": true | false | null}."""
    import json
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{bench}.json"
    path.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return path
