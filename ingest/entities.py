"""Entities: NER spans and knowledge-base names in an analysed article become Mentions of resolved Entities,
one Entity per real-world thing across the corpus.

    resolver = EntityResolver.load()          once per process (cached); KB, countries, GeoNames indexes
    resolver.mentions(doc, article)           -> [Mention], in text order; doc = nlp(article.text)
    resolver.place(name, near=())             -> Entity | None (curated place, country, city, US state)
    resolver.place_chain(entity)              -> [Zhongnanhai, Beijing, China]
    resolver.entity(key)                      -> Entity | None (KB actor, country or place by key)
    resolver.seed(known) / remember(entity)   corpus memory: surface name -> Entity of earlier articles
    add_kb_ruler(nlp)                         optional: an entity_ruler before "ner" with the KB's names

How a mention is found: spaCy's NER (PERSON ORG GPE LOC NORP FAC), cleaned of junk (leading verbs and titles,
possessives, punctuation, lower-case spans), plus KB names matched post hoc over the tokens (so it works with
any pipeline; `add_kb_ruler` is an optional extra), plus ministries ("Russia's foreign ministry"; ministries.py) and
descriptions of office ("the Chinese president", "his Russian counterpart", "Russia's top diplomat"; descriptions.py).

How it is resolved: KB names and aliases; within the article a surname refers to the full name it belongs
to; descriptions resolve to the person of that office named in the article (or, for heads of state and
government, holding it on the article's date per the KB); unknown people and organisations get
"person/<slug>" / "organization/<slug>" of their longest name, remembered across articles.
"""
from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from dataclasses import replace

from spacy.tokens import Span
from spacy.util import filter_spans

from newsgraph.ingest import descriptions, ministries, nlp, titles
from newsgraph.ingest.knowledge import KbActor, actors, countries, fold, squash
from newsgraph.ingest.model import Article, Entity, Mention
from newsgraph.ingest.places import Places, unlisted_place
from newsgraph.ingest.spans import (COMPASS_WORDS, INITIALED, Candidate, EVENT_NOUNS, HEADLINE_VERBS, INSTITUTIONS,
                                    LABELS, LOCATIVE, NOT_PLACES, OFFICE_WORDS, ORG_HEADS, ORG_NOUNS, PERSONAL_STYLES,
                                    ROYAL_TITLES, PersonCluster,
                                    PLACE_NOUNS, REGNAL, VENUE_NOUNS, acronyms, building_word_after, clean,
                                    country_possessive, find_cluster, foreign_venues, in_order, kin_of_another,
                                    locative, mention_of, name_before_title, name_cased, name_words, org_extensions,
                                    org_slug, person_after_organization, person_name, place_like_organization,
                                    speakers_by_surname, titled_apposition, titled_name, town_before_building,
                                    NAME_PARTICLES, UNIVERSITY_WORDS, unlabelled_people, unlabelled_places,
                                    venue_like_organization, weak_organization, without_initials,
                                    without_inner_honorifics)
from newsgraph.iris import slug

MAX_ALIAS_TOKENS = 8
# Plural heads of a body's office holders named as a group: "G20 Foreign Ministers", "NATO leaders".
OFFICER_GROUPS = frozenset({"ministers", "leaders", "heads", "envoys", "ambassadors", "presidents", "premiers"})


def _recurring(doc, cluster: PersonCluster) -> bool:
    """A one-word name the article uses three times or more, never after "the", and NER takes for a person more
    than once ("Cheney makes unannounced Iraq visit ... Cheney's mission ... Cheney was briefed"): a person the
    text names so, not NER noise, nor an office ("the Dean", "the Amir")."""
    name = cluster.canonical
    if " " in name or len(cluster.cands) < 2:
        return False
    before = re.findall(rf"(\w+)\W+{re.escape(name)}(?!\w)|^{re.escape(name)}(?!\w)", nlp.doc_text(doc), re.M)
    return len(before) >= 3 and not any(w.lower() == "the" for w in before)


MEETING_VERBS = frozenset({"meet", "receive", "visit", "host", "welcome", "greet"})


def _meets(token) -> bool:
    """A name NER takes for a person, the subject of a verb of meeting with a person as its object: someone."""
    verb = token.head
    return token.dep_ == "nsubj" and token.ent_type_ == "PERSON" and verb.lemma_.lower() in MEETING_VERBS and any(
        c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in verb.children)


def surnames_alone(doc, mentions: list[Mention]) -> list[Mention]:
    """"Jim Mattis ... On Oct. 26, Mattis will lead": a surname NER left untagged, after the full name
    of the one person of the article who has it; and a given name likewise ("Dr Workneh Gebeyehu ... Dr
    Workneh met", "Parnpree Bahiddha-nukara ... Parnpree said"), as many names are used (Ethiopian, Icelandic,
    Malay, Thai), and a family name written first ("Wang Yi ... Wang")."""
    first: dict[str, tuple[int, Entity | None]] = {}
    given: dict[str, tuple[int, Entity | None]] = {}
    for m in sorted(mentions, key=lambda m: m.span.start):
        if m.entity.kind != "person":
            continue
        spellings = {tuple(m.entity.name.split()), tuple(m.text.split())}  # "Joao Lourenco" (KB: João Lourenço)
        for words in (w for w in spellings if fold(" ".join(w)) == fold(m.entity.name)):
            for seen_at, word in ((first, words[-1]), (given, words[0])) if len(words) > 1 else ():
                seen = seen_at.setdefault(word, (m.span.end, m.entity))
                if seen[1] != m.entity:
                    seen_at[word] = (seen[0], None)  # two people of that name: neither
    covered = {i for m in mentions for i in range(m.span.start, m.span.end)}

    def alone(t, names) -> bool:  # (the tagger may take it for a noun: "Razak met", "met the Congresswoman Waters")
        return t.text in names and names[t.text][1] is not None and t.idx >= names[t.text][0] \
            and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and (t.dep_ in ("nsubj", "nsubjpass") or t.i > 0
                                                             and titles.is_title_token(t.nbor(-1)))) \
            and t.idx not in covered
    return [mention_of(doc, t.i, t.i + 1, (first if alone(t, first) else given)[t.text][1]) for t in doc
            if alone(t, first) or (alone(t, given) and t.text not in first)]


STYLE_NOUNS = frozenset({"majesty", "excellency", "highness", "holiness", "eminence", "beatitude"})
ROMAN = re.compile(r"[IVX]{1,4}")


MONARCH_TITLES = frozenset({"king", "queen", "emperor", "empress", "pope", "sultan", "emir", "prince", "princess",
                            "duke", "duchess"})


def _monarch_named(doc, start: int) -> bool:
    """A royal or religious title right before a name: "King Philippe", "Queen Mathilde", "Pope Francis"."""
    return start > 0 and doc[start - 1].lower_ in MONARCH_TITLES


def _after_a_title(doc, start: int) -> bool:
    """A title word right before `start`: "President [Thabo Mbeki]"."""
    return start > 0 and doc[start - 1].is_title and titles.is_title_token(doc[start - 1]) \
        and doc[start - 1].lower_ not in titles.PORTFOLIOS


def _untagged(doc, names: list[str]) -> list[Candidate]:
    """The headline's people where the body names them in full and NER tags nothing ("Dalai Lama's visit to White
    House" ... "welcomed the Dalai Lama for talks"), tagged PERSON there for the event patterns; or tags the very
    name as something else ("García Margallo visits" ... "García-Margallo is holding a meeting", NER: a body)."""
    text = nlp.doc_text(doc)
    spans = [doc.char_span(hit.start(), hit.end()) for name in names
             for hit in re.finditer(r"(?<!\w)" + r"[\s\-‐]+".join(map(re.escape, name.split())) + r"(?!\w)", text)]
    spans = [s for s in spans if s is not None]
    retagged = [s for s in spans if any(e.start == s.start and e.end == s.end and e.label_ != "PERSON"
                                        for e in doc.ents)]
    spans = filter_spans([s for s in spans if all(t.ent_iob_ == "O" for t in s)])
    doc.set_ents([Span(doc, s.start, s.end, label="PERSON") for s in spans], default="unmodified")
    return [Candidate(s.start, s.end, "person") for s in spans] \
        + [Candidate(s.start, s.end, "person", priority=1) for s in retagged]


