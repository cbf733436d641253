"""Where, when and whether: an event's place, its date phrase and its status (happened / planned)."""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from newsgraph.ingest import dates

from newsgraph.ingest.frames import Frame, cues, intended, leading, objects
from newsgraph.ingest.model import Entity
from newsgraph.ingest.spans import MISSIONS


PLACE_PREPS = ("in", "at", "on", "inside", "near", "outside", "through")
SIDELINES = frozenset({"sideline", "sidelines", "margin", "margins"})
# "engaged in talks in Berlin": the talks' own place is the verb's
TALK_NOUNS = frozenset({"talk", "talks", "discussion", "negotiation", "consultation", "dialogue"})
TRIP_NOUNS = frozenset({"visit", "trip", "tour", "travel", "journey", "stopover"})


def _phrases_of(noun) -> list:
    """The phrases under a noun and under the participle of its holding: "a function [held] in Entebbe"."""
    held = [v for v in noun.children if v.dep_ == "acl" and v.lemma_.lower() in ("hold", "organize", "organise")]
    return [*noun.children, *(g for v in held for g in v.children)]


def place_of(frame: Frame, tok, governor, found: list[Entity], etype: str) -> Entity | None:
    """The event's place: its own "in / at" phrases, then its governing verb's, then those inside its
    relative clause or its participants' phrases ("Lavrov in Beijing")."""
    candidates = []  # its own "at Downing Street" before a country in its arguments ("met the US Secretary")
    for head in (tok, governor):
        if head is None:
            continue
        for c in _with_here(head):
            if (c.dep_ == "prep" or _verbless_while(c)) and c.lower_ in PLACE_PREPS \
                    and not (etype == "Visit" and c.lower_ == "outside") \
                    and not any(t.lower_ == "audience" for t in c.subtree):  # "received in audience envoys of X"
                # "a visit outside Europe" goes anywhere but there; "talks outside Moscow" are held near it
                named_here = []
                for obj in objects(c):  # "on Crete" is a place, "a conference on Afghanistan" a topic, and so is
                    # "a discussion on the Belgrade Dialogue" (a name a place only modifies)
                    named_after = obj.pos_ == "PROPN" and frame.by_token.get(obj.i) is None
                    named_here += [p for p in frame.places(obj) if c.lower_ != "on" or p.kind == "place"
                                   and not named_after] or [
                        p for g in _phrases_of(obj) if g.dep_ == "prep" and g.lower_ in ("in", "at")
                        and (c.lower_ == "at" or obj.lemma_.lower() in ("office", "residence", "study", *TALK_NOUNS))
                        for o in objects(g) for p in frame.places(o)]  # "at the headquarters of X in Riyadh", "in his
                    #                               office at the Apostolic Palace", "at a function held in Entebbe"
                    if not named_here and obj.lower_ in ("capital", "city", "town"):
                        named_here = _named_after_comma(frame, obj)  # "in the capital, Mogadishu on Saturday"
                    if c.lower_ == "at" and not named_here and obj.lemma_.lower() not in ASKING_NOUNS:
                        # "at the anniversary events of the Eastern Partnership in Brussels"
                        named_here = [p for g in obj.children if g.dep_ == "prep" and g.lower_ == "of"
                                      for e in objects(g) for h in e.children if h.dep_ == "prep" and h.lower_ == "in"
                                      for o in objects(h) for p in frame.places(o)]
                common = _common_country(frame, named_here, c)
                candidates += common if common and etype != "Visit" else named_here
            if c.dep_ == "prep" and c.lower_ in ("on", "upon", "during"):  # "On his second day in Lima, X met Y",
                # "took place during the Forum Leaders Meeting in Tonga", "On July 11 in Vilnius X met Y", "On
                # arrival in Abuja, X was received by Y"
                candidates += [p for obj in objects(c) if obj.lemma_.lower() in ("day", "stay", "arrival", *SIDELINES)
                               or c.lower_ == "during"
                               or obj.ent_type_ == "DATE"
                               for g in obj.children if g.dep_ == "prep" and g.lower_ in ("in", "at")
                               for o in objects(g) for p in frame.places(o)]
                # "On the first day of the Trade Mission to China, X met Y": where the trip goes (not when "here",
                # the dateline, says where: "held talks here on the final day of a visit to Italy", at the Vatican)
                here = any(h.lower_ == "here" for h in head.children)
                candidates += [p for obj in objects(c) if obj.lemma_.lower() in ("day", "stay") and not here
                               for g in obj.children if g.dep_ == "prep" and g.lower_ == "of" for trip in objects(g)
                               if trip.lemma_.lower() in (*TRIP_NOUNS, "mission")
                               for p in frame.places(trip) or frame.country_of_body(trip) or [
                                   q for h in trip.children if h.dep_ == "prep" and h.lower_ == "to"
                                   for o in objects(h) for q in frame.places(o)]]
                # "on the sidelines of the UNGA in New York": where the gathering is
                candidates += [p for obj in objects(c) if obj.lemma_.lower() in SIDELINES
                               for g in obj.children if g.dep_ == "prep" and g.lower_ == "of" for e in objects(g)
                               for h in e.children if h.dep_ == "prep" and h.lower_ in ("in", "at")
                               for o in objects(h) for p in frame.places(o)]
    trip = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
    if trip is not None and trip.lemma_.lower() in (*cues()["travel_verbs"], "proceed"):  # "proceeded to X for talks"
        candidates += [p for c in trip.children if c.dep_ == "prep" and c.lower_ == "to"
                       for obj in objects(c) for p in frame.places(obj)]
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("after", "following") else None
    if verb is not None and verb.lemma_.lower() in ("leave", "depart"):  # "left Kuwait City after talks with X"
        candidates += [p for c in verb.children if c.dep_ == "dobj" for p in frame.places(c)]
        candidates += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                       for obj in objects(c) for p in frame.places(obj)]
    if tok.pos_ == "VERB" and tok.lemma_.lower() in cues()["host_verbs"]:  # "welcomed him to Moscow"
        candidates += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for obj in objects(c)
                       for p in frame.places(obj) or [p for g in obj.children if g.dep_ == "prep" and g.lower_ == "in"
                                                      for o in objects(g) for p in frame.places(o)]]
        # (and "welcomed X to the IOC in Lausanne")
        # "received X, who arrived in Astana on an official visit": where the guest arrived
        candidates += [p for c in tok.children if c.dep_ == "dobj" for rel in c.subtree
                       if rel.dep_ == "relcl" and rel.lemma_.lower() in cues()["travel_verbs"]
                       for prep in rel.children if prep.dep_ == "prep" and prep.lower_ in ("in", "to")
                       for obj in objects(prep) for p in frame.places(obj)]
    candidates += [p for lead in _leading(tok, governor) for c in lead.children if c.dep_ == "prep"
                   and c.lower_ in ("at", "in") for obj in objects(c) for p in frame.places(obj)]
    candidates = [p for p in candidates if p.kind == "place"] + _where_built(frame, tok) + list(found) + candidates
    candidates += [p for c in held_after(tok) for p in places_within(frame, c)]
    candidates += [p for head in (tok, governor) if head is not None for p in _at_hung_on_partner(frame, head)]
    for head in (tok, governor):
        if head is None:
            continue
        for c in head.children:
            if c.dep_ in ("acl", "relcl") and head == tok:
                candidates += places_within(frame, c)
            elif c.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in cues()["topic_verbs"]:
                continue  # "they discussed the situation in Khartoum", "X in Y was discussed": a topic
            elif c.dep_ in ("dobj", "nsubj", "nsubjpass", "appos", "npadvmod") or (
                    c.dep_ == "prep" and (c.lower_ in cues()["partner_preps"] or c.lower_ in ("for", "of")
                                          or c.lower_ in ("on", "upon") and head.lemma_.lower() == "call")):
                # "met for the first time in Singapore", "met for talks in Geneva", "a meeting of EU
                # ministers in Luxembourg", "called on X in Beijing"
                for g in (c, *objects(c)):
                    candidates += places_within(frame, g)
    # "the meeting between A and B, which lasted ninety minutes at the White House" (the clause hung on B): a clause
    # of the event's own happening, wherever the parser hangs it in the phrase
    candidates += [p for c in tok.subtree if c.dep_ == "relcl" and c.head != tok
                   and c.lemma_.lower() in cues()["happening_verbs"] for p in places_within(frame, c)]
    # "... Rwanda, where he will meet officials", "Mexico, where he arrived to attend the ceremony": Rwanda, Mexico
    for head in (tok, governor, *_purposes_of(governor)):
        where = next((t for t in head.doc[head.left_edge.i:head.i] if t.lower_ == "where"), None) \
            if head is not None and head.dep_ == "relcl" else None
        if where is not None:
            before = [t for t in frame.sent(head) if t.i < where.i and frame.entity(t, ("place", "country"))]
            candidates += frame.places(_where_antecedent(head.head)) or (
                [frame.entity(before[-1], ("place", "country"))] if before else [])
    node = governor if governor is not None else tok
    for _ in range(3):  # "will travel to Phnom Penh to participate in the forum"
        if node.dep_ not in ("xcomp", "advcl", "conj") or node.head == node:
            break
        controlled, node = node.dep_ == "xcomp", node.head
        if controlled and node.lemma_.lower() in SCHEDULING:  # "In Kenya, X is scheduled to meet Y": in Kenya
            candidates += [p for c in node.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                           for obj in objects(c) for p in frame.places(obj)]
        if node.lemma_.lower() in cues()["travel_verbs"] or _stay(node):  # "will spend time in X, meeting Y"
            for c in node.children:
                if c.dep_ == "prep" and c.lower_ in ("to", "in"):
                    reached = [p for obj in objects(c) for p in frame.places(obj)]
                    candidates += _common_country(frame, reached, c) or reached
    # "will have talks with X when he travels to Beijing", "met X while he was in Japan": there
    for c in (governor if governor is not None else tok).children:
        if c.dep_ == "advcl" and c.lemma_.lower() in (*cues()["travel_verbs"], "be", "stay") and any(
                m.lower_ in ("when", "while") for m in c.children if m.dep_ in ("advmod", "mark")):
            candidates += [p for p_ in c.children if p_.dep_ == "prep" and p_.lower_ in ("to", "in")
                           for obj in objects(p_) for p in frame.places(obj)]
    candidates += [p for head in (tok, governor) if head is not None
                   for p in _where_partner_is(frame, head) + _there(frame, head) + _time_was_in(frame, head)]
    if etype == "PhoneCall":
        return None
    if etype == "Visit" and found:  # a visit to Russia is not in Dublin, where the clause it hangs on is set
        candidates = [p for p in candidates if p in found or p.contained_in in {d.key for d in found}] or candidates
    return candidates[0] if candidates else None


