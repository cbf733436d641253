"""An external SPARQL 1.1 server as the store: `--store sparql+http(s)://host/path`.

The URL is the query endpoint; updates go to the same URL, or to NEWSGRAPH_UPDATE_ENDPOINT when it
is set (Virtuoso: `/sparql-auth`). Credentials come from NEWSGRAPH_SPARQL_USER and
NEWSGRAPH_SPARQL_PASSWORD (or `user:password@` in the URL); they are sent when the server asks, with
HTTP Basic or Digest authentication, whichever it asks for. Only the SPARQL 1.1 Protocol is used
(query and update operations, over urllib), so any conforming server works.

Layout on the server, beside the article graphs (each written by one update request: all or nothing):
  * UNION_GRAPH holds the set union of all the graphs written here. A server's default graph is its
    own business (Virtuoso's is every graph, matching a triple held by three graphs three times), so a
    query without a dataset is sent with `default-graph-uri=UNION_GRAPH`: one graph, so a shared triple
    is matched once on every server.
  * GRAPHS_GRAPH registers each graph written here (`<g> a <urn:x-newsgraph:Graph>`), so the store's
    graphs are ours only, not the server's own (Virtuoso keeps its system graphs beside ours) or
    another application's.
A query that uses `GRAPH ?var` must see our graphs as named graphs, and only them. The protocol's
way is one `named-graph-uri` per graph, which is sent to servers in general; with thousands of
articles that request is too large (Virtuoso refuses it), so on Virtuoso (told by its `Server`
header), which keeps every graph available to GRAPH, the query is sent as is and each
`GRAPH ?var { … }` is followed by a filter that keeps ?var off the union, the register and the
server's other graphs (looked up once). Queries naming several default graphs are answered here,
over their set merge fetched from the server.

Virtuoso 7's other quirks met here: ASK is answered as a result set (`__ASK_RETVAL`), `GRAPH <g>`
needs <g> named in the dataset (else an ASK over it is true), DESCRIBE is answered as a result set
unless RDF is asked for, and an answer cut at the server's row or time limit is flagged only in a
header (refused here as an error).
"""
from __future__ import annotations

import re
import time
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
GRAPHS_GRAPH = "urn:x-newsgraph:graphs"
GRAPH_CLASS = "urn:x-newsgraph:Graph"
OWN_GRAPHS = (UNION_GRAPH, GRAPHS_GRAPH)
TIMEOUT = 600  # seconds without an answer before a request is given up
ATTEMPTS = 5  # tries of a request the server rolls back to end a deadlock
ACCEPT_RESULTS = "application/sparql-results+json, application/sparql-results+xml;q=0.9"
# Graphs are asked for as graphs: Virtuoso answers DESCRIBE with a (non-standard) result set otherwise
ACCEPT_GRAPH = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.8"
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_GRAPH = re.compile(r"\bGRAPH\b", re.IGNORECASE)
# Lexemes of a query, enough to find `GRAPH ?var {` and its closing brace: comments, strings and IRIs
# are skipped whole, so braces inside them do not count.
_LEXEME = re.compile(r'''(?P<skip>\#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
    |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>)
  |(?P<graph>(?<![\w:?$])GRAPH\s*(?P<var>[?$]\w+)\s*\{)|(?P<constant>(?<![\w:?$])GRAPH\s*<(?P<iri>[^<>\s]*)>)
  |(?P<other>(?<![\w:?$])GRAPH\b)|(?P<open>\{)|(?P<close>\})''', re.IGNORECASE | re.VERBOSE)


