"""An external SPARQL 1.1 server as the store: `--store sparql+http(s)://host/path`.

The URL is the query endpoint; updates go to the same URL, or to NEWSGRAPH_UPDATE_ENDPOINT when it
is set. Only the SPARQL 1.1 Protocol is used (query and update operations, over urllib), so any
conforming server works: Oxigraph server, Fuseki, GraphDB, Virtuoso, …

The data is laid out as in the embedded store, except for the union: a server's default graph is
its own business (some make it the union of the named graphs, some a graph of its own), so the set
union of all graphs is kept in the named graph UNION_GRAPH, updated by the same update request as
every write. A query without a dataset is sent with `default-graph-uri=UNION_GRAPH`: one graph, so a
triple held by three article graphs is matched once on every server (a union flag or a list of
default graphs would match it three times on Virtuoso and Oxigraph 0.5). Queries naming several
default graphs are answered here, over their set merge fetched from the server.
"""
from __future__ import annotations

import base64
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import IO, Iterable, Iterator

import pyoxigraph as ox

from . import config
from .errors import InputError, QueryError, StoreError
from .iris import LOADED_DEFAULT_GRAPH
from .store import EMPTY_GRAPH, dataset_of, iri, parse_rdf, replace_graph_update

UNION_GRAPH = "urn:x-newsgraph:union"
TIMEOUT = 600  # seconds without an answer before a request is given up
ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
          "text/tab-separated-values;q=0.8, application/n-triples, text/turtle;q=0.9, "
          "application/rdf+xml;q=0.8, application/ld+json;q=0.7")
_GRAPH = re.compile(r"\bGRAPH\b", re.IGNORECASE)
_ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {filter} }}"


