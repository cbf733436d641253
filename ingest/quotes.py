"""Direct quotations: the quoted words, who said them, and the source that reported them.

    extract(doc, mentions) -> [QuoteMention]
    extract_with_sources(doc, mentions) -> ([QuoteMention], [Entity])   and the sources it cites

* A quotation is text between curly (“…”) or straight ("…") double quotes of at least MIN_WORDS
  words; one- and two-word scare quotes ("no limits") are not quotations.
* Its speaker is the subject of the nearest reporting verb (said, told, added, stressed, noted, …;
  patterns/cues.json) in the sentences it stands in, with "he" / "she" resolved to the person meant
  and descriptions ("the Chinese president") resolved by the entity mentions. A quotation that
  fills its sentence alone continues the quotation just before it, and shares its speaker.
* Its source is the organisation in "according to X" or the subject of "X reported" / "X quoted"
  in the same sentences ("according to Xinhua", "TASS reported"), when that is not the speaker.
A quotation without a speaker that names a person, organisation or country is left out.
"""
from __future__ import annotations

import re

from newsgraph.ingest.frames import AGENTS, Frame, cues, objects
from newsgraph.ingest.model import Entity, Mention, QuoteMention, Span

MIN_WORDS = 3
QUOTE = re.compile(r"“([^“”]+)”|\"([^\"]+)\"")


def extract(doc, mentions: list[Mention]) -> list[QuoteMention]:
    return quotations(Frame(doc, mentions))


def extract_with_sources(doc, mentions: list[Mention]) -> tuple[list[QuoteMention], list[Entity]]:
    """extract() and sources(), from one Frame (each costs a pass over the Doc)."""
    frame = Frame(doc, mentions)
    return quotations(frame), sources(frame)


def quotations(frame: Frame) -> list[QuoteMention]:
    found: list[QuoteMention] = []
    last_end, last_speaker = -1, None
    full = frame.text
    for m in QUOTE.finditer(full):
        group = 1 if m.group(1) is not None else 2
        start, end = m.start(group), m.end(group)
        text = full[start:end].strip().rstrip(",;:").rstrip()  # "…Russia,” Xi said": the comma is ours
        start = start + len(full[start:end]) - len(full[start:end].lstrip())
        if len(re.findall(r"\w+", text)) < MIN_WORDS or "\n\n" in text:
            continue
        sents = _sentences(frame.sents, m.start(), m.end())
        if not sents:
            continue
        verb = _reporting_verb(sents, m.start(), m.end())
        speaker = _speaker(frame, verb) if verb is not None else None
        if speaker is None and _alone(full, sents, m.start(), m.end()) and last_speaker is not None \
                and m.start() - last_end < 600:
            speaker = last_speaker
        if speaker is None:
            continue
        span = Span(start, start + len(text),
                    full[sents[0].start_char:sents[-1].end_char].strip(),
                    sents[0].start_char, sents[0].start_char + len(full[sents[0].start_char:sents[-1].end_char].strip()))
        found.append(QuoteMention(text=text, speaker=speaker, span=span,
                                  reported_by=_source(frame, sents, speaker)))
        last_end, last_speaker = m.end(), speaker
    return found


def _sentences(sents, start: int, end: int) -> list:
    return [s for s in sents if s.end_char > start and s.start_char < end] or \
           [s for s in sents if s.start_char <= start < s.end_char + 1]


def _outside(tok, start: int, end: int) -> bool:
    return not (start <= tok.idx < end)


def _reporting_verb(sents, start: int, end: int):
    """The reporting verb outside the quote nearest to it."""
    best = None
    for sent in sents:
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in cues()["reporting_verbs"]:
                continue
            if not _outside(tok, start, end):
                continue
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and tok.dep_ not in ("conj", "advcl", "xcomp"):
                continue
            distance = start - tok.idx if tok.idx < start else tok.idx - end
            if best is None or distance < best[0]:
                best = (distance, tok)
    return best[1] if best else None


def _speaker(frame: Frame, verb) -> Entity | None:
    for head in frame.subjects(verb):
        found = frame.entities(head, AGENTS)
        if found:
            return found[0]
    return None


def _alone(text: str, sents, start: int, end: int) -> bool:
    """The quotation is all there is of its sentence(s) (a paragraph that quotes on)."""
    before = text[sents[0].start_char:start].strip(" “\"")
    after = text[end:sents[-1].end_char].strip(" ”\".")
    return not before and not after


def _source(frame: Frame, sents, speaker: Entity) -> Entity | None:
    for sent in sents:
        for tok in sent:
            if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
                for obj in objects(tok.nbor()) or [t for t in tok.nbor().children]:
                    e = _organisation(frame, obj)
                    if e is not None and e.key != speaker.key:
                        return e
            elif tok.pos_ == "VERB" and tok.lemma_.lower() in cues()["source_verbs"]:
                for head in frame.subjects(tok):
                    e = _organisation(frame, head)
                    if e is not None and e.key != speaker.key:
                        return e
    return None


def sources(frame: Frame) -> list[Entity]:
    """The organisations an article cites as its sources, quoted or not: "according to Xinhua",
    "Russia's TASS news agency reported", "a Chinese readout" aside (no name, no source)."""
    doc, found = frame.doc, []
    for tok in doc:
        heads = []
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            heads = objects(doc[tok.i + 1]) or list(doc[tok.i + 1].children)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in ("report", "quote", "cite", "broadcast"):
            heads = frame.subjects(tok)
        for head in heads:
            e = _organisation(frame, head)
            if e is not None and e not in found:
                found.append(e)
    return found


def _organisation(frame: Frame, tok) -> Entity | None:
    found = [e for e in frame.entities(tok, ("organization",)) if e.kind == "organization"]
    if found:
        return found[0]
    for t in tok.subtree:  # "state news agency Xinhua", "Russia's TASS news agency"
        e = frame.entity(t, ("organization",))
        if e is not None:
            return e
    return None
