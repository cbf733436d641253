"""The ontology and the SHACL shapes as package data, and validation of data against the shapes.

    ontology_graph() / shapes_graph()      parsed once per process (rdflib)
    ontology_turtle() / shapes_turtle()    the Turtle files as written, for /ontology and /shapes
    validate_triples(triples)              one article's pyoxigraph triples (the ingest gate)
    validate_graph(graph)                  an rdflib graph
    validate_store(store)                  the union default graph of a store (`newsgraph validate`)

Every function returns a Report: `.conforms`, `.results` [(focus, path, message)], `.text` (one
readable line per problem, sorted, then a summary line) and `.graph` (the SHACL validation report).
Validation runs pyshacl without inference: the data asserts every type the shapes rely on.
"""
from __future__ import annotations

import functools
import logging
import threading
from dataclasses import dataclass, field
from importlib import resources
from typing import Iterable

import pyoxigraph as ox
import rdflib
from pyshacl import Validator
from pyshacl.graph_abstraction import DataGraph
from pyshacl.shapes_graph import ShapesGraph
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, SH, XSD

from newsgraph.errors import NotConforming
from newsgraph.iris import PREFIXES

PACKAGE = "newsgraph.ontology"
ONTOLOGY_FILE = "newsgraph.ttl"
SHAPES_FILE = "shapes.ttl"
SHAPES_PREFIXES = {**PREFIXES, "sh": "http://www.w3.org/ns/shacl#",
                   "ngsh": "https://w3id.org/newsgraph/shapes#"}
_LOCK = threading.Lock()
_XSD_STRING = ox.NamedNode(str(XSD.string))
_LOG = logging.getLogger("newsgraph.shacl")
_LOG.setLevel(logging.ERROR)  # pyshacl logs warnings for things we decide on purpose


