"""Ministries named by pattern: "Russia's foreign ministry", "the Turkish Ministry of Foreign Affairs",
"Ministry of Defence of Japan". entities.py gives each the key organization/<kind>-ministry-<cc> (a KB entry
when there is one) and the name "Ministry of Foreign Affairs of <country>".
"""
from __future__ import annotations

import re

from newsgraph.ingest import nlp, titles
from newsgraph.ingest.knowledge import fold

KINDS = {"foreign": ("foreign-ministry", "Ministry of Foreign Affairs"),
         "foreign affairs": ("foreign-ministry", "Ministry of Foreign Affairs"),
         "defence": ("defence-ministry", "Ministry of Defence"),
         "defense": ("defence-ministry", "Ministry of Defence")}
_CWORDS = r"[A-Z][\w.\-]*(?:[ ]+[A-Z][\w.\-]*){0,2}"
MINISTRY_BEFORE = re.compile(rf"(?P<c>{_CWORDS})(?:'s|’s)?\s+(?P<k>[Ff]oreign|[Dd]efen[cs]e)\s+$")
COUNTRY_BEFORE = re.compile(rf"(?P<c>{_CWORDS})(?:'s|’s)?\s+$")
MINISTRY_AFTER = re.compile(rf"\s+(?:of|for)\s+(?P<k>Foreign\s+Affairs|Defen[cs]e)(?:\s+of\s+(?:the\s+)?(?P<c>{_CWORDS}))?")


def find(doc) -> list[tuple[int, int, str, str]]:
    """(start token, end token, country key, kind) of each ministry named."""
    found, text = [], nlp.doc_text(doc)
    for word in re.finditer(r"\b[Mm]inistry\b", text):
        before, after = text[max(0, word.start() - 50):word.start()], text[word.end():word.end() + 60]
        kind = country = None
        start, end = word.start(), word.end()
        m = MINISTRY_BEFORE.search(before)
        if m:
            kind, country, start = m.group("k"), m.group("c"), word.start() - len(before) + m.start()
        m2 = MINISTRY_AFTER.match(after)
        if m2:
            kind, end = m2.group("k"), word.end() + m2.end()
            country = m2.group("c") or country
            if not m2.group("c"):
                m3 = COUNTRY_BEFORE.search(before)
                country, start = (m3.group("c"), word.start() - len(before) + m3.start()) if m3 else (None, start)
        key = _country_key(country) if country else None
        if not key or fold(kind or "") not in KINDS:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found.append((span.start, span.end, key, fold(kind)))
    return found


def _country_key(words: str) -> str | None:
    """The country named by the last one, two or three words: 'the Russian' -> country/RU."""
    parts = words.split()
    for n in (3, 2, 1):
        key = titles.country_words().get(fold(" ".join(parts[-n:]))) if len(parts) >= n else None
        if key:
            return key
    return None
