"""The ontology and the SHACL shapes as package data, and validation of data against the shapes.

    ontology_graph() / shapes_graph()      parsed once per process (rdflib)
    ontology_turtle() / shapes_turtle()    the Turtle files as written, for /ontology and /shapes
    validate_triples(triples)              one article's pyoxigraph triples (the ingest gate)
    validate_graph(graph)                  an rdflib graph
    validate_store(store)                  the union default graph of a store (`newsgraph validate`)

Every function returns a Report: `.conforms`, `.results` [(focus, path, message)], `.text` (one
readable line per problem, sorted, then a summary line) and `.graph` (the SHACL validation report).
Validation runs pyshacl-turbo (SHACL Core in Rust, with pySHACL's report graphs) without inference:
the data asserts every type the shapes rely on. The shapes are compiled once per process; the gate's
triples go to the engine in a pyoxigraph store, never as rdflib objects. pySHACL, which it replaced,
cost the gate ~7 CPU ms an article; on 750 article graphs, whole and broken, the two reports were the
same but for one kind of extra result: an ill-typed offset also fails sh:lessThan.
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
from pyshacl_turbo import compile_shapes
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, SH

from newsgraph.errors import NotConforming
from newsgraph.iris import PREFIXES

PACKAGE = "newsgraph.ontology"
ONTOLOGY_FILE = "newsgraph.ttl"
SHAPES_FILE = "shapes.ttl"
SHAPES_PREFIXES = {**PREFIXES, "sh": "http://www.w3.org/ns/shacl#",
                   "ngsh": "https://w3id.org/newsgraph/shapes#"}
_LOCK = threading.Lock()
_TYPE = ox.NamedNode(str(RDF.type))


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
def _compiled():
    """The shapes compiled by the SHACL engine, once per process."""
    return compile_shapes(shapes_turtle(), shacl_graph_format="turtle")


@functools.cache
def _targets() -> tuple[list[str], list[str]]:
    """(target classes, target-objects-of properties) of all node shapes, to count focus nodes."""
    g = shapes_graph()
    classes, props = g.objects(None, SH.targetClass), g.objects(None, SH.targetObjectsOf)
    return sorted(set(map(str, classes))), sorted(set(map(str, props)))


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


def validate_triples(triples: Iterable[ox.Triple]) -> Report:
    """Check pyoxigraph triples (one article's graph before it is written, the ingest gate)."""
    data = ox.Store()
    data.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    classes, props = _targets()
    focus = {q.subject for c in classes for q in data.quads_for_pattern(None, _TYPE, ox.NamedNode(c))}
    focus.update(q.object for p in props for q in data.quads_for_pattern(None, ox.NamedNode(p), None))
    return _validate(data, len(focus), len(data))


def validate_graph(data: rdflib.Graph) -> Report:
    """Check an rdflib graph against the shapes (the graph is read, never changed)."""
    classes, props = _targets()
    focus = {s for c in classes for s in data.subjects(RDF.type, URIRef(c))}
    focus.update(o for p in props for o in data.objects(None, URIRef(p)))
    return _validate(data, len(focus), len(data))


def validate_store(store) -> Report:
    """Check the union of all graphs of a store (its default graph)."""
    return validate_triples(store.triples())


def _validate(data, focus_nodes: int, triples: int) -> Report:
    """Run the engine on `data` (a pyoxigraph store or an rdflib graph) and read its report."""
    with _LOCK:  # one validation at a time on the shared compiled shapes
        conforms, report_graph, _ = _compiled().validate(data)
    for prefix, ns in SHAPES_PREFIXES.items():
        report_graph.bind(prefix, ns, override=True, replace=True)
    return _report(bool(conforms), report_graph, focus_nodes, triples)


def _report(conforms: bool, report_graph: rdflib.Graph, focus_nodes: int, triples: int) -> Report:
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
        text.append(f"Conforms: {focus_nodes} nodes checked ({triples} triples).")
    else:
        text.append(f"Does not conform: {len(lines)} problem{'s' if len(lines) != 1 else ''} "
                    f"({triples} triples checked).")
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


__all__ = ["Report", "ontology_graph", "shapes_graph", "ontology_turtle", "shapes_turtle",
           "validate_graph", "validate_triples", "validate_store"]