class _IllTypedLiterals(logging.Filter):
    """rdflib logs a traceback for every ill-typed literal it reads ("2025-13-45"^^xsd:date); the
    shapes report those as violations, so the traceback is noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("Failed to convert Literal lexical form")


logging.getLogger("rdflib.term").addFilter(_IllTypedLiterals())


# ---- package data ------------------------------------------------------------------------------

@functools.cache
def ontology_turtle() -> str:
    return resources.files(PACKAGE).joinpath(ONTOLOGY_FILE).read_text(encoding="utf-8")


@functools.cache
def shapes_turtle() -> str:
    return resources.files(PACKAGE).joinpath(SHAPES_FILE).read_text(encoding="utf-8")


@functools.cache
def ontology_graph() -> rdflib.Graph:
    """The ontology, parsed once. Treat it as read-only."""
    return rdflib.Graph().parse(data=ontology_turtle(), format="turtle")


@functools.cache
def shapes_graph() -> rdflib.Graph:
    """The shapes, parsed once. Treat it as read-only."""
    return rdflib.Graph().parse(data=shapes_turtle(), format="turtle")


@functools.cache
def _shapes() -> ShapesGraph:
    """pyshacl's view of the shapes, harvested once: building it is most of a small validation.
    pyshacl reads the shapes thousands of times a batch (each shape's parameters, and a qualified
    value shape anew for every value), so they sit in rdflib's SimpleMemory store, which keeps no
    record of the graphs a triple is in: the gate ~5% faster than with the default store."""
    copy = rdflib.Graph(store="SimpleMemory")
    copy += shapes_graph()  # pyshacl adds its own triples to the graph it is given
    shapes = ShapesGraph(copy, False, _LOG)
    _ = shapes.shapes  # harvest now, not during the first validation
    return shapes


@functools.cache
def _targets() -> tuple[frozenset, frozenset]:
    """(target classes, target-objects-of properties) of all node shapes, to count focus nodes."""
    g = shapes_graph()
    return frozenset(g.objects(None, SH.targetClass)), frozenset(g.objects(None, SH.targetObjectsOf))


# ---- reports -----------------------------------------------------------------------------------

@dataclass
class Report:
    conforms: bool
    results: list[tuple] = field(default_factory=list)   # (focus, path, message), rdflib terms / str
    text: str = ""
    graph: rdflib.Graph = field(default_factory=rdflib.Graph)

    def __bool__(self) -> bool:
        return self.conforms

    def turtle(self) -> str:
        """The SHACL validation report as Turtle (the body of a 422)."""
        return self.graph.serialize(format="turtle")

    def error(self, source: str) -> NotConforming:
        """The error to raise when `source` (a file name, "POST /articles") does not conform:
        its message is the readable report, its .report the Turtle one."""
        return NotConforming(f"{source} does not conform to the NewsGraph shapes:\n{self.text}", report=self.turtle())


def validate_graph(data: rdflib.Graph) -> Report:
    """Check an rdflib graph against the shapes (the graph is read, never changed)."""
    # pyshacl builds its view of the shapes for every Validator; hand it an empty graph (cheap) and
    # then the view harvested once, so a small article is checked in tens of milliseconds.
    validator = Validator(DataGraph.from_rdflib(data), shacl_graph=rdflib.Graph(),
                          options={"inference": "none", "advanced": False, "inplace": True,
                                   "allow_warnings": False, "logger": _LOG})
    validator.shacl_graph = _shapes()
    with _LOCK:  # the shared shapes view fills caches as it runs
        conforms, report_graph, _ = validator.run()
    for prefix, ns in SHAPES_PREFIXES.items():
        report_graph.bind(prefix, ns, override=True, replace=True)
    return _report(bool(conforms), report_graph, data)


def validate_triples(triples: Iterable[ox.Triple]) -> Report:
    """Check pyoxigraph triples (one article's graph, before it is written)."""
    return validate_graph(to_rdflib(triples))


def validate_store(store) -> Report:
    """Check the union of all graphs of a store (its default graph)."""
    return validate_graph(to_rdflib(store.triples()))


def to_rdflib(triples: Iterable[ox.Triple]) -> rdflib.Graph:
    """pyoxigraph triples as an rdflib graph. Literals keep their lexical form, so an ill-typed
    literal such as "2025-13-45"^^xsd:date stays ill-typed and the shapes can report it."""
    graph = rdflib.Graph()
    add = graph.store.add  # the store's own: Graph.add would only check again that these are terms
    for t in triples:
        add((_term(t.subject), _term(t.predicate), _term(t.object)), graph, False)
    return graph


@functools.lru_cache(maxsize=1 << 16)  # the gate meets the same predicates, types and entities in every article
def _term(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise ValueError(f"RDF-star triple terms are not supported in NewsGraph data: {term}")


def _report(conforms: bool, report_graph: rdflib.Graph, data: rdflib.Graph) -> Report:
    nm = report_graph.namespace_manager
    results, lines = set(), set()
    for result in report_graph.objects(None, SH.result):
        focus = report_graph.value(result, SH.focusNode)
        path = report_graph.value(result, SH.resultPath)
        message = str(report_graph.value(result, SH.resultMessage) or "does not conform")
        value = report_graph.value(result, SH.value)
        results.add((focus, path, message))
        lines.add(_line(focus, path, message, value, nm))
    text = sorted(lines)
    if conforms:
        text.append(f"Conforms: {_focus_count(data)} nodes checked ({len(data)} triples).")
    else:
        text.append(f"Does not conform: {len(lines)} problem{'s' if len(lines) != 1 else ''} "
                    f"({len(data)} triples checked).")
    return Report(conforms, sorted(results, key=lambda r: tuple(map(str, r))), "\n".join(text), report_graph)


def _line(focus, path, message, value, nm) -> str:
    where = _show(focus, nm)
    if path is not None:
        where += f" — {_show(path, nm)}"
    line = f"{where}: {message}"
    if value is not None and value != focus:
        line += f" (value: {_show(value, nm)})"
    return line


def _show(term, nm) -> str:
    if isinstance(term, URIRef):
        for prefix, ns in SHAPES_PREFIXES.items():
            if term.startswith(ns) and prefix not in ("wd",):
                local = term[len(ns):]
                if local and all(c.isalnum() or c in "_-" for c in local):
                    return f"{prefix}:{local}"
        return f"<{term}>"
    if isinstance(term, (Literal, BNode)):
        return term.n3(nm)
    return str(term)  # a path expression


def _focus_count(data: rdflib.Graph) -> int:
    classes, props = _targets()
    nodes = {s for c in classes for s in data.subjects(RDF.type, c)}
    nodes.update(o for p in props for o in data.objects(None, p))
    return len(nodes)


__all__ = ["Report", "ontology_graph", "shapes_graph", "ontology_turtle", "shapes_turtle",
           "validate_graph", "validate_triples", "validate_store", "to_rdflib"]

