"""`newsgraph serve`: the app under gunicorn (a production WSGI server), one line logged per request.

Process layout: the gunicorn arbiter supervises ONE HTTP worker process, which holds the store
read-write and a pool of `--workers` query processes (executor.py). One writer process is what an
on-disk Oxigraph store allows; the query work runs in parallel in the pool.

The HTTP worker is gunicorn's sync worker with one thread per connection (KeepAliveWorker): each
thread serves its connection's requests in turn and blocks in recv() between them. gunicorn's
gthread worker hands every keep-alive request from its poller to a pool thread and back, which
cost ~0.6 ms a request here (of a ~1 ms budget); a blocked thread costs nothing. The response head
goes out in the same send() as the first body bytes (_Response: one wake-up of the client instead
of two), and the access line (AccessLog: `GET /sparql 200 0.7ms`) is formatted directly and
written unbuffered, one write() per line, not through the logging module (which cost ~0.1 ms).

The listening socket is bound here before gunicorn starts, so `--port 0` picks a free port and the
line `NewsGraph: serving http://HOST:PORT/ …` on stderr tells which (tests read it).
"""
from __future__ import annotations

import errno
import gc
import os
import socket
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

from gunicorn import glogging, http, util
from gunicorn.app.base import BaseApplication
from gunicorn.http import wsgi
from gunicorn.workers.sync import SyncWorker

from newsgraph import config
from newsgraph.store import open_store

SEEDS = [Path("seeds"), Path(__file__).resolve().parent.parent / "seeds"]


class KeepAliveWorker(SyncWorker):
    """gunicorn's sync worker, with a thread per connection and HTTP keep-alive.

    At most `worker_connections` connections are served at once; more wait in the listen backlog."""

    def init_process(self):
        self._slots = threading.BoundedSemaphore(self.cfg.worker_connections)
        self._names = {}   # listener -> its address (never changes: no getsockname() per request)
        self._settled = _SettledConfig(self.cfg)
        super().init_process()

    def accept(self, listener):
        if not self._slots.acquire(timeout=1):
            return
        try:
            client, addr = listener.accept()
        except BaseException:
            self._slots.release()
            raise
        client.setblocking(1)
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # no Nagle wait between head and body
        util.close_on_exec(client)
        threading.Thread(target=self._serve, args=(listener, client, addr), daemon=True,
                         name="newsgraph-http").start()

    def _serve(self, listener, client, addr):
        req = None
        try:
            client.settimeout(self.cfg.keepalive)     # the idle limit, and a bound on slow clients
            for req in http.get_parser(self._settled, client, addr):
                if not self._handle(listener, req, client, addr):
                    break
        except (http.errors.NoMoreData, StopIteration, TimeoutError):
            pass
        except OSError as e:
            if e.errno not in (errno.EPIPE, errno.ECONNRESET, errno.ENOTCONN, errno.EBADF, None):
                self.log.exception("Socket error processing request.")
        except BaseException as e:
            self.handle_error(req, client, addr, e)
        finally:
            util.close_graceful(client)
            self._slots.release()

    def _handle(self, listener, req, client, addr) -> bool:
        """One request (as SyncWorker.handle_request, but the connection may stay open)."""
        environ, resp = {}, None
        try:
            request_start = time.perf_counter()
            name = self._names.get(listener) or self._names.setdefault(listener, listener.getsockname())
            resp, environ = wsgi.create(req, client, addr, name, self._settled, response_class=_Response)
            environ["wsgi.multithread"] = True
            if not self.alive:
                resp.force_close()
            respiter = self.wsgi(environ, resp.start_response)
            try:
                for item in respiter:
                    resp.write(item)
                resp.close()
            finally:
                if resp.headers_sent:   # else an error is on its way: handle_error answers and logs it
                    self.log.access(resp, req, environ, time.perf_counter() - request_start)
                if hasattr(respiter, "close"):
                    respiter.close()
            return not resp.should_close()
        except OSError:
            raise
        except Exception:
            if resp and resp.headers_sent:   # a failure mid-stream: cut the connection
                self.log.exception("Error handling request")
                util.close_graceful(client)
                raise StopIteration() from None
            raise


class _SettledConfig:
    """gunicorn's Config for the request path, each setting read once: Config looks a setting up
    on every access, and parsing and answering a request read about twenty of them. (A worker's
    settings never change: a reload starts new workers.)"""

    def __init__(self, cfg):
        self._cfg = cfg

    def __getattr__(self, name):
        value = getattr(self._cfg, name)
        setattr(self, name, value)
        return value