class RemoteStore:
    """A SPARQL 1.1 server reached over HTTP, with the methods of `Store` that NewsGraph uses."""

    def __init__(self, url: str, update_url: str | None = None):
        self.location = f"sparql+{url}"
        update_url = update_url or config.get("update_endpoint") or url
        self._opener = _opener(_checked(url), _checked(update_url))
        self.query_url, self.update_url = _without_credentials(url), _without_credentials(update_url)
        self._virtuoso: bool | None = None  # told by the server's first answer
        self._foreign: list[str] | None = None

    # ---- reading -------------------------------------------------------------------------------

    def query(self, sparql: str, default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None, base_iri: str | None = None):
        """Run a SPARQL query, with the same dataset rules as `Store.query`; returns pyoxigraph's
        QuerySolutions, QueryBoolean or QueryTriples."""
        dataset = dataset_of(sparql, default_graphs, named_graphs, base_iri)
        if base_iri:
            sparql = f"BASE <{iri(base_iri).value}>\n{sparql}"
        if dataset is None:
            return self._union_query(sparql)
        default, named = dataset
        if len(default) > 1:  # merged as a set, here: a list of graphs is a bag on many servers
            return self._merged(default, named).query(
                sparql, default_graph=ox.DefaultGraph(), named_graphs=[iri(g) for g in named])
        return self._query(sparql, default or [EMPTY_GRAPH], named or [EMPTY_GRAPH])

    def _union_query(self, sparql: str):
        """A query over the store's own dataset: the union as default graph, our graphs as named."""
        if not _GRAPH.search(sparql):
            return self._query(sparql, [UNION_GRAPH], [])
        constants = graph_constants(sparql)
        if constants is not None:  # only GRAPH <iri>: those graphs suffice (and Virtuoso 7 needs
            # them named: it answers ASK { GRAPH <g> { … } } true when <g> is not in the dataset)
            return self._query(sparql, [UNION_GRAPH],
                               [g for g in constants if g not in OWN_GRAPHS] or [EMPTY_GRAPH])
        if self.is_virtuoso():
            return self._query(only_graphs_not_in(sparql, self._others()), [UNION_GRAPH], [])
        return self._query(sparql, [UNION_GRAPH], self.graphs() or [EMPTY_GRAPH])

    def _merged(self, default_graphs: list[str], named_graphs: list[str]) -> ox.Store:
        """A throw-away local store: the set merge of `default_graphs` as its default graph, and
        copies of `named_graphs`, fetched in one request (so blank nodes stay the same)."""
        wanted = " ".join(str(iri(g)) for g in {*default_graphs, *named_graphs})
        merged = ox.Store()
        for row in self._query(f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?g {{ {wanted} }} GRAPH ?g {{ ?s ?p ?o }} }}"):
            g = row["g"].value
            if g in default_graphs:
                merged.add(ox.Quad(row["s"], row["p"], row["o"], ox.DefaultGraph()))
            if g in named_graphs:
                merged.add(ox.Quad(row["s"], row["p"], row["o"], row["g"]))
        return merged

    def graphs(self) -> list[str]:
        """The IRIs of the graphs written here, sorted."""
        rows = self._query(f"SELECT ?g WHERE {{ GRAPH <{GRAPHS_GRAPH}> {{ ?g a <{GRAPH_CLASS}> }} }}")
        return sorted(r["g"].value for r in rows)

    def has_graph(self, graph: str) -> bool:
        return bool(self._query(f"ASK {{ GRAPH <{GRAPHS_GRAPH}> {{ {iri(graph)} a <{GRAPH_CLASS}> }} }}"))

    def triples(self, graph: str | None = None) -> Iterator[ox.Triple]:
        """Triples of one named graph, or of the union when `graph` is None."""
        g = iri(graph or UNION_GRAPH)
        for row in self._query(f"SELECT ?s ?p ?o WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}"):
            yield ox.Triple(row["s"], row["p"], _canonical(row["o"]))

    def __len__(self) -> int:
        rows = self._query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{UNION_GRAPH}> {{ ?s ?p ?o }} }}")
        return int(next(iter(rows))["n"].value)

    def _others(self) -> list[str]:
        """The graphs on the server that are not the store's: its own union and register, and
        Virtuoso's system graphs or another application's (looked up once)."""
        if self._foreign is None:
            every = {r["g"].value for r in self._query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
                     if isinstance(r["g"], ox.NamedNode)}
            self._foreign = sorted(every - set(self.graphs()) - set(OWN_GRAPHS))
        return [*OWN_GRAPHS, *self._foreign]

    def is_virtuoso(self) -> bool:
        if self._virtuoso is None:
            self._query("ASK {}")
        return bool(self._virtuoso)

    # ---- writing -------------------------------------------------------------------------------

    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> None:
        """Make named graph `graph` hold exactly `triples`, and the union and the register follow:
        one update request, which the server runs as one transaction."""
        g = iri(graph)
        if graph in OWN_GRAPHS:
            raise StoreError(f"<{graph}> is the store's own bookkeeping graph; it cannot be written")
        triples = list(triples)
        entry = f"GRAPH <{GRAPHS_GRAPH}> {{ {g} a <{GRAPH_CLASS}> }}"
        register = f"INSERT DATA {{ {entry} }}" if triples else f"DELETE DATA {{ {entry} }}"
        self._update(replace_graph_update(g, ox.NamedNode(UNION_GRAPH), triples) + ";\n" + register)

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
            entries = " ".join(f"{g} a <{GRAPH_CLASS}> ." for g in by_graph)
            self._update("INSERT DATA {\n" + "\n".join(blocks) + f"\nGRAPH <{UNION_GRAPH}> {{\n"
                         + "\n".join(union) + f"\n}}\nGRAPH <{GRAPHS_GRAPH}> {{ {entries} }}\n}}")
        return sum(map(len, by_graph.values()))

    def flush(self) -> None:
        """Nothing to do: the server has stored each update before answering it."""

    # ---- exporting -----------------------------------------------------------------------------

    def dump(self, output: IO[bytes], fmt: ox.RdfFormat, graph: str | None = None,
             prefixes: dict[str, str] | None = None) -> None:
        """As `Store.dump`: dataset formats keep every graph, graph formats get the union."""
        if fmt.supports_datasets:
            data = self._dataset_quads([graph] if graph else self.graphs())
        else:
            data = self.triples(graph)
        ox.serialize(data, output, fmt, prefixes=prefixes)

    def _dataset_quads(self, graphs: list[str]) -> Iterator[ox.Quad]:
        """Graph by graph (one request each), so no answer outgrows a server's cap on result rows."""
        for graph in graphs:
            g = ox.DefaultGraph() if graph == LOADED_DEFAULT_GRAPH else iri(graph)
            for t in self.triples(graph):
                yield ox.Quad(t.subject, t.predicate, t.object, g)

    # ---- the protocol --------------------------------------------------------------------------

    def _query(self, sparql: str, default: list[str] = (), named: list[str] = ()):
        form = [("query", sparql), *(("default-graph-uri", g) for g in default),
                *(("named-graph-uri", g) for g in named)]
        for attempt in range(ATTEMPTS):
            response = self._post(self.query_url, urllib.parse.urlencode(form).encode(),
                                  ACCEPT_GRAPH if _is_graph_query(sparql) else ACCEPT_RESULTS)
            if not _deadlocked(response) or attempt + 1 == ATTEMPTS:
                break
            response.close()
            time.sleep(0.05 * 2 ** attempt)  # a read the server cut to end a deadlock: ask again, as an update
        _refuse_partial(response, self.query_url)
        media_type = response.headers.get_content_type()
        results_format = ox.QueryResultsFormat.from_media_type(media_type)
        if results_format is not None:
            return _virtuoso_ask(ox.parse_query_results(response.read(), results_format))
        rdf_format = ox.RdfFormat.from_media_type(media_type)
        if rdf_format is None:
            raise StoreError(f"{self.query_url} answered with {media_type}, which is neither "
                             "SPARQL results nor RDF")
        graph = ox.Store()  # a graph answer becomes pyoxigraph's own graph result
        graph.load(response.read(), rdf_format)
        return graph.query("CONSTRUCT WHERE { ?s ?p ?o }")

    def _update(self, sparql: str) -> None:
        body = urllib.parse.urlencode({"update": sparql}).encode()
        for attempt in range(ATTEMPTS):
            try:
                self._post(self.update_url, body, "*/*").read()
                return
            except StoreError as e:
                # a transaction the server rolled back to end a deadlock (SQLSTATE 40001, Virtuoso "SR172")
                # changed nothing: run it again, after a pause that grows
                if "40001" not in str(e) or attempt + 1 == ATTEMPTS:
                    raise
                time.sleep(0.05 * 2 ** attempt)

    def _post(self, url: str, body: bytes, accept: str):
        headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Accept": accept}
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")
        try:
            response = self._opener.open(request, timeout=TIMEOUT)
        except urllib.error.HTTPError as e:
            message = _first_line(e.read().decode("utf-8", "replace")) or e.reason
            if e.code == 400:
                raise QueryError(f"the SPARQL server refused the request: {message}") from None
            if e.code in (401, 403) or "SECURITY" in message:  # Virtuoso: 500 "SR186:SECURITY: …"
                message += " (set NEWSGRAPH_SPARQL_USER and NEWSGRAPH_SPARQL_PASSWORD; updates may " \
                           "need NEWSGRAPH_UPDATE_ENDPOINT)"
            raise StoreError(f"{url} answered {e.code}: {message}") from None
        except (urllib.error.URLError, OSError, ValueError) as e:
            reason = getattr(e, "reason", e)
            raise StoreError(f"cannot reach the SPARQL server at {url}: {reason}") from None
        self._virtuoso = (response.headers.get("Server") or "").startswith("Virtuoso")
        return response