def _styled(doc) -> list[Candidate]:
    """"His Majesty Otumfuo Osei Tutu II, the Asantehene", "H.E. Dato’ Sri Mohd Najib Tun Abdul Razak": the
    capitalised words after a style (and its title words and honorifics: "His Majesty King X", "H.E. Amb. Dr. X")
    are a name, where NER tags none of them; tagged PERSON for the event patterns."""
    spans = []
    for i in range(len(doc) - 2):
        start = _after_style(doc, i)
        if start is None:
            continue
        while start < len(doc) and (titles.is_title_token(doc[start]) and doc[start].is_title
                                    or _honorific_at(doc, start)):
            start += 1
        end = start
        while end < len(doc) and (doc[end].is_title or ROMAN.fullmatch(doc[end].text)) and doc[end].pos_ == "PROPN":
            end += 1
        crossed = doc[start].ent_iob_ == "I" or end < len(doc) and doc[end].ent_iob_ == "I"
        if end - start >= 2 and not crossed:  # (NER may tag a part of it: "Dato’ Sri Ahmad [Ismail Rahman]")
            spans.append(Span(doc, start, end, label="PERSON"))
    doc.set_ents(filter_spans(spans), default="unmodified")
    return [Candidate(s.start, s.end, "person") for s in filter_spans(spans)]


def _after_style(doc, i: int) -> int | None:
    """The token after a style starting at i: "His (Royal) Highness", "Her Excellency", "H.E."."""
    if doc[i].text in titles.STYLE_ABBREVIATIONS:
        return i + 1
    style = i + 1 + (doc[i + 1].lower_ == "royal")
    return style + 1 if doc[i].lower_ in ("his", "her") and doc[style].lower_ in STYLE_NOUNS else None


def _honorific_at(doc, i: int) -> bool:
    """An honorific, a word of a two-word one, or the apostrophe of "Dato’"."""
    return doc[i].lower_ in titles.HONORIFICS or titles.in_honorific_pair(doc, i) \
        or doc[i].text in ("’", "'") and i > 0 and doc[i - 1].lower_ in titles.HONORIFICS


def _first_names_of_full(mentions: list[Mention]) -> list[Mention]:
    """"Sheikh Tamim", "Prince Harry": a person named by one name is the one person the article names in full with
    that first name ("Qatar's Emir" resolved to Tamim bin Hamad Al Thani), when there is one."""
    full: dict[str, dict[str, Entity]] = {}
    for m in mentions:
        if m.entity.kind == "person" and " " in m.entity.name:
            full.setdefault(fold(m.entity.name).split()[0], {})[m.entity.key] = m.entity
    def named_in_full(entity: Entity) -> Entity:
        if entity.kind != "person" or " " in entity.name or len(full.get(fold(entity.name), {})) != 1:
            return entity
        whole = next(iter(full[fold(entity.name)].values()))
        royal = {w for w in (entity.title or "").lower().split() if w in ROYAL_TITLES}
        # (but "King Philippe" is no mayor Philippe Close: a royal title asks for a royal in full)
        return whole if not royal or set((whole.title or "").lower().split()) & ROYAL_TITLES else entity
    return [replace(m, entity=named_in_full(m.entity)) for m in mentions]


def _joined_names(doc, cands: list[Candidate]) -> list[Candidate]:
    """Two names NER cut apart with nothing between them are one: "H.E. [Elizabeth Inés] [Taylor Jay]"
    (not "[Tun Dr] [Mahathir Mohamad]", whose first part ends in an honorific)."""
    out: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: c.start):
        if out and out[-1].label == cand.label == "person" and out[-1].end == cand.start \
                and doc[cand.start - 1].lower_ not in titles.HONORIFICS \
                and not titles.in_honorific_pair(doc, cand.start - 1):
            out[-1].end = cand.end
        else:
            out.append(cand)
    return out


def _headline_people(doc, article: Article | None) -> list[str]:
    """The full names (two words or more) of the people the article's headline names (none when `doc` is the
    headline's own, whose Doc would be parsed again)."""
    own = article is None or nlp.doc_text(doc) == nlp.sentence(article.headline)
    line = nlp.headline_doc(doc, article.headline) if not own else None
    spans = [clean(line, e.start, e.end, "person") for e in line.ents if e.label_ == "PERSON"] if line else []
    names = [person_name(line[s[0]:s[1]].text) for s in spans if s and s[1] - s[0] >= 2]
    return [n for n in names if fold(n) not in titles.country_words()]  # ("farewell to [Sri Lankan] Ambassador")


def cased(name: str) -> str:
    """A name as news prints it, capitals only where due: "MOTEGI Toshimitsu" (the Japanese ministry's
    style), "JULIE BISHOP" (a transcript's label) -> "Motegi Toshimitsu", "Julie Bishop"."""
    return " ".join(w.title() if len(w) > 2 and w.isupper() and w.isalpha() and not REGNAL.fullmatch(w) else w
                    for w in name.split())  # (but "Leo XIV")


# the first word of papers NER may take for organisations
DOCUMENT_WORDS = frozenset({"letter", "letters", "credentials"})