class _Response(wsgi.Response):
    """gunicorn's response, but the head waits for the first body bytes and goes out with them:
    a small answer is one send() and one wake-up of the client."""
    _head = b""

    def write(self, data):
        if not self.headers_sent and data and not self._omits_body:
            self._head = self._head_bytes()
            self.headers_sent = True
        super().write(data)

    def _emit_body(self, data):
        if not self._head:
            return super()._emit_body(data)
        head, self._head = self._head, b""
        self.sock.sendall(head + (b"%X\r\n%s\r\n" % (len(data), data) if self.chunked else data))

    def close(self):
        if self._head:   # the body was all cut off (Content-Length reached): the head alone
            head, self._head = self._head, b""
            self.sock.sendall(head + (b"0\r\n\r\n" if self.chunked else b""))
            return
        super().close()

    def _head_bytes(self) -> bytes:   # as gunicorn's send_headers() builds it
        lines = self.default_headers() + ["%s: %s\r\n" % (k, v) for k, v in self.headers]
        return ("%s\r\n" % "".join(lines)).encode("latin-1")


class AccessLog(glogging.Logger):
    """gunicorn's logger with a cheap access line: `METHOD PATH STATUS MSms`, one write() to
    stdout per line (whole lines, in order; control characters in the path escaped)."""
    _lock = threading.Lock()

    def access(self, resp, req, environ, request_time):
        seconds = request_time.total_seconds() if isinstance(request_time, timedelta) else request_time
        path = environ.get("PATH_INFO") or getattr(req, "path", "-")
        if not path.isprintable():
            path = path.encode("unicode_escape").decode("ascii")
        status = str(resp.status).split(" ", 1)[0]
        line = f"{environ.get('REQUEST_METHOD') or getattr(req, 'method', '-')} {path} {status} " \
               f"{seconds * 1000:.1f}ms\n".encode("utf-8", "backslashreplace")
        with self._lock:
            try:
                while line:
                    line = line[os.write(1, line):]
            except OSError:
                pass


class _Gunicorn(BaseApplication):
    def __init__(self, factory, options: dict):
        self.factory, self.options = factory, options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        return self.factory()


def serve(store_spec: str | None, host: str, port: int, base_iri: str | None,
          query_timeout: float, max_rows: int, workers: int) -> None:
    spec = store_spec or config.get("store")
    if store_spec is None:
        _seed_if_empty(spec)
    sock = socket.create_server((host, port), family=socket.AF_INET6 if ":" in host else socket.AF_INET,
                                backlog=2048)
    sock.set_inheritable(True)
    actual_port = sock.getsockname()[1]
    url = f"http://{f'[{host}]' if ':' in host else host}:{actual_port}/"
    ingest_base = base_iri  # explicit --base-iri: POST /articles mints under it too
    base_iri = base_iri or url

    def factory():
        from .app import create_app
        return create_app(spec, base_iri, query_timeout=query_timeout, max_rows=max_rows, workers=workers,
                          ingest_base=ingest_base)

    options = {
        "bind": [f"fd://{sock.fileno()}"],
        "workers": 1,                       # one process owns the read-write store
        "worker_class": "newsgraph.server.run.KeepAliveWorker",
        "worker_connections": 256,
        "keepalive": 30,
        "timeout": 0 if query_timeout > 600 else max(60, int(query_timeout) * 3),
        "graceful_timeout": 5,
        "logger_class": "newsgraph.server.run.AccessLog",   # access lines on stdout
        "errorlog": "-",
        "loglevel": "warning",
        "limit_request_line": 8190,
        "proc_name": "newsgraph",
    }
    print(f"NewsGraph: serving {url} (SPARQL {url}sparql; base IRI {base_iri}; store {spec}; "
          f"{workers} query worker{'s' if workers != 1 else ''}; timeout {query_timeout:g} s; "
          f"max rows {max_rows})", file=sys.stderr, flush=True)
    _Gunicorn(factory, options).run()


def _seed_if_empty(spec: str) -> None:
    """With no --store: an empty default store gets the seed articles first, so there is data."""
    seeds = next((p for p in SEEDS if p.is_dir()), None)
    store = open_store(spec)
    try:
        if seeds is None or len(store) > 0:
            return
        try:
            from newsgraph.pipeline import ingest_paths
        except ImportError:  # ingest not available: serve the empty store
            print("NewsGraph: the ingest pipeline is not available; serving an empty store",
                  file=sys.stderr)
            return
        print(f"NewsGraph: the store is empty; ingesting {seeds} first", file=sys.stderr, flush=True)
        ingest_paths([seeds], store, base_iri=config.get("base_iri"))
        store.flush()
    finally:
        del store
        gc.collect()  # release the store's lock before the server process opens it
