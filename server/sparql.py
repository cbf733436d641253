"""`/sparql`: the SPARQL 1.1 Protocol query operation, its content negotiation and service description.

    GET  /sparql?query=Q[&default-graph-uri=G]*[&named-graph-uri=N]*
    POST /sparql   application/x-www-form-urlencoded   query=Q&…  (dataset parameters in the body)
    POST /sparql   application/sparql-query            Q          (dataset parameters in the URL)
    GET  /sparql   (no query)   the service description (sd:Service) for RDF clients; browsers
                                (text/html preferred) get the query page
Answers: SELECT/ASK by RESULT_TYPES, CONSTRUCT/DESCRIBE by GRAPH_TYPES, chosen from Accept with
q-values and wildcards (no Accept: the first entry); `?format=` (json, xml, csv, tsv, turtle, …)
overrides Accept for download links. Nothing acceptable: 406 listing the offers.
Refused: an update (`update=`, application/sparql-update) 403; a repeated or missing `query` 400;
a body that is not UTF-8 400; a POST without Content-Type 400, with another one 415; other
methods 405. Results carry `X-NewsGraph-Max-Rows` and, when known before streaming,
`X-NewsGraph-Truncated: true|false` (see executor.py).

The query operation is the server's hot path, so it is plain WSGI in front of the Flask app
(`Endpoint`, installed by create_app as `app.wsgi_app`): it reads the request from the environ,
negotiates with the tables below and renders errors with the app's own `error_answer`, without
Flask's request context and response machinery (~0.2 ms a request here, more than a lookup
query costs). Requests for other paths, and a GET of /sparql without a query (the service
description and the query page: documents, not queries), go on to Flask.
"""
from __future__ import annotations

import time
from functools import lru_cache
from urllib.parse import parse_qsl

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, redirect, request
from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import HTTPException, InternalServerError, MethodNotAllowed
from werkzeug.http import HTTP_STATUS_CODES, parse_accept_header, parse_options_header
from werkzeug.wsgi import get_input_stream

from newsgraph.errors import NewsGraphError, UsageError

from .app import CORS_HEADERS, PREFLIGHT_HEADERS, error_answer
from .executor import QueryFailed
from .worker import GRAPH, Job

bp = Blueprint("sparql", __name__)

# Offered media type -> the media type pyoxigraph serialises. The first entry is the default for
# */* or no Accept; aliases come last so the registered types win ties.
RESULT_TYPES = {
    "application/sparql-results+json": "application/sparql-results+json",
    "application/sparql-results+xml": "application/sparql-results+xml",
    "text/csv": "text/csv", "text/tab-separated-values": "text/tab-separated-values",
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml", "text/xml": "application/sparql-results+xml",
}
GRAPH_TYPES = {
    "text/turtle": "text/turtle", "application/n-triples": "application/n-triples",
    "application/ld+json": "application/ld+json", "application/rdf+xml": "application/rdf+xml",
    "application/trig": "application/trig", "application/n-quads": "application/n-quads",
    "application/x-turtle": "text/turtle", "application/turtle": "text/turtle",
    "application/json": "application/ld+json",
    "application/xml": "application/rdf+xml",
}
# ?format= names (download links; SPARQLWrapper sends them too): per kind of result, so that
# `xml` and `json` mean the results formats for SELECT/ASK and RDF/XML, JSON-LD for graphs.
RESULT_NAMES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values"}
GRAPH_NAMES = {"turtle": "text/turtle", "ttl": "text/turtle", "ntriples": "application/n-triples",
               "nt": "application/n-triples", "jsonld": "application/ld+json", "json": "application/ld+json",
               "json-ld": "application/ld+json", "rdfxml": "application/rdf+xml", "xml": "application/rdf+xml",
               "rdf": "application/rdf+xml", "trig": "application/trig", "nquads": "application/n-quads"}
FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"
HTML = "text/html"
PATHS = ("/sparql", "/sparql/")
METHODS = ["GET", "HEAD", "OPTIONS", "POST"]


class Refused(UsageError):
    """An update sent to the query endpoint."""
    status = 403


class UnsupportedType(UsageError):
    status = 415


class NotAcceptable(UsageError):
    status = 406


