"""What the app holds, in one object: `current_app.extensions["newsgraph"]`.

    backend.store      the read-write Store (this process only; cheap in-process reads are fine)
    backend.base_iri   the base IRI served here (ends in '/'); backend.minter mints under it
    backend.ingest_base  the base POST /articles mints under (--base-iri if given, else NEWSGRAPH_BASE_IRI)
    backend.settings   query_timeout, max_rows, max_body, token
    backend.executor   runs user queries in killable worker processes (executor.py)
    backend.query(...) run a query through the executor (timeout and row cap applied)
    backend.write(fn)  run fn(store) as a write (one at a time); then the query workers see it

Query workers read snapshots of the store (executor.py); Snapshots makes them: RocksDB checkpoints
in a temporary folder on the store's file system (hard links), removed when the server stops.
A `memory:` store is served from a temporary on-disk store (removed when the server stops), so the
query workers can read it like any other: one code path for every store. A `sparql+http(s)://` store
needs no snapshots: its "snapshot" is its spec, and the workers query the server, which sees every
write as soon as it is answered.
"""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass


from newsgraph import config
from newsgraph.iris import Minter
from newsgraph.remote import RemoteStore
from newsgraph.store import MEMORY, Store, open_store

from .executor import Executor, Result
from .worker import Job


@dataclass(frozen=True)
class Settings:
    query_timeout: float
    max_rows: int
    max_body: int
    token: str


class Backend:
    def __init__(self, store: Store | RemoteStore, base_iri: str, settings: Settings, workers: int,
                 ingest_base: str | None = None):
        self.store = _on_disk(store)
        self.minter = Minter(base_iri)
        self.base_iri = self.minter.base
        # POST /articles mints where `newsgraph ingest` does (NEWSGRAPH_BASE_IRI), so one person is
        # one IRI whichever way the article came in; an explicit --base-iri wins.
        self.ingest_base = Minter(ingest_base or config.get("base_iri")).base
        self.settings = settings
        self.snapshots = Snapshots(self.store) if isinstance(self.store, Store) else None
        self.executor = Executor(self.snapshots.take() if self.snapshots else self.store.location,
                                 workers, settings.query_timeout)
        self._write_lock = threading.Lock()   # one writer at a time

    def query(self, sparql: str, results_type: str | None = "application/sparql-results+json",
              graph_type: str | None = "text/turtle", default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None, max_rows: int | None = None) -> Result:
        job = Job(sparql, default_graphs, named_graphs, results_type, graph_type,
                  max_rows or self.settings.max_rows, self.base_iri)
        return self.executor.run(job)

    def write(self, fn):
        """Run fn(store), one writer at a time; then publish a snapshot, so queries see the change."""
        with self._write_lock:
            try:
                return fn(self.store)
            finally:
                self.store.flush()
                if self.snapshots:
                    self.executor.publish(self.snapshots.take())

    def close(self) -> None:
        self.executor.close()


def make_backend(store: str | Store | RemoteStore | None = None, base_iri: str | None = None, *,
                 query_timeout: float | None = None, max_rows: int | None = None,
                 max_body: int | None = None, token: str | None = None,
                 workers: int | None = None, ingest_base: str | None = None) -> Backend:
    """A Backend from a store (spec or Store) and settings; None means the config default."""
    if not isinstance(store, (Store, RemoteStore)):
        store = open_store(store)
    settings = Settings(
        query_timeout=float(query_timeout if query_timeout is not None else config.get("query_timeout")),
        max_rows=int(max_rows if max_rows is not None else config.get("max_rows")),
        max_body=int(max_body if max_body is not None else config.get("max_body")),
        token=token if token is not None else config.get("token"),
    )
    return Backend(store, base_iri or config.get("base_iri"), settings,
                   int(workers if workers is not None else config.get("workers")), ingest_base)


def _on_disk(store: Store | RemoteStore) -> Store | RemoteStore:
    """The store itself, or for a memory store a temporary on-disk copy of it."""
    if store.location != MEMORY:
        return store
    path = tempfile.mkdtemp(prefix="newsgraph-memory-")
    atexit.register(shutil.rmtree, path, True)
    copy = Store(path)
    copy._ox.bulk_extend(store._ox.quads_for_pattern(None, None, None))
    copy._ox.flush()
    return copy


class Snapshots:
    """Immutable read-only views of a store for the query workers: `take()` -> a new folder."""

    def __init__(self, store: Store):
        self.store = store
        self.folder = tempfile.mkdtemp(prefix="newsgraph-snapshots-", dir=_same_device_tmp(store.location))
        atexit.register(shutil.rmtree, self.folder, True)
        self.count = 0

    def take(self) -> str:
        self.count += 1
        path = os.path.join(self.folder, str(self.count))
        self.store.flush()
        self.store._ox.backup(path)
        return path


def _same_device_tmp(location: str) -> str:
    """The system temp folder when it is on the store's file system (hard links work), else the
    folder beside the store."""
    parent = os.path.dirname(os.path.abspath(location))
    tmp = tempfile.gettempdir()
    try:
        return tmp if os.stat(tmp).st_dev == os.stat(parent).st_dev else parent
    except OSError:
        return parent
