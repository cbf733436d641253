"""The site around the endpoint: the query page, the dump, the vocabulary and the VoID description.

    GET /                    the query page (editor, example queries from queries/*.rq, results, downloads)
    GET /export?format=F     the dataset, streamed: turtle (default) | trig | nquads | ntriples | jsonld |
                             rdfxml; trig, nquads and jsonld keep the named graphs; &graph=IRI for one graph
    GET /ontology            the OWL ontology: Turtle (default), JSON-LD, N-Triples, RDF/XML; HTML for browsers
    GET /shapes              the SHACL shapes, the same way (a plain HTML view for browsers)
    GET /.well-known/void    a VoID description with counts: Turtle (default), JSON-LD, N-Triples, RDF/XML
"""
from __future__ import annotations

import io
import queue
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from flask import Blueprint, Response, abort, render_template, request, stream_with_context

from newsgraph.iris import KINDS, NG, PREFIXES, sparql_prefixes

from . import void
from .pages import GRAPH_FORMATS, HTML, backend, bases, html_response, negotiate, rdf_response, store

bp = Blueprint("site", __name__, template_folder="templates",
               static_folder="static", static_url_path="/static")

QUERIES = Path(__file__).with_name("queries")
EXPORT_FORMATS = {  # ?format= -> (pyoxigraph format, file extension)
    "turtle": (ox.RdfFormat.TURTLE, "ttl"), "trig": (ox.RdfFormat.TRIG, "trig"),
    "nquads": (ox.RdfFormat.N_QUADS, "nq"), "ntriples": (ox.RdfFormat.N_TRIPLES, "nt"),
    "jsonld": (ox.RdfFormat.JSON_LD, "jsonld"), "rdfxml": (ox.RdfFormat.RDF_XML, "rdf"),
}
STARTER = """
# Events with their date and place; pick an example on the left for more.
SELECT ?event ?name ?date ?place WHERE {
  ?event a schema:Event ;
         schema:name ?name .
  OPTIONAL { ?event schema:startDate ?date }
  OPTIONAL { ?event schema:location/schema:name ?place }
}
ORDER BY ?date ?name
LIMIT 100
"""
RDF_OFFERS = list(GRAPH_FORMATS)                   # Turtle first: the default for RDF clients
VOCAB_OFFERS = [RDF_OFFERS[0], HTML, *RDF_OFFERS[1:]]


# ---- the query page ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Example:
    name: str    # file name without .rq
    title: str   # its first comment line
    text: str    # the whole query


def examples() -> list[Example]:
    """The example queries, in file-name order; each file starts with '# Title'."""
    found = []
    for path in sorted(QUERIES.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        title = first.lstrip("#").strip() if first.startswith("#") else path.stem
        found.append(Example(path.stem, title, text))
    return found


@bp.get("/")
def index():
    return query_page()


def query_page(query: str | None = None) -> str:
    """The query page (with ?query= prefilled when given)."""
    initial = query or request.args.get("query") or sparql_prefixes() + STARTER
    return render_template("index.html", examples=examples(), query=initial, prefixes=PREFIXES,
                           bases=bases(), kinds=KINDS, ng=NG, export_formats=list(EXPORT_FORMATS))


def sparql_page():
    """`GET /sparql` without a query, from a browser: sparql.py calls the view 'site.sparql_page'."""
    return query_page()


# A view without a URL of its own: /sparql (another blueprint) answers with it.
bp.record_once(lambda state: state.app.view_functions.setdefault("site.sparql_page", sparql_page))


# ---- the dump ------------------------------------------------------------------------------------

@bp.get("/export")
def export():
    name = request.args.get("format", "turtle").lower()
    if name not in EXPORT_FORMATS:
        abort(400, description=f"unknown export format '{name}'; use one of {', '.join(EXPORT_FORMATS)}")
    fmt, extension = EXPORT_FORMATS[name]
    graph = request.args.get("graph")
    if graph and not store().has_graph(graph):
        abort(404, description=f"no graph <{graph}> in the store")
    body = stream_with_context(_dump_chunks(store(), fmt, graph))
    response = Response(body, mimetype=fmt.media_type)
    response.headers["Content-Disposition"] = f'attachment; filename="newsgraph.{extension}"'
    return response


class _Pipe(io.RawIOBase):
    """A file the dumping thread writes to and the response reads from, chunk by chunk."""

    def __init__(self, chunks: queue.Queue, stopped: threading.Event):
        self.chunks, self.stopped = chunks, stopped

    def writable(self):
        return True

    def write(self, data) -> int:
        chunk = bytes(data)
        while not self.stopped.is_set():
            try:
                self.chunks.put(chunk, timeout=1)
                return len(chunk)
            except queue.Full:
                continue
        raise BrokenPipeError("the client went away")


def _dump_chunks(source, fmt: ox.RdfFormat, graph: str | None):
    """Yield the serialisation as it is written, so the dump never sits whole in memory."""
    chunks: queue.Queue = queue.Queue(maxsize=32)
    stopped = threading.Event()

    def work():
        try:
            with io.BufferedWriter(_Pipe(chunks, stopped), buffer_size=1 << 16) as out:
                source.dump(out, fmt, graph=graph, prefixes=PREFIXES)
        except BrokenPipeError:
            pass
        finally:
            while not stopped.is_set():
                try:
                    chunks.put(None, timeout=1)
                    break
                except queue.Full:
                    continue

    threading.Thread(target=work, name="newsgraph-export", daemon=True).start()
    try:
        while (chunk := chunks.get()) is not None:
            yield chunk
    finally:
        stopped.set()


# ---- vocabulary and dataset description ----------------------------------------------------------

@bp.get("/ontology")
def ontology():
    from newsgraph.ontology import docs, validate
    media_type = negotiate(VOCAB_OFFERS)
    if media_type == HTML:
        return html_response(docs.ontology_html())
    return turtle_as(validate.ontology_turtle(), media_type)


@bp.get("/shapes")
def shapes():
    from newsgraph.ontology import validate
    media_type = negotiate(VOCAB_OFFERS)
    if media_type == HTML:
        return html_response(render_template("shapes.html", turtle=validate.shapes_turtle()))
    return turtle_as(validate.shapes_turtle(), media_type)


@bp.get("/.well-known/void")
def void_description():
    media_type = negotiate(RDF_OFFERS)
    return rdf_response(void.describe(void_counts(), request.url_root, bases()[0]), media_type, void.PREFIXES)


_VOID_COUNTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()   # backend -> (version, Counts)


def void_counts() -> void.Counts:
    """The store's counts, made again only after a write: counting is seconds of work on a big store,
    which a public /.well-known/void must not redo on every request. A remote store is written by
    others too, so its counts are asked for each time (the SPARQL server does the counting)."""
    b = backend()
    if b.snapshots is None:
        return void.count(b.store)
    version = b.snapshots.count   # one snapshot per write
    cached = _VOID_COUNTS.get(b)
    if cached is None or cached[0] != version:
        cached = _VOID_COUNTS[b] = (version, void.count(b.store))
    return cached[1]


def turtle_as(turtle: str, media_type: str) -> Response:
    """Turtle text as it is written (comments kept), or re-serialised in another format."""
    if media_type == "text/turtle":
        response = Response(turtle, mimetype=media_type)
        response.vary.add("Accept")
        return response
    return rdf_response(ox.parse(turtle, format=ox.RdfFormat.TURTLE), media_type)
