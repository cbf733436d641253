"""Descriptions of office: people named by what they are, resolved to who they are.

    find(doc, date, cands, people, actors)   -> [Mention] for "the Chinese president", "Russia's top diplomat",
                                                "his Russian counterpart", "the President of the Republic of Korea"

A description resolves to the one person of that office named in the article (before it when no country is
given; a name's own title, or the office the words just before it name), else to the KB holder on the
article's date: of a country's head of state or government, or of an organisation's single head ("the
President of the European Commission"); to nobody when neither is known (better no link than a wrong one).
"the President of <neither a country nor a known organisation>" is no description.
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from newsgraph.ingest import knowledge, nlp, titles
from newsgraph.ingest.knowledge import KbActor, fold
from newsgraph.ingest.model import Entity, Mention
from newsgraph.ingest.spans import Candidate, followed_by_name, mention_of

LEADER_ROLES = frozenset({"president", "prime minister", "chancellor", "supreme leader", "king", "queen", "emir",
                          "general secretary", "premier"})
PREMIERS = frozenset({"prime minister", "premier"})  # one office, as news writes it of any country
HEAD_ROLES = frozenset({"president", "prime minister", "premier", "chancellor", "leader", "supreme leader",
                        "king", "queen", "emir"})
# the words of an office other than a title of kb/roles.tsv
_OTHER_ROLES = ("head of state", "head of government", "head of the state", "head of the government", "counterpart",
                "chair", "chairman", "chairwoman")
# "of the Republic of Korea": the country or body an office is of
_OF = r"\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’.\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.\-]*){0,4})"
# "the visit of President of Maldives to India": a capitalised office of a country, no article before it, nor
# a qualifier that makes it another office ("Mike Pence, Vice President of the USA")
_OTHER_OFFICE = titles.QUALIFIERS | {"acting"}
# (nor one not yet held: "The future President of the European Commission has begun her first tour")
_NOT_QUALIFIED = "".join(rf"(?<!\b{w}[ -])" for word in sorted(_OTHER_OFFICE | {"future", "incoming", "next"})
                         for w in (word, word.capitalize()))
BARE_DESCRIPTION = re.compile(
    rf"(?<![\w.-]){_NOT_QUALIFIED}"
    rf"(?P<role>President|Prime Minister|Premier|Chancellor|Foreign Minister|Secretary[- ]General){_OF}")
# "the head of the Italian government", "the head of the Kazakh state": the country's leader
HEAD_OF_THE_NATIONS = re.compile(r"\b(?P<det>(?i:the))\s+(?i:head)\s+of\s+the\s+(?P<adj>[A-Z][\w\-]*)\s+"
                                 r"(?P<role>(?i:government|state))\b(?![’']s\b|-)")  # (not "... government's team")
# not after a word that makes the office anyone's: "the first state visit by a French leader", "any Georgian PM"
_NO_DETERMINER = "".join(rf"(?<!\b{w} )" for w in ("a", "A", "an", "An", "any", "every", "another", "former", "no"))
# "his Russian, Turkish and Moldovan counterparts", "counterparts from Montenegro, Georgia and Ghana": each
# adjective or country names one counterpart
_LISTED = r"[A-Z][\w\-]*(?:\s*,\s*[A-Z][\w\-]*)*,?\s+and\s+[A-Z][\w\-]*"
PLURAL_COUNTERPARTS = re.compile(
    rf"\b(?i:his|her|their)\s+(?P<adjs>{_LISTED})\s+counterparts\b|\bcounterparts\s+(?:from|of)\s+(?P<lands>{_LISTED})")

# "the Israeli official", "the Chinese minister": the one person of that country the article named before
NATIONAL = re.compile(r"\b(?i:the)\s+(?P<adj>[A-Z][\w.\-]*)\s+"  # ("the U.S. official")
                      r"(?P<noun>(?i:official|diplomat|minister|envoy|visitor|guest|dignitary))\b(?!\s+(?:of|for|to)\b)")


_NOT_ELECT = r"(?![-‐](?i:elect|designate))"  # "the President-elect of Moldova" holds no office yet


@functools.cache
def _patterns() -> tuple[re.Pattern, ...]:
    """"the Chinese president", "the Minister of Foreign Affairs of the Russian Federation", "Russia's top
    diplomat", the bare office of a country and "the head of the Italian government"; any office kb/roles.tsv
    names, longest phrase first."""
    roles = _role_words()
    description = re.compile(
        rf"(?:\b(?P<det>(?i:the|his|her|their|its))\s+(?:(?P<adj>[A-Z][\w.\-]*(?:[ ][A-Z][\w\-]*)?)\s+)?"
        rf"|\b{_NO_DETERMINER}(?P<bare>[A-Z][\w\-]*)\s+)?(?P<role>{roles})\b{_NOT_ELECT}(?:{_OF})?")  # "Georgian PM"
    possessive = re.compile(rf"\b(?P<country>[A-Z][\w.\-]*(?:[ ][A-Z][\w\-]*)?)(?:'s|’s)\s+"
                            rf"(?P<role>{roles})\b{_NOT_ELECT}")
    return description, possessive, BARE_DESCRIPTION, HEAD_OF_THE_NATIONS


def find(doc, date: dt.date | None, cands: list[Candidate], people: list[Candidate],
         actors: dict[str, KbActor]) -> list[Mention]:
    """Mentions of people by office in `doc`: "the Chinese president", "Russia's top diplomat", "his Russian
    counterpart", "the President of Brazil"; `people` are the resolved person candidates, `date` the article's."""
    taken = {i for c in cands for i in range(doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1]))}
    found, from_kb = [], []
    text = nlp.doc_text(doc)
    before = {id(c): _line_before(text, doc[c.start].idx) for c in people}
    for pattern in _patterns():
        for match in pattern.finditer(text):
            if taken.intersection(range(match.start("role"), match.end("role"))):
                continue
            words = match.groupdict()
            if "det" in words and not (words["det"] or words["bare"]):
                continue  # a bare "Minister" is no description
            country_text = words.get("adj") or words.get("bare") or words.get("country") or ""
            if fold(country_text) in _OTHER_OFFICE:
                continue                                     # "Vice President of the USA": another office
            country = titles.country_words().get(fold(country_text)) if country_text else None
            end = match.end("role")
            if words.get("of"):
                of_country = _country_prefix(match.group("of")) or _organisation_prefix(match.group("of"))
                if of_country is None or (country and of_country[0] != country):
                    continue                                 # "the President of the Tennis Club"
                country, end = of_country[0], match.start("of") + of_country[1]
            span = doc.char_span(match.start(), end, alignment_mode="expand")
            if span is None or followed_by_name(doc, span.end, people):
                continue
            role = titles.roles()[fold(match.group("role"))] if fold(match.group("role")) in titles.roles() else None
            if fold(match.group("role")).startswith("head of") or pattern is HEAD_OF_THE_NATIONS:
                role = "leader"  # "the Malagasy Head of State": the country's president, king or emir
            if country_text and not country:  # "the IOC President": the one holder of that office named before
                holder = _body_office_holder(doc, people, span, match.group("role")) if words.get("det") else None
                found += [mention_of(doc, span.start, span.end, holder)] if holder is not None else []
                continue
            if fold(match.group("role")) == "counterpart":
                if country is None:
                    continue
                role = _role_of_possessor(doc, span, people, date, actors)
                entity = _holder(role, country, people, span.start, date, actors, before, kb=False) \
                    or _named_counterpart(country, people, before)
            else:
                entity = _holder(role, country, people, span.start, date, actors, before, kb=False) \
                    or _counterpart_holder(doc, role, country, people, date, actors, before)
            if entity is not None:
                found.append(mention_of(doc, span.start, span.end, entity))
            elif not _held_somewhere(role, people, date, actors, before) \
                    and (held := _holder(role, country, people, span.start, date, actors, before)) is not None:
                from_kb.append(mention_of(doc, span.start, span.end, held))
    found += _plural_counterparts(doc, date, people, actors, before) + _nationals(doc, date, people, actors, before) \
        + _former(doc, people) + _envoys(doc, people) + _national_envoys(doc, people, actors) \
        + _offices_named_before(doc, people) \
        + _bare_offices(doc, people) + _acronym_offices(doc, people, taken) + from_kb
    # one per phrase: the first, so the people the article names come before the KB's holder of an office
    return list({(m.span.start, m.span.end): m for m in reversed(found)}.values())[::-1]


