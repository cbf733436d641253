"""Event mentions from syntax: triggers found by DependencyMatcher patterns, arguments by dependency walks.

    extract(doc, mentions, article, resolver) -> [EventMention]     one per event the article reports

Knowledge is data: patterns/<topic>.jsonl hold the triggers (a spaCy DependencyMatcher pattern whose
first node is the trigger, the ontology class, the frame — a verb or an event noun — the roles its
subject and objects take, the least number of participants (and of people among them), and an example sentence
that a test runs);
patterns/cues.json holds the word lists the walks use. `find_triggers` evaluates the patterns from the
tokens that can be triggers (a test checks it agrees with spaCy's DependencyMatcher). For each trigger:
  participants  arguments.py: the verb's subject and objects, "with / between / among" partners; the
                noun's possessor, partners, name compounds ("SCO summit", "U.S.-ASEAN Summit") and the
                subject of the verb that governs it ("held talks", "arrived for the summit");
                "the two sides" / "they" stand for the parties named just before;
  place, date   circumstances.py: "in / at" phrases of the trigger, its governing verb or its
                participants; a visit's destinations (one visit per stop); the DATE phrase attached to
                the trigger or the verbs above it, resolved by dates.py against the article's date;
  status        planned for the future, "is expected to", "plans to", "upcoming", a later date.
coreference.py then makes one EventMention per event: mentions merged ("The meeting, which was
followed by a banquet ..."), events during others ("During their meeting, they signed ...") and of
the same occasion sharing place and date, trip stops dated by what happens there, and the lede's
date and the dateline's place where the event's own sentence says nothing.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from newsgraph.ingest import dates, descriptions, titles
from newsgraph.ingest.arguments import (CREDENTIALS, a_delegation, agents, conjuncts, counterpart_named, country_meant,
                                        definite, envoys, governor_of, following_list, has_agent, joined_before,
                                        lede_actors, listed_after, listed_partners, multilateral, named, not_postings,
                                        noun_arguments, opening_person, own_partners, participants, partners_of,
                                        people_after, people_listed_back, people_within, present_at, split_mode,
                                        subject_left, unnamed_office, verb_objects, visit_by, visiting_guest)
from newsgraph.ingest.circumstances import (DURATION, TRIP_NOUNS, anchor, date_of, place_of, places_within, planned,
                                            progressive_ahead, with_calendar_day)
from newsgraph.ingest.coreference import (ANAPHOR_REACH, GATHERINGS, OCCASIONS, SAME_DAYS, at_dateline, at_gathering,
                                          city_refines, date_stays, dates_agree, dateline_refines, fill_from_article,
                                          fill_from_setting, fill_from_trip, itinerary, lede, merge, opening_settings,
                                          nested, officials_named, one_setting, same_occasion, venues_in_setting,
                                          within)
from newsgraph.ingest.descriptions import HEAD_ROLES
from newsgraph.ingest.frames import LEAD_VERBS, PATTERNS, PLACES, Frame, cues, objects, passive_agents
from newsgraph.ingest.knowledge import fold
from newsgraph.ingest.layout import FULL_DATE
from newsgraph.ingest.model import Article, Entity, EventMention, Mention, Participant, Reject, Span
from newsgraph.ingest.nlp import headline_doc, sentence
from newsgraph.ingest.places import unlisted_place
from newsgraph.ingest.spans import MISSION, NOT_PLACES, ORG_NOUNS, VENUE_NOUNS


TOPICS = ("calls", "agreements", "visits", "talks", "meetings", "gatherings", "statements")


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


@lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    """Every word a pattern's trigger node can be (its LEMMA / LOWER values), lower-cased."""
    words = set()
    for p in patterns():
        attrs = p["pattern"][0]["RIGHT_ATTRS"]
        for key in ("LEMMA", "LOWER", "ORTH", "TEXT"):
            value = attrs.get(key)
            if isinstance(value, str):
                words.add(value.lower())
            elif isinstance(value, dict):
                words.update(v.lower() for v in value.get("IN", []))
    return frozenset(words)


def find_triggers(doc) -> list[tuple[str, int]]:
    """(pattern id, trigger token index) of the first pattern (in priority order) that matches at each
    token. The patterns are spaCy DependencyMatcher patterns (`matcher()` builds and validates the
    real one; a test checks both agree); this evaluates them from each token that can be a trigger,
    which is an order of magnitude faster than running the DependencyMatcher over every sentence."""
    words, found = trigger_words(), []
    for tok in doc:
        if tok.lower_ not in words and tok.lemma_.lower() not in words:
            continue
        ruled_out = None  # a pattern whose forbidden child rules it out here leaves the token to the next one
        for p in _patterns_for(tok.lemma_, tok.lower_, tok.text):
            if _bind(p["pattern"], {"trigger": tok}, 1):
                if not _forbidden(tok, p):
                    found.append((p["id"], tok.i))
                    break
                ruled_out = ruled_out or p
        else:
            if ruled_out is not None:  # (reported as such by extract)
                found.append((ruled_out["id"], tok.i))
    return found


@lru_cache(maxsize=4096)
def _patterns_for(lemma: str, lower: str, text: str) -> tuple[dict, ...]:
    """The patterns whose trigger node accepts a token with these words, in priority order: any other
    pattern asks for another word and cannot match there, so find_triggers need not try it (the 50
    patterns at every trigger word were ~5% of an ingest)."""
    words = {"LEMMA": lemma, "LOWER": lower, "ORTH": text, "TEXT": text}
    return tuple(p for p in patterns() if all(_wanted(want, words[key])
                                              for key, want in p["pattern"][0]["RIGHT_ATTRS"].items() if key in words))


def _bind(nodes, bound: dict, k: int) -> bool:
    if k == 1 and not _accepts(bound["trigger"], nodes[0]["RIGHT_ATTRS"]):
        return False
    if k == len(nodes):
        return True
    node = nodes[k]
    left, op = bound[node["LEFT_ID"]], node["REL_OP"]
    if op == ">":
        candidates = left.children
    elif op == "<":
        candidates = [left.head] if left.head != left else []
    elif op == ">>":
        candidates = (t for t in left.subtree if t != left)
    elif op == "<<":
        candidates = left.ancestors
    else:
        raise ValueError(f"REL_OP {op!r} is not supported by find_triggers")
    for tok in candidates:
        if _accepts(tok, node["RIGHT_ATTRS"]) and _bind(nodes, {**bound, node["RIGHT_ID"]: tok}, k + 1):
            return True
    return False


_ATTRS = {"LOWER": lambda t: t.lower_, "LEMMA": lambda t: t.lemma_, "POS": lambda t: t.pos_,
          "DEP": lambda t: t.dep_, "ENT_TYPE": lambda t: t.ent_type_, "TAG": lambda t: t.tag_,
          "ORTH": lambda t: t.text, "TEXT": lambda t: t.text, "IS_SENT_START": lambda t: bool(t.is_sent_start)}


def _accepts(tok, attrs: dict) -> bool:
    for key, want in attrs.items():
        if not _wanted(want, _ATTRS[key](tok)):
            return False
    return True


def _wanted(want, have) -> bool:
    """`have` (a token's attribute) meets `want` (a pattern's value of it: a value, or {"IN"/"NOT_IN": [...]})."""
    if isinstance(want, dict):
        return not ("IN" in want and have not in want["IN"] or "NOT_IN" in want and have in want["NOT_IN"])
    return have == want


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