def _is_graph_query(sparql: str) -> bool:
    """CONSTRUCT or DESCRIBE (told by the first query keyword outside comments, strings and IRIs)."""
    bare = _LEXEME.sub(lambda m: " " if m.group("skip") else m.group(0), sparql)
    form = _FORM.search(bare)
    return form is not None and form.group(1).upper() in ("CONSTRUCT", "DESCRIBE")


def graph_constants(sparql: str) -> list[str] | None:
    """The IRIs of a query's `GRAPH <iri>` patterns, or None when it has any other GRAPH, or a
    relative <iri> (which the server resolves against the query's BASE)."""
    found = {}
    for m in _LEXEME.finditer(sparql):
        if m.group("graph") or m.group("other"):
            return None
        if m.group("constant"):
            if not urllib.parse.urlsplit(m.group("iri")).scheme:
                return None
            found[m.group("iri")] = None
    return list(found)


def only_graphs_not_in(sparql: str, excluded: list[str]) -> str:
    """The query with `FILTER(?var NOT IN (excluded))` after each `GRAPH ?var { … }` (a FILTER is
    allowed wherever a GRAPH pattern is, and applies to the group that holds it)."""
    insertions, depth, open_graphs = [], 0, []
    for m in _LEXEME.finditer(sparql):
        if m.group("graph"):
            depth += 1
            open_graphs.append((depth, m.group("var")))
        elif m.group("open"):
            depth += 1
        elif m.group("close"):
            if open_graphs and open_graphs[-1][0] == depth:
                var = open_graphs.pop()[1]
                listed = ", ".join(f"<{g}>" for g in excluded)
                insertions.append((m.end(), f" FILTER({var} NOT IN ({listed}))"))
            depth -= 1
    for at, text in reversed(insertions):
        sparql = sparql[:at] + text + sparql[at:]
    return sparql


