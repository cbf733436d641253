"""What the app holds, in one object: `current_app.extensions["newsgraph"]`.

    backend.store      the read-write Store (this process only; cheap in-process reads are fine)
    backend.base_iri   the base IRI served here (ends in '/'); backend.minter mints under it
    backend.settings   query_timeout, max_rows, max_body, token
    backend.executor   runs user queries in killable worker processes (executor.py)
    backend.query(...) run a query through the executor (timeout and row cap applied)
    backend.write(fn)  run fn(store) as a write: queries held off, flushed, workers refreshed

A `memory:` store is served from a temporary on-disk store (removed when the server stops), so the
query workers can open it read-only like any other: one code path for every store.
"""
from __future__ import annotations

import atexit
import shutil
import tempfile
from dataclasses import dataclass

import pyoxigraph as ox

from newsgraph import config
from newsgraph.iris import Minter
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
    def __init__(self, store: Store, base_iri: str, settings: Settings, workers: int):
        self.store = _on_disk(store)
        self.base_iri = base_iri if base_iri.endswith("/") else base_iri + "/"
        self.minter = Minter(self.base_iri)
        self.settings = settings
        self.executor = Executor(self.store.location, workers, settings.query_timeout)

    def query(self, sparql: str, results_type: str | None = "application/sparql-results+json",
              graph_type: str | None = "text/turtle", default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None, max_rows: int | None = None) -> Result:
        job = Job(sparql, default_graphs, named_graphs, results_type, graph_type,
                  max_rows or self.settings.max_rows, self.base_iri)
        return self.executor.run(job)

    def write(self, fn):
        with self.executor.exclusive():
            try:
                return fn(self.store)
            finally:
                self.store.flush()

    def close(self) -> None:
        self.executor.close()


def make_backend(store: str | Store | None = None, base_iri: str | None = None, *,
                 query_timeout: float | None = None, max_rows: int | None = None,
                 max_body: int | None = None, token: str | None = None,
                 workers: int | None = None) -> Backend:
    """A Backend from a store (spec or Store) and settings; None means the config default."""
    if not isinstance(store, Store):
        store = open_store(store)
    if not isinstance(store, Store):
        raise NotImplementedError("serving a remote SPARQL store is not supported: serve a local store")
    settings = Settings(
        query_timeout=float(query_timeout if query_timeout is not None else config.get("query_timeout")),
        max_rows=int(max_rows if max_rows is not None else config.get("max_rows")),
        max_body=int(max_body if max_body is not None else config.get("max_body")),
        token=token if token is not None else config.get("token"),
    )
    return Backend(store, base_iri or config.get("base_iri"), settings,
                   int(workers if workers is not None else config.get("workers")))


def _on_disk(store: Store) -> Store:
    """The store itself, or for a memory store a temporary on-disk copy of it."""
    if store.location != MEMORY:
        return store
    path = tempfile.mkdtemp(prefix="newsgraph-memory-")
    atexit.register(shutil.rmtree, path, True)
    copy = Store(path)
    copy._ox.bulk_extend(store._ox.quads_for_pattern(None, None, None))
    copy._ox.flush()
    return copy
