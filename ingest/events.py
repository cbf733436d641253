"""Event mentions from syntax: triggers found by spaCy's DependencyMatcher, arguments by dependency walks.

Knowledge is data: patterns/<topic>.jsonl hold the triggers (a DependencyMatcher pattern whose first
node is the trigger, the ontology class, the frame — a verb or an event noun — the roles its subject
and objects take, the least number of participants, and an example sentence that tests run);
patterns/cues.json holds the word lists the walks use. For each trigger:
  participants  verb: its subject (inherited through xcomp/conj/participles/relative clauses), its
                objects and "with / between / among" partners; noun: possessor, "with / between / of"
                partners, entity compounds ("SCO summit"), agents of a relative clause ("attended by
                X"), and the subject of the verb that governs it ("held talks", "arrived for the summit");
                "the two sides" / "they" stand for the parties of the event reported just before;
  place         "in / at" phrases of the trigger, its governing verb or its participants (the visit's
                destination for visits); the dateline only as a fallback (see `_fill_from_article`);
  date          the DATE phrase attached to the trigger or to the verbs that govern it;
  status        planned for the future tense, "is expected to", "plans to", "upcoming", a date
                after the article's; happened otherwise.
Mentions of one event in an article (same type family, agreeing participants, place and date) are
merged into one EventMention, so the article graph holds one node per event it reports.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from functools import lru_cache

from newsgraph.ingest import dates
from newsgraph.ingest.frames import AGENTS, PATTERNS, Frame, cues, objects, sentence_span
from newsgraph.ingest.model import Article, Entity, EventMention, Mention, Participant

TOPICS = ("calls", "agreements", "visits", "talks", "meetings", "gatherings", "statements")
ROLE_ORDER = ("Host", "Caller", "Signatory", "Speaker", "Organizer", "Guest", "Attendee")
NON_PARTICIPATING = {"about", "on", "over", "regarding", "concerning", "after", "before", "since",
                     "following", "ahead", "despite", "like", "than"}


@lru_cache(maxsize=1)
def patterns() -> list[dict]:
    """All trigger patterns in priority order (the first pattern that matches a token wins)."""
    out = []
    for topic in TOPICS:
        for n, line in enumerate((PATTERNS / f"{topic}.jsonl").read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                p = json.loads(line)
                p["source"] = f"patterns/{topic}.jsonl:{n}"
                out.append(p)
    return out


_MATCHERS: dict = {}


def matcher(vocab):
    """A DependencyMatcher holding every pattern (one per vocabulary, built once)."""
    key = id(vocab)
    if key not in _MATCHERS:
        from spacy.matcher import DependencyMatcher
        m = DependencyMatcher(vocab, validate=True)
        for p in patterns():
            m.add(p["id"], [p["pattern"]])
        _MATCHERS[key] = m
    return _MATCHERS[key]


def extract(doc, mentions: list[Mention], article: Article, resolver=None) -> list[EventMention]:
    """The events an analysed article reports, one EventMention per event (mentions merged).

    `resolver` (an EntityResolver) names the dateline's place; without it the dateline is unused."""
    frame = Frame(doc, mentions)
    order = {p["id"]: i for i, p in enumerate(patterns())}
    by_id = {p["id"]: p for p in patterns()}
    best: dict[int, str] = {}
    for match_id, tokens in matcher(doc.vocab)(doc):
        pid = doc.vocab.strings[match_id]
        t = tokens[0]
        if t not in best or order[pid] < order[best[t]]:
            best[t] = pid
    triggers = set(best)
    found: list[tuple[int, EventMention]] = []
    for i in sorted(best):
        tok, pattern = doc[i], by_id[best[i]]
        m = frame.mention(tok)
        if m is not None and m.entity.kind != "organization":
            continue  # a trigger word inside a name ("Meeting Sergei Lavrov" trimmed or not)
        if _forbidden(tok, pattern):
            continue
        prior = [e for _, e in found]
        for ev in _build(tok, pattern, frame, article, triggers, prior):
            found.append((i, ev))
    events = _merge([e for _, e in found])
    lede = _lede(frame, article)
    dateline = resolver.place(article.dateline) if resolver is not None and article.dateline else None
    return [_fill_from_article(e, article, lede, dateline) for e in events]


# ---- one trigger -----------------------------------------------------------------------------------

