"""The curated public surface of `newsgraph` (as httpx's tests/test_exported_members.py)."""
import subprocess
import sys

import newsgraph
import pytest


def test_all_names_exist_and_are_ours():
    assert newsgraph.__all__ == sorted(newsgraph.__all__)
    for name in newsgraph.__all__:
        member = getattr(newsgraph, name)
        if name != "__version__":
            assert member.__module__.startswith("newsgraph"), (name, member.__module__)


def test_the_public_names():
    assert {"open_store", "Store", "ingest_article", "ingest_paths", "create_app",
            "__version__"} <= set(newsgraph.__all__)
    assert set(newsgraph.__all__) <= set(dir(newsgraph))


def test_version_is_the_distribution_version():
    from importlib.metadata import version
    assert newsgraph.__version__ == version("newsgraph")


def test_open_store_gives_a_store():
    store = newsgraph.open_store("memory:")
    assert isinstance(store, newsgraph.Store) and len(store) == 0


def test_unknown_names_are_attribute_errors():
    with pytest.raises(AttributeError, match="no_such_thing"):
        _ = newsgraph.no_such_thing


def test_import_is_light():
    """Importing newsgraph loads neither the language pipeline nor the web server."""
    code = ("import sys, newsgraph; "
            "print(sorted(m for m in ('spacy', 'flask', 'newsgraph.pipeline', 'newsgraph.server.app', 'rdflib') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