def _body_office_holder(doc, people: list[Candidate], span, role: str) -> Entity | None:
    """"Later, the IOC President met X" after "President Y had his first meeting": of a body (NER: ORG) no KB entry
    has holders of, the one person named before whose title names the office."""
    if not any(t.ent_type_ == "ORG" for t in span):
        return None
    named = {c.entity.key: c.entity for c in people if c.end <= span.start
             and fold(role) in fold(c.title or c.entity.title or "")}
    return next(iter(named.values())) if len(named) == 1 else None


@functools.cache
def _role_words() -> str:
    """Any office kb/roles.tsv or _OTHER_ROLES names, longest phrase first, as a group of a regular expression."""
    phrases = sorted({*titles.roles(), *_OTHER_ROLES}, key=len, reverse=True)
    return "(?i:" + "|".join(re.escape(p).replace(r"\ ", "[- ]") for p in phrases) + ")"


@functools.cache
def _former_pattern() -> re.Pattern:
    return re.compile(r"\b(?i:the)\s+(?i:former)\s+(?P<role>" + _role_words() + r")\b")


def in_headline(doc, mentions: list[Mention], body: list[Mention]) -> list[Mention]:
    """The headline's `mentions`, its offices ("The President of Estonia arrives in Kyiv") resolved to the one person
    the body (`body`, its mentions) names with that office ("Estonian President Alar Karis"): the knowledge base
    may not know who held it, and the headline names the country alone."""
    holders: dict[tuple[str, str], set[Entity]] = {}
    for m in body:
        if m.entity.kind == "person" and m.entity.title:
            role, country = titles.role_of(m.entity.title)
            if role and country:
                holders.setdefault((role, country), set()).add(m.entity)
    text = nlp.doc_text(doc)
    named = {m.entity.key for m in body}
    for pattern in (_patterns()[0], BARE_DESCRIPTION):
        for match in pattern.finditer(text):
            people = holders.get(titles.role_of(match.group(0)), set())
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            # (an office the KB resolved to a holder the body does not name gives way to the one it names)
            if len(people) != 1 or span is None or any(
                    m.entity.kind == "person" and m.entity.key in named and m.span.start < span.end_char
                    and span.start_char < m.span.end for m in mentions):
                continue
            mentions = [m for m in mentions if not (span.start_char <= m.span.start < span.end_char)]
            mentions.append(mention_of(doc, span.start, span.end, next(iter(people))))
    titled = _titled_as_in_body(doc, text, mentions, body)
    mentions = [m for m in mentions if not any(t.span.start <= m.span.start < t.span.end for t in titled)]
    return sorted(mentions + titled, key=lambda m: m.span.start)


