"""All input IO: files and request bodies become Articles (or one-line InputErrors).

    read_paths(paths, date=, publisher=, url=)  files and folders -> Article | InputError, one per article
    read_text(text, identifier, source, ...)    plain text (the seed layout) -> Article
    article_from_fields(fields, source)         a JSON object {text, id, title, date, publisher, url} -> Article

Formats by extension: .txt, .html/.htm (main text by trafilatura, no network), .json (one object or a
list), .jsonl (one object per line). Folders are read recursively in sorted order; files with other
extensions (and hidden files) are skipped there, but named directly they are an error.

Encoding: UTF-8 (a UTF-8 or UTF-16 byte-order mark is honoured; HTML may declare its charset). Anything
else is refused with one clear line rather than guessed: a wrong guess would silently corrupt names.

Metadata precedence: the caller's --date/--publisher/--url > the JSON fields / HTML metadata > what the
text layout shows (see layout.py: `date` line, headline, dateline, trailing credits).
"""
from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsgraph.errors import InputError, UsageError
from newsgraph.ingest.layout import parse_layout
from newsgraph.ingest.model import Article

SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}


def read_paths(paths: Iterable[Path | str], date: dt.date | str | None = None, publisher: str | None = None,
               url: str | None = None) -> Iterator[Article | InputError]:
    """Every article under `paths`, in order; unreadable input is yielded as an InputError (one line).

    An invalid `date` raises UsageError at once (it is the caller's argument, not the input's fault)."""
    overrides = {"date": _usage_date(date), "publisher": publisher or None, "url": url or None}
    return _read_all([Path(p) for p in paths], {k: v for k, v in overrides.items() if v})


MAX_TEXT = 1_000_000  # characters: spaCy's models take no longer text (nlp.max_length)


def read_text(text: str, identifier: str, source: str, *, headline: str | None = None,
              date: dt.date | None = None, publisher: str | None = None, url: str | None = None) -> Article:
    """An Article from text in the seed layout; given metadata wins over what the layout shows.

    Raises InputError when no article text remains."""
    layout = parse_layout(text, headline=headline)
    if not layout.body.strip():
        raise InputError(f"{source}: no article text")
    if len(layout.body) > MAX_TEXT:
        raise InputError(f"{source}: the article text is {len(layout.body):,} characters long; the limit is "
                         f"{MAX_TEXT:,} (split it into articles)")
    return Article(identifier=identifier, text=layout.body, source=source,
                   headline=headline or layout.headline, date=date or layout.date,
                   publisher=publisher or layout.publisher, url=url, dateline=layout.dateline,
                   dateline_day=layout.dateline_day, credits=layout.credits, byline=layout.byline,
                   reference_date=None if (date or layout.date) else layout.reference_date)


def article_from_fields(fields: dict, source: str, identifier: str | None = None) -> Article:
    """An Article from JSON fields: `text` (required), `id`, `title`, `date`, `publisher`, `url`."""
    if not isinstance(fields, dict):
        raise InputError(f"{source}: expected a JSON object with a \"text\" field, got {type(fields).__name__}")
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        problem = "no \"text\" field" if text is None else "\"text\" is empty or not a string"
        raise InputError(f"{source}: {problem}")
    try:
        date = parse_date(fields["date"]) if fields.get("date") else None
    except ValueError:
        raise InputError(f"{source}: \"date\" is not a date: {fields['date']!r}") from None
    ident = _str(fields.get("id")) or _str(fields.get("url")) or identifier
    if not ident:
        raise InputError(f"{source}: no \"id\" or \"url\" to identify the article")
    return read_text(text, ident, source, headline=_str(fields.get("title")), date=date,
                     publisher=_str(fields.get("publisher")), url=_str(fields.get("url")))


