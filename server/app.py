"""The Flask app factory: handed its store and settings, so tests pass a temporary store and the CLI
the real one.

    create_app(store, base_iri, query_timeout=…, max_rows=…, workers=…, token=…, max_body=…)

Blueprints: sparql (/sparql), write (/articles), pages (linked-data pages), site (/, /export,
/ontology, /shapes, /.well-known/void); /healthz here. The query operation on /sparql runs as
plain WSGI in front of Flask (sparql.Endpoint, the hot path). Errors are rendered in one place
(`error_answer`, for Flask's handler and the Endpoint alike): JSON, HTML or plain text by Accept,
with the status the error carries (newsgraph.errors). Every response allows any origin (CORS: the data is public and read-only;
the write API needs a bearer token, never a cookie), and preflights are answered.
"""
from __future__ import annotations

import html
import json
from functools import lru_cache

from flask import Flask, Response, request
from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import HTTPException
from werkzeug.http import parse_accept_header

from newsgraph.errors import NewsGraphError
from newsgraph.store import Store

from .backend import Backend, make_backend

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "Location, X-NewsGraph-Truncated, X-NewsGraph-Max-Rows",
}
PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept, Authorization",
    "Access-Control-Max-Age": "86400",
}


def create_app(store: str | Store | Backend | None = None, base_iri: str | None = None, **settings) -> Flask:
    """The NewsGraph app over `store` (a spec, a Store or a ready Backend); settings as in
    backend.make_backend: query_timeout, max_rows, max_body, token, workers."""
    from . import pages, site, sparql, write

    backend = store if isinstance(store, Backend) else make_backend(store, base_iri, **settings)
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = backend.settings.max_body
    app.json.sort_keys = False
    app.extensions["newsgraph"] = backend
    for module in (sparql, write, pages, site):
        app.register_blueprint(module.bp)
    app.add_url_rule("/healthz", "healthz", healthz)
    app.register_error_handler(NewsGraphError, render_error)
    app.register_error_handler(HTTPException, render_error)
    app.after_request(_cors)
    app.wsgi_app = sparql.Endpoint(app, backend)
    return app


def healthz():
    """200 when the store answers a real query through a worker, 503 otherwise."""
    from flask import current_app
    backend = current_app.extensions["newsgraph"]
    try:
        result = backend.query("ASK {}", results_type="application/sparql-results+json")
        b"".join(result.chunks)
    except NewsGraphError as e:
        return _error_response(503, f"the store does not answer: {e}")
    return Response('{"status": "ok"}\n', content_type="application/json")


def render_error(error: Exception) -> Response:
    status, headers, body = error_answer(error, request.headers.get("Accept", ""))
    return Response(body, status=status, headers=headers)


def error_answer(error: Exception, accept: str) -> tuple[int, list[tuple[str, str]], list[bytes]]:
    """(status, headers, body) for an error (NewsGraphError or Werkzeug HTTPException)."""
    if isinstance(error, HTTPException):
        status, message = error.code or 500, error.description or error.name
        extra = [("Allow", ", ".join(error.valid_methods))] \
            if error.code == 405 and getattr(error, "valid_methods", None) else []
    else:
        status, message = getattr(error, "status", 500), str(error)
        extra = list((getattr(error, "headers", None) or {}).items())
    body, content_type = _error_document(status, message, accept)
    return status, [("Content-Type", content_type), ("Content-Length", str(len(body))), *extra], [body]


def _error_response(status: int, message: str) -> Response:
    body, content_type = _error_document(status, message, request.headers.get("Accept", ""))
    return Response(body, status=status, content_type=content_type)


def _error_document(status: int, message: str, accept: str) -> tuple[bytes, str]:
    """One error, shaped for who asked: JSON for JSON clients, HTML for browsers, else plain text."""
    kind = _error_kind(accept)
    if kind == "application/json":
        body = json.dumps({"status": status, "error": message}) + "\n"
    elif kind == "text/html":
        text = html.escape(message)
        body = (f"<!doctype html><html><head><meta charset='utf-8'><title>{status}</title></head>"
                f"<body><h1>{status}</h1><p>{text}</p><p><a href='/'>NewsGraph</a></p></body></html>\n")
    else:
        body = message + "\n"
    return body.encode("utf-8"), f"{kind}; charset=utf-8"


@lru_cache(maxsize=256)
def _error_kind(accept_header: str) -> str:
    accept = parse_accept_header(accept_header, MIMEAccept)
    kind = accept.best_match(["text/plain", "application/json", "text/html"]) if accept else "text/plain"
    if kind == "application/json" or (accept and accept.best_match(
            ["application/sparql-results+json", "text/plain"]) == "application/sparql-results+json"
            and accept["text/plain"] < accept["application/json"]):
        return "application/json"
    if kind == "text/html" and accept["text/html"] > accept["text/plain"]:
        return "text/html"
    return "text/plain"


def _cors(response: Response) -> Response:
    response.headers.update(CORS_HEADERS)
    if request.method == "OPTIONS":
        response.headers.update(PREFLIGHT_HEADERS)
    return response