def extract(doc, mentions: list[Mention], article: Article, resolver=None,
            rejects: list[Reject] | None = None) -> list[EventMention]:
    """The events an analysed article reports, one EventMention per event (mentions merged).

    `resolver` (an EntityResolver) names the dateline's place; without it the dateline is unused.
    `rejects`, when given, receives the event words that made no event, with the reason."""
    rejects = rejects if rejects is not None else []
    line, line_doc, line_mentions = _headline(doc, article, resolver, mentions)
    dateline = resolver.dateline_place(article.dateline) if resolver is not None and article.dateline else None
    frame = Frame(doc, mentions, resolver, article.date, headline=line_mentions, byline=article.byline,
                  dateline=dateline)
    by_id = {p["id"]: p for p in patterns()}
    best = {i: pid for pid, i in find_triggers(doc)}
    triggers = set(best)
    found: list[tuple[int, EventMention]] = []
    anaphoric: set[int] = set()
    joining: set[int] = set()  # anaphors whose parties join the event referred to
    signed: set[int] = set()  # signings a verb reports ("A and B signed"), not a noun names ("a pact between A and B")
    weak: set[int] = set()  # built only as possible anaphors: kept when merged into an earlier event
    awaiting: set[int] = set()  # credentials received from envoys not named: kept only if a later list names them
    lists: dict[int, list[int]] = {}  # first item of a list of event nouns -> the events listed there
    links: dict[int, tuple[int, str, bool | str]] = {}  # event -> (offset, type, setting?) of the event noun it happened during
    for i in sorted(best):
        tok, pattern = doc[i], by_id[best[i]]
        m = frame.mention(tok)
        if m is not None and m.entity.kind != "organization" and not _gerund_before_name(tok, m):
            rejects.append(Reject(tok.text, frame.span(tok), f"part of the name {m.text!r}"))
            continue
        if _forbidden(tok, pattern):
            rejects.append(Reject(tok.text, frame.span(tok), "not used as an event here (e.g. 'called on X to')"))
            continue
        if _habitual(tok):
            rejects.append(Reject(tok.text, frame.span(tok), "a habit, not an event ('agreed to meet regularly')"))
            continue
        if pattern.get("destination") and pattern["frame"] == "verb" and _to_a_body(frame, tok):
            rejects.append(Reject(tok.text, frame.span(tok), "a body, not a place to go ('left for the World Bank')"))
            continue
        if pattern["id"] == "gather-verb" and (tok.dep_ == "acl" and tok.head.i in triggers or any(
                c.dep_ == "nsubj" and c.i in triggers for c in tok.children)):
            rejects.append(Reject(tok.text, frame.span(tok), "the event its subject names ('the summit convened')"))
            continue
        if pattern["frame"] == "noun" and tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of") \
                and tok.head.head.lemma_.lower() in cues()["idea_nouns"]:
            rejects.append(Reject(tok.text, frame.span(tok), "an idea, not an event ('the need for meetings')"))
            continue
        if pattern["type"] == "Ceremony" and pattern["frame"] == "verb" and tok.dep_ == "acl" \
                and tok.head.lemma_.lower() in PLAN_NOUNS:
            rejects.append(Reject(tok.text, frame.span(tok), "a plan, not an event ('plans to open a consulate')"))
            continue
        if _negated(tok, pattern):
            rejects.append(Reject(tok.text, frame.span(tok), "negated: the text says it did not (or will not) happen"))
            continue
        if _legislature(tok, frame):
            rejects.append(Reject(tok.text, frame.span(tok), "a legislature ('Brazil's National Congress')"))
            continue
        if visiting_guest(tok):
            rejects.append(Reject(tok.text, frame.span(tok), "the guest's epithet ('met visiting X'): X is met"))
            continue
        if tok.lemma_.lower() == "return" and tok.dep_ == "pcomp" and tok.head.lower_ in ("before", "after", "upon"):
            rejects.append(Reject(tok.text, frame.span(tok), "a way home ('before returning to X'), not a visit"))
            continue
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "invite":
            rejects.append(Reject(tok.text, frame.span(tok), "only an invitation ('invited X to visit')"))
            continue
        if _invitee(frame, tok) == []:
            rejects.append(Reject(tok.text, frame.span(tok), "an invitation passed on to someone not named "
                                                             "('handed over an invitation from X to visit Y')"))
            continue
        if pattern["frame"] == "noun" and _names_another(tok, best):
            continue  # "Summit" in "the East Asia Summit Foreign Ministers' Meeting": that meeting is the event
        prior = [e for _, e in found]
        built = _build(tok, pattern, frame, article, triggers, prior, name=m.entity if m else None)
        if not built and pattern["frame"] == "noun" and _held_during_a_trip(tok) is not None:
            # "During the visit, meetings will be held in X": the visitor's, none other named
            built = _build(tok, {**pattern, "min": 1}, frame, article, triggers, prior, name=m.entity if m else None)
        if not built and pattern["frame"] == "noun" and _setting(tok):
            # "on the sidelines of the ASEAN Ministerial": attended by those who met there (within())
            built = _build(tok, {**pattern, "min": 0}, frame, article, triggers, prior,
                           name=m.entity if m else None)
        if not built and pattern["frame"] == "noun" and pattern["type"] in GATHERINGS and named(tok) and _held(tok):
            # "The second Nuclear Security Summit was held in Seoul": no party named yet, kept for a later
            # "the Summit" ("On the Summit's sidelines, X met Y") to join; dropped below if none does
            built = [ev for ev in _build(tok, {**pattern, "min": 0}, frame, article, triggers, prior,
                                         name=m.entity if m else None) if ev.place is not None]
        elif not built and pattern["frame"] == "noun" and pattern["type"] in GATHERINGS and tok.dep_ == "dobj" \
                and tok.head.lemma_.lower() == "hold":
            # "February 4th, the parliament held a meeting with diplomats. The meeting was attended by X and Y":
            # held on a day or at a place, kept for a later "the meeting" to join; dropped below if none does
            built = [ev for ev in _build(tok, {**pattern, "min": 0}, frame, article, triggers, prior,
                                         name=m.entity if m else None) if ev.place is not None or ev.date is not None]
        if not built and pattern["frame"] == "noun" and _joint_briefing(tok):
            # "After the talks, a joint press conference was held": given by the talks' parties (_joint_briefings)
            built = _build(tok, {**pattern, "min": 0}, frame, article, triggers, prior, name=m.entity if m else None)
        if not built and pattern["frame"] == "verb" and _credentials_from_envoys(tok):
            # "X received credentials from four new envoys": kept for the envoys a later sentence lists ("The
            # envoys who presented their credentials include A, B") to join; dropped below if none does
            built = _build(tok, {**pattern, "min": 1}, frame, article, triggers, prior, name=m.entity if m else None)
            awaiting.update(id(ev) for ev in built)
        weak_ones = []
        if not built and (pattern["frame"] == "noun" and definite(tok) or _signed_again(tok, pattern)):
            # ("The memorandum was signed yesterday in Hof": the signing reported before, placed and dated here)
            weak_ones = built = _build(tok, {**pattern, "min": 0}, frame, article, triggers, prior,
                                       name=m.entity if m else None)
        if built and _press_briefing(tok, built[0]):
            rejects.append(Reject(tok.text, frame.span(tok), "a spokesperson's briefing: how the news was given"))
            continue
        if not built:
            rejects.append(Reject(tok.text, frame.span(tok), "fewer parties named than the event needs"))
        link = _during(tok, best, by_id)
        listed = _list_head(tok) if pattern["frame"] == "noun" else None
        for ev in built:
            if pattern["frame"] == "verb" and ev.type == "AgreementSigning":
                signed.add(id(ev))
            if listed is not None:
                lists.setdefault(listed, []).append(id(ev))
            referring = pattern["frame"] == "noun" and (
                (definite(tok) and not own_partners(tok, frame)) or _possessor_only(tok, frame)
                or (_setting(tok) and _bare(tok)) or _demonstrative(tok))
            if referring or _signed_again(tok, pattern):
                anaphoric.add(id(ev))
                governor = governor_of(tok)
                if governor is not None and (governor.lemma_.lower() in cues()["joining_verbs"] or present_at(tok)):
                    joining.add(id(ev))  # "X will join the meeting", "X was present at the meeting": the one reported
            if link is not None:
                links[id(ev)] = link
            found.append((i, ev))
        weak.update(id(ev) for ev in weak_ones)
    found = _absorb_generic(found, doc, best, by_id)
    at_offset: dict[int, list[EventMention]] = {}
    for i, ev in found:
        at_offset.setdefault(doc[i].idx, []).append(ev)
    # an event during another of its type is not that one: "visited X as part of his visit to Y"
    inner = {frozenset((id(ev), id(o))) for _, ev in found if id(ev) in links
             for o in at_offset.get(links[id(ev)][0], ()) if o is not ev and o.type == ev.type}
    sequels = _sequels(found, doc)
    apart = {frozenset((a, b)) for ids in lists.values() for a in ids for b in ids if a != b} | inner
    # "Y, with whom X also met separately": a meeting of its own, whatever else X and Y attended
    separate = [ev for i, ev in found if any(c.lower_ == "separately" for c in doc[i].children)]
    apart |= {frozenset((id(ev), id(other))) for ev in separate for _, other in found if other is not ev}
    absorbed: dict[int, EventMention] = {}
    events = [e for e in merge([e for _, e in found], anaphoric, weak, apart, joining, absorbed,
                               {frozenset((id(a), id(b))) for a, b in sequels}) if id(e) not in weak]
    _joint_briefings(found, doc, events, sequels, absorbed)
    for merged_id, target in absorbed.items():  # "They met on the sidelines of X": so did the meeting it is
        if merged_id in links:
            links.setdefault(id(target), links[merged_id])
    within(events, links)
    events = officials_named([e for e in events if e.participants])
    itinerary(events, frame.text)
    during = {key for key, (_, etype, _) in links.items() if etype == "Visit"}
    same_occasion(events, during)
    at_gathering(events, frame)
    _delegation_leaders(events, frame)
    _accompanied_after(events, frame)
    _also_attended(events, frame)
    events = _envoys_listed(events, frame, awaiting)
    _timeline_days(events, frame, article)
    opening = lede(frame, article)
    first = frame.sents[0].start_char if frame.sents else 0
    there = _opening_people(events, dateline, frame)
    # with a dateline, the lede sets the scene only where it puts its events elsewhere, and before the dateline
    # would: "KUALA LUMPUR: X held discussions with four leaders at the summit in Labuan Bajo today"
    away = [(place, {k for k in parties if k.startswith("person/")}, day, status)  # (its people's, not a body's)
            for place, parties, day, status in opening_settings(events) if dateline is not None
            and not nested(place, dateline)]
    events = [fill_from_setting(e, article, away) for e in events]
    events = [fill_from_article(e, article, opening, dateline, narrative_day(frame, article, e.span.sentence_start),
                                first, there) for e in events]
    settings = (opening_settings(events) or _lede_setting(frame, opening)) if not article.dateline and events else []
    events = [fill_from_setting(e, article, settings) for e in events]
    stated = extract(line_doc, line_mentions, replace(line, headline=None), resolver) if line else []
    trip = headline_trip(stated, line_doc) or headline_presence(line_doc, line_mentions)
    events = [fill_from_trip(e, article, trip) for e in events]
    date_stays(events, article)  # again: the dateline, setting and headline may have placed what happened there
    same_occasion(events, during)  # again: those may have dated an event that names no place
    if line:
        readout_day(line_doc, events, article)
        events = [at_dateline(e, article, dateline, first, there) for e in events]  # a readout's day dates it only now
    within(events, links)  # again: the fills may have placed or dated the event another took place during
    dateline_refines(events, article, dateline, resolver)
    venues_in_setting(events, resolver)
    one_setting(events, resolver, article.date)
    city_refines(events, resolver)
    hosts_at_home(events, frame)
    events = country_welcomes(events)
    partners_at_home(events, frame)
    leaders_at_home(events, frame)
    mayors_at_home(events, frame)
    visits_in_setting(events, frame)
    events += headline_events(line, stated, events) if line else []
    return [e for e in events if not _only_named(e, rejects, signed) and not _country_alone(e, rejects)]


def _lede_setting(frame: Frame, opening) -> list[tuple[Entity, set[str], dt.date, str]]:
    """(place, {protagonist}, day, "happened") of a first sentence that reports no event of two parties but puts its
    protagonist somewhere on a day: "X held meetings in Washington, D.C., on Tuesday, July 8"."""
    if opening is None:
        return []
    key, day, _ = opening
    root = frame.sents[0].root  # "held meetings [in Washington]": the place may hang on the object
    heads = [root, *[c for c in root.children if c.dep_ == "dobj"]]
    place = next((p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                  for o in objects(c) for p in frame.places(o)), None)
    return [(place, {key}, day, "happened")] if place is not None else []


INAUGURAL = frozenset({"inauguration", "investiture", "swearing", "coronation", "enthronement"})


def _honoured(frame: Frame, head, prior) -> list[Entity]:
    """"a dinner [in honour of X]", "hosted a luncheon at the Palace [in X's honour]" ("in their honour": those
    just named), "a welcoming ceremony [for X]": X is the guest (not in "a funeral for X"); "the inauguration
    (ceremony) [of President X]": X takes office, at the centre of it."""
    welcoming = head.lemma_.lower() == "reception" or any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("welcome", "welcoming") for c in head.children)
    if head.lemma_.lower() in INAUGURAL or any(c.dep_ == "compound" and c.lemma_.lower() in INAUGURAL
                                               for c in head.children):
        return [e for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                for e in agents(frame, objects(p), prior) if e.kind == "person"]
    honours = [n for p in head.subtree if p.dep_ == "prep" and p.lower_ == "in"
               for n in objects(p) if n.lemma_.lower() in ("honour", "honor")]
    return [e for n in honours for c in n.children
            for e in (agents(frame, objects(c), prior) if c.dep_ == "prep" and c.lower_ == "of"
                      else agents(frame, [c], prior, n) if c.dep_ == "poss" else [])] \
        + [e for p in head.children if welcoming and p.dep_ == "prep" and p.lower_ == "for"
           for e in agents(frame, objects(p), prior)]


def _opening_people(events: list[EventMention], dateline: Entity | None, frame: Frame) -> frozenset[str]:
    """The people of what happened in the first sentence, where the dateline puts it (or no place is said),
    and the people it opens with as the subject of what they did ("MASERU: X attended, on behalf of Y, the
    celebration", where the parser loses the event's own parties)."""
    if dateline is None or not frame.sents:
        return frozenset()
    at, first = {dateline.key, dateline.contained_in}, frame.sents[0]
    opening = [e for e in events if e.span.sentence_start == first.start_char]
    there = [e for e in opening if e.place is None or e.place.key in at or e.place.contained_in == dateline.key]
    root = first.root  # (not when the lede puts them elsewhere: "HAVANA - X is holding meetings in Mexico")
    subjects = [] if root.pos_ != "VERB" or planned(root, None, None) or root.lemma_ in cues()["reporting_verbs"] \
        or len(there) < len(opening) else frame.subjects(root)
    return frozenset(p.entity.key for e in there if e.status == "happened"
                     for p in e.participants if p.entity.kind == "person") | {
        e.key for h in subjects for e in frame.entities(h, ("person",))}


def _before_verb_group(verb) -> int:
    """The token before a verb and its auxiliaries: "in Brussels, A and B [are expected] to meet"."""
    i = verb.i - 1
    while i > 0 and verb.doc[i].dep_ in ("aux", "auxpass", "neg") and verb.doc[i].head == verb:
        i -= 1
    return i


def _companions(frame: Frame, verb, prior) -> list[Entity]:
    """"Accompanied by X, Y visited Z", "Y visited the Patriarchate accompanied by X" (the parser hangs the
    participle on the place visited, which no one accompanies): X goes with the subject; so does X in "Y, together
    with X, signed" and "Y, along with X, visited Z" (hung on the verb or on its subject)."""
    visited = [c for c in verb.children if c.dep_ == "dobj" and frame.entity(c, ("person",)) is None]
    accompanied = [e for c in (*verb.children, *(g for o in visited for g in o.children))
                   if c.dep_ in ("advcl", "acl") and c.tag_ == "VBN" and c.lemma_.lower() in ("accompany", "escort")
                   for e in agents(frame, passive_agents(c), prior) if e.kind == "person"]
    joined = [o for h in (verb, *frame.subjects(verb)) for c in h.children if c.dep_ in ("prep", "advmod")
              for w in ([c] if c.lower_ == "with" else c.children) if _together_with(w) for o in objects(w)]
    return accompanied + [e for e in agents(frame, joined, prior) if e.kind == "person"]


GIVING_VERBS = frozenset({"hand", "extend", "convey", "deliver", "give", "send", "pass", "issue", "renew",
                          "reiterate", "transmit", "present"})


def _invitee(frame: Frame, tok) -> list[Entity] | None:
    """"X extended an invitation to Y to visit Z": Y is the one invited to visit, not X who passed the invitation
    on; [] when the text does not name Y ("handed over an invitation from W to visit Z"); None for other verbs."""
    invitation = tok.head
    if tok.dep_ != "acl" or invitation.lemma_.lower() not in ("invitation", "invite") \
            or invitation.head.lemma_.lower() not in GIVING_VERBS:
        return None
    return [e for h in (invitation, invitation.head) for c in h.children
            if c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to"
            for o in (objects(c) if c.pos_ == "ADP" else [c]) for e in frame.entities(o)]


def _signers_of_the_document(frame: Frame, tok, prior) -> list[Entity]:
    """A document "signed" with no agent: "the Memorandum of Understanding between A and B, signed in May" was
    signed by A and B; "A and B renounced war, enshrining the decision in a declaration signed on 8 August", the
    means of what the clause does, by the clause's subject (up through participles and conjuncts); but who "reviewed
    the agreement signed in 2015" did not sign it."""
    document = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or has_agent(tok):
        return []
    named = [e for group in partners_of(frame, document, prior) for e in group]
    if named or document.dep_ != "pobj" or document.head.lower_ not in ("in", "through", "with", "by", "via", "under"):
        return named
    clause = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    for _ in range(3):
        if clause is None:
            return []
        found = agents(frame, frame.subjects(clause), prior)
        if found:
            return found
        clause = clause.head if clause.dep_ in ("advcl", "xcomp", "conj") else None
    return []


def _to_a_body(frame: Frame, verb) -> bool:
    """"left for the World Bank": a body the knowledge base knows, or one named as a body ("the Asian Development
    Bank"), is no destination (the patterns accept what NER calls a body, as it calls "Bujumbura" one); but an
    unknown name may be a place ("travel to the Pilbara"), and a body named as a building is one ("proceeded to
    the Tashkent International Airport")."""
    ends = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "in", "at") for o in objects(c)]
    bodies = [frame.entity(o, ("organization",)) for o in ends if not frame.places(o)]
    actors = getattr(frame.resolver, "actors", None) or {}
    return bool(ends) and len(bodies) == len(ends) and all(
        b is not None and (b.key in actors or b.name.split()[-1].lower() in ORG_NOUNS)
        and b.name.split()[-1].lower() not in VENUE_NOUNS for b in bodies)


