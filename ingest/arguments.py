"""Who takes part in an event: the argument walks from a trigger to the entities of its phrases.

    agents(frame, heads, prior)          entities of subject / object phrases ("the two sides" included)
    verb_objects(frame, verb, ...)       partner groups and destinations of a verb trigger
    noun_arguments(frame, noun, ...)     possessor, partners, compounds, relative-clause agents and the
                                         subject of the governing verb of an event noun
    governor_of(noun)                    the verb whose subject takes part ("held talks", "in a meeting")
    participants(...)                    Participants with roles; split_mode: one event or several
"""
from __future__ import annotations

import re

from newsgraph.ingest.circumstances import DAY, TRIP_NOUNS, places_within
from newsgraph.ingest.frames import AGENTS, KIN_NOUNS, Frame, cues, leads_body, objects, passive_agents
from newsgraph.ingest.model import Entity, Participant
from newsgraph.ingest.nlp import BULLETS, opens_line
from newsgraph.ingest.spans import DOCUMENT_HEADS, name_cased
from newsgraph.ingest.titles import (HONORIFICS, STYLE_ABBREVIATIONS, TITLE_WORDS, is_title_token, role_of,
                                     title_before)


TOPIC_PREPS = {"about", "on", "over", "regarding", "concerning"}
NON_PARTICIPATING = TOPIC_PREPS | {"after", "before", "since", "following", "ahead", "despite", "like", "than"}
# Anaphors that can stand for countries themselves; the others ("both", "the leaders") stand for people.
STATE_NOUNS = {"countries", "nations", "states", "sides", "side", "governments", "parties", "delegations"}
TWO_SIDED = {"Meeting", "Talks", "PhoneCall"}  # event types whose first mention names both sides
MEDIUM_PREPS = frozenset({"by", "on", "over", "via"})  # "spoke by phone with X"
MEDIA = frozenset({"phone", "telephone", "video", "videoconference", "videolink"})


def agents(frame: Frame, heads, prior, clause=None) -> list[Entity]:
    """Entities of argument phrases; "the two sides" (and "they" as the subject of `clause` itself)
    stand for the parties of the event reported just before."""
    found = []
    for h in heads:
        if h.lower_ in ("they", "them", "their"):
            if clause is not None and h.head == clause:  # "They signed ...": who the text just named
                found += previous_subjects(frame, h) or previous_parties(prior, None)
            continue
        visitor = _visiting(frame, h, prior)
        if visitor:  # "The visiting prime minister will also meet X": the guest of the visit reported before
            found += visitor
            continue
        listed = following_list(frame, h)
        if listed:
            found += listed
            continue
        if h.lower_ == "whom":  # "X, with whom he will have a meeting"
            found += [e for e in [frame.named_before(h.head if h.dep_ == "pobj" else h, AGENTS)] if e]
            continue
        target = h if plural_anaphor(h) else next(  # "the leaders of the two countries"
            (o for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for o in objects(c) if plural_anaphor(o)), None)
        if target is not None:
            two = any(c.lower_ in ("two", "both") for c in target.children) or target.lower_ in ("both", "pair")
            parties = previous_parties(prior, 2 if two else None, None if two else target.lemma_.lower())
            if two:  # "the two Presidents": the latest pair who both hold that office, when a pair does; "the two
                pairs = [ev for ev in reversed(prior) if len(ev.participants) == 2]  # leaders": two people
                people = [] if target.lower_ in STATE_NOUNS else next(
                    ([p.entity for p in ev.participants] for ev in pairs
                     if all(p.entity.kind == "person" for p in ev.participants)), [])
                parties = _holders_in(pairs, target.lemma_.lower()) or people or parties
            # "X spoke with Y on Tuesday, and the two leaders met ...": the event of the same sentence comes first
            same_sentence = bool(prior) and prior[-1].span.sentence_start == frame.sent(target).start_char
            listed = coordinated_before(frame, target, people=target.lower_ not in STATE_NOUNS)
            office = target.lemma_.lower()
            holders = [e for e in listed if office in (e.title or "").lower()]
            if two and holders:  # "the two Presidents": not "President A and his delegation, including B"
                listed = holders if len(holders) >= 2 else []
            # "These Ambassadors" after "A, B of X, C of Y, D and E": more than the "D and E" parsed
            named = people_just_named(frame, target)  # ("X told Y ... The two leaders met": the two it names)
            if two:  # (or the two sentences before name them apart)
                named = next((n for n in (named, people_just_named(frame, target, 2)) if len(n) == 2), [])
            listed = named if set(listed) < set(named) and not parties else listed
            found += (parties if same_sentence and parties else None) or listed or parties or named
        else:
            if clause is not None and h.dep_ == "nsubj":
                found += listed_before(frame, h) or counterpart_before(frame, h)
            found += office_holders(frame, h, _past_the_inviter(frame, h) or _not_posted_to(frame, h))
    return found


ENVOY_NOUNS = frozenset({"envoy", "ambassador", "diplomat", "ambassador-designate"})


def envoys(tok) -> bool:
    """`tok` is a word for envoys ("ambassadors", "the five Ambassadors" tagged as a name)."""
    return tok.lemma_.lower() in ENVOY_NOUNS or tok.lower_.removesuffix("s") in ENVOY_NOUNS


def not_postings(prep, objs: list) -> list:
    """Not the land of "from five new ambassadors to South Sudan" (the parser hangs "to" on "from")."""
    if not any(envoys(o) for o in objs):
        return objs
    posts = {t.i for p in prep.children if p.dep_ == "prep" and p.lower_ == "to" for t in p.subtree}
    return [o for o in objs if o.i not in posts or o.ent_type_ == "PERSON"]  # (but "to Sudan, Tom Perriello")


def _not_posted_to(frame: Frame, head) -> list[Entity]:
    """The entities of the phrase; for envoys, not the land they are posted to ("credentials from five new
    ambassadors to South Sudan")."""
    entities = frame.entities(head)
    if not envoys(head):
        return entities
    # (the lands only: "the U.S. Special Envoy to Sudan, Tom Perriello" names the envoy there)
    posts = {e for p in head.children if p.dep_ == "prep" and p.lower_ == "to" for t in p.subtree
             for e in [frame.entity(t, ("place", "country"))] if e is not None}
    return [e for e in entities if e not in posts]


def _past_the_inviter(frame: Frame, subject) -> list[Entity]:
    """"Following an invitation extended by the Chairman, Admiral X, the Chief of Staff, General Y, will pay a
    visit": the parser makes the inviter X the subject and sets Y beside him; the subject is Y."""
    i = subject.left_edge.i - 1
    if subject.dep_ != "nsubj" or i < 1 or subject.doc[i].text != "," or frame.entity(subject, ("person",)) is None:
        return []
    fronted = next((a for a in subject.doc[i - 1].ancestors if a.dep_ == "prep" and a.head == subject.head), None)
    if fronted is None or not any(t.lemma_.lower() in ("invitation", "invite") for t in fronted.subtree):
        return []
    inviter = frame.entity(subject, ("person",))
    return [e for c in subject.children if c.dep_ == "appos" and c.i > subject.i
            for e in [frame.entity(c, ("person",))] if e is not None and e != inviter]


def _visiting(frame: Frame, tok, prior) -> list[Entity]:
    """"the visiting prime minister", "the visiting dignitary", "the guest", "his high-profile guest", "the
    delegates": the guests of the latest visit reported (but "visiting Secretary of State X" is X)."""
    visiting = (tok.pos_ == "NOUN" or tok.is_title) and any(c.dep_ == "amod" and c.lower_ == "visiting"
                                                            for c in tok.children)
    guest = (tok.tag_ == "NN" and tok.lower_ in ("guest", "visitor") or tok.lower_ in ("guests", "delegates")) \
        and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her", "their") for c in tok.children)
    if frame.mention(tok) is not None or not (visiting or guest):
        return []
    visit = next((ev for ev in reversed(prior) if ev.type == "Visit"), None)
    return [p.entity for p in visit.participants if p.role == "Guest" and p.entity.kind == "person"] if visit else []


def listed_before(frame: Frame, head) -> list[Entity]:
    """"Rubio, Foreign Minister Motegi, and Foreign Minister Cho signed": the people listed before the
    last subject of a list the parser attached elsewhere (to a place just before, say); people only."""
    i = head.left_edge.i - 1
    if i < 1 or head.doc[i].lower_ != "and" or any(c.dep_ == "conj" for c in head.children):
        return []
    return people_listed_back(frame, i - 1 - (head.doc[i - 1].text == ","))


def counterpart_before(frame: Frame, head) -> list[Entity]:
    """"Minister of X, A and his German counterpart, B held a press conference": the parser makes B alone the
    subject and hangs "Minister ..., A and his counterpart" elsewhere; A is a subject too."""
    doc, i = head.doc, head.left_edge.i - 1
    if i < 1 or doc[i].text != "," or doc[i - 1].lemma_.lower() not in ("counterpart", "colleague"):
        return []
    node = doc[i - 1]
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head
    return [e for e in _people_named(frame, doc[node.left_edge.i:i - 1]) if e.kind == "person"]


def opening_person(frame: Frame, tok, besides=frozenset()) -> list[Entity]:
    """The person a sentence opens with (but `besides`), for its root `tok` the parser left without a
    subject: "President of the Republic, X, held on Monday at Y, talks with Z"."""
    if tok.dep_ != "ROOT":
        return []
    return [e for e in _people_named(frame, tok.doc[frame.sent(tok).start:tok.i]) if e not in besides][:1]


def lede_actors(frame: Frame, tok) -> list[Entity]:
    """"Senators A and B completed a day of visits in Iraq today ... what the delegation did: • Met with General C":
    a paragraph (or bullet) that opens with a verb in the past and no subject tells what the lede's people did."""
    if tok.tag_ not in ("VBD", "VBN") or not opens_line(frame.text, tok.idx) or not frame.sents:
        return []
    return [e for h in frame.subjects(frame.sents[0].root) for e in frame.entities(h, ("person",))]


def subject_left(frame: Frame, tok) -> list[Entity]:
    """A verb the parser left without a subject: the person named right before it ("On February 17-18,
    Minister X visited", X parsed into the date), or before its day ("Newly appointed Ambassador X on
    Thursday called on Y", "appointed" read as the main verb), or the person whose phrase and apposition end right
    before it ("visit to the USA, Federal Councillor X, head of the Department, met Y", X parsed as a
    conjunct of "USA"; "At the invitation of X, Premier Y of Z paid a visit", Y parsed in apposition to X)."""
    first = tok.i  # the verb's first word: "will pay", "has not met"
    while first > frame.sent(tok).start and tok.doc[first - 1].dep_ in ("aux", "auxpass", "neg") \
            and tok.doc[first - 1].head == tok and tok.doc[first - 1].lower_ != "to":  # (not "called on X to sign")
        first -= 1
    j = first - 1
    while j > frame.sent(tok).start and tok.doc[j].is_punct:
        j -= 1
    t = tok.doc[j]
    if j == first - 1 and frame.entity(t, ("person",)) is not None:
        return [frame.entity(t, ("person",))]
    day = tok.doc[j].head if tok.doc[j].dep_ == "pobj" and tok.doc[j].ent_type_ == "DATE" else None
    if day is not None and day.i == tok.doc[j].left_edge.i - 1 and day.i > 0 \
            and frame.entity(tok.doc[day.i - 1], ("person",)) is not None:  # "X on Thursday called on Y"
        return [frame.entity(tok.doc[day.i - 1], ("person",))]
    if t.dep_ == "appos" and is_title_token(t.head) and frame.entity(t, ("person",)) is not None:
        return [frame.entity(t, ("person",))]  # "as the President of X, Y, paid a call" ("as" read as a preposition)
    if t.dep_ == "conj" and frame.entity(t, ("person",)) is None and frame.entity(t.head, ("person",)) is not None:
        t = t.head  # "After X, the Prime Minister, Hon Y and his delegation travelled to Z": Y
    apposed = None  # the last person set beside another person
    while t.dep_ in ("pobj", "prep", "appos", "compound") and t.head.i < tok.i and t.head != t:
        if t.dep_ == "appos" and apposed is None and _person_at(frame, t.head) is not None:
            apposed = _person_at(frame, t)
            apposed = apposed if apposed != _person_at(frame, t.head) else None
        t = t.head
    e = frame.entity(t, ("person",))
    if e is not None and t.dep_ == "conj":
        return [e]
    return [apposed] if apposed is not None else _relative_before(frame, tok.doc[j])