class EntityResolver:
    def __init__(self, known: dict[str, Entity] | None = None):
        self.actors: dict[str, KbActor] = actors()
        self._people_by_word = _people_by_word(self.actors)  # ("President Michel": no scan of every KB person)
        self.places = Places.load()
        self.alias_index: dict[str, str] = {}           # squashed name -> entity key (unambiguous only)
        self.exact_case: dict[str, str] = {}            # squashed acronym -> the only spelling it matches
        self._prefixes: set[str] = set()
        self._generated: dict[str, Entity] = {}        # entities minted from patterns (ministries), by key
        self.known: dict[str, Entity] = {}              # folded surface -> Entity, across articles
        self._people_known: dict[str, dict[str, Entity]] = {}   # last word of a known person's name -> key -> Entity
        self._build_alias_index()
        self.seed(known or {})

    @classmethod
    @functools.cache
    def load(cls) -> "EntityResolver":
        return cls()

    # -- public API ----------------------------------------------------------------------------------

    def entity(self, key: str) -> Entity | None:
        """A KB actor, country, place or pattern-made entity by key."""
        if key in self.actors:
            return self.actors[key].entity
        return self._generated.get(key) or self.places.get(key)

    def organization(self, name: str) -> Entity | None:
        """A KB organisation (agency, outlet, body) by name or alias: 'SCMP', 'Xinhua', 'Russia's foreign ministry'."""
        target = self.alias_index.get(squash(re.sub(r"^(?:the|The)\s+", "", name.strip())))
        return self.entity(target) if target and target.startswith("organization/") else None

    agency = organization

    def place(self, name: str, near=()) -> Entity | None:
        """A place by name: curated place, country, city (most populous, or one in a `near` country), US state."""
        name = re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.I)
        if fold(name) in NOT_PLACES:
            return None  # "Asia" is no town of that name: a continent, no place an event is held at
        found = self.places.lookup(name, tuple(c.removeprefix("country/") for c in near))
        state = STATE_OF.match(name)
        if found is None and state and fold(state.group(1)) in titles.country_words():
            return self.entity(titles.country_words()[fold(state.group(1))])  # "the Republic of Portugal"
        return found

    def dateline_place(self, name: str) -> Entity | None:
        """A dateline's place: a known one, or a venue no gazetteer has ("Nicolau Lobato Presidential Palace");
        "UNITED NATIONS —" is the agencies' dateline for the UN's headquarters in New York."""
        if fold(name) in ("united nations", "u.n.", "un"):
            return self.entity("place/un-headquarters")
        city, _, land = name.partition("-")  # "31 January 2018, Istanbul-Turkey": the city of a city-country pair
        place = self.place(name) or (self.place(city) if land and fold(land) in titles.country_words() else None)
        if place is None and len(name.split()) > 1 and name.split()[-1].lower() in PLACE_NOUNS:
            place = unlisted_place(name)
        return place

    def place_chain(self, entity: Entity) -> list[Entity]:
        return self.places.chain(entity)

    def seed(self, known: dict[str, Entity]) -> None:
        """Remember entities of earlier articles by surface name (e.g. names of the store's person nodes)."""
        for name, entity in known.items():
            self._know(fold(name), entity)

    def remember(self, entity: Entity) -> None:
        if entity.kind in ("person", "organization") and entity.key not in self.actors:
            for name in (entity.name, *entity.aliases):
                if entity.kind == "organization" or len(name.split()) > 1:
                    self._know(fold(name), entity)

    def _know(self, folded: str, entity: Entity) -> None:
        """Remember `entity` by a folded name, unless that name is taken; a person also by the last word of
        the name (so that a lone surname does not scan all names known, which grow with the corpus)."""
        if folded in self.known:
            return
        self.known[folded] = entity
        if entity.kind == "person":
            self._people_known.setdefault(folded.split()[-1], {})[entity.key] = entity

    def mentions(self, doc, article: Article | None = None, remember: bool = True) -> list[Mention]:
        """Every entity mention in `doc` (the analysed Article.text), resolved; in text order."""
        headline = _headline_people(doc, article)
        cands = self._ner_candidates(doc) + self._kb_candidates(doc) + self._ministries(doc) \
            + _untagged(doc, headline) + _styled(doc)
        cands = self._select(cands + org_extensions(doc, cands))
        near = self._countries_named(doc, cands)
        self._relabel_surnames(doc, cands)
        cands = [c for c in cands if not weak_organization(doc, c)]
        expansions = acronyms(nlp.doc_text(doc))
        persons = self._resolve_persons(doc, [c for c in cands if c.label == "person"], headline,
                                        article.date if article else None)
        in_titles = {i for p in persons for c in p.cands if c.title_start is not None  # (not "the State House," of
                     and c.entity is not None and c.entity.kind == "person"        # "at the State House, Abuja")
                     for i in range(c.title_start, c.start)}
        cands = [c for c in cands if c.target or c.label == "person" or not in_titles.issuperset(range(c.start, c.end))]
        mentions = []
        for cand in cands:
            if cand.dropped:
                continue
            entity = cand.entity or self._resolve(doc, cand, near, expansions)
            if entity is None:
                continue
            cand.entity = entity
            mentions.append(mention_of(doc, cand.start, cand.end, entity))
        people = [c for c in cands if c.entity is not None and c.entity.kind == "person"]
        described = descriptions.find(doc, article.date if article else None, cands, people, self.actors)
        spans = {(m.span.start, m.span.end) for m in described}  # "counterparts from [Ghana]": the person, not the land
        mentions = [m for m in mentions if (m.span.start, m.span.end) not in spans] + described
        mentions += surnames_alone(doc, mentions)
        mentions = _first_names_of_full(mentions)
        mentions.sort(key=lambda m: (m.span.start, -m.span.end))
        _align_labels(doc, mentions)
        if remember:
            for mention in mentions:
                self.remember(mention.entity)
        return mentions

    # -- candidates ------------------------------------------------------------------------------------

    def _ner_candidates(self, doc) -> list[Candidate]:
        cands = []
        for ent in doc.ents:
            first = doc[ent.start + (doc[ent.start].lower_ == "the")] if len(ent) > 1 else ent[0]
            label, start = LABELS.get(ent.label_), ent.start
            if first.text in UNIVERSITY_WORDS or ent.start > 0 and doc[ent.start - 1].text in UNIVERSITY_WORDS:
                label = "organization"  # "Universitas Gadjah Mada" (NER: PERSON), "[Universitas] Sumatera Utara"
                start = ent.start - (doc[ent.start - 1].text in UNIVERSITY_WORDS)  # (NER: the rest alone)
            elif first.lower_ in titles.HONORIFICS and first.i + 1 < ent.end and ent.label_ in ("ORG", "WORK_OF_ART"):
                label = "person"                   # "the Hon Julie Bishop" (NER: ORG), "The Honorable X" (WORK_OF_ART)
            elif ent.label_ == "ORG" and doc[ent.end - 1].lower_ not in ORG_HEADS and (
                    country_possessive(doc, first.i, ent.end)
                    or titled_name(doc, first.i, ent.end) or titled_apposition(doc, first.i, ent.end)
                    or name_before_title(doc, first.i, ent.end) or self._surname_after_title(doc, ent)):
                label = "person"                   # "Presidents Enrique Peña Nieto", "the Minister of X, Y Z" (NER: ORG)
                #                                    (not "Chief of [State Migration Service]")
            elif ent.label_ in ("FAC", "GPE", "LOC") and (
                    name_before_title(doc, first.i, ent.end) or titled_apposition(doc, first.i, ent.end)
                    or len(ent) > 1 and _after_a_title(doc, first.i) and titled_name(doc, first.i, ent.end)) \
                    and self.places.lookup(ent.text) is None:
                label = "person"                   # "Le Yucheng, China's Vice Minister", "the President of Finland,
                #                                    Sauli Niinistö", "President Thabo Mbeki" (NER: FAC, GPE)
            elif ent.label_ in ("PERSON", "ORG") and (len(ent) == 1 or ent.label_ == "PERSON") \
                    and fold(ent.text) in titles.country_words():
                label = "norp"                     # "the Angolan President" (NER: ORG), "former Sri Lankan" (PERSON)
            elif ent.label_ == "PERSON" and len(ent) > 1 and (doc[ent.end - 1].lower_ in PLACE_NOUNS or (
                    doc[ent.end - 1].lower_ in VENUE_NOUNS and locative(doc, ent.start, LOCATIVE | {"of"}))):
                label = "fac"                      # "Kamuzu Palace", "John Radcliffe Hospital", "the entrance of
                #                                    Christiansborg Castle" (NER: PERSON; but "met Barbara Castle")
            elif ent.label_ == "PERSON" and len(ent) > 1 and doc[ent.end - 1].lower_ in BODY_NOUNS:
                label = "organization"             # "Al-Farabi Kazakh National University" (NER: PERSON)
            elif ent.label_ == "PERSON" and (_place_read_as_person(doc, ent) or first.lower_ in COMPASS_WORDS):
                label = "gpe"                      # "at the residence in Beth Kerke", "the Eastern Caribbean"
                #                                    (NER: PERSON)
            elif ent.label_ == "GPE" and self._person_with_person(doc, ent):
                label = "person"                   # "Thorbjørn Jagland and Catherine Ashton agreed" (NER: GPE)
            elif label is None and locative(doc, ent.start, LOCATIVE) and self.places.lookup(ent.text) is not None:
                label = "gpe"                      # "met Friday in Montevideo" (NER: PRODUCT)
            elif ent.label_ == "NORP" and locative(doc, ent.start, frozenset({"in", "to"})) \
                    and fold(ent.text) not in titles.country_words():
                label = "gpe"                      # "arrived in Iqaluit" (NER: a nationality no country has)
            elif ent.label_ == "NORP" and len(ent) > 1 and name_words(ent) \
                    and not any(fold(t.text) in titles.country_words() for t in ent):
                label = "person"                   # "will visit Frans Timmermans" (NER: a nationality)
            if label is None or label == "organization" and first.lower_ in DOCUMENT_WORDS:
                continue                           # "the Letters of Credence" (NER: ORG) is a paper, not a body
            if label == "organization" and PRESS_EVENT.fullmatch(fold(doc[first.i:ent.end].text)):
                continue                           # "the Joint Press Conference by A and B" (NER: ORG) is an event
            if label == "organization" and re.fullmatch(r"\d+(?:st|nd|rd|th)", first.text):
                continue                           # "the [3rd Singapore Pacific] High-level visit": an event's name
            if label == "organization" and _title_of_the_name_after(doc, ent):
                continue                           # "[Indian National Security Advisor] (NSA) Ajit Doval" (NER: ORG)
            if label in ("gpe", "loc") and ent.end < len(doc) and doc[ent.end].lower_ == "time":
                continue                           # "at 16:15 Athens time": a clock's zone, not where it is
            # "[Persad]-Bissessar" (NER: ORG); but "Belgrade-Pristina" joins two places
            joined = _hyphen_cut(doc, ent.end) and self.places.lookup(doc[ent.end + 1].text) is None
            end = ent.end + 2 if joined else _university_name_end(doc, ent) if label == "organization" else ent.end
            bounds = clean(doc, start, end, label)
            name = self._name_after_place(doc, *bounds) if bounds and label in (
                "person", "fac", "gpe", "loc", "organization") else None
            holder = _holder_after_body(doc, *bounds) if bounds and label == "organization" and name is None \
                and self.places.lookup(doc[bounds[0]:bounds[0] + 2].text) is None else None
            inner = self._name_after_body_of_place(doc, *bounds) if bounds and name is None and label in (
                "person", "organization") else None
            if name is not None:  # "Ambassador to [Dhaka] [Aung Kyaw Moe]", "Sultan of [Brunei] [Hassanal Bolkiah]"
                cands += [Candidate(bounds[0], name[0], "gpe"), Candidate(name[1], bounds[1], "person")]
            elif inner is not None:  # "with [Head Regional Council of Lapland] [Mika Riipi]" (NER: one body)
                cands += [Candidate(bounds[0], inner, "organization"), Candidate(inner, bounds[1], "person")]
            elif holder is not None:  # "President of the [Bundestag] [Norbert Lammert]" (NER: one body)
                cands += [Candidate(bounds[0], holder, "organization"), Candidate(holder, bounds[1], "person")]
            elif bounds and self._countries_hyphened(doc, *bounds):  # "the Armenia-Greece-Cyprus meeting" (NER: one
                cands += self._countries_hyphened(doc, *bounds)      # body or place): the three countries
            elif bounds:
                cands.append(Candidate(bounds[0], bounds[1], label))
        self._relabel_people_named_alike(doc, cands)
        known = lambda name: self.places.lookup(name) is not None  # noqa: E731
        extra = unlabelled_places(doc, known)
        places = {doc[c.start:c.end].text for c in cands + extra
                  if place_like_organization(doc, c) or town_before_building(doc, c, known) or c in extra}
        for cand in cands:
            cand.end += building_word_after(doc, cand)
            if cand.label == "organization" and doc[cand.start:cand.end].text in places:
                cand.label = "loc"                                  # "a future meeting on Crete" (NER: ORG)
            elif venue_like_organization(doc, cand):
                cand.label = "fac"
        people = [p for p in (person_after_organization(doc, c) for c in cands) if p is not None]
        return self._long_names(doc, _joined_names(doc, cands)) + extra + people + unlabelled_people(doc) \
            + speakers_by_surname(doc) + foreign_venues(doc)

    def _countries_hyphened(self, doc, start: int, end: int) -> list[Candidate]:
        """The countries of a span that is two or more country names joined by hyphens, each as a candidate."""
        cuts = [t.i for t in doc[start:end] if t.text in ("-", "‐", "–")]
        parts = list(zip([start] + [c + 1 for c in cuts], cuts + [end], strict=True))
        if not cuts or any(s >= e or getattr(self.places.lookup(doc[s:e].text), "kind", None) != "country"
                           for s, e in parts):
            return []
        return [Candidate(s, e, "gpe") for s, e in parts]

    def _name_after_place(self, doc, start: int, end: int) -> tuple[int, int] | None:
        """Where the name begins in "Myanmar Ambassador to [Dhaka Aung Kyaw Moe]", "the Mayor of [Reunion Island
        Faouzia Vitry]" (NER: one person), "Sultan of [Brunei Haji Hassanal Bolkiah]" (NER: a building), "a briefing
        in [Minsk Andrejs Pildegovičs]": a place the gazetteer knows, after the "to", "of" or "in" of a title or
        after a bare "in", ran into a name (two name words or more, after an honorific): (the end of the place, the
        start of the name)."""
        if start < 2 or doc[start - 1].lower_ not in ("to", "of", "in"):
            return None
        if not any(titles.is_title_token(t) for t in doc[max(0, start - 4):start - 1]) and (
                doc[start - 1].lower_ != "in" or squash(doc[start:end].text) in self.alias_index):
            return None  # but "the briefing in [Minsk Andrejs Pildegovičs]" (NER: one person), not a known name
        for k in (start + 1, start + 2):
            if end - k >= 2 and self.places.lookup(doc[start:k].text) is not None:
                if doc[k].lower_ in titles.HONORIFICS and end - k >= 3 and name_words(doc[k + 1:end]):
                    return k, k + 1
                if name_words(doc[k:end]):
                    return k, k
        return None

    def _name_after_body_of_place(self, doc, start: int, end: int) -> int | None:
        """Where the name begins in "[Head Regional Council of Lapland Mika Riipi]", "the president of the
        [University of Pennsylvania Neely Bendapudi]" (NER: one body or person): a title and a body "of" a place
        (one the gazetteer knows, or one word after a body's head noun), run into two or three name words."""
        for j in range(start + 1, end - 2):
            if doc[j].lower_ != "of" or not any(titles.is_title_token(t) for t in doc[max(0, start - 3):j]):
                continue
            for k in (j + 2, j + 3):
                place = doc[j + 1:k]
                if not (2 <= end - k <= 3 and name_words(doc[k:end])) \
                        or any(titles.is_title_token(t) or t.lower_ in ORG_HEADS | INSTITUTIONS for t in doc[k:end]):
                    continue
                if self.places.lookup(place.text) is not None or len(place) == 1 and doc[j - 1].lower_ in ORG_HEADS \
                        and place[0].pos_ == "PROPN" and not titles.is_title_token(place[0]) \
                        and place[0].lower_ not in titles.PORTFOLIOS:
                    return k
        return None

    def _surname_after_title(self, doc, ent) -> bool:
        """"Guatemalan President, Giammattei told ..." (NER: ORG): one name word after a title and a comma, that
        names no body or place the knowledge base knows."""
        return len(ent) == 1 and ent.start > 1 and doc[ent.start - 1].text == "," and ent[0].pos_ == "PROPN" \
            and doc[ent.start - 2].is_title and doc[ent.start - 2].lower_ in titles.TITLE_WORDS \
            and doc[ent.start - 2].lower_ not in titles.HONORIFICS and squash(ent.text) not in self.alias_index

    def _relabel_people_named_alike(self, doc, cands: list[Candidate]) -> None:
        """NER labels one name differently across an article ("President [Sauli Niinistö]" PERSON, "Finland's
        [Sauli Niinistö]" ORG, "[Persad]-Bissessar" GPE, "[Abdollahian] visited" NORP): a body, a place no
        gazetteer knows or a nationality no country has, with the name of a person of the article, or with that
        person's surname, or with some of their words in order ("Nana Akufo-Addo" ORG after "Nana Addo Dankwa
        Akufo-Addo"), is that person."""
        full = [c for c in cands if c.label == "person" and c.end - c.start > 1]  # (one word alone may be a city)
        people = {doc[c.start:c.end].text for c in full} | {doc[c.end - 1].text for c in full} \
            | {doc[c.start + 1:c.end].text for c in full}  # "Persad-Bissessar" of "Kamla Persad-Bissessar"
        people |= {doc[c.start:c.end].text for c in cands if c.end - c.start > 1 and any(
            in_order(fold(doc[c.start:c.end].text).split(), fold(doc[f.start:f.end].text).split()) for f in full)}
        surnames: dict[str, set[str]] = {}  # a person's last word -> the first letters of their longer mentions
        for c in (c for c in cands if c.label == "person"):
            initials = {doc[c.start].text[0]} if c.end - c.start > 1 else set()
            surnames.setdefault(doc[c.end - 1].text, set()).update(initials)
        for cand in cands:
            text = doc[cand.start:cand.end].text
            unknown_place = cand.label in ("gpe", "loc", "fac") and self.places.lookup(text) is None
            unknown_nation = cand.label == "norp" and fold(text) not in titles.country_words()
            if text in people and doc[cand.end - 1].lower_ not in ORG_HEADS \
                    and (cand.label == "organization" or unknown_place or unknown_nation):
                cand.label = "person"
            elif (cand.label == "organization" or unknown_place) and cand.end - cand.start > 1 \
                    and _title_word(doc[cand.start]) and doc[cand.start + 1:cand.end].text in people:
                cand.label, cand.start = "person", cand.start + 1  # "PM Gakharia" (NER: ORG, or GPE: "PM Modi")
                #                                                    after "Giorgi Gakharia"
            elif cand.label == "organization" and doc[cand.end - 1].text in surnames:
                cands.extend(_name_off_body(doc, cand, surnames[doc[cand.end - 1].text]))

    def _long_names(self, doc, cands: list[Candidate]) -> list[Candidate]:
        """A name NER cut short, its other words left unlabelled or read as an unknown place: "[Makhdoom Shah]
        Mahmood [Qureshi]" (NER: PERSON, -, GPE) is one person."""
        for cand in (c for c in cands if c.label == "person"):
            j = cand.end
            while j < len(doc) and j - cand.start < 6 and self._name_word(doc, j):
                j += 1
            if j > cand.end and doc[j - 1].ent_iob_ == "B":  # only up to a word NER read as a place: its last
                cands = [c for c in cands if not (cand.end <= c.start < j)]
                cand.end = j
        return cands

    def _name_word(self, doc, j: int) -> bool:
        """Token `j` may go on a name: cased like one, no title or noun of a body, and unlabelled or a one-word
        place no gazetteer knows."""
        t = doc[j]
        if t.pos_ != "PROPN" or not name_cased(t) or titles.is_title_token(t) \
                or t.lower_ in ORG_NOUNS | PLACE_NOUNS | EVENT_NOUNS:
            return False
        one_word_place = t.ent_type_ in ("GPE", "LOC") and t.ent_iob_ == "B" and (
            j + 1 == len(doc) or doc[j + 1].ent_iob_ != "I") and self.places.lookup(t.text) is None
        return t.ent_iob_ == "O" or one_word_place

    def _person_with_person(self, doc, ent) -> bool:
        """A place NER names that no gazetteer knows, joined by "and" to a person: a person too."""
        after = doc[ent.end:ent.end + 4]
        joined = len(after) > 1 and after[0].lower_ == "and" and any(
            t.ent_type_ == "PERSON" and all(w.lower_ in titles.HONORIFICS for w in after[1:t.i - ent.end])
            for t in after[1:])
        return joined and len(ent) > 1 and self.places.lookup(ent.text) is None

    def _kb_candidates(self, doc) -> list[Candidate]:
        """KB names matched over the tokens, longest first, starting at a capitalised token."""
        texts = [t.text for t in doc]
        words = [_squashed(t) for t in texts]
        cands, i, n = [], 0, len(doc)
        while i < n:
            if not (texts[i][:1].isupper() or texts[i][:1].isdigit()):
                i += 1
                continue
            key, best = "", None
            for j in range(i, min(n, i + MAX_ALIAS_TOKENS)):
                key += words[j]
                if key not in self._prefixes:
                    break
                if key in self.alias_index and words[j] and not doc[j].is_punct:
                    best = (j + 1, key)
            if best and (best[1] not in self.exact_case or
                         _letters(doc[i:best[0]].text) == self.exact_case[best[1]]) \
                    and not _surname_of_another(doc, i, best[0], self.alias_index[best[1]]):
                target = self.alias_index[best[1]]
                label = {"country": "gpe", "place": "fac"}.get(target.split("/", 1)[0], target.split("/", 1)[0])
                cands.append(Candidate(i, best[0], label, target, priority=1))
                i = best[0]
            else:
                i += 1
        return cands

    def _ministries(self, doc) -> list[Candidate]:
        return [Candidate(start, end, "organization", self._ministry(country, kind).key, priority=2)
                for start, end, country, kind in ministries.find(doc)]

    def _ministry(self, country: str, kind: str) -> Entity:
        prefix, name = ministries.KINDS[kind]
        alpha2 = country.removeprefix("country/")
        key = f"organization/{prefix}-{alpha2.lower()}"
        if key in self.actors:
            return self.actors[key].entity
        if key not in self._generated:
            country_name = countries()[alpha2].name
            the = "the " if country_name.startswith(titles.THE_COUNTRIES) else ""
            self._generated[key] = Entity(key=key, kind="organization", name=f"{name} of {the}{country_name}")
        return self._generated[key]

    @staticmethod
    def _select(cands: list[Candidate]) -> list[Candidate]:
        """Non-overlapping candidates: longer spans first, then KB/pattern matches, then earlier."""
        taken: set[int] = set()
        chosen = []
        def order(c: Candidate):       # KB people first: "Meeting Sergei Lavrov" (NER) loses to "Sergei Lavrov" (KB)
            return (not (c.target or "").startswith("person/"), -(c.end - c.start), -c.priority, c.start)

        places: set[int] = set()  # tokens of the places chosen
        for cand in sorted(cands, key=order):
            free = [i for i in range(cand.start, cand.end) if i not in taken]
            if cand.label == "person" and len(free) >= 2 and free == list(range(free[0], cand.end)) \
                    and places.issuperset(range(cand.start, free[0])):
                cand.start = free[0]  # "of [Bosnia and Herzegovina] Elmedin Konakovic" (NER: "Herzegovina Elmedin
                #                        Konakovic"): the name after the country
            if taken.isdisjoint(range(cand.start, cand.end)):
                chosen.append(cand)
                taken.update(range(cand.start, cand.end))
                places.update(range(cand.start, cand.end) if cand.label in ("gpe", "loc") else ())
        return sorted(chosen, key=lambda c: c.start)

    def _countries_named(self, doc, cands: list[Candidate]) -> set[str]:
        near = set()
        for cand in cands:
            key = cand.target or self.places.names.get(fold(doc[cand.start:cand.end].text).removeprefix("the "), "")
            if key.startswith("country/"):
                near.add(key.removeprefix("country/"))
        return near

    @staticmethod
    def _relabel_surnames(doc, cands: list[Candidate]) -> None:
        """A one-word GPE/ORG/LOC that is part of a person's full name in the article is that person."""
        names = {doc[c.start:c.end].text for c in cands if c.label == "person" and c.end - c.start > 1}
        tokens = {t for name in names for t in name.split()}
        for cand in cands:
            if cand.label in ("gpe", "organization", "loc", "fac") and not cand.target:
                text = doc[cand.start:cand.end].text
                if text in names or (cand.end - cand.start == 1 and text in tokens):
                    cand.label = "person"

    # -- resolution ------------------------------------------------------------------------------------

    def _resolve(self, doc, cand: Candidate, near: set[str], expansions: dict[str, str]) -> Entity | None:
        text = doc[cand.start:cand.end].text
        if cand.target:
            return self.entity(cand.target) or None
        key = fold(text)
        if squash(text) in self.alias_index:
            return self.entity(self.alias_index[squash(text)])
        if cand.label == "organization":  # (an acronym the article defines is not a town: "Wuhan University (WHU)")
            place = self.place(text, near) if cand.end - cand.start == 1 and key not in expansions else None
            if place is not None and place.kind in ("country", "place") and place.same_as:
                return place                                     # "Halifax", "Niamey" taken for organisations
            if " and " in text and self.place(text.rsplit(" and ", 1)[1], near):
                return None                                      # "Crete and Cyprus"
            return self._city_of_country(text) or self._organization(text, expansions)
        if cand.label == "norp":
            return self._norp(doc, cand)
        if key in NOT_PLACES or cand.end - cand.start == 1 and cand.end < len(doc) and doc[cand.end].lower_ == "of" \
                and doc[cand.start].lower_ in OFFICE_WORDS:
            return None  # (a title: "the Sultan of Brunei", not the town of Sultan)
        place = self.place(text, near) or self._city_of_country(text)
        if place is not None:
            return place
        country = titles.country_words().get(key)
        if country:
            return self.entity(country)                          # "Ukrainian" labelled as a place
        if cand.label in ("gpe", "fac", "loc"):
            first = doc[cand.start].text
            if (first.isupper() and len(first) > 1) or (squash(first) in self.alias_index and
                                                        self.alias_index[squash(first)].startswith("organization/")):
                return self._organization(text, expansions)        # "YPG", "UN Secretariat"
            return self._place_running_on(doc, cand, near) \
                or unlisted_place(text, self._city_after(doc, cand.end, near))
        return None

    def _place_running_on(self, doc, cand: Candidate, near: set[str]) -> Entity | None:
        """The known place an unknown one is the start of: "in Nay Pyi [Taw]" (NER stopped early)."""
        for k in (2, 1):
            if cand.end + k <= len(doc) and all(t.is_title for t in doc[cand.end:cand.end + k]):
                name = doc[cand.start:cand.end + k].text
                place = self.place(name, near)
                if place is not None and fold(place.name) == fold(name):
                    return place
        return None

    def _city_of_country(self, text: str) -> Entity | None:
        """"Port Moresby Papua New Guinea", one name to NER: the city the gazetteer knows in that country."""
        words = text.split()
        for k in range(1, len(words)):
            country = titles.country_words().get(fold(" ".join(words[k:])))
            city = self.place(" ".join(words[:k]), {country}) if country else None
            if city is not None and city.kind == "place" and city.contained_in == country:
                return city
        return None

    def _city_after(self, doc, i: int, near: set[str]) -> str | None:
        """The known place right after a venue: "the Union Buildings in Pretoria", "Jubilee House, Accra"."""
        if i + 1 >= len(doc) or doc[i].lower_ not in ("in", ","):
            return None
        j = i + 1
        while j < len(doc) and j - i <= 3 and doc[j].pos_ == "PROPN":
            j += 1
        place = self.place(doc[i + 1:j].text, near) if j > i + 1 else None
        return place.key if place is not None else None

    def _organization(self, text: str, expansions: dict[str, str]) -> Entity:
        body = self._body_of_officers(text)
        if body is not None:
            return body
        name = expansions.get(fold(text), text)
        key = fold(name)
        if squash(name) in self.alias_index:
            return self.entity(self.alias_index[squash(name)])
        if key in self.known:
            return self.known[key]
        aliases = tuple(a for a, full in expansions.items() if full == name)
        aliases = tuple(next((t for t in [text] if fold(t) == a), a.upper()) for a in aliases)
        return Entity(key=f"organization/{org_slug(name)}", kind="organization", name=name, aliases=aliases)

    def _body_of_officers(self, text: str) -> Entity | None:
        """"the G20 Foreign Ministers' meeting", "NATO leaders": a known body's office holders, named as a
        group, stand for that body."""
        first, *rest = text.split()
        target = self.alias_index.get(squash(first), "")
        if rest and target.startswith("organization/") and rest[-1].lower() in OFFICER_GROUPS and all(
                w.lower() in titles.TITLE_WORDS or w.lower() in OFFICER_GROUPS for w in rest):
            return self.entity(target)
        return None

    def _norp(self, doc, cand: Candidate) -> Entity | None:
        """A nationality word is an actor only as a noun in its own right ("the Chinese said"), never as an adjective."""
        head = doc[cand.end - 1]
        if head.dep_ in ("amod", "compound", "poss") or head.pos_ == "ADJ":
            return None
        country = titles.country_words().get(fold(doc[cand.start:cand.end].text))
        return self.entity(country) if country else None

    def _resolve_persons(self, doc, cands: list[Candidate], headline: list[str] = (),
                         day: dt.date | None = None) -> list[PersonCluster]:
        """Cluster person mentions (surname -> full name) and give each cluster one Entity; a surname the
        body only names alone is the one person of that surname the headline names in full ("Visit by Mayor
        Fumiko Hayashi of Yokohama" ... "Mayor Hayashi made an official visit"), not a known namesake."""
        clusters: list[PersonCluster] = []
        for cand in cands:
            cand.kin = kin_of_another(doc, cand.start)
        for cand in sorted(cands, key=lambda c: -(c.end - c.start)):
            name = person_name(doc[cand.start:cand.end].text)
            cluster = self._cluster_of_target(clusters, cand) or find_cluster(clusters, name, cand.start)
            if cluster is not None and len(name.split()) == 1 and _monarch_named(doc, cand.start) \
                    and not any(_monarch_named(doc, c.start) for c in cluster.cands):
                cluster = None  # "King Philippe" is not "Philippe Close", the mayor named in full
            if cluster is None:
                cluster = PersonCluster()
                clusters.append(cluster)
            cluster.names.append(name)
            cluster.cands.append(cand)
        for cluster in clusters:
            full = {n for n in headline if all(len(m.split()) == 1 for m in cluster.names)
                    and fold(cluster.names[0]) in (fold(n.split()[-1]), fold(n))}  # (or "García-Margallo")
            if len(full) == 1:
                cluster.names.insert(0, full.pop())
        for cluster in clusters:
            cluster.cands.sort(key=lambda c: c.start)
            for cand in cluster.cands:
                found = titles.title_before(doc, cand.start) or titles.title_before_comma(doc, cand.start, cand.end) \
                    or _title_before_lone_name(doc, cand)
                cand.title = found[0] if found else titles.title_after(doc, cand.end)
                cand.title_start = found[1] if found else None
                cluster.title = cluster.title or cand.title
                if found and cluster.title_country is None:  # the title and the words right before it
                    cluster.title_country = titles.role_of(doc[max(0, found[1] - 4):cand.start].text)[1]
            # a one-word name is a person's after a style or a royal title ("Mr Čeferin", "Prince Harry"), when the
            # article keeps using it, or as the one who meets ("Borodavkin meets Foreign Minister X"), and a Mongolian
            # name ("Ts.Munkh-Orgil")
            person_like = any(c.start > 0 and (doc[c.start - 1].lower_.rstrip(".") in PERSONAL_STYLES
                                               or doc[c.start - 1].lower_ in ROYAL_TITLES)
                              or _meets(doc[c.end - 1]) or INITIALED.match(doc[c.start].text)
                              for c in cluster.cands) or _recurring(doc, cluster)
            entity = self._person(cluster, [c.canonical for c in clusters if c is not cluster], person_like, day)
            if entity is None or (entity.key.startswith("person/") and entity.key not in self.actors
                                  and not _office_title(cluster.title)):
                entity = self._place_not_person(cluster) or entity
            for cand in cluster.cands:
                cand.entity = entity
                cand.dropped = entity is None
        return clusters

    def _cluster_of_target(self, clusters: list[PersonCluster], cand: Candidate) -> PersonCluster | None:
        """The cluster of the full name of the KB person a short name stands for: "Biden" after "Joe Biden and
        his wife, Jill Biden" is Joe Biden."""
        person = self.entity(cand.target) if cand.target else None
        if person is None:
            return None
        full = {fold(n) for n in (person.name, *person.aliases) if " " in n}
        return next((c for c in clusters if full & {fold(n) for n in c.names}), None)

    def _place_not_person(self, cluster: PersonCluster) -> Entity | None:
        """The place an untitled "person" is: "Izmir", "Ain Issa" (a name of two words at most, which a
        gazetteer city may share), "Nay Pyi Taw" (longer only when it is a city's own name); or the place of the
        office before it ("the Mayor of [Yerevan]"), or a building's city ("at the State House, [Abuja]")."""
        place = self.places.lookup(cluster.canonical) if not _office_title(cluster.title) else None
        if place and (len(cluster.canonical.split()) <= 2 or fold(place.name) == fold(cluster.canonical)):
            return place
        return None

    def _person(self, cluster: PersonCluster, others: list[str], person_like: bool = False,
                day: dt.date | None = None) -> Entity:
        names = sorted(set(cluster.names), key=lambda n: (-len(n.split()), n))
        for cand in cluster.cands:
            if cand.target and _known_as(fold(names[0]), self.entity(cand.target), others) \
                    and not self._namesake_abroad(cluster, names[0], cand.target):
                return self._kb_person(cand.target, cluster.title, day)
        for name in names:
            keys = (fold(name), without_initials(fold(name)), without_inner_honorifics(fold(name)))
            target = next(filter(None, (self.alias_index.get(k.replace(" ", "")) for k in keys)), None)
            if target and target.startswith("person/") and _known_as(fold(names[0]), self.entity(target), others) \
                    and not self._namesake_abroad(cluster, names[0], target):
                return self._kb_person(target, cluster.title, day)
        for name in names:
            for key in (fold(name), without_initials(fold(name))):
                if key in self.known and self.known[key].kind == "person":
                    return _retitled(self.known[key], cluster.title)
        if all(len(n.split()) == 1 for n in names):
            matches = self._people_known.get(fold(names[0]), {})
            if len(matches) == 1:
                return next(iter(matches.values()))
            kb = self._kb_by_surname(fold(names[0]), cluster.title, day)
            if kb is not None:
                return kb
            if cluster.title is None and not person_like:
                return None                 # a lone capitalised word without title, style or full name: NER noise
        canonical = cased(cluster.canonical)
        title = titles.normal_title(cluster.title) if cluster.title else None
        aliases = tuple(n for n in dict.fromkeys(cluster.names) if n != canonical)
        return Entity(key=f"person/{slug(canonical)}", kind="person", name=canonical, aliases=aliases, title=title)

    def _kb_person(self, key: str, title: str | None, day: dt.date | None) -> Entity:
        """A KB person under the title the article gives when none of their KB offices was held on its day: the
        "Latvian Foreign Minister Edgars Rinkēvičs" of 2015 is not yet the President of Latvia."""
        entity, actor = self.entity(key), self.actors.get(key)
        if title is None or day is None or actor is None or not actor.offices \
                or any(o.held_on(day) for o in actor.offices):
            return entity
        return replace(entity, title=titles.normal_title(title))

    def _namesake_abroad(self, cluster: PersonCluster, full: str, key: str) -> bool:
        """"Timor Leste's President Francisco Guterres" is not the KB's António Guterres: another given name, and a
        title of a country the KB person neither belongs to nor held an office of."""
        actor = self.actors.get(key)
        country = cluster.title_country
        if actor is None or country is None or _same_given_name(fold(full), actor.entity):
            return False
        return actor.country != country and all(o.country != country for o in actor.offices)

    def _kb_by_surname(self, surname: str, title: str | None, day: dt.date | None = None) -> Entity | None:
        """'President Michel' -> Charles Michel: the one KB person with that family (or given) name whose offices
        include the title's role (of two, 'President Bush', the one in that office on the article's day)."""
        if not title:
            return None
        role, country = titles.role_of(title)
        found = {}
        for actor in self._people_by_word.get(surname, ()):
            words = fold(actor.entity.name).split()
            if surname in (words[-1], words[0]):
                offices = [o for o in actor.offices if o.role == role and (country is None or o.country == country)]
                if offices or role is None and surname == words[-1]:  # (a given name alone: an office to match)
                    found[actor.entity.key] = (actor.entity, any(o.held_on(day) for o in offices) if day else False)
        in_office = [e for e, now in found.values() if now]
        return next(iter(found.values()))[0] if len(found) == 1 else in_office[0] if len(in_office) == 1 else None

    # -- indexes ---------------------------------------------------------------------------------------

    def _build_alias_index(self) -> None:
        counts: dict[str, set[str]] = {}

        def add(name: str, key: str) -> None:
            folded = squash(re.sub(r"^(?:the|The)\s+", "", name))
            if folded:
                counts.setdefault(folded, set()).add(key)
                if name.replace(".", "").isupper() and len(name.replace(".", "")) <= 5:
                    self.exact_case[folded] = _letters(name)          # "G7" and "G-7": both "G7"

        for key, actor in self.actors.items():
            for name in (actor.entity.name, *actor.entity.aliases):
                add(name, key)
        for alpha2, info in countries().items():
            for name in info.names:
                if squash(name) not in counts:
                    add(name, f"country/{alpha2}")
        for key, entity in self.places.by_key.items():
            if key.startswith("place/") and not entity.same_as:         # curated places (not GeoNames cities)
                for name in (entity.name, *entity.aliases):
                    if squash(re.sub(r"^(?:the|The)\s+", "", name)) not in counts:
                        add(name, key)
        self.alias_index = {name: next(iter(keys)) for name, keys in counts.items() if len(keys) == 1}
        self._prefixes = {name[:i] for name in self.alias_index for i in range(1, len(name) + 1)}


