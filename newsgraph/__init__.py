"""NewsGraph: news reports of diplomatic events as a linked-data knowledge graph.

The few names a Python user imports:

    import newsgraph
    store = newsgraph.open_store("memory:")          # or a folder, or sparql+http(s)://…
    newsgraph.ingest_paths(["seeds/"], store)        # articles -> one named graph each
    app = newsgraph.create_app(store)                # the SPARQL endpoint as a Flask app

`ingest_*` and `create_app` are imported on first use, so `import newsgraph` stays light
(no spaCy, no Flask).
"""
from importlib import import_module
from importlib.metadata import PackageNotFoundError, version

from .errors import NewsGraphError
from .store import Store, open_store

try:
    __version__ = version("newsgraph")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = [
    "NewsGraphError",
    "Store",
    "__version__",
    "create_app",
    "ingest_article",
    "ingest_paths",
    "open_store",
]

# Name -> module that defines it, imported on first access (PEP 562).
_LAZY = {
    "ingest_article": "newsgraph.pipeline",
    "ingest_paths": "newsgraph.pipeline",
    "create_app": "newsgraph.server.app",
}


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value  # later lookups skip this function
        return value
    raise AttributeError(f"module 'newsgraph' has no attribute '{name}'")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
