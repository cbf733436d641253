"""Query execution with real timeouts: a pool of worker processes that can be killed and replaced.

pyoxigraph's Python API cannot cancel a running query, so queries never run in the serving process:

    HTTP thread ──job──► worker process (read-only view of the store) ──H, D…, Z──► HTTP thread
                                                                                 └► client (chunked)

* The serving process (one gunicorn worker with a thread per request) holds the store read-write
  (for POST /articles and the in-process page lookups). The `--workers` query processes never open
  that live store: Oxigraph leaves "read-only while another process writes" undefined, and RocksDB
  compacts in the background at any time. They open an immutable *snapshot* of it instead
  (`Store.backup`: a RocksDB checkpoint made of hard links, ~10-80 ms, no copy) read-only. After
  each write the backend takes a new snapshot and `publish`es it; each worker re-opens onto the
  newest snapshot before its next job, so queries see new data at once, and a snapshot is deleted
  when no running query uses it any more. Writes never wait for queries, nor queries for writes.
  Workers are started from a fork server (a clean single-threaded process), so replacing one is
  cheap and never forks the threaded server. A `memory:` store is served from a temporary on-disk
  store (see backend.py), so every store takes this one path.
* A request takes an idle worker (waiting at most until its deadline), sends it the job and reads
  the answer with the deadline `--query-timeout` after the request started. When the deadline
  passes, the worker is killed (SIGKILL: the query really stops) and a fresh one is started in the
  background; the client gets 503 with a clear message. Other requests keep being served by the
  other workers meanwhile.
* Streaming and the row cap: the worker serialises with pyoxigraph and sends a small answer as one
  message, a longer one in 64 KiB chunks (worker.py). The HTTP layer holds back the response head
  until the answer is complete, the cap was hit, or HOLD_BYTES have arrived. So for answers up to
  HOLD_BYTES, errors (timeout included) are proper HTTP errors, `X-NewsGraph-Truncated` is exact and
  the body goes out with a Content-Length; a longer answer streams on (chunked) as the worker writes
  it (a failure after the head was sent closes the connection before the final chunk, as any
  streaming server must). No answer is held in memory beyond HOLD_BYTES.
* Messages go over a socketpair per worker, marshal-framed (channel.py). Idle workers are taken
  last-in first-out, so a light load keeps one worker's caches warm.
* Costs, measured (BENCHMARKS.md): the hop to a worker and back is ~0.1-0.2 ms on a 2-CPU machine
  (two process wake-ups, and a query runs somewhat slower in a worker that was waiting than in a
  hot loop); one HTTP request on a kept-alive connection costs ~0.8 ms all told (`ASK {}`).
"""
from __future__ import annotations

import multiprocessing
import queue
import shutil
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator

from newsgraph.errors import NewsGraphError

from .channel import Channel
from .worker import Job, worker_main

HOLD_BYTES = 4 * 1024 * 1024


class QueryTimeout(NewsGraphError):
    """The query ran past --query-timeout and was stopped."""
    status = 503


class Busy(NewsGraphError):
    """No worker became free before the request's deadline."""
    status = 503


class QueryFailed(NewsGraphError):
    """A failure reported by the worker, with its HTTP status (400 syntax, 406, 500 …)."""

    def __init__(self, status: int, message: str, kind: str | None = None):
        super().__init__(message)
        self.status, self.kind = status, kind


class _Worker:
    def __init__(self, ctx):
        self.conn, child = ctx.Pipe()   # a socketpair; messages go over it as channel.py frames them
        self.channel = Channel(self.conn.fileno())
        self.process = ctx.Process(target=worker_main, args=(child,), daemon=True,
                                   name="newsgraph-query")
        self.process.start()
        child.close()

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.join(5)
        except Exception:
            pass
        self.conn.close()


@dataclass
class Result:
    """An answer being streamed: its head is known, `chunks` yields the body and releases the worker."""
    kind: str
    media_type: str
    truncated: bool | None          # None: not known before the body streams (a long result)
    chunks: "_Stream" = field(repr=False)


