"""Does the SHACL gate itself slow down as one process runs it again and again?

    python bench/gate_probe.py [--validations 1500] [--block 100]

The seed articles are ingested into a throw-away store; their five article graphs (about 1,600 triples,
the size of a gate batch) are then validated together, the way the gate (pipeline.conforming) checks
a batch, as many times as asked, in this one process. Printed per block of validations: CPU and wall milliseconds per
validation. A gate whose cost grew with the work already done in the process would show a rising
column; the ingest benchmark's gate step (BENCHMARKS.md, "SHACL gate cost as the store grows") is
read against it.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.ontology.validate import validate_triples  # noqa: E402
from newsgraph.store import Store  # noqa: E402


def seed_batch() -> list:
    """The triples of the seed articles' graphs, as one batch."""
    folder = tempfile.mkdtemp()
    newsgraph = str(Path(sys.executable).parent / "newsgraph")
    subprocess.run([newsgraph, "ingest", str(ROOT / "seeds"), "--store", f"{folder}/store"], check=True,
                   capture_output=True)
    store = Store(f"{folder}/store", read_only=True)
    return [t for graph in store.graphs() for t in store.triples(graph)]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--validations", type=int, default=1500)
    parser.add_argument("--block", type=int, default=100)
    args = parser.parse_args(argv)
    batch = seed_batch()
    print(f"{len(batch)} triples per validation", flush=True)
    wall, cpu = time.perf_counter(), time.process_time()
    for i in range(1, args.validations + 1):
        assert validate_triples(batch).conforms
        if i % args.block == 0:
            now, now_cpu = time.perf_counter(), time.process_time()
            print(f"{i:6d} validations: {1e3 * (now_cpu - cpu) / args.block:6.1f} CPU ms each, "
                  f"{1e3 * (now - wall) / args.block:6.1f} ms", flush=True)
            wall, cpu = now, now_cpu
    return 0


if __name__ == "__main__":
    sys.exit(main())
