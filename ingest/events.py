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
import re
from dataclasses import replace
from functools import lru_cache

from newsgraph.ingest import dates
from newsgraph.ingest.frames import AGENTS, PATTERNS, Frame, cues, objects
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
        for p in patterns():
            if _bind(p["pattern"], {"trigger": tok}, 1):
                found.append((p["id"], tok.i))
                break
    return found


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
        have = _ATTRS[key](tok)
        if isinstance(want, dict):
            if "IN" in want and have not in want["IN"] or "NOT_IN" in want and have in want["NOT_IN"]:
                return False
        elif have != want:
            return False
    return True


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
    best = {i: pid for pid, i in find_triggers(doc)}
    triggers = set(best)
    found: list[tuple[int, EventMention]] = []
    anaphoric: set[int] = set()
    weak: set[int] = set()  # built only as possible anaphors: kept when merged into an earlier event
    for i in sorted(best):
        tok, pattern = doc[i], by_id[best[i]]
        m = frame.mention(tok)
        if m is not None and m.entity.kind != "organization" and not _gerund_before_name(tok, m):
            continue  # a trigger word inside a name
        if _forbidden(tok, pattern):
            continue
        prior = [e for _, e in found]
        built = _build(tok, pattern, frame, article, triggers, prior, name=m.entity if m else None)
        weak_ones = []
        if not built and pattern["frame"] == "noun" and _definite(tok):
            weak_ones = built = _build(tok, {**pattern, "min": 0}, frame, article, triggers, prior,
                                       name=m.entity if m else None)
        for ev in built:
            if pattern["frame"] == "noun" and _definite(tok) and not _own_partners(tok, frame):
                anaphoric.add(id(ev))
            found.append((i, ev))
        weak.update(id(ev) for ev in weak_ones)
    found = _absorb_generic(found, doc, best, by_id)
    events = [e for e in _merge([e for _, e in found], anaphoric, weak) if id(e) not in weak]
    _itinerary(events, frame.text)
    lede = _lede(frame, article)
    dateline = resolver.place(article.dateline) if resolver is not None and article.dateline else None
    return [_fill_from_article(e, article, lede, dateline) for e in events]


# ---- one trigger -----------------------------------------------------------------------------------

