"""The query worker's row cap (worker.RowCut) on serialised results, wherever the serialiser's
writes happen to split the stream (they split it anywhere: between the bytes of a row boundary,
inside an escape, inside a quoted value), and the messages to and from a worker (channel.py)."""
from __future__ import annotations

import csv
import io
import os
import random
import socket
import threading
import time

import pyoxigraph as ox
import pytest

from newsgraph.server.channel import Channel
from newsgraph.server.worker import RowCut, _Stop

# values that look like row boundaries, quotes and escapes in each format
VALUES = ['a"b', "x\\y", "},{", "line\r\nbreak", "tab\there", "<result>", "plain", "é", "\\", '"', "x\\",
          '\\"', "\n", '","']
FORMATS = [ox.QueryResultsFormat.JSON, ox.QueryResultsFormat.XML, ox.QueryResultsFormat.CSV,
           ox.QueryResultsFormat.TSV]


@pytest.fixture(scope="module")
def results():
    rnd = random.Random(7)
    store = ox.Store()
    for i in range(40):
        value = "".join(rnd.choice(VALUES) for _ in range(rnd.randint(1, 4)))
        store.add(ox.Quad(ox.NamedNode(f"http://e/{i:03d}"), ox.NamedNode("http://p"), ox.Literal(value)))

    def serialised(rows: int, fmt) -> bytes:
        query = f"SELECT ?s ?o WHERE {{ ?s ?p ?o }} ORDER BY ?s LIMIT {rows}"
        return store.query(query).serialize(format=fmt)
    return serialised


def cut(data: bytes, fmt, max_rows: int, splits: list[int]) -> tuple[bytes, bool]:
    """Feed `data` to a RowCut in pieces ending at `splits`; (the document sent, truncated)."""
    cutter, out, start = RowCut(fmt, max_rows), [], 0
    try:
        for end in [*splits, len(data)]:
            out.append(cutter.feed(data[start:end]))
            start = end
        out.append(cutter.finish())
        return b"".join(out), False
    except _Stop:
        return b"".join(out) + cutter.pending, True


def rows(document: bytes, fmt) -> int:
    if fmt == ox.QueryResultsFormat.CSV:   # pyoxigraph does not parse CSV results
        return sum(1 for _ in csv.reader(io.StringIO(document.decode(), newline=""))) - 1
    return len(list(ox.parse_query_results(document, fmt)))


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.file_extension)
@pytest.mark.parametrize("total, max_rows", [(3, 1), (3, 2), (3, 3), (3, 4), (40, 39), (40, 40), (0, 1)])
def test_row_cap_wherever_the_stream_is_split(results, fmt, total, max_rows):
    data = results(total, fmt)
    rnd = random.Random(total * 100 + max_rows)
    splittings = [[k] for k in range(1, len(data))] if total <= 3 else \
        [sorted(rnd.sample(range(1, len(data)), 40)) for _ in range(30)]
    for splits in [[], *splittings]:
        document, truncated = cut(data, fmt, max_rows, splits)
        assert rows(document, fmt) == min(total, max_rows), splits
        assert truncated == (total > max_rows), splits


def test_channel_messages_small_and_large():
    a, b = socket.socketpair()
    try:
        left, right = Channel(a.fileno()), Channel(b.fileno())
        big = os.urandom(3 * 1024 * 1024)     # larger than the socket buffers: written in parts
        messages = [("A", "solutions", "text/csv", b"x,y\r\n", False), ("D", big), ("E", 400, "bad", None),
                    ("Z", True), ("query", ["g1", "g2"], None, 10000)]
        sender = threading.Thread(target=lambda: [left.send(m) for m in messages])
        sender.start()
        assert [right.recv(deadline=None) for _ in messages] == messages
        sender.join()
        with pytest.raises(TimeoutError):
            right.recv(deadline=time.monotonic() + 0.05)
        a.close()
        with pytest.raises(EOFError):
            right.recv()
    finally:
        a.close()
        b.close()