def _titled_as_in_body(doc, text: str, mentions: list[Mention], body: list[Mention]) -> list[Mention]:
    """"The Nigerian Ambassador in Amman visited X": the one person the body names with that very title ("Nigerian
    Ambassador Haruna Onguku"), or with its country after the office ("Bangladesh High Commissioner" for "X, the High
    Commissioner of Bangladesh to Sri Lanka"), for titles of no single office (an ambassador, a consul)."""
    by_title: dict[str, set[Entity]] = {}
    titled = {m.entity.key: m.entity for m in body
              if m.entity.kind == "person" and m.entity.title and len(m.entity.title.split()) >= 2}
    for person in titled.values():  # (each person once, however often the body names them)
        for phrase in (person.title.lower(), *_national_forms(person.title)):
            by_title.setdefault(phrase, set()).add(person)
    found = []
    for title, people in by_title.items():
        match = re.search(rf"\b{re.escape(title)}\b", text, re.I)
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand") if match else None
        if len(people) == 1 and span is not None and not any(  # (a country in it gives way: "[Bangladesh] High
                m.span.start < span.end_char and span.start_char < m.span.end  # Commissioner")
                and m.entity.kind != "country" for m in mentions):
            found.append(mention_of(doc, span.start, span.end, next(iter(people))))
    return found


