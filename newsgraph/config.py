"""Every setting in one table: its default, its environment variable and what it means.

The CLI and the server read settings from here only, and a test checks that the README names each one.
"""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str


SETTINGS = {s.name: s for s in [
    Setting("store", "NEWSGRAPH_STORE", "./newsgraph-data",
            "where the graph lives: a folder (on-disk Oxigraph), `memory:`, or `sparql+http(s)://…`"),
    Setting("update_endpoint", "NEWSGRAPH_UPDATE_ENDPOINT", "",
            "SPARQL 1.1 update endpoint of a `sparql+http(s)://` store, when it is not the query endpoint"),
    Setting("sparql_user", "NEWSGRAPH_SPARQL_USER", "",
            "user name for a `sparql+http(s)://` store, sent (HTTP Basic or Digest) when the server asks"),
    Setting("sparql_password", "NEWSGRAPH_SPARQL_PASSWORD", "", "password of NEWSGRAPH_SPARQL_USER"),
    Setting("base_iri", "NEWSGRAPH_BASE_IRI", "http://127.0.0.1:5000/",
            "the base under which ingest mints IRIs; the server's default base is its own address"),
    Setting("token", "NEWSGRAPH_TOKEN", "",
            "bearer token that enables `POST /articles`; writes are refused without it"),
    Setting("query_timeout", "NEWSGRAPH_QUERY_TIMEOUT", "30", "seconds a query may run before it is stopped"),
    Setting("max_rows", "NEWSGRAPH_MAX_ROWS", "10000", "most result rows (or triples) a query returns"),
    Setting("max_body", "NEWSGRAPH_MAX_BODY", "1048576", "largest accepted request body, in bytes"),
    Setting("workers", "NEWSGRAPH_WORKERS", "2", "query worker processes of the server"),
]}


def get(name: str) -> str:
    """The value of a setting: its environment variable when set, else its default."""
    setting = SETTINGS[name]
    return os.environ.get(setting.env) or setting.default