def _named_before_company(frame: Frame, verb) -> list[Entity]:
    """"X together with spouse Y arrived": the parser may make Y, inside the "with" phrase, the subject; X, the
    person named right before "together with", leads."""
    heads = frame.subjects(verb)
    if not heads:
        return []
    doc = verb.doc
    for t in doc[frame.sent(verb).start:heads[0].left_edge.i]:
        if t.lower_ == "with" and t.i >= 2 and doc[t.i - 1].lower_ in ("together", "along"):
            before = doc[t.i - 2 - (doc[t.i - 2].text == ",")]
            return [e for e in [frame.entity(before, ("person",))] if e]
    return []


def _accompanied_after(events: list[EventMention], frame: Frame) -> None:
    """"X arrived in Port Moresby tonight. ... Mr X was accompanied by a delegation comprising Minister A and Dr B":
    A and B are on X's visit, the latest one reported before that sentence."""
    for verb in (t for t in frame.doc if t.lemma_.lower() == "accompany" and t.tag_ == "VBN"):
        patients = [e for c in verb.children if c.dep_ == "nsubjpass" for e in frame.entities(c, ("person",))]
        company = [e for a in passive_agents(verb) for t in a.subtree for e in [frame.entity(t, ("person",))] if e]
        start = frame.sent(verb).start_char
        visit = max((e for e in events if e.type == "Visit" and e.span.start < start
                     and start - e.span.start <= ANAPHOR_REACH and patients
                     and any(p.entity == patients[0] for p in e.participants)), key=lambda e: e.span.start, default=None)
        if visit is not None:
            keys = {p.entity.key for p in visit.participants}
            visit.participants += [Participant(e, "Guest") for e in dict.fromkeys(company)
                                   if e.kind == "person" and e.key not in keys]


def _together_with(prep) -> bool:
    """"together with", "along with": a "with" that adds company (not a partner: "met with")."""
    return prep.dep_ == "prep" and prep.lower_ == "with" and (prep.head.lower_ in ("together", "along") or any(
        a.dep_ == "advmod" and a.lower_ in ("together", "along") for a in prep.children))


def _inviters(frame: Frame, tok) -> list[Entity]:
    """"At the invitation of X, Y is paying a visit to Z": X invited and hosts, Y visits (the parser often
    runs the two names together); or "Y flew to Z. Y was invited by X": X, in the next sentence."""
    sent = frame.sent(tok)
    found = re.search(r"\binvitation of\b[^,;]*", sent.text)
    if found is None:
        n = frame.sents.index(sent)
        return [e for s in frame.sents[n + 1:n + 2] for v in s if v.lemma_.lower() == "invite" and v.tag_ == "VBN"
                and any(c.dep_ == "auxpass" for c in v.children)
                for o in passive_agents(v) for e in frame.entities(o, ("person",)) if e.kind == "person"]
    start, end = sent.start_char + found.start(), sent.start_char + found.end()
    return list(dict.fromkeys(m.entity for m in frame.mentions if start <= m.span.start < end
                              and m.entity.kind == "person"))


def _press_briefing(tok, ev: EventMention) -> bool:
    """A briefing or press conference whose people are all spokespeople ("spokesperson X said this at a
    briefing on Friday", "Briefing of the Foreign Ministry Spokesman"): how the news was given."""
    press = tok.lemma_.lower() in cues()["briefing_nouns"] or tok.lemma_.lower() == "conference" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in ("press", "news") for c in tok.children)
    people = [p.entity for p in ev.participants if p.entity.kind == "person"]
    phrase = " ".join(t.lower_ for t in tok.subtree)  # "Briefing of the Foreign Ministry Spokesman, Mr. X"
    return press and bool(people) and all(
        any(w in f"{e.name} {e.title or ''} {phrase}".lower() for w in cues()["spokesperson_titles"]) for e in people)


def _negated(tok, pattern) -> bool:
    """"did not meet", "no meeting was held", "did not hold any meeting with X", "Neither X nor Y flew to Z": what
    the text says did not happen (but "they did not attend the ceremony": it took place without them)."""
    if pattern["frame"] == "verb":
        return _denied(tok)
    held = tok.head if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("hold", "have") else None
    return held is not None and _denied(held) or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _habitual(tok) -> bool:
    """"agreed to meet regularly", "high-level visits are conducted periodically", "has continuously engaged in
    exchanges with X": a habit, not an event."""
    heads = [tok, tok.head] if tok.dep_ in ("nsubj", "nsubjpass") else [tok]
    heads += [tok.head.head] if tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" else []
    return any(c.dep_ == "advmod" and c.lower_ in cues()["habitual_words"] for h in heads for c in h.children)


def _legislature(tok, frame: Frame) -> bool:
    """"the leader of Brazil's National Congress", "the US Congress": a country's congress is its legislature,
    not a gathering (but "the Party Congress", "a congress of surgeons")."""
    return tok.lower_ == "congress" and any(
        c.lower_ == "national" or c.dep_ in ("poss", "compound", "amod") and (
            frame.entities(c, ("country",)) or frame.demonyms(c)) for c in tok.children)


def _denied(verb) -> bool:
    """"did not meet", "Neither X nor Y met": the verb says it did not happen."""
    return any(c.dep_ == "neg" or c.dep_ in ("nsubj", "nsubjpass") and any(t.lower_ == "neither" for t in c.subtree)
               for c in verb.children)


def _signed_again(tok, pattern) -> bool:
    """"X and Y signed the memorandum" after "A signed a memorandum with B": the document already reported, so the
    signing too (its signatories are the parties' officials)."""
    return pattern["type"] == "AgreementSigning" and pattern["frame"] == "verb" and any(
        c.dep_ in ("dobj", "nsubjpass") and definite(c) for c in tok.children)


PLAN_NOUNS = frozenset({"plan", "proposal", "intention", "idea", "bid", "project"})


def _only_named(ev: EventMention, rejects: list[Reject], signed: set[int]) -> bool:
    """A gathering of organisations alone, with no place and no day ("ahead of the G20 summit", "at the
    United Nations", "a pact between the EU and Mercosur"): named in passing, not reported; it goes to the rejects.
    (Two bodies a verb says signed are parties: "the University of X and the Y Institute signed a memorandum".)"""
    if ev.place is not None or ev.date is not None or any(p.entity.kind != "organization" for p in ev.participants) \
            or id(ev) in signed and len(ev.participants) >= 2:
        return False
    rejects.append(Reject(ev.name or ev.type, ev.span, "a gathering named without people, place or day"))
    return True


def _country_alone(ev: EventMention, rejects: list[Reject]) -> bool:
    """A meeting, talks, summit or visit whose one party is a country, with no place and no day ("India's G20
    presidency", "the two countries' meeting"): named in passing, nobody said to take part; it goes to the
    rejects. (A country alone that signs, holds a ceremony or a conference is a party.)"""
    if ev.type not in ("Meeting", "Talks", "Summit", "Visit") or len(ev.participants) != 1 \
            or ev.participants[0].entity.kind != "country" or ev.place is not None or ev.date is not None:
        return False
    rejects.append(Reject(ev.name or ev.type, ev.span, "one country alone: nobody named who took part"))
    return True


def _demonstrative(tok) -> bool:
    """"This final EU-Canada Summit will take place in Ottawa": the event noun points back to the one just reported
    ("will attend the last in a series of EU Summits"), however it names it."""
    return any(c.dep_ == "det" and c.lower_ == "this" for c in tok.children)


def _headline(doc, article: Article, resolver, body: list[Mention]) -> tuple[Article | None, object, list[Mention]]:
    """The headline as an article of its own, analysed: (article, doc, mentions), or (None, None, []).
    Its Doc comes with the body's `doc` (ingest/nlp.py parses a headline as the sentence it is); its offices
    are the people the body (`body`: its mentions) names with them."""
    text = sentence(article.headline)
    if text is None or resolver is None:
        return None, None, []
    # the evidence keeps the headline's own text (Article.headline of the returned article)
    line = replace(article, text=text, headline=article.headline.strip(), dateline=None)
    line_doc = headline_doc(doc, article.headline)
    return line, line_doc, descriptions.in_headline(line_doc, resolver.mentions(line_doc, line, remember=False), body)


def headline_events(line: Article, stated: list[EventMention], body: list[EventMention]) -> list[EventMention]:
    """Events the headline states that the body does not report: a readout's body often only says
    what was discussed ("Vladimir Putin had a telephone conversation with ..." is its headline).
    Headlines are terse and parse worse than prose, so only an event with two parties or more is
    taken, of a type the body reports no event of, and none of whose parties the body reports in an
    event (those are the body's, richer, report of it); and a trip to a place ("Minister X to Arrive
    in Moscow") none of whose travellers the body reports on a trip."""
    told = {p.entity.key for e in body for p in e.participants}
    travelled = {p.entity.key for e in body if e.type == "Visit" for p in e.participants}
    types = {e.type for e in body}
    whole = Span(0, len(line.headline), line.headline, 0, len(line.headline), in_headline=True)
    return [replace(ev, span=whole, evidence=[]) for ev in stated
            if (len(ev.participants) >= 2 and ev.type not in types and not told & {p.entity.key for p in ev.participants})
            or (ev.type == "Visit" and ev.place is not None and not travelled & {p.entity.key for p in ev.participants})]


def readout_day(line_doc, events: list[EventMention], article: Article) -> None:
    """A headline that names an event without a verb ("Telephone conversation with President X",
    "Readout of the Secretary's Meeting with Y") titles a readout issued on the event's day: the
    body's first report of it, undated, is of the article's date."""
    if article.date is None or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in line_doc):
        return
    by_id = {p["id"]: p for p in patterns()}
    for kind in {by_id[pid]["type"] for pid, i in find_triggers(line_doc) if line_doc[i].pos_ in ("NOUN", "PROPN")}:
        first = min((e for e in events if e.type == kind), key=lambda e: e.span.start, default=None)
        if first is not None and first.date is None and first.date_mention is None and first.status == "happened":
            first.date = article.date


def headline_trip(stated: list[EventMention], line_doc) -> tuple[Entity, set[str], str] | None:
    """(place, visitors' keys, status) of the visit a headline states ("NATO Secretary General visits
    Washington DC"), else of the talks it puts in a place ("Presidents of X and Y hold talks in New York":
    the body may say only "A met with B as part of the UN General Assembly"; not "X received the heads of
    governments of Y"), or None."""
    set_in = any(t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and t.ent_type_ in ("GPE", "LOC", "FAC")
                 for t in line_doc or ())
    kinds = ("Visit", "Talks", "Meeting") if set_in else ("Visit",)
    placed = sorted((ev for ev in stated if ev.type in kinds and ev.place is not None
                     and any(p.entity.kind == "person" for p in ev.participants)), key=lambda ev: ev.type != "Visit")
    return next(((ev.place, {p.entity.key for p in ev.participants if p.entity.kind == "person"}, ev.status)
                 for ev in placed), None)


def headline_presence(line_doc, mentions: list[Mention]) -> tuple[Entity, set[str], str] | None:
    """"Frans Timmermans in Krakow": a verbless headline that puts a person in a place states their trip there
    (place, the person's key, "happened"), as headline_trip does for one with a verb."""
    root = next((t for t in line_doc or () if t.dep_ == "ROOT"), None)
    if root is None or any(t.pos_ in ("VERB", "AUX") for t in line_doc):
        return None
    person = _named_at(mentions, root, ("person",))
    place = next((e for c in root.children if c.dep_ == "prep" and c.lower_ == "in" for o in objects(c)
                  for e in [_named_at(mentions, o, ("place", "country"))] if e), None)
    return (place, {person.key}, "happened") if person and place else None


def _named_at(mentions: list[Mention], tok, kinds) -> Entity | None:
    return next((m.entity for m in mentions if m.entity.kind in kinds and m.span.start <= tok.idx < m.span.end), None)


# ---- one trigger -----------------------------------------------------------------------------------


def _first_listed(tok, triggers: set[int] | None):
    """The first event noun (of the same word) of the list `tok` is a later item of ("meetings with A,
    a joint meeting with B, as well as a meeting with C"), or None."""
    head, first = tok, None
    for _ in range(12):  # the parser hangs later items on earlier partners: "with A, a joint meeting with B"
        if head.dep_ not in ("conj", "appos", "pobj", "prep") or head.head == head:
            break
        head = head.head
        if (triggers is None or head.i in triggers) and head.pos_ in ("NOUN", "PROPN") \
                and head.lemma_.lower() == tok.lemma_.lower():
            first = head
    return first


def _between_further_on(frame: Frame, tok, triggers: set[int]) -> list[list[Entity]]:
    """"a meeting held in Accra on Friday, 23rd September 2022 between A and B" (the parser hangs "between" on the
    date): the people after the next "between" of the sentence, when no other event word comes first."""
    sent = frame.sent(tok)
    between = next((t for t in tok.doc[tok.i + 1:sent.end] if t.lower_ == "between" or t.i in triggers), None)
    if between is None or between.i in triggers or between.head == tok:
        return []
    found = [e for e in people_after(frame, between) if e.kind == "person"]
    return [found] if len(found) >= 2 else []