# -- helpers ---------------------------------------------------------------------------------------------

def _name_off_body(doc, cand: Candidate, initials: set[str]) -> list[Candidate]:
    """"[the Senate of the Oliy Majlis Tanzila Narbayeva] held ..." (NER: one body) where the article names
    "T. Narbayeva" too: the last two or three words, beginning as the person's other mentions do (`initials`),
    are that person's name, cut off the body (which `cand` keeps)."""
    for n in (2, 3):
        words = doc[cand.end - n:cand.end]
        if cand.end - n - cand.start < 2 or not all(t.pos_ == "PROPN" and name_cased(t) and t.lower_ not in
                                                    ORG_NOUNS | titles.TITLE_WORDS for t in words):
            return []
        if not initials or words[0].text[0] in initials:
            end, cand.end = cand.end, cand.end - n
            return [Candidate(cand.end, end, "person")]
    return []


PRESS_EVENT = re.compile(r"(?:joint )?(?:press|news) (?:conference|briefing)")


SEAT_HOLDERS = frozenset({"mp", "mpp", "mla", "mep", "member", "senator", "congressman", "congresswoman", "td"})


def _place_read_as_person(doc, ent) -> bool:
    """A "person" right after the "in" of a place or an act ("received X at the residence in [Beth Kerke]",
    "met in [Sharm Kerke]") is a place: not someone's ("in X's name"), nor a name the article gives anyone else;
    so are a seat ("the MP for [Edinburgh South]") and a named province or district."""
    prep = doc[ent.start - 1] if ent.start > 0 else None
    if prep is not None and prep.lower_ == "for" and ent.start > 1 and doc[ent.start - 2].lower_ in SEAT_HOLDERS:
        return True  # "the MP for [Edinburgh South]": a constituency
    if titles.area_read_as_person(doc, ent.start):
        return True  # "Chief Minister of [Gandaki Province]"
    if prep is None or prep.lower_ != "in" or prep.head.pos_ not in ("NOUN", "VERB") \
            or titles.is_title_token(prep.head):
        return False
    if ent.end < len(doc) and doc[ent.end].tag_ == "POS":
        return False
    words = {t.lower_ for t in ent}
    return not any(e.label_ == "PERSON" and e != ent and words & {t.lower_ for t in e} for e in doc.ents)