def _relative_before(frame: Frame, last) -> list[Entity]:
    """"X, who arrived in Kathmandu on a trip, called on Y" (the verb read as the trip's): X, whose relative
    clause ends at `last`, right before the verb."""
    rel = next((a for a in last.ancestors if a.dep_ == "relcl"), None)
    if rel is None or rel.right_edge.i < last.i or not any(c.lower_ in ("who", "which") for c in rel.children):
        return []
    e = frame.entity(rel.head, ("person",))
    return [e] if e is not None else []


def _person_at(frame: Frame, tok) -> Entity | None:
    """The person `tok` names, or the one in apposition to it ("His Excellency, Dr. X")."""
    return frame.entity(tok, ("person",)) or next(
        (e for c in tok.children if c.dep_ == "appos" for e in [frame.entity(c, ("person",))] if e), None)


def joined_before(frame: Frame, subject) -> list[Entity]:
    """"A and Andean Community (CAN) General Secretary B met": the people before an "and" that opens
    the sentence's subject, which the parser cut off from it (nothing but names and titles between)."""
    doc, sent = subject.doc, frame.sent(subject)
    span = doc[sent.start:subject.left_edge.i]
    if not any(t.lower_ == "and" for t in span) or any(
            t.text == "," or t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "amod", "compound") for t in span):
        return []  # not "During talks with A and B, C met"
    return _people_named(frame, span)


def people_listed_back(frame: Frame, i: int) -> list[Entity]:
    """The people of a list ending at token i whose items the parser made conjuncts of something else
    ("in Lisbon, Portugal, Minister A, Minister B, and Minister C signed"), in text order."""
    doc, found = frame.doc, []
    while i >= 0:
        people = [e for e in frame.entities(doc[i]) if e.kind == "person" and e not in found]
        if not people or doc[i].dep_ != "conj":
            break
        found = people + found
        i = doc[i].left_edge.i - 1
        if i >= 0 and doc[i].lower_ == "and":
            i -= 1
            if i >= 0 and doc[i].text != ",":
                continue  # "in Brussels, A and B are expected to meet"
        if i < 1 or doc[i].text != ",":
            break
        i -= 1
    return found


def coordinated_before(frame: Frame, tok, people: bool = False) -> list[Entity]:
    """"Turkey and Greece had poor relations, but the leaders of the two countries spoke ...": the
    latest coordination of two or more parties before the anaphor, in its sentence or the one before;
    with `people`, one that names a person ("both" after "a defender of the UK and Australia" are not
    the two countries)."""
    n = frame.sents.index(frame.sent(tok))
    start = frame.sents[max(0, n - 1)].start
    for t in reversed(tok.doc[start:tok.i]):
        if frame.entity(t) is not None and any(c.dep_ == "conj" for c in t.children) and t.dep_ != "conj":
            found = frame.entities(t)
            if len(found) >= 2 and (not people or any(e.kind == "person" for e in found)):
                return found
    return []


def people_just_named(frame: Frame, tok, back: int = 1) -> list[Entity]:
    """"Received were five new Ambassadors: A of X, B of Y, ... These Ambassadors presented ...": the people
    the sentence before names (or the `back` sentences before), when they name two or more and no event was
    reported of them."""
    n = frame.sents.index(frame.sent(tok))
    found = list(dict.fromkeys(e for s in frame.sents[max(0, n - back):n] for e in _people_named(frame, s)))
    return found if len(found) >= 2 else []


def previous_subjects(frame: Frame, tok) -> list[Entity]:
    """The coordinated subject of the sentence before ("Brazil and South Korea discussed ... They
    signed ..."), when it names two or more."""
    n = frame.sents.index(frame.sent(tok))
    if n == 0:
        return []
    root = frame.sents[n - 1].root
    # (a root noun: "The visiting delegation called on Y" parsed without its verb)
    heads = frame.subjects(root) or ([root] if root.pos_ == "NOUN" else [])
    found = [e for h in heads for e in frame.entities(h)]
    # "X met Y. They signed ...": not X alone; but "The delegation called on Y. They were received by Z": its leader
    return found if len(found) >= 2 or a_delegation(heads) else []


def a_delegation(heads) -> bool:
    """The subject phrases name one delegation ("The visiting delegation"), no person."""
    return bool(heads) and all(h.lemma_.lower() in cues()["delegation_nouns"] for h in heads)


def plural_anaphor(tok) -> bool:
    """"the two sides", "both leaders", "the pair", and a definite plural of people named before
    ("the foreign ministers agreed ...", "signed by the energy ministers")."""
    if tok.lower_ in ("they", "them", "their"):
        return True
    if tok.lower_ == "counterparts" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children) \
            and not any(c.dep_ == "prep" for c in tok.children):
        return True  # "will also hold bilateral meetings with his counterparts": those named before
    if tok.lemma_.lower() + "s" in cues()["plural_anaphors"] or tok.lower_ in cues()["plural_anaphors"]:
        if any(c.lower_ in ("two", "both") for c in tok.children) or (
                tok.lower_ == "pair" and any(c.lower_ == "the" for c in tok.children)) or (
                tok.lower_ == "sides" and [c.lower_ for c in tok.children] == ["the"]):
            return True  # (and "The sides discussed ...", not "the sides of the conflict")
    plural = tok.tag_ in ("NNS", "NNPS") or tok.tag_ == "NNP" and tok.lower_.endswith("s")  # "the Foreign Ministers"
    if plural and tok.lower_ in cues()["group_nouns"] and any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children) \
            and not any(c.lower_ == "following" for c in tok.children) and not any(  # (named after it)
            t.ent_type_ and t.ent_type_ not in ("DATE", "CARDINAL", "ORDINAL") and not _phrase_only(t, tok)
            for t in tok.subtree if t != tok):
        return True  # but not "the Russian ministers", "the G20 Foreign Ministers"
    if tok.lower_ == "heads" and [c.lower_ for c in tok.children if c.dep_ != "prep"] == ["the"] and any(
            c.dep_ == "prep" and c.lower_ == "of"
            and [o.lemma_.lower() for o in objects(c)] in (["state"], ["government"])
            for c in tok.children):
        return True  # "the heads of state laid flowers"
    return tok.lower_ == "both" and tok.dep_ in ("nsubj", "nsubjpass")


def _phrase_only(t, tok) -> bool:
    """`t` is in an entity NER made of the whole phrase `tok` heads, of a kind that names nobody
    ("The Foreign Ministers" tagged LAW)."""
    return t.ent_type_ == tok.ent_type_ and t.ent_type_ not in ("ORG", "GPE", "NORP", "PERSON", "FAC", "LOC")


def previous_parties(prior, count: int | None, office: str | None = None) -> list[Entity]:
    """The parties of the latest event reported before, with `count` of them when given; for "the
    foreign ministers", the latest whose people hold that office ("Foreign Minister of Egypt")."""
    candidates = [ev for ev in reversed(prior) if len(ev.participants) >= 2
                  and (count is None or len(ev.participants) == count)]
    if office and office in cues()["group_nouns"]:
        holders = _holders_in(candidates, office)
        if holders:
            return holders
        # "the leaders": people, of the latest event with two of them or more
        people = [[p.entity for p in ev.participants if p.entity.kind == "person"] for ev in candidates]
        return next((group for group in people if len(group) >= 2), None) or one_named_side(prior)
    if candidates:
        return [p.entity for p in candidates[0].participants]
    return _separate_partners(prior, count) or one_named_side(prior)


def _holders_in(events, office: str) -> list[Entity]:
    """The parties whose titles name `office` ("Foreign Minister of Egypt"), of the first of `events` that has
    two of them or more."""
    for ev in events:
        people = [p.entity for p in ev.participants if office in (p.entity.title or "").lower()]
        if len(people) >= 2:
            return people
    return []


def _separate_partners(prior, count: int | None) -> list[Entity]:
    """"X separately met A; B; C and D. X welcomed the four leaders": the partners the events of one
    sentence do not share, when there are `count` of them."""
    if not prior or count is None:
        return []
    events = [ev for ev in prior if ev.span.sentence_start == prior[-1].span.sentence_start]
    shared = set.intersection(*({p.entity.key for p in ev.participants} for ev in events))
    partners = list(dict.fromkeys(p.entity for ev in events for p in ev.participants if p.entity.key not in shared))
    return partners if len(partners) == count else []


def one_named_side(prior) -> list[Entity]:
    """"The Prime Minister spoke to President Biden ... The leaders agreed": a readout that names its own
    side only by an office it does not resolve leaves one party on its first two-sided event; "the
    leaders" then stand for that party (the other is still unknown)."""
    first = next((ev for ev in prior if ev.type in TWO_SIDED), None)
    if first is None or len(first.participants) != 1 or first.participants[0].entity.kind != "person":
        return []
    return [first.participants[0].entity]