def _at_hung_on_partner(frame: Frame, head) -> list[Entity]:
    """"X, the president of the association in Daegu, met with Y at Hiroshima City Hall" ("at" hung on Y): the venue
    of the meeting, before the places named in its parties' descriptions."""
    partners = [o for c in head.children if c.dep_ == "prep" and c.lower_ in cues()["partner_preps"]
                for o in objects(c)] + [c for c in head.children if c.dep_ == "dobj"]
    return [p for o in partners for g in o.children if g.dep_ == "prep" and g.lower_ == "at"
            for venue in objects(g) for p in frame.places(venue)]


# what is opened or inaugurated where it stands: "opened the new Embassy in Abu Dhabi, United Arab Emirates"
BUILT = frozenset("""embassy consulate consulate-general office centre center museum hospital school bridge port
airport station monument memorial statue exhibition pavilion plant factory building headquarters campus""".split())


def _where_built(frame: Frame, verb) -> list[Entity]:
    """Where the building a verb opens stands: "opened the Embassy in Abu Dhabi" (before a place the parser made
    another object of the verb: "..., United Arab Emirates")."""
    return [p for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in BUILT for g in o.children
            if g.dep_ == "prep" and g.lower_ in ("in", "at") for venue in objects(g) for p in frame.places(venue)]