def parse_date(value) -> dt.date:
    """A date from ISO 8601 ('2025-07-15', '2025-07-15T10:00:00Z') or RFC 2822; ValueError otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if re.match(r"\d{4}-\d{2}-\d{2}(?:$|[T ])", text):
        return dt.date.fromisoformat(text[:10])
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"not a date: {value!r}") from None


# -- files -------------------------------------------------------------------------------------------

def _usage_date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return parse_date(value)
    except ValueError:
        raise UsageError(f"--date must be a date as YYYY-MM-DD, not {value!r}") from None


def _read_all(paths: list[Path], overrides: dict) -> Iterator[Article | InputError]:
    for path in paths:
        if path.is_dir():
            for file in _walk(path):
                yield from _read_file(file, overrides)
        elif not path.exists():
            yield InputError(f"{path}: no such file or directory")
        elif path.suffix.lower() not in SUFFIXES:
            yield InputError(f"{path}: unsupported file type {path.suffix or '(none)'!r}; "
                             f"expected one of {', '.join(SUFFIXES)}")
        else:
            yield from _read_file(path, overrides)


def _walk(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
        if path.is_file() and not hidden and path.suffix.lower() in SUFFIXES:
            yield path


def _read_file(path: Path, overrides: dict) -> Iterator[Article | InputError]:
    kind = SUFFIXES[path.suffix.lower()]
    try:
        raw = path.read_bytes()
        text = _decode(raw, path, html=kind == "html")
        if kind == "text":
            articles = [read_text(text, path.stem, str(path))]
        elif kind == "html":
            articles = [_read_html(text, path)]
        else:
            articles = list(_read_json(text, path, lines=kind == "jsonl"))
    except InputError as error:
        yield error
        return
    except OSError as error:
        yield InputError(f"{path}: cannot read the file ({error.strerror or error})")
        return
    for item in articles:
        yield item if isinstance(item, InputError) else _override(item, overrides)


def _override(article: Article, overrides: dict) -> Article:
    for name, value in overrides.items():
        setattr(article, name, value)
    return article


def _decode(raw: bytes, path: Path, html: bool = False) -> str:
    if not raw.strip():
        raise InputError(f"{path}: empty file")
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                raise InputError(f"{path}: not valid {codec.upper()} text despite its byte-order mark") from None
    if b"\x00" in raw[:8192]:
        raise InputError(f"{path}: binary file, not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        declared = _declared_charset(raw) if html else None
        if declared:
            try:
                return raw.decode(declared)
            except (LookupError, UnicodeDecodeError):
                pass
        raise InputError(f"{path}: not UTF-8 text (invalid byte 0x{raw[error.start]:02x} at offset "
                         f"{error.start}); convert it to UTF-8") from None


def _declared_charset(raw: bytes) -> str | None:
    match = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", raw[:4096], re.I)
    return match.group(1).decode("ascii") if match else None


def _read_html(html: str, path: Path) -> Article:
    import trafilatura      # heavy import: only when HTML is read

    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not body or not body.strip():
        raise InputError(f"{path}: no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    date = None
    if meta and meta.date:
        try:
            date = parse_date(meta.date)
        except ValueError:
            date = None
    return read_text(body, path.stem, str(path), headline=(meta.title or None) if meta else None, date=date,
                     publisher=(meta.sitename or None) if meta else None, url=(meta.url or None) if meta else None)


def _read_json(text: str, path: Path, lines: bool) -> Iterator[Article | InputError]:
    if lines:
        records = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append((f"{path}:{number}", json.loads(line)))
            except json.JSONDecodeError as error:
                records.append((f"{path}:{number}", InputError(f"{path}:{number}: malformed JSON ({error.msg} "
                                                              f"at column {error.colno})")))
        if not records:
            raise InputError(f"{path}: empty file")
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(f"{path}: malformed JSON ({error.msg} at line {error.lineno}, "
                             f"column {error.colno})") from None
        if isinstance(data, list):
            records = [(f"{path}[{i}]", item) for i, item in enumerate(data, 1)]
            if not records:
                raise InputError(f"{path}: an empty JSON list, no articles")
        else:
            records = [(str(path), data)]
    several = len(records) > 1
    for index, (source, record) in enumerate(records, 1):
        if isinstance(record, InputError):
            yield record
            continue
        try:
            yield article_from_fields(record, source, f"{path.stem}-{index}" if several else path.stem)
        except InputError as error:
            yield error


def _str(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