def verb_objects(frame: Frame, verb, prior, destination: bool, own_preps=()):
    """The partner groups and places to go of `verb`; `own_preps` are its pattern's partner prepositions
    ("called on X")."""
    groups, places = [], []
    trip = destination or verb.lemma_.lower() in ("visit", "tour")  # its objects are places to go
    if verb.dep_ == "acl" and has_agent(verb):  # "X, received by Y"; "X was the first visitor received by Y": X
        noun = verb.head  # (a person: "the dinner hosted by Y" is a gathering Y hosts)
        guests = agents(frame, frame.subjects(noun.head) if noun.dep_ == "attr" else [noun], prior)
        groups.append([e for e in guests if e.kind == "person"])
    if verb.dep_ in ("conj", "advcl", "xcomp") and has_agent(verb) and not any(c.dep_ == "nsubjpass"
                                                                                for c in verb.children):
        # "X was welcomed by A at the airport and was later hosted by B": X is B's guest too; "X arrived in Oslo
        # to be greeted by B", "X landed in Oslo and was greeted by B": X is
        subject = ("nsubjpass", "nsubj") if verb.dep_ == "conj" else ("nsubj",)
        groups += [agents(frame, [c], prior) for c in verb.head.children if c.dep_ in subject]
    for c in verb.children:
        if visiting_guest(c):  # "met visiting Secretary of State X", parsed as "met, visiting X"
            c = next((d for d in c.children if d.dep_ == "dobj"), c)
            groups.append(agents(frame, [c], prior) + people_within(frame, c))
        elif c.dep_ == "dobj" and verb.lemma_.lower() in cues()["topic_verbs"]:
            groups += partners_of(frame, c, prior)  # "discussed Ukraine with X by phone": Ukraine is the topic
        elif c.dep_ == "nsubjpass" and not has_agent(verb) and c.lemma_.lower() in DOCUMENT_HEADS:
            groups += partners_of(frame, c, prior)  # "an agreement between A and B was signed"
        elif c.dep_ == "dobj" and c.lemma_.lower() in cues()["delegation_nouns"] \
                and verb.lemma_.lower() in ("lead", "head", "bring", "take"):
            continue  # "X led a Senate delegation to Russia": X's own party, not another
        elif c.dep_ in ("dobj", "dative", "attr") or (c.dep_ == "nsubjpass" and has_agent(verb)) or misparsed_object(c):
            c = frame.relative(c) if c.lower_ == "who" else c  # "X, who was received by Y": X (not "which")
            # "received HE the Lord Mayor of X Y": the style names no one ("HE", not "he")
            # "The visiting delegation called on X. They were received by Y": those the sentence before was about
            received = previous_subjects(frame, c) if c.dep_ == "nsubjpass" and c.lower_ == "they" else []
            groups.append(received or (agents(frame, [c], prior) if c.text not in STYLE_ABBREVIATIONS else []))
            if groups[-1] and set(groups[-1]) <= {e for h in frame.subjects(verb) for e in frame.entities(h)}:
                groups[-1] = []  # "the President, X, will receive the President of the parliament, Y": not X again
            if not any(e.kind == "person" for e in groups[-1]):  # "received the Secretary-General of X, Mr. Y,"
                groups[-1] += people_within(frame, c) or _holder_named_after(frame, c) or _included_after(frame, c)
            if c.lower_ in cues()["peer_nouns"] and set(groups[-1]) <= set(possessors(frame, c)):
                groups[-1] = people_after(frame, c) or groups[-1]  # "met his peers from A and B, X and Y"
            if not any(e.kind == "person" for e in groups[-1]) and c.lower_ not in CREDENTIALS:
                # ("hosted the Prime Minister of Peru": no place; "the credentials of the ambassadors of X": nor X)
                places += [p for o in (_listed_places(c) if trip else (c,))
                           for p in frame.places(o) or (frame.country_of_body(o) if trip else [])]
                if trip:  # "will visit Fiji, Samoa and Palau": places to go, not parties (nor "Addis Ababa,
                    within = {p.contained_in for p in places}  # Ethiopia": the country the city lies in)
                    groups[-1] = [e for e in groups[-1] if e not in places and e.key not in within]
            if frame.mention(c) is None:  # "discussed the crisis with Macron"
                groups += partners_of(frame, c, prior)
        elif c.dep_ == "prep" and (c.lower_ in cues()["partner_preps"] or (
                c.lower_ == "to" and verb.lemma_.lower() in ("speak", "talk"))):
            groups += _prep_partners(frame, c, prior)
        elif c.lower_ == "face" and c.dep_ == "advcl" or c.dep_ == "prep" and c.lower_ == "to" and any(
                o.lower_ == "face" for o in objects(c)):  # "met face to face with X" (however parsed)
            groups += [g for o in ([c] if c.dep_ == "advcl" else objects(c)) for g in partners_of(frame, o, prior)]
        elif c.dep_ in ("prep", "agent") and c.lower_ in MEDIUM_PREPS:
            for prep in (p for m in objects(c) if m.lower_ in MEDIA for p in m.children
                         if p.dep_ == "prep" and p.lower_ in cues()["partner_preps"]):
                # "spoke by telephone with A, B and C" (parsed under "telephone", the list cut up)
                groups += _prep_partners(frame, prep, prior) + [people_after(frame, prep, to_preposition=True)]
        elif _partner_on_the_verb(verb, c, own_preps):
            groups.append([e for e in agents(frame, [c], prior) if e.kind == "person"])
        elif c.dep_ == "prep" and c.lower_ == "in" and any(t.lower_ == "audience" for t in c.subtree):
            # "received in audience X" (X parsed under "in"), "received in audience the Minister of Y, X"
            groups += [agents(frame, [o], prior) + (people_within(frame, o) or _holder_named_after(frame, o))
                       for o in objects(c)]
        elif c.dep_ == "prep" and c.lower_ in ("in", "at") and not destination:
            for obj in objects(c):  # "met in New York City with Guterres"
                for g in obj.children:
                    if g.dep_ == "prep" and g.lower_ in cues()["partner_preps"]:
                        for o in objects(g):
                            groups.append(agents(frame, [o], prior))
                    elif g.dep_ == "appos":  # "received at the Palace the President of X, Y", the object moved last
                        groups.append([e for e in agents(frame, [g], prior) + people_within(frame, g)
                                       if e.kind == "person"])
        elif c.dep_ == "advcl" and destination:  # "left on Monday for Venezuela to hold talks" (Venezuela its subject)
            places += [p for s in c.children if s.dep_ == "nsubj" and frame.destination_subject(c, s)
                       for p in frame.places(s)]
        elif c.dep_ == "prep" and c.lower_ in ("to", "in", "at", "into", "for") and destination:
            for obj in objects(c):
                for o in (obj, *conjuncts(obj)):  # "travel to Cambodia, the Philippines and Rwanda"
                    places += frame.places(o) or country_meant(frame, o)
                if not places and obj.lemma_.lower() in cues()["programme_nouns"]:
                    places += places_within(frame, obj)  # "leaves for a programme of meetings in Paris and London"
    if not any(groups):
        groups.append(_whose_person(frame, verb))
    return [g for g in groups if g], places


def _whose_person(frame: Frame, verb) -> list[Entity]:
    """"Haiti, whose Prime Minister X he also met that day": the object moved before the subject, which the parser
    may leave unattached."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > verb.i or subject.left_edge.i < 2:
        return []
    before = subject.left_edge.i - 1
    person = frame.entity(verb.doc[before], ("person",))
    opened = any(t.lower_ == "whose" for t in verb.doc[max(before - 6, 0):before])
    return [person] if person is not None and opened else []


def _prep_partners(frame: Frame, prep, prior) -> list[list[Entity]]:
    """The partner groups of a partner preposition: "with X", "spoke to X" (X a person, not an audience)."""
    groups = []
    for obj in not_postings(prep, objects(prep)):
        found = agents(frame, [obj], prior) + people_within(frame, obj)
        groups.append(found if prep.lower_ != "to" else [e for e in found if e.kind == "person"])
    groups += unparsed_partners(frame, prep)
    if ";" in frame.sent(prep).text[prep.idx - frame.sent(prep).start_char:]:
        groups.append(people_after(frame, prep))  # "met with A of X; B, President of Y; and C": B, C parsed elsewhere
    for conj in prep.children:  # "with the IMF, then with President Trump"
        if conj.dep_ == "conj" and conj.lower_ in cues()["partner_preps"]:
            groups += [agents(frame, [obj], prior) for obj in objects(conj)]
    return groups


def _partner_on_the_verb(verb, c, own_preps) -> bool:
    """"met with the Speaker, A, and Prime Minister B": a name the parser coordinates with the verb (no verb
    nor subject of its own) after the verb's partner phrase or object is one more partner."""
    return c.dep_ == "conj" and c.pos_ == "PROPN" and not any(
        g.dep_ in ("nsubj", "nsubjpass", "aux", "cop") for g in c.children) and any(
        o.i < c.i and (o.dep_ == "dobj" or o.dep_ == "prep" and o.lower_ in (*cues()["partner_preps"], *own_preps))
        for o in verb.children)


def _listed_places(tok) -> list:
    """`tok` and the places listed with it: "visited six countries Senegal, Guinea, Mali and Ghana" (the parser may
    set the second beside the first and hang the rest on it)."""
    return [tok, *conjuncts(tok), *(t for a in tok.children if a.dep_ == "appos" for t in (a, *conjuncts(a)))]


def conjuncts(tok) -> list:
    """The tokens coordinated with `tok` ("Kyiv and Moscow": Moscow for Kyiv)."""
    out, stack = [], [c for c in tok.children if c.dep_ == "conj"]
    while stack:
        t = stack.pop(0)
        out.append(t)
        stack += [c for c in t.children if c.dep_ == "conj"]
    return out


def listed_partners(frame: Frame, noun, triggers: set[int]) -> list[Entity]:
    """In a sentence that lists events ("meetings with A, a joint meeting with B and C, as well as a
    meeting with D, E and F") or partners of a plural one ("calls from A; B; and C"), the people after
    the event's "with" (a call's "from"), up to the next event or verb, read in text order: the parser
    seldom gets such lists right, and may cut them into verbless sentences at semicolons."""
    preps = ("with", "from") if noun.lower_ in cues()["call_nouns"] else ("with",)
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps), None)
    if prep is None:
        return []
    doc, sent = noun.doc, frame.sent(noun)
    later = [i for i in triggers if prep.i < i < sent.end]
    earlier = [i for i in triggers if sent.start <= i < noun.i and doc[i].pos_ in ("NOUN", "PROPN")]
    if not (later or earlier or noun.tag_ == "NNS"):
        return []
    end = min(later) if later else sent.end
    while not later and end < len(doc) and frame.sent(doc[end]).root.pos_ not in ("VERB", "AUX"):
        end = frame.sent(doc[end]).end  # "...; H.E. Mr. B, President of Zimbabwe; and C": a verbless fragment
    segment = next((doc[prep.i + 1:t.i] for t in doc[prep.i + 1:end]
                    if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("prep", "amod", "compound")),  # "including"
                   doc[prep.i + 1:end])
    return _people_named(frame, segment)


def listed_after(frame: Frame, verb) -> list[Entity]:
    """"met separately with the following leaders:" or "spoke with:" and the people on the lines after it,
    one per line ("The Honorable A, Minister of ...;"), each perhaps with a line of its own that describes
    it ("His Excellency A" / "Ambassador of the Republic of Slovenia"), up to a line that names nobody or
    says something; or "received in audience:" and the first person of each bulleted paragraph after it
    ("- His Excellency Mr. A, President of X;"), skipping bullets that name nobody ("- A delegation from
    the diocese")."""
    sent = frame.sent(verb)
    if not sent.text.rstrip().endswith(":"):
        return []
    if bulleted_after(frame, verb):
        return list(dict.fromkeys(people[0] for people in _bullets(frame, sent.end_char) if people))
    last = [t for t in sent if not (t.is_punct or t.is_space)][-1:]
    if not any(t.lower_ == "following" for t in verb.subtree) and not (
            last and last[0].lower_ in cues()["partner_preps"] and last[0].head == verb):
        return []
    found, described, offset = [], False, sent.end_char
    for line in re.split(r"(\n\s*\n)", frame.text[sent.end_char:]):  # (lines, not sentences: "H.E." ends one)
        start, offset = offset, offset + len(line)
        if not line.strip():
            continue
        people = [m.entity for m in frame.mentions if start <= m.span.start < offset and m.entity.kind == "person"]
        says = any(s.root.pos_ == "VERB" for s in frame.sents if start <= s.start_char < offset)
        if says or not (people or found and not described):
            break
        described = not people
        found += people[:1]
    return list(dict.fromkeys(found))