SCHEDULING = frozenset({"schedule", "expect", "due", "set", "plan"})  # "is scheduled / expected / due to meet"


def _named_after_comma(frame: Frame, noun) -> list[Entity]:
    """The place named right after "the capital," (which the parser hangs elsewhere)."""
    after = noun.right_edge.i + 2
    return frame.places(noun.doc[after]) if after < len(noun.doc) and noun.doc[after - 1].text == "," else []


def _stay(verb) -> bool:
    """"spend time in X", "spent two days in X": a stay, as a trip to X is."""
    return verb.lemma_.lower() == "spend" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("time", "day", "night", "week") for c in verb.children)


def _common_country(frame: Frame, named: list[Entity], prep) -> list[Entity]:
    """"in Auckland and Wellington, meeting X": the meeting is in one of the cities, so in their country (none when
    the places `prep` names, `named` and those of its objects' conjuncts, are not several cities of one country)."""
    places = [*named, *(p for obj in objects(prep) for o in obj.conjuncts for p in frame.places(o))]
    lands = {p.contained_in for p in places}
    if len(places) < 2 or len(lands) != 1 or None in lands or any(p.kind != "place" for p in places):
        return []
    country = frame.resolver.places.get(lands.pop())
    return [country] if country is not None else []


def _time_was_in(frame: Frame, head) -> list[Entity]:
    """"The last time they met was in Vienna": where that time was."""
    time = head.head
    if head.dep_ != "relcl" or time.lemma_.lower() not in ("time", "occasion") or time.dep_ != "nsubj" \
            or time.head.lemma_ != "be":
        return []
    return [p for c in time.head.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
            for obj in objects(c) for p in frame.places(obj)]


def _where_partner_is(frame: Frame, head) -> list[Entity]:
    """"met with Y who is in Tehran to attend the session": where the one met is, they met (wherever the parser
    hung the name); "X, Prime Minister, who is in New York leading the delegation, held a meeting", "X, who arrived
    in the Brazilian city Sunday, met Y on Monday": where X is."""
    return [p for rel in head.subtree if rel.dep_ == "relcl" and rel.lemma_ in ("be", "arrive") and rel.head != head
            and (frame.entity(rel.head, ("person",))
                 or rel.head.dep_ == "appos" and frame.entity(rel.head.head, ("person",)))
            and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in rel.children)
            for prep in rel.children if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
            for o in objects(prep) for p in frame.places(o)]


