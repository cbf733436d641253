"""Fixtures shared by all tests: the real CLI, real stores, the seeds ingested once per session."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NEWSGRAPH = shutil.which("newsgraph", path=str(Path(sys.executable).parent)) or "newsgraph"


def run_cli(*args, check=False, input=None, env=None):
    """Run the installed `newsgraph` command; returns the CompletedProcess (text mode)."""
    done = subprocess.run([NEWSGRAPH, *map(str, args)], capture_output=True, text=True, input=input,
                          env={**os.environ, **(env or {})}, timeout=900)
    if check and done.returncode != 0:
        raise AssertionError(f"newsgraph {' '.join(map(str, args))} failed ({done.returncode}):\n{done.stderr}")
    return done


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def store_dir(tmp_path):
    """A path for a fresh on-disk store."""
    return tmp_path / "store"


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory):
    """An on-disk store holding the five seed articles, ingested once by the real CLI.

    Tests must not write to it: copy it (shutil.copytree) first when they need to."""
    path = tmp_path_factory.mktemp("seeds") / "store"
    done = run_cli("ingest", SEEDS, "--store", path)
    assert done.returncode == 0, done.stderr
    return path


def start_virtuoso(folder: Path):
    """A throw-away Virtuoso Open Source server in `folder` (tests/virtuoso.py), to use as a context
    manager. Not skipped when missing: the test fails, since `make test` installs it
    (tests/system_setup.py)."""
    from tests.virtuoso import Virtuoso, available
    if (why := available()) is not None:
        pytest.fail(f"{why}; run tests/system_setup.py as root (make test does)")
    return Virtuoso(folder)


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """The session's Virtuoso server."""
    with start_virtuoso(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


@pytest.fixture(scope="session")
def virtuoso_seeds(virtuoso):
    """The store spec of the session's Virtuoso holding the five seed articles, ingested once by the
    real CLI. Tests must not write to it."""
    done = run_cli("ingest", SEEDS, "--store", virtuoso.store_url, env=virtuoso.env)
    assert done.returncode == 0, done.stderr
    return virtuoso.store_url