def following_list(frame: Frame, head) -> list[Entity]:
    """"The following new heads of mission presented their credentials:", "The following Ambassadors attended the
    dinner:": the people listed on the lines after it are the phrase `head` heads."""
    return listed_after(frame, head) if any(c.lower_ == "following" for c in head.children) else []


NEXT_CHARACTER = re.compile(r"\s*(\S)")


def bulleted_after(frame: Frame, tok) -> bool:
    """`tok`'s sentence ends with a colon and a bulleted paragraph follows it."""
    sent = frame.sent(tok)
    return sent.text.rstrip().endswith(":") and (m := NEXT_CHARACTER.match(frame.text, sent.end_char)) is not None \
        and m.group(1) in BULLETS


def _bullets(frame: Frame, start: int) -> list[list[Entity]]:
    """The people named in each bulleted paragraph from offset `start`, up to the first that is no bullet."""
    found, offset = [], start
    for para in re.split(r"(\n\s*\n)", frame.text[start:]):
        if para.strip() and para.lstrip()[:1] not in BULLETS:
            break
        if para.strip():
            found.append([m.entity for m in frame.mentions if offset <= m.span.start < offset + len(para)
                          and m.entity.kind == "person"])
        offset += len(para)
    return found


def partners_of(frame: Frame, tok, prior) -> list[list[Entity]]:
    """The parties of each partner phrase ("with X", "between A and B") under `tok`: "an exchange of views
    [with X]", "her first meeting as chancellor [with X]", "discussed the crisis [with X]", "signed a memorandum
    of understanding [with X]" (hung on "understanding"), "the Memorandum on Cooperation [between A and B]"."""
    heads = [tok, *(o for p in tok.children if p.dep_ == "prep" and (
        p.lower_ == "of" and tok.lemma_.lower() in ("memorandum", "exchange", "letter")
        or p.lower_ in ("on", "about") and tok.lemma_.lower() in DOCUMENT_HEADS) for o in objects(p)),
             *(o for v in tok.children if v.dep_ == "acl" and tok.lemma_.lower() in DOCUMENT_HEADS  # "agreements to
               for o in v.children if o.dep_ == "dobj")]                       # promote cooperation [between A and B]"
    return [agents(frame, [obj], prior) + people_within(frame, obj) for h in heads for p in h.children
            if p.dep_ == "prep" and p.lower_ in cues()["partner_preps"] for obj in objects(p)]


def _chaired_after(frame: Frame, verb, prior) -> list[list[Entity]]:
    """"Consultations took place (were held) in Kyiv, co-chaired by A and B": those by whom a participle after the
    verb says the event was led, wherever the parser hangs it (on the verb, or on the place named)."""
    hangers = [verb, *(o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "at") for o in objects(p))]
    return [list(dict.fromkeys(agents(frame, [o], prior) + people_after(frame, a)))
            for h in hangers for v in h.children if v.dep_ in ("acl", "advcl")
            and v.lemma_.lower() in cues()["participation_verbs"] and v.i > verb.i
            for a in v.children if a.dep_ == "agent" for o in objects(a)]


def people_after(frame: Frame, tok, to_preposition: bool = False) -> list[Entity]:
    """The people named after `tok` up to the end of its sentence or the next verb (or, `to_preposition`, the next
    preposition but the "of" of titles), in text order: "led by Foreign Secretary A and U.S. Under Secretary of
    State B" ("Under" parsed as a preposition)."""
    doc, end = tok.doc, frame.sent(tok).end
    stop = next((t.i for t in doc[tok.i + 1:end] if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")
                 or to_preposition and t.pos_ == "ADP" and t.lower_ != "of"), end)
    return _people_named(frame, doc[tok.i + 1:stop])


def unparsed_partners(frame: Frame, prep) -> list[list[Entity]]:
    """The people after a partner preposition the parser left without an object: in "held a call today
    with Vice Prime Minister/Minister of Foreign Affairs of Georgia, X, the Ministry said" the title
    became the subject of "said"; or after "between" whose objects name no one ("a meeting was held between
    the Permanent Representative of X to the UN Office in Geneva Y and ... Z": the names hang elsewhere)."""
    unnamed = prep.lower_ == "between" and not any(frame.entity(t, ("person",))
                                                   for o in objects(prep) for t in o.subtree)
    return [people_after(frame, prep)] if not objects(prep) or unnamed else []


def _people_named(frame: Frame, span) -> list[Entity]:
    """The people `span` names, in text order: names only, not "the Trump Administration", nor a title
    read as whoever held it before ("the Secretary of State for Northern Ireland, Hilary Benn": Benn)."""
    found = [m.entity for t in span for m in [frame.mention(t)] if m is not None and m.entity.kind == "person"
             and m.text.split() and m.text.split()[0].lower() not in ("the", "a", "an", *TITLE_WORDS)
             and not leads_body(t)]
    return list(dict.fromkeys(found))


def people_within(frame: Frame, tok) -> list[Entity]:
    """People named anywhere in a partner phrase outside its clauses: long lists of partners with
    their titles ("Chairman of the Commission on External Relations Le Hoai Trung") often parse
    into prepositional chains; and a name set off by commas right after it ("with the President of
    Brazil, Luiz Inacio Lula da Silva, at ...") is its apposition, however it was parsed."""
    out, stack = [], [tok]
    doc, end = tok.doc, tok.right_edge.i
    end -= doc[end].text == "," and end > tok.i  # (the parser may hang the comma on the phrase)
    # past the bracket, "the Organisation (OPCW), H.E. Mr X,", and the name's words the parser hung elsewhere: "the
    # Secretary General of the Council [for the Arab States of the Gulf (GCC)], X,"
    while end + 1 < len(doc) and end - tok.right_edge.i < 12 and (
            doc[end + 1].lower_ in ("of", "for", "the", "and") or doc[end + 1].is_title
            or doc[end + 1].text in ("(", ")") or doc[end + 1].is_upper) \
            and not (frame.entity(doc[end + 1], ("person",)) or doc[end + 1].ent_type_ == "DATE"):
        end += 1
    k = end + 2  # ", Mr. Hissein Brahim Taha,", ", Ambassador Cui Jianchun,": the name after its honorifics
    while k + 1 < len(doc) and (doc[k].lower_ in HONORIFICS or doc[k].lower_ in TITLE_WORDS and doc[k].is_title):
        k += 1
    if k < len(doc) and doc[end + 1].text == ",":
        m = frame.mention(doc[k])
        if m is not None and m.entity.kind == "person" and m.span.start == doc[k].idx:
            after = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if after is not None and (after.end >= len(doc) or doc[after.end].text in (",", ".", ";")):
                out.append(m.entity)
    out += [e for e in _title_runs_on(frame, tok) if e not in out]
    while stack:
        t = stack.pop()
        e = frame.entity(t, ("person",))
        if e is not None and e not in out and not leads_body(t):
            out.append(e)  # but "the Trump Administration" is not Trump
        stack += [c for c in t.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp", "parataxis")
                  and not (c.dep_ == "prep" and t.lemma_.lower() in KIN_NOUNS)  # "the widow of X": not X
                  and not (c.lower_ == "to" and t.lemma_.lower() in AIDE_NOUNS)  # "an adviser to President X"
                  and not (c.dep_ == "appos" and c.pos_ == "NOUN" and e is not None)]  # "X, a critic of Y": not Y
    return out


AIDE_NOUNS = frozenset({"adviser", "advisor", "aide", "assistant", "counsellor", "counselor"})  # not whom they serve


def _included_after(frame: Frame, group) -> list[Entity]:
    """"will meet leaders from the region including Prime Minister X" (the parser hangs "from" on the verb, and
    "including" on the region): the people a group of several is said to include."""
    after = group.doc[group.i + 1] if group.i + 1 < len(group.doc) else None
    if group.tag_ != "NNS" or after is None or after.dep_ != "prep" or after.lower_ != "from":
        return []
    return [e for inc in after.subtree if inc.dep_ == "prep" and inc.lower_ == "including"
            for e in people_within(frame, inc)]


def _holder_named_after(frame: Frame, title) -> list[Entity]:
    """"received the Ambassador of China to Nigeria, Ambassador Cui Jianchun, on Tuesday" ("to Nigeria" hung
    on the verb): the person named a few words after an office, before any verb, "and" or partner (but "the
    Minister in charge of Relations with the Commonwealth, X": a "with" inside the office's phrases)."""
    if title.lower_ not in TITLE_WORDS and title.text not in STYLE_ABBREVIATIONS and not any(
            c.dep_ == "compound" and c.lower_ in TITLE_WORDS for c in title.children):  # ("Minister Delegate")
        return []
    doc, aside = title.doc, 0
    for t in doc[title.right_edge.i + 1:min(frame.sent(title).end, title.right_edge.i + 20)]:
        aside += (t.text == "(") - (t.text == ")")
        if aside > 0 or t.text == ")":
            continue  # "the President of the Norwegian parliament (the so called 'Stortinget'), X"
        m = frame.mention(t)
        if m is not None and m.entity.kind == "person":
            return [m.entity]
        if t.pos_ in ("VERB", "AUX") or t.lower_ in ("and", "or") or t.lower_ in cues()["partner_preps"] and (
                t.head == title.head or t.head.pos_ in ("VERB", "AUX")):
            return []
    return []


def _title_runs_on(frame: Frame, tok) -> list[Entity]:
    """"with Charge d'Affaires of the Republic of Uzbekistan in China Batyr Tursunov": the parser may end
    the phrase inside the title ("... Uzbekistan"); the person the title runs on to, a few words on."""
    doc, edge = tok.doc, tok.right_edge.i
    for k in range(edge + 1, min(len(doc), edge + 4)):
        m = frame.mention(doc[k])
        if m is not None and m.entity.kind == "person" and m.span.start == doc[k].idx:
            title = title_before(doc, k)
            return [m.entity] if title is not None and title[1] <= edge else []
        if doc[k].is_punct:
            break
    return []


def second_party(frame: Frame, tok) -> list[Entity]:
    """"a meeting between Giuliani, claiming to represent the State Department, and Andriy Yermak":
    when "between" parsed with one party, the party after the next "and" of the sentence."""
    sent = frame.sent(tok)
    for t in tok.doc[tok.right_edge.i + 1:min(sent.end, tok.i + 25)]:
        if t.lower_ == "and" and t.i + 1 < sent.end:
            m = frame.mention(t.nbor())
            if m is not None and m.entity.kind in ("person", "organization", "country"):
                return [m.entity]
            return []
    return []


def name_parts(frame: Frame, tok) -> list[Entity]:
    """The parties a hyphenated name modifier joins: "U.S.-ASEAN Special Summit", "Xi-Putin talks"
    (each part as the article names it elsewhere, or a country)."""
    if "-" not in tok.text.strip("-") or frame.mention(tok) is not None or tok.pos_ != "PROPN":
        return []
    found = []
    for part in tok.text.split("-"):
        e = frame.named_elsewhere(part) or (frame.resolver.place(part) if frame.resolver is not None else None)
        if e is not None and e.kind in ("person", "organization", "country"):
            found.append(e)
    return found