def _there(frame: Frame, head) -> list[Entity]:
    """"... headed to the palace in Helsinki. There, X was received by Y": the last place the sentence before names
    (of "Dushanbe, the capital of Tajikistan", Dushanbe)."""
    if not any(c.dep_ == "advmod" and c.lower_ == "there" and c.i == frame.sent(c).start for c in head.children):
        return []
    n = frame.sents.index(frame.sent(head))
    named = [e for t in frame.sents[n - 1] if frame.entity(t, ("place", "country"))
             for e in [frame.entity(_where_antecedent(t), ("place", "country"))] if e] if n > 0 else []
    return named[-1:]


# "at the invitation of X in Y" says who asked, not where: no "at" phrase of a place
ASKING_NOUNS = ("invitation", "request", "behest", "initiative", "suggestion", "urging", "expense")


def _where_antecedent(tok):
    """The place a "where" clause hung on `tok` is about: "Dushanbe, the capital of Tajikistan, where ...": Dushanbe
    (the parser hangs the clause on the country)."""
    of = tok.head
    if tok.dep_ == "pobj" and of.lower_ == "of" and of.head.dep_ == "appos":
        return of.head.head
    return tok


def _purposes_of(verb) -> list:
    """The verbs `verb` is the purpose or sequel of, nearest first: "arrived to attend" -> [arrived]."""
    found = []
    while verb is not None and verb.dep_ in ("xcomp", "advcl") and len(found) < 3:
        verb = verb.head
        found.append(verb)
    return found


def places_within(frame: Frame, tok, depth: int = 0) -> list[Entity]:
    """Places in "in / at" phrases under `tok`, not crossing into other clauses, nor into other events ("provided
    updates on her meetings in New York": those meetings were in New York)."""
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in PLACE_PREPS and not _seat_of_a_mission(c):
            for obj in objects(c):
                out += [p for p in frame.places(obj) if c.lower_ != "on" or _on_place(c, p)]
        if depth < 5 and c.dep_ not in ("relcl", "ccomp", "advcl", "parataxis", "acl") and not _topic_event(c):
            out += places_within(frame, c, depth + 1)
    return out


def _topic_event(tok) -> bool:
    """Another event, spoken of: "updates on her meetings in New York", "preparations for the summit in Rome" (not
    "the framework of the conference in Rome", where it happens)."""
    return tok.lemma_.lower() in OTHER_EVENTS and tok.dep_ == "pobj" \
        and tok.head.lower_ in ("on", "about", "for", "regarding", "over", "concerning")


OTHER_EVENTS = frozenset({"meeting", "visit", "trip", "tour", "summit", "conference", *TALK_NOUNS})


def _seat_of_a_mission(prep) -> bool:
    """"the premises of the Cameroonian Embassies in Berlin and Brussels": where a mission sits describes it, not
    the event of a phrase it is in (but "at the embassy in Berlin" is where)."""
    mission = prep.head
    singular = re.sub(r"ies$", "y", mission.lower_).removesuffix("s")  # (the lemma of "Embassies", NNP, is itself)
    # and a consul's post: "with X, General Consul of the United States in Tijuana" ("in" hung on X)
    consul = any(t.lower_.startswith("consul") for t in (mission, *(c for c in mission.children
                                                                     if c.dep_ in ("appos", "compound"))))
    return prep.lower_ == "in" and (singular in MISSIONS | {"mission"} or consul) \
        and not (mission.dep_ == "pobj" and mission.head.lower_ in ("at", "in"))


def _on_place(prep, place: Entity) -> bool:
    """Inside other phrases, "on" a city is a place only after a verb ("arrived on Crete"), not after a
    noun ("our sensitivities on Al Quds")."""
    return place.kind == "place" and prep.head.pos_ in ("VERB", "AUX")


# "0930", "1400 hrs" (not the year 2015)
MILITARY_CLOCK = re.compile(r"^(?:0\d[0-5]\d|(?:[01]\d|2[0-3])[0-5]\d\s*(?:hrs|hours|h))$")
CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b", re.I)
MONTH = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)")
DAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|"
                 r"this\s+(?:morning|afternoon|evening))\b", re.I)
DURATION = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few|a)"
                      r"[- ](?:day|week|month|year|hour)s?\b|\b\d+\s*(?:days|weeks|months|years)\b", re.I)


BOUNDS = ("since", "until", "till", "before", "after", "by")