class Executor:
    def __init__(self, snapshot: str, workers: int, timeout: float):
        self.size, self.timeout = workers, timeout
        self._ctx = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(["pyoxigraph", "newsgraph.server.worker"])
        self._idle: queue.Queue[_Worker] = queue.LifoQueue()   # the last used: its caches are warm
        self._lock = threading.Lock()
        self._snapshot = snapshot                  # the newest snapshot: new jobs read it
        self._in_use: Counter[str] = Counter()     # running jobs per snapshot
        self._retired: list[str] = []              # older snapshots, deleted once unused
        self._closed = False
        for _ in range(workers):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        return _Worker(self._ctx)

    # ---- queries -----------------------------------------------------------------------------

    def run(self, job: Job, deadline: float | None = None) -> Result:
        """Start `job`; returns once the head is known (raises QueryFailed/QueryTimeout/Busy)."""
        deadline = deadline or time.monotonic() + self.timeout
        worker = self._take(deadline)
        with self._lock:
            snapshot = self._snapshot
            self._in_use[snapshot] += 1
        try:
            worker.channel.send((*job, snapshot))
        except BaseException:
            self._replace(worker)
            self._done_with(snapshot)
            raise
        return _Stream(self, worker, snapshot, deadline).start()   # the stream releases the worker

    # ---- snapshots ---------------------------------------------------------------------------

    def publish(self, snapshot: str) -> None:
        """Make `snapshot` the one new jobs read; older ones go once their queries are done."""
        with self._lock:
            self._retired.append(self._snapshot)
            self._snapshot = snapshot
        self._sweep()

    def _done_with(self, snapshot: str) -> None:
        with self._lock:
            self._in_use[snapshot] -= 1
            if not self._retired:
                return
        self._sweep()

    def _sweep(self) -> None:
        with self._lock:
            unused = [s for s in self._retired if self._in_use[s] <= 0]
            self._retired = [s for s in self._retired if s not in unused]
        for path in unused:
            shutil.rmtree(path, ignore_errors=True)

    def _take(self, deadline: float) -> _Worker:
        try:
            return self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise Busy(f"all {self.size} query workers stayed busy for {self.timeout:g} s; try again later") from None

    def _give_back(self, worker: _Worker) -> None:
        self._idle.put(worker)

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker (its query stops) and start a fresh one in the background."""
        def work():
            worker.kill()
            if not self._closed:
                self._idle.put(self._start())
        threading.Thread(target=work, name="newsgraph-respawn", daemon=True).start()

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                break


class _Stream:
    """Reads a worker's messages against the deadline; iterating yields the body's chunks.

    A class with close() rather than a generator, so that the WSGI server's close() releases the
    worker even when the body was never iterated (HEAD, a client gone before the first byte)."""

    def __init__(self, executor: Executor, worker: _Worker, snapshot: str, deadline: float):
        self.executor, self.worker, self.snapshot, self.deadline = executor, worker, snapshot, deadline
        self.held: list[bytes] = []
        self.done = False
        self.released = False

    def _recv(self) -> tuple:
        try:
            return self.worker.channel.recv(self.deadline)
        except TimeoutError:
            self._release(kill=True)
            raise QueryTimeout(f"the query was stopped after {self.executor.timeout:g} s "
                               f"(the server's --query-timeout)") from None
        except (EOFError, OSError):
            self._release(kill=True)
            raise QueryFailed(500, "the query worker died while answering") from None

    def start(self) -> Result:
        """Read up to the head; hold back the first HOLD_BYTES of a long answer (see above)."""
        msg = self._recv()
        if msg[0] == "A":
            _, kind, media_type, data, truncated = msg
            self.held.append(data)
            self._release()
            return Result(kind, media_type, truncated, self)
        if msg[0] == "E":
            self._release()
            raise QueryFailed(msg[1], msg[2], msg[3])
        _, kind, media_type = msg
        size, truncated = 0, None
        while size < HOLD_BYTES:
            msg = self._recv()
            if msg[0] == "D":
                self.held.append(msg[1])
                size += len(msg[1])
            elif msg[0] == "Z":
                truncated = msg[1]
                self._release()
                break
            else:  # E after the head: nothing was sent to the client yet
                self._release()
                raise QueryFailed(msg[1], msg[2], msg[3])
        return Result(kind, media_type, truncated, self)

    def __iter__(self) -> Iterator[bytes]:
        return self

    def __next__(self) -> bytes:
        if self.held:
            return self.held.pop(0)
        if self.released:
            raise StopIteration
        msg = self._recv()
        if msg[0] == "D":
            return msg[1]
        self._release(kill=msg[0] != "Z")
        if msg[0] == "Z":
            raise StopIteration
        raise QueryFailed(500, msg[2])  # mid-stream: the connection is cut

    def close(self) -> None:
        self._release(kill=True)   # only kills a worker that has not finished its answer

    def _release(self, kill: bool = False) -> None:
        if self.released:
            return
        self.released = True
        if kill:
            self.executor._replace(self.worker)
        else:
            self.executor._give_back(self.worker)
        self.executor._done_with(self.snapshot)
