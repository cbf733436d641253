"""spaCy and the SHACL gate for one ingest run, beside the main process (newsgraph/pipeline.py), which
keeps the work that must go in article order.

    main process                                   --jobs N > 1: N worker processes
    articles, 8 at a time: (body, headline)   ─►   nlp.to_bytes     ─►  Docs, each with its headline's
    graphs,   8 at a time: N-Triples          ─►   the gate         ─►  whether each conforms
Results come back in input order, at most AHEAD tasks per process given out before their results are
used. With --jobs 1 there are no worker processes: spaCy runs in a thread that keeps a few batches
ahead (its models release the GIL while they compute, so the main process's work on one article
overlaps the analysis of the next ones), the gate in the main process.

An error raised while working on a batch names the one article it comes from (the batch is run again
one article at a time to find it); a worker process that dies names the files it was working on.
"""
from __future__ import annotations

import gc
import multiprocessing
import queue
import signal
import threading
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from newsgraph.errors import NewsGraphError
from newsgraph.ingest import nlp

BATCH = 8                  # articles per task of a worker process, and per validation run of the gate
AHEAD = 2                  # tasks of each kind per worker process given out before their results are used

Gate = Callable[[list[list]], list[bool]]   # the graphs (lists of triples) -> whether each conforms


class Workers:
    """`with Workers(jobs, gate) as workers:` loads the model and the shapes, and forks `jobs` > 1
    worker processes with them (none for 1). `gate` is a module-level function (a worker process finds it by
    name). The workers ignore Ctrl-C: the main process answers it by shutting them down."""

    def __init__(self, jobs: int, gate: Gate):
        self.jobs, self.gate, self.pool = jobs, gate, None

    def __enter__(self) -> "Workers":
        if self.jobs:
            nlp.load_nlp(), self.gate([[]])          # one empty graph: loads the shapes
            # The model, the shapes and the knowledge base live as long as the run: frozen, the
            # collector's full passes skip them (and forked workers keep sharing their pages).
            gc.freeze()
        if self.jobs > 1:
            self.pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("fork"),
                                            initializer=signal.signal, initargs=(signal.SIGINT, signal.SIG_IGN))
        return self

    def __exit__(self, *_):
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
        if self.jobs:
            gc.unfreeze()

    def docs(self, articles: list) -> Iterator:
        """The spaCy Doc of each Article, in order, each carrying its headline's (ingest/nlp.py)."""
        if self.pool is None:
            yield from _ahead((doc for batch in batches(articles) for doc in each(nlp.parse, _texts(batch))),
                              AHEAD * BATCH)
            return
        tasks = ((batch, nlp.to_bytes, _texts(batch)) for batch in batches(articles))
        for _, docs in self._in_order(tasks):
            yield from nlp.from_bytes(docs)

    def verdicts(self, prepared: Iterable) -> Iterator[tuple[list, list[bool]]]:
        """(batch, whether each conforms) for each batch of pipeline.Prepared, in order (the graphs go
        to a worker process as N-Triples)."""
        if self.pool is None:
            return ((batch, each(self.gate, [(p.source, p.triples) for p in batch])) for batch in batches(prepared))
        gate = partial(_from_n_triples, self.gate)
        return self._in_order((batch, gate, [(p.source, ox.serialize(p.triples, format=ox.RdfFormat.N_TRIPLES))
                                             for p in batch]) for batch in batches(prepared))

    def _in_order(self, tasks) -> Iterator[tuple[list, list]]:
        """(batch, results) for each task (batch, function, [(source, argument)]), in order: `each`
        of them runs in a worker process."""
        pending = deque()
        for batch, function, items in tasks:
            pending.append((batch, self.pool.submit(each, function, items)))
            if len(pending) > AHEAD * self.jobs:
                yield _result(*pending.popleft())
        for batch, future in pending:
            yield _result(batch, future)


def each(function: Callable[[list], list], items: list[tuple[str, object]]) -> list:
    """`function` over the arguments of `items` (source, argument) at once. Should it fail, it runs
    again on each alone, and the error names the first article it fails on."""
    try:
        return function([argument for _, argument in items])
    except Exception as error:
        for source, argument in items:
            try:
                function([argument])
            except Exception as alone:
                raise NewsGraphError(f"{source}: {type(alone).__name__}: {alone}") from alone
        raise NewsGraphError(f"{_files(source for source, _ in items)}: {type(error).__name__}: {error}") from error


def _result(batch: list, future) -> tuple[list, list]:
    try:
        return batch, future.result()
    except NewsGraphError:
        raise                                          # raised by `each`: it names its article
    except Exception as error:                         # the worker process died (BrokenProcessPool)
        raise NewsGraphError(f"{_files(item.source for item in batch)}: {type(error).__name__}: {error}") from error


def _texts(articles: list) -> list[tuple[str, tuple[str, str | None]]]:
    return [(a.source, (a.text, a.headline)) for a in articles]


def _from_n_triples(gate: Gate, graphs: list[bytes]) -> list[bool]:
    return gate([list(ox.parse(g, format=ox.RdfFormat.N_TRIPLES)) for g in graphs])


def _files(sources) -> str:
    return ", ".join(sources)


def batches(items: Iterable, size: int = BATCH) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


_DONE = object()


def _ahead(items: Iterator, size: int) -> Iterator:
    """Iterate `items` in a daemon thread, at most `size` ahead; errors are raised in the consumer."""
    buffer: queue.Queue = queue.Queue(maxsize=size)
    stop = threading.Event()

    def produce():
        try:
            for item in items:
                while not stop.is_set():
                    try:
                        buffer.put((item, None), timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            buffer.put((_DONE, None))
        except BaseException as error:  # handed to the consumer
            buffer.put((_DONE, error))

    thread = threading.Thread(target=produce, name="newsgraph-nlp", daemon=True)
    thread.start()
    try:
        while True:
            item, error = buffer.get()
            if error is not None:
                raise error
            if item is _DONE:
                return
            yield item
    finally:
        stop.set()