class RemoteStore:
    """A SPARQL 1.1 server reached over HTTP, with the methods of `Store` that NewsGraph uses."""

    def __init__(self, url: str, update_url: str | None = None):
        self.location = f"sparql+{url}"
        self.query_url, self._auth = _split_credentials(url)
        self.update_url, self._update_auth = _split_credentials(
            update_url or config.get("update_endpoint") or url)

    # ---- reading -------------------------------------------------------------------------------

    def query(self, sparql: str, default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None, base_iri: str | None = None):
        """Run a SPARQL query, with the same dataset rules as `Store.query`; returns pyoxigraph's
        QuerySolutions, QueryBoolean or QueryTriples."""
        dataset = dataset_of(sparql, default_graphs, named_graphs, base_iri)
        if dataset is None:
            default = [UNION_GRAPH]  # every graph is available to GRAPH, except the union itself
            named = (self.graphs() or [EMPTY_GRAPH]) if _GRAPH.search(sparql) else []
        else:
            default, named = dataset
            if len(default) > 1:  # merged as a set, here: a list of graphs is a bag on many servers
                return self._merged(default, named).query(
                    sparql, base_iri=base_iri, default_graph=ox.DefaultGraph(),
                    named_graphs=[iri(g) for g in named])
            default, named = default or [EMPTY_GRAPH], named or [EMPTY_GRAPH]
        if base_iri:
            sparql = f"BASE <{iri(base_iri).value}>\n{sparql}"
        return self._query(sparql, default, named)

    def _merged(self, default_graphs: list[str], named_graphs: list[str]) -> ox.Store:
        """A throw-away local store: the set merge of `default_graphs` as its default graph, and
        copies of `named_graphs`, fetched in one request (so blank nodes stay the same)."""
        wanted = " ".join(str(iri(g)) for g in {*default_graphs, *named_graphs})
        merged = ox.Store()
        for row in self._query(_ALL_QUADS.format(filter=f"VALUES ?g {{ {wanted} }}")):
            g = row["g"].value
            if g in default_graphs:
                merged.add(ox.Quad(row["s"], row["p"], row["o"], ox.DefaultGraph()))
            if g in named_graphs:
                merged.add(ox.Quad(row["s"], row["p"], row["o"], row["g"]))
        return merged

    def graphs(self) -> list[str]:
        rows = self._query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r["g"].value for r in rows
                      if isinstance(r["g"], ox.NamedNode) and r["g"].value != UNION_GRAPH)

    def has_graph(self, graph: str) -> bool:
        return bool(self._query(f"ASK {{ GRAPH {iri(graph)} {{ ?s ?p ?o }} }}"))

    def triples(self, graph: str | None = None) -> Iterator[ox.Triple]:
        """Triples of one named graph, or of the union when `graph` is None."""
        g = iri(graph or UNION_GRAPH)
        for row in self._query(f"SELECT ?s ?p ?o WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}"):
            yield ox.Triple(row["s"], row["p"], row["o"])

    def __len__(self) -> int:
        rows = self._query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{UNION_GRAPH}> {{ ?s ?p ?o }} }}")
        return int(next(iter(rows))["n"].value)

    # ---- writing -------------------------------------------------------------------------------

    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> None:
        """Make named graph `graph` hold exactly `triples`, and the union follow: one update request."""
        self._update(replace_graph_update(iri(graph), ox.NamedNode(UNION_GRAPH), triples))

    def remove_graph(self, graph: str) -> None:
        self.replace_graph(graph, [])

    def load(self, source: str | Path | IO[bytes], fmt: ox.RdfFormat, graph: str | None = None,
             name: str = "") -> int:
        """Add the RDF in `source` to `graph` (None: the loaded default graph), in one update
        request: all or nothing. Returns the number of quads read."""
        target = iri(graph or LOADED_DEFAULT_GRAPH)
        name = name or str(source)
        by_graph: dict[ox.NamedNode, list[str]] = {}
        try:
            for q in parse_rdf(source, fmt):
                g = target if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name
                if not isinstance(g, ox.NamedNode):
                    raise InputError(f"{name}: a graph named by a blank node cannot be stored on a SPARQL server")
                by_graph.setdefault(g, []).append(f"{q.subject} {q.predicate} {q.object} .")
        except SyntaxError as e:
            raise InputError(f"{name}: not valid {fmt.name}: {e}") from e
        except (OSError, UnicodeDecodeError, ValueError) as e:
            raise InputError(f"{name}: cannot read: {e}") from e
        if by_graph:
            union = [line for lines in by_graph.values() for line in lines]
            blocks = [f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items()]
            self._update("INSERT DATA {\n" + "\n".join(blocks) + f"\nGRAPH <{UNION_GRAPH}> {{\n"
                         + "\n".join(union) + "\n}\n}")
        return sum(map(len, by_graph.values()))

    def flush(self) -> None:
        """Nothing to do: the server has stored each update before answering it."""

    # ---- exporting -----------------------------------------------------------------------------

    def dump(self, output: IO[bytes], fmt: ox.RdfFormat, graph: str | None = None,
             prefixes: dict[str, str] | None = None) -> None:
        """As `Store.dump`: dataset formats keep every graph, graph formats get the union."""
        if fmt.supports_datasets:
            wanted = f"VALUES ?g {{ {iri(graph)} }}" if graph else f"FILTER(?g != <{UNION_GRAPH}>)"
            data = self._dataset_quads(_ALL_QUADS.format(filter=wanted))
        else:
            data = self.triples(graph)
        ox.serialize(data, output, fmt, prefixes=prefixes)

    def _dataset_quads(self, sparql: str) -> Iterator[ox.Quad]:
        loaded = ox.NamedNode(LOADED_DEFAULT_GRAPH)
        for row in self._query(sparql):
            g = ox.DefaultGraph() if row["g"] == loaded else row["g"]
            yield ox.Quad(row["s"], row["p"], row["o"], g)

    # ---- the protocol --------------------------------------------------------------------------

    def _query(self, sparql: str, default: list[str] = (), named: list[str] = ()):
        form = [("query", sparql), *(("default-graph-uri", g) for g in default),
                *(("named-graph-uri", g) for g in named)]
        response = self._post(self.query_url, self._auth, urllib.parse.urlencode(form).encode(),
                              "application/x-www-form-urlencoded", ACCEPT)
        media_type = response.headers.get_content_type()
        results_format = ox.QueryResultsFormat.from_media_type(media_type)
        if results_format is not None:
            return ox.parse_query_results(response, results_format)
        rdf_format = ox.RdfFormat.from_media_type(media_type)
        if rdf_format is None:
            raise StoreError(f"{self.query_url} answered with {media_type}, which is neither "
                             "SPARQL results nor RDF")
        graph = ox.Store()  # a graph answer becomes pyoxigraph's own graph result
        graph.load(response.read(), rdf_format)
        return graph.query("CONSTRUCT WHERE { ?s ?p ?o }")

    def _update(self, sparql: str) -> None:
        body = urllib.parse.urlencode({"update": sparql}).encode()
        self._post(self.update_url, self._update_auth, body, "application/x-www-form-urlencoded",
                   "*/*").read()

    def _post(self, url: str, auth: str | None, body: bytes, content_type: str, accept: str):
        headers = {"Content-Type": content_type, "Accept": accept}
        if auth:
            headers["Authorization"] = auth
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")
        try:
            return urllib.request.urlopen(request, timeout=TIMEOUT)
        except urllib.error.HTTPError as e:
            message = _first_line(e.read().decode("utf-8", "replace")) or e.reason
            if e.code == 400:
                raise QueryError(f"the SPARQL server refused the request: {message}") from None
            raise StoreError(f"{url} answered {e.code}: {message}") from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise StoreError(f"cannot reach the SPARQL server at {url}: {reason}") from None


def _split_credentials(url: str) -> tuple[str, str | None]:
    """('http://host/sparql', 'Basic …') from 'http://user:password@host/sparql'."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StoreError(f"not an http(s) URL of a SPARQL endpoint: '{url}'")
    if parts.username is None:
        return url, None
    netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
    secret = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
    auth = "Basic " + base64.b64encode(secret.encode()).decode()
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc)), auth


def _first_line(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text)  # servers that answer errors in HTML
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return line[:300]
