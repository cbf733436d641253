"""One node per event per article: mentions of the same event merged, and what the article as a whole says.

    merge(events, anaphoric, weak)       same type + agreeing participants, place and date; a definite
                                         noun without parties of its own ("The meeting was followed by a
                                         banquet") is the latest gathering before it
    itinerary(events, text)              what a traveller does next, in the paragraph of the trip, happens
                                         at the trip's destination
    lede(frame, article)                 the first sentence's protagonist and date
    fill_from_article(...)               the lede's date and the dateline's place, where the event's own
                                         sentence says nothing
    date_visits(events)                  a visit's day from the first dated thing its visitor does there
    date_stays(events, article)          that, a one-day stay's day for what its visitor does there, again, and
                                         the last stop of its visitor for what is still unplaced
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from newsgraph.ingest import dates, titles
from newsgraph.ingest.circumstances import CLOCK, DURATION, anchor, planned, with_calendar_day
from newsgraph.ingest.frames import Frame
from newsgraph.ingest.knowledge import actors
from newsgraph.ingest.titles import role_of
from newsgraph.ingest.model import Article, Entity, EventMention, Participant
from newsgraph.ingest.spans import VENUE_NOUNS


def family(event_type: str) -> str:
    """The type two mentions must share to be one event (kept apart: one event, one name)."""
    return event_type


def merge(events: list[EventMention], anaphoric: set[int] = frozenset(),
           weak: set[int] | None = None, apart: set[frozenset] = frozenset(),
           joining: set[int] = frozenset(), absorbed: dict[int, EventMention] | None = None,
           sequels: set[frozenset] = frozenset()) -> list[EventMention]:
    """Mentions of one event become one: same type, agreeing participants (one set within the
    other), place and date; a definite noun without parties of its own ("The meeting was followed
    by a banquet") is the latest event of its type, and so is one whose parties join it (`joining`:
    "X will join the meeting by video link"). Pairs of ids in `apart` (events listed side by side:
    "the Conference, the Forum and the Meeting") stay apart; pairs in `sequels` ("a news conference after the
    meeting") stay apart and are not each other's referent. `absorbed` gets the id of each mention merged into
    another -> that other."""
    merged: list[EventMention] = []
    weak = weak if weak is not None else set()  # built only as anaphors: dropped unless they find one
    apart = apart | sequels
    for ev in events:
        targets = [m for m in reversed(merged) if id(m) not in weak and frozenset((id(m), id(ev))) not in apart
                   and same_event(m, ev)]
        # "a three-nation tour" (no place) is none of the stops already reported ("Singapore, Malaysia and Cambodia")
        target = None if _among_stops(ev, targets) else next(iter(targets), None)
        if target is None and id(ev) in anaphoric:  # the latest occasion; of its own type among those of one sentence
            # "a luncheon after the meeting": the meeting is an earlier gathering, else the luncheon's parties'
            paired = [m for m in merged if frozenset((id(m), id(ev))) in sequels]
            referents = [m for m in reversed(merged) if id(m) not in weak and m not in paired
                         and not (paired and m.type == "Visit") and antecedent_event(m, ev, id(ev) in joining)]
            latest = [m for m in referents if m.span.sentence_start == referents[0].span.sentence_start]
            if _among_stops(ev, latest):
                latest = []  # "this visit" after "the trip includes A, B and C": the whole trip, no one stop
            target = _told_as_long(ev.span.sentence, referents) \
                or next((m for m in latest if m.type == ev.type), None) or next(iter(latest), None) \
                or next(iter(paired), None)
            if target is not None and target.type not in (ev.type, "PhoneCall") and not _signing_ceremony(ev, target):
                # "They signed ... Today's meeting in Washington": the meeting where they signed is an
                # event of its own, with the signatories; each tells the other where and when
                keys = {p.entity.key for p in ev.participants}
                ev.participants += [Participant(p.entity, "Attendee") for p in target.participants
                                    if p.entity.key not in keys]
                ev.place, target.place = ev.place or target.place, target.place or ev.place
                if ev.date is None:
                    ev.date, ev.date_mention = target.date, ev.date_mention or target.date_mention
                weak.discard(id(ev))
                merged.append(ev)
                continue
        if target is None:
            merged.append(ev)
            continue
        if absorbed is not None:
            absorbed[id(ev)] = target
        keys = {p.entity.key for p in target.participants}
        target.participants += [p for p in ev.participants if p.entity.key not in keys]
        target.place = finer(target.place, ev.place)
        if target.date is None and ev.date is not None:
            target.date, target.date_mention = ev.date, ev.date_mention
        target.date_mention = target.date_mention or ev.date_mention
        target.confidence = max(target.confidence, ev.confidence)
        target.evidence += [s for s in (ev.span, *ev.evidence) if s != target.span and s not in target.evidence]
    return merged


# "the foreign ministers of", "the defense chiefs of": officials a sentence names only by their countries
OFFICIALS_OF = re.compile(r"\b(?:ministers|chiefs|leaders|presidents|premiers|secretaries|heads of state)\s+of\b", re.I)


def officials_named(events: list[EventMention]) -> list[EventMention]:
    """"The foreign ministers of Fiji and New Zealand met in Auckland on Saturday. ... the talks between
    A and B": an event whose parties are only the countries of officials named by office is the one that
    the next report of as many people, a few sentences on, tells of (same status, agreeing date and
    place); it takes their names, and that report is dropped."""
    dropped: set[int] = set()
    for ev in events:
        countries = {p.entity.key for p in ev.participants}
        if len(countries) < 2 or any(p.entity.kind != "country" for p in ev.participants):
            continue
        # (or "Rwanda and Mali signed 19 agreements. The agreements were signed ... when A and B concluded": the
        # next report of the same kind)
        by_office = bool(OFFICIALS_OF.search(ev.span.sentence))
        named = next((b for b in events if id(b) not in dropped and b is not ev
                      and (b.type in GATHERINGS if by_office else b.type == ev.type)
                      and 0 < b.span.start - ev.span.start <= ANAPHOR_REACH and _their_officials(b, countries)
                      and b.status == ev.status and dates_agree(ev, b)
                      and not (ev.place and b.place and not nested(ev.place, b.place))), None)
        if named is not None:
            ev.participants += named.participants
            ev.place = finer(ev.place, named.place)
            ev.date, ev.date_mention = ev.date or named.date, ev.date_mention or named.date_mention
            ev.evidence.append(named.span)
            dropped.add(id(named))
    return [e for e in events if id(e) not in dropped]


def _their_officials(ev: EventMention, countries: set[str]) -> bool:
    """`ev`'s parties are as many people as `countries`, none with a title of another country."""
    people = [p.entity for p in ev.participants]
    if len(people) != len(countries) or any(e.kind != "person" for e in people):
        return False
    return all(role_of(e.title or "")[1] in (None, *countries) for e in people)


def _among_stops(ev: EventMention, candidates: list[EventMention]) -> bool:
    """`ev` names no place and the events it might be are in several: it is none of them."""
    return ev.place is None and len({m.place.key for m in candidates if m.place is not None}) > 1


MEMORIAL_SITE = re.compile(r"\b(?:Monument|Memorial|Tomb|Mausoleum|Cemetery|Grave|Cenotaph|Shrine)\b", re.I)
GATHERINGS = {"Meeting", "Talks", "Summit", "Conference"}
OCCASIONS = GATHERINGS | {"AgreementSigning", "Ceremony"}  # what "the meeting" may refer back to


ANAPHOR_REACH = 1200  # characters: "the meeting" refers back a few sentences at most


def _signing_ceremony(ev: EventMention, target: EventMention) -> bool:
    """"The ceremony" after a signing is the signing: those who witnessed it join it."""
    return ev.type == "Ceremony" and target.type == "AgreementSigning"


def antecedent_event(a: EventMention, anaphor: EventMention, joins: bool = False) -> bool:
    """`a` is what "the meeting" / "the talks" refers to: an occasion a few sentences before, on a
    compatible date, whose parties include (or, by their titles, are the countries of) whoever the
    anaphor's sentence names."""
    kin = family(a.type) == family(anaphor.type) or (anaphor.type in GATHERINGS and a.type in OCCASIONS) or (
        anaphor.type in GATHERINGS and a.type == "Visit" and len(a.participants) >= 2) or (
        anaphor.type == "Talks" and a.type == "PhoneCall") or (  # "had a call. In their discussion ...": the call
        anaphor.type == "Ceremony" and a.type == "AgreementSigning") or (  # "They signed ... The ceremony was"
        anaphor.type == "AgreementSigning" and a.type in ("Talks", "Meeting") and len(a.participants) >= 2)
    # (and "They held talks. The talks ended with the signing of documents": theirs)
    # "The ceremony was attended by X" reaches further back to a ceremony: the article's closing lines
    reach = ANAPHOR_REACH * 2 if joins and family(a.type) == family(anaphor.type) else ANAPHOR_REACH
    if not kin or anaphor.span.start - a.span.start > reach or not dates_agree(a, anaphor):
        return False
    if a.status != anaphor.status and anaphor.date_mention:
        return False  # "the meeting that will be held later this week" is another than the one held
    if a.place and anaphor.place and not nested(a.place, anaphor.place):
        return False
    mine = [p.entity for p in anaphor.participants]
    if not a.participants:  # a gathering named with no party yet ("The summit was held in Seoul")
        return family(a.type) == family(anaphor.type) and a.status == anaphor.status
    theirs = [p.entity for p in a.participants]
    return joins or not mine or related(mine, theirs) or same_lands(mine, theirs)


def nested(a: Entity, b: Entity) -> bool:
    """One place, or one within the other ("Dublin" and "Ireland")."""
    return a.key in (b.key, b.contained_in) or b.key == a.contained_in


def finer(a: Entity | None, b: Entity | None) -> Entity | None:
    """The finer of two nested places (either when one is missing)."""
    return b if a is None or (b is not None and b.contained_in == a.key) else a


def related(xs: list[Entity], ys: list[Entity]) -> bool:
    """Some party is in both, or a person of one holds an office of a country of the other
    ("Prime Minister of Israel" for Israel)."""
    if {e.key for e in xs} & {e.key for e in ys}:
        return True
    for people, countries in ((xs, ys), (ys, xs)):
        names = [c.name.lower() for c in countries if c.kind == "country"]
        if any(n in (p.title or "").lower() for p in people if p.kind == "person" for n in names):
            return True
    return False


def same_lands(xs: list[Entity], ys: list[Entity]) -> bool:
    """People of one group are officials of the countries of the other's (by their titles): "A and B met in Dubai
    to sign an agreement ... X, Minister of Mauritius, and Y signed the document"."""
    lands = [{titles.role_of(p.title)[1] for p in people if p.kind == "person" and p.title} - {None}
             for people in (xs, ys)]
    return bool(lands[0] and lands[1] and (lands[0] <= lands[1] or lands[1] <= lands[0]))


YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
DAY_WORDS = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|"
                       r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b", re.I)


MONTH_NAMED = re.compile(rf"\b({'|'.join(dates.MONTHS)})\b", re.I)


def dates_agree(a: EventMention, b: EventMention) -> bool:
    """Two reports may be of the same day: equal dates, or at most one of them dated — unless their
    words say otherwise ("in 2017" is not "last Thursday"; "on Monday" is not "on Tuesday", even
    where the article's date is unknown)."""
    if a.date and b.date:
        return a.date == b.date
    years = [{int(y) for y in YEAR.findall(e.date_mention or "")} or ({e.date.year} if e.date else set())
             for e in (a, b)]
    if years[0] and years[1] and not years[0] & years[1]:
        return False
    for said, other in ((a, b), (b, a)):  # "last October" is not 27 March
        month = MONTH_NAMED.search(said.date_mention or "") if said.date is None else None
        if month and other.date and dates.MONTHS.index(month.group(1).capitalize()) + 1 != other.date.month:
            return False
    if not (a.date or b.date) and a.date_mention and b.date_mention:
        words = [set(w.lower()[:3] for w in DAY_WORDS.findall(e.date_mention)) for e in (a, b)]
        if words[0] and words[1] and words[0] != words[1]:
            return False
    clocks = [set(re.findall(r"\d{1,2}(?::\d{2})?", e.date_mention or "")) if CLOCK.search(e.date_mention or "")
              else set() for e in (a, b)]
    return not (clocks[0] and clocks[1] and clocks[0] != clocks[1])  # "at 5:30 PM" is not "at 8:00 PM"


def same_event(a: EventMention, b: EventMention) -> bool:
    if family(a.type) != family(b.type) or a.status != b.status or not dates_agree(a, b):
        return False
    if a.place and b.place and a.place.key != b.place.key and not (
            nested(a.place, b.place) and a.span.sentence_start == b.span.sentence_start):
        return False  # but "arrived in Ireland for a visit to Dublin" is one visit (not "... will visit Prizren")
    ka, kb = {p.entity.key for p in a.participants}, {p.entity.key for p in b.participants}
    if not (ka and kb and (ka <= kb or kb <= ka)):
        return False
    if min(len(ka), len(kb)) >= 2 or a.span.sentence_start == b.span.sentence_start:
        return True
    lone = next(p.entity for p in (a.participants if len(ka) == 1 else b.participants))
    if lone.kind == "organization":  # "the AU summit": an organisation's gathering
        return True
    # one lone participant ("Blinken will meet ...") says too little: the place must agree as well
    return bool(a.place and b.place)


def within(events: list[EventMention], links: dict[int, tuple[int, str, bool | str]]) -> None:
    """An event that took place during another ("During their meeting, they signed ...") takes that
    event's place and date when it has none of its own. Those who met at an event or on its sidelines
    ("met Lavrov on the sidelines of the summit") attended it. A part of an event ("the opening
    ceremony of the summit in Bangkok on 3 May") gives the event its place, and its day when it opens it.
    What happened before an event ("Before the luncheon, ...") took place where it was held."""
    for ev in events:
        if id(ev) not in links:
            continue
        offset, etype, setting = links[id(ev)]
        outer = next((o for o in events if o is not ev and o.type == etype and any(
            s.sentence_start <= offset < s.sentence_end for s in (o.span, *o.evidence))), None) \
            or _reported_before(events, ev, etype, offset)
        if outer is not None:
            ev.place = ev.place or outer.place
            if setting in ("before", "day"):
                continue  # the place of what it came before, or of a later day of it ("the second day of"), not its day
            if ev.date is None and outer.date is not None:
                ev.date, ev.date_mention = outer.date, ev.date_mention or outer.date_mention
            if setting in ("part", "opening"):
                outer.place = outer.place or ev.place
            if setting == "opening" and outer.date is None and ev.date is not None:
                outer.date, outer.date_mention = ev.date, ev.date_mention
            if setting:
                keys = {p.entity.key for p in outer.participants}
                outer.participants += [Participant(p.entity, "Attendee") for p in ev.participants
                                       if p.entity.kind == "person" and p.entity.key not in keys]


LENGTH = re.compile(r"\bthe\s+(\w+-(?:day|nation|country|city))\s+(?:[\w-]+\s+)?(?:visit|trip|tour|stay|mission)\b",
                    re.I)


def _reported_before(events: list[EventMention], ev: EventMention, etype: str, offset: int) -> EventMention | None:
    """"in his first day of visit", where that mention made no event of its own: the latest event of
    that type reported before, of one of the same people."""
    keys = {p.entity.key for p in ev.participants if p.entity.kind == "person"}
    before = [o for o in reversed(events) if o is not ev and o.type == etype and o.span.start < offset
              and keys & {p.entity.key for p in o.participants}]
    return _told_as_long(ev.span.sentence[:max(0, offset - ev.span.sentence_start) + 20], before) \
        or next(iter(before), None)


def _told_as_long(words: str, candidates: list[EventMention]) -> EventMention | None:
    """"during the three-day visit" (in `words`): the one of `candidates` told of as three days long, though other
    trips were reported since."""
    length = LENGTH.search(words)
    return next((o for o in candidates if length.group(1).lower() in o.span.sentence.lower()), None) \
        if length else None


def same_occasion(events: list[EventMention], during: set[int] = frozenset()) -> None:
    """Where an event's own words give no place, the place of another event of the same occasion:
    * the same day and the same parties ("Today, the United States, Costa Rica and Panama signed ..."
      and "Today's meeting in Washington" of the same four);
    * the same day and the same protagonist, the subject of both ("In his Tuesday talk at the
      Atlantic Council's Washington headquarters, Mitsotakis ..." and "Later on Tuesday Mitsotakis
      met with the IMF");
    * neither dated nor placed in time at all, with related parties, after an event with a place
      ("Lula met Roh at the Planalto palace ... They signed the agreement"), or after a summit or
      conference of theirs, dated or not ("the summit, held 7-9 December at Cusco ... the Bolivian
      president did not attend the signing ceremony"); not for an event said to be during another
      ("During her visit, X paid a call on Y": ids in `during`), whose occasion the visit is."""
    for ev in sorted(events, key=lambda e: e.span.start):
        if ev.place is not None or ev.type == "PhoneCall":
            continue
        mine = {p.entity.key for p in ev.participants}
        # the nearest first: "they met two days earlier at the summit in Uzbekistan ... After their talks" in Beijing
        for other in sorted(events, key=lambda o: (o.span.start > ev.span.start, abs(o.span.start - ev.span.start))):
            if other is ev or other.place is None or other.type == "PhoneCall" or other.date_mention == "" or (
                    other.type == "Ceremony" and MEMORIAL_SITE.search(other.place.name)):
                continue  # (a wreath laid at a monument says nothing of where the talks that day were, nor does a
                #           visit the text recalls: "He recalled the visit of X to Kiribati in 2023")
            theirs = {p.entity.key for p in other.participants}
            if ev.date is not None and other.date == ev.date and (
                    (len(mine & theirs) >= 2 and (mine <= theirs or theirs <= mine))
                    or bool(_protagonists(ev) & _protagonists(other))):
                ev.place = other.place
                break
            gathering = other.type in ("Summit", "Conference")
            if ev.date is None and not _day_words(ev) and id(ev) not in during and (gathering or (
                    other.date is None and not _day_words(other))) \
                    and other.span.start <= ev.span.start and ev.status == other.status \
                    and related([p.entity for p in ev.participants], [p.entity for p in other.participants]):
                ev.place = other.place
                break


def at_gathering(events: list[EventMention], frame: Frame) -> None:
    """"met at UNGA on 18 September": an event with no place of its own, whose sentence puts it at
    an organisation that takes part in an event the article places (a visit to the Assembly in New
    York), happened at that place."""
    placed = [(p.entity, e.place) for e in events if e.place is not None and e.type != "PhoneCall"
              for p in e.participants if p.entity.kind == "organization"]
    for ev in events:
        if ev.place is not None or ev.type == "PhoneCall":
            continue
        sent = frame.text[ev.span.sentence_start:ev.span.sentence_end]
        for org, place in placed:
            if any(re.search(rf"\bat (?:the )?{re.escape(n)}\b", sent) for n in (org.name, *org.aliases)):
                ev.place = place
                break


def _day_words(ev: EventMention) -> bool:
    """The event's date words name a day or a year (not only a time of day, "at 8:00 PM", nor the week the
    narrative is in: "Later in the week the President and X discussed")."""
    return bool(ev.date_mention) and not CLOCK.fullmatch(ev.date_mention.strip()) \
        and not NARRATIVE_WEEK.fullmatch(ev.date_mention.strip())


AGAIN = re.compile(r"\b(?:meet|meeting|talk|convene)s?\s+again\b|\bnext (?:meeting|round)\b", re.I)
THIS_WEEK = re.compile(r"(?i)(?:earlier\s+)?this\s+week")
NARRATIVE_WEEK = re.compile(r"(?i)(?:(?:later|earlier)\s+in\s+)?(?:the|that)\s+(?:same\s+)?week")  # (not "this week")


def _protagonists(ev: EventMention) -> set[str]:
    """The people an event's sentence is about: its subjects (all roles but partners')."""
    return {p.entity.key for p in ev.participants if p.entity.kind == "person" and p.role != "Guest"} \
        if len(ev.participants) <= 2 else set()


SPAN_WORDS = re.compile(r"[-–—]|\b(?:to|from|through|until|till|and)\b", re.I)  # a stay of several days


def itinerary(events: list[EventMention], text: str) -> None:
    """"Blinken will travel to Phnom Penh ... The Secretary will meet Hun Sen": what a traveller does
    next in the same paragraph, without a place of its own, happens where the trip went. And a stop
    of a trip without a date of its own ("will travel to Cambodia, the Philippines and Rwanda") is
    dated by the first dated thing the traveller does there ("in Manila on August 6, ... will meet"); the
    first stop of a dated trip the same sentence lists takes the trip's day."""
    date_visits(events)
    for trip in events:  # "will begin a tour today which will see him travel to Peru, Argentina and Chile"
        if trip.type != "Visit" or trip.date is None or trip.place is not None:
            continue
        guests = {p.entity.key for p in trip.participants if p.role == "Guest"}
        stops = [e for e in events if e.type == "Visit" and e.date is None and e.place is not None
                 and e.span.sentence_start == trip.span.sentence_start
                 and guests & {p.entity.key for p in e.participants if p.role == "Guest"}]
        if stops:  # the first stop, in the order the sentence lists them, starts on the trip's day
            stops[0].date, stops[0].date_mention = trip.date, trip.date_mention
    _place_from_stays(events, text)
    _day_from_stay(events)
    _day_of_programme(events, text)


def date_stays(events: list[EventMention], article: Article) -> None:
    """Visits and what visitors do there, dated again once the article's dateline, setting and headline trip
    have placed events the itinerary could not, and once what is still unplaced is at its visitor's last stop."""
    date_visits(events)
    _place_from_last_stop(events, article)
    _day_from_stay(events)


STAY_DAYS = 14  # what a visitor does up to two weeks after a visit began may be part of it
NEXT_SENTENCES = 400  # characters: a visit told this soon after an undated event is the trip it was part of


def _place_from_last_stop(events: list[EventMention], article: Article) -> None:
    """"Wang Yi has visited Singapore ... [paragraphs later] Wang will hold separate meetings with X":
    an event no sentence, dateline or headline placed happened at the last stop its visitor's reports
    named before it, in any paragraph, when nothing says otherwise: no other day of its own, no plan
    placed by a visit done, no stop among several listed together ("a trip to A, B and C")."""
    for ev in events:
        if ev.place is not None or ev.type in ("PhoneCall", "Visit") or (ev.date is None and _day_words(ev)):
            continue
        keys = {p.entity.key for p in ev.participants if p.entity.kind == "person"}
        visits = [v for v in events if v.type == "Visit" and v.place is not None
                  and any(p.role == "Guest" and p.entity.key in keys for p in v.participants)]
        stops = [(span.start, v) for v in visits for span in (v.span, *v.evidence) if span.start < ev.span.start]
        if not stops:  # "On 19 June X met Y ... X's visit to Vienna on 19 June": a visit of that very day, or one
            # begun before ("X today met Y. X arrived in Washington on Tuesday for a five-day visit"), or told
            # right after with no day ("X called on Y. The visit came as part of his trip to Sri Lanka")
            near = {v.place.key: v.place for v in visits if v.status == ev.status and (
                ev.date is not None and v.date is not None and 0 <= (ev.date - v.date).days <= STAY_DAYS
                or ev.date is None and v.date is None and 0 < v.span.start - ev.span.start <= NEXT_SENTENCES)
                or _hosts_visitor_of(ev, v) and 0 < v.span.start - ev.span.start <= NEXT_SENTENCES}
            inner = [p for p in near.values() if p.key not in {q.contained_in for q in near.values()}]
            if len(inner) == 1 and all(p is inner[0] or p.key == inner[0].contained_in for p in near.values()):
                ev.place = inner[0]  # "Vienna" and "Austria" are one stop
            continue
        last = max(start for start, _ in stops)
        places = {v.place.key for start, v in stops if start == last}
        visit = next(v for start, v in stops if start == last)
        if len(places) > 1:  # "... then to Malaysia and Cambodia. X will hold meetings with Singapore's Y": Y's
            guests = {p.entity.key for _, v in stops for p in v.participants if p.role == "Guest"}
            hosts = _partner_countries(ev, guests, article.date)
            visit = next((v for _, v in reversed(stops) if v.place.key in hosts or v.place.contained_in in hosts), None)
        elif not _during_stay(ev, visit, article):
            visit = None
        if visit is not None:
            ev.place = visit.place


def _hosts_visitor_of(ev: EventMention, visit: EventMention) -> bool:
    """"X was expected to discuss ... with his visiting counterpart Y. Y was in Warsaw on a one-day visit":
    the event's guest is the visit's, and the visit told right after says where both are, whatever its tense."""
    guests = {p.entity.key for p in visit.participants if p.role == "Guest"}
    return dates_agree(ev, visit) and any(p.role == "Guest" and p.entity.key in guests for p in ev.participants)


def _partner_countries(ev: EventMention, visitors: set[str], day: dt.date | None) -> set[str]:
    """The countries whose offices the event's other people hold (the knowledge base on `day`, else their titles)."""
    found = set()
    for p in ev.participants:
        if p.entity.kind != "person" or p.entity.key in visitors:
            continue
        actor = actors().get(p.entity.key)
        found |= {o.country for o in (actor.offices if actor else ()) if o.held_on(day)} if day else set()
        found.add(role_of(p.entity.title or "")[1])
    return found - {None}


def _during_stay(ev: EventMention, visit: EventMention, article: Article) -> bool:
    """`ev` may fall within `visit`: of the same status (or planned while a visit is under way), and on
    a day from the visit's first to STAY_DAYS after it where both are dated."""
    if visit.status != ev.status and not (visit.status == "happened" and article.date is not None and (
            visit.date is None or visit.date >= article.date - dt.timedelta(days=1))):
        return False
    return not (ev.date and visit.date) or 0 <= (ev.date - visit.date).days <= STAY_DAYS


def date_visits(events: list[EventMention]) -> None:
    """A visit without a date of its own is dated by the first dated thing its visitor does there."""
    for visit in events:
        if visit.type != "Visit" or visit.date is not None or visit.place is None:
            continue
        guests = {p.entity.key for p in visit.participants if p.role == "Guest"}
        there = [e for e in events if e is not visit and e.date is not None and e.place is not None
                 and e.status == visit.status and guests & {p.entity.key for p in e.participants}
                 and visit.place.key in (e.place.key, e.place.contained_in)]
        if there:
            first = min(there, key=lambda e: e.date)
            visit.date, visit.date_mention = first.date, first.date_mention


def _place_from_stays(events: list[EventMention], text: str) -> None:
    """What a visitor does in the paragraph of a report of their visit, without a place of its own,
    happens where the visit went. Every report of a visit counts ("will travel to Kosovo ... [later
    paragraph] will be in Kosovo. He will meet X"), though the two are one event; a visit's own sentence
    counts for the events it reports after it ("a visit to Burma, during which he met X", not "Rice is
    meeting X after wrapping up a Middle East tour"; events are in text order)."""
    def paragraph(offset: int) -> int:
        return text.count("\n\n", 0, offset)
    stays = sorted(((span.start, paragraph(span.start), n, p.entity.key, ev.place, span is ev.span)
                    for n, ev in enumerate(events) if ev.type == "Visit" and ev.place
                    for span in (ev.span, *ev.evidence) for p in ev.participants if p.role == "Guest"),
                   key=lambda stay: stay[0])
    for i, ev in enumerate(events):
        if ev.place is not None or ev.type in ("PhoneCall", "Visit") or not stays:
            continue
        here, keys = paragraph(ev.span.start), {p.entity.key for p in ev.participants}
        there = [place for start, para, n, key, place, own in stays if key in keys and para == here
                 and (start < ev.span.start or (own and start == ev.span.start and n < i))]
        if there:
            ev.place = there[-1]


def _day_of_programme(events: list[EventMention], text: str) -> None:
    """"On Friday 13 September, X will speak at the conference. In addition, X will meet Y": a planned
    event with no time of its own is on the day of the plan of its party reported just before it in the
    same paragraph (a visit, which lasts days, dates nothing)."""
    paragraph = {id(ev): text.count("\n\n", 0, ev.span.start) for ev in events}
    for ev in events:
        if ev.status != "planned" or ev.type == "Visit" or ev.date is not None or ev.date_mention is not None:
            continue
        keys = {p.entity.key for p in ev.participants}
        before = [v for v in events if v.status == "planned" and v.type != "Visit" and v.date is not None
                  and v.date_mention and not SPAN_WORDS.search(v.date_mention)  # a day, not "August 3-5"
                  and v.span.start < ev.span.start and paragraph[id(v)] == paragraph[id(ev)]
                  and keys & {p.entity.key for p in v.participants}]
        if before:
            latest = max(before, key=lambda v: v.span.start)
            ev.date, ev.date_mention = latest.date, latest.date_mention


def _day_from_stay(events: list[EventMention]) -> None:
    """"will be in Rome on April 16 ... While in Rome, she will meet X": a stay of one day dates the
    undated events its visitor has there."""
    for ev in events:
        if ev.type == "Visit" or ev.place is None or ev.date is not None or ev.date_mention is not None:
            continue
        keys = {p.entity.key for p in ev.participants}
        days = {v.date for v in events if v.type == "Visit" and v.date and v.status == ev.status
                and v.place is not None and v.place.key in (ev.place.key, ev.place.contained_in)
                and v.date_mention and not SPAN_WORDS.search(v.date_mention)
                and keys & {p.entity.key for p in v.participants if p.role == "Guest"}}
        if len(days) == 1:
            ev.date = days.pop()


def lede(frame: Frame, article: Article):
    """(protagonist key, date, date mention) of the article's first sentence, when its main verb
    carries a date of day precision ("Xi Jinping told Russia's top diplomat today that ..."), or
    else when a dateline states the report's day ("Astana, 12 March 2024 ... X received Y")."""
    # (after a first line with no verb: "Africa-Press – Angola. X on Monday held meetings ...")
    sents = frame.sents[1:] if len(frame.sents) > 1 and frame.sents[0].root.pos_ not in ("VERB", "AUX") \
        else frame.sents
    if not sents or article.date is None:
        return None
    root = sents[0].root  # "X told Y today that ..., state media said": the reported clause counts
    for verb in (root, *[c for c in root.children if c.dep_ == "ccomp"]):
        if planned(verb, None, None):
            continue  # "X will travel ... July 19-23": a plan dates nothing that happened
        subjects = [e for h in frame.subjects(verb) for e in frame.entities(h, ("person",))]
        if not subjects:
            continue
        for ent in sents[0].ents:
            if ent.label_ == "DATE" and _of_verb(anchor(ent.root, set()), verb) \
                    and not DURATION.search(ent.text):  # "leaves for a three day programme": no day
                words = with_calendar_day(ent).text
                day = dates.resolve(words, article.date)
                if day is not None:
                    return subjects[0].key, day, words
        if article.dateline_day is not None and not any(e.label_ == "DATE" and not DURATION.search(e.text)
                                                        for e in sents[0].ents):  # "on a two-day visit" names no day
            return subjects[0].key, article.dateline_day, article.dateline_day.isoformat()
    return None


def _of_verb(head, verb) -> bool:
    """`head` is `verb`, or a participle on its object the parser hung the verb's words on ("held talks
    focusing on trade in New York on Tuesday")."""
    if head is not None and head.dep_ == "acl" and head.tag_ == "VBG" and head.head.dep_ == "dobj":
        head = head.head.head
    return head == verb


def fill_from_article(ev: EventMention, article: Article, lede, dateline: Entity | None,
                      narrative: tuple | None = None, first_sentence: int = 0,
                      opening: frozenset[str] = frozenset()) -> EventMention:
    """Article-level defaults, applied only where the event's own sentence says nothing:
    * the lede's date for a happened event of the lede's protagonist (news opens with its main
      event: the first sentence's "today" dates the protagonist's undated meeting reported below),
      or the day the narrative had reached (`narrative`: the latest day named before the event,
      "Early on Monday, 13 August, he flew back to Seoul ... Next, he held talks with X"), not for
      a gathering named after its organiser (the protagonist met on its margins that day);
    * the dateline place for an event of the article's own days (a week before to a day after the
      article date), or one of people that happened with no time said in the first sentence (at
      `first_sentence`), or of one of its people (`opening`) later, that names no place; never for phone calls."""
    named_gathering = any(p.role == "Organizer" for p in ev.participants)  # its own days, often several
    if ev.date is None and ev.date_mention is None and ev.status == "happened" and lede is not None \
            and not named_gathering:
        key, day, words = lede
        day, words = narrative if narrative is not None and narrative[0] >= day else (day, words)
        if any(p.entity.key == key for p in ev.participants):
            ev.date, ev.date_mention = day, words
    return at_dateline(ev, article, dateline, first_sentence, opening)


def venues_in_setting(events: list[EventMention], resolver) -> None:
    """A venue no gazetteer places ("his meeting with Bhandari at Sheetal Niwas") lies in the country all the
    article's other placed events share (Nepal, where the rest of the visit was; not their city: a day trip
    leaves it)."""
    if resolver is None:
        return
    placed = [e for e in events if e.place is not None and e.type != "PhoneCall"]
    venues = [e for e in placed if e.place.kind == "place" and e.place.contained_in is None and not e.place.same_as]
    countries = [p for p in _shared([resolver.place_chain(e.place) for e in placed if e not in venues])
                 if p.kind == "country"]
    for ev in venues if countries else ():
        ev.place = replace(ev.place, contained_in=countries[0].key)


def dateline_refines(events: list[EventMention], article: Article, dateline: Entity | None, resolver) -> None:
    """"UNITED NATIONS — X returned to the United States to meet with Y on June 23": an event of the report's days
    that the body places only in the country the dateline lies in is at the dateline (not a visit: it is the
    country's)."""
    if dateline is None or resolver is None or article.date is None:
        return
    lands = {p.key for p in resolver.place_chain(dateline) if p.kind == "country"}
    for ev in events:
        if ev.place is not None and ev.place.key in lands and ev.type not in ("Visit", "PhoneCall") \
                and ev.date is not None and dt.timedelta(days=-7) <= ev.date - article.date <= dt.timedelta(days=1):
            ev.place = dateline


def _shared(chains: list[list[Entity]]) -> list[Entity]:
    """The places of the first chain that every chain holds (finest first); none for no chains."""
    return [p for p in chains[0] if all(p.key in {q.key for q in c} for c in chains[1:])] if chains else []


def one_setting(events: list[EventMention], resolver, today: dt.date | None = None) -> None:
    """An article whose placed events all lie within one place (a visit's meetings in Israel, a conference's
    margins in Addis Ababa): its events that name no place, of the same people and days, took place there
    too, at the finest place the others share. Not a phone call, nor what the text puts at another time without
    a day ("had met in 2014") or recalls; nor by a plan to meet again ("X met Y on the sidelines of the G7. Both
    sides agreed to meet again in Washington": not in Washington)."""
    placed = [e for e in events if e.place is not None and e.date_mention != ""
              and not (e.status == "planned" and AGAIN.search(e.span.sentence))]
    if not placed or resolver is None:
        return
    shared = _shared([resolver.place_chain(e.place) for e in placed])
    if not shared:
        return
    people = {p.entity.key for e in placed for p in e.participants if p.entity.kind == "person"}
    days = [e.date for e in placed if e.date is not None]
    happened = {p.entity.key for e in placed if e.status != "planned" for p in e.participants}
    for ev in events:
        if ev.place is not None or ev.type == "PhoneCall" or (ev.date is None and ev.date_mention is not None) \
                or not people & {p.entity.key for p in ev.participants}:
            continue
        if ev.status != "planned" and not happened & {p.entity.key for p in ev.participants} \
                and ev.date is not None and today is not None and ev.date < today:
            continue  # what happened days before is not placed by its people's plans alone ("X met Y on Tuesday.
            #           They will hold talks when Y visits Cyprus"; but a trip under way places today's events)
        if ev.date is not None and days and not min(days) - SAME_DAYS <= ev.date <= max(days) + SAME_DAYS:
            continue  # a day of its own, far from the placed events' days
        # (a visit goes to a land or a town, not to the mausoleum where the visitor laid a wreath)
        ev.place = next((p for p in shared if ev.type != "Visit" or not _venue(p)), None)


def _venue(place: Entity) -> bool:
    """A building named so ("the National Mausoleum", "State House"), not a town, a region or a country."""
    return place.kind == "place" and place.name.split()[-1].lower() in VENUE_NOUNS


SAME_DAYS = dt.timedelta(days=3)  # how far from the placed events' days an event still is of the same stay


def city_refines(events: list[EventMention], resolver) -> None:
    """"X held talks with Y as part of his state visit to Uzbekistan ... At a media briefing held in Tashkent, X
    noted": an event (not a visit, nor a call) the text places only in a country is in the one city of that country
    where the other events of its people, on days near its own, took place."""
    if resolver is None:
        return
    for ev in events:
        if ev.place is None or ev.place.kind != "country" or ev.type in ("Visit", "PhoneCall"):
            continue
        people = {p.entity.key for p in ev.participants if p.entity.kind == "person"}
        cities = {}
        for other in events:
            near = ev.date is None or other.date is None or abs(other.date - ev.date) <= SAME_DAYS
            if other is ev or other.place is None or not near \
                    or not people & {p.entity.key for p in other.participants}:
                continue
            chain = resolver.place_chain(other.place)
            keys = [p.key for p in chain]
            if ev.place.key in keys and keys.index(ev.place.key) > 0:
                city = chain[keys.index(ev.place.key) - 1]
                if city.key.removeprefix("place/").isdigit():  # a GeoNames city (not "the Presidential Villa")
                    cities[city.key] = city
        if len(cities) == 1:
            ev.place = next(iter(cities.values()))


def at_dateline(ev: EventMention, article: Article, dateline: Entity | None, first_sentence: int,
                opening: frozenset[str] = frozenset()) -> EventMention:
    """The dateline place for an event that names none: of the article's own days, or of people, in the
    first sentence or later of the people of its events (`opening`: "NEW YORK – X held talks on Tuesday.
    ... He had held meetings with A and B"), happened with no time said; never a phone call."""
    if ev.place is not None or ev.type == "PhoneCall" or dateline is None:
        return ev
    if ev.date and article.date:
        if dt.timedelta(days=-7) <= ev.date - article.date <= dt.timedelta(days=1):
            ev.place = dateline
    elif ev.date is None and THIS_WEEK.fullmatch(ev.date_mention or "") and ev.status == "happened":
        ev.place = dateline  # "WASHINGTON – X met this week with Y": the report's own days
    elif ev.date is None and ev.date_mention is None and ev.status == "happened" and (
            ev.span.sentence_start == first_sentence and any(p.entity.kind == "person" for p in ev.participants)
            or opening & {p.entity.key for p in ev.participants}):
        ev.place = dateline  # "BEIJING — X and Y witnessed the signing of agreements": the lede's own news
    return ev


def fill_from_trip(ev: EventMention, article: Article, trip: tuple[Entity, set[str], str] | None) -> EventMention:
    """The trip a headline states places its visitor's events of the article's days (of the trip's
    status: done or planned) that name no place: the body often says only "During his visit, the
    Secretary General met X"; or only the country ("Foreign Minister X visits London": "X started his visit to the
    United Kingdom ... X and Y discussed" is in London, though the visit itself stays the country's)."""
    if trip is None or ev.type == "PhoneCall" or ev.status != trip[2]:
        return ev
    place, visitors, _ = trip
    inside = ev.place is not None and ev.type != "Visit" and ev.place.kind == "country" \
        and place.contained_in == ev.place.key
    if ev.place is not None and not inside:
        return ev
    if not any(p.entity.key in visitors for p in ev.participants):
        return ev
    days = ev.date is None and ev.date_mention is None or (
        ev.date is not None and article.date is not None and dt.timedelta(days=-7) <= ev.date - article.date
        <= dt.timedelta(days=1))
    if days:
        ev.place = place
    return ev


def opening_settings(events: list[EventMention]) -> list[tuple[Entity, set[str], dt.date | None, str]]:
    """(place, party keys, day, status) of the events the first sentence reports in a place on a day: "The
    leaders met in Singapore on Tuesday" sets the scene of an article without a dateline (what happened, and
    what is planned: "announced today that she is travelling to Italy and will be in Rome on April 16")."""
    first = [e for e in events if e.span.sentence_start == min(x.span.sentence_start for x in events)]
    return [(e.place, {p.entity.key for p in e.participants}, e.date if e.status == "happened" else None, e.status)
            for e in first if e.place is not None and e.date is not None]


def fill_from_setting(ev: EventMention, article: Article, settings) -> EventMention:
    """Without a dateline, an event of an opening event's parties (of its own status first: done, or
    planned) that names no place and no other time (none, or the article's days) is where that event is,
    and a happened one with no date of its own on its day ("The two men signed an agreement"); never a
    phone call or a trip (a trip goes elsewhere)."""
    # of its status first: "announced she is travelling to X and will be in Rome on April 16. She will meet Y"
    setting = next((s for s in settings if s[3] == ev.status), None) or next(iter(settings), None)
    if setting is None or ev.type in ("PhoneCall", "Visit"):
        return ev
    place, parties, day, _ = setting
    # (a country's party is also the one who holds its office: "The Maldives and Azerbaijan signed ... in Baku",
    # then "A, Minister of Foreign Affairs of the Maldives and B, ... of Azerbaijan, signed")
    if not parties & ({p.entity.key for p in ev.participants} | _partner_countries(ev, set(), article.date)):
        return ev
    undated = ev.date is None and ev.date_mention is None
    if ev.place is None and (undated or (ev.date and article.date and abs((ev.date - article.date).days) <= 7)):
        ev.place = place
    if undated and day is not None and ev.status == "happened" and ev.place == place \
            and not any(p.role == "Organizer" for p in ev.participants):  # a named gathering has its own days
        ev.date = day
    return ev
