"""BENCHMARKS.md is shared by every benchmark: each one owns the block between its own markers."""
import re
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "BENCHMARKS.md"


def write_section(key: str, title: str, text: str, first: bool = False) -> Path:
    """Replace (or add) the block between <!-- key --> and <!-- /key --> with `title` and `text`.

    A new block goes at the end, or right under the page title when `first`."""
    start, end = f"<!-- {key} -->", f"<!-- /{key} -->"
    block = f"{start}\n## {title}\n\n{text}\n{end}"
    current = BENCHMARKS.read_text(encoding="utf-8") if BENCHMARKS.exists() else "# Benchmarks\n"
    if start in current and end in current:
        current = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: block, current, flags=re.S)
    elif first:
        title_line, _, rest = current.partition("\n")
        current = f"{title_line}\n\n{block}\n\n{rest.lstrip(chr(10))}"
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


def load_results(bench: str) -> dict:
    """The figures save_results kept for `bench` ({} before its first full run)."""
    import json
    path = RESULTS / f"{bench}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