def _held_during_a_trip(noun):
    """The verb of "During the visit, meetings will be held in X" (`noun` its subject), else None."""
    held = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
    return held if held is not None and any(c.dep_ == "prep" and c.lower_ == "during" and o.lemma_.lower() in TRIP_NOUNS
                                            for c in held.children for o in objects(c)) else None


def _programme_of(tok, prior) -> tuple[EventMention | None, bool]:
    """"The trip will include meetings with X", "Events scheduled for the visit include meeting with
    X": an event on a visit's programme is the visitor's, where the visit took them (the latest visit
    reported before, with a person); (that visit, whether the programme is still to come: not "the
    trip included", "the trip has included")."""
    head = _first_listed(tok, None) or tok  # "will include meetings with A, a joint meeting with B, ..."
    visit = next((ev for ev in reversed(prior) if ev.type == "Visit"
                  and any(p.entity.kind == "person" for p in ev.participants)), None)
    held = _held_during_a_trip(head)
    if held is not None:  # "During the visit, meetings will be held in the Westminster Parliament": the visitor's
        to_come = any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in held.children)
        return visit, visit is not None and to_come
    verb = next((a for a in (head.head, head.head.head) if a.lemma_.lower() in cues()["programme_verbs"]), None)
    if verb is None or not any(t.lemma_.lower() in cues()["programme_nouns"]
                               for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree):
        return None, False
    done = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                                             for c in verb.children)
    return visit, visit is not None and not done  # ("the visit has included meetings with X": done)



def _build(tok, pattern, frame: Frame, article: Article, triggers: set[int], prior,
           name: Entity | None = None) -> list[EventMention]:
    roles = pattern.get("roles", {})
    subj_role, obj_role = roles.get("subject", "Attendee"), roles.get("object", "Attendee")
    governor = governor_of(tok) if pattern["frame"] == "noun" else tok
    subjects, partner_groups, places, hosts = [], [], [], []
    counterpart = counterpart_named(tok, governor)
    if pattern["frame"] == "verb" and tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
        # a gerund misparsed as part of the name it governs: the name is its object, and the
        # subject is that of the clause the name hangs from
        clause = next((a for a in tok.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subjects = agents(frame, frame.subjects(clause), prior) if clause is not None else []
        partner_groups = [[e for e in frame.entities(tok.head) if e.kind != "place"]]
        places = places_within(frame, tok.head)
    elif pattern["frame"] == "verb":
        subjects = agents(frame, frame.subjects(tok), prior, tok)
        clause = tok
        for _ in range(3):  # "Raab urged the embassy to reconsider and spoke with Pompeo": a misattached
            if subjects or clause.dep_ not in ("conj", "xcomp", "advcl") and not (  # coordination; "X made a trip,
                    clause.dep_ == "acl" and clause.head.dep_ == "npadvmod"):   # this time heading to Y"
                break
            clause = clause.head if clause.dep_ != "acl" else clause.head.head
            subjects = agents(frame, frame.subjects(clause), prior, clause)
        if not subjects and pattern["type"] == "AgreementSigning":
            subjects = _signers_of_the_document(frame, tok, prior)
        if not subjects and tok.i > 0:  # "A, B, and C signed" parsed as conjuncts of a place before them
            subjects = people_listed_back(frame, _before_verb_group(clause)) or subject_left(frame, clause) \
                or (subject_left(frame, tok) if clause != tok else []) or _opening_clause_subject(frame, tok) \
                or opening_person(frame, tok) or lede_actors(frame, tok)
            # ("X visited M to meet Y"; "President X, held on ..., talks with Y"; "• Met with Y")
        subjects = _not_the_inviter(frame, tok, subjects)
        subjects = [e for e in _named_before_company(frame, tok) if e not in subjects] + subjects
        subjects = _invitee(frame, tok) or subjects
        partner_groups, places = verb_objects(frame, tok, prior, pattern.get("destination"),
                                              pattern.get("partner_preps", ()))
        if pattern.get("thing_object"):  # "inaugurated the embassy of Norway": a building's owner is no party
            partner_groups = [g for g in partner_groups if any(e.kind == "person" for e in g)]
        if pattern.get("honours"):  # "paid tribute to X at his statue": X is honoured, not a party
            partner_groups = []
        if len(subjects) == 1 and not partner_groups:  # "A and Andean Community (CAN) General Secretary B met"
            subjects = [e for h in frame.subjects(tok)[:1] for e in joined_before(frame, h)] + subjects
        listed = {e for g in partner_groups for e in g}
        subjects = [e for e in subjects if e not in listed] or subjects  # a list after "with" parsed into the subject
        places = _stops(frame, tok) or places
        partner_groups = _credentials_received_before(pattern, prior, subjects, partner_groups) or partner_groups \
            or [[e] for e in listed_after(frame, tok) if e not in subjects] \
            or _partners_of_next_verb(frame, tok, prior) or [[e] for e in _whom_it_lists(frame, tok)]
        if subj_role == "Host" and any(c.dep_ == "nsubjpass" for c in tok.children) and not has_agent(tok):
            subj_role, obj_role = obj_role, subj_role  # "X was officially welcomed to Y": X, the guest, by no one named
    else:
        subjects, partner_groups, places, hosts = noun_arguments(frame, tok, governor, prior,
                                                                 pattern.get("of", True))
        subjects = _not_the_inviter(frame, tok, subjects)
        if not subjects and not partner_groups:
            partner_groups = _between_further_on(frame, tok, triggers)
        listed = listed_partners(frame, tok, triggers)  # the people, read in text order; bodies from the tree
        if listed:
            partner_groups = [listed + [e for g in partner_groups for e in g if e.kind != "person" and e not in listed]]
            first = _first_listed(tok, triggers)
            if first is not None:  # "meetings with A, a joint meeting with B": B's meeting is had by whoever has A's
                subjects = noun_arguments(frame, first, governor_of(first), prior, pattern.get("of", True))[0]
        if not subjects and (pattern.get("nearest_subject") or counterpart_named(tok, governor)) \
                and tok.dep_ in ("pobj", "dobj") and tok.head.lower_ in ("following", "after", "before", "since",
                                                                        "during", "upon", "from") \
                and (tok.dep_ == "pobj" or tok.head.lower_ == "following") \
                and not any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children):
            # "X arrived in China following a visit to North Korea": X made the visit; "X left Kuwait
            # after talks with Y": X and Y talked ("said at a press conference following talks with Y":
            # "following" parsed as a verb); but "following talks between the two ministers" names its parties
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX") and a.lower_ != "following"), None)
            if verb is not None:
                subjects = [e for e in agents(frame, frame.subjects(verb), prior) if e.kind == "person"]
        if not subjects and tok.dep_ == "appos" and tok.head.lemma_.lower() in TRIP_NOUNS:
            # "X made his first trip abroad, an introductory visit to President Y": X's trip, and so his visit
            subjects = noun_arguments(frame, tok.head, governor_of(tok.head), prior)[0]
        if not subjects and tok.dep_ == "pobj" and tok.head.dep_ == "agent" \
                and tok.head.head.lemma_.lower() in ("follow", "precede") and tok.head.head.dep_ == "advcl":
            # "X will place a wreath at the monument, followed by a meeting with Y": X meets Y
            subjects = [e for e in agents(frame, frame.subjects(tok.head.head.head), prior) if e.kind == "person"]
        if not subjects and not partner_groups and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during"):
            # "A and B today agreed on initiatives in bilateral meetings in Mexico City": the two who agreed met
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
            pair = [e for e in agents(frame, frame.subjects(verb), prior) if e.kind == "person"] if verb else []
            subjects = pair if len(pair) >= 2 else []
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in pattern.get("partner_preps", ())):
        partner_groups = partner_groups + [[e for o in not_postings(prep, objects(prep))
                                            for e in agents(frame, [o], prior) or people_within(frame, o)]]
        # ("called on his counterpart, X": the people within)
    if pattern["frame"] == "noun":
        partner_groups = partner_groups + [g for h in dict.fromkeys((tok, governor)) if h is not None
                                           and (g := _honoured(frame, h, prior))]
    subjects += [e for h in dict.fromkeys((tok, governor)) if h is not None for e in _companions(frame, h, prior)
                 if e not in subjects]
    visit, scheduled = (None, False) if any(e.kind == "person" for e in subjects) else _programme_of(tok, prior)
    if visit is not None:  # the visitor's, not the host's who invited them
        people = [p for p in visit.participants if p.entity.kind == "person"]
        subjects = [p.entity for p in people if p.role == "Guest"] or [p.entity for p in people]
    if governor is not None and governor != tok and governor.lemma_.lower() in cues()["host_verbs"] \
            and pattern["type"] == "PhoneCall":
        subj_role, obj_role = "Attendee", "Caller"  # "X received a call from Y": Y called
    elif governor is not None and governor != tok and governor.lemma_.lower() in cues()["host_verbs"] \
            and not any(c.dep_ == "poss" for c in tok.children) and not visit_by(tok):  # "hosted X during his visit"
        subj_role, obj_role = "Host", "Guest"  # "A hosted B for an official visit": B is the guest
    if pattern["type"] == "Visit":
        hosts += [e for e in _inviters(frame, tok) if e not in hosts]
    if hosts:
        partner_groups = [hosts] + partner_groups
    convener = _convener(frame, name)
    if convener is not None and convener not in subjects:  # "the ASEAN Ministerial": ASEAN's gathering
        partner_groups = [[convener]] + partner_groups
    # "the summit began today in Hokkaido": the verb the event noun is the subject of places and dates it
    happening = tok.head if pattern["frame"] == "noun" and governor is None and tok.dep_ == "nsubj" \
        and tok.head.lemma_.lower() in cues()["happening_verbs"] else None
    place = place_of(frame, tok, governor or happening, places, pattern["type"]) or (visit.place if visit else None) \
        or (_city_in_name(frame, tok) if named(tok) else None)
    namers = _namers(frame, tok, convener) if pattern["type"] in ("Meeting", "Summit", "Conference") else set()
    date_tok = date_of(frame, tok, governor or happening, triggers)
    future = planned(tok, governor or happening, date_tok) or scheduled
    date = dates.resolve(date_tok.text, dates.reference(article), future) if date_tok is not None else None
    if date_tok is not None and date is None and dates.RELATIVE.search(date_tok.text):
        # "two days earlier" than the day the article last named
        earlier = [d for start, d, _ in _timeline(frame, article) if start < date_tok.start_char]
        same = dates.RELATIVE.search(date_tok.text).group("same")  # "on the same day": as the one named before, if any
        if same:  # "On 5 July X met A ... after Y's visit on 8 June ... B, whom he met that day": X's day, 5 July
            own = {e.key for e in subjects}
            theirs = [ev.date for ev in prior if ev.date and ev.span.start < date_tok.start_char
                      and own & {p.entity.key for p in ev.participants}]
            earlier = theirs or earlier
        date = dates.shift(date_tok.text, earlier[-1] if earlier else None if same else dates.reference(article))
    elif date is not None and not future and dates.bare_weekday(date_tok.text):
        # "arrived on Saturday, 11 August ... On Sunday morning, he travelled": the Sunday after
        date = next((d for start, d, _ in _timeline(frame, article) if start == date_tok.start_char), date)
    elif date is not None and not future:
        date = _in_narrative_year(date, date_tok, frame, article)
    if date is not None and not future:
        date = progressive_ahead(tok, governor or happening, date_tok, date, dates.reference(article))
    opener = frame.sent(tok)[0]
    if date is None and date_tok is None and opener.lower_ in ("later", "afterwards") and opener.dep_ == "advmod" \
            and opener.head in (tok, governor):  # "X spoke with A today (...). Later he spoke with B": that day
        earlier = [d for start, d, _ in _timeline(frame, article) if start < opener.idx]
        date = earlier[-1] if earlier else None
    verb = tok if pattern["frame"] == "verb" else governor or happening  # ("the meeting has kicked off")
    if date is None and date_tok is None and _lede_perfect(frame, verb):
        date = article.date  # "X has met Y, who arrived in Ukraine for an unannounced visit" (the lede): today
    if date is None and date_tok is None and pattern.get("present_is_today") and tok.tag_ in ("VBZ", "VBP"):
        date = article.date  # "Rice is in Germany": there on the day of the report
    if date is None and date_tok is None and verb is not None and verb.tag_ in ("VBD", "VBN") and any(
            c.dep_ == "advmod" and c.lower_ == "just" for c in verb.children):
        date = article.date  # "I just held a telephone talk with X": the day of the report
    if date is None and date_tok is None and not future and pattern["type"] != "Visit" and verb is not None \
            and verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am") for c in verb.children):
        # "President X is meeting Y", "the two ministers are talking": as the report is written (but "she is
        # travelling to Italy" announces a trip)
        date = article.date
    if date_tok is None or not DAY_RANGE.search(date_tok.text):  # "concluded a visit on Aug 11 and 12": the 11th
        date = _first_day(tok, governor, date)
    if date is not None and date_tok is not None and _inside_window(tok, governor, pattern, date_tok, triggers):
        date = None  # "visited Moscow on February 17-18 to meet X": the meeting is on one of those days
    if date and article.date and date > article.date:
        future = True
    elif date and article.date and _announced(tok):
        date, date_tok = None, None  # "discussed the upcoming conference today": today dates the talk
    recalled = _recalled(tok, date_tok)
    if recalled:  # its day is none of the clause's, nor the lede's: date_mention "" (below) says so
        date, date_tok = None, None
    events = []
    split = split_mode(frame, tok)
    if split == "series":  # "held a series of bilateral meetings ... met A, B and C" (not "counterparts from A, B")
        people = [e for g in partner_groups for e in g if e.kind == "person"]
        split = "each" if subjects and len(people) > 1 else None
        if split:  # (the bodies named beside them are theirs: "with the CEI Secretary General, C")
            partner_groups = [people]
    if split is None and _leaders_of_several_lands(frame, tok, [e for g in partner_groups for e in g]):
        split = "each"
    if split == "each":
        groups = [[e] for e in dict.fromkeys(e for g in partner_groups for e in g)]
    elif split == "phrases":
        groups = partner_groups
    else:
        groups = [[e for g in partner_groups for e in g]]
    groups = groups or [[]]
    if pattern["type"] == "Visit" and place is None:  # "her visit in April to Kyiv and Moscow"
        places = destinations_after(frame, tok)
        place = places[0] if places else None
    legs = [None]
    if pattern["type"] == "Visit" and len({p.key for p in places if p.kind in ("place", "country")}) > 1:
        legs = list(dict.fromkeys(places))  # "will travel to Cambodia, the Philippines and Rwanda": a visit each
        inside = {p.contained_in for p in legs}
        legs = [p for p in legs if p.key not in inside]  # but "to Manila, Philippines" is one stop
    words = {t.lower_ for t in frame.sent(tok)}
    one_body = pattern["frame"] == "verb" and a_delegation(frame.subjects(tok))
    alone = len(groups) == 1 and len({e.key for e in groups[0]}) == 1 and len(subjects) > 1 and not one_body \
        and bool(words & {*cues()["split_cues"], "respectively"})  # (not "The delegation met separately with X")
    groups = groups * len(subjects) if alone else groups  # "A, B and C had separate meetings with X", "A and B
    #                                                       respectively met with X": each with X
    # "A and B held separate meetings with C and D respectively": A with C, B with D
    respective = alone or len(groups) == len(subjects) > 1 and "respectively" in words
    if respective:  # each in the order the sentence names them
        named_at = {m.entity.key: m.span.start for m in reversed(frame.mentions)}
        subjects = sorted(subjects, key=lambda e: named_at.get(e.key, 0))
        groups = sorted(groups, key=lambda g: min(named_at.get(e.key, 0) for e in g))
    for n, (partners, leg) in enumerate((g, l) for g in groups for l in legs):
        where = leg or place
        # a trip of several stops starts at the first: its day is that stop's first day, not the others'
        first = leg is None or leg == legs[0]
        day, leg_words = (date, None) if first else _leg_day(frame, tok, leg, article, future)
        own = [subjects[n // len(legs)]] if respective else subjects
        people = participants(own, subj_role, partners, obj_role, tok, frame)
        for p in people:
            if p.entity in hosts:
                p.role = "Host"
            elif p.entity.key in namers:
                p.role = "Organizer"  # the gathering is named after it: "the ASEAN Foreign Ministers' Meeting"
        people = [p for p in people if p.entity.kind != "place" and (where is None or p.entity.key != where.key)
                  and (name is None or p.entity.key != name.key)]
        # a meeting needs two parties, unless the text names an event ("the ASEAN Regional Forum"), calls
        # it bilateral or the like, or has a person meet counterparts it does not name ("Blinken met
        # senior officials")
        # "The Prime Minister met X": the office holder the readout does not name is the other party
        office = len(people) == 1 and people[0].entity.kind == "person" \
            and unnamed_office(tok if pattern["frame"] == "verb" else governor, frame)
        counted = tok.tag_ == "NNS" and any(c.dep_ == "nummod" for c in tok.children)  # "hosted three meetings":
        lone = len(people) == 1 and not counted and (named(tok) or multilateral(tok) or (  # reported one by one
            counterpart and people[0].entity.kind == "person" and people[0].entity in subjects) or (
            people[0].entity.kind == "organization" and people[0].entity in subjects))  # "the G7 met"
        least = pattern.get("min", 1 if lone else 2 if pattern["type"] in ("Meeting", "Talks") else 1)
        least = min(least, 1) if office else least
        if len(people) < least or sum(p.entity.kind == "person" for p in people) < pattern.get("people", 0):
            continue  # ("people": a handover between two people, not "Kenya hands over the chair to Rwanda")
        # ("X welcomed Y to Chile": Y visits)
        visitors, others = (subjects, partners) if subj_role == "Guest" else (partners, subjects)
        if pattern.get("target") and (not visitors or (where is None and not others)):
            continue  # a visit needs a visitor, and a destination or a host
        if pattern["type"] == "Visit" and _at_home(frame, people, where, by_title=tok.lemma_.lower() == "return"):
            continue  # "before returning to Washington": no visit for a US Secretary of State
        confidence = 0.45 + 0.1 * min(len(people), 3) + (0.1 if where else 0) + (0.05 if day else 0)
        events.append(EventMention(
            type="Meeting" if _call_on(tok, pattern, frame, where) else pattern["type"], span=frame.span(tok),
            participants=people, place=where,
            date=day, date_mention="" if recalled else date_tok.text if date_tok is not None and first else leg_words,
            status="planned" if future else "happened", confidence=round(min(confidence, 0.95), 2)))
    return events


def _credentials_received_before(pattern, prior, subjects, partner_groups) -> list[list[Entity]]:
    """"X, Ambassador of Greece, also presented her credentials" (to no one named but herself, by "her"): to the
    host of the credentials the article reported just before ("President Muizzu received the Letters of Credence
    from six envoys")."""
    if pattern["id"] != "present-credentials" or {e for g in partner_groups for e in g} - set(subjects):
        return []
    before = next((ev for ev in reversed(prior) if "creden" in ev.span.sentence.lower()), None)  # credence, -tials
    hosts = [p.entity for p in before.participants if p.role == "Host" and p.entity.kind == "person"] if before else []
    return [hosts] if hosts else []


def _opening_clause_subject(frame: Frame, tok) -> list[Entity]:
    """"After arriving in Madeira, and having met Y at the Palace, X gave up his swim" (X parsed into the Palace's
    phrase, the main verb left without a subject): the one named right before the main verb."""
    main = next((a for a in tok.ancestors if a.dep_ == "ROOT"), None)
    opening = tok.i < (main.i if main is not None else 0) and any(a.dep_ == "pcomp" for a in (tok, *tok.ancestors))
    return subject_left(frame, main) if opening and main.pos_ in ("VERB", "AUX") else []


def _not_the_inviter(frame: Frame, tok, subjects: list[Entity]) -> list[Entity]:
    """"X has at the invitation of the Portuguese President, Y left Ghana" (the parser makes Y the subject): the one
    invited, the person named before the invitation, not the one inviting."""
    invitation = next((t for t in frame.sent(tok) if t.lower_ == "invitation" and t.i < tok.i), None)
    if invitation is None or not subjects or tok in invitation.subtree:
        return subjects  # (and "an invitation from X, who visited Y in July": X visited)
    end = invitation.right_edge.i + 1
    after = end + (end < len(tok.doc) and tok.doc[end].text == ",")
    inviters = {e for t in (*invitation.subtree, *tok.doc[after:after + 3])
                for e in [frame.entity(t, ("person",))] if e}
    if not all(e in inviters for e in subjects):
        return subjects
    before = [e for t in tok.doc[frame.sent(tok).start:invitation.i] for e in [frame.entity(t, ("person",))] if e]
    return before[-1:] or subjects


def _call_on(tok, pattern, frame: Frame, where: Entity | None) -> bool:
    """"paid a courtesy visit to Consul General X": a visit to a person is a call on them (a meeting), not the
    trip it is part of; but "an official visit to Mayor X of Taipei City" goes to Taipei."""
    if pattern["type"] != "Visit" or pattern["frame"] != "noun":
        return False
    courtesy = any(c.lower_ == "courtesy" for c in tok.children)
    if not courtesy and (where is not None or any(frame.places(t) for t in tok.subtree)):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and objects(c)
               and all(frame.entity(o, ("person",)) for o in objects(c)) for c in tok.children)


DAYS_LONG = re.compile(r"^(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)[- ]days?$", re.I)


DAY_RANGE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|until|and)\s*\d{1,2}(?:st|nd|rd|th)?\b")
STAYS = frozenset({"Visit", "Summit", "Conference"})  # what lasts days: its first day is its date


