"""A throw-away Virtuoso Open Source server for tests: `virtuoso-t` on free loopback ports, with its
own database folder and virtuoso.ini, stopped (and its folder left to pytest's tmp_path) at the end.

    with Virtuoso(folder) as v:
        v.store_url      'sparql+http://127.0.0.1:PORT/sparql'   (anonymous: reads only)
        v.env            NEWSGRAPH_UPDATE_ENDPOINT (/sparql-auth) and the dba credentials
        v.isql("SQL;")   run SQL through isql-vt on the SQL port; returns its output
        v.load_dir       a folder in DirsAllowed, for the bulk loader (ld_dir)

Writes go to /sparql-auth with HTTP digest authentication as `dba`, as on a production server;
the anonymous /sparql endpoint stays read-only.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from tests.ports import free_port

VIRTUOSO = "virtuoso-t"
ISQL = "isql-vt"
PASSWORD = "dba"   # the password a fresh Virtuoso database gives `dba`
START_TIMEOUT = 120  # seconds for a fresh database to be created and the HTTP server to answer

INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 60
DirsAllowed = ., {load_dir}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
MaxClientConnections = 20
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {db}/www
ServerThreads = 20
MaxClientConnections = 20
EnabledGzipContent = 0

[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
DefaultGraph =
"""


def available() -> str | None:
    """None when Virtuoso can run here, else why not."""
    missing = [p for p in (VIRTUOSO, ISQL) if shutil.which(p) is None]
    return f"{' and '.join(missing)} not found (Debian package virtuoso-opensource)" if missing else None


class Virtuoso:
    def __init__(self, folder: Path):
        self.folder = Path(folder).resolve()
        self.load_dir = self.folder / "load"
        self.sql_port, self.http_port = free_port(), free_port()
        self.process: subprocess.Popen | None = None
        self.system_graphs: set[str] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    @property
    def store_url(self) -> str:
        return f"sparql+{self.url}"

    @property
    def env(self) -> dict[str, str]:
        """The settings that let newsgraph write: the update endpoint and its credentials."""
        return {"NEWSGRAPH_UPDATE_ENDPOINT": f"{self.url}-auth",
                "NEWSGRAPH_SPARQL_USER": "dba", "NEWSGRAPH_SPARQL_PASSWORD": PASSWORD}

    def start(self) -> "Virtuoso":
        (self.folder / "www").mkdir(parents=True, exist_ok=True)
        self.load_dir.mkdir(exist_ok=True)
        ini = self.folder / "virtuoso.ini"
        ini.write_text(INI.format(db=self.folder, load_dir=self.load_dir,
                                  sql_port=self.sql_port, http_port=self.http_port))
        with open(self.folder / "stdout.log", "wb") as log:  # the server writes to its own copy
            # -f: stay in the foreground, so the process is ours to stop
            self.process = subprocess.Popen([VIRTUOSO, "-f", "-c", str(ini)], cwd=self.folder,
                                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            self._wait_until_answering()
            self.system_graphs = self.graphs()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_until_answering(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited with {self.process.returncode}: {self.log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.url}?query=ASK%7B%7D", timeout=5) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.5)
        raise RuntimeError(f"virtuoso-t did not answer within {START_TIMEOUT} s: {self.log_tail()}")

    def log_tail(self) -> str:
        log = self.folder / "virtuoso.log"
        return log.read_text(errors="replace")[-2000:] if log.exists() else "(no log)"

    def isql(self, sql: str) -> str:
        """Run SQL statements (each ending in ';') as dba; raises on an error."""
        done = subprocess.run([ISQL, str(self.sql_port), "dba", PASSWORD, "VERBOSE=OFF", "BANNER=OFF",
                               "PROMPT=OFF", "ECHO=OFF", "ERRORS=STDOUT", f"EXEC={sql}"],
                              capture_output=True, text=True, timeout=600)
        out = done.stdout + done.stderr
        if done.returncode != 0 or "*** Error" in out:
            raise RuntimeError(f"isql: {sql}\n{out}")
        return out

    def graphs(self) -> set[str]:
        """Every graph on the server that holds a triple, Virtuoso's own included."""
        query = urllib.parse.urlencode({"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"})
        request = urllib.request.Request(f"{self.url}?{query}",
                                         headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=60) as r:
            return {b["g"]["value"] for b in json.load(r)["results"]["bindings"]}

    def written_graphs(self) -> set[str]:
        """The graphs written since the server started (its system graphs left out)."""
        return self.graphs() - self.system_graphs

    def clear(self) -> None:
        """Drop every graph written since the server started."""
        if graphs := self.written_graphs():
            self.isql(" ".join(f"SPARQL DROP SILENT GRAPH <{g}>;" for g in sorted(graphs)))

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()  # Virtuoso checkpoints and exits on SIGTERM
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __enter__(self) -> "Virtuoso":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
