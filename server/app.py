"""The Flask app factory: handed its store and settings, so tests pass a temporary store and the CLI
the real one.

    create_app(store, base_iri, query_timeout=…, max_rows=…, workers=…, token=…, max_body=…)

Blueprints: sparql (/sparql), write (/articles), pages (linked-data pages), site (/, /export,
/ontology, /shapes, /.well-known/void); /healthz here. Errors are rendered in one place
(`render_error`): JSON, HTML or plain text by Accept, with the status the error carries
(newsgraph.errors). Every response allows any origin (CORS: the data is public and read-only;
the write API needs a bearer token, never a cookie), and preflights are answered.
"""
from __future__ import annotations

import html
import json

from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException

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
    if isinstance(error, HTTPException):
        status, message = error.code or 500, error.description or error.name
        response = _error_response(status, message)
        if error.code == 405:
            valid = getattr(error, "valid_methods", None)
            if valid:
                response.headers["Allow"] = ", ".join(valid)
        return response
    response = _error_response(getattr(error, "status", 500), str(error))
    response.headers.update(getattr(error, "headers", None) or {})
    return response


def _error_response(status: int, message: str) -> Response:
    """One error, shaped for who asked: JSON for JSON clients, HTML for browsers, else plain text."""
    accept = request.accept_mimetypes
    kind = accept.best_match(["text/plain", "application/json", "text/html"]) if accept else "text/plain"
    if kind == "application/json" or (accept and accept.best_match(
            ["application/sparql-results+json", "text/plain"]) == "application/sparql-results+json"
            and accept["text/plain"] < accept["application/json"]):
        body, kind = json.dumps({"status": status, "error": message}) + "\n", "application/json"
    elif kind == "text/html" and accept["text/html"] > accept["text/plain"]:
        text = html.escape(message)
        body = (f"<!doctype html><html><head><meta charset='utf-8'><title>{status}</title></head>"
                f"<body><h1>{status}</h1><p>{text}</p><p><a href='/'>NewsGraph</a></p></body></html>\n")
    else:
        body, kind = message + "\n", "text/plain"
    return Response(body, status=status, content_type=f"{kind}; charset=utf-8")


def _cors(response: Response) -> Response:
    response.headers.update(CORS_HEADERS)
    if request.method == "OPTIONS":
        response.headers.update(PREFLIGHT_HEADERS)
    return response