def _hyphened_before(frame: Frame, tok) -> list[Entity]:
    """"the Putin-Biden summit", tokenized "Putin - Biden": the person before the hyphen, which the parser
    hangs on the one after it (not a country: "the EU-UK summit" is no summit of the EU and the UK alone)."""
    doc = tok.doc
    return [m.entity for c in tok.children if c.dep_ == "compound" and c.i + 2 == tok.i and doc[c.i + 1].text == "-"
            for m in [frame.mention(c)] if m is not None and m.entity.kind == "person"]


def counterpart_named(tok, governor) -> bool:
    """The text names a counterpart, even one that is no entity ("met with senior officials")."""
    heads = [tok] + ([governor] if governor is not None and tok.dep_ == "dobj" and tok.head == governor else [])
    for head in heads:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "between", "among"):
                return True
    return False


def unnamed_office(clause, frame: Frame) -> bool:
    """A party of `clause` is an office the text does not name the holder of: "The Prime Minister
    spoke to X", "The President and Chancellor X spoke by phone", "X spoke with the President" in a
    government's own readout. That holder is a party."""
    from newsgraph.ingest.knowledge import fold
    from newsgraph.ingest.titles import roles
    if clause is None:
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    partners = [o for p in clause.children if p.dep_ == "prep" and p.lower_ in ("with", "to") for o in objects(p)]
    for c in subjects + [x for s in subjects for x in s.conjuncts] + partners:
        if not c.ent_type_ and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) \
                and frame.mention(c) is None and frame.described(c) is None:
            words = [t.text for t in c.subtree if t.dep_ != "det" and t.i <= c.i]
            if fold(" ".join(words)) in roles():
                return True
    return False


# what "the leaders of X and Y" hold for each country: offices the titles of the people named say
LEADER_OFFICES = ("president", "prime minister", "leader", "chancellor", "premier", "king", "queen", "emir")


def office_holders(frame: Frame, head, found: list[Entity]) -> list[Entity]:
    """"The leaders of the United States and North Korea met", "Foreign Ministers of Poland and Ukraine
    met", "the Presidents of the Commission and the ECB": for each country or organisation, the person
    in that office (Frame.holder), when one is known."""
    lemma = head.lower_.removesuffix("s")
    if not (head.tag_.startswith("NN") and head.lower_.endswith("s")) or lemma not in ("leader", "minister", "president", "premier", "secretarie"):
        return found
    lemma = "secretary" if lemma == "secretarie" else lemma
    qualifier = " ".join(t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod"))
    offices = LEADER_OFFICES if lemma == "leader" else (
        (f"{qualifier} minister", f"{qualifier} secretary") if qualifier else (lemma,))
    swapped = []
    for e in found:
        person = next((p for o in offices if e.kind in ("country", "organization")
                       for p in [frame.holder(o, e)] if p), None)
        swapped.append(person or e)
    return list(dict.fromkeys(swapped))


def misparsed_object(tok) -> bool:
    """An apposition of a verb that has no object: its object, which words between the two hid from the parser
    ("received at his office here today [the Secretary General of X]"); or an object predicate right after
    a preposition left empty ("call on [Prime Minister X]"), or a proper noun right after the verb, or a
    person's name or title anywhere after it, read as an adverb ("received this evening [President X]", "received,
    individually, [the Ambassador] of X, Y,"), or run into the
    day before it ("received at the palace [on Sunday Foreign Minister X]", "received in audience [on Thursday, June
    24, the envoy of Y, Ambassador X]")."""
    verb = tok.head
    if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return False
    return tok.dep_ == "appos" or tok.dep_ == "oprd" and any(
        c.dep_ == "prep" and c.n_rights == 0 and c.i == tok.left_edge.i - 1 for c in verb.children) \
        or tok.dep_ == "advmod" and tok.pos_ == "PROPN" and tok.i == verb.i + 1 \
        or tok.dep_ == "npadvmod" and (tok.ent_type_ == "PERSON" or tok.i > verb.i and tok.lower_ in TITLE_WORDS) \
        or tok.dep_ == "prep" and tok.lower_ == "on" and any(
            o.ent_type_ == "PERSON" and any(t.ent_type_ == "DATE" and t.i < o.i for t in o.subtree)
            or o.ent_type_ == "DATE" and any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in o.children)
            for o in tok.children)


def visiting_guest(tok) -> bool:
    """"met visiting X" parsed as a clause "visiting X": "visiting" right after a verb that has no object."""
    verb = tok.head
    return tok.lower_ == "visiting" and tok.dep_ in ("advcl", "xcomp", "ccomp") and tok.i == verb.i + 1 \
        and verb.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in verb.children)


def has_agent(verb) -> bool:
    return bool(passive_agents(verb))


def _people_first(found: list[Entity]) -> list[Entity]:
    """The people of a phrase that names some ("Ghana's Foreign Minister X": X), else all it names."""
    return list(dict.fromkeys([e for e in found if e.kind == "person"] or found))


def _named_for_its_place(frame: Frame, noun, country) -> bool:
    """"The Malta Summit", "the Iceland Summit": a summit named for the one country it is held in (not the
    "Russia-Africa Summit" of two parties, nor the "ASEAN Summit" of a body); "an Iraq visit": where it goes."""
    doc = noun.doc
    paired = any(0 <= i < len(doc) and doc[i].text in ("-", "–", "/") for i in (country.i - 1, country.i + 1))
    return (named(noun) and noun.lemma_.lower() == "summit" or noun.lemma_.lower() in TRIP_NOUNS) \
        and not paired and not any(c != country and c.dep_ in ("compound", "nmod") and frame.mention(c)
                                   for c in noun.children)


def _gathering_verb(verb) -> bool:
    """"brought together", "gathered", "assembled", "involved": an event that has its parties as objects."""
    lemma = verb.lemma_.lower()
    return lemma in ("gather", "assemble", "involve") or lemma in ("bring", "draw") and any(
        c.lower_ == "together" for c in verb.children)


def _spoken_to_at(frame: Frame, noun, governor, prior) -> list[list[Entity]]:
    """"..., said X to Y at a meeting in Beijing", "X told Y at a meeting": Y, spoken to there, met X."""
    if governor is None or governor.lemma_.lower() not in ("say", "tell") or noun.dep_ != "pobj" \
            or noun.head.lower_ != "at" or noun.head.head != governor:
        return []
    spoken_to = [o for h in (governor, *frame.subjects(governor))  # (the parser may hang "to Y" on the speaker)
                 for c in h.children if c.dep_ == "prep" and c.lower_ == "to" for o in objects(c)] \
        + [c for c in governor.children if c.dep_ == "dobj" and governor.lemma_.lower() == "tell"]
    return [agents(frame, [o], prior) for o in spoken_to]


