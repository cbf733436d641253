"""`POST /articles`: ingest one article over HTTP, through the same pipeline and SHACL gate as the CLI.

Enabled only when the server started with NEWSGRAPH_TOKEN set; the request carries
`Authorization: Bearer <token>` (compared in constant time).

    text/plain body            the article text (?id=, ?title=, ?date=, ?publisher=, ?url= optional)
    application/json body      {"text": …, "id", "title", "date", "publisher", "url"}
    201  Location: the article IRI; body: {"article": IRI, "graph": IRI, "triples": N}
    400  empty or unreadable input        401  no or wrong token (WWW-Authenticate: Bearer)
    404  writes are not enabled (no token configured: the route does not exist for clients)
    415  another Content-Type             422  the SHACL report (text/turtle), nothing stored
After a write, the query workers re-open their view of the store, so queries see the article at once.
"""
from __future__ import annotations

import hmac

from flask import Blueprint, Response, current_app, request
from werkzeug.exceptions import NotFound

from newsgraph.errors import InputError, NewsGraphError, NotConforming, UsageError

bp = Blueprint("write", __name__)

FIELDS = ("text", "id", "title", "date", "publisher", "url")


class Unauthorized(NewsGraphError):
    status = 401


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
    if not (fields.get("text") or "").strip():
        raise InputError("the article is empty: send its text")
    from newsgraph.ingest.readers import article_from_fields
    from newsgraph.pipeline import ingest_article
    article = article_from_fields(fields, source="POST /articles")
    try:
        outcome = backend.write(lambda store: ingest_article(store, article, backend.base_iri))
    except NotConforming as e:
        return Response(e.report or str(e), status=422, content_type="text/turtle; charset=utf-8")
    iri = _article_iri(outcome)
    body = {"article": iri, **{k: v for k, v in _describe(outcome).items() if k != "article"}}
    return current_app.response_class(
        current_app.json.dumps(body) + "\n", status=201, mimetype="application/json",
        headers={"Location": iri})


def _check_token(token: str) -> None:
    header = request.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        err = Unauthorized("a valid 'Authorization: Bearer <token>' header is required")
        raise err


def _fields() -> dict:
    mimetype = request.mimetype
    if mimetype == "application/json":
        data = request.get_json(silent=True)
        if not isinstance(data, dict):
            raise InputError("the body is not a JSON object with the article fields")
        return {k: (str(data[k]) if data.get(k) is not None else None) for k in FIELDS if k in data}
    if mimetype == "text/plain" or not mimetype:
        try:
            text = request.get_data(cache=False).decode(request.mimetype_params.get("charset", "utf-8"))
        except (UnicodeDecodeError, LookupError):
            raise InputError("the text is not UTF-8")
        return {"text": text, **{k: request.args[k] for k in FIELDS[1:] if k in request.args}}
    raise UnsupportedType(f"unsupported Content-Type {mimetype}: send text/plain or application/json")


def _article_iri(outcome) -> str:
    return outcome if isinstance(outcome, str) else getattr(outcome, "article", None) or \
        getattr(outcome, "iri", None) or str(outcome)


def _describe(outcome) -> dict:
    if isinstance(outcome, str):
        return {}
    return {k: getattr(outcome, k) for k in ("graph", "triples") if hasattr(outcome, k)}