def _build(tok, pattern, frame: Frame, article: Article, triggers: set[int], prior,
           name: Entity | None = None) -> list[EventMention]:
    roles = pattern.get("roles", {})
    subj_role, obj_role = roles.get("subject", "Attendee"), roles.get("object", "Attendee")
    governor = _governor(tok) if pattern["frame"] == "noun" else tok
    subjects, partner_groups, places = [], [], []
    counterpart = _counterpart(tok, governor)
    if pattern["frame"] == "verb" and tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
        # a gerund misparsed as part of the name it governs: the name is its object, and the
        # subject is that of the clause the name hangs from
        clause = next((a for a in tok.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subjects = _agents(frame, frame.subjects(clause), prior) if clause is not None else []
        partner_groups = [[e for e in frame.entities(tok.head) if e.kind != "place"]]
        places = _places_within(frame, tok.head)
    elif pattern["frame"] == "verb":
        subjects = _agents(frame, frame.subjects(tok), prior, tok)
        partner_groups, places = _verb_objects(frame, tok, prior, pattern.get("destination"))
    else:
        subjects, partner_groups, places = _noun_arguments(frame, tok, governor, prior, pattern.get("of", True))
        if not subjects and pattern.get("nearest_subject") and tok.dep_ == "pobj" \
                and tok.head.lower_ in ("following", "after", "before", "since", "during", "upon", "from"):
            # "X arrived in China following a visit to North Korea": X made the visit
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None:
                subjects = [e for e in _agents(frame, frame.subjects(verb), prior) if e.kind == "person"]
    if governor is not None and governor != tok and governor.lemma_.lower() in cues()["host_verbs"]:
        subj_role = "Host"
    place = _place(frame, tok, governor, places, pattern["type"])
    date_tok = _date(frame, tok, governor, triggers)
    planned = _planned(tok, governor, date_tok)
    date = dates.resolve(date_tok.text, article.date, planned) if date_tok is not None else None
    if date and article.date and date > article.date:
        planned = True
    events = []
    split = _split(frame, tok)
    if split == "each":
        groups = [[e] for e in dict.fromkeys(e for g in partner_groups for e in g)]
    elif split == "phrases":
        groups = partner_groups
    else:
        groups = [[e for g in partner_groups for e in g]]
    groups = groups or [[]]
    for partners in groups:
        people = _participants(subjects, subj_role, partners, obj_role, tok, frame)
        people = [p for p in people if (place is None or p.entity.key != place.key)
                  and (name is None or p.entity.key != name.key)]
        # a meeting needs two parties, unless the text names an event ("the ASEAN Regional Forum") or
        # a person meeting counterparts it does not name ("Blinken met senior officials")
        lone = len(people) == 1 and (_named(tok) or (counterpart and people[0].entity.kind == "person"
                                                      and people[0].entity in subjects))
        least = pattern.get("min", 1 if lone else 2 if pattern["type"] in ("Meeting", "Talks") else 1)
        if len(people) < least:
            continue
        if pattern.get("target") and (not subjects or (place is None and not partners)):
            continue  # a visit needs a visitor, and a destination or a host
        confidence = 0.45 + 0.1 * min(len(people), 3) + (0.1 if place else 0) + (0.05 if date else 0)
        events.append(EventMention(
            type=pattern["type"], span=frame.span(tok), participants=people, place=place,
            date=date, date_mention=date_tok.text if date_tok is not None else None,
            status="planned" if planned else "happened", confidence=round(min(confidence, 0.95), 2)))
    return events


def _gerund_before_name(tok, mention) -> bool:
    """"Meeting Sergei Lavrov in Beijing, Xi said": a sentence-initial gerund glued to the name."""
    return tok.is_sent_start and tok.lower_.endswith("ing") and tok.idx == mention.span.start


def _forbidden(tok, pattern) -> bool:
    """A child the pattern rules out ("called on Turkey to halt", not "called Scholz on Monday")."""
    for rule in pattern.get("forbid", []):
        dep, _, word = rule.partition(":")
        for c in tok.children:
            if c.dep_ == dep and (not word or c.lower_ == word) and not any(
                    o.ent_type_ in ("DATE", "TIME") for o in objects(c)):
                return True
    return False


def _agents(frame: Frame, heads, prior, clause=None) -> list[Entity]:
    """Entities of argument phrases; "the two sides" (and "they" as the subject of `clause` itself)
    stand for the parties of the event reported just before."""
    found = []
    for h in heads:
        if h.lower_ in ("they", "them", "their") and (clause is None or h.head != clause):
            continue
        if _plural_anaphor(h):
            two = any(c.lower_ in ("two", "both") for c in h.children) or h.lower_ in ("both", "pair")
            found += _previous_parties(prior, 2 if two else None)
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


def _previous_parties(prior, count: int | None) -> list[Entity]:
    """The parties of the latest event reported before, with `count` of them when given."""
    for ev in reversed(prior):
        agents = [p.entity for p in ev.participants]
        if len(agents) >= 2 and (count is None or len(agents) == count):
            return agents
    return []


def _verb_objects(frame: Frame, verb, prior, destination: bool):
    groups, places = [], []
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "attr") or (c.dep_ == "nsubjpass" and _has_agent(verb)):
            groups.append(_agents(frame, [c], prior))
            places += frame.places(c)
            if frame.mention(c) is None:  # "discussed the crisis with Macron"
                for g in c.children:
                    if g.dep_ == "prep" and g.lower_ in cues()["partner_preps"]:
                        for obj in objects(g):
                            groups.append(_agents(frame, [obj], prior) + _people_within(frame, obj))
        elif c.dep_ == "prep" and c.lower_ in cues()["partner_preps"]:
            for obj in objects(c):
                groups.append(_agents(frame, [obj], prior) + _people_within(frame, obj))
            for conj in c.children:  # "with the IMF, then with President Trump"
                if conj.dep_ == "conj" and conj.lower_ in cues()["partner_preps"]:
                    for obj in objects(conj):
                        groups.append(_agents(frame, [obj], prior))
        elif c.dep_ == "prep" and c.lower_ in ("in", "at") and not destination:
            for obj in objects(c):  # "met in New York City with Guterres"
                for g in obj.children:
                    if g.dep_ == "prep" and g.lower_ in cues()["partner_preps"]:
                        for o in objects(g):
                            groups.append(_agents(frame, [o], prior))
        elif c.dep_ == "prep" and c.lower_ in ("to", "in", "at", "into") and destination:
            for obj in objects(c):
                places += frame.places(obj)
    return [g for g in groups if g], places


def _people_within(frame: Frame, tok) -> list[Entity]:
    """People named anywhere in a partner phrase outside its clauses: long lists of partners with
    their titles ("Chairman of the Commission on External Relations Le Hoai Trung") often parse
    into prepositional chains; and a name set off by commas right after it ("with the President of
    Brazil, Luiz Inacio Lula da Silva, at ...") is its apposition, however it was parsed."""
    out, stack = [], [tok]
    doc, end = tok.doc, tok.right_edge.i
    if end + 2 < len(doc) and doc[end + 1].text == ",":
        m = frame.mention(doc[end + 2])
        if m is not None and m.entity.kind == "person" and m.span.start == doc[end + 2].idx:
            after = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if after is not None and (after.end >= len(doc) or doc[after.end].text in (",", ".", ";")):
                out.append(m.entity)
    while stack:
        t = stack.pop()
        e = frame.entity(t, ("person",))
        if e is not None and e not in out:
            out.append(e)
        stack += [c for c in t.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp", "parataxis")]
    return out


def _counterpart(tok, governor) -> bool:
    """The text names a counterpart, even one that is no entity ("met with senior officials")."""
    heads = [tok] + ([governor] if governor is not None and tok.dep_ == "dobj" and tok.head == governor else [])
    for head in heads:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "between", "among"):
                return True
    return False


def _has_agent(verb) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)