def noun_arguments(frame: Frame, noun, governor, prior, of_agents: bool = True):
    """(subjects, partner groups, places, hosts) of an event noun."""
    subjects, groups, places, hosts = [], [], [], []
    of_partners = of_agents and noun.lemma_.lower() != "discussion"  # "discussion of the Ukraine conflict": a topic
    for c in noun.children:
        if c.dep_ == "poss":
            owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
            person = frame.entity(owner, ("person",)) if owner is not None else None
            country = frame.entity(c, ("country",))
            # "King Abdullah of Jordan's visit", parsed as "King Abdullah of [Jordan's visit]": the King's
            subjects += [person] if person is not None and country is not None else \
                _thanked_for(frame, c, noun, prior) or _visitor_before(frame, c, noun, prior) \
                or agents(frame, [c], prior) or _their(c, prior)
        elif c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in cues()["host_verbs"]:
            hosts += [e for t in c.subtree if t != c for e in [frame.entity(t)] if e]  # "Uzbekistan-hosted"
        elif c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() == "hold":
            places += [e for t in c.children for e in frame.places(t)]  # "the Abu Dhabi-held forum"
        elif c.dep_ in ("compound", "nmod", "amod") and name_parts(frame, c):
            subjects += name_parts(frame, c)  # "the U.S.-ASEAN Special Summit"
        elif c.dep_ in ("compound", "nmod", "amod") and c.pos_ in ("PROPN", "NOUN", "ADJ"):
            m = frame.mention(c)
            if m and m.entity.kind == "country" and _named_for_its_place(frame, noun, c):
                places.append(m.entity)
            elif m and m.entity.kind in AGENTS and not (c.pos_ == "ADJ" and m.entity.kind == "country"):
                subjects += [*_hyphened_before(frame, c), m.entity]
            elif m and m.entity.kind == "place":
                places.append(m.entity)
            elif m is None and c.pos_ == "PROPN":  # "the Tashkent Conference", named elsewhere
                e = frame.named_elsewhere(c.text)
                if e is not None and e.kind == "place":
                    places.append(e)
        elif c.dep_ == "prep" and (c.lower_ == "by" or c.lower_ in ("of", "from")
                                   and noun.lemma_.lower() in TRIP_NOUNS):
            # "a visit by X", "the visit of X to Y", "a visit from X": X makes it; but "a tour of the U.K." goes there
            found = [e for obj in objects(c) for e in agents(frame, [obj], prior)]
            lands = [e for e in found if e.kind in ("country", "place")] if c.lower_ == "of" else []
            places += [e for obj in objects(c) for o in (obj, *conjuncts(obj)) for e in frame.places(o)] if lands else []
            subjects += [e for e in found if e not in lands]
        elif c.dep_ == "prep" and c.lower_ == "of" and noun.lower_ in ("signing", "signature"):
            # "the signing of the relationship by A and B": the parser hangs "by" on what was signed
            subjects += [e for obj in objects(c) for b in obj.children if b.dep_ == "prep" and b.lower_ == "by"
                         for o in objects(b)
                         for e in dict.fromkeys(agents(frame, [o], prior) + people_within(frame, o))]
        elif c.dep_ == "dobj" and noun.lower_.endswith("ing"):  # "Modi's meeting President Trump" (a gerund
            groups.append(agents(frame, [c], prior))              # the tagger read as a noun)
        elif c.dep_ == "prep" and c.lower_ == "of" and noun.lemma_.lower() == "exchange":
            # "an exchange of views with X": the partner hangs on "views"
            groups += [g for obj in objects(c) for g in partners_of(frame, obj, prior)]
        elif c.dep_ == "prep" and (c.lower_ in (*cues()["partner_preps"], *(("of",) if of_partners else ()))
                                   or c.lower_ == "from" and noun.lower_ in cues()["call_nouns"]):
            for obj in objects(c):
                within = people_within(frame, obj) if c.lower_ in cues()["partner_preps"] else []
                group = list(dict.fromkeys(agents(frame, [obj], prior) + within))
                if c.lower_ == "between" and len(group) == 1:
                    group += second_party(frame, obj)
                if c.lower_ == "of" and any(p.dep_ == "prep" and p.lower_ == "with" for p in noun.children):
                    subjects += group  # "the meeting of X today in Cairo with Y": X holds it with Y
                else:
                    groups.append(group)
        elif c.dep_ == "prep" and c.lower_ in TOPIC_PREPS:
            groups += _partners_in_topic(frame, c, prior)
        elif c.dep_ == "prep" and c.lower_ == "as":  # "her first meeting as chancellor with X"
            groups += [g for obj in objects(c) for g in partners_of(frame, obj, prior)]
        elif c.dep_ == "prep" and c.lower_ in ("to", "in", "at") and not _of_a_title(c, noun):
            for obj in objects(c):
                for o in (obj, *conjuncts(obj)) if c.lower_ == "to" else (obj,):
                    places += frame.places(o) or country_meant(frame, o)
                if c.lower_ != "to" and frame.places(obj):  # "the inauguration in Harare of President X": of X
                    groups += [people for g in obj.children if g.dep_ == "prep" and g.lower_ == "of"
                               for o in objects(g) for people in [frame.entities(o, ("person",))] if people]
                if c.lower_ == "to":  # "a visit to his counterpart, X": X too (not a name the parser hung on a place)
                    groups.append(list(dict.fromkeys(frame.entities(obj, ("person", "organization"))
                                                     + (people_within(frame, obj) if not frame.places(obj) else []))))
                hosts += venue_owner(frame, c)
        elif c.dep_ == "appos" and c.pos_ == "PROPN" and frame.entity(c, ("person",)):
            groups.append(frame.entities(c, ("person",)))  # "calls from A, President of X; B; and C": B and C
        elif c.dep_ == "appos" and c.pos_ == "NOUN":  # "the summit, a gathering of the leaders of A and B"
            groups += [agents(frame, [obj], prior) for g in c.children if g.dep_ == "prep" and g.lower_ == "of"
                       for obj in objects(g)]
        elif c.dep_ == "relcl" and c.lemma_.lower() in ("have", "hold") and not has_agent(c):
            # "a meeting Kombos had with X": the clause's subject holds it, and meets X
            subjects += agents(frame, [h for h in frame.subjects(c) if h != noun and h.lower_ not in ("which", "that")],
                               prior)
            groups += partners_of(frame, c, prior)
        elif c.dep_ in ("relcl", "acl") and c.lemma_.lower() in cues()["participation_verbs"]:
            groups.append(agents(frame, [h for h in frame.subjects(c) if h != noun
                                          and h.lower_ not in ("which", "that")], prior))
            groups += [agents(frame, [o], prior) + people_within(frame, o) for w in c.children  # "a meeting
                       if w.dep_ == "prep" and w.lower_ in cues()["partner_preps"] for o in objects(w)]  # held with X"
    hosts += _hosted_by(frame, noun, prior)
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in cues()["participation_verbs"]:
        # "The meeting was led by A and B", "the summit was attended by X"
        groups += [list(dict.fromkeys(agents(frame, [o], prior) + people_after(frame, c)))
                   for c in noun.head.children if c.dep_ == "agent" for o in objects(c)]
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in ("take", "hold"):
        groups += _chaired_after(frame, noun.head, prior)
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "His first meeting on Monday was with X"
        groups += [agents(frame, [o], prior) + people_within(frame, o) for c in noun.head.children
                   if c.dep_ == "prep" and c.lower_ in cues()["partner_preps"] for o in objects(c)]
    # "The meeting brought together A and his counterpart, B" (or, misparsed, "The meeting, hosted by X, brought
    # together A": the verb a clause of the noun)
    gathering = noun.head if noun.dep_ == "nsubj" else next(
        (c for c in noun.children if c.dep_ == "acl" and _gathering_verb(c)), None)
    if gathering is not None and _gathering_verb(gathering):
        groups += [_people_first(agents(frame, [o, *conjuncts(o)], prior) + people_within(frame, o))
                   for o in gathering.children if o.dep_ == "dobj"]
    if governor is not None and noun.dep_ in ("dobj", "nsubjpass") and noun.head == governor:
        for c in governor.children:  # "had lunch today with X", "held talks with X", "a meeting was held between"
            if c.dep_ == "prep" and c.lower_ in cues()["partner_preps"]:
                for obj in objects(c):
                    groups.append(agents(frame, [obj], prior) + people_within(frame, obj))
                groups += unparsed_partners(frame, c)
            elif c.dep_ == "prep" and c.lower_ in ("in", "at"):  # "had a meeting, at the Palace, with X"
                groups += [agents(frame, [o], prior) + people_within(frame, o) for obj in objects(c)
                           for w in obj.children if w.dep_ == "prep" and w.lower_ in cues()["partner_preps"]
                           for o in objects(w)]
            elif c.dep_ == "dative" and noun.dep_ == "dobj":  # "granted President X an audience"
                groups.append(agents(frame, objects(c) if c.pos_ == "ADP" else [c], prior))
            elif c.dep_ == "prep" and c.lower_ == "to" and noun.dep_ == "dobj" \
                    and governor.lemma_.lower() in ("grant", "give", "accord"):  # "granted an audience to X"
                groups.append(agents(frame, objects(c), prior))
        if noun.dep_ == "dobj" and has_agent(governor):  # "X was granted audience by Y": Y (the agent) and X
            verbs = (governor, *[a for a in governor.children if a.dep_ == "aux"])  # the subject may hang on "was"
            groups += [agents(frame, [s], prior) for v in verbs for s in v.children if s.dep_ in ("nsubj", "nsubjpass")]
    groups += _spoken_to_at(frame, noun, governor, prior)
    places += route_stops(frame, noun) + _city_named(frame, noun)
    if not subjects:
        subjects += _attendees_listed(frame, noun)
    if not subjects:
        subjects += possessors_before(frame, noun) or participation_possessor(frame, noun) \
            or _programme_makers(frame, noun, prior) or _counterpart_of(frame, noun)
    if not subjects and groups:  # "X was received by Y, ahead of a meeting with Z": X meets Z
        subjects += _subject_ahead_of(frame, noun, prior)
    if not subjects and groups:  # "X, held on Monday at Y, talks with Z" (no verb root)
        subjects += opening_person(frame, noun, {e for g in groups for e in g})
    temporal = noun.dep_ == "pobj" and noun.head.lower_ in cues()["temporal_preps"]
    # "during Trump's trip": the trip is his; "during a conference with X": theirs; but "during the ASEAN
    # Meeting": the clause's subject attends ASEAN's gathering
    own = any(e.kind == "person" for e in subjects)
    clause = governor if governor is not None and governor != noun and not (temporal and own) else None
    for _ in range(3):  # "join Xi ... when troops will march in a parade": up to a clause naming someone
        if clause is None:
            break
        found = agents(frame, frame.subjects(clause), prior, clause if noun.head == clause else None) \
            or (_patients_present(frame, clause, prior) if clause == governor and not own else [])
        company = clause.lemma_.lower() in cues()["company_verbs"]
        if company and has_agent(clause) and clause == governor:  # "X was joined by Y during the discussions": both
            found += [e for e in _passive_patients(frame, clause, prior) if e not in found]
        partners = [e for c in clause.children if (c.dep_ in ("dobj", "dative") or _met_with(clause, c)) and c != noun
                    for o in (objects(c) if c.pos_ == "ADP" else [c])  # "delivered a message [to] X at the talks"
                    for e in frame.entities(o, ("person",))] \
            if clause != governor or company or copresent(noun, governor) else []
        if found or partners:
            if own and visit_by(noun):  # "X received a visit by Y": Y visits X
                groups.append(found)
            else:
                subjects += found
            if clause.lemma_.lower() in ("accompany", "join", "escort"):
                subjects += partners  # "accompanied the President in meetings with A and B": on his side
                # "X was accompanied on his trip to Athens by A and B": X goes too (not "During the visit, X
                # was accompanied by A": the visit is one reported before)
                subjects += [e for c in clause.children if c.dep_ == "nsubjpass" and found and not temporal
                             for e in agents(frame, [c], prior) if e.kind == "person"]
            else:
                groups.append(partners)
            break
        clause = clause.head if clause.dep_ in ("advcl", "xcomp", "conj") else None
    if not subjects and noun.dep_ == "dobj" and noun.head == governor and not frame.subjects(governor):
        # "Minister of X Bobur Usmanov held online meeting with Y" ("Usmanov" parsed as an adverb)
        subjects += subject_left(frame, governor) \
            or (opening_person(frame, governor, {e for g in groups for e in g}) if groups else []) \
            or lede_actors(frame, governor)  # "• Held talks with Y"
    if not subjects and noun.dep_ == "ROOT":  # (or parsed as a noun phrase, "Held" its modifier)
        subjects += [e for c in noun.children if c.dep_ == "amod" and c.lemma_.lower() in cues()["light_verbs"]
                     for e in lede_actors(frame, c)]
    return subjects, [g for g in groups if g], places, hosts


def _subject_ahead_of(frame: Frame, noun, prior) -> list[Entity]:
    """"X was received at the airport, ahead of a meeting with Z": the grammatical subject of the clause the
    event is ahead of (passive or not) holds it."""
    ahead = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if ahead is None or ahead.lower_ != "ahead":
        return []
    return agents(frame, [c for c in ahead.head.children if c.dep_ in ("nsubj", "nsubjpass")], prior)


def visit_by(noun) -> bool:
    """"a visit by X", "a visit from X": the noun names its visitor (not "a visit from July 19 to 20")."""
    return noun.lemma_.lower() in TRIP_NOUNS and any(
        c.dep_ == "prep" and c.lower_ in ("by", "from") and not any(o.ent_type_ in ("DATE", "TIME") for o in objects(c))
        for c in noun.children)


def route_stops(frame: Frame, noun) -> list[Entity]:
    """"The trip includes A, B and C", "the tour will take him to A and B": the stops a trip's own verb names."""
    verb = noun.head
    if noun.lemma_.lower() not in TRIP_NOUNS or noun.dep_ != "nsubj" \
            or verb.lemma_.lower() not in cues()["route_verbs"]:
        return []
    heads = [o for c in verb.children for o in ([c] if c.dep_ == "dobj" else objects(c) if c.dep_ == "prep"
                                                  and c.lower_ in ("to", "through") else [])]
    return [p for h in heads for t in (h, *conjuncts(h)) for p in frame.places(t)]


def country_meant(frame: Frame, tok) -> list[Entity]:
    """"X, who is paying an official visit to our country": the country of the sentence's subject, whose
    ministry or office writes so ("the Minister of Foreign Affairs of the Republic of Belarus, Y, met X").
    "on her first visit to the country", "leading a delegation to the North African country": the last country
    the sentence, or else one of the two before it, named before it."""
    if tok.lower_ not in ("country", "nation") or frame.resolver is None:
        return []
    sent = frame.sent(tok)
    words = [c for c in tok.children if c.dep_ in ("det", "poss", "prep", "nummod")]
    if [c.lower_ for c in words] == ["the"]:  # (not the country of a title: "Vice President of X")
        n = frame.sents.index(sent)
        for before in (sent, *frame.sents[max(n - 2, 0):n][::-1]):
            named = [e for t in tok.doc[before.start:min(tok.i, before.end)]
                     for e in [frame.entity(t, ("country",)) or _nationality(frame, t)]
                     if e and not _country_of_a_title(frame, t)]
            if named:
                return named[-1:]
        return []
    if not any(c.dep_ == "poss" and c.lower_ == "our" for c in tok.children):
        return []
    # the subject, or the words before the main verb where the parser lost it
    before = [e for t in tok.doc[sent.start:sent.root.i] for e in [frame.entity(t, ("country",))] if e]
    titled = [frame.resolver.entity(key) for h in frame.subjects(sent.root) for e in frame.entities(h, ("person",))
              for key in [role_of(e.title or "")[1]] if key]
    return ([e for e in titled if e is not None] or before)[:1]


