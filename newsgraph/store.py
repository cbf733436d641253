"""The only code that touches storage.

Layout of the data in Oxigraph:
  * every article's triples live in the article's own named graph; RDF loaded "into the default
    graph" lives in the named graph LOADED_DEFAULT_GRAPH;
  * the store's *default graph* is derived: it holds the set union of all named graphs, kept up to
    date by every write in the same transaction.
So a query without a dataset reads the default graph and matches a triple held by three articles
once (pyoxigraph 0.5's union flag and a multi-graph `default_graph` would match it three times,
Oxigraph issue #1919). A query naming several default graphs (FROM, default-graph-uri) is answered
over their merge, made as a set in a throw-away in-memory store.

Every write is one transaction: an article graph is replaced all or nothing, a file is loaded all or
nothing, and the union is updated in the same step, so a crash leaves a consistent store.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import IO, Iterable, Iterator

import pyoxigraph as ox

from . import config
from .errors import InputError, QueryError, StoreError, UsageError
from .iris import LOADED_DEFAULT_GRAPH

MEMORY = "memory:"

# File extension -> RDF format, for `load` and `export`.
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS, "nq": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES, "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD, "json": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML, "rdf": ox.RdfFormat.RDF_XML, "owl": ox.RdfFormat.RDF_XML,
    "xml": ox.RdfFormat.RDF_XML,
}
_FROM = re.compile(r"\bFROM\b", re.IGNORECASE)


def rdf_format(name: str) -> ox.RdfFormat:
    try:
        return RDF_FORMATS[name.lower().lstrip(".")]
    except KeyError:
        raise UsageError(f"unknown RDF format '{name}' (known: {', '.join(sorted(RDF_FORMATS))})")


def open_store(spec: str | None = None, read_only: bool = False) -> "Store":
    """Open the store named by `spec`, else NEWSGRAPH_STORE, else ./newsgraph-data."""
    spec = spec or config.get("store")
    if spec.startswith(("sparql+http://", "sparql+https://")):
        from .remote import RemoteStore  # only when asked for: most users never need it
        return RemoteStore(spec.removeprefix("sparql+"))
    return Store(spec, read_only=read_only)


class Store:
    """An Oxigraph store, on disk or in memory, with the union default graph kept as a set."""

    def __init__(self, location: str = MEMORY, read_only: bool = False):
        self.location = location
        try:
            if location == MEMORY:
                self._ox = ox.Store()
            elif read_only:
                self._ox = ox.Store.read_only(location)
            else:
                Path(location).mkdir(parents=True, exist_ok=True)
                self._ox = ox.Store(location)
        except OSError as e:
            raise StoreError(f"cannot open store '{location}': {e}") from e

    # ---- reading -------------------------------------------------------------------------------

    def query(self, sparql: str, default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None, base_iri: str | None = None):
        """Run a SPARQL query; the protocol dataset (if given) overrides FROM / FROM NAMED.

        Returns pyoxigraph's QuerySolutions, QueryBoolean or QueryTriples."""
        if default_graphs is None and named_graphs is None and _FROM.search(sparql):
            default_graphs, named_graphs = query_dataset(sparql)
        try:
            if default_graphs is not None and len(default_graphs) > 1:
                return self._merged(default_graphs, named_graphs).query(
                    sparql, default_graph=ox.DefaultGraph(), base_iri=base_iri)
            kwargs = {}
            if default_graphs is not None:
                kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs] or ox.DefaultGraph()
                if not default_graphs:  # named graphs only: the default graph is empty
                    kwargs["default_graph"] = ox.NamedNode("urn:x-newsgraph:empty")
            if named_graphs is not None:
                kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
            return self._ox.query(sparql, base_iri=base_iri, **kwargs)
        except SyntaxError as e:
            raise QueryError(str(e)) from e
        except ValueError as e:
            raise QueryError(str(e)) from e

    def _merged(self, default_graphs: list[str], named_graphs: list[str] | None) -> ox.Store:
        """A throw-away store whose default graph is the set merge of `default_graphs`."""
        merged = ox.Store()
        for g in default_graphs:
            merged.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                          for q in self._ox.quads_for_pattern(None, None, None, ox.NamedNode(g)))
        names = named_graphs if named_graphs is not None else [g.value for g in self.graphs_nodes()]
        for g in names:
            merged.extend(self._ox.quads_for_pattern(None, None, None, ox.NamedNode(g)))
        return merged

    def graphs_nodes(self) -> list:
        return list(self._ox.named_graphs())

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode))

    def has_graph(self, graph: str) -> bool:
        return self._ox.contains_named_graph(ox.NamedNode(graph))

    def triples(self, graph: str | None = None) -> Iterator[ox.Triple]:
        """Triples of one named graph, or of the union when `graph` is None."""
        g = ox.NamedNode(graph) if graph else ox.DefaultGraph()
        for q in self._ox.quads_for_pattern(None, None, None, g):
            yield q.triple

    def __len__(self) -> int:
        """Number of distinct triples in the union."""
        solution = next(iter(self._ox.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))
        return int(solution["n"].value)

    # ---- writing -------------------------------------------------------------------------------

    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> None:
        """Make named graph `graph` hold exactly `triples`, and the union follow, atomically."""
        data = "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in triples)
        g = f"<{graph}>"
        self._ox.update(
            f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != {g}) }} }};\n"
            f"DROP SILENT GRAPH {g};\n"
            f"INSERT DATA {{ {data} GRAPH {g} {{ {data} }} }}")

    def remove_graph(self, graph: str) -> None:
        self.replace_graph(graph, [])
        self._ox.update(f"DROP SILENT GRAPH <{graph}>")

    def load(self, source: str | Path | IO[bytes], fmt: ox.RdfFormat, graph: str | None = None,
             name: str = "") -> int:
        """Add the RDF in `source` to `graph` (None: the loaded default graph); all or nothing.

        Graph formats go to `graph`; dataset formats keep their named graphs and send their default
        graph to `graph`. Returns the number of quads read."""
        target = ox.NamedNode(graph or LOADED_DEFAULT_GRAPH)
        name = name or str(source)
        quads = []
        try:
            for q in ox.parse(path=source, format=fmt) if isinstance(source, (str, Path)) \
                    else ox.parse(source, format=fmt):
                g = target if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name
                quads.append(ox.Quad(q.subject, q.predicate, q.object, g))
                quads.append(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()))
        except SyntaxError as e:
            raise InputError(f"{name}: not valid {fmt.name}: {e}") from e
        except (OSError, UnicodeDecodeError, ValueError) as e:
            raise InputError(f"{name}: cannot read: {e}") from e
        self._ox.extend(quads)  # one transaction
        return len(quads) // 2

    # ---- exporting -----------------------------------------------------------------------------

    def dump(self, output: IO[bytes], fmt: ox.RdfFormat, graph: str | None = None,
             prefixes: dict[str, str] | None = None) -> None:
        """Stream the data: dataset formats keep every graph; graph formats get the union
        (or the one `graph` asked for)."""
        if fmt.supports_datasets and graph is None:
            ox.serialize(self._dataset_quads(), output, fmt, prefixes=prefixes)
        else:
            ox.serialize(self.triples(graph), output, fmt, prefixes=prefixes)

    def _dataset_quads(self) -> Iterator[ox.Quad]:
        loaded = ox.NamedNode(LOADED_DEFAULT_GRAPH)
        for q in self._ox.quads_for_pattern(None, None, None):
            if isinstance(q.graph_name, ox.DefaultGraph):
                continue  # the derived union: every triple is also in its own graph
            if q.graph_name == loaded:
                yield ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
            else:
                yield q

    def flush(self) -> None:
        if self.location != MEMORY:
            self._ox.flush()


def query_dataset(sparql: str) -> tuple[list[str] | None, list[str] | None]:
    """The FROM / FROM NAMED graphs of a query, as (default, named); (None, None) without any."""
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery
    try:
        clauses = translateQuery(parseQuery(sparql)).algebra.get("datasetClause") or []
    except Exception:  # let Oxigraph report the syntax error with its own message
        return None, None
    default = [str(c["default"]) for c in clauses if "default" in c]
    named = [str(c["named"]) for c in clauses if "named" in c]
    if not default and not named:
        return None, None
    return default, named