def _noun_arguments(frame: Frame, noun, governor, prior, of_agents: bool = True):
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
        elif c.dep_ == "prep" and c.lower_ in (*cues()["partner_preps"], "by", *(("of",) if of_agents else ())):
            for obj in objects(c):
                within = _people_within(frame, obj) if c.lower_ in cues()["partner_preps"] else []
                groups.append(_agents(frame, [obj], prior) + within)
        elif c.dep_ == "prep" and c.lower_ in ("to", "in", "at"):
            for obj in objects(c):
                places += frame.places(obj)
                if c.lower_ == "to":
                    groups.append(frame.entities(obj, ("person", "organization")))
        elif c.dep_ in ("relcl", "acl") and c.lemma_.lower() in cues()["participation_verbs"]:
            groups.append(_agents(frame, [h for h in frame.subjects(c) if h != noun
                                          and h.lower_ not in ("which", "that")], prior))
    if governor is not None and noun.dep_ == "dobj" and noun.head == governor:
        for c in governor.children:  # "had lunch today with X", "held talks with X"
            if c.dep_ == "prep" and c.lower_ in cues()["partner_preps"]:
                for obj in objects(c):
                    groups.append(_agents(frame, [obj], prior) + _people_within(frame, obj))
    clause = governor if governor is not None and governor != noun else None
    for _ in range(3):  # "join Xi ... when troops will march in a parade": up to a clause naming someone
        if clause is None:
            break
        found = _agents(frame, frame.subjects(clause), prior, clause if noun.head == clause else None)
        company = clause.lemma_.lower() in cues()["company_verbs"]
        partners = [e for c in clause.children if c.dep_ in ("dobj", "dative") and c != noun
                    for e in frame.entities(c, ("person",))] \
            if clause != governor or company or _copresent(noun, governor) else []
        if found or partners:
            subjects += found
            groups.append(partners)
            break
        clause = clause.head if clause.dep_ in ("advcl", "xcomp", "conj") else None
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
    return noun.dep_ == "pobj" and noun.head.lower_ in cues()["copresence_preps"] and noun.head.head == governor


def _participants(subjects, subj_role, partners, obj_role, tok, frame) -> list[Participant]:
    out: dict[str, Participant] = {}
    for e in subjects:
        out.setdefault(e.key, Participant(e, subj_role))
    for e in partners:
        out.setdefault(e.key, Participant(e, _partner_role(e, obj_role, frame, tok)))
    return list(out.values())


def _partner_role(entity: Entity, default: str, frame: Frame, tok) -> str:
    """"visiting Russian Foreign Minister Sergey Lavrov" is a guest."""
    sent = frame.sent(tok)
    for t in sent:
        m = frame.mention(t)
        if m and m.entity.key == entity.key:
            left = t.doc[max(sent.start, t.i - 4):t.i]
            if any(w.lower_ == "visiting" for w in left):
                return "Guest"
    return default


def _split(frame: Frame, tok) -> str | None:
    """Partners make separate events: each one "in separate meetings"; each phrase in "met with X,
    then with Y"; None when they all met together."""
    words = {t.lower_ for t in frame.sent(tok)}
    if words & cues()["split_cues"]:
        return "each"
    partner_preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in cues()["partner_preps"]]
    if len(partner_preps) > 1 or any(g.dep_ == "conj" and g.lower_ in cues()["partner_preps"]
                                     for c in partner_preps for g in c.children):
        return "phrases"
    return None


