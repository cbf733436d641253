"""Query execution with real timeouts: a pool of worker processes that can be killed and replaced.

pyoxigraph's Python API cannot cancel a running query, so queries never run in the serving process:

    HTTP thread ──job──► worker process (read-only view of the store) ──H, D…, Z──► HTTP thread
                                                                                 └► client (chunked)

* The serving process (one gunicorn worker with a thread per request) holds the store read-write
  (for POST /articles). `--workers` query processes each open a read-only view of it
  (`Store.read_only`); they are started from a fork server (a clean single-threaded process), so
  replacing one is cheap and never forks the threaded server. A `memory:` store is served from a
  temporary on-disk copy (see backend.py), so every store takes this one path.
* A request takes an idle worker (waiting at most until its deadline), sends it the job and reads
  the answer with the deadline `--query-timeout` after the request started. When the deadline
  passes, the worker is killed (SIGKILL: the query really stops) and a fresh one is started in the
  background; the client gets 503 with a clear message. Other requests keep being served by the
  other workers meanwhile.
* Writes: a read-only view opened while another process writes is undefined in Oxigraph, so a write
  takes the pool exclusively (it waits for running queries to finish, new queries wait for it),
  flushes, and bumps the store generation; each worker re-opens its view before its next job
  when the generation changed, so queries see the new data at once.
* Streaming and the row cap: the worker serialises with pyoxigraph and sends 8 KiB chunks; the
  HTTP layer holds back the response head until the result is complete, the cap was hit, or
  HOLD_BYTES have arrived. So for results up to HOLD_BYTES, errors (timeout included) are proper
  HTTP errors and `X-NewsGraph-Truncated` is exact; a longer result streams on at once with the
  head sent (a failure after that closes the connection before the final chunk, as any streaming
  server must). No result is ever held whole in memory beyond HOLD_BYTES.
"""
from __future__ import annotations

import json
import multiprocessing
import queue
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

from newsgraph.errors import NewsGraphError

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
    def __init__(self, ctx, location: str):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=worker_main, args=(child, location), daemon=True,
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
    def __init__(self, location: str, workers: int, timeout: float):
        self.location, self.size, self.timeout = location, workers, timeout
        self._ctx = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(["pyoxigraph", "newsgraph.server.worker"])
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._generation = 0
        self._running = 0
        self._writing = False
        self._cond = threading.Condition()
        self._closed = False
        for _ in range(workers):
            self._idle.put(_Worker(self._ctx, location))

    # ---- queries -----------------------------------------------------------------------------

    def run(self, job: Job, deadline: float | None = None) -> Result:
        """Start `job`; returns once the head is known (raises QueryFailed/QueryTimeout/Busy)."""
        deadline = deadline or time.monotonic() + self.timeout
        self._enter(deadline)
        try:
            worker = self._take(deadline)
        except BaseException:
            self._leave()
            raise
        try:
            worker.conn.send((job, self._generation))
        except BaseException:
            self._replace(worker)
            self._leave()
            raise
        return _Stream(self, worker, deadline).start()   # the stream releases the worker

    def _take(self, deadline: float) -> _Worker:
        try:
            return self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise Busy(f"all {self.size} query workers stayed busy for {self.timeout:g} s; try again later")

    def _give_back(self, worker: _Worker) -> None:
        self._idle.put(worker)

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker (its query stops) and start a fresh one in the background."""
        def work():
            worker.kill()
            if not self._closed:
                self._idle.put(_Worker(self._ctx, self.location))
        threading.Thread(target=work, name="newsgraph-respawn", daemon=True).start()

    # ---- readers/writer exclusion --------------------------------------------------------------

    def _enter(self, deadline: float) -> None:
        with self._cond:
            while self._writing:
                if not self._cond.wait(max(0.0, deadline - time.monotonic())):
                    raise Busy("the store is being written; try again")
            self._running += 1

    def _leave(self) -> None:
        with self._cond:
            self._running -= 1
            self._cond.notify_all()

    @contextmanager
    def exclusive(self):
        """Hold off queries while the store is written; workers re-open their view afterwards."""
        with self._cond:
            while self._writing:
                self._cond.wait()
            self._writing = True
            while self._running:
                self._cond.wait()
        try:
            yield
        finally:
            with self._cond:
                self._generation += 1
                self._writing = False
                self._cond.notify_all()

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

    def __init__(self, executor: Executor, worker: _Worker, deadline: float):
        self.executor, self.worker, self.deadline = executor, worker, deadline
        self.held: list[bytes] = []
        self.done = False
        self.released = False

    def _recv(self) -> bytes:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0 or not self.worker.conn.poll(remaining):
            self._release(kill=True)
            raise QueryTimeout(f"the query was stopped after {self.executor.timeout:g} s "
                               f"(the server's --query-timeout)")
        try:
            return self.worker.conn.recv_bytes()
        except (EOFError, OSError):
            self._release(kill=True)
            raise QueryFailed(500, "the query worker died while answering")

    def start(self) -> Result:
        msg = self._recv()
        tag, payload = msg[:1], msg[1:]
        if tag == b"E":
            self._release()
            err = json.loads(payload)
            raise QueryFailed(err["status"], err["message"], err.get("kind"))
        head = json.loads(payload)
        size, truncated = 0, None
        while size < HOLD_BYTES:
            msg = self._recv()
            tag = msg[:1]
            if tag == b"D":
                self.held.append(msg[1:])
                size += len(msg) - 1
            elif tag == b"Z":
                truncated = json.loads(msg[1:])["truncated"]
                self._release()
                break
            else:  # E after the head: nothing was sent to the client yet
                self._release()
                err = json.loads(msg[1:])
                raise QueryFailed(err["status"], err["message"])
        return Result(head["kind"], head["media_type"], truncated, self)

    def __iter__(self) -> Iterator[bytes]:
        return self

    def __next__(self) -> bytes:
        if self.held:
            return self.held.pop(0)
        if self.released:
            raise StopIteration
        msg = self._recv()
        tag = msg[:1]
        if tag == b"D":
            return msg[1:]
        self._release(kill=tag != b"Z")
        if tag == b"Z":
            raise StopIteration
        raise QueryFailed(500, json.loads(msg[1:])["message"])  # mid-stream: the connection is cut

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
        self.executor._leave()
