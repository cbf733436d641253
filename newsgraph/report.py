"""The ingest report an analyst reads (`newsgraph ingest … --report FILE`): per article, what was found and
what was left out, as Markdown.

    article_report(prepared, outcome, reason) -> ArticleReport     from the pipeline's analysed article
    markdown(reports) -> str                                        the whole report

Per article: its events (type, status, date, place, participants with their roles, the sentence that
reports it), the people and places it names, its quotations, and its rejects: the event words that made
no event, with the reason. An article that was rejected (SHACL gate) or could not be read says why; one
unchanged since it was stored says so (it was not analysed again).
"""
from __future__ import annotations

from dataclasses import dataclass, field

EVIDENCE_CHARS = 240          # an event's or reject's sentence is cut to this length
QUOTE_CHARS = 300


@dataclass
class ArticleReport:
    source: str                                  # the file (or item) it came from
    identifier: str | None = None
    headline: str | None = None
    outcome: str = "ingested"                    # ingested | rejected | unchanged | unreadable
    reason: str | None = None                    # why rejected or unreadable
    date: str | None = None                      # publication date (ISO)
    iri: str | None = None
    events: list = field(default_factory=list)   # (iri, EventMention)
    people: list = field(default_factory=list)   # Entity
    places: list = field(default_factory=list)   # (Entity, names of the places enclosing it)
    quotes: list = field(default_factory=list)   # QuoteMention
    rejects: list = field(default_factory=list)  # ingest.model.Reject


def article_report(prepared, outcome: str = "ingested", reason: str | None = None) -> ArticleReport:
    """The report of one analysed article (a pipeline.Prepared)."""
    facts, article = prepared.facts, prepared.article
    places = [e for e in facts.entities if e.kind in ("place", "country")]
    places += [pe.event.place for pe in facts.events if pe.event.place and pe.event.place not in places]
    return ArticleReport(
        source=article.source, identifier=article.identifier, headline=article.headline, outcome=outcome,
        reason=reason, date=article.date.isoformat() if hasattr(article.date, "isoformat") else article.date,
        iri=prepared.iri, events=[(pe.iri, pe.event) for pe in facts.events],
        people=[e for e in facts.entities if e.kind == "person"],
        places=[(p, [c.name for c in facts.chains.get(p.key, [])]) for p in _unique(places)],
        quotes=list(facts.quotes), rejects=list(prepared.rejects))


def markdown(reports: list[ArticleReport]) -> str:
    counts = {}
    for r in reports:
        counts[r.outcome] = counts.get(r.outcome, 0) + 1
    lines = ["# NewsGraph ingest report", "",
             ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items())) or "no articles", ""]
    for r in reports:
        lines += _article(r)
    return "\n".join(lines).rstrip() + "\n"


def _article(r: ArticleReport) -> list[str]:
    title = r.headline or r.identifier or r.source
    lines = [f"## {_md(title)}", "", f"- source: `{r.source}`", f"- outcome: **{r.outcome}**"]
    if r.date:
        lines.append(f"- published: {r.date}")
    if r.iri:
        lines.append(f"- article: <{r.iri}>")
    if r.reason:
        lines += ["", "```", r.reason.strip(), "```"]
    if r.outcome == "unchanged" or r.outcome == "unreadable":
        return lines + [""]
    lines += ["", f"### Events ({len(r.events)})", ""]
    lines += [line for iri, ev in r.events for line in _event(iri, ev)] or ["none", ""]
    lines += [f"### People ({len(r.people)})", ""]
    lines += [f"- {_md(p.name)}" + (f", {_md(p.title)}" if p.title else "") + _linked(p) for p in r.people] or ["none"]
    lines += ["", f"### Places ({len(r.places)})", ""]
    lines += [f"- {_md(p.name)} ({p.kind}" + (f", in {_md(', '.join(within))}" if within else "") + ")" + _linked(p)
              for p, within in r.places] or ["none"]
    lines += ["", f"### Quotations ({len(r.quotes)})", ""]
    lines += [f"- {_md(q.speaker.name)}: “{_md(_cut(q.text, QUOTE_CHARS))}”"
              + (f" (reported by {_md(q.reported_by.name)})" if q.reported_by else "") for q in r.quotes] or ["none"]
    lines += ["", f"### Rejects ({len(r.rejects)})", ""]
    lines += [f"- “{_md(x.word)}”: {x.reason} — {_md(_cut(x.span.sentence, EVIDENCE_CHARS))}" for x in r.rejects] or ["none"]
    return lines + [""]


def _event(iri: str, ev) -> list[str]:
    when = ev.date.isoformat() if ev.date else "no date"
    if ev.date_mention:
        when += f" (“{_md(ev.date_mention)}”)"
    where = ev.place.name if ev.place else "no place"
    who = "; ".join(f"{_md(p.entity.name)} ({(p.role or 'attendee').lower()})" for p in ev.participants) or "nobody named"
    return [f"- **{_md(ev.name or ev.type)}** — {ev.type}, {ev.status}, {when}, {_md(where)}",
            f"  - participants: {who}",
            f"  - evidence: {_md(_cut(ev.span.sentence, EVIDENCE_CHARS))}",
            f"  - <{iri}>", ""]


def _linked(entity) -> str:
    return f" — {entity.same_as[0]}" if entity.same_as else ""


def _cut(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


def _md(text: str) -> str:
    """Text that Markdown shows as written (no accidental emphasis, links or tables)."""
    return "".join("\\" + c if c in "\\`*_[]<>|#" else c for c in str(text))


def _unique(entities) -> list:
    seen = {}
    for e in entities:
        seen.setdefault(e.key, e)
    return list(seen.values())