OFFICE_OF_A_LAND = re.compile(r"(?:the\s+)?(?P<office>[A-Za-z -]+?)\s+of\s+(?:the\s+)?(?P<land>[A-Z][\w'’ -]*?)"
                              r"(?:\s+to\s+.*)?$")  # "the High Commissioner of Bangladesh to Sri Lanka"


def _national_forms(title: str) -> list[str]:
    """The headline forms of a title that names its country after the office: "the High Commissioner of Bangladesh
    to Sri Lanka" -> "bangladesh high commissioner", "bangladeshi high commissioner"."""
    m = OFFICE_OF_A_LAND.match(title)
    country = titles.country_words().get(fold(m.group("land"))) if m else None
    if country is None or not all(w.lower() in titles.TITLE_WORDS for w in m.group("office").split()):
        return []
    return [f"{w} {m.group('office').lower()}" for w, c in titles.country_words().items() if c == country]


def _former(doc, people: list[Candidate]) -> list[Mention]:
    """"The former president visited Kinshasa": the one person named before with that office, titled former
    ("Former President Uhuru Kenyatta"), whom the offices held on the day would not give."""
    found = []
    for match in _former_pattern().finditer(nlp.doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        role = titles.roles().get(fold(match.group("role")))
        if span is None or role is None or followed_by_name(doc, span.end, people):
            continue
        titles_before = {c.entity.key: (c.entity, c.title or c.entity.title or "") for c in people
                         if c.end <= span.start}
        holders = [e for e, title in titles_before.values()
                   if title.lower().startswith("former ") and titles.role_of(title[len("former "):])[0] == role]
        if len(holders) == 1:
            found.append(mention_of(doc, span.start, span.end, holders[0]))
    return found


def _nationals(doc, date, people: list[Candidate], actors, before) -> list[Mention]:
    def of_that_country(match, cand: Candidate) -> bool:
        country = titles.country_words().get(fold(match.group("adj")))
        if country is None:  # "the UN envoy" after "the UN Special Envoy for Yemen, X": a body's word before the name
            said = f"{_words_before(doc, cand)} {cand.title or cand.entity.title or ''}"
            return fold(match.group("adj")) in fold(said).split()
        return country in {c2 for _, c2 in _roles(cand, date, actors, before.get(id(cand)))} \
            | {_country_of_title(cand)}
    return _the_one_named_before(doc, people, NATIONAL, of_that_country)


# "the outgoing ambassador", "the envoy": the one diplomat the article named before (no country, no name after)
ENVOY = re.compile(r"\b(?i:the)\s+(?:(?i:outgoing|departing|incoming|new|visiting)\s+)?"
                   r"(?i:ambassador|envoy|high commissioner|diplomat)\b(?!\s+(?:of|for|to)\b|\s+[A-Z])")
ENVOY_TITLE = re.compile(r"(?i)\b(?:ambassador|envoy|high commissioner|charg[ée] d.affaires)\b")


# "Kazakhstan's ambassador to the UK", "the Kazakh envoy": a country's envoy the phrase does not name
NATIONAL_ENVOY = re.compile(r"\b(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['’]s)?\s+"
                            r"(?i:ambassador|envoy|high commissioner)\b(?:\s+to\s+(?:the\s+)?[A-Z][\w.]*)?")


def _national_envoys(doc, people: list[Candidate], actors: dict[str, KbActor]) -> list[Mention]:
    """A country's envoy no name follows: the one person named before with an envoy's title of that country, else
    the person the next sentence opens with (_named_next)."""
    found = []
    for match in NATIONAL_ENVOY.finditer(nlp.doc_text(doc)):
        country = titles.country_words().get(fold(match.group("country")))
        span = doc.char_span(match.start(), match.end())
        if country is None or span is None or followed_by_name(doc, span.end, people):
            continue
        named = {c.entity.key: c.entity for c in people if c.end <= span.start and c.entity is not None
                 and ENVOY_TITLE.search(c.title or c.entity.title or "") and _country_of_title(c) == country}
        entity = next(iter(named.values())) if len(named) == 1 else _named_next(doc, span, people, actors)
        if entity is not None:
            found.append(mention_of(doc, span.start, span.end, entity))
    return found


def _named_next(doc, span, people: list[Candidate], actors: dict[str, KbActor]) -> Entity | None:
    """"Kazakhstan's ambassador to the UK arrived in Aberdeen yesterday. Erlan Idrissov left the London embassy":
    an office no one named fits is the person the next sentence opens with, named there without a title, not
    named before, and no one the knowledge base knows (whose offices it would have matched)."""
    i = span.sent.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    opener = next((c for c in people if c.start == i and c.title is None and c.entity is not None), None)
    if opener is None or opener.entity.key in actors or any(
            c.entity is not None and c.entity.key == opener.entity.key and c.start < span.start for c in people):
        return None
    return opener.entity


def _envoys(doc, people: list[Candidate]) -> list[Mention]:
    return _the_one_named_before(doc, people, ENVOY,
                                 lambda match, cand: ENVOY_TITLE.search(cand.title or cand.entity.title or ""))


# "the Force Commander" after "UNIFIL Force Commander Major-General X": an office of two or three capitalised words
# (the last a title word) that no kb/roles.tsv role names, for the one person named before with those words
# (or bare after "with" and "by": "left for Berlin to meet with Berlin Mayor")
OFFICE_NAMED_BEFORE = re.compile(r"\b(?:(?i:the)\s+|(?<=\bwith\s)|(?<=\bby\s))"
                                 r"(?P<office>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,2})\b(?!\s+(?:of|for|to)\b)")


# one office under two names: a Mexican "Municipal President" is the city's mayor
OFFICE_SYNONYMS = {"municipal president": "mayor"}


def _offices_named_before(doc, people: list[Candidate]) -> list[Mention]:
    def named_so(match, cand: Candidate) -> bool:
        office = fold(match.group("office"))
        office = OFFICE_SYNONYMS.get(office, office)
        if office in titles.roles() or office.split()[-1] not in titles.TITLE_WORDS:
            return False
        named = re.compile(rf"\b{re.escape(office)}\b")  # ("the Mayor, X": before a comma too)
        return bool(named.search(fold(_words_before(doc, cand))) or named.search(fold(cand.title or "")))
    return _the_one_named_before(doc, people, OFFICE_NAMED_BEFORE, named_so)


# "During the visit, Foreign Secretary met X": a readout's office without an article, before a verb, for the one person
# named before with it ("Dr. S Jaishankar, Foreign Secretary of India, is visiting Bhutan")
BARE_OFFICE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=,\s)|(?<=\n))(?P<office>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
                         r"(?=\s+(?!(?:of|for|to|and|at|in)\b)[a-z])")