def _leading(tok, governor) -> list:
    """The leading participles in the partner phrases of the trigger and its verb ("met with a delegation led
    by X at the Great Hall of the People": at the Great Hall)."""
    return [t for head in (tok, governor) if head is not None for c in head.children
            if c.dep_ == "prep" and c.lower_ in cues()["partner_preps"] for obj in objects(c)
            for t in obj.subtree if leading(t)]


def _with_here(head) -> list:
    """The children of `head`, and those of its "here" ("to be here in Jakarta": in Jakarta) or its verbless
    "while" ("held talks with Y whilst in Samoa": in Samoa)."""
    return [g for c in head.children for g in ([c, *c.children] if c.dep_ == "advmod" and c.lower_ == "here"
                                              or c.lower_ in ("while", "whilst") and c.pos_ != "VERB" else [c])]


def _verbless_while(c) -> bool:
    """"While in Rome, X continued with meetings": the parser makes "in" a clause of its own, "While" its mark."""
    return c.dep_ == "advcl" and c.pos_ == "ADP" and any(
        m.dep_ == "mark" and m.lower_ in ("while", "whilst", "when") for m in c.children)


def _done_before(tok) -> bool:
    """"his recent trip" (and a meeting listed with it), "the previous meeting": an event its own modifier places
    before the clause's time."""
    return any(c.dep_ == "amod" and c.lower_ in cues()["past_modifiers"] for c in tok.children) \
        or tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and _done_before(tok.head)


def _held_in_the_past(tok) -> bool:
    """"the first bilateral meeting between the two which was held last night" (the clause hung on the phrase's last
    noun, or on the event's): its own clause says it took place."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "relcl" and (c.lemma_.lower() in HOLDING_VERBS and any(
        a.dep_ == "auxpass" and a.lower_ in ("was", "were") for a in c.children)
        or c.lemma_.lower() in ("take", "occur") and c.tag_ == "VBD") for c in tok.subtree)


HOLDING_VERBS = ("hold", "organize", "organise", "convene")
BEGINNING_VERBS = ("begin", "open", "start", "commence")


def held_after(tok) -> list:
    """"a meeting of X with Y, held at The Hague on Thursday": the participle that says where and when an event
    noun was held, which the parser hangs on the last name of its phrase."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return []
    # (on a name, not on another event: "talks on the summit held in Paris")
    held = [t for t in tok.subtree if t.dep_ == "acl" and t.tag_ == "VBN" and t.head != tok and t.head.pos_ == "PROPN"
            and t.lemma_.lower() in HOLDING_VERBS]
    # "the meeting between the two statesmen which was held last night" (hung on "statesmen", not on an event noun)
    held += [t for t in tok.subtree if t.dep_ == "relcl" and t.head != tok and t.head.pos_ in ("NOUN", "PROPN")
             and t.head.lower_ in cues()["plural_anaphors"] and t.lemma_.lower() in HOLDING_VERBS
             and any(a.dep_ == "auxpass" for a in t.children)]
    # "the meeting of the conference of heads of government of X which began Tuesday in Barbados" (hung on X)
    held += [t for t in tok.subtree if t.dep_ == "relcl" and t.head != tok and t.lemma_.lower() in BEGINNING_VERBS
             and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in t.children)]
    # "Held in Sydney, the bilateral engagement reaffirmed ...": a participle fronted before the event, its subject
    held += [t for t in tok.head.children if tok.dep_ == "nsubj" and t.dep_ == "advcl" and t.i < tok.i
             and t.tag_ == "VBN" and t.lemma_.lower() in HOLDING_VERBS
             and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)]
    verb = tok.head.head if tok.dep_ == "pobj" else None
    if verb is not None:  # "to participate in the Forum to be held in Mauritius on 27 March" (hung on "participate")
        # or "At the meeting, held at the Ministry in Panama, they addressed": a participle right after its phrase
        held += [t for t in verb.children if t.dep_ == "advcl" and t.i > tok.i and t.lemma_.lower() in HOLDING_VERBS
                 and (any(a.dep_ == "auxpass" for a in t.children)
                      or t.tag_ == "VBN" and t.i == tok.right_edge.i + 2 and t.nbor(-1).text == ",")]
    return held