def _build(tok, pattern, frame: Frame, article: Article, triggers: set[int], prior) -> list[EventMention]:
    roles = pattern.get("roles", {})
    subj_role, obj_role = roles.get("subject", "Attendee"), roles.get("object", "Attendee")
    governor = _governor(tok) if pattern["frame"] == "noun" else tok
    subjects, partner_groups, places = [], [], []
    if pattern["frame"] == "verb":
        subjects = _agents(frame, frame.subjects(tok), prior)
        partner_groups, places = _verb_objects(frame, tok, prior, pattern.get("destination"))
    else:
        subjects, partner_groups, places = _noun_arguments(frame, tok, governor, prior)
    if governor is not None and governor is not tok and governor.lemma_.lower() in cues()["host_verbs"]:
        subj_role = "Host"
    place = _place(frame, tok, governor, places, pattern["type"])
    date_tok = _date(tok, governor, triggers)
    planned = _planned(tok, governor, date_tok)
    date = dates.resolve(date_tok.text, article.date, planned) if date_tok is not None else None
    if date and article.date and date > article.date:
        planned = True
    events = []
    groups = partner_groups if _split(tok, governor) and len(partner_groups) > 1 else [
        [e for g in partner_groups for e in g]]
    for partners in groups:
        people = _participants(subjects, subj_role, partners, obj_role, tok, frame)
        people = [p for p in people if place is None or p.entity.key != place.key]
        if len(people) < pattern.get("min", 1):
            continue
        confidence = 0.45 + 0.1 * min(len(people), 3) + (0.1 if place else 0) + (0.05 if date else 0)
        events.append(EventMention(
            type=pattern["type"], span=sentence_span(frame.doc, tok), participants=people, place=place,
            date=date, date_mention=date_tok.text if date_tok is not None else None,
            status="planned" if planned else "happened", confidence=round(min(confidence, 0.95), 2)))
    return events


def _forbidden(tok, pattern) -> bool:
    for rule in pattern.get("forbid", []):
        dep, _, word = rule.partition(":")
        if any(c.dep_ == dep and (not word or c.lower_ == word) for c in tok.children):
            return True
    return False


def _agents(frame: Frame, heads, prior) -> list[Entity]:
    found = []
    for h in heads:
        if _plural_anaphor(h):
            found += _previous_parties(prior)
        else:
            found += frame.entities(h)
    return found


def _plural_anaphor(tok) -> bool:
    if tok.lower_ in ("they", "them", "their"):
        return True
    if tok.lemma_.lower() + "s" in cues()["plural_anaphors"] or tok.lower_ in cues()["plural_anaphors"]:
        return any(c.lower_ in ("two", "both") for c in tok.children) or (
            tok.lower_ in ("pair",) and any(c.lower_ == "the" for c in tok.children))
    return tok.lower_ == "both" and tok.dep_ in ("nsubj", "nsubjpass")


def _previous_parties(prior) -> list[Entity]:
    for ev in reversed(prior):
        agents = [p.entity for p in ev.participants]
        if len(agents) >= 2:
            return agents
    return []


def _verb_objects(frame: Frame, verb, prior, destination: bool):
    groups, places = [], []
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "attr") or (c.dep_ == "nsubjpass" and _has_agent(verb)):
            groups.append(_agents(frame, [c], prior))
            places += frame.places(c)
        elif c.dep_ == "prep" and c.lower_ in cues()["partner_preps"]:
            for obj in objects(c):
                groups.append(_agents(frame, [obj], prior))
            for conj in c.children:  # "with the IMF, then with President Trump"
                if conj.dep_ == "conj" and conj.lower_ in cues()["partner_preps"]:
                    for obj in objects(conj):
                        groups.append(_agents(frame, [obj], prior))
        elif c.dep_ == "prep" and c.lower_ in ("to", "in", "at", "into") and destination:
            for obj in objects(c):
                places += frame.places(obj)
    return [g for g in groups if g], places


def _has_agent(verb) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)