XSD_BOOLEAN = ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")


def _canonical(term):
    """Virtuoso keeps an xsd:boolean as a number and gives "true" back as "1": the same value in
    another spelling, spelt back as written so that exports of both stores are the same."""
    if isinstance(term, ox.Literal) and term.datatype == XSD_BOOLEAN and term.value in ("1", "0"):
        return ox.Literal("true" if term.value == "1" else "false", datatype=XSD_BOOLEAN)
    return term


def _virtuoso_ask(results):
    """Virtuoso 7 answers ASK with a result set: one variable __ASK_RETVAL, one row (1) for true and
    none for false. Made the boolean the protocol asks for."""
    if not isinstance(results, ox.QuerySolutions) or [v.value for v in results.variables] != ["__ASK_RETVAL"]:
        return results
    rows = list(results)
    answer = bool(rows) and rows[0]["__ASK_RETVAL"] is not None and rows[0]["__ASK_RETVAL"].value != "0"
    return ox.Store().query("ASK {}" if answer else "ASK { FILTER(false) }")


def _checked(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StoreError(f"not an http(s) URL of a SPARQL endpoint: '{url}'")
    return url


def _opener(*urls: str) -> urllib.request.OpenerDirector:
    """An opener that answers the server's Basic or Digest challenge with the configured
    credentials (NEWSGRAPH_SPARQL_USER / _PASSWORD, or those in the URL)."""
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    for url in urls:
        parts = urllib.parse.urlsplit(url)
        user = urllib.parse.unquote(parts.username) if parts.username else config.get("sparql_user")
        password = urllib.parse.unquote(parts.password or "") if parts.username else config.get("sparql_password")
        if user:
            passwords.add_password(None, _without_credentials(url), user, password)
    return urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(passwords),
                                       urllib.request.HTTPBasicAuthHandler(passwords))


def _without_credentials(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def _deadlocked(response) -> bool:
    """Virtuoso cut the answer because it chose this transaction to end a deadlock ("SR172: Transaction
    deadlocked", a concurrent ingest holding the locks): the same read may well succeed at once."""
    return response.headers.get("X-SQL-State") == "40001" or "SR172" in response.headers.get("X-SQL-Message", "")


def _refuse_partial(response, url: str) -> None:
    """Virtuoso cuts answers at its ResultSetMaxRows and MaxQueryExecutionTime and says so only in
    headers; a cut answer would be silently wrong, so it is an error."""
    state = response.headers.get("X-SQL-State")
    if state:
        raise StoreError(f"{url} answered only part of the result ({state}: "
                         f"{response.headers.get('X-SQL-Message', '')}); raise the server's limits "
                         "(Virtuoso: [SPARQL] ResultSetMaxRows, MaxQueryExecutionTime)")


def _first_line(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text)  # servers that answer errors in HTML
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return line[:300]
