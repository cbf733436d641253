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

Every write is all or nothing, the union updated in the same step, so a crash leaves a consistent
store: an article graph is replaced in one transaction; a file is bulk loaded into a checkpoint of
the store that then takes the store's place in one atomic rename (in memory: one transaction).
"""
from __future__ import annotations

import ctypes
import functools
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import IO, Iterable, Iterator

import pyoxigraph as ox

from . import config
from .errors import InputError, QueryError, StoreError, UsageError
from .iris import LOADED_DEFAULT_GRAPH

MEMORY = "memory:"
EMPTY_GRAPH = "urn:x-newsgraph:empty"  # never written: a default graph with nothing in it

# Format name or file extension -> RDF format, for `load` and `export`.
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


def rdf_format(name: str, source: object = None) -> ox.RdfFormat:
    """The RDF format called `name` (a format name or a file extension such as '.ttl')."""
    try:
        return RDF_FORMATS[name.lower().lstrip(".")]
    except KeyError:
        what = f"cannot tell the RDF format of {source} from its extension; use --format" if source \
            else f"unknown RDF format '{name}'"
        raise UsageError(f"{what} (known: {', '.join(sorted(RDF_FORMATS))})") from None


def open_store(spec: str | None = None, read_only: bool = False) -> "Store":
    """Open the store named by `spec`, else NEWSGRAPH_STORE, else ./newsgraph-data."""
    spec = spec or config.get("store")
    if spec.startswith(("sparql+http://", "sparql+https://")):
        from .remote import RemoteStore  # only when asked for: most users never need it
        return RemoteStore(spec.removeprefix("sparql+"))
    return Store(spec, read_only=read_only)


def iri(value: str) -> ox.NamedNode:
    """A NamedNode for a graph IRI given by a user; a bad IRI is bad usage."""
    try:
        return ox.NamedNode(value)
    except ValueError as e:
        raise UsageError(f"not an IRI: '{value}' ({e})") from None


def dataset_of(sparql: str, default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
               base_iri: str | None = None) -> tuple[list[str], list[str]] | None:
    """The dataset a query asks for, as (default graphs, named graphs), or None for the store's own.

    The protocol's graphs (default-graph-uri / named-graph-uri) override FROM / FROM NAMED. As in
    SPARQL, a dataset that is given is complete: no FROM means an empty default graph, no FROM NAMED
    means no named graphs."""
    if default_graphs or named_graphs:
        return list(default_graphs or []), list(named_graphs or [])
    if _FROM.search(sparql):
        default, named = query_dataset(sparql, base_iri)
        if default is not None:
            return default, named
    return None


class Store:
    """An Oxigraph store, on disk or in memory, with the union default graph kept as a set."""

    def __init__(self, location: str = MEMORY, read_only: bool = False):
        self.location = str(location)
        self.read_only = read_only
        try:
            if self.location == MEMORY:
                self._ox = ox.Store()
            elif read_only:
                if not (Path(self.location) / "CURRENT").exists():
                    raise StoreError(f"no store at '{self.location}': "
                                     "create it with `newsgraph ingest` or `newsgraph load`")
                self._ox = ox.Store.read_only(self.location)
            else:
                Path(self.location).mkdir(parents=True, exist_ok=True)
                self._ox = ox.Store(self.location)
        except OSError as e:
            raise StoreError(f"cannot open store '{self.location}': {e}") from e

    # ---- reading -------------------------------------------------------------------------------

    def query(self, sparql: str, default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None, base_iri: str | None = None):
        """Run a SPARQL query; the protocol dataset (if given) overrides FROM / FROM NAMED.

        Without any dataset the default graph is the union of all graphs (as a set) and every graph
        is available to GRAPH. `base_iri` resolves relative IRIs in the query.
        Returns pyoxigraph's QuerySolutions, QueryBoolean or QueryTriples."""
        dataset = dataset_of(sparql, default_graphs, named_graphs, base_iri)
        try:
            if dataset is None:
                return self._ox.query(sparql, base_iri=base_iri)
            default, named = dataset
            named_nodes = [iri(g) for g in named]
            if len(default) > 1:  # merged as a set, which Oxigraph's list of graphs is not
                return self._merged(default, named).query(
                    sparql, base_iri=base_iri, default_graph=ox.DefaultGraph(), named_graphs=named_nodes)
            return self._ox.query(sparql, base_iri=base_iri, named_graphs=named_nodes,
                                  default_graph=iri(default[0] if default else EMPTY_GRAPH))
        except (SyntaxError, ValueError) as e:
            raise QueryError(f"invalid query: {e}") from e
        except OSError as e:
            raise StoreError(f"the store failed to answer: {e}") from e

    def _merged(self, default_graphs: list[str], named_graphs: list[str]) -> ox.Store:
        """A throw-away store: the set merge of `default_graphs` in its default graph, and copies
        of `named_graphs`."""
        merged = ox.Store()
        for g in default_graphs:
            merged.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                          for q in self._ox.quads_for_pattern(None, None, None, iri(g)))
        for g in named_graphs:
            merged.extend(self._ox.quads_for_pattern(None, None, None, iri(g)))
        return merged

    def graphs(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""
        return sorted(g.value for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode))

    def has_graph(self, graph: str) -> bool:
        return self._ox.contains_named_graph(iri(graph))

    def triples(self, graph: str | None = None) -> Iterator[ox.Triple]:
        """Triples of one named graph, or of the union when `graph` is None."""
        g = iri(graph) if graph else ox.DefaultGraph()
        for q in self._ox.quads_for_pattern(None, None, None, g):
            yield q.triple

    def __len__(self) -> int:
        """Number of distinct triples in the union."""
        solution = next(iter(self._ox.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))
        return int(solution["n"].value)

    # ---- writing -------------------------------------------------------------------------------

    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> None:
        """Make named graph `graph` hold exactly `triples`, and the union follow, atomically: one
        SPARQL update, or for a graph not stored yet one load of N-Quads (a quarter cheaper: no
        SPARQL to parse, nothing to delete; without blank nodes, to which INSERT DATA gives fresh
        labels). An empty `triples` removes the graph."""
        g, triples = iri(graph), list(triples)
        if triples and not self._ox.contains_named_graph(g) and not any(map(_blank, triples)):
            lines = [f"{t.subject} {t.predicate} {t.object}" for t in triples]
            self._load_quads("".join(f"{line} {g} .\n{line} .\n" for line in lines))
        else:
            self._update(replace_graph_update(g, ox.DefaultGraph(), triples))

    def remove_graph(self, graph: str) -> None:
        self.replace_graph(graph, [])

    def _update(self, sparql: str) -> None:
        try:
            self._ox.update(sparql)
        except OSError as e:
            raise StoreError(f"cannot write to the store: {e}") from e

    def _load_quads(self, nquads: str) -> None:
        """Load N-Quads written from pyoxigraph terms (valid by construction: lenient skips checking
        every IRI again, a tenth of a write)."""
        try:
            self._ox.load(nquads.encode(), format=ox.RdfFormat.N_QUADS, lenient=True)   # one transaction
        except OSError as e:
            raise StoreError(f"cannot write to the store: {e}") from e

    def load(self, source: str | Path | IO[bytes], fmt: ox.RdfFormat, graph: str | None = None,
             name: str = "") -> int:
        """Add the RDF in `source` to `graph` (None: the loaded default graph); all or nothing.

        Graph formats go to `graph`; dataset formats keep their named graphs and send their default
        graph to `graph`. Returns the number of quads read."""
        target = iri(graph or LOADED_DEFAULT_GRAPH)
        name = name or str(source)
        count = 0

        def quads():  # streamed: the file is never held as Python objects
            nonlocal count
            for q in parse_rdf(source, fmt):
                g = target if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name
                count += 1
                yield ox.Quad(q.subject, q.predicate, q.object, g)
                yield ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
        try:
            # read only: the transaction refuses, as it should (a swap would write, and reopen read-write)
            if self.location != MEMORY and not self.read_only and _can_swap(Path(self.location).resolve()):
                self._load_staged(quads())
            else:
                self._ox.extend(quads())  # one transaction
        except SyntaxError as e:
            raise InputError(f"{name}: not valid {fmt.name}: {e}") from e
        except (UnicodeDecodeError, ValueError) as e:
            raise InputError(f"{name}: cannot read: {e}") from e
        except OSError as e:
            if isinstance(source, (str, Path)) and not Path(source).is_file():
                raise InputError(f"{name}: cannot read: {e.strerror or e}") from e
            raise StoreError(f"{name}: cannot write to the store: {e}") from e
        return count

    def _load_staged(self, quads: Iterable[ox.Quad]) -> None:
        """All or nothing, at bulk-load speed: bulk load into a checkpoint of the store (hard links,
        made in milliseconds), then swap the checkpoint and the store in one atomic rename.

        Oxigraph's bulk loader writes index files directly, without a transaction, and holds little
        in memory; one transaction of a million quads takes ~5x longer and gigabytes. A crash before
        the swap leaves the store as it was (and the checkpoint, removed by the next load)."""
        location = Path(self.location).resolve()
        staging = location.with_name(f".{location.name}.loading")
        shutil.rmtree(staging, ignore_errors=True)
        copy = None
        try:
            self._ox.backup(str(staging))
            copy = ox.Store(str(staging))
            copy.bulk_extend(quads)
            copy.flush()
            copy = None
            self._ox = None   # close the store (releases its lock) before it is swapped
            _exchange(staging, location)
        finally:
            # a failed load's copy is closed too: the traceback keeps this frame, and with it an open
            # RocksDB in the folder about to be removed, alive until the error is collected
            copy = None
            if self._ox is None:
                self._ox = ox.Store(self.location)
            shutil.rmtree(staging, ignore_errors=True)   # the copy, or after the swap the old store

    # ---- exporting -----------------------------------------------------------------------------

    def dump(self, output: IO[bytes], fmt: ox.RdfFormat, graph: str | None = None,
             prefixes: dict[str, str] | None = None) -> None:
        """Stream the data: dataset formats keep every graph (the loaded default graph as the
        default graph); graph formats get the union, or the one `graph` asked for."""
        if fmt.supports_datasets:
            ox.serialize(self._dataset_quads([iri(graph)] if graph else self._graph_nodes()), output, fmt,
                         prefixes=prefixes)
        else:  # Oxigraph's own dump of one graph: no Python object per triple
            self._ox.dump(output, fmt, from_graph=iri(graph) if graph else ox.DefaultGraph(), prefixes=prefixes)

    def _graph_nodes(self) -> list:
        loaded = ox.NamedNode(LOADED_DEFAULT_GRAPH)
        return sorted(self._ox.named_graphs(), key=lambda g: (g != loaded, str(g)))

    def _dataset_quads(self, graphs: list) -> Iterator[ox.Quad]:
        loaded = ox.NamedNode(LOADED_DEFAULT_GRAPH)
        for g in graphs:  # graph by graph, so each graph is written as one block
            quads = self._ox.quads_for_pattern(None, None, None, g)
            if g == loaded:  # back to the default graph; other quads pass as they are (no copy: ~25% faster)
                quads = (ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads)
            yield from quads

    def flush(self) -> None:
        if self.location != MEMORY:
            self._ox.flush()


