"""The query worker: runs in its own process (see executor.py), answers one job at a time.

A job is (query, dataset, the media types the client accepts for each kind of result, row cap).
The worker parses and runs the query on its read-only view of the store, picks the media type for
the kind of result the engine returned (solutions, boolean, triples), and sends the serialised
bytes back on its channel (channel.py) as small tuples:

    ("A", kind, media_type, data, truncated)   the whole answer at once (it fitted in CHUNK bytes:
                                               the common case, one message per query)
    ("H", kind, media_type)                    a longer answer: its head, then
    ("D", data)…                               chunks of about CHUNK bytes, then
    ("Z", truncated)                           the end; truncated: more than max_rows rows existed
    ("E", status, message, kind)               the query failed (bad syntax 400, unacceptable 406, …)

Row cap without re-serialising in Python: solutions are serialised by pyoxigraph (Rust) and the
stream is cut after `max_rows` rows at a row boundary that cannot occur inside a value
(see RowCut); graphs are capped by counting triples on their way into the serialiser.
"""
from __future__ import annotations

import itertools
import re
from typing import NamedTuple

import pyoxigraph as ox

from newsgraph.errors import NewsGraphError, QueryError
from newsgraph.iris import PREFIXES
from newsgraph.store import Store, open_store

from .channel import Channel

SOLUTIONS, BOOLEAN, GRAPH = "solutions", "boolean", "graph"

# SERVICE is the one SPARQL query feature that makes pyoxigraph open a network connection.
# It is found as a keyword: IRIs, strings and comments are blanked first, so text cannot hide it
# and a string mentioning it does not trip it.
_LEXEMES = re.compile(r"""<[^<>"{}|^`\\\x00-\x20]*>|'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*"|#[^\n\r]*""",
                      re.DOTALL)
_SERVICE = re.compile(r"(?<![\w:?$\-.])SERVICE(?![\w:\-])", re.IGNORECASE)


def refuse_network(sparql: str) -> None:
    """Raise QueryError for a query that would make a network request (SERVICE)."""
    if "service" in sparql.lower() and _SERVICE.search(_LEXEMES.sub(" ", sparql)):
        raise QueryError("SERVICE (federated query) is not allowed on this endpoint: "
                         "queries never make network requests")


class Job(NamedTuple):   # sent to the worker as a plain tuple (channel.py)
    query: str
    default_graphs: list[str] | None
    named_graphs: list[str] | None
    results_type: str | None        # media type chosen for SELECT/ASK, None if the client accepts none
    graph_type: str | None          # media type chosen for CONSTRUCT/DESCRIBE
    max_rows: int
    base_iri: str | None = None     # relative IRIs in the query resolve against it


class _Stop(Exception):
    """Raised from the writer to stop the serialiser once the row cap is reached."""


class RowCut:
    """Cuts a serialised SPARQL results stream after `max_rows` rows, keeping it well-formed.

    Row boundaries per format, chosen so that they cannot occur inside a value:
      TSV  '\\n' (newlines in values are escaped); CSV '\\r\\n' outside double quotes;
      XML  '<result>' (markup in values is escaped); JSON '},{' outside strings (quotes in
      strings are escaped, so quote parity tells inside from outside).
    A stream too short to hold `needed` boundaries (a boundary of k bytes cannot overlap itself, so
    n bytes hold at most n // k of them) cannot be cut: up to CHUNK bytes are held unscanned, and a
    small answer, the common case, is never scanned at all."""
    SPECS = {  # format -> (boundary, boundaries to the cut, bytes kept of the boundary, closing, quoting)
        "TSV": (b"\n", 1, 1, b"", None), "CSV": (b"\r\n", 1, 2, b"", "csv"),
        "XML": (b"<result>", 1, 0, b"</results></sparql>", None), "JSON": (b"},{", 0, 1, b"]}}", "json"),
    }
    _ESCAPE = re.compile(rb"\\.", re.DOTALL)

    def __init__(self, fmt: ox.QueryResultsFormat, max_rows: int):
        name = {ox.QueryResultsFormat.TSV: "TSV", ox.QueryResultsFormat.CSV: "CSV",
                ox.QueryResultsFormat.XML: "XML", ox.QueryResultsFormat.JSON: "JSON"}[fmt]
        self.boundary, extra, self.keep, self.closing, self.quoting = self.SPECS[name]
        self.pattern = re.compile(re.escape(self.boundary))
        self.needed = max_rows + extra     # the boundary after which nothing more may come
        self.seen = 0
        self.in_quotes = False
        self.buf = b""
        self.armed = False                  # the cut point was reached: any further byte means truncation
        self.truncated = False
        self.unscanned: list[bytes] | None = []   # held while the stream is too short to be cut
        self.unscanned_size = 0

    def feed(self, data: bytes) -> bytes:
        """Bytes to send now; raises _Stop (after `pending` holds the last bytes) once truncated."""
        if self.unscanned is not None:
            self.unscanned.append(data)
            self.unscanned_size += len(data)
            if self.unscanned_size < CHUNK and self.unscanned_size // len(self.boundary) < self.needed:
                return b""
            data, self.unscanned = b"".join(self.unscanned), None
        if self.truncated:
            raise _Stop()  # sticky: pyoxigraph may retry a failed write when it drops its buffer
        if self.armed:
            if data:
                self._truncate(b"")
            return b""
        buf = self.buf + data
        safe = len(buf) - (len(self.boundary) - 1)   # a boundary starting at or past here may be incomplete
        if self.quoting == "json":
            while safe > 0 and buf[safe - 1:safe] == b"\\":   # never split an escape
                safe -= 1
        safe = max(safe, 0)
        scan = self._ESCAPE.sub(b"__", buf) if self.quoting == "json" else buf
        start = 0
        for m in self.pattern.finditer(scan, 0, len(buf)):
            if m.start() >= safe:
                break
            if self.quoting:
                self.in_quotes ^= scan.count(b'"', start, m.start()) % 2 == 1
                start = m.start()
                if self.in_quotes:
                    continue
            self.seen += 1
            if self.seen == self.needed:
                cut = m.start() + self.keep
                if buf[cut:]:
                    self._truncate(buf[:cut])
                self.armed = True
                self.buf = b""
                return buf[:cut]
        if self.quoting:
            self.in_quotes ^= scan.count(b'"', start, safe) % 2 == 1
        self.buf = buf[safe:]
        return buf[:safe]

    def finish(self) -> bytes:
        if self.unscanned is not None:   # too short to hold a cut
            tail, self.unscanned = b"".join(self.unscanned), None
            return tail
        tail, self.buf = self.buf, b""
        return tail

    def _truncate(self, head: bytes):
        self.truncated = True
        self.pending = head + self.closing
        raise _Stop()


