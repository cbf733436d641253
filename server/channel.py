"""Messages between the HTTP process and a query worker (executor.py ⇄ worker.py).

A message is a tuple of str, bytes, int, bool, None and lists of str, encoded with `marshal` and
framed by its length (4 bytes, big-endian), on one end of a socketpair (made by multiprocessing's
Pipe, which also hands the worker its end). Reads and writes go straight to the file descriptor,
and waiting with a deadline uses a poll object made once: a small message costs one write() and
one read(), where multiprocessing's Connection pickles, reads twice and builds a selector per
wait (~40 µs a round trip here, of a ~0.2 ms hop). Both ends are our own processes, started from
the same interpreter, so marshal's format always matches.
"""
from __future__ import annotations

import marshal
import os
import select
import struct
import time

HEADER = struct.Struct("!I")
# Under malloc's mmap threshold (128 KiB): a larger read buffer is mapped and unmapped on every
# read, with a page fault, which cost a fresh worker process ~50 µs a message here.
READ_SIZE = 64 * 1024


class Channel:
    def __init__(self, fd: int):
        self.fd = fd
        self.buffer = bytearray()   # bytes read past the last whole message
        self.poller = select.poll()
        self.poller.register(fd, select.POLLIN)

    def send(self, message: tuple) -> None:
        data = marshal.dumps(message)
        view = memoryview(HEADER.pack(len(data)) + data)
        while view:
            view = view[os.write(self.fd, view):]

    def recv(self, deadline: float | None = None) -> tuple:
        """The next message. Raises TimeoutError once `deadline` (time.monotonic()) has passed
        without one, EOFError when the other end is closed."""
        buffer = self.buffer
        while True:
            if len(buffer) >= HEADER.size:
                end = HEADER.size + HEADER.unpack_from(buffer)[0]
                if len(buffer) >= end:
                    message = marshal.loads(buffer[HEADER.size:end])
                    del buffer[:end]
                    return message
            if deadline is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not self.poller.poll(remaining * 1000):
                    raise TimeoutError
            data = os.read(self.fd, READ_SIZE)
            if not data:
                raise EOFError
            buffer += data