class Endpoint:
    """WSGI: the query operation on /sparql; everything else goes on to `app.wsgi_app` (Flask)."""

    def __init__(self, app, backend):
        self.app, self.next, self.backend = app, app.wsgi_app, backend

    def __call__(self, environ, start_response):
        if environ.get("PATH_INFO") not in PATHS:
            return self.next(environ, start_response)
        accept = environ.get("HTTP_ACCEPT", "")
        try:
            answer = self.answer(environ, accept)
        except (NewsGraphError, HTTPException) as error:
            answer = error_answer(error, accept)
        except Exception as error:  # a bug: logged, and a 500 as Flask would answer it
            self.app.logger.exception("Exception on %s [%s]", environ.get("PATH_INFO"), environ["REQUEST_METHOD"])
            answer = error_answer(InternalServerError(original_exception=error), accept)
        if answer is None:   # the service description or the query page: Flask's
            return self.next(environ, start_response)
        status, headers, body = answer
        start_response(_status_line(status), headers + CORS)
        if environ["REQUEST_METHOD"] == "HEAD":   # the head only (a stream not read is stopped)
            getattr(body, "close", lambda: None)()
            return []
        return body

    def answer(self, environ, accept: str) -> tuple[int, list, object] | None:
        """(status, headers, body iterable) for a request to /sparql; None: not a query (Flask's)."""
        started = time.monotonic()
        method = environ["REQUEST_METHOD"]
        if method == "OPTIONS":
            return 200, [("Allow", ", ".join(METHODS)), ("Content-Length", "0"), *PREFLIGHT], []
        if method not in METHODS:
            raise MethodNotAllowed(valid_methods=METHODS)
        params, body_query = _params(environ, method, self.backend.settings.max_body)
        if "update" in params or _mimetype(environ.get("CONTENT_TYPE", ""))[0] == UPDATE:
            raise Refused("updates are not accepted: this endpoint is read-only (SPARQL query only)")
        queries = params.get("query", []) + ([body_query] if body_query is not None else [])
        if not queries:
            if method != "POST":
                return None
            raise UsageError("no query: send the SPARQL query in the 'query' parameter or as an "
                             "application/sparql-query body")
        if len(queries) > 1:
            raise UsageError("exactly one query is allowed, got %d" % len(queries))
        backend = self.backend
        fmt = (params.get("format") or [""])[0]
        results_type, graph_type = _choose(RESULT_TYPES, RESULT_NAMES, fmt, accept), \
            _choose(GRAPH_TYPES, GRAPH_NAMES, fmt, accept)
        default_graphs, named_graphs = params.get("default-graph-uri"), params.get("named-graph-uri")
        if named_graphs is not None and default_graphs is None:
            default_graphs = []  # named graphs only: the default graph is empty (as with FROM NAMED)
        job = Job(queries[0], default_graphs, named_graphs, RESULT_TYPES.get(results_type),
                  GRAPH_TYPES.get(graph_type), backend.settings.max_rows, backend.base_iri)
        try:
            result = backend.executor.run(job, started + backend.settings.query_timeout)
        except QueryFailed as e:
            if e.status == 406:
                raise NotAcceptable(_offers_message(e.kind, accept)) from None
            raise
        media_type = graph_type if result.kind == GRAPH else results_type
        headers = [("Content-Type", _with_charset(media_type)),
                   ("X-NewsGraph-Max-Rows", str(backend.settings.max_rows)), ("Vary", "Accept")]
        if result.truncated is None:  # a long answer: it streams (chunked) as the worker writes it
            return 200, headers, result.chunks
        data = b"".join(result.chunks)
        headers += [("Content-Length", str(len(data))),
                    ("X-NewsGraph-Truncated", "true" if result.truncated else "false")]
        return 200, headers, [data]


CORS = list(CORS_HEADERS.items())
PREFLIGHT = list(PREFLIGHT_HEADERS.items())


def _params(environ, method: str, max_body: int) -> tuple[dict[str, list[str]], str | None]:
    """The protocol parameters (URL and form body), and the query of a direct POST body.

    Parsed strictly: bytes that are not UTF-8 are a 400, never silently replaced."""
    params: dict[str, list[str]] = {}
    pairs = _parse_qs(environ.get("QUERY_STRING", ""))
    body_query = None
    if method == "POST":
        mimetype, options = _mimetype(environ.get("CONTENT_TYPE", ""))
        if not mimetype:
            raise UsageError("a POST needs a Content-Type: application/sparql-query or " + FORM)
        if mimetype == FORM:
            pairs += _parse_qs(_body(environ, max_body))
        elif mimetype == DIRECT:
            charset = options.get("charset", "utf-8").lower()
            if charset not in ("utf-8", "utf8"):
                raise UsageError(f"the query must be UTF-8, not {charset}")
            body_query = _utf8(_body(environ, max_body))
        elif mimetype != UPDATE:
            raise UnsupportedType(f"unsupported Content-Type {mimetype}: send {DIRECT} or {FORM}")
    for name, value in pairs:
        params.setdefault(name, []).append(value)
    return params, body_query