def _noun_arguments(frame: Frame, noun, governor, prior):
    subjects, groups, places = [], [], []
    for c in noun.children:
        if c.dep_ == "poss":
            subjects += _agents(frame, [c], prior)
        elif c.dep_ in ("compound", "nmod", "amod") and c.pos_ in ("PROPN", "NOUN", "ADJ"):
            m = frame.mention(c)
            if m and m.entity.kind in AGENTS and not (c.pos_ == "ADJ" and m.entity.kind == "country"):
                subjects.append(m.entity)
            elif m and m.entity.kind == "place":
                places.append(m.entity)
        elif c.dep_ == "prep" and c.lower_ in (*cues()["partner_preps"], "by", "of"):
            for obj in objects(c):
                if c.lower_ == "of" and obj.pos_ not in ("PROPN", "PRON") and not frame.mention(obj):
                    found = frame.entities(obj)
                    if found:
                        groups.append(found)
                    continue
                groups.append(_agents(frame, [obj], prior))
                places += frame.places(obj) if c.lower_ in ("of",) else []
        elif c.dep_ == "prep" and c.lower_ in ("to", "in", "at"):
            for obj in objects(c):
                places += frame.places(obj)
                if c.lower_ == "to":
                    groups.append(frame.entities(obj, ("person", "organization")))
        elif c.dep_ in ("relcl", "acl") and c.lemma_.lower() in cues()["participation_verbs"]:
            subjects += _agents(frame, [h for h in frame.subjects(c) if h is not noun
                                         and h.lower_ not in ("which", "that")], prior)
    if governor is not None and governor is not noun:
        subjects += _agents(frame, frame.subjects(governor), prior)
        if _copresent(noun, governor):
            for c in governor.children:
                if c.dep_ in ("dobj", "dative") and c is not noun:
                    groups.append(frame.entities(c, ("person",)))
    return subjects, [g for g in groups if g], places


def _governor(noun):
    """The verb whose subject takes part in the event `noun` names: "held talks", "in a meeting"."""
    tok = noun
    for _ in range(3):
        if tok.dep_ == "conj":
            tok = tok.head
            continue
        break
    if tok.dep_ in ("dobj", "nsubjpass", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() not in cues()["light_verbs"]:
            return None
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        prep = tok.head
        if prep.lower_ in NON_PARTICIPATING or prep.lower_ not in cues()["participation_preps"]:
            return None
        head = prep.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def _copresent(noun, governor) -> bool:
    return noun.dep_ == "pobj" and noun.head.lower_ in cues()["copresence_preps"] and noun.head.head is governor


def _participants(subjects, subj_role, partners, obj_role, tok, frame) -> list[Participant]:
    out: dict[str, Participant] = {}
    for e in subjects:
        out.setdefault(e.key, Participant(e, subj_role))
    for e in partners:
        out.setdefault(e.key, Participant(e, _partner_role(e, obj_role, frame, tok)))
    return list(out.values())


def _partner_role(entity: Entity, default: str, frame: Frame, tok) -> str:
    """"visiting Russian Foreign Minister Sergey Lavrov" is a guest."""
    for t in tok.sent:
        m = frame.mention(t)
        if m and m.entity.key == entity.key:
            left = t.doc[max(t.sent.start, t.i - 4):t.i]
            if any(w.lower_ == "visiting" for w in left):
                return "Guest"
    return default


def _split(tok, governor) -> bool:
    words = {t.lower_ for t in tok.sent}
    return bool(words & cues()["split_cues"]) or any(
        c.dep_ == "conj" and c.dep_ for c in tok.children if c.lower_ in ("with",))


# ---- place, date, status ---------------------------------------------------------------------------

def _place(frame: Frame, tok, governor, found: list[Entity], etype: str) -> Entity | None:
    candidates = list(found)
    for head in (tok, governor):
        if head is None:
            continue
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "inside", "near", "outside"):
                for obj in objects(c):
                    candidates += frame.places(obj)
            elif c.dep_ in ("acl", "relcl") and head is tok:
                for g in c.children:
                    if g.dep_ == "prep" and g.lower_ in ("in", "at"):
                        for obj in objects(g):
                            candidates += frame.places(obj)
            elif c.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "appos", "npadvmod") or (
                    c.dep_ == "prep" and c.lower_ in cues()["partner_preps"]):
                for g in (c, *[o for o in objects(c)]):  # "Lavrov in Beijing"
                    for p in g.children:
                        if p.dep_ == "prep" and p.lower_ in ("in", "at"):
                            for obj in objects(p):
                                candidates += frame.places(obj)
    if etype == "PhoneCall":
        return None
    return candidates[0] if candidates else None


def _date(tok, governor, triggers: set[int]):
    """The DATE entity attached to the trigger, or to a verb that governs it (nearest first)."""
    chain = _chain(tok, governor)
    best = None
    for ent in tok.doc.ents if tok.sent is None else tok.sent.ents:
        if ent.label_ != "DATE":
            continue
        anchor = _anchor(ent.root, triggers)
        if anchor is not None and anchor.i in chain:
            rank = chain[anchor.i]
            if best is None or rank < best[0]:
                best = (rank, ent)
    return best[1] if best else None


