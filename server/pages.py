"""Linked data: every IRI minted under the base dereferences here, with content negotiation.

    GET /<kind>/<key>      kind is one of iris.KINDS (article, event, person, …)
      text/html            a page: label, types, a summary by type (summarize(): an event's facts,
                           attendees and evidence by article; an article's facts, events, quotations,
                           cited agencies; a person's / organisation's / place's events and quotations),
                           properties, reporting articles, the other incoming links, labelled
                           (for /graph/<id>: the graph's triples)
      text/turtle, application/ld+json, application/n-triples, application/rdf+xml
                           the Concise Bounded Description (for /graph/<id>: the graph)
    `?format=html|turtle|jsonld|ntriples|rdfxml` overrides Accept (the page's download links).

The IRI is looked up under the served base first, then under the ingest base (NEWSGRAPH_BASE_IRI)
and its default, so data minted on port 5000 still resolves on a server started on another port.
Local IRIs are linked by their path, so the pages work whatever host and port serve them.
All data reaches HTML through Jinja's autoescaping, never `|safe`.
"""
from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, render_template, request

from newsgraph import config
from newsgraph.iris import KINDS, NG, PREFIXES, RDF, SCHEMA, Minter

from . import describe, summaries

bp = Blueprint("pages", __name__)

HTML = "text/html"
# Graph formats by media type (the order is the preference for */*), and their ?format= names.
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
FORMAT_NAMES = {"html": HTML, "turtle": "text/turtle", "ttl": "text/turtle",
                "jsonld": "application/ld+json", "ntriples": "application/n-triples",
                "nt": "application/n-triples", "rdfxml": "application/rdf+xml", "rdf": "application/rdf+xml"}
PAGE_OFFERS = ["text/turtle", HTML, *list(GRAPH_FORMATS)[1:]]
DOWNLOADS = [("Turtle", "turtle"), ("JSON-LD", "jsonld"), ("N-Triples", "ntriples"), ("RDF/XML", "rdfxml")]


# ---- what the app holds --------------------------------------------------------------------------

def backend():
    return current_app.extensions["newsgraph"]


def store():
    return backend().store


def bases() -> list[str]:
    """The served base first, then the ingest base and its default: where local IRIs may live."""
    served = backend().minter.base
    ingest = Minter(config.get("base_iri")).base
    default = Minter(config.SETTINGS["base_iri"].default).base
    return list(dict.fromkeys([served, ingest, default]))


def local_path(iri: str) -> str | None:
    """'/person/xi-jinping' for an IRI minted under one of our bases, else None."""
    for base in bases():
        minter = Minter(base)
        if minter.kind_of(iri):
            return "/" + iri[len(minter.base):]
    return None


# ---- content negotiation -------------------------------------------------------------------------

def negotiate(offers: list[str]) -> str:
    """The media type to answer with: ?format= when given, else the best match for Accept
    (no Accept header counts as */*); 406 listing the offers when nothing fits."""
    name = request.args.get("format")
    if name:
        chosen = FORMAT_NAMES.get(name.lower())
        if chosen not in offers:
            abort(400, description=f"unknown format '{name}' here; use one of "
                                   f"{', '.join(n for n, t in FORMAT_NAMES.items() if t in offers)}")
        return chosen
    accept = request.accept_mimetypes
    chosen = accept.best_match(offers) if accept else offers[0]
    if chosen is None:
        abort(406, description=f"none of the requested media types is available; offered: {', '.join(offers)}")
    return chosen


def rdf_response(triples, media_type: str, prefixes: dict[str, str] = PREFIXES) -> Response:
    data = ox.serialize(triples, format=GRAPH_FORMATS[media_type], prefixes=prefixes)
    response = Response(data, mimetype=media_type)
    response.vary.add("Accept")
    return response


def html_response(html: str) -> Response:
    response = Response(html, mimetype=HTML)
    response.vary.add("Accept")
    return response


# ---- the route -----------------------------------------------------------------------------------

@bp.get(f"/<any({', '.join(KINDS)}):kind>/<key>")
def resource(kind: str, key: str):
    iri = describe.resolve(store(), bases(), kind, key)
    if iri is None:
        abort(404, description=f"nothing is known about /{kind}/{key} here")
    media_type = negotiate(PAGE_OFFERS)
    if kind == "graph":
        if media_type != HTML:
            return rdf_response(describe.graph_triples(store(), iri), media_type)
        return html_response(graph_page(iri))
    triples = describe.cbd(store(), iri)
    if media_type != HTML:
        return rdf_response(triples, media_type)
    return html_response(resource_page(iri, triples))