def _inside_window(tok, governor, pattern, date_tok, triggers: set[int]) -> bool:
    """An event of one day dated by the range of days of another event it is part of ("visited Moscow
    on February 17-18 to meet X"): the text does not say which day (but "talks on 17-18 May" began on 17)."""
    if pattern["type"] in STAYS or not DAY_RANGE.search(date_tok.text):
        return False
    other = anchor(date_tok.root, triggers)
    return other is not None and other.i in triggers and other not in (tok, governor)


def _first_day(tok, governor, date):
    """"concluded a two day working visit today": it began the day before; a day of ending is not
    the day a stay of several days began."""
    if date is None or governor is None or governor == tok or governor.lemma_.lower() not in (
            "conclude", "end", "wrap", "complete", "finish"):
        return date
    for ent in tok.doc.ents:
        m = DAYS_LONG.match(ent.text.strip())
        if m and ent.root.head == tok:
            n = int(m.group(1)) if m.group(1).isdigit() else dates.NUMBERS[m.group(1).lower()]
            return date - dt.timedelta(days=n - 1)
    return date


def _leg_day(frame: Frame, tok, leg: Entity, article: Article, future: bool) -> tuple:
    """(day, words) of a later stop of a trip that dates it itself: "will travel to Kosovo on 30-31
    January and to Serbia on 31 January-1 February" (the date right after the stop, however parsed);
    (None, None) otherwise."""
    doc = tok.doc
    for t in frame.sent(tok):
        if frame.entity(t, PLACES) != leg or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ not in ("on", "from"):
            continue
        ent = next((e for e in frame.ents_of(tok) if e.label_ == "DATE" and t.i + 2 <= e.start <= t.i + 4), None)
        if ent is not None:
            words = doc[t.i + 2:ent.end].text
            return dates.resolve(words, dates.reference(article), future), words
    return None, None


def _at_home(frame: Frame, people, where: Entity | None, by_title: bool = False) -> bool:
    """Every visitor is one the knowledge base knows to be of the country `where` is in: a country's
    office holder on the day, or a national holding no international office then (a UN
    Secretary-General visiting their own country is on a visit); `by_title`, also one whose title says so
    ("Turkish President X returned to Turkey": coming home is no visit, wherever a trip at home may be one)."""
    actors = getattr(frame.resolver, "actors", None)
    guests = [p.entity for p in people if p.role == "Guest"]
    if where is None or not actors or not guests or MISSION.search(where.name):
        return False  # (a foreign embassy in one's own capital is visited: "X visited the Embassy of Y in Moscow")
    country = _country(frame, where)
    return country is not None and all(
        _home(actors[g.key], frame.date) == country if g.key in actors
        else by_title and _national_home(frame, g) == country for g in guests)


INTERNATIONAL_ROLES = frozenset({"secretary general", "general secretary", "director general", "managing director",
                                 "high representative", "chairperson", "spokesperson"})


def country_welcomes(events: list[EventMention]) -> list[EventMention]:
    """"Bangladesh will roll out the red carpet to welcome X, who will arrive on a state visit": a country that
    welcomes or hosts a person is where that person goes. The person's unplaced visit of the same sentence is to
    it, and the "meeting" of the country with the person is that visit, not another event."""
    kept = []
    for ev in events:
        hosts = [p.entity for p in ev.participants if p.role == "Host" and p.entity.kind == "country"]
        guests = [p.entity for p in ev.participants if p.role == "Guest" and p.entity.kind == "person"]
        visit = next((v for v in events if v.type == "Visit" and v.place is None and v.status == ev.status
                      and v.span.sentence_start == ev.span.sentence_start
                      and any(p.entity in guests for p in v.participants)), None) \
            if ev.type == "Meeting" and len(ev.participants) == 2 and len(hosts) == len(guests) == 1 else None
        if visit is not None:
            visit.place = hosts[0]
        else:
            kept.append(ev)
    return kept


def hosts_at_home(events: list[EventMention], frame: Frame) -> None:
    """"President X received Y", no place named anywhere: in X's country. A head of state or a minister receives
    at home; received abroad, the text names the place. Not whoever holds an international office."""
    for ev in events if frame.resolver is not None else ():
        hosts = [p.entity for p in ev.participants if p.role == "Host" and p.entity.kind == "person"]
        if ev.place is not None or ev.type not in ("Meeting", "Talks", "Ceremony") or not hosts:
            continue
        homes = {_national_home(frame, h) for h in hosts}
        home = frame.resolver.entity(homes.pop()) if len(homes) == 1 and None not in homes else None
        if home is not None:
            ev.place = home