_RENAME_EXCHANGE = 2   # renameat2 flag (Linux): swap two paths atomically


def _exchange(a: Path, b: Path) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.renameat2(-100, bytes(a), -100, bytes(b), _RENAME_EXCHANGE) != 0:  # -100: AT_FDCWD
        err = ctypes.get_errno()
        raise OSError(err, f"cannot swap {a} and {b}: {os.strerror(err)}")


def _can_swap(location: Path) -> bool:
    """Whether a checkpoint beside the store can take its place: not when the store's folder is a
    mount point (say a container's volume), which cannot be renamed; the copy would be on another
    file system too."""
    return location.stat().st_dev == location.parent.stat().st_dev and _can_exchange(location.parent)


@functools.cache
def _can_exchange(folder: Path) -> bool:
    """Whether paths in `folder` can be swapped atomically (Linux renameat2 on a file system that has
    it); where not, a load is one transaction instead."""
    try:
        with tempfile.TemporaryDirectory(dir=folder, prefix=".newsgraph-probe-") as tmp:
            (Path(tmp) / "a").mkdir()
            (Path(tmp) / "b").mkdir()
            _exchange(Path(tmp) / "a", Path(tmp) / "b")
        return True
    except (OSError, AttributeError):
        return False


def parse_rdf(source: str | Path | IO[bytes], fmt: ox.RdfFormat) -> Iterator[ox.Quad]:
    """Parse a file (relative IRIs resolved against its file: IRI) or a binary stream."""
    if isinstance(source, (str, Path)):
        path = Path(source)
        return ox.parse(path=path, format=fmt, base_iri=path.resolve().as_uri())
    return ox.parse(source, format=fmt)