# the head nouns that end a body's name and no person's (unlike "Post", "Court", "Times": Emily Post)
BODY_NOUNS = frozenset("""university institute foundation association organization organisation commission committee
council ministry agency corporation company bank""".split())


def _holder_after_body(doc, start: int, end: int) -> int | None:
    """Where the name begins in "President of the [Bundestag Norbert Lammert]", "Speaker of the [Knesset Yuli
    Edelstein]", "Governor of [Kagawa Prefecture Toyohito Ikeda]" (NER: one body): a one-word body (or an area's
    name) after the "of" of a title, then a name of two or three words."""
    of = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    if of < 1 or doc[of].lower_ != "of" or not titles.is_title_token(doc[of - 1]) or not 3 <= end - start <= 4:
        return None
    if end + 1 < len(doc) and doc[end].text == "(" and doc[end + 1].lower_ in ORG_HEADS:
        return None  # "Chairman of the [State Great Khural] (Parliament)": a body glossed, no name
    body = start + 1 + (doc[start + 1].lower_ in titles.AREA_NOUNS)  # "Governor of [Kagawa Prefecture] X Y"
    name = doc[body:end]
    return body if doc[start].pos_ == "PROPN" and len(name) >= 2 and name_words(name) and not any(
        t.lower_ in ORG_HEADS | INSTITUTIONS | PLACE_NOUNS | EVENT_NOUNS for t in name) else None