def partners_at_home(events: list[EventMention], frame: Frame) -> None:
    """"X will visit Zambia and the DRC ... meetings with Zambia's President A and Congo's President B": on a trip
    to several countries, a meeting with one country's office holder takes place in that country, not in the
    other country the trip placed it in."""
    if frame.resolver is None:
        return
    visits = [e for e in events if e.type == "Visit" and e.place is not None]
    for ev in (e for e in events if e.type in ("Meeting", "Talks") and e.place is not None):
        keys = {p.entity.key for p in ev.participants}
        trips = [v for v in visits if keys & {p.entity.key for p in v.participants}]
        stops = {_country(frame, v.place): v.place for v in trips}
        stops.pop(None, None)  # (a venue of no known country)
        visitors = {p.entity.key for v in trips for p in v.participants}
        homes = {_national_home(frame, p.entity) for p in ev.participants
                 if p.entity.kind == "person" and p.entity.key not in visitors} & set(stops)
        if len(stops) > 1 and len(homes) == 1 and _country(frame, ev.place) in set(stops) - homes:
            ev.place = stops[homes.pop()]


def leaders_at_home(events: list[EventMention], frame: Frame) -> None:
    """"X met President Y of Z", and nothing in the article places it: in Z. A head of state or government
    receives visitors at home; abroad, the text says where. Not a meeting of two rulers (the other may be one the
    knowledge base does not know: "Jordan's King Abdullah", "the Holy Father"), nor one held by video, nor in an
    article whose other events are placed in other countries only ("X continues his stay in Addis Ababa")."""
    if frame.resolver is None:
        return
    placed = {_country(frame, e.place) for e in events if e.place is not None}
    guests = {p.entity.key for e in events if e.type == "Visit" for p in e.participants if p.role == "Guest"}
    for ev in events:
        people = [p.entity for p in ev.participants if p.entity.kind == "person"]
        if ev.place is not None or ev.type != "Meeting" or len(people) < 2 or _remote(ev, frame):
            continue
        city = _city_of(frame, [p.entity for p in ev.participants if p.role != "Guest"])
        if city is not None and not placed - {None}:  # "Mayor of Freetown X received Ambassador Y": a mayor too
            ev.place = city
            continue
        # (not the home of a leader the article has on a visit: "the Bhutanese Prime Minister will hold a
        # private meeting with Prof Yunus" in Bangladesh)
        homes = [None if e.key in guests else _national_home(frame, e, HEAD_ROLES) for e in people]
        rulers = [e for e, home in zip(people, homes, strict=True) if home is None and _ruler_like(frame, e)]
        leading = set(homes) - {None}
        home = next(iter(leading)) if len(leading) == 1 else None
        if home is not None and not rulers and (home in placed or not placed - {None}):
            ev.place = frame.resolver.entity(home)


def mayors_at_home(events: list[EventMention], frame: Frame) -> None:
    """"The Mayor of Dubrovnik, X, received an official visit from the Ambassador of Romania to the Republic of
    Croatia": an event the text places only in a country, hosted by the head of a city in it, is in that city."""
    for ev in events if frame.resolver is not None else ():
        if ev.place is None or ev.place.kind != "country" or ev.type == "PhoneCall":
            continue
        city = _city_of(frame, [p.entity for p in ev.participants if p.role == "Host"])
        if city is not None and city.contained_in == ev.place.key:
            ev.place = city


def visits_in_setting(events: list[EventMention], frame: Frame) -> None:
    """"During the visit, X met the president of Kyrgyzstan Y": a visit that names no place went to the one
    country where its guest's other events of the same days (placed by now, at the hosts' homes too) took place;
    not a visit recalled at a time without a day."""
    if frame.resolver is None:
        return
    for visit in (e for e in events if e.type == "Visit" and e.place is None
                  and not (e.date is None and e.date_mention is not None)):
        guests = {p.entity.key for p in visit.participants if p.role == "Guest" and p.entity.kind == "person"}
        lands = {_country(frame, e.place) for e in events if e.type not in ("Visit", "PhoneCall")
                 and e.place is not None and e.status == visit.status
                 and guests & {p.entity.key for p in e.participants}
                 and (e.date is None or visit.date is None or abs(e.date - visit.date) <= SAME_DAYS)} - {None}
        if len(lands) == 1:
            visit.place = frame.resolver.entity(lands.pop())


def _remote(ev: EventMention, frame: Frame) -> bool:
    """An event its sentences say was held by video or phone."""
    return bool(REMOTE_WORDS & {t.lower_ for s in (ev.span, *ev.evidence) for t in frame.doc.char_span(
        s.sentence_start, s.sentence_end, alignment_mode="expand") or ()})


# the head of a city, a province or a state: "Mayor of Freetown", "Yerevan Mayor", "Chief Minister of Gandaki Province"
SEAT_HEAD = re.compile(r"\b(?:Mayor|Governor|Chief Minister|Premier)\b")


@lru_cache(maxsize=8)
def _seat_of(office: str) -> re.Pattern:
    # (the second form never takes "The" or "Deputy" for a seat: "The Mayor of Dubrovnik")
    return re.compile(rf"\b{office} of (?:the (?:City|Province|State) of )?([A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)?)"
                      rf"|\b(?!(?:The|Deputy|Vice|Former|Acting)\b)([A-Z][\w'’.\-]+) {office}\b")


def _city_of(frame: Frame, parties: list[Entity]) -> Entity | None:
    """The one city (or province) the people among `parties` head, if they head one."""
    cities = {city.key: city for e in parties if e.kind == "person"
              for city in [_city_headed_by(frame, e)] if city is not None}
    return next(iter(cities.values())) if len(cities) == 1 else None


def _city_headed_by(frame: Frame, person: Entity) -> Entity | None:
    """The city (or province) a person titled mayor, governor or chief minister heads: by their title ("Mayor of
    Freetown", "Provincial Governor of Chiang Mai"), else the one city the article names a head of with that title
    ("Yerevan Mayor X", "the Mayor of Yerevan")."""
    office = SEAT_HEAD.search(person.title or "")
    if office is None:
        return None
    seat = _seat_of(office.group(0))
    names = {a or b for a, b in seat.findall(person.title) or seat.findall(frame.text)}
    cities = {p.key: p for n in names for p in [frame.resolver.places.lookup(n) or _area_named(n)]
              if p is not None and p.kind == "place"}
    return next(iter(cities.values())) if len(cities) == 1 else None


def _area_named(name: str) -> Entity | None:
    """A province or district no gazetteer knows, named as one: "Gandaki Province"."""
    return unlisted_place(name) if name.split()[-1].lower() in titles.AREA_NOUNS else None


REMOTE_WORDS = frozenset({"virtual", "virtually", "video", "videoconference", "phone", "telephone", "online"})
RULER_WORDS = frozenset({"king", "queen", "prince", "princess", "emir", "sultan", "sheikh", "sheikha", "pope",
                         "patriarch", "holy", "holiness", "majesty", "highness", "counterpart"})
POSSESSIVE = re.compile(r"['’]s?$")


BODY_HEADED = re.compile(r"\bof the ([A-Z][\w-]+)$")
RULER_STYLES = frozenset({"majesty", "highness", "holiness", "eminence", "beatitude"})


def _ruler_like(frame: Frame, person: Entity) -> bool:
    """A person whose title or name says they head a state, a government or a faith, whether or not the knowledge
    base knows of which (not one it knows to hold another office, nor the president of a committee or a bank)."""
    actors = getattr(frame.resolver, "actors", None) or {}
    if person.key in actors and any(o.held_on(frame.date) for o in actors[person.key].offices if frame.date):
        return False  # (a head of state's home would have been found)
    words = {POSSESSIVE.sub("", w).strip(".,").lower() for w in f"{person.title or ''} {person.name}".split()}
    body = BODY_HEADED.search(person.title or "")
    if body and fold(body.group(1)) not in NOT_PLACES and frame.resolver.places.lookup(body.group(1)) is None:
        return False  # "President of the Bundestag" heads a body, "President of the Republic" a state
    text = frame.doc.text
    styled = any(RULER_STYLES & set(text[max(0, m.span.start - 20):m.span.start].lower().split())
                 for m in frame.mentions if m.entity.key == person.key)  # "Her Royal Highness [X]"
    return titles.role_of(person.title or "")[0] in HEAD_ROLES and not words & ORG_NOUNS or bool(words & RULER_WORDS) \
        or styled


def _country(frame: Frame, place: Entity) -> str | None:
    """The key of the country `place` is (or lies in)."""
    return next((e.key for e in (place, *frame.resolver.place_chain(place)) if e.kind == "country"), None)


def _leaders_of_several_lands(frame: Frame, tok, partners: list[Entity]) -> bool:
    """"met with several leaders, including Israeli Prime Minister A, Iraqi Prime Minister B and Jordan's King C":
    the office holders of two or more countries a list after "including" names, met one by one (a tour's meetings,
    each where its host rules), not at one table."""
    listed = _listing_clause(tok) or any(
        c.dep_ == "prep" and c.lower_ == "including" and o.tag_ == "NNS"
        for p in tok.children if p.dep_ == "prep" and p.lower_ in cues()["partner_preps"]
        for o in objects(p) for c in o.children)
    return listed and len({_national_home(frame, e) for e in partners if e.kind == "person"} - {None}) > 1


def _national_home(frame: Frame, person: Entity, offices: frozenset[str] | None = None) -> str | None:
    """The country a person holds a national office of (one of `offices`, when given) on the article's day: by
    the knowledge base, else by the title the article gives them ("Minister of Foreign Affairs of Kazakhstan")."""
    actors = getattr(frame.resolver, "actors", None) or {}
    if person.key in actors:
        return next((o.country for o in actors[person.key].offices if frame.date and o.held_on(frame.date)
                     and (offices is None or o.role in offices)
                     and o.country and o.country.startswith("country/")), None)
    role, country = titles.role_of(person.title or "")
    wanted = role in offices if offices is not None else role is not None and role not in INTERNATIONAL_ROLES
    return country if wanted else None


def _home(actor, day) -> str | None:
    """The country an actor acts for on `day`: that of an office then held, else their nationality."""
    held = [o for o in actor.offices if day is not None and o.held_on(day)]
    if held:
        return next((o.country for o in held if o.country and o.country.startswith("country/")), None)
    return actor.country


def _city_in_name(frame: Frame, tok) -> Entity | None:
    """"the Munich Security Conference", "the Helsinki Summit": a gathering named after its city is
    held there (a city, never a country: "the U.S.-ASEAN Summit" names parties)."""
    if frame.resolver is None:
        return None
    for word in (t for t in tok.doc[tok.left_edge.i:tok.i] if t.dep_ in ("compound", "nmod") and t.is_title):
        if frame.mention(word) is not None and frame.mention(word).entity.kind != "place":
            continue  # "Republic" of "the Japan-Republic of Korea Meeting" names a country
        place = frame.resolver.place(word.text)
        if place is not None and place.kind == "place" and place.same_as:
            return place
    return None


def _namers(frame: Frame, tok, convener: Entity | None) -> set[str]:
    """Keys of the organisations a gathering noun is named after: its convener, or an organisation in
    the noun's own modifiers ("the ASEAN Foreign Ministers Meetings", not "Blinken's ASEAN counterparts")."""
    found = {convener.key} if convener is not None else set()
    if tok.pos_ in ("NOUN", "PROPN"):
        for t in tok.doc[tok.left_edge.i:tok.i]:
            m = frame.mention(t)
            if m is not None and m.entity.kind == "organization" and t.dep_ in ("compound", "nmod"):
                found.add(m.entity.key)
    return found


def destinations_after(frame: Frame, tok) -> list[Entity]:
    """Places after "to" a few words after a visit noun, however "to" was attached, or anywhere in its
    phrase ("the visit by X and an accompanying delegation next week to Washington"); a day between, with its
    commas, does not count ("paid a visit, on October 23, 2021, to X")."""
    words = 0  # between the noun and "to"
    for t in tok.doc[tok.i + 1:frame.sent(tok).end]:
        if t.lower_ == "to" and t.i + 1 < len(tok.doc) and (words < 7 or tok in t.ancestors):
            obj = next((o for o in objects(t)), tok.doc[t.i + 1])
            found = [p for o in (obj, *conjuncts(obj)) for p in frame.places(o)]
            # "a visit to the UN General Assembly in New York", "a delegation to the North African country"
            return found or places_within(frame, obj) or country_meant(frame, obj)
        words += not (t.is_punct or t.ent_type_ in ("DATE", "TIME"))
    return []


DAY_ORDINALS = ("first", "second", "third", "fourth", "fifth", "last", "final", "closing")


