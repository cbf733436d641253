"""Writing query results and store statistics for the command line."""
from __future__ import annotations

import re
import unicodedata
from typing import IO

import pyoxigraph as ox

from .errors import UsageError
from .iris import PREFIXES, sparql_prefixes

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML,
}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
}
QUERY_FORMATS = ["table", *RESULT_FORMATS, *GRAPH_FORMATS]
EXPORT_FORMATS = ["turtle", "trig", "nquads", "ntriples", "jsonld", "rdfxml"]


def write_result(result, fmt: str | None, out: IO[bytes]) -> None:
    """Serialise a SELECT/ASK/CONSTRUCT/DESCRIBE result in `fmt` (None: a table for solutions and
    booleans, Turtle for graphs); refuse a format that does not fit the kind of result."""
    if isinstance(result, ox.QueryTriples):
        fmt = fmt or "turtle"
        if fmt not in GRAPH_FORMATS:
            raise UsageError(f"a CONSTRUCT/DESCRIBE result is a graph: use --format "
                             f"{'|'.join(GRAPH_FORMATS)}, not {fmt}")
        ox.serialize(result, out, GRAPH_FORMATS[fmt], prefixes=PREFIXES)
    else:
        fmt = fmt or "table"
        if fmt == "table":
            out.write(table(result).encode("utf-8"))
        elif fmt in RESULT_FORMATS:
            result.serialize(out, RESULT_FORMATS[fmt])
        else:
            raise UsageError(f"a SELECT/ASK result is a table: use --format "
                             f"table|{'|'.join(RESULT_FORMATS)}, not {fmt}")
    out.flush()


MAX_CELL = 80  # characters of a value shown in a table cell; the other formats keep everything


def table(result) -> str:
    """A readable, aligned text table (or 'true'/'false' for ASK)."""
    if isinstance(result, ox.QueryBoolean):
        return f"{str(bool(result)).lower()}\n"
    names = [v.value for v in result.variables]
    rows = [[_cell(solution[name]) for name in names] for solution in result]
    widths = [max([_width(n), *(_width(r[i]) for r in rows)]) for i, n in enumerate(names)]

    def line(cells):
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()
    parts = [line(names), line(["-" * w for w in widths]), *map(line, rows),
             f"({len(rows)} row{'s' if len(rows) != 1 else ''})"]
    return "\n".join(parts) + "\n"


def _cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            local = term.value[len(ns):]
            if term.value.startswith(ns) and re.fullmatch(r"[\w.-]*", local) and not local.endswith("."):
                return f"{prefix}:{local}"
        text = f"<{term.value}>"
    elif isinstance(term, ox.BlankNode):
        text = f"_:{term.value}"
    elif isinstance(term, ox.Literal):
        text = term.value
    else:  # a quoted triple
        text = str(term)
    text = " ".join(text.split())  # one line per row: newlines and tabs become spaces
    return text if len(text) <= MAX_CELL else text[:MAX_CELL - 1] + "…"


def _width(text: str) -> int:
    """Columns `text` takes in a terminal: wide (CJK) characters take two, combining marks none."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in text)


STATS_QUERY = sparql_prefixes() + """
SELECT ?label (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { ?x a schema:NewsArticle . BIND("articles" AS ?label) }
  UNION { ?x a schema:Event . BIND("events" AS ?label) }
  UNION { ?x a schema:Person . BIND("people" AS ?label) }
  UNION { ?x a schema:Organization . BIND("organizations" AS ?label) }
  UNION { ?x a schema:Country . BIND("countries" AS ?label) }
  UNION { ?x a schema:Place . BIND("places" AS ?label) }
  UNION { ?x a schema:Quotation . BIND("quotations" AS ?label) }
} GROUP BY ?label"""

EVENT_TYPES_QUERY = sparql_prefixes() + """
SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e a schema:Event, ?type . FILTER(STRSTARTS(STR(?type), STR(ng:)))
} GROUP BY ?type ORDER BY ?type"""


def stats(store) -> list[tuple[str, int]]:
    counts = {s["label"].value: int(s["n"].value) for s in store.query(STATS_QUERY)}
    rows = [("triples", len(store)), ("graphs", len(store.graphs()))]
    rows += [(label, counts.get(label, 0)) for label in
             ("articles", "events", "people", "organizations", "countries", "places", "quotations")]
    rows += [(f"  events: {s['type'].value.rsplit('#', 1)[-1]}", int(s["n"].value))
             for s in store.query(EVENT_TYPES_QUERY)]
    return rows