# ---- HTML views ----------------------------------------------------------------------------------

def resource_page(iri: str, triples: list[ox.Triple]) -> str:
    s = store()
    subject = ox.NamedNode(iri)
    own = [t for t in triples if t.subject == subject]
    types = {t.object.value for t in own if t.predicate.value == RDF + "type"}
    summary = summarize(s, iri, types)
    inbound = describe.incoming(s, iri)
    evidence, sources = describe.evidence(s, iri), describe.sources(s, iri)
    terms = [subject, *(x for t in triples for x in (t.subject, t.object)), *(x for pair in inbound for x in pair),
             *(row["article"] for row in evidence + sources), *_terms_of(summary)]
    names = describe.labels(s, [t for t in terms if t is not None])
    view = Terms(names)
    referenced = sorted(((view.term(p), view.term(s_)) for s_, p in _unfolded(inbound, summary)),
                        key=lambda pair: (pair[0]["text"], pair[1]["text"].lower()))
    total = describe.incoming_count(s, iri) if len(inbound) >= describe.INCOMING_LIMIT else len(inbound)
    return render_template(
        "resource.html", iri=iri, label=names.get(iri) or _short(iri),
        types=[view.term(t.object) for t in own if t.predicate.value == RDF + "type"],
        properties=_group(view, [t for t in own if t.predicate.value != RDF + "type"], _nested(triples, subject)),
        incoming=referenced, incoming_total=total, incoming_capped=len(inbound) >= describe.INCOMING_LIMIT,
        incoming_limit=describe.INCOMING_LIMIT, evidence=[view.row(r) for r in evidence],
        sources=[view.row(r) for r in sources], downloads=DOWNLOADS, summary=_view_summary(view, summary))


# ---- summaries: what a reader looks for first on an event, article, person, place … page ----------

EVENT, ARTICLE = SCHEMA + "Event", SCHEMA + "NewsArticle"
AGENTS = {SCHEMA + t for t in ("Person", "Organization", "Place", "Country", "City", "AdministrativeArea")}
FOLDED_KINDS = ("participation", "evidence")  # shown inside their event, not as links of their own


def summarize(s, iri: str, types: set[str]) -> dict:
    """The rows of the page's summary, by the resource's type (empty for other resources)."""
    if EVENT in types:
        location = next(iter(s.query(f"SELECT ?p WHERE {{ {describe.node(iri)} <{SCHEMA}location> ?p "
                                     "FILTER(isIRI(?p)) } LIMIT 1")), None)
        return {"kind": "event", "facts": summaries.event_facts(s, iri), "attendees": summaries.attendees(s, iri),
                "places": [location["p"], *summaries.places_above(s, location["p"].value)] if location else [],
                "evidence": summaries.evidence(s, iri)}
    if ARTICLE in types:
        graph = article_graph(s, iri)
        return {"kind": "article", "facts": summaries.article_facts(s, iri),
                "events": summaries.graph_events(s, graph) if graph else [],
                "quotations": summaries.graph_quotations(s, graph) if graph else [],
                "agencies": summaries.cited_agencies(s, iri)}
    if not types & AGENTS:
        return {}
    return {"kind": "agent", "events": summaries.events_of(s, iri), "quotations": summaries.quotations_by(s, iri)}


def article_graph(s, iri: str) -> str | None:
    """The named graph an article was ingested into (minted from its IRI), if the store has it."""
    for base in bases():
        minter = Minter(base)
        if minter.kind_of(iri) == "article" and s.has_graph(minter.graph(iri)):
            return minter.graph(iri)
    return None


def _terms_of(summary: dict) -> list:
    rows = [r for key in ("attendees", "evidence", "events", "quotations", "agencies") for r in summary.get(key, [])]
    return [*(v for r in rows for v in r.values()), *summary.get("places", []),
            *summary.get("facts", {}).values()]


def _unfolded(inbound, summary: dict):
    """Incoming links not already shown in the summary (its events and quotations, participations)."""
    shown = {r[k] for k in ("event", "quotation") for r in summary.get("events", []) + summary.get("quotations", [])
             if k in r}
    return [(s_, p) for s_, p in inbound
            if s_ not in shown and (local_path(s_.value) or "/").split("/")[1] not in FOLDED_KINDS]


