"""The only place IRIs are minted: vocabulary namespaces and the paths of our own resources.

IRIs are deterministic: they derive from names, identifiers and content, never from time or
randomness, so the same input gives the same IRIs on every run and every machine.
"""
import hashlib
import re
import unicodedata

SCHEMA = "http://schema.org/"
NG = "https://w3id.org/newsgraph/ns#"          # the ontology's own namespace, fixed
NG_ONTOLOGY = "https://w3id.org/newsgraph/ns"
NG_SHAPES = "https://w3id.org/newsgraph/shapes#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
PROV = "http://www.w3.org/ns/prov#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
SH = "http://www.w3.org/ns/shacl#"
DCTERMS = "http://purl.org/dc/terms/"
WIKIDATA = "http://www.wikidata.org/entity/"
GEONAMES = "https://sws.geonames.org/"

PREFIXES = {
    "schema": SCHEMA, "ng": NG, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL,
    "prov": PROV, "sem": SEM, "dcterms": DCTERMS, "wd": WIKIDATA,
}

# The graph that holds what `newsgraph load` puts in "the default graph": it is a named graph like
# every other, so the store's default graph can stay the derived union (see store.py).
LOADED_DEFAULT_GRAPH = "urn:x-newsgraph:default-graph"

# Path segment per kind of resource: one table, so pages and minting agree.
KINDS = ("article", "graph", "event", "person", "organization", "place", "quotation",
         "participation", "evidence", "run")


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def slug(text: str) -> str:
    """'Sergey Lavrov' -> 'sergey-lavrov'; non-Latin names fall back to a hash."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return s[:80] or digest(text)


def digest(*parts: object, length: int = 16) -> str:
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


class Minter:
    """Mints IRIs under one base IRI (ending in '/')."""

    def __init__(self, base: str):
        self.base = base if base.endswith("/") else base + "/"

    def iri(self, kind: str, key: str) -> str:
        assert kind in KINDS, kind
        return f"{self.base}{kind}/{key}"

    def article(self, identifier: str) -> str:
        return self.iri("article", slug(identifier) if slug(identifier) == identifier.lower() else
                        f"{slug(identifier)}-{digest(identifier, length=8)}")

    def graph(self, article_iri: str) -> str:
        return self.iri("graph", article_iri.rsplit("/", 1)[1])

    def entity(self, kind: str, name: str) -> str:
        return self.iri(kind, slug(name))

    def hashed(self, kind: str, *parts: object) -> str:
        return self.iri(kind, digest(*parts))

    def kind_of(self, iri: str) -> str | None:
        """'person' for an IRI minted here as a person, None for a foreign IRI."""
        if not iri.startswith(self.base):
            return None
        kind = iri[len(self.base):].split("/", 1)[0]
        return kind if kind in KINDS else None
