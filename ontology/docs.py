"""HTML documentation of the NewsGraph ontology, generated from newsgraph.ttl (served at /ontology
for browsers). One self-contained page: no scripts, no external style sheets or fonts; every piece
of text from the ontology is HTML-escaped."""
from __future__ import annotations

import functools
from html import escape

import rdflib
from rdflib import Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

from newsgraph.iris import NG, NG_ONTOLOGY, PREFIXES
from .validate import ontology_graph

NGNS = rdflib.Namespace(NG)
SECTIONS = (  # (title, anchor, rdf:type of the terms)
    ("Classes", "classes", OWL.Class),
    ("Object properties", "object-properties", OWL.ObjectProperty),
    ("Datatype properties", "datatype-properties", OWL.DatatypeProperty),
    ("Annotation properties", "annotation-properties", OWL.AnnotationProperty),
    ("Individuals", "individuals", OWL.NamedIndividual),
)
STYLE = """
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{margin-bottom:.2rem} code{background:#f3f3f3;padding:0 .2rem} .meta{color:#555}
section.term{border-top:1px solid #ddd;padding:.4rem 0} dl{display:grid;grid-template-columns:9rem 1fr;margin:0}
dt{color:#555} dd{margin:0} nav a{margin-right:1rem} a{color:#1a55a5}
"""


@functools.cache
def ontology_html() -> str:
    """The documentation page of the NewsGraph ontology (made once per process)."""
    return render(ontology_graph())


def render(g: rdflib.Graph) -> str:
    """The documentation page of ontology graph `g` (its ng: terms)."""
    onto = URIRef(NG_ONTOLOGY)
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        f"<title>{_e(_text(g, onto, DCTERMS.title) or 'NewsGraph ontology')}</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<h1>{_e(_text(g, onto, DCTERMS.title))}</h1>",
        "<p class=\"meta\">",
        f"Ontology IRI <code>{_e(NG_ONTOLOGY)}</code> · namespace <code>{_e(NG)}</code> (prefix <code>ng:</code>)",
        f" · version {_e(_text(g, onto, OWL.versionInfo))}",
        f" · license {_link(g.value(onto, DCTERMS.license))}" if g.value(onto, DCTERMS.license) else "",
        "</p>",
        f"<p>{_e(_text(g, onto, DCTERMS.description))}</p>",
        "<p>Machine-readable: this address answers Turtle, JSON-LD, N-Triples or RDF/XML by the "
        "<code>Accept</code> header (<code>curl -H 'Accept: text/turtle' …/ontology</code>). "
        "The data contract as SHACL: <a href=\"shapes\">shapes</a>.</p>",
        "<nav>" + "".join(f"<a href=\"#{a}\">{_e(t)}</a>" for t, a, _ in SECTIONS) + "</nav>",
    ]
    for title, anchor, kind in SECTIONS:
        terms = sorted(t for t in g.subjects(RDF.type, kind) if isinstance(t, URIRef) and t.startswith(NG))
        parts.append(f"<h2 id=\"{anchor}\">{_e(title)}</h2>")
        parts.extend(_term(g, t) for t in terms)
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _term(g: rdflib.Graph, term: URIRef) -> str:
    rows = [("IRI", f"<code>{_e(str(term))}</code>")]
    for label, prop in (("Subclass of", RDFS.subClassOf), ("Equivalent to", OWL.equivalentClass),
                        ("Subproperty of", RDFS.subPropertyOf), ("Domain", RDFS.domain),
                        ("Range", RDFS.range), ("See also", RDFS.seeAlso)):
        values = sorted(g.objects(term, prop), key=str)
        if values:
            rows.append((label, ", ".join(_node(g, v) for v in values)))
    code, root = g.value(term, NGNS.cameoCode), g.value(term, NGNS.cameoRootCode)
    if code is not None:
        rows.append(("CAMEO", f"{_e(str(code))} (root {_e(str(root))})"))
    types = sorted(t for t in g.objects(term, RDF.type) if t != OWL.NamedIndividual and t.startswith(NG))
    if types:
        rows.append(("Instance of", ", ".join(_node(g, t) for t in types)))
    subs = sorted(s for s in g.subjects(RDFS.subClassOf, term) if isinstance(s, URIRef))
    if subs:
        rows.append(("Subclasses", ", ".join(_node(g, s) for s in subs)))
    dl = "".join(f"<dt>{_e(k)}</dt><dd>{v}</dd>" for k, v in rows)
    local = term[len(NG):]
    return (f"<section class=\"term\" id=\"{_e(local)}\"><h3>{_e(_text(g, term, RDFS.label) or local)} "
            f"<code>ng:{_e(local)}</code></h3><p>{_e(_text(g, term, RDFS.comment))}</p><dl>{dl}</dl></section>")


def _node(g: rdflib.Graph, node) -> str:
    """A term as a link: ng: terms to their section, others to their IRI; unions spelled out."""
    if isinstance(node, URIRef):
        if node.startswith(NG):
            return f"<a href=\"#{_e(node[len(NG):])}\"><code>ng:{_e(node[len(NG):])}</code></a>"
        return _link(node)
    members = g.value(node, OWL.unionOf)
    if members is not None:
        return " or ".join(_node(g, m) for m in Collection(g, members))
    return _e(str(node))


def _link(iri) -> str:
    text = str(iri)
    for prefix, ns in PREFIXES.items():
        if text.startswith(ns) and len(text) > len(ns):
            text = f"{prefix}:{text[len(ns):]}"
            break
    return f"<a href=\"{_e(str(iri))}\"><code>{_e(text)}</code></a>"


def _text(g: rdflib.Graph, subject, prop) -> str:
    """The English (or untagged) value of an annotation, else any value."""
    values = list(g.objects(subject, prop))
    for v in values:
        if isinstance(v, Literal) and v.language in (None, "en"):
            return " ".join(str(v).split())
    return " ".join(str(values[0]).split()) if values else ""


def _e(text: str) -> str:
    return escape(text, quote=True)