def date_of(frame: Frame, tok, governor, triggers: set[int]):
    """The DATE entity attached to the trigger, or to a verb that governs it (nearest first); only its own for
    an event done before ("will brief him on Monday on his recent trip")."""
    if _done_before(tok):
        governor = None
    chain = clause_chain(tok, governor if governor is not None else (tok if tok.pos_ in ("VERB", "AUX") else None))
    held = held_after(tok)
    best, clock = None, None
    for ent in frame.ents_of(tok) + _untagged_days(frame, tok):
        if ent.label_ == "TIME" and CLOCK.search(ent.text) and clock is None:
            head = anchor(ent.root, triggers)
            if head is not None and head.i in chain:
                clock = ent  # "At 8:00 PM there was a dinner": no day, but not the 5:30 PM meeting
        if not (ent.label_ == "DATE" or (ent.label_ == "TIME" and (  # "that afternoon": the day named before
                DAY.search(ent.text) or dates.day_of_time(ent.text) or dates.RELATIVE.search(ent.text)))) or (
                DURATION.search(ent.text) and not dates.ANCHORED.search(_with_next(ent))) \
                or MILITARY_CLOCK.match(ent.text):
            continue  # "Friday night" is a TIME that names a day; "arrived at 0930" (NER: DATE) names none
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ in BOUNDS:
            continue  # "his first visit since 2017": a bound, not the day of the event
        head = anchor(ent.root, triggers)
        if head is not None and (head.dep_ in ("acl", "relcl") and head.head.i == tok.i or head in held):
            rank = 0  # "the summit, held between 7-9 December at Cusco": a participle on the event noun
        elif head is not None and head.i in chain:
            rank = chain[head.i]
        else:
            continue
        if ent.root.head.i == tok.i and ent.root.dep_ in ("nummod", "compound", "amod") \
                and re.fullmatch(r"(?:19|20)\d\d", ent.text.strip()):
            rank = 99  # "the 2008 G8 summit began today": the year names the summit, "today" dates it
        # among dates of one verb, the nearest to an event noun: "attend the ceremony on 3 March and
        # the banquet on 4 March"
        # a phrase that names a day before one that does not ("Wednesday evening" before "of Ramadan")
        vague = frame.date is not None and dates.resolve(ent.text, frame.date) is None
        key = (vague, rank, abs(ent.start - tok.i) if tok.pos_ in ("NOUN", "PROPN") else 0)
        if best is None or key < best[0]:
            best = (key, _widened(ent))
    if best is None and clock is not None:
        return clock
    if best is None:  # "Today's meeting", "received at the Palace today X": a day word the NER left untagged
        day = next((c for c in tok.children if c.dep_ in ("poss", "npadvmod") and DAY.fullmatch(c.lower_)), None)
        if day is not None:
            return tok.doc[day.i:day.i + 1]
        month = next((t for c in tok.children if c.dep_ in ("acl", "relcl") for t in c.subtree
                      if MONTH.fullmatch(t.text) and t.i > 0 and t.doc[t.i - 1].like_num), None)
        if month is not None:  # "the forum, held between 12-14 March", the month untagged by NER
            return _widened(tok.doc[month.i:month.i + 1])
        part = _part_of_day(frame, tok, chain, triggers) or _day_ending_the_coordination(frame, tok, governor)
        if part is not None:
            return part
        if governor is None and tok.pos_ in ("NOUN", "PROPN"):  # "the Conference on Afghanistan on July 26"
            after = tok.right_edge.i + 1
            for ent in frame.ents_of(tok):
                if ent.label_ == "DATE" and ent.start == after + 1 and tok.doc[after].lower_ in ("on", "in"):
                    return ent
        return None
    return best[1]


def _untagged_days(frame: Frame, tok) -> list:
    """"will resume that conversation later today": a day word NER left untagged, modifying a verb."""
    return [Span(tok.doc, t.i, t.i + 1, label="DATE") for t in frame.sent(tok)
            if not t.ent_type_ and t.dep_ == "npadvmod" and t.head.pos_ in ("VERB", "AUX")
            and DAY.fullmatch(t.lower_)]


def _day_ending_the_coordination(frame: Frame, tok, governor):
    """"will have a meeting with X and pay courtesy calls on Y and Z on 13 December": the day that ends a
    coordination of verb phrases dates each of them (the first verb's event, which has no day of its own)."""
    verb = governor if governor is not None else tok
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        for prep in (c for c in conj.children if c.dep_ == "prep" and c.lower_ == "on"
                     and c.right_edge.i == conj.right_edge.i):
            day = next((e for e in frame.ents_of(tok) for o in objects(prep)
                        if e.label_ == "DATE" and e.start <= o.i < e.end and e.end == prep.right_edge.i + 1), None)
            if day is not None:
                return day
    return None


def _part_of_day(frame: Frame, tok, chain: dict[int, int], triggers: set[int]):
    """"will later in the day hold", "hosted ... in the evening", untagged by NER: the span, when it
    belongs to the trigger's clause."""
    doc = tok.doc
    for t in frame.sent(tok):
        if t.lower_ in ("day", "morning", "afternoon", "evening") and t.dep_ == "pobj" and t.head.lower_ == "in" \
                and not t.ent_type_:
            start = t.head.i - (t.head.i > 0 and doc[t.head.i - 1].lower_ in ("later", "earlier"))
            head = anchor(t, triggers)
            if head is not None and head.i in chain and dates.same_day(doc[start:t.i + 1].text):
                return doc[start:t.i + 1]
    return None