def _office_title(title: str | None) -> bool:
    """A title that makes its name a person's: not "the Mayor of" (before a city) nor "the State House," (a
    building before its city: "at the State House, Abuja")."""
    return bool(title) and not title.endswith(" of") and fold(title.split()[-1]) not in PLACE_NOUNS


def _title_of_the_name_after(doc, ent) -> bool:
    """An NER organisation that ends in a title word and runs into a name (past its abbreviation in brackets) is
    that person's title: "[Indian National Security Advisor] (NSA) Ajit Doval"."""
    if doc[ent.end - 1].lower_ not in titles.TITLE_WORDS or doc[ent.end - 1].lower_ in ORG_HEADS:
        return False
    j = ent.end + 3 if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")" \
        else ent.end
    return j + 1 < len(doc) and all(t.pos_ == "PROPN" and t.is_title for t in doc[j:j + 2])


def _title_before_lone_name(doc, cand: Candidate) -> tuple[str, int] | None:
    """"Guatemalan President, Giammattei told ...": a one-word name set off by a comma after a title is named by it
    (a name of more words may be the next item of a list: "the Minister, A B and C D")."""
    one_word = cand.end - cand.start == 1 and cand.start > 1 and doc[cand.start - 1].text == ","
    return titles.title_before(doc, cand.start - 1) if one_word and doc[cand.start - 2].is_title else None