def _during(tok, best, by_id) -> tuple[int, str, bool | str] | None:
    """"During their meeting, the two signed ...", "a meeting ... during Trump's trip to Warsaw", "met
    on the sidelines of the summit": the (offset, type) of the event noun this trigger's event took
    place during, and whether that event is its setting (at it, on its sidelines: those who met there
    attended it), not only its time; "part" or "opening" when the trigger names a part of that event
    ("the opening ceremony of the summit"); "before" when it took place before it, where it was held; "day" on a
    later day of it ("On the second day of his participation at the Forum, X met Y"), where it was held."""
    if tok.lower_ in cues()["part_nouns"]:
        for obj in (o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in objects(c)):
            if obj.i in best and obj.i != tok.i:
                opening = any(c.lower_ in cues()["opening_words"] for c in tok.lefts)
                return obj.idx, by_id[best[obj.i]]["type"], "opening" if opening else "part"
    # an event the sentence announces ("discussed the upcoming summit during a meeting") is not held
    # during the events of the verb that mentions it
    verb = None if _announced(tok) else next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    preps = [t for t in tok.subtree if t.dep_ == "prep"] + ([c for c in verb.children if c.dep_ == "prep"]
                                                              if verb is not None else [])
    for prep in preps:
        whole = next((o for part in objects(prep) if prep.lower_ == "as" and part.lemma_.lower() == "part"
                      for c in part.children if c.lower_ == "of" for o in objects(c)), None)
        if whole is not None and whole.i in best and whole.i != tok.i:  # "visited X as part of his visit to Y"
            return whole.idx, by_id[best[whole.i]]["type"], False
        for obj in objects(prep) if prep.lower_ in ("in", "on") else ():  # "in his first day of visit"
            day = next((c.lower_ for c in obj.children if c.lower_ in DAY_ORDINALS), None) if obj.lower_ == "day" \
                else None
            of = [o for c in obj.children if c.lower_ == "of" for o in objects(c)]
            of = of and [of[0], *(o for c in of[0].children if c.dep_ == "prep" and c.lower_ in ("at", "in")
                                  for o in objects(c))]  # "the first day of his participation at the Forum"
            target = next((o for o in of if o.i in best), None) if day else None
            if target is not None:  # the first day dates the event by the other's; a later one only places it
                return target.idx, by_id[best[target.i]]["type"], False if day == "first" else "day"
        if prep.lower_ == "before" or prep.lower_ == "of" and prep.head.lower_ == "ahead":
            # "Before the luncheon, X granted Y an audience", "Ahead of the summit, X met Y": there, not then
            for obj in objects(prep):  # "the luncheon": the one reported before, if not an event word here
                named = obj.i if obj.i in best else max((i for i in best if i < obj.i
                                                         and tok.doc[i].lemma_ == obj.lemma_), default=None)
                if named is not None and named != tok.i:
                    return tok.doc[named].idx, by_id[best[named]]["type"], "before"
        if prep.lower_ in ("during", "amid", "at", "on", "within"):  # "within the margins of the summit"
            for obj in objects(prep):
                setting = prep.lower_ == "at"
                if obj.lower_ in cues()["setting_nouns"]:  # "on the sidelines of the summit", "on its sidelines"
                    obj, setting = next((o for c in obj.children if c.lower_ == "of" for o in objects(c)),
                                        next((c for c in obj.children if c.dep_ == "poss"), obj)), True
                if obj.i in best and obj.i != tok.i and (prep.lower_ != "on" or setting):
                    return obj.idx, by_id[best[obj.i]]["type"], setting
    when = _when_clause_event(tok, best)
    return (when.idx, by_id[best[when.i]]["type"], False) if when is not None else None


def _when_clause_event(tok, best):
    """The event of a "when" clause hung on the trigger or on the verbs it is the object of ("previously met when
    politicians held consultations in Warsaw on November 2", "will have the opportunity to attend talks when D
    accompanies M during the visit to Cyprus"): the trigger's event took place during it."""
    for head in _object_chain(tok):
        for clause in (c for c in head.children if c.dep_ == "advcl"):
            if any(c.lower_ == "when" and c.i < clause.i for c in clause.children if c.dep_ in ("advmod", "mark")):
                during = [o for c in clause.children if c.dep_ == "prep" and c.lower_ == "during" for o in objects(c)]
                return next((t for t in [clause, *(o for o in clause.children if o.dep_ == "dobj"), *during]
                             if t.i in best and t.i != tok.i), None)
    return None


def _object_chain(tok):
    """The trigger and the words it is the object or complement of, up to its clause's verb ("the opportunity to
    attend talks": talks, attend, opportunity, have); not the verb a subject tells of ("the talks were fruitful")."""
    yield tok
    while tok.dep_ in ("dobj", "pobj", "prep", "acl", "xcomp") and tok.head is not tok:
        tok = tok.head
        yield tok


def _convener(frame: Frame, name: Entity | None) -> Entity | None:
    """The known organisation a gathering's name begins with: "the ASEAN Ministerial", "NATO Summit"."""
    if name is None or frame.resolver is None or not hasattr(frame.resolver, "organization"):
        return None
    words = name.name.split()
    for n in range(len(words) - 1, 0, -1):
        found = frame.resolver.organization(" ".join(words[:n]))
        if found is not None and found.key != name.key:
            return found
    return None


def _names_another(tok, best) -> bool:
    """"Summit" in "the East Asia Summit Foreign Ministers' Meeting": a word of the name of another event."""
    t = tok
    while t.dep_ in ("compound", "nmod", "poss") and t.head is not t:
        t = t.head
        if t.i in best:
            return True
    return False


def _list_head(tok) -> int | None:
    """The first item of the list of nouns `tok` is in ("attend the Conference, the Forum, and the
    Meeting"): events listed together are different events."""
    first = tok
    while first.head.pos_ in ("NOUN", "PROPN") and (first.dep_ == "conj" or (
            first.dep_ == "appos" and named(first) and named(first.head))):  # "the X Conference, the Y Meeting"
        first = first.head
    return first.i if first is not tok or any(c.dep_ in ("conj", "appos") for c in tok.children) else None


def _possessor_only(tok, frame: Frame) -> bool:
    """"The Secretary's visit": a definite noun whose only party is its possessor refers back to that
    party's event already reported (the trip announced before), when there is one; not when the
    possessor is a body ("the G20 Foreign Ministers' meeting" is that body's own gathering)."""
    owners = [c for c in tok.children if c.dep_ == "poss"]
    return bool(owners) and not any(c.dep_ in ("prep", "compound", "nmod") for c in tok.children) and not any(
        e.kind == "organization" for c in owners for t in c.subtree for e in frame.entities(t))


def _announced(tok) -> bool:
    """An event noun its own words make a plan: "the upcoming summit", "the next meeting"."""
    return tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and c.lower_ in cues()["planned_modifiers"] for c in tok.children)


def _delegation_leaders(events: list[EventMention], frame: Frame) -> None:
    """"Working groups of the two governments held a meeting ... Mexico's delegation was led by X; the US
    delegation was headed by Y" (or "Y is heading the US side"): the leader of a country's delegation takes part
    in the latest event (a few sentences before) that country is a party to; the members the article lists go
    on the visit their leader leads them on."""
    for sent in frame.sents:
        for t in sent:
            if t.lemma_.lower() in (*cues()["delegation_nouns"], "side") and t.dep_ == "dobj" \
                    and t.head.lemma_.lower() in LEAD_VERBS:  # "X is heading the Pakistani side"
                leaders = [e for h in frame.subjects(t.head) for e in frame.entities(h, ("person",))]
            elif t.lemma_.lower() in cues()["delegation_nouns"] and t.dep_ == "nsubjpass":
                leaders = frame.led_by(t, 0)
            elif t.lemma_.lower() in cues()["delegation_nouns"] and t.dep_ == "pobj" and t.head.lower_ == "of" \
                    and t.head.head.lemma_.lower() in ("head", "leader", "chief"):  # "the head of the Russian
                leaders = [e for e in frame.entities(t.head.head, ("person",)) if e.kind == "person"] \
                    or people_after(frame, t)[:1]  # delegation, X"
            else:
                continue
            if t.dep_ == "dobj":  # "X will lead a delegation on a visit to Russia": the members listed go too
                _members_travel(events, sent, leaders, frame.delegation_members(t.lemma_.lower()))
            countries = {e.key for c in t.children if c.dep_ in ("poss", "compound", "amod")
                         for e in frame.entities(c, ("country",)) + frame.demonyms(c)}
            _join_latest(events, sent, leaders, of=countries)


def _countries_of(ev: EventMention) -> set[str]:
    """The countries `ev`'s parties are, or name: "the Nepal-India Boundary Working Group", "the Greek-Turkish Joint
    Economic Committee" are of both countries (their delegations' leaders are its people)."""
    keys = {p.entity.key for p in ev.participants if p.entity.kind == "country"}
    for body in (p.entity for p in ev.participants if p.entity.kind == "organization"):
        words = re.split(r"[\s\-–]+", fold(body.name))
        keys |= {titles.country_words()[w] for w in (*words, *map(" ".join, pairwise(words)))  # ("south korea")
                 if w in titles.country_words()}
    return keys


# a timeline's entry: a paragraph that opens with a day ("Sept. 13, 1993:", "Oct. 15-23, 1998:", "27 July 2009 -")
ENTRY_DAY = re.compile(rf"\s*({FULL_DATE})\s*(?::|[-–]{{1,2}}\s)")


def _timeline_days(events: list[EventMention], frame: Frame, article: Article) -> None:
    """"Sept. 13, 1993: On the White House South Lawn, A and B sign the Oslo Accord": the day a paragraph opens
    with dates the events it reports that fix no day of their own (a year they name is the entry's)."""
    for ev in events:
        if ev.date is not None:
            continue
        entry = ENTRY_DAY.match(frame.text, frame.text.rfind("\n\n", 0, ev.span.start) + 1)
        day = dates.resolve(entry.group(1), dates.reference(article)) if entry else None
        if day is not None and (not ev.date_mention or str(day.year) in ev.date_mention):
            ev.date, ev.date_mention = day, entry.group(1)


ATTENDING = ("attend", "join", "participate")


def _also_attended(events: list[EventMention], frame: Frame) -> None:
    """"The opening ceremony was headed by X. The Defence Minister, Y, and Z also attended.", "It was attended by
    X": those who attended, joined or took part with no event named are at the event reported just before."""
    for sent in frame.sents:
        root = sent.root
        attended = next((t for t in sent if t.lemma_.lower() == "attend" and any(
            c.dep_ == "nsubjpass" and c.lower_ == "it" for c in t.children)), None)
        if attended is not None:
            # "The 12th BRICS Summit took place on November 17. It was attended by the heads of the five countries:
            # A, B, C" (the parser may make A the root): they are at the summit
            colon = next((t for t in sent if t.text == ":"), None)
            people = list(dict.fromkeys(e for a in passive_agents(attended)  # (every one a long title list names)
                                        for e in agents(frame, [a], []) + people_within(frame, a)
                                        if e.kind == "person")) \
                or (people_after(frame, colon) if colon is not None else [])
            _join_latest(events, sent, people)
            continue
        if root.lemma_.lower() == "include" and any(a.dep_ == "acl" and a.lemma_.lower() in ATTENDING
                                                     for h in frame.subjects(root) for a in h.children):
            _join_latest(events, sent, people_after(frame, root))  # "Other leaders participating in the summit
            continue                                                # include the Presidents of A, X, and B, Y"
        if root.lemma_.lower() not in ATTENDING or any(
                c.dep_ in ("dobj", "prep", "xcomp", "ccomp") for c in root.children):
            continue
        people = [e for h in frame.subjects(root) for e in frame.entities(h, ("person",)) if e.kind == "person"] \
            or [e for h in frame.subjects(root) for e in following_list(frame, h)]  # "The following ... will attend:"
        _join_latest(events, sent, people)


def _credentials_from_envoys(verb) -> bool:
    """"received credentials from four new envoys": papers received from envoys the sentence does not name."""
    papers = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in CREDENTIALS]
    return verb.lemma_.lower() in ("receive", "accept") and bool(papers) and any(
        p.lower_ == "from" and envoys(o) for h in (verb, *papers)
        for p in h.children if p.dep_ == "prep" for o in objects(p))


def _envoys_listed(events: list[EventMention], frame: Frame, awaiting: set[int]) -> list[EventMention]:
    """"The five Ambassadors include A from X and B from Y. Others are C and D.", "The envoys who presented their
    credentials include A, B": the envoys a credentials ceremony was reported with, unnamed, take part in it (and
    the presenting the list's clause tells is that ceremony). Such a ceremony no list names is dropped."""
    waiting = [ev for ev in events if id(ev) in awaiting]
    listing, retold = False, set()
    for sent in frame.sents if waiting else ():
        subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        listing = subject is not None and sent.root.lemma_.lower() in ("include", "be") and (
            envoys(subject) or listing and subject.lower_ == "others")
        if listing:
            people = [e for e in people_after(frame, sent.root) if e.kind == "person"]
            _join_latest(waiting, sent, people)
            retold |= {id(ev) for ev in events if id(ev) not in awaiting and ev.span.sentence_start == sent.start_char
                       and {p.entity.key for p in ev.participants} <= {e.key for e in people} | _keys(waiting)}
    return [ev for ev in events if id(ev) not in retold and (id(ev) not in awaiting or len(ev.participants) > 1)]


def _keys(events: list[EventMention]) -> set[str]:
    return {p.entity.key for ev in events for p in ev.participants}


def _join_latest(events: list[EventMention], sent, people: list[Entity], of: set[str] | None = None) -> None:
    """`people` attend the latest event reported a few sentences before `sent` (one of the parties keyed `of`)."""
    before = [ev for ev in events if sent.start_char - ANAPHOR_REACH <= ev.span.start < sent.start_char
              and (of is None or of & _countries_of(ev))]
    if people and before:
        ev = max(before, key=lambda e: e.span.start)
        keys = {p.entity.key for p in ev.participants}
        ev.participants += [Participant(e, "Attendee") for e in people if e.key not in keys]