def with_calendar_day(ent):
    """"Saturday, 11 August", which NER tags as two dates: the weekday with the day that follows it; "43 years
    ago, today" (NER: two dates, or "today" none): the years with the day."""
    doc, end = ent.doc, ent.end
    if ent.text.lower().endswith("years ago"):
        today = end + (end < len(doc) and doc[end].text == ",")
        if today < len(doc) and doc[today].lower_ == "today":
            return doc[ent.start:today + 1]
    if ent.text.lower() == "today" and ent.start > 0:
        ago = ent.start - 1 - (doc[ent.start - 1].text == ",")
        years = next((e for e in doc.ents if e.end == ago + 1 and e.text.lower().endswith("years ago")), None)
        if years is not None:
            return doc[years.start:ent.end]
    if dates.bare_weekday(ent.text) and end + 1 < len(doc) and doc[end].text == "," \
            and doc[end + 1].ent_type_ == "DATE" and doc[end + 1].ent_iob_ == "B":
        following = next(e for e in doc.ents if e.start == end + 1)
        month = next((e for e in doc.ents if e.start == following.end + 1 and MONTH.fullmatch(e[0].text)), None) \
            if following.end < len(doc) and doc[following.end].text == "." else None
        following = doc[following.start:month.end] if month is not None else following  # "Tuesday, 25. September"
        if any(t.like_num for t in following) and not DURATION.search(following.text):
            return doc[ent.start:following.end]  # (not "on Thursday, four days after ...")
    return ent


def _widened(ent):
    """"7-9 December" where NER tagged only "December": the day numbers (and dash) right before it;
    "Saturday, 11 August": the day after the weekday."""
    ent = with_calendar_day(ent)
    doc = ent.doc
    if re.fullmatch(r"[\d\s\-–]+(?:and)?", ent.text) and ent.end < len(doc):
        after = ent.end + (doc[ent.end].lower_ == "and")  # "17 - 19" + "November 2004", "17 and" + "18 March"
        following = next((e for e in doc.ents if e.start == after and e.label_ == "DATE"), None)  # (NER: two dates)
        if following is not None and any(MONTH.fullmatch(t.text) for t in following[:2]):
            ent = doc[ent.start:following.end]
    if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in ("before", "after") and ent.doc[ent.end].head.i in \
            range(ent.start, ent.end) and ent.doc[ent.end].dep_ == "advmod":
        ent = ent.doc[ent.start:ent.end + 1]  # "The day before," (NER: "The day")
    if ent.text.lower() == "the day" and ent.start >= 2 and ent.doc[ent.start - 1].lower_ == "in" \
            and ent.doc[ent.start - 2].lower_ in ("earlier", "later"):
        return ent.doc[ent.start - 2:ent.end]  # "Earlier in the day" (NER: "the day"): the day the text is at
    start = ent.start
    while start > 0 and (ent.doc[start - 1].like_num or ent.doc[start - 1].text in ("-", "–")
                         or re.fullmatch(r"[A-Z][a-z]+[-–]\d{1,2}|\d{1,2}[-–]\d{1,2}", ent.doc[start - 1].text)
                         or ent.doc[start - 1].is_space or _and_after_day(ent.doc, start - 1)
                         or ent.doc[start - 1].text == "." and start >= 2 and ent.doc[start - 2].like_num) \
            and ent.doc[start - 1].ent_type_ in ("", "DATE", "CARDINAL"):
        start -= 1  # "31 January-1 February": "31" CARDINAL, "January-1" untagged; "on 17 and 18 December";
        #             "25. September" (a day's full stop)
    while start < ent.start and not (ent.doc[start].like_num or ent.doc[start].text[:1].isdigit()):
        start += 1  # (from the first number: "25–26 September", one token, starts one)
    return ent.doc[start:ent.end] if start < ent.start else ent


def _and_after_day(doc, i: int) -> bool:
    """"and" between two days of a month: "on 17 and 18 December" (a stay starts on its first day)."""
    day = i - 1 - (i > 1 and doc[i - 1].is_space)
    return doc[i].lower_ == "and" and day >= 0 and re.fullmatch(r"\d{1,2}", doc[day].text) is not None


def _with_next(ent) -> str:
    """The phrase and the word after it: "a week" + "after" is a point in time, not a duration."""
    return ent.text + (" " + ent.doc[ent.end].text if ent.end < len(ent.doc) else "")


SEQUENCE = ("before", "after", "following", "ahead", "prior", "until")


