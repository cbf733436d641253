"""`POST /articles`: ingest one article over HTTP, through the same pipeline and SHACL gate as the CLI.

Enabled only when the server started with NEWSGRAPH_TOKEN set; the request carries
`Authorization: Bearer <token>` (compared in constant time).

    text/plain body            the article text (?id=, ?title=, ?date=, ?publisher=, ?url= optional)
    application/json body      {"text": …, "id", "title", "date", "publisher", "url"}
    201  Location: the article IRI; body: {"article", "graph", "events", "entities", "quotations"}
    200  the same article again: nothing changed (Location and body as for 201, "unchanged": true)
    400  empty or unreadable input (no id: the text's digest names it)
    401  no or wrong token (WWW-Authenticate: Bearer)
    404  writes are not enabled (no token configured: the route does not exist for clients)
    415  another Content-Type
    422  the SHACL report (text/turtle; text/plain or JSON by Accept), nothing stored
After a write, the query workers re-open their view of the store, so queries see the article at once.
"""
from __future__ import annotations

import hmac
import json
import re

from flask import Blueprint, Response, current_app, request
from werkzeug.exceptions import NotFound

from newsgraph.errors import InputError, NewsGraphError, NotConforming, UsageError
from newsgraph.iris import digest

bp = Blueprint("write", __name__)

FIELDS = ("text", "id", "title", "date", "publisher", "url")
_SURROGATE = re.compile("[\ud800-\udfff]")


class Unauthorized(NewsGraphError):
    status = 401
    headers = {"WWW-Authenticate": 'Bearer realm="newsgraph"'}


class UnsupportedType(UsageError):
    status = 415


@bp.post("/articles")
def post_article():
    backend = current_app.extensions["newsgraph"]
    token = backend.settings.token
    if not token:
        raise NotFound("writes are not enabled on this server (start it with NEWSGRAPH_TOKEN set)")
    _check_token(token)
    fields = _fields()
    from newsgraph.ingest.readers import article_from_fields
    from newsgraph.pipeline import ingest_article
    text = fields.get("text")
    identifier = digest(text, length=16) if isinstance(text, str) else None
    article = article_from_fields(fields, source="POST /articles", identifier=identifier)
    try:
        result = backend.write(lambda store: ingest_article(store, article, backend.ingest_base))
    except NotConforming as e:
        return _not_conforming(e)
    body = {"article": result.iri, "graph": result.graph, "events": result.events,
            "entities": result.entities, "quotations": result.quotations, "unchanged": result.skipped}
    return Response(json.dumps(body) + "\n", status=200 if result.skipped else 201,
                    content_type="application/json", headers={"Location": result.iri})


def _check_token(token: str) -> None:
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Unauthorized("a valid 'Authorization: Bearer <token>' header is required")


def _fields() -> dict:
    """The article fields from a JSON object or a text/plain body (metadata in the URL)."""
    mimetype = request.mimetype
    if mimetype == "application/json":
        try:
            data = json.loads(request.get_data(cache=False).decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise InputError("the body is not UTF-8 JSON") from None
        if not isinstance(data, dict):
            raise InputError("the body is not a JSON object with the article fields")
        fields = {k: data[k] for k in FIELDS if k in data}
    elif mimetype == "text/plain":
        charset = request.mimetype_params.get("charset", "utf-8")
        try:
            text = request.get_data(cache=False).decode(charset)
        except (UnicodeDecodeError, LookupError):
            raise InputError(f"the text is not {charset}") from None
        fields = {"text": text, **{k: request.args[k] for k in FIELDS[1:] if k in request.args}}
    elif not mimetype:
        raise InputError("a Content-Type is needed: text/plain or application/json")
    else:
        raise UnsupportedType(f"unsupported Content-Type {mimetype}: send text/plain or application/json")
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("the article is empty: send its text (JSON field \"text\" or a text/plain body)")
    for value in fields.values():
        if isinstance(value, str) and _SURROGATE.search(value):
            raise InputError("the article contains invalid characters (unpaired UTF-16 surrogates)")
    return fields


def _not_conforming(error: NotConforming) -> Response:
    """422 with the SHACL report: Turtle (the report graph) unless text or JSON is preferred."""
    accept = request.accept_mimetypes
    kind = accept.best_match(["text/turtle", "text/plain", "application/json"]) if accept else "text/turtle"
    if kind == "application/json":
        body = json.dumps({"status": 422, "error": str(error), "report": error.report})
    elif kind == "text/plain" or not error.report:
        body, kind = str(error), "text/plain"
    else:
        body = error.report
    return Response(body, status=422, content_type=f"{kind or 'text/turtle'}; charset=utf-8")