def _blank(t: ox.Triple) -> bool:
    return isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)


def replace_graph_update(graph: ox.NamedNode, union: ox.NamedNode | ox.DefaultGraph,
                         triples: Iterable[ox.Triple]) -> str:
    """One SPARQL update that makes `graph` hold exactly `triples` and keeps `union` (the default
    graph, or a named graph for an external server) the set union of all the other graphs. No
    triples: no INSERT DATA at all (Virtuoso refuses one of empty GRAPH blocks)."""
    data = "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in triples)
    g = str(graph)
    if isinstance(union, ox.DefaultGraph):
        into, others = (lambda body: body), f"FILTER(?h != {g})"
    else:
        into, others = (lambda body: f"GRAPH {union} {{ {body} }}"), f"FILTER(?h != {g} && ?h != {union})"
    remove = (f"DELETE {{ {into('?s ?p ?o')} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
              f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} {others} }} }};\n"
              f"DROP SILENT GRAPH {g}")
    return f"{remove};\nINSERT DATA {{ {into(data)} GRAPH {g} {{ {data} }} }}" if data else remove


def query_dataset(sparql: str, base_iri: str | None = None) -> tuple[list[str] | None, list[str] | None]:
    """The FROM / FROM NAMED graphs of a query, as (default, named); (None, None) without any."""
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery
    try:
        clauses = translateQuery(parseQuery(sparql), base=base_iri).algebra.get("datasetClause") or []
    except Exception:  # let Oxigraph report the syntax error with its own message
        return None, None
    default = [str(c["default"]) for c in clauses if "default" in c]
    named = [str(c["named"]) for c in clauses if "named" in c]
    if not default and not named:
        return None, None
    return default, named