def clause_chain(tok, governor) -> dict[int, int]:
    """Token index -> distance, for the trigger and the clause heads above it (up to a ccomp). An event
    noun that no verb governs ("talks on the sidelines of the summit") takes only its own dates."""
    if governor is None:
        return {tok.i: 0}
    chain, node, n = {tok.i: 0}, governor, 1
    while True:
        chain.setdefault(node.i, n)
        if node.head == node or node.dep_ in ("ccomp", "parataxis") or n > 6:
            break
        if node.dep_ in ("pcomp", "advcl") and (node.head.lower_ in SEQUENCE or any(
                c.dep_ == "mark" and c.lower_ in SEQUENCE for c in node.children)):
            break  # "travel to X June 17 ... before heading to Brussels": June 17 is not the heading's day
        if node.dep_ == "relcl" and any(c.dep_ == "prep" and c.lower_ == "during" for c in node.children):
            break  # "arrived Sunday on a visit during which he will hold talks": some day of the visit
        if node.dep_ == "conj" and _past(node) != _past(node.head) and any(c.dep_ == "nsubj" for c in node.children):
            break  # "X visited in 1998, and we look forward to welcoming him": a clause of its own time
        node, n = node.head, n + 1
    for i, n in list(chain.items()):  # "X has today 10 December paid a call": the parser hangs the day on "has"
        chain.update({c.i: n for c in tok.doc[i].children if c.dep_ == "aux" and c.i not in chain})
    return chain


def _past(verb) -> bool:
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def anchor(tok, triggers: set[int]):
    node = tok.head
    for _ in range(8):
        free_relative = node.dep_ == "pcomp" and any(c.dep_ == "dobj" and c.lower_ == "what" for c in node.children)
        # "met with a delegation led by X at the Great Hall on November 25": the meeting's day, not the leading's
        if (node.i in triggers or node.pos_ in ("VERB", "AUX")) and not free_relative and not leading(node):
            return node  # (but "met for what X called a dialogue on Thursday": the meeting's day)
        if node.head == node:
            return node
        node = node.head
    return None


def planned(tok, governor, date_tok) -> bool:
    c = cues()
    if _done_before(tok) or _held_in_the_past(tok):
        return False
    # "A and B agreed on X in bilateral meetings": the meetings are where they agreed, not a plan
    setting_of = next((a for a in tok.ancestors if a.pos_ == "VERB"), None) \
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "at") else None
    for node in upward(tok, governor):
        for child in node.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in c["planned_aux"]:
                return True
            if child.dep_ == "aux" and child.lower_ == "to" and (node.head.lemma_ == "be" or node.dep_ == "ROOT"
                                                                 or node.head.lower_ == "going"):
                return True  # "X is to visit", the headline's "X to Visit Moscow", "X is going to make a trip"
            if child.dep_ == "amod" and child.lower_ in c["planned_modifiers"]:
                return True
            if child.dep_ == "advmod" and child.lower_ == "next" and child.i > node.i and node.tag_ in ("VBZ", "VBP"):
                return True  # "X heads off to France next" (not "Next, he met Y")
        if node.lemma_.lower() in c["planned_verbs"] and (node != tok or node.lemma_ == "expect") \
                and node.pos_ in ("VERB", "ADJ") and node != setting_of:  # "is expected to", "is due to" (ADJ),
            # "is expected in Damascus"
            return True
        if node.lower_ in c["planned_contexts"] or intended(node):
            return True
        if node.lemma_.lower() == "look" and any(ch.lower_ == "forward" for ch in node.children) and node != tok:
            return True  # "looked forward to welcoming X at the session"
    if date_tok is not None and any(t.lower_ in c["planned_dates"] for t in date_tok):
        return True
    return False


def progressive_ahead(tok, governor, date_tok, day: dt.date, base: dt.date) -> dt.date:
    """"X is making a visit to France on Tuesday", "On Monday, X begins a trip" (the present, which news gives a
    weekday to while it lasts or ahead of it): the nearer day, the coming Tuesday in a Monday paper, the last in a
    Wednesday one."""
    if date_tok is None or not dates.bare_weekday(date_tok.text) \
            or not any(_present(n) and _weekday_named(n) for n in upward(tok, governor)):
        return day
    ahead = dates.resolve(date_tok.text, base, True)
    return ahead if ahead is not None and ahead - base < base - day else day


def _present(verb) -> bool:
    """"is making", "are visiting", "begins": the present, simple or progressive (not "says", "is", "has")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return verb.pos_ == "VERB" and verb.lemma_.lower() not in ("be", "have", "say")
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "’s", "'re", "’re")
                                      for c in verb.children)


def _weekday_named(verb) -> bool:
    """The verb's own words or its object's ("making a visit on Tuesday") name a weekday (not another clause's: "met
    X on Wednesday, who is paying a visit")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(t.lower_ in dates.WEEKDAYS for h in heads for c in h.children if c.dep_ in ("prep", "npadvmod")
               for t in c.subtree)


def upward(tok, governor):
    nodes, node = [tok], governor if governor is not None and governor != tok else tok.head
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