def _definite(tok) -> bool:
    """"the meeting", "this summit": a noun that may refer back to an event already reported (not
    the name of an event: "the U.S.-South Africa Strategic Dialogue")."""
    return not _named(tok) and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


def _named(tok) -> bool:
    """The trigger is the head of an event's proper name ("the ASEAN Regional Forum")."""
    return tok.is_title and not tok.is_sent_start and tok.pos_ == "PROPN"


def _own_partners(tok, frame: Frame) -> bool:
    """The noun names its own parties ("the meeting between Xi and Lavrov", "Putin's visit")."""
    for c in tok.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in (*cues()["partner_preps"], "of", "by")):
            return True
        if c.dep_ in ("compound", "nmod") and frame.entity(c):
            return True
    return False


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
        gov = _governor(doc[i])
        if gov is None or gov.i not in by_token or by_id[best[gov.i]]["type"] != "Meeting" \
                or by_id[best[gov.i]]["frame"] != "verb":
            continue
        if len(by_token[gov.i]) > 1 and doc[i].tag_ == "NNS":  # "met X, Y and Z in separate meetings"
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

PLACE_PREPS = ("in", "at", "inside", "near", "outside", "through")


def _place(frame: Frame, tok, governor, found: list[Entity], etype: str) -> Entity | None:
    """The event's place: its own "in / at" phrases, then its governing verb's, then those inside its
    relative clause or its participants' phrases ("Lavrov in Beijing")."""
    candidates = list(found)
    for head in (tok, governor):
        if head is None:
            continue
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
                for obj in objects(c):
                    candidates += frame.places(obj)
    for head in (tok, governor):
        if head is None:
            continue
        for c in head.children:
            if c.dep_ in ("acl", "relcl") and head == tok:
                candidates += _places_within(frame, c)
            elif c.dep_ in ("dobj", "nsubj", "nsubjpass", "appos", "npadvmod") or (
                    c.dep_ == "prep" and c.lower_ in cues()["partner_preps"]):
                for g in (c, *objects(c)):
                    candidates += _places_within(frame, g)
    for head in (tok, governor):  # "... Rwanda, where he will meet officials": the place is Rwanda
        if head is not None and head.dep_ == "relcl" and any(c.lower_ == "where" for c in head.children):
            where = next(c for c in head.children if c.lower_ == "where")
            before = [t for t in frame.sent(head) if t.i < where.i and frame.entity(t, ("place", "country"))]
            candidates += frame.places(head.head) or ([frame.entity(before[-1], ("place", "country"))] if before else [])
    node = governor if governor is not None else tok
    for _ in range(3):  # "will travel to Phnom Penh to participate in the forum"
        if node.dep_ not in ("xcomp", "advcl", "conj") or node.head == node:
            break
        node = node.head
        if node.lemma_.lower() in cues()["travel_verbs"]:
            for c in node.children:
                if c.dep_ == "prep" and c.lower_ in ("to", "in"):
                    for obj in objects(c):
                        candidates += frame.places(obj)
    if etype == "PhoneCall":
        return None
    return candidates[0] if candidates else None


def _places_within(frame: Frame, tok, depth: int = 0) -> list[Entity]:
    """Places in "in / at" phrases under `tok`, not crossing into other clauses."""
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
            for obj in objects(c):
                out += frame.places(obj)
        if depth < 5 and c.dep_ not in ("relcl", "ccomp", "advcl", "parataxis", "acl"):
            out += _places_within(frame, c, depth + 1)
    return out


DURATION = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few|a)"
                      r"[- ](?:day|week|month|year|hour)s?\b|\b\d+\s*(?:days|weeks|months|years)\b", re.I)


def _date(frame: Frame, tok, governor, triggers: set[int]):
    """The DATE entity attached to the trigger, or to a verb that governs it (nearest first)."""
    chain = _chain(tok, governor if governor is not None else (tok if tok.pos_ in ("VERB", "AUX") else None))
    best = None
    for ent in frame.ents_of(tok):
        if ent.label_ != "DATE" or DURATION.search(ent.text):
            continue
        anchor = _anchor(ent.root, triggers)
        if anchor is not None and anchor.i in chain:
            rank = chain[anchor.i]
            if best is None or rank < best[0]:
                best = (rank, ent)
    return best[1] if best else None