def _body(environ, max_body: int) -> bytes:
    """The request body; 413 (RequestEntityTooLarge) past `max_body`, chunked bodies included."""
    return get_input_stream(environ, max_content_length=max_body).read()


@lru_cache(maxsize=64)
def _mimetype(content_type: str) -> tuple[str, dict[str, str]]:
    value, options = parse_options_header(content_type)
    return value.lower(), options


def _parse_qs(data: bytes | str) -> list[tuple[str, str]]:
    try:
        text = data.decode("ascii") if isinstance(data, bytes) else data
        if not text.isascii():   # a WSGI string holds the raw bytes as latin-1
            raise UnicodeError
        return parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeError:
        raise UsageError("parameters must be percent-encoded UTF-8") from None


def _utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise UsageError(f"the query is not UTF-8 (byte {e.start}): send it UTF-8 encoded") from None


def _choose(table: dict[str, str], names: dict[str, str], fmt: str, accept: str) -> str | None:
    """The offered media type the client prefers; a known ?format= name overrides; None when none fits."""
    name = fmt.lower()
    if name in names:
        return names[name]
    return _best(accept, tuple(table))


@lru_cache(maxsize=512)
def _best(accept_header: str, offers: tuple[str, ...]) -> str | None:
    """Werkzeug's q-value and wildcard matching, memoised per Accept header (clients repeat theirs,
    and matching costs more than a small query)."""
    accept = parse_accept_header(accept_header, MIMEAccept)
    if not accept:
        return offers[0]
    return accept.best_match(offers)


def _offers_message(kind: str | None, asked: str) -> str:
    offers = GRAPH_TYPES if kind == GRAPH else RESULT_TYPES
    what = "a graph (CONSTRUCT/DESCRIBE)" if kind == GRAPH else "a table (SELECT/ASK)"
    return f"the result is {what} and none of its formats is acceptable ({asked}); offered: " \
           + ", ".join(offers)


def _with_charset(media_type: str) -> str:
    if media_type.startswith("text/") or media_type.endswith(("json", "xml")):
        return f"{media_type}; charset=utf-8"
    return media_type


@lru_cache(maxsize=None)
def _status_line(status: int) -> str:
    return f"{status} {HTTP_STATUS_CODES.get(status, 'Unknown').upper()}"


# ---- service description ---------------------------------------------------------------------

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
SD_FORMATS = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
              "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads"]


@bp.get("/sparql")
@bp.get("/sparql/")
def service_description() -> Response:
    """An sd:Service whose sd:endpoint is the URL the client used; browsers get the query page.
    (Endpoint hands over GET /sparql without a query.)"""
    accept = request.accept_mimetypes
    if accept and accept.best_match([*GRAPH_TYPES, HTML]) == HTML and accept[HTML] > accept["text/turtle"]:
        if "site.sparql_page" in current_app.view_functions:
            return current_app.view_functions["site.sparql_page"]()
        return redirect("/", code=303)
    media_type = _choose(GRAPH_TYPES, GRAPH_NAMES, request.args.get("format", ""),
                         request.headers.get("Accept", ""))
    if media_type is None:
        raise NotAcceptable("the service description is RDF; offered: " + ", ".join(GRAPH_TYPES))
    fmt = ox.RdfFormat.from_media_type(GRAPH_TYPES[media_type])
    data = ox.serialize(_sd_triples(request.base_url), format=fmt,
                        prefixes={"sd": SD, "formats": FORMATS})
    return Response(data, content_type=_with_charset(media_type), headers={"Vary": "Accept"})


def _sd_triples(endpoint: str) -> list[ox.Triple]:
    n = ox.NamedNode
    rdf_type = n("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    service, dataset, graph = ox.BlankNode("service"), ox.BlankNode("dataset"), ox.BlankNode("default")
    triples = [
        ox.Triple(service, rdf_type, n(SD + "Service")),
        ox.Triple(service, n(SD + "endpoint"), n(endpoint)),
        ox.Triple(service, n(SD + "supportedLanguage"), n(SD + "SPARQL11Query")),
        ox.Triple(service, n(SD + "feature"), n(SD + "UnionDefaultGraph")),
        ox.Triple(service, n(SD + "defaultEntailmentRegime"), n("http://www.w3.org/ns/entailment/Simple")),
        ox.Triple(service, n(SD + "defaultDataset"), dataset),
        ox.Triple(dataset, rdf_type, n(SD + "Dataset")),
        ox.Triple(dataset, n(SD + "defaultGraph"), graph),
        ox.Triple(graph, rdf_type, n(SD + "Graph")),
    ]
    triples += [ox.Triple(service, n(SD + "resultFormat"), n(FORMATS + f)) for f in SD_FORMATS]
    return triples