CHUNK = 64 * 1024


class _Writer:
    """A binary file-like object for pyoxigraph's serialisers: it (optionally) cuts the stream at
    the row cap and sends it in CHUNK-sized messages, or as one "A" message if it stays small.
    `conn` is anything with send(message): the worker's Channel."""

    def __init__(self, conn, kind: str, media_type: str, cut: RowCut | None = None):
        self.conn, self.kind, self.media_type, self.cut = conn, kind, media_type, cut
        self.parts: list[bytes] = []
        self.size = 0
        self.streaming = False

    def write(self, data) -> int:
        n = len(data)
        out = self.cut.feed(bytes(data)) if self.cut else bytes(data)
        if out:
            self.parts.append(out)
            self.size += len(out)
            if self.size >= CHUNK:
                self._send_chunk()
        return n

    def flush(self):
        pass

    def _send_chunk(self) -> None:
        if not self.streaming:
            self.conn.send(("H", self.kind, self.media_type))
            self.streaming = True
        self.conn.send(("D", b"".join(self.parts)))
        self.parts, self.size = [], 0

    def finish(self, truncated: bool, tail: bytes = b"") -> None:
        if tail:
            self.parts.append(tail)
        if not self.streaming:
            self.conn.send(("A", self.kind, self.media_type, b"".join(self.parts), truncated))
            return
        if self.parts:
            self._send_chunk()
        self.conn.send(("Z", truncated))


def run_job(store: Store, job: Job, conn) -> None:
    """Run one job and send its answer on `conn`; never raises for a failing query."""
    kind = None
    try:
        refuse_network(job.query)
        result = store.query(job.query, job.default_graphs, job.named_graphs, base_iri=job.base_iri)
        kind = GRAPH if isinstance(result, ox.QueryTriples) else \
            BOOLEAN if isinstance(result, ox.QueryBoolean) else SOLUTIONS
        media_type = job.graph_type if kind == GRAPH else job.results_type
        if media_type is None:
            conn.send(("E", 406, "not acceptable", kind))
            return
        _serialize(result, kind, media_type, job.max_rows, conn)
    except NewsGraphError as e:
        conn.send(("E", e.status, str(e), kind))
    except (SyntaxError, ValueError) as e:
        conn.send(("E", 400, str(e), kind))
    except Exception as e:  # evaluation failed (store error, …): report, keep the worker alive
        conn.send(("E", 500, f"query failed: {e}", kind))


def _serialize(result, kind: str, media_type: str, max_rows: int, conn) -> None:
    if kind == GRAPH:
        capped = _Capped(result, max_rows)
        writer = _Writer(conn, kind, media_type)
        ox.serialize(iter(capped), writer, ox.RdfFormat.from_media_type(media_type), prefixes=PREFIXES)
        writer.finish(capped.truncated)
        return
    fmt = ox.QueryResultsFormat.from_media_type(media_type)
    if kind == BOOLEAN:
        conn.send(("A", kind, media_type, result.serialize(format=fmt), False))
        return
    cut = RowCut(fmt, max_rows)
    writer = _Writer(conn, kind, media_type, cut)
    try:
        result.serialize(writer, fmt)
    except Exception:
        if not cut.truncated:
            raise
    if cut.truncated:
        writer.parts.append(cut.pending)
        writer.finish(True)
    else:
        writer.finish(False, cut.finish())


class _Capped:
    """At most `limit` triples of an iterator; `truncated` tells whether more were left."""

    def __init__(self, triples, limit: int):
        self.triples, self.limit, self.truncated = triples, limit, False

    def __iter__(self):
        yield from itertools.islice(self.triples, self.limit)
        self.truncated = next(self.triples, None) is not None


def worker_main(conn) -> None:
    """Process entry point: answer jobs until the other end closes. `conn` is this end of the
    multiprocessing Pipe made by the executor; messages go over its descriptor (channel.py).

    Each job names the store snapshot to read (executor.py); the worker keeps its read-only view
    open and re-opens it when a newer snapshot is named, so it sees every write."""
    channel = Channel(conn.fileno())
    store, opened = None, None
    while True:
        try:
            *fields, snapshot = channel.recv()
        except (EOFError, OSError):
            return
        if snapshot != opened:
            try:
                store, opened = None, None
                store, opened = open_store(snapshot, read_only=True), snapshot
            except Exception as e:
                channel.send(("E", 503, f"store unavailable: {e}", None))
                continue
        run_job(store, Job(*fields), channel)