def _hosted_by(frame: Frame, noun, prior) -> list[Entity]:
    """"the Summit of Government leaders of the X initiative in Zagreb, hosted by Croatian PM Y": the agent of a
    participle of hosting within the noun's own phrase (through its "of" and "in" phrases) hosts it."""
    found = []
    for t in noun.subtree:
        if t.dep_ != "acl" or t.tag_ != "VBN" or t.lemma_.lower() not in cues()["host_verbs"]:
            continue
        node = t.head
        while node != noun and node.dep_ in ("pobj", "prep", "appos", "compound", "conj"):
            node = node.head
        if node == noun:  # (and the people listed after "by" up to the next preposition, however parsed: "hosted
            # by A and [Suriname's President] B", B hung on the main verb)
            found += [e for a in t.children if a.dep_ == "agent"
                      for e in [*(e for o in objects(a) for e in agents(frame, [o], prior)),
                                *people_after(frame, a, to_preposition=True)]]
    return list(dict.fromkeys(found))


def _nationality(frame: Frame, tok) -> Entity | None:
    """The country an adjective names ("the Libyan capital")."""
    return next(iter(frame.demonyms(tok)), None) if tok.pos_ == "ADJ" or tok.ent_type_ == "NORP" else None


def _country_of_a_title(frame: Frame, tok) -> bool:
    """The country named at `tok` is whose office or body a title names: after "of [the]" ("Vice President of
    the State of Palestine") or before the office ("Malawi President X")."""
    m = frame.mention(tok)
    start, end = (m.span.start, m.span.end) if m is not None else (tok.idx, tok.idx + len(tok))
    before = [w.lower() for w in frame.text[:start].split()[-2:]]
    after = frame.text[end:].split()[:1]
    return before[-1:] == ["of"] or before == ["of", "the"] or bool(after) and after[0].lower() in TITLE_WORDS


def _city_named(frame: Frame, noun) -> list[Entity]:
    """"the Antalya Diplomacy Forum": the known city whose name opens the name of a gathering."""
    m = frame.mention(noun)
    start = noun.doc.char_span(m.span.start, m.span.end, alignment_mode="expand").start \
        if m is not None and m.entity.kind == "organization" else None
    start = start + 1 if start is not None and noun.doc[start].lower_ == "the" else start
    if start is None or frame.resolver is None or not (name_cased(noun.doc[start]) or noun.doc[start].is_title):
        return []
    for end in range(min(start + 3, noun.i), start, -1):  # "the St. Petersburg International Economic Forum"
        words = noun.doc[start:end]
        place = frame.resolver.place(words.text)
        # its own name, not another's ("the Yushan Forum" is not in Kunshan, once called Yushan), but a name of
        # two words or more may be one the gazetteer keeps beside its own ("St. Petersburg", "Saint Petersburg")
        if place is not None and place.kind == "place" and (place.name == words.text or len(words) > 1):
            return [place]
    return []


def _counterpart_of(frame: Frame, noun) -> list[Entity]:
    """"A planned meeting with his counterpart X": the one "his" stands for has the meeting."""
    return [e for c in noun.children if c.dep_ == "prep" and c.lower_ in cues()["partner_preps"]
            for obj in objects(c) if obj.lemma_.lower() == "counterpart"
            for p in obj.children if p.dep_ == "poss" and p.lower_ in ("his", "her")
            for e in frame.entities(p, ("person",))]


def _programme_makers(frame: Frame, noun, prior) -> list[Entity]:
    """"Castro is in Mexico for a visit that includes a meeting with X": the meeting is had by whoever
    makes the visit."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.dep_ != "relcl" or verb.lemma_.lower() not in cues()["route_verbs"] \
            or verb.head.lemma_.lower() not in TRIP_NOUNS | cues()["programme_nouns"]:
        return []
    trip = verb.head
    return noun_arguments(frame, trip, governor_of(trip), prior)[0]


def _partners_in_topic(frame: Frame, prep, prior) -> list[list[Entity]]:
    """"discussions on reopening the mission with his counterpart X": the parser hangs the partner on the
    topic's verb; a person there is the event's partner (a country may be the topic's: "cooperation with
    China")."""
    return [people for t in prep.subtree if t.pos_ == "VERB" for g in partners_of(frame, t, prior)
            for people in [[e for e in g if e.kind == "person"]] if people]


def _their(poss, prior) -> list[Entity]:
    """"before their meeting", "during their visit": the people of the event reported just before (its
    countries only when it names no one)."""
    if poss.lower_ != "their":
        return []
    parties = previous_parties(prior, None)
    return [e for e in parties if e.kind == "person"] or parties


def _thanked_for(frame: Frame, poss, noun, prior) -> list[Entity]:
    """"X thanked Y and his delegation for their visit": a pronoun's visit is that of the ones thanked."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    while verb is not None and verb.dep_ in ("conj", "dobj"):  # ("for" hung on the object: "Y and his delegation")
        verb = verb.head
    if poss.pos_ != "PRON" or verb is None or verb.lemma_.lower() not in cues()["thanking_verbs"]:
        return []
    return [e for c in verb.children if c.dep_ == "dobj" for e in agents(frame, [c], prior) + people_within(frame, c)]


def _visitor_before(frame: Frame, poss, noun, prior) -> list[Entity]:
    """"X received Y during his official visit. During his visit to the Riksdag, ...": "his visit" is the visit
    reported just before, made by its guest (not the subject "he" would otherwise stand for)."""
    if poss.lower_ not in ("his", "her") or noun.lemma_.lower() not in TRIP_NOUNS or not prior \
            or prior[-1].type != "Visit":
        return []
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and any(e.kind == "person" for h in frame.subjects(verb) for e in frame.entities(h)):
        return []  # "President Xi mentioned his visit to Jamaica": the subject's own
    return [p.entity for p in prior[-1].participants if p.role == "Guest" and p.entity.kind == "person"][:1]


def venue_owner(frame: Frame, prep) -> list[Entity]:
    """"at the Atlantic Council's Washington headquarters": whose premises host the event (the words
    up to the next comma, however they were parsed)."""
    for t in prep.doc[prep.i + 1:min(frame.sent(prep).end, prep.i + 16)]:
        if t.is_punct and t.text != "-":
            break
        if t.lower_ in cues()["premises"]:
            owners = [e for c in t.children if c.dep_ == "poss" for e in frame.entities(c, ("organization", "person"))]
            return owners
    return []


def possessors(frame: Frame, tok) -> list[Entity]:
    """Whose `tok` is: "his peers" -> him."""
    return [e for c in tok.children if c.dep_ == "poss" for e in frame.entities(c)]


def possessors_before(frame: Frame, noun) -> list[Entity]:
    """Possessors written before the noun however they were parsed: "Pashinyan's and Aliyev's planned
    meeting" (names followed by 's within the few words before it)."""
    found, i, sent = [], noun.i - 1, frame.sent(noun)
    while i >= max(sent.start, noun.i - 10):
        t = noun.doc[i]
        if t.lower_ in ("'s", "’s") and i > sent.start:
            e = frame.entity(noun.doc[i - 1])
            if e is not None:
                found.insert(0, e)
        elif not (t.pos_ in ("ADJ", "PROPN", "PUNCT", "CCONJ", "PART", "NUM") or t.tag_ in ("VBN", "VBG")):
            break
        i -= 1
    return found


def participation_possessor(frame: Frame, noun) -> list[Entity]:
    """"Vietnam's participation at the launch": the one whose participation it is takes part."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.lemma_.lower() in cues()["participation_nouns"]:
        return [e for c in noun.head.head.children if c.dep_ == "poss" for e in frame.entities(c)]
    return []


# nouns an event hangs on by "of" that stand for it: "held a series of talks", "on the occasion of his visit"
SERIES_NOUNS = frozenset({"series", "round", "number", "couple", "set", "string", "host", "occasion"})


def governor_of(noun):
    """The verb whose subject takes part in the event `noun` names: "held talks", "in a meeting"."""
    tok = name_start(noun)
    for _ in range(3):  # "attend the X Conference, the Y Meeting and the Z Forum": the verb of the list
        if tok.dep_ == "conj" and (date_of_another(tok.head) or tok.head.pos_ == "VERB"):
            # "attend the ceremony on 31 July and the dinner on 1 August", misparsed as "July and the
            # dinner" or as a conjunct of "attend": the dinner is a conjunct of what the date belongs
            # to (the ceremony, or the verb)
            tok = tok.head.head.head if date_of_another(tok.head) else tok.head
            if tok.pos_ == "VERB":
                return tok if tok.lemma_.lower() in cues()["light_verbs"] else None
        elif tok.dep_ == "conj" or (tok.dep_ == "appos" and named(tok) and named(tok.head)):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SERIES_NOUNS:
            tok = tok.head.head  # "held a series of bilateral talks": the series is held
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "heads":
            # "attended the Caricom heads of government meeting", parsed as "[the Caricom (,)] heads of [meeting]"
            tok = tok.head.head.head if tok.head.head.dep_ == "appos" else tok.head.head
        else:
            break
    if tok.dep_ in ("dobj", "nsubjpass", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() not in cues()["light_verbs"] \
                and not (tok.head.lemma_.lower() == "welcome" and visit_by(tok)):  # (but "welcomed the talks")
            return None
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        prep = tok.head
        # "who is in Russia on a working visit", "went on a mission to Berlin"
        on_trip = prep.lower_ == "on" and noun.lemma_.lower() in (*TRIP_NOUNS, "mission")
        # "started the day with X", "presided over a ceremony" ("over" a topic elsewhere: "talks over the summit")
        takes_part = prep.lower_ == "with" and prep.head.lemma_.lower() in cues()["sequence_verbs"] \
            or prep.lower_ == "over" and prep.head.lemma_.lower() in ("preside", "officiate")
        if prep.lower_ == "with" and prep.head.dep_ == "dobj" \
                and prep.head.head.lemma_.lower() in cues()["sequence_verbs"]:
            return prep.head.head  # "continued her visit with a dinner with X": the "with" hung on the object
        if prep.lower_ == "with" and prep.head.lower_ == "along" and prep.head.head.pos_ == "VERB":
            return prep.head.head  # "Along with the signing of a charter, A and B opened ...": theirs too
        if prep.lower_ == "including":  # "is due to have 12 meetings, including bilateral meetings with X"
            listing = prep.head if prep.head.pos_ == "NOUN" else next(
                (c for c in prep.head.children if c.dep_ == "dobj"), prep.head)  # (or "including" hung on "have")
            if listing.lemma_.lower() == noun.lemma_.lower() and listing != noun:
                return governor_of(listing)
        subject = prep.head  # "X in a meeting with Y on Tuesday, stressed ...": "in" hung on the subject X
        if prep.lower_ == "in" and subject.dep_ == "nsubj" and subject.pos_ == "PROPN" \
                and subject.head.pos_ == "VERB" and noun.lemma_.lower() in ("meeting", "talk", "conversation"):
            return subject.head
        if _came_out_of(prep):
            return prep.head if prep.lower_ == "from" else prep.head.head
        briefed = _briefed_after(prep, noun)
        if briefed is not None:
            return briefed
        if prep.lower_ == "of" and prep.head.lemma_.lower() in ("day", "opening", "session") and prep.head != noun:
            return governor_of(prep.head)  # "attended the first day of the G7 Health Ministerial Meeting"
        part = prep.head if prep.lower_ == "of" and prep.head.lemma_.lower() == "part" else None
        if part is not None and part.dep_ == "pobj" and part.head.lower_ == "as" and part.head.head.pos_ == "VERB":
            return part.head.head  # "held meetings as part of the X Meeting": the clause's subject is there
        if not takes_part and ((prep.lower_ in NON_PARTICIPATING and not on_trip)
                          or prep.lower_ not in cues()["participation_preps"]):
            return None
        head = prep.head
        if head.pos_ in ("VERB", "AUX"):
            return head
        if present_at(tok):
            return head.head  # "X and Y were present at the meeting": the copula has the subjects
        if head.pos_ == "NOUN" and head.lemma_.lower() in cues()["participation_nouns"] and head != noun:
            return governor_of(head)  # "looked forward to further engagement at the NATO summit"
        if on_trip and head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
            return head.head  # "X, on an official visit to Y, met Z" (the parser hangs "on" on X): X's visit
    if tok.dep_ == "oprd" and tok.head.pos_ == "VERB" and _after_at(tok.left_edge):
        return tok.head  # "X was elected chairman at the 61st Summit": "at" hung on "chairman", the summit a predicate
    return None


def _passive_patients(frame: Frame, verb, prior) -> list[Entity]:
    """The people a passive verb is about ("X was joined by Y": X)."""
    return [e for c in verb.children if c.dep_ == "nsubjpass" for e in agents(frame, [c], prior) if e.kind == "person"]


def _patients_present(frame: Frame, verb, prior) -> list[Entity]:
    """"X was elected chairman at the summit", "X was honoured during the ceremony": the people a passive with no
    agent is about were at the event it happened at."""
    return [] if has_agent(verb) else _passive_patients(frame, verb, prior)


def _after_at(tok) -> bool:
    """`tok` follows "at" or "during", past a determiner and ordinals: "at the 61st [ECOWAS Summit]"."""
    i = tok.i - 1
    while i > 0 and (tok.doc[i].tag_ in ("DT", "JJ", "CD") or tok.doc[i].like_num or tok.doc[i].lower_.endswith(
            ("st", "nd", "rd", "th")) and tok.doc[i].text[:1].isdigit()):
        i -= 1
    return i >= 0 and tok.doc[i].lower_ in ("at", "during")


PRESS_NOUNS = {"reporters", "journalists", "media", "press", "newsmen"}


def _briefed_after(prep, noun):
    """"A and B spoke to reporters after a meeting in X", "A told journalists following talks with B", "A said at the
    press conference held after a meeting with B": those who told the press of the meeting were in it (the verb)."""
    if prep.lower_ not in ("after", "following"):
        return None
    verb = prep.head
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in ("conference", "briefing") and verb.head.dep_ == "pobj":
        verb = verb.head.head.head  # "said at the press conference held in X after a meeting with Y"
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    pair = any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children)
    if pair and verb.lemma_.lower() == "be":
        return verb  # "A and B were nothing but smiles Thursday after a meeting at the Museo Nacional"
    if verb.lemma_.lower() not in ("speak", "talk", "tell", "brief", "say"):
        return None
    press = any(t.lower_ in PRESS_NOUNS for c in verb.children if c.dep_ in ("dobj", "prep", "dative")
                for t in (c, *objects(c))) or prep.head is not verb
    with_partner = any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
    return verb if pair or (with_partner if verb.lemma_.lower() == "say" else press) else None