def _view_summary(view: "Terms", summary: dict) -> dict:
    out = {}
    for key, value in summary.items():
        if isinstance(value, list):
            out[key] = [view.row(v) if isinstance(v, dict) else view.term(v) for v in value]
        elif isinstance(value, dict):
            out[key] = view.row(value)
        else:
            out[key] = value
    for row in [*(r for v in out.values() if isinstance(v, list) for r in v), out.get("facts", {})]:
        _local_names(row)
    if "evidence" in out:
        out["reports"] = _by_article(out["evidence"])
    return out


def _local_names(row) -> None:
    """ng:Host -> Host for the ontology's classes and individuals shown as plain words."""
    for key in ("type", "role", "status"):
        if isinstance(row, dict) and row.get(key) and row[key]["text"].startswith("ng:"):
            row[key] = {**row[key], "text": row[key]["text"][3:]}


def _by_article(rows: list[dict]) -> list[dict]:
    """Evidence rows grouped per reporting article, in the order of the rows (by date)."""
    groups: dict = {}
    for row in rows:
        key = row["article"]["title"] if row["article"] else ""
        group = groups.setdefault(key, {"article": row["article"], "publisher": row["publisher"],
                                        "date": row["date"], "sentences": []})
        group["sentences"].append(row["sentence"])
    return list(groups.values())


def graph_page(iri: str) -> str:
    s = store()
    triples = describe.graph_triples(s, iri, limit=describe.GRAPH_LIMIT)
    article = describe.article_of_graph(s, iri)
    names = describe.labels(s, [t.subject for t in triples] + [t.object for t in triples]
                            + ([article] if article else []))
    view = Terms(names)
    rows = [(view.term(t.subject), view.term(t.predicate), view.term(t.object)) for t in triples]
    return render_template(
        "graph.html", iri=iri, label=f"Graph {_short(iri)}", rows=rows,
        capped=len(triples) >= describe.GRAPH_LIMIT, limit=describe.GRAPH_LIMIT,
        article=view.term(article) if article else None, downloads=DOWNLOADS)


class Terms:
    """Turns RDF terms into what templates show: text, a link (local IRIs by path), a tooltip."""

    def __init__(self, names: dict[str, str]):
        self.names = names

    def term(self, term) -> dict:
        if isinstance(term, ox.NamedNode):
            return {"kind": "iri", "text": _clip(self.names.get(term.value)) or _short(term.value),
                    "href": href(term.value), "title": term.value}
        if isinstance(term, ox.BlankNode):
            return {"kind": "bnode", "text": f"_:{term.value}", "href": None, "title": "blank node"}
        if isinstance(term, ox.Literal):
            note = f"@{term.language}" if term.language else _short(term.datatype.value)
            return {"kind": "literal", "text": term.value, "href": None, "title": note}
        return {"kind": "other", "text": str(term), "href": None, "title": ""}

    def row(self, row: dict) -> dict:
        return {k: (self.term(v) if v is not None else None) for k, v in row.items()}


def href(iri: str) -> str | None:
    """Where a link on an IRI goes: local path, the ontology page for ng: terms, else the IRI
    itself when it is http(s) (never a javascript: or data: IRI from the data)."""
    path = local_path(iri)
    if path:
        return path
    if iri.startswith(NG):
        return "/ontology#" + iri[len(NG):]
    return iri if iri.startswith(("http://", "https://")) else None


def _group(view: Terms, triples, nested) -> list[dict]:
    """One entry per predicate: its values, each with the properties of a nested node."""
    groups: dict[str, dict] = {}
    for t in triples:
        entry = groups.setdefault(t.predicate.value, {"predicate": view.term(t.predicate), "values": []})
        inner = nested.get(t.object, [])
        entry["values"].append({"value": view.term(t.object),
                                "nested": [(view.term(p), view.term(o)) for p, o in inner]})
    return sorted(groups.values(), key=lambda g: g["predicate"]["text"])


def _nested(triples, subject) -> dict:
    """Properties of the other nodes of the description (blank nodes, evidence, participations)."""
    nested: dict = {}
    for t in triples:
        if t.subject != subject:
            nested.setdefault(t.subject, []).append((t.predicate, t.object))
    return nested


def _short(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return local_path(iri) or iri


def _clip(text: str | None, width: int = 120) -> str | None:
    if text is None or len(text) <= width:
        return text
    return text[:width - 1] + "…"