def _bare_offices(doc, people: list[Candidate]) -> list[Mention]:
    """The first person named with the office (the readout's own: the other side's is "Foreign Secretary of
    Bhutan"), when no name follows it."""
    found = []
    for match in BARE_OFFICE.finditer(nlp.doc_text(doc)):
        office = fold(match.group("office"))
        span = doc.char_span(match.start(), match.end())
        if office not in titles.roles() or span is None or followed_by_name(doc, span.end, people):
            continue
        holder = next((c.entity for c in sorted(people, key=lambda c: c.start) if c.end <= span.start
                       and f" {office} " in f" {fold(c.title or c.entity.title or '')} "), None)
        found += [mention_of(doc, span.start, span.end, holder)] if holder is not None else []
    return found


ACRONYM = re.compile(r"(?<![\w.-])(?P<acronym>[A-Z]{2,4})(?![\w.-])")


def _acronym_offices(doc, people: list[Candidate], taken: set[int]) -> list[Mention]:
    """"EAM was called on the President" after "External Affairs Minister Sushma Swaraj": the one person named before
    whose title's initials the letters are (no name after them, nor a name or body of their own)."""
    found = []
    initials = [(c, {_initials(c.title or c.entity.title or ""), _initials(_words_before(doc, c))}) for c in people]
    for match in ACRONYM.finditer(nlp.doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is None or taken.intersection(range(match.start(), match.end())) \
                or followed_by_name(doc, span.end, people):
            continue
        holders = {c.entity.key: c.entity for c, letters in initials if c.end <= span.start
                   and match.group("acronym") in letters}
        if len(holders) == 1:
            found.append(mention_of(doc, span.start, span.end, next(iter(holders.values()))))
    return found


def _initials(title: str) -> str:
    """"External Affairs Minister Smt." -> "EAM": the capitalised words that end `title`, honorifics left out."""
    words = [w for w in re.split(r"[\s-]+", title) if w and fold(w) not in titles.HONORIFICS]
    run = []
    for w in reversed(words):
        if not w[:1].isupper() or w[-1] in ":;,":
            break  # ("New Delhi: External Affairs Minister": the dateline is no part of the title)
        run.insert(0, w[0])
    return "".join(run)


def _words_before(doc, cand: Candidate) -> str:
    """The words right before a person's name in its sentence, where news puts the office ("UNIFIL Force Commander
    Major-General [X]")."""
    return doc[max(doc[cand.start].sent.start, cand.start - 8):cand.start].text


def _the_one_named_before(doc, people: list[Candidate], pattern: re.Pattern, fits) -> list[Mention]:
    """A mention of each `pattern` phrase no name follows, for the one person named before it that `fits` it."""
    found = []
    for match in pattern.finditer(nlp.doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is None or followed_by_name(doc, span.end, people):
            continue
        named = {c.entity.key: c.entity for c in people if c.end <= span.start and fits(match, c)}
        if len(named) == 1:
            found.append(mention_of(doc, span.start, span.end, next(iter(named.values()))))
    return found


def _country_of_title(cand: Candidate) -> str | None:
    """The country a person's title names, whatever the office: "the Speaker of the Israeli Knesset"."""
    return titles.role_of(cand.title or cand.entity.title or "")[1]


def _plural_counterparts(doc, date, people: list[Candidate], actors, before) -> list[Mention]:
    """"his Russian, Turkish and Moldovan counterparts": for each country adjective, the one counterpart
    of that country the article names ("Russia's chief diplomat Sergey Lavrov", or later "his Turkish
    counterpart, X"), as a mention of the adjective; a counterpart the article does not name is left out."""
    found = []
    for match in PLURAL_COUNTERPARTS.finditer(nlp.doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        role = _role_of_possessor(doc, span, people, date, actors) if span is not None else None
        if role is None:
            continue
        group = "adjs" if match.group("adjs") else "lands"
        for adj in re.finditer(r"[A-Z][\w\-]*", match.group(group)):
            country = titles.country_words().get(fold(adj.group()))
            word = doc.char_span(match.start(group) + adj.start(), match.start(group) + adj.end())
            entity = (_holder(role, country, people, span.start, date, actors, before)
                      or _named_counterpart(country, people, before)) if country else None
            if entity is not None and word is not None:
                found.append(mention_of(doc, word.start, word.end, entity))
    return found

# "... with his Bhutanese counterpart Tandi Dorji", "his visiting Czech counterpart X": a name the same
# description introduces
COUNTERPART_BEFORE = re.compile(
    r"\b(?i:his|her|their)\s+(?:[a-z\-]+\s+)?(?P<adj>[A-Z][\w\-]*)\s+counterpart,?\s*$")


def _named_counterpart(country: str, people: list[Candidate], before: dict[int, str]) -> Entity | None:
    """The one person the article introduces as a counterpart from `country` ("his Bhutanese counterpart
    Tandi Dorji"), whose office the knowledge base and title may not give."""
    named = {c.entity.key: c.entity for c in people if (m := COUNTERPART_BEFORE.search(before[id(c)]))
             and titles.country_words().get(fold(m.group("adj"))) == country}
    return next(iter(named.values())) if len(named) == 1 else None


def _counterpart_holder(doc, role: str | None, country: str | None, people: list[Candidate], date, actors,
                        before: dict[int, str]) -> Entity | None:
    """"the Czech premier" after "the Polish Prime Minister met his Czech counterpart X": X, whose office
    is the one of whoever "his" stands for."""
    if role is None or country is None:
        return None
    counterpart = _named_counterpart(country, people, before)
    cand = next((c for c in people if counterpart is not None and c.entity.key == counterpart.key), None)
    if cand is None:
        return None
    return counterpart if _role_of_possessor(doc, doc[cand.start:cand.end], people, date, actors) \
        in _offices_meant(role) else None


def _role_of_possessor(doc, span, people: list[Candidate], date, actors) -> str | None:
    before = [c for c in people if c.end <= span.start and doc[c.start].sent == span.sent]
    if not before:
        return None
    role = next(iter(r for r, _ in _roles(before[0], date, actors)), None)
    # "Minister X", named before as "Minister of Foreign Affairs X" (the article's titles before the KB's, which
    # may be of a later office)
    given = sorted((c.title for c in people if c.entity.key == before[0].entity.key and c.title), key=len)
    fuller = titles.role_of(given[-1] if given else before[0].entity.title or "")[0]
    return fuller if fuller and (role is None or fuller.endswith(role)) else role

def _line_before(text: str, start: int) -> str:
    """The words of its line and sentence just before offset `start` (not the title of the sentence before:
    "... the Turkish Foreign Minister, X. [Berg] is expected to ...")."""
    words = text[text.rfind("\n", 0, start) + 1:start][-90:]
    return re.split(r"[.!?][\"”’]?\s+(?=[A-Z\"“]|$)", words)[-1]


def _roles(cand: Candidate, date, actors, words_before: str | None = None) -> list[tuple[str, str | None]]:
    """(role, country key) pairs of a person mention: KB offices held on `date`, else its title in the
    text, else the office the words just before it name ("The President of the Republic of Maldives,
    His Excellency Dr. Mohamed Muizzu")."""
    actor = actors.get(cand.entity.key)
    if actor and actor.offices:
        held = [(o.role, o.country) for o in actor.offices if o.held_on(date)]
        held = held or ([(actor.offices[-1].role, actor.offices[-1].country)] if date is None else [])
        if held:
            return held  # (else an office the KB does not list, which the text may give)
    role, country = titles.role_of(cand.title or cand.entity.title or "")
    if (role is None or country is None) and words_before and (role or not cand.title):
        near_role, near_country = titles.role_of(_own_title_run(words_before))
        if role in (None, near_role):
            role, country = near_role, country or near_country
    return [(role, country)] if role else []


def _own_title_run(words_before: str) -> str:
    """The title just before a name, but none when it is another's: "between the Minister of X and U [Name]"."""
    run = titles.title_run(words_before)
    _, joined, tail = run.rpartition(" and ")
    return "" if joined and all(w.lower() in titles.HONORIFICS for w in tail.split()) else run


def _holder(role: str | None, country: str | None, people: list[Candidate], position: int, date,
            actors, before: dict[int, str] | None = None, kb: bool = True) -> Entity | None:
    """The one person of that office: named in the article (before `position` when no country is given),
    else (with `kb`) for heads of state/government the KB holder on the article's date."""
    if role is None:
        return None
    # (a country's "leader", so titled in the article, holds its leading office: "Chadian leader X" is "the
    # Chadian President")
    wanted = _offices_meant(role) | ({"leader"} if role in LEADER_ROLES and country else set())
    pool = people if country else [c for c in people if c.start < position]
    before = before or {}
    holders = {c.entity.key: c.entity for c in pool if any(
        r in wanted and (country is None or c2 == country) for r, c2 in _roles(c, date, actors, before.get(id(c))))}
    if len(holders) == 1:
        return next(iter(holders.values()))
    if holders or country is None or not kb:
        return None
    return kb_holder(role, country, date, actors)


def _held_somewhere(role: str | None, people: list[Candidate], date, actors, before: dict[int, str]) -> bool:
    """Whether the article names someone with that office of a country it does not say ("President X"): "the
    Ghanaian President" may be them, so not the KB's holder."""
    wanted = _offices_meant(role) if role else set()
    return any(r in wanted and c2 is None for c in people for r, c2 in _roles(c, date, actors, before.get(id(c))))


def _offices_meant(role: str) -> set[str]:
    """The offices a role word may mean: "leader" any leader's, "the Swedish premier" the prime minister."""
    if role == "leader":
        return set(LEADER_ROLES)
    return set(PREMIERS) if role in PREMIERS else {role}


def kb_holder(role: str | None, where: str, date: dt.date | None, actors: dict[str, KbActor]) -> Entity | None:
    """The one KB person who held `role` at `where` (a country or organisation key) on `date`: for a country
    only its head of state or government (ministers change too often for the KB to be sure), for an
    organisation its single head ("the President of the European Commission")."""
    if role is None or date is None or (role not in HEAD_ROLES and not where.startswith("organization/")):
        return None
    wanted = _offices_meant(role)
    kb = {a.entity.key: a.entity for a in actors.values()
          if a.describes and any(o.role in wanted and o.country == where and o.held_on(date) for o in a.offices)}
    return next(iter(kb.values())) if len(kb) == 1 else None


def _organisation_prefix(words: str) -> tuple[str, int] | None:
    """(organisation key, length in characters) of the longest KB organisation name or alias `words`
    starts with: "European Commission Ursula" -> ("organization/european-commission", 19)."""
    names = _organisation_names()
    for m in sorted(re.finditer(r"[\w'’.\-]+", words), key=lambda m: -m.end()):
        key = names.get(fold(words[:m.end()].rstrip(".")))
        if key:
            return key, len(words[:m.end()].rstrip("."))
    return None


@functools.cache
def _organisation_names() -> dict[str, str]:
    """Folded name or alias of every KB organisation -> its key."""
    return {fold(n): key for key, a in knowledge.actors().items() if a.entity.kind == "organization"
            for n in (a.entity.name, *a.entity.aliases)}


def _country_prefix(words: str) -> tuple[str, int] | None:
    """(country key, length in characters) of the longest country name `words` starts with:
    "Republic of Korea Mr" -> ("country/KR", 17)."""
    for m in sorted(re.finditer(r"[\w'’.\-]+", words), key=lambda m: -m.end()):
        key = titles.country_words().get(fold(words[:m.end()].rstrip(".")))
        if key:
            return key, len(words[:m.end()].rstrip("."))
    return None
