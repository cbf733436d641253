"""Server fixtures: a real `newsgraph serve` on a loopback port, spoken to over HTTP.

    live_server(store, *options, env=None) -> Server   start a server (factory; stopped at teardown)
    small_store      an on-disk store holding SMALL_TRIG (`newsgraph load`), independent of ingest
    small_server     a server on a copy of small_store (module-scoped: shared, read-only use)
    seeds_server     a server on a copy of the seeds store (tests/conftest.py seeds_store)
    http(server, path, method=, body=, headers=) -> (status, headers, body bytes)
"""
from __future__ import annotations

import http.client as httpclient
import os
import re
import shutil
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import NEWSGRAPH, run_cli

EX = "http://example.org/"
SMALL_TRIG = """
@prefix schema: <http://schema.org/> .
@prefix ng: <https://w3id.org/newsgraph/ns#> .
@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:g1 {
  ex:meeting1 a schema:Event, ng:Meeting ; schema:name "Lavrov meets Wang Yi" ;
      schema:startDate "2025-07-13"^^xsd:date ; schema:location ex:beijing ;
      schema:attendee ex:lavrov, ex:wang ; schema:subjectOf ex:article1 .
  ex:lavrov a schema:Person ; schema:name "Sergey Lavrov" .
  ex:wang a schema:Person ; schema:name "Wang Yi" .
  ex:beijing a schema:Place ; schema:name "Beijing" .
  ex:article1 a schema:NewsArticle ; schema:headline "Lavrov in Beijing" .
}
ex:g2 {
  ex:meeting1 a schema:Event, ng:Meeting ; schema:attendee ex:lavrov ; schema:subjectOf ex:article2 .
  ex:lavrov a schema:Person ; schema:name "Sergey Lavrov" .
  ex:call1 a schema:Event, ng:PhoneCall ; schema:name "Putin calls Erdogan" ;
      schema:attendee ex:putin, ex:erdogan .
  ex:putin a schema:Person ; schema:name "Vladimir Putin" .
  ex:erdogan a schema:Person ; schema:name "Recep Tayyip Erdo\u011fan" .
  ex:article2 a schema:NewsArticle ; schema:headline "Talks <script>alert(1)</script>" .
}
"""


@dataclass
class Server:
    url: str                      # http://127.0.0.1:PORT/
    process: subprocess.Popen
    log: list[str] = field(default_factory=list)

    @property
    def port(self) -> int:
        return urlsplit(self.url).port

    @property
    def sparql(self) -> str:
        return self.url + "sparql"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        try:  # anything left in the server's own session (it was started as a session leader)
            os.killpg(self.process.pid, signal.SIGKILL)
        except OSError:
            pass


def start_server(store, *options, env=None, timeout=120, cwd=None) -> Server:
    """Start `newsgraph serve --store STORE --port 0 OPTIONS…` and wait until /healthz answers.

    `store` None: no --store (and no NEWSGRAPH_STORE): the default store in `cwd`."""
    cmd = [NEWSGRAPH, "serve", "--port", "0", *(["--store", str(store)] if store else []), *map(str, options)]
    environment = {**os.environ, **(env or {})}
    if store is None:
        environment.pop("NEWSGRAPH_STORE", None)
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=cwd,
                               text=True, env=environment, start_new_session=True)
    log: list[str] = []
    found = threading.Event()
    url: list[str] = []

    def read():
        for line in process.stdout:
            log.append(line.rstrip("\n"))
            m = re.search(r"NewsGraph: serving (http://\S+/)", line)
            if m and not url:
                url.append(m.group(1))
                found.set()
    threading.Thread(target=read, daemon=True).start()
    server = Server("", process, log)
    try:
        _wait_until_healthy(server, found, url, time.monotonic() + timeout)
    except BaseException:
        server.stop()
        raise
    return server


def _wait_until_healthy(server, found, url, deadline) -> None:
    while not found.wait(0.1):
        if server.process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("the server did not start:\n" + "\n".join(server.log))
    server.url = url[0]
    while True:
        try:
            if http(server, "/healthz", timeout=10)[0] == 200:
                return
        except OSError:
            pass
        if server.process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("the server did not become healthy:\n" + "\n".join(server.log[-60:]))
        time.sleep(0.1)


def http(server: Server | str, path: str, method: str = "GET", body: bytes | str | None = None,
         headers: dict | None = None, timeout: float = 60) -> tuple[int, httpclient.HTTPMessage, bytes]:
    """One request over a fresh connection: (status, headers, body)."""
    url = urlsplit(getattr(server, "url", server))
    conn = httpclient.HTTPConnection(url.hostname, url.port, timeout=timeout)
    try:
        conn.request(method, path, body=body.encode() if isinstance(body, str) else body,
                     headers=headers or {})
        response = conn.getresponse()
        return response.status, response.headers, response.read()
    finally:
        conn.close()


@pytest.fixture
def live_server():
    started: list[Server] = []

    def start(store, *options, env=None) -> Server:
        server = start_server(store, *options, env=env)
        started.append(server)
        return server
    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def small_store(tmp_path_factory) -> Path:
    """An on-disk store holding SMALL_TRIG, loaded by the real CLI. Copy it before writing."""
    folder = tmp_path_factory.mktemp("small")
    data = folder / "small.trig"
    data.write_text(SMALL_TRIG, encoding="utf-8")
    store = folder / "store"
    run_cli("load", data, "--store", store, check=True)
    return store


def copy_store(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


@pytest.fixture(scope="module")
def small_server(small_store, tmp_path_factory):
    server = start_server(copy_store(small_store, tmp_path_factory.mktemp("srv") / "store"),
                          "--query-timeout", "10", "--workers", "2")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def seeds_server(seeds_store, tmp_path_factory):
    server = start_server(copy_store(seeds_store, tmp_path_factory.mktemp("seedsrv") / "store"),
                          "--workers", "2")
    yield server
    server.stop()