def _chain(tok, governor) -> dict[int, int]:
    """Token index -> distance, for the trigger and the clause heads above it (up to a ccomp)."""
    chain, node, n = {tok.i: 0}, governor or tok, 1
    while True:
        chain.setdefault(node.i, n)
        if node.head is node or node.dep_ in ("ccomp", "parataxis") or n > 6:
            break
        node, n = node.head, n + 1
    return chain


def _anchor(tok, triggers: set[int]):
    node = tok.head
    for _ in range(8):
        if node.i in triggers or node.pos_ in ("VERB", "AUX"):
            return node
        if node.head is node:
            return node
        node = node.head
    return None


def _planned(tok, governor, date_tok) -> bool:
    c = cues()
    for node in _upward(tok, governor):
        for child in node.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in c["planned_aux"]:
                return True
            if child.dep_ == "aux" and child.lower_ == "to" and node.head.lemma_ == "be":
                return True
            if child.dep_ == "amod" and child.lower_ in c["planned_modifiers"]:
                return True
        if node.lemma_.lower() in c["planned_verbs"] and node is not tok and node.pos_ == "VERB":
            return True
        if node.lower_ in c["planned_contexts"]:
            return True
    if date_tok is not None and any(t.lower_ in c["planned_dates"] for t in date_tok):
        return True
    return False


def _upward(tok, governor):
    nodes, node = [tok], governor or tok.head
    for _ in range(5):
        if node is None or node in nodes:
            break
        nodes.append(node)
        if node.dep_ in ("ccomp", "parataxis", "ROOT"):
            break
        node = node.head
    if tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN":  # "preparations for the summit"
        nodes.append(tok.head.head)
    return nodes


# ---- one node per event per article ------------------------------------------------------------------

def family(event_type: str) -> str:
    """Event types that news uses for the same occasion: a meeting is reported as talks."""
    return {"Talks": "Meeting"}.get(event_type, event_type)


def _merge(events: list[EventMention]) -> list[EventMention]:
    merged: list[EventMention] = []
    for ev in events:
        target = next((m for m in reversed(merged) if _same(m, ev)), None)
        if target is None:
            merged.append(ev)
            continue
        keys = {p.entity.key for p in target.participants}
        target.participants += [p for p in ev.participants if p.entity.key not in keys]
        target.place = target.place or ev.place
        if target.date is None and ev.date is not None:
            target.date, target.date_mention = ev.date, ev.date_mention
        target.date_mention = target.date_mention or ev.date_mention
        target.confidence = max(target.confidence, ev.confidence)
        if ev.span != target.span and ev.span not in target.evidence:
            target.evidence.append(ev.span)
    return merged


def _same(a: EventMention, b: EventMention) -> bool:
    if family(a.type) != family(b.type) or a.status != b.status:
        return False
    if a.date and b.date and a.date != b.date:
        return False
    if a.place and b.place and a.place.key != b.place.key:
        return False
    ka, kb = {p.entity.key for p in a.participants}, {p.entity.key for p in b.participants}
    return bool(ka and kb) and (ka <= kb or kb <= ka)


def _lede(frame: Frame, article: Article):
    """(protagonist key, date, date mention) of the article's first sentence, when its main verb
    carries a date of day precision: "Xi Jinping told Russia's top diplomat today that ..."."""
    sents = list(frame.doc.sents)
    if not sents or article.date is None:
        return None
    root = sents[0].root
    subjects = [e for h in frame.subjects(root) for e in frame.entities(h, ("person",))]
    for ent in sents[0].ents:
        if ent.label_ == "DATE" and _anchor(ent.root, set()) is root and subjects:
            day = dates.resolve(ent.text, article.date)
            if day is not None:
                return subjects[0].key, day, ent.text
    return None


def _fill_from_article(ev: EventMention, article: Article, lede, dateline: Entity | None) -> EventMention:
    """Article-level defaults, applied only where the event's own sentence says nothing:
    * the lede's date for a happened event of the lede's protagonist (news opens with its main
      event: the first sentence's "today" dates the protagonist's undated meeting reported below);
    * the dateline place for an event of the article's own days (a week before to a day after the
      article date) that names no place; never for phone calls."""
    if ev.date is None and ev.date_mention is None and ev.status == "happened" and lede is not None:
        key, day, words = lede
        if any(p.entity.key == key for p in ev.participants):
            ev.date, ev.date_mention = day, words
    if ev.place is None and ev.type != "PhoneCall" and dateline is not None and ev.date and article.date:
        if dt.timedelta(days=-7) <= ev.date - article.date <= dt.timedelta(days=1):
            ev.place = dateline
    return ev