def _members_travel(events: list[EventMention], sent, leaders: list[Entity], members: list[Entity]) -> None:
    """The members of a delegation are guests of the visits its leader makes in the sentence that says so."""
    keys = {e.key for e in leaders}
    for ev in events:
        have = {p.entity.key for p in ev.participants}
        if ev.type == "Visit" and ev.span.sentence_start == sent.start_char and keys & have:
            ev.participants += [Participant(e, "Guest") for e in members if e.key not in have]


def _partners_of_next_verb(frame: Frame, tok, prior) -> list[list[Entity]]:
    """"X met and had a friendly talk with Y", "met and held talks with Y": the partner of the verb joined to the
    trigger, under its object."""
    return [g for conj in tok.children if conj.dep_ == "conj" and conj.pos_ == "VERB" and conj.i > tok.i
            for obj in conj.children if obj.dep_ == "dobj" for g in partners_of(frame, obj, prior) if g]


def _whom_it_lists(frame: Frame, tok) -> list[Entity]:
    """"The world leaders she met included President A of X, Prime Minister B of Y and ...": A and B, whom the
    clause's noun stands for."""
    if not _listing_clause(tok):
        return []
    return [e for o in tok.head.head.children if o.dep_ == "dobj" for e in people_within(frame, o)]


def _listing_clause(tok) -> bool:
    """`tok` is a clause on the subject of "include" ("the leaders she met included ...")."""
    return tok.dep_ == "relcl" and tok.head.dep_ == "nsubj" and tok.head.head.lemma_.lower() in ("include", "comprise")


def _stops(frame: Frame, tok) -> list[Entity]:
    """"visited the Baltic region with stops in Lithuania and Latvia": the places the trip stopped at."""
    return [e for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for s in objects(c)
            if s.lemma_.lower() == "stop" for p in s.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
            for o in objects(p) for t in (o, *[x for x in o.subtree if x.dep_ == "conj"]) for e in frame.places(t)]


def _recalled(tok, date_tok) -> bool:
    """An earlier event the clause recalls ("X today recalled his visit to Poland"), dated by no words
    of its own phrase: the clause's day is the recalling's."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" and tok.head.lemma_.lower() in cues()["recall_verbs"] \
        and (date_tok is None or not tok.left_edge.i <= date_tok.start <= tok.right_edge.i)


def _bare(tok) -> bool:
    """"the Summit" with no word of its own name: the gathering named before ("on the Summit's sidelines")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and all(c.dep_ in ("det", "case", "punct") for c in tok.children)


def _held(tok) -> bool:
    """The event noun is the subject of its being held: "the summit was held", "the forum opened", "the
    Meeting, which took place in Düsseldorf"."""
    verbs = ("hold", *cues()["happening_verbs"])
    return (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in verbs) or any(
        c.dep_ == "relcl" and c.lemma_.lower() in verbs for c in tok.children)


def _setting(tok) -> bool:
    """The event noun after "on the sidelines of", "on the margins of"."""
    return (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in cues()["setting_nouns"]) or (
        tok.dep_ == "poss" and tok.head.lower_ in cues()["setting_nouns"])  # "on the summit's sidelines"


def _timeline(frame: Frame, article: Article) -> list:
    """(offset, day, words) of every date phrase of the article that names an exact day, in text order;
    a bare weekday after a calendar day is read in the narrative (dates.in_narrative)."""
    if not hasattr(frame, "timeline"):
        frame.timeline, calendar, covered = [], None, 0
        for ent in frame.doc.ents:
            if ent.label_ not in ("DATE", "TIME") or DURATION.search(ent.text) or ent.start < covered:
                continue  # "1 September" of "Monday, 1 September", read with its weekday
            if frame.in_quotation(ent[0]):
                continue  # a speaker's clock, not the narrative's: "the most stable relationship in the world today"
            span = with_calendar_day(ent)
            words, covered = span.text, span.end
            day = _nearest_day(words, dates.reference(article))
            if day is None:
                continue
            if dates.bare_weekday(words) and calendar is not None:
                day = dates.in_narrative(words, calendar, day)
            elif any(ch.isdigit() for ch in words) and ent.root.dep_ not in ("compound", "nmod", "amod", "poss") \
                    and (article.date is None or day <= article.date):
                calendar = day  # a day the narrative reached ("on Saturday, 11 August"), not "the May 5 accord"
            frame.timeline.append((ent.start_char, day, words))
    return frame.timeline


def _nearest_day(words: str, reference: dt.date | None) -> dt.date | None:
    """The day a phrase names, of the year nearest the article's date when it gives none ("February 18"
    in a paper of 7 February: this year's, still to come, not last year's)."""
    day = dates.resolve(words, reference)
    if day is None or reference is None or dates.YEAR.search(words) or not re.search(r"\d", words):
        return day  # a year given, or a weekday: read as the tense of its clause says
    ahead = dates.resolve(words, reference, True)
    return ahead if ahead is not None and abs(ahead - reference) < abs(day - reference) else day


def _in_narrative_year(day: dt.date, date_tok, frame: Frame, article: Article) -> dt.date:
    """"North Korea announced its withdrawal on March 12, 1993 ... [next paragraph] At the talks held in New York
    from June 2 to 11" (a report of March 2024): a day and month with no year of their own, told after a year long
    past (two years or more before the article, in the same or the paragraph before), are of that year when the
    article's own year would put them half a year or more back (news of its own days names them so)."""
    if article.date is None or dates.YEAR.search(date_tok.text) or not re.search(r"\d", date_tok.text) \
            or (article.date - day).days < 183:
        return day
    start = frame.text.rfind("\n\n", 0, frame.text.rfind("\n\n", 0, date_tok.start_char)) + 1
    years = [int(y) for ent in frame.doc.ents if ent.label_ == "DATE" and start <= ent.start_char < date_tok.start_char
             for y in dates.YEAR.findall(ent.text)]
    if not years or article.date.year - years[-1] < 2 or day.year == years[-1]:
        return day
    try:
        return day.replace(year=years[-1])
    except ValueError:  # 29 February
        return day


def narrative_day(frame: Frame, article: Article, offset: int) -> tuple | None:
    """(day, words) of the latest day up to the article's date the text named before `offset`."""
    return next(((d, w) for start, d, w in reversed(_timeline(frame, article))
                 if start < offset and (article.date is None or d <= article.date)), None)


def _gerund_before_name(tok, mention) -> bool:
    """"Meeting Sergei Lavrov in Beijing, Xi said": a sentence-initial gerund glued to the name."""
    return tok.is_sent_start and tok.lower_.endswith("ing") and tok.idx == mention.span.start


def _forbidden(tok, pattern) -> bool:
    """A child the pattern rules out ("called on Turkey to halt", not "called Scholz on Monday")."""
    for rule in pattern.get("forbid", []):
        dep, _, word = rule.partition(":")
        for c in tok.children:
            if c.dep_ == dep and (not word or c.lower_ == word) and not any(
                    o.ent_type_ in ("DATE", "TIME") for o in objects(c)) \
                    and not _purpose_or_manner(c) and not _object_allowed(c, pattern):
                return True
    return False


PLACE_WORDS = frozenset({"country", "state", "capital", "city", "island", "islands"})


def _object_allowed(obj, pattern) -> bool:
    """An object a pattern that forbids objects still takes: one the parser made of the partner after its
    preposition ("call on vice-president [X]"), or the place a traveller leaves ("left the country for Lusaka",
    "departed Abuja for Malabo")."""
    if obj.dep_ != "dobj":
        return False
    after_partner = any(c.dep_ == "prep" and c.lower_ in pattern.get("partner_preps", ()) and c.i < obj.i
                        for c in obj.head.children)
    left = pattern.get("destination") and (obj.ent_type_ in ("GPE", "LOC") or obj.lower_ in PLACE_WORDS)
    return after_partner or bool(left)


def _purpose_or_manner(clause) -> bool:
    """A clause that says why or how the event happened, not what was asked: "called on X to discuss ties",
    "called on X on Thursday, stating that" (an appeal is "called on X to halt")."""
    if clause.dep_ not in ("advcl", "xcomp") or clause.pos_ != "VERB":
        return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    return clause.lemma_ in cues()["purpose_verbs"] if infinitive else clause.tag_ == "VBG"


SEQUEL_PREPS = {"after", "following", "before"}
BRIEFING_NOUNS = {"conference", "briefing"}


def _sequels(found, doc) -> list[tuple[EventMention, EventMention]]:
    """(event, the one it is told to follow or precede) for "a joint news conference after the meeting", "After
    the talks, a press conference was held": two events, whatever "the meeting" refers to."""
    by_token: dict[int, list[EventMention]] = {}
    for i, ev in found:
        by_token.setdefault(i, []).append(ev)
    pairs = []
    for i, ev in found:
        prep = doc[i].head
        if doc[i].dep_ != "pobj" or prep.lower_ not in SEQUEL_PREPS:
            continue
        head = prep.head  # the event noun itself, or the verb whose object or subject it is ("was held")
        for j in (head.i, *(c.i for c in head.children if c.dep_ in ("dobj", "nsubjpass", "nsubj"))):
            pairs += [(other, ev) for other in by_token.get(j, ()) if other is not ev]
    return pairs


EXPERIENCE_WORDS = frozenset({"already", "previously", "before", "never", "ever", "often", "twice", "repeatedly",
                              "frequently", "since", "times", "once"})


def _lede_perfect(frame: Frame, verb) -> bool:
    """"X has met Y" in the first sentence of the report, without a day or a word of experience ("has met him
    twice", "has already visited"): news of the day."""
    if verb is None or verb.tag_ != "VBN" or frame.sent(verb) != frame.sents[0]:
        return False
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "’s") for c in verb.children)
    return perfect and not any(t.lower_ in EXPERIENCE_WORDS for c in verb.children if c.dep_ != "dobj"
                               for t in (c, *c.children))


def _joint_briefing(tok) -> bool:
    """"a joint press conference", "a joint briefing"."""
    return tok.lemma_.lower() in BRIEFING_NOUNS and any(c.lower_ == "joint" for c in tok.children)


def _joint_briefings(found, doc, events, sequels, absorbed) -> None:
    """"At a joint news conference after the meeting, A said": a joint briefing naming fewer than two parties is
    given by the parties of the gathering it follows (the one "the meeting" refers to), on its day, or else by those
    of the latest gathering of two or more reported before it."""
    kept = {id(e) for e in events}
    for i, ev in found:
        if id(ev) not in kept or ev.type != "Conference" or not _joint_briefing(doc[i]) or len(ev.participants) >= 2:
            continue
        followed = [absorbed.get(id(b), b) for a, b in sequels if a is ev]
        before = [e for e in events if e is not ev and e.type in OCCASIONS | {"Visit"} and len(e.participants) >= 2
                  and 0 <= ev.span.start - e.span.start <= ANAPHOR_REACH and e.status == ev.status
                  and dates_agree(e, ev)]
        source = next((e for e in followed if id(e) in kept and len(e.participants) >= 2), None) \
            or max(before, key=lambda e: e.span.start, default=None)
        if source is not None:
            keys = {p.entity.key for p in ev.participants}
            ev.participants += [p for p in source.participants if p.entity.key not in keys]
            ev.place = ev.place or source.place
            if ev.date is None and any(source is e for e in followed):  # right after the meeting: its day
                ev.date, ev.date_mention = source.date, ev.date_mention or source.date_mention


def _absorb_generic(found, doc, best, by_id):
    """"met ... for their summit", "gathered for talks": a generic meeting verb governing an event
    noun is that event; its participants, place and date go to the noun's event."""
    by_token: dict[int, list[EventMention]] = {}
    for i, ev in found:
        by_token.setdefault(i, []).append(ev)
    drop = set()
    for i, evs in by_token.items():
        pattern = by_id[best[i]]
        if pattern["frame"] != "noun":
            continue
        gov = governor_of(doc[i])
        if gov is None or gov.i not in by_token or by_id[best[gov.i]]["type"] != "Meeting" \
                or by_id[best[gov.i]]["frame"] != "verb":
            continue
        if doc[i].head.lower_ == "at" and named(doc[i]):
            continue  # "met at the Munich Security Conference": a meeting there, not the conference
        if doc[i].head.lower_ in ("during", "amid", "after", "before", "following", "ahead") or \
                doc[i].head.lower_ == "on" and doc[i].lemma_.lower() in TRIP_NOUNS:
            continue  # "During his visit, X met Y", "on her first visit": a meeting within the visit, not the visit
        if doc[i].head != gov and doc[i].head.head != gov:
            continue  # "In the framework of her visit, X met Y": the noun is not what the verb did
        if len(by_token[gov.i]) > 1 and doc[i].lower_ in cues()["separate_plurals"]:  # "in separate meetings"
            drop.update(id(ev) for ev in evs)
            continue
        for generic in by_token[gov.i]:
            for ev in evs:
                keys = {p.entity.key for p in ev.participants}
                ev.participants += [p for p in generic.participants if p.entity.key not in keys]
                ev.place = ev.place or generic.place
                if ev.date is None:
                    ev.date, ev.date_mention = generic.date, generic.date_mention
            drop.add(id(generic))
    return [(i, ev) for i, ev in found if id(ev) not in drop]


# ---- place, date, status ---------------------------------------------------------------------------
