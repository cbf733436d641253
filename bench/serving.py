"""The servers the benches talk to: `newsgraph serve` and rdflib-endpoint, started on a free loopback
port, with their peak memory read from /proc (the whole process group: gunicorn's arbiter, its HTTP
worker and the query processes)."""
from __future__ import annotations

import http.client
import os
import shutil
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.ports
from tests.ports import free_port  # noqa: E402

RDFLIB_SERVER = textwrap.dedent("""
    import sys, rdflib, uvicorn
    from rdflib_endpoint import SparqlEndpoint
    graph = rdflib.Graph()
    graph.parse(sys.argv[1], format="nt")
    print("loaded", len(graph), file=sys.stderr, flush=True)
    uvicorn.run(SparqlEndpoint(graph=graph), host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
""")


class Server:
    """A server process (its own session, so its group is exactly its processes) and its port."""

    def __init__(self, argv: list[str], port: int, path: str):
        self.port, self.path = port, path
        self.proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     start_new_session=True)
        self.peak_rss = 0   # bytes, summed over the group, sampled by watch()
        self._watching = True
        threading.Thread(target=self._watch, daemon=True).start()

    def _watch(self, every: float = 0.5) -> None:
        while self._watching and self.proc.poll() is None:
            self.peak_rss = max(self.peak_rss, group_rss(self.proc.pid))
            time.sleep(every)

    def wait_ready(self, probe: str, timeout: float, memory_limit: int | None = None) -> float:
        """Seconds until `probe` answers; raises when the process dies, the time runs out or the
        group's memory passes `memory_limit` bytes."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}")
            if memory_limit and self.peak_rss > memory_limit:
                raise MemoryError(f"passed {memory_limit / 2**30:.0f} GB after {time.monotonic() - started:.0f} s")
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
            try:
                conn.request("GET", probe)
                if conn.getresponse().status < 500:
                    return time.monotonic() - started
            except OSError:
                pass
            finally:
                conn.close()
            time.sleep(0.5)  # after a 5xx too: a server still starting is not polled in a busy loop
        raise TimeoutError(f"not ready after {timeout:.0f} s")

    def stop(self) -> None:
        self._watching = False
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, 9)
                self.proc.wait()

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.stop()


def newsgraph_server(store_path: Path, workers: int = 2, ready_timeout: float = 300) -> Server:
    exe = shutil.which("newsgraph", path=str(Path(sys.executable).parent)) or "newsgraph"
    port = free_port()
    server = Server([exe, "serve", "--store", str(store_path), "--port", str(port), "--workers", str(workers),
                     "--max-rows", "100000"], port, "/sparql")
    try:
        server.wait_ready("/healthz", ready_timeout)
    except BaseException:
        server.stop()
        raise
    return server


def rdflib_server(nt: Path, ready_timeout: float = 3600, memory_limit: int | None = None) -> tuple[Server, float]:
    """rdflib-endpoint serving the N-Triples file `nt`, and the seconds it took to load it."""
    port = free_port()
    server = Server([sys.executable, "-c", RDFLIB_SERVER, str(nt), str(port)], port, "/")
    try:
        return server, server.wait_ready("/?query=ASK%20%7B%7D", ready_timeout, memory_limit)
    except BaseException:
        server.stop()
        raise


def group_rss(pgid: int) -> int:
    """Memory of every process in group `pgid` now: the sum of their proportional set sizes (PSS,
    so pages the forked processes share are counted once, not once per process)."""
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            if os.getpgid(int(pid)) != pgid:
                continue
            with open(f"/proc/{pid}/smaps_rollup") as f:
                total += next(int(line.split()[1]) * 1024 for line in f if line.startswith("Pss:"))
        except (OSError, ValueError, IndexError, StopIteration):
            continue
    return total


def gib(n: int) -> str:
    return f"{n / 2**30:.2f} GB" if n >= 2**30 else f"{n / 2**20:.0f} MB"