def _came_out_of(prep) -> bool:
    """"emerged from a daylong meeting", "walked out of the talks": the verb's subject was in it."""
    verb = prep.head if prep.lower_ == "from" else prep.head.head if prep.lower_ == "of" and prep.head.lower_ == "out" \
        else None
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in cues()["exit_verbs"]


def present_at(tok) -> bool:
    """"were present at the meeting", "was also on the trip": `tok` is what someone was present at."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "on" and prep.head.lemma_ == "be" \
            and tok.lemma_.lower() in ("trip", "visit", "tour", "mission", "journey") \
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return True  # (not "is on a week-long trip to A and B", a trip of its own)
    if tok.dep_ != "pobj" or prep.lower_ != "at":
        return False
    head = prep.head  # "at" hangs on "present" or on the copula
    return (head.lower_ == "present" and head.head.pos_ == "AUX") or (
        head.pos_ == "AUX" and any(c.dep_ == "acomp" and c.lower_ == "present" for c in head.children))


def name_start(tok):
    """The head of a long name the parser split at "of": "during the Association of Southeast Asian
    Nations Defense Ministers Meeting" hangs "Meeting" under "of"; the name is the object of "during"."""
    for _ in range(3):
        head = tok.head.head
        if not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and head.pos_ == "PROPN" and head.i < tok.i
                and all(t.pos_ in ("PROPN", "NUM") or t.dep_ == "case" or t.i == tok.head.i
                        for t in tok.doc[head.i:tok.i + 1])):  # "the Group of Twenty Leaders' Summit"
            break
        tok = head
    return tok


def date_of_another(tok) -> bool:
    """`tok` is the date of an "on"/"in" phrase of a noun or a verb: "the opening ceremony on 31 July"."""
    return (tok.ent_type_ == "DATE" and tok.dep_ == "pobj" and tok.head.dep_ == "prep"
            and tok.head.head.pos_ in ("NOUN", "PROPN", "VERB"))


def _met_with(verb, prep) -> bool:
    """"X met with Y during a conference": Y, whom X met there, is at the conference too."""
    return prep.dep_ == "prep" and prep.lower_ == "with" and verb.lemma_.lower() in ("meet", "talk", "confer", "speak")


def _attendees_listed(frame: Frame, noun) -> list[Entity]:
    """The people listed as those who attended the event: "Those who attended the summit included A, B and C",
    "Attending the summit were A, B and C" (read from the text: the parser seldom gets such lists right)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in ("attend", "join"):
        return []
    if verb.dep_ == "relcl" and verb.head.dep_ == "nsubj" and verb.head.head.lemma_.lower() in ("include", "be"):
        return people_after(frame, verb.head.head)  # "those who attended X included"
    be = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" and c.i > noun.i), None)
    return people_after(frame, be) if verb.tag_ == "VBG" and be is not None else []  # "Attending X were"


def copresent(noun, governor) -> bool:
    return noun.dep_ == "pobj" and noun.head.lower_ in cues()["copresence_preps"] and noun.head.head == governor


def participants(subjects, subj_role, partners, obj_role, tok, frame) -> list[Participant]:
    out: dict[str, Participant] = {}
    for e in subjects:
        out.setdefault(e.key, Participant(e, subj_role))
    for e in partners:
        out.setdefault(e.key, Participant(e, partner_role(e, obj_role, frame, tok)))
    return list(out.values())


def partner_role(entity: Entity, default: str, frame: Frame, tok) -> str:
    """"visiting Russian Foreign Minister Sergey Lavrov" is a guest."""
    sent = frame.sent(tok)
    for t in sent:
        m = frame.mention(t)
        if m and m.entity.key == entity.key:
            left = t.doc[max(sent.start, t.i - 4):t.i]
            if any(w.lower_ == "visiting" for w in left):
                return "Guest"
    return default


def split_mode(frame: Frame, tok) -> str | None:
    """Partners make separate events: each one "in separate meetings"; each phrase in "met with X,
    then with Y"; "series" after "a series of bilateral meetings"; None when they all met together."""
    words = {t.lower_ for t in frame.sent(tok)}
    if bulleted_after(frame, tok):
        return "each"  # "received in audience:" and a bullet each
    if words & cues()["split_cues"] or (tok.tag_ == "NNS" and tok.lower_ in cues()["separate_plurals"]):
        return "each"  # "received telephone calls from A, B and C": a call each; "summits with A and B"
    if (tok.pos_ == "VERB" or any(c.dep_ == "dobj" for c in tok.children)) and _series_announced(frame, tok) \
            or any(c.dep_ == "amod" and c.lower_ == "bilateral" for c in tok.children) \
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):  # (not "talks between A and B")
        return "series"  # a meeting each, when those listed are people (_build): "bilateral talks with A, B and C"
    partner_preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in cues()["partner_preps"]]
    if len(partner_preps) > 1 or any(g.dep_ == "conj" and g.lower_ in cues()["partner_preps"]
                                     for c in partner_preps for g in c.children):
        return "phrases"
    return None


def _of_a_title(prep, noun) -> bool:
    """"meetings with the Special Envoy to the Middle East" (the parser hangs "to" on the meetings): the words
    right after an office are its own ("Envoy to", "Ambassador to"), no place of the event."""
    before = prep.doc[prep.i - 1]
    return prep.lower_ == "to" and before != noun and before.lower_ in TITLE_WORDS


def _series_announced(frame: Frame, tok) -> bool:
    """"X held a series of bilateral meetings with senior officials on Thursday. ... X met with A, B and C": one of
    the two sentences before announced one meeting with each."""
    at = frame.sents.index(frame.sent(tok))
    return any(t.lower_ == "meetings" and (any(c.lower_ in ("bilateral", "separate") for c in t.children)
                                           or (t.head.lower_ == "of" and t.head.head.lower_ == "series"))
               for sent in frame.sents[max(at - 2, 0):at] for t in sent)


def definite(tok) -> bool:
    """"the meeting", "this summit", "Today's meeting", "their meeting": a noun that may refer back to an
    event already reported (not the name of an event: "the U.S.-South Africa Strategic Dialogue")."""
    return not named(tok) and any((c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
                                  or (c.dep_ == "poss" and (day_word(c) or c.lower_ == "their")) for c in tok.children)


def day_word(tok) -> bool:
    """"Today's", "Sunday's": a possessive that dates the noun rather than owning it."""
    return tok.ent_type_ == "DATE" or DAY.fullmatch(tok.lower_) is not None


def multilateral(tok) -> bool:
    """"a quadrilateral meeting", "bilateral talks", "a meeting of ten countries", "the meeting of the
    members of the Eurogroup": the noun says there are several parties."""
    return any(c.dep_ == "amod" and c.lower_ in cues()["multilateral_words"] for c in tok.children) or any(
        o.tag_ in ("NNS", "NNPS") and (any(n.dep_ == "nummod" for n in o.children) or o.lower_ in cues()["group_nouns"])
        for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in objects(c))


def named(tok) -> bool:
    """The trigger is the head of an event's proper name ("the ASEAN Regional Forum")."""
    return tok.is_title and not tok.is_sent_start and (tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "EVENT") or any(
        c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN" and c.is_title for c in tok.children))


CREDENTIALS = frozenset({"credentials", "credential", "letters", "letter", "copies", "copy"})
SIGNED_PAPERS = DOCUMENT_HEADS | {"document", "memoranda", "treaty", "contract", "declaration", "instrument"}


def own_partners(tok, frame: Frame) -> bool:
    """The noun names its own parties ("the meeting between Xi and Lavrov", "Putin's visit")."""
    for c in tok.children:
        if (c.dep_ == "poss" and not day_word(c) and c.lower_ != "their") or (
                c.dep_ == "prep" and c.lower_ in (*cues()["partner_preps"], "of", "by")
                and not (c.lower_ == "of" and all(o.lemma_.lower() in SIGNED_PAPERS for o in objects(c)))):
            return True  # (not "the signing of the documents": what was signed)
        if c.dep_ in ("compound", "nmod") and frame.entity(c):
            return True
    return False
