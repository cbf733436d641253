"""`make bench`: every benchmark in bench/, one after the other; each writes its section of BENCHMARKS.md.

    python bench/run.py [--quick]      --quick: smaller data, no rdflib-endpoint (a smoke run)
"""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = {  # script -> arguments of a quick run
    "ingest_bench.py": ["--quick"],
    "endpoint_bench.py": ["--articles", "2000", "--skip-rdflib", "--no-write", "--budget", "0.5"],
}


def main() -> int:
    quick = "--quick" in sys.argv[1:]
    failed = []
    for script, quick_args in BENCHES.items():
        path = HERE / script
        if not path.exists():
            print(f"bench: {script} is not there yet; skipped", file=sys.stderr)
            continue
        print(f"bench: {script}", file=sys.stderr, flush=True)
        if subprocess.run([sys.executable, str(path), *(quick_args if quick else [])]).returncode != 0:
            failed.append(script)
    if failed:
        print(f"bench: failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