def _align_labels(doc, mentions: list[Mention]) -> None:
    """A place NER read as a person ("traveled to [Bissau]", PERSON) or a person it read as a body ("called on
    President [Santiago Peña Palacios]", ORG) gets the label of what it was resolved to, so the event patterns,
    which ask for a place's label after "to" or a person's after "called on", see it."""
    ents = {(e.start_char, e.end_char): e for e in doc.ents}
    relabelled = []
    for m in mentions:
        ent = ents.get((m.span.start, m.span.end))
        if ent is not None and m.entity.kind == "person" and ent.label_ in ("ORG", "GPE", "FAC", "LOC", "NORP"):
            relabelled.append(Span(doc, ent.start, ent.end, label="PERSON"))
        elif ent is not None and m.entity.kind in ("place", "country") and ent.label_ == "PERSON":
            relabelled.append(Span(doc, ent.start, ent.end, label="GPE"))
    if relabelled:
        doc.set_ents(relabelled, default="unmodified")


def _title_word(token) -> bool:
    """A word of office, also one news abbreviates ("PM", "FM")."""
    return titles.is_title_token(token) or fold(token.text) in titles.roles()


STATE_OF = re.compile(r"(?:Republic|Kingdom|State|Sultanate|Principality|Grand Duchy|Commonwealth) of (?:the )?(.+)$")