def _chain(tok, governor) -> dict[int, int]:
    """Token index -> distance, for the trigger and the clause heads above it (up to a ccomp). An event
    noun that no verb governs ("talks on the sidelines of the summit") takes only its own dates."""
    if governor is None:
        return {tok.i: 0}
    chain, node, n = {tok.i: 0}, governor, 1
    while True:
        chain.setdefault(node.i, n)
        if node.head == node or node.dep_ in ("ccomp", "parataxis") or n > 6:
            break
        node, n = node.head, n + 1
    return chain


def _anchor(tok, triggers: set[int]):
    node = tok.head
    for _ in range(8):
        if node.i in triggers or node.pos_ in ("VERB", "AUX"):
            return node
        if node.head == node:
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
        if node.lemma_.lower() in c["planned_verbs"] and node != tok and node.pos_ == "VERB":
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
    """The type two mentions must share to be one event (kept apart: one event, one name)."""
    return event_type


def _merge(events: list[EventMention], anaphoric: set[int] = frozenset(),
           weak: set[int] = frozenset()) -> list[EventMention]:
    """Mentions of one event become one: same type, agreeing participants (one set within the
    other), place and date; a definite noun without parties of its own ("The meeting was followed
    by a banquet") is the latest event of its type."""
    merged: list[EventMention] = []
    for ev in events:
        target = next((m for m in reversed(merged) if id(m) not in weak and _same(m, ev)), None)
        if target is None and id(ev) in anaphoric:
            target = next((m for m in reversed(merged) if id(m) not in weak and _antecedent(m, ev)), None)
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


GATHERINGS = {"Meeting", "Talks", "Summit", "Conference"}
ANAPHOR_REACH = 1200  # characters: "the meeting" refers back a few sentences at most


def _antecedent(a: EventMention, anaphor: EventMention) -> bool:
    """`a` is what "the meeting" / "the talks" refers to."""
    kin = family(a.type) == family(anaphor.type) or {a.type, anaphor.type} <= GATHERINGS
    if not kin or anaphor.span.start - a.span.start > ANAPHOR_REACH:
        return False
    if a.date and anaphor.date and a.date != anaphor.date:
        return False
    mine = {p.entity.key for p in anaphor.participants if p.role != "Attendee" or True}
    return not mine or bool(mine & {p.entity.key for p in a.participants})


def _same(a: EventMention, b: EventMention) -> bool:
    if family(a.type) != family(b.type) or a.status != b.status:
        return False
    if a.date and b.date and a.date != b.date:
        return False
    if a.place and b.place and a.place.key != b.place.key:
        return False
    ka, kb = {p.entity.key for p in a.participants}, {p.entity.key for p in b.participants}
    if not (ka and kb and (ka <= kb or kb <= ka)):
        return False
    if min(len(ka), len(kb)) >= 2 or a.span.sentence_start == b.span.sentence_start:
        return True
    lone = next(p.entity for p in (a.participants if len(ka) == 1 else b.participants))
    if lone.kind == "organization":  # "the AU summit": an organisation's gathering
        return True
    # one lone participant ("Blinken will meet ...") says too little: the place must agree as well
    return bool(a.place and b.place) and (a.date == b.date or not (a.date and b.date))


def _itinerary(events: list[EventMention], text: str) -> None:
    """"Blinken will travel to Phnom Penh ... The Secretary will meet Hun Sen": what a traveller does
    next in the same paragraph, without a place of its own, happens where the trip went."""
    where: dict[str, tuple[int, Entity]] = {}
    for ev in sorted(events, key=lambda e: e.span.start):
        paragraph = text.count("\n\n", 0, ev.span.start)
        if ev.type == "Visit" and ev.place is not None:
            for p in ev.participants:
                if p.role == "Guest":
                    where[p.entity.key] = (paragraph, ev.place)
        elif ev.place is None and ev.type != "PhoneCall":
            for p in ev.participants:
                if p.entity.key in where and where[p.entity.key][0] == paragraph:
                    ev.place = where[p.entity.key][1]
                    break


def _lede(frame: Frame, article: Article):
    """(protagonist key, date, date mention) of the article's first sentence, when its main verb
    carries a date of day precision: "Xi Jinping told Russia's top diplomat today that ..."."""
    sents = frame.sents
    if not sents or article.date is None:
        return None
    root = sents[0].root  # "X told Y today that ..., state media said": the reported clause counts
    for verb in (root, *[c for c in root.children if c.dep_ == "ccomp"]):
        subjects = [e for h in frame.subjects(verb) for e in frame.entities(h, ("person",))]
        for ent in sents[0].ents:
            if ent.label_ == "DATE" and _anchor(ent.root, set()) == verb and subjects:
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