def _people_by_word(kb: dict[str, KbActor]) -> dict[str, list[KbActor]]:
    """The first and the last word of each KB person's name (of two words or more) -> those people."""
    found: dict[str, list[KbActor]] = {}
    for actor in kb.values():
        words = fold(actor.entity.name).split()
        if actor.entity.kind == "person" and len(words) > 1:
            for word in {words[0], words[-1]}:
                found.setdefault(word, []).append(actor)
    return found


def _retitled(person: Entity, title: str | None) -> Entity:
    """A person met in an earlier article, under the fuller title this one gives: "President" there, "President of
    Uzbekistan" here (what "the President of Uzbekistan" in this headline is matched against)."""
    title = titles.normal_title(title) if title else None
    if title is None or person.title == title or person.title and not title.startswith(person.title):
        return person
    return replace(person, title=title)


def _surname_of_another(doc, start: int, end: int, target: str) -> bool:
    """A KB person's (or venue's) one-word alias inside a longer name NER found: "[Francisco] Guterres" is not
    António Guterres, nor "[Supachai] Iamsuwan" Supachai Panitchpakdi, nor "State [Capitol]" the US Capitol (but
    "Meeting [Sergei Lavrov]" is Lavrov); or inside one NER missed that the parser joins
    ("President Heydar [Aliyev]" is not Ilham Aliyev)."""
    if target.startswith("person/") and end - start == 1 and end < len(doc) and doc[end].ent_iob_ == "I" \
            and doc[end].ent_type_ == "PERSON" and doc[end].pos_ == "PROPN":
        return True  # "[Supachai] Iamsuwan" (NER: one person) is not Supachai Panitchpakdi, the KB's "Supachai"
    if target.startswith("place/") and end - start == 1 and start > 0 and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == start and doc[start - 1].is_title \
            and doc[start - 1].ent_type_ not in ("GPE", "LOC"):
        return True  # "the State [Capitol]" in Helena is not the KB's Capitol in Washington
    before = doc[start - 1] if start > 0 else None
    if not target.startswith("person/") or end - start != 1 or before is None:
        return False
    tagged = doc[start].ent_iob_ == "I" and before.ent_type_ == "PERSON"
    joined = not doc[start].ent_type_ and not before.ent_type_ and before.dep_ == "compound" \
        and before.head.i == start and before.lower_ not in HEADLINE_VERBS
    return (tagged or joined) and before.pos_ == "PROPN" \
        and before.is_title and not titles.is_title_token(before) and before.lower_ not in titles.HONORIFICS \
        and not (before.is_sent_start and before.lower_.endswith("ing"))


def _letters(name: str) -> str:
    """Letters and digits only, case kept: "U.N." -> "UN", "G-7" -> "G7"."""
    return re.sub(r"[\W_]", "", name)


@functools.lru_cache(maxsize=1 << 16)
def _squashed(word: str) -> str:
    """squash() of a token's text: the same words come back in every article."""
    return squash(word)


def add_kb_ruler(nlp):
    """Add an entity_ruler before "ner" with every KB name (persons, organisations, countries, curated places).

    Optional: `EntityResolver.mentions` matches KB names itself; the ruler only makes doc.ents agree."""
    resolver = EntityResolver.load()
    labels = {"person": "PERSON", "organization": "ORG", "country": "GPE", "place": "FAC"}
    patterns = []
    for entity_key in set(resolver.alias_index.values()):
        entity = resolver.entity(entity_key)
        if entity is None:
            continue
        for name in (entity.name, *entity.aliases):
            patterns.append({"label": labels[entity.kind], "pattern": name, "id": entity_key})
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name="kb_ruler", config={"validate": True}, **where)
    ruler.add_patterns(sorted(patterns, key=lambda p: (p["id"], p["pattern"])))
    return ruler


def _university_name_end(doc, ent: Span) -> int:
    """"[Universitas] Gadjah Mada" (NER: the first word alone): a university's name in another language runs on
    through the title-case words after it ("Universidad de Chile": and a particle between them)."""
    end = ent.end
    if doc[end - 1].text not in UNIVERSITY_WORDS:
        return end
    while end < len(doc) and not doc[end].is_sent_start and (doc[end].text.istitle() and doc[end].is_alpha or (
            doc[end].lower_ in NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].text.istitle())):
        end += 1
    return end


def _hyphen_cut(doc, end: int) -> bool:
    """NER ended a name at a hyphen that joins it to its next word: "[Persad]-Bissessar"."""
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper() and doc[end + 1].ent_iob_ != "B"


def _known_as(full: str, person: Entity, others: list[str]) -> bool:
    """The KB person a cluster was found by (through a shorter name) is the cluster's, unless its fullest name
    has another given name and another person of the article has that person's own: "Jill Biden" (who took
    the lone "Biden") is not Joe Biden when "Joe Biden" is named too; "John Blinken" (NER cut "Antony") and
    "Dlamini Zuma" are still who the KB says."""
    if not _same_initials(full, person):
        return False  # "George H. W. Bush" is not "George W. Bush"
    return _same_given_name(full, person) or not any(_same_given_name(fold(o), person) for o in others
                                                     if len(o.split()) > 1)


def _same_initials(full: str, person: Entity) -> bool:
    """`full` (folded) has no middle initials, or the same as the KB person's name that has any."""
    def initials(words: list[str]) -> list[str]:
        return [w.rstrip(".") for w in words[1:-1] if len(w.rstrip(".")) == 1]
    own = initials(full.split())
    known = [initials(fold(n).split()) for n in (person.name, *person.aliases)]
    return not own or not any(known) or own in known


def _same_given_name(full: str, person: Entity) -> bool:
    """`full` (folded) starts with a given name like one of the KB person's (or has none to compare)."""
    given = full.split()[0].rstrip(".")
    if len(full.split()) < 2 or len(given) <= 1:
        return True
    known = [fold(n).split() for n in (person.name, *person.aliases) if len(n.split()) >= 2]
    return not known or any(difflib.SequenceMatcher(None, given, words[0]).ratio() >= 0.6 for words in known)
