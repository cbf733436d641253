"""Spans of an analysed article that may name an entity: NER junk trimmed, names clustered, acronyms spelled out.

Pure helpers over spaCy tokens for entities.py:
    clean(doc, start, end, label)   trim "Meeting Sergei Lavrov" -> "Sergei Lavrov"; None for "Photo", "COVID-19", ...
    find_cluster(...)               a surname joins the full name it belongs to ("Lavrov" -> "Sergey Lavrov")
    acronyms(text)                  "Inter-American Development Bank (IDB)" -> {"idb": "Inter-American Development Bank"}
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from newsgraph.ingest import nlp, titles
from newsgraph.ingest.knowledge import fold
from newsgraph.ingest.model import Entity, Mention, Span
from newsgraph.iris import slug

LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "gpe", "LOC": "loc", "NORP": "norp", "FAC": "fac"}
JUNK = frozenset(fold(w) for w in """covid-19 coronavirus photo photos comments comment hashtags related articles read more advertisement
share subscribe video image file twitter facebook instagram telegram youtube monday tuesday wednesday thursday
friday saturday sunday today tomorrow yesterday january february march april may june july august september
october november december state media global south mou mous moa""".split() + ["Global South", "Related Articles"])
EVENT_NOUNS = frozenset("""summit meeting meetings conference talks war parade anniversary celebrations ceremony visit
election elections games olympics cup festival expo day year years forum session dialogue""".split()) - {"forum"}
MEAL_NOUNS = frozenset({"dinner", "lunch", "luncheon", "banquet", "breakfast", "reception"})  # "the X Day Dinner"
INSTRUMENT_NOUNS = frozenset("""agreement agreements treaty treaties accord accords convention conventions pact pacts
protocol protocols charter charters act declaration declarations""".split())
ORG_NOUNS = frozenset("""university bank party council ministry committee forces agency company corporation group
institute foundation association union organization organisation commission court police army navy times post
news""".split())
# (and "Raj Bhavan", "Bangabhaban": "bhavan", "bhaban", "niwas" name a building in Hindi and Bengali)
PLACE_NOUNS = frozenset("""hospital airport hall palace square street station bridge stadium tower church mosque
temple cathedral building house residence base bhavan bhaban niwas museum memorial monument mausoleum cemetery
library gallery pagoda shrine camp barracks""".split())
INSTITUTIONS = frozenset("""senate congress parliament assembly house cabinet government secretariat affairs
states presidency administration""".split())
NOT_PLACES = frozenset(fold(w) for w in ["Global South", "West", "the West", "East", "Western", "Eurasian",
                                         "Asia-Pacific", "Indo-Pacific", "Republic", "Kingdom", "Federation",
                                         "Sultanate", "Emirate", "Principality",
                                         "Asia", "Europe", "Africa", "Oceania", "Antarctica", "Americas", "Eurasia",
                                         "Sea", "Ocean"])


KIN_NOUNS = frozenset({"widow", "widower", "wife", "husband", "spouse", "daughter", "son", "mother", "father", "family",
                       "families", "relative", "relatives", "child", "children", "brother", "sister", "parents"})


@dataclass
class Candidate:
    start: int                      # token offsets in the doc
    end: int
    label: str                      # person | organization | gpe | loc | norp | fac
    target: str | None = None       # a resolved entity key (KB match, ministry)
    priority: int = 0               # KB/pattern matches win ties against NER
    title: str | None = None
    title_start: int | None = None
    entity: Entity | None = None
    dropped: bool = False
    kin: bool = False               # named as another's relative: "daughter of the late president X"


@dataclass
class PersonCluster:
    names: list[str] = field(default_factory=list)      # surface names in order of appearance
    cands: list[Candidate] = field(default_factory=list)
    title: str | None = None
    title_country: str | None = None                   # "Timor Leste's President X": country/TL

    @property
    def canonical(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n)))


def mention_of(doc, start: int, end: int, entity: Entity) -> Mention:
    span = doc[start:end]
    sent = span.sent
    text = nlp.doc_text(doc)  # a Span's text is the Doc's between its bounds, without joining its tokens again
    return Mention(entity=entity, text=text[span.start_char:span.end_char],
                   span=Span(span.start_char, span.end_char, text[sent.start_char:sent.end_char], sent.start_char,
                             sent.end_char))


# offices that end a title, and no one's name ("King", "Bishop", "Sheikh" may be)
OFFICE_NOUNS = frozenset({"mayor", "governor", "president", "minister", "premier", "chancellor", "speaker",
                          "ambassador", "secretary", "chairman", "chairwoman", "senator", "commissioner", "envoy",
                          "prosecutor", "procurator", "observer", "judge", "ombudsman", "auditor", "rapporteur",
                          "negotiator", "mediator", "coordinator", "inspector", "attorney"})


def clean(doc, start: int, end: int, label: str) -> tuple[int, int] | None:
    """Trim NER junk: leading verbs, determiners, titles (people), possessives and punctuation; None if nothing is left."""
    for i in range(start, end):
        if "(" in doc[i].text or ")" in doc[i].text or (
                label == "person" and i > start and doc[i].text in ("-", "–", "—") and doc[i - 1].whitespace_):
            end = i  # "Emmerson Mnangagwa - President of ...": the name ends at a spaced dash
            break
    for i in range(start + 2, end):
        if label in ("place", "organization") and doc[i].lower_ == "the" and doc[i - 1].lower_ in VENUE_NOUNS:
            end = i  # "at the National Palace the Governor General of Canada" (NER: one body): the palace
            break
    if (label == "person" and end - start >= 3 and doc[start].is_sent_start and doc[start].lower_.endswith("ing")):
        start += 1                                              # "Meeting Sergei Lavrov in Beijing, ..."
    if label == "organization":  # "[the Director-General of] the Organisation for the ...": the body, not its head
        k = start + (doc[start].lower_ == "the")
        while k < end - 2 and (titles.is_title_token(doc[k]) or doc[k].text in ("-", "‐")) \
                and doc[k].ent_type_ != "GPE":
            k += 1
        if start < k < end - 2 and doc[k].lower_ in ("of", "for") and titles.is_title_token(doc[k - 1]):
            start = k + 1
    if label == "person" and country_possessive(doc, start, end):
        start += 2  # "[Zambia’s] Edgar Lungu" (NER: one person)
    if label == "person" and end - start >= 3 and _after_title_of(doc, start, coordinated=True):
        start += 1  # "High Commissioner for [Refugees Filippo Grandi]": the office's field, then the name
    while start < end:
        token = doc[start]
        if (token.is_punct or token.is_space or token.lower_ in ("the", "a", "an", "his", "her", "their", "its")
                or (label == "person" and end - start > 1 and (token.lower_ in titles.HONORIFICS
                                                                or titles.in_honorific_pair(doc, start)))
                or (token.tag_ in ("VBG", "VBD", "VBN", "VBZ", "VBP", "VB", "MD") or token.pos_ in ("VERB", "AUX"))
                and not _glottal_name(token) and not _name_after_comma(doc, start, end)
                and not INITIALED.fullmatch(token.text)
                or (label == "person" and end - start > 1 and titles.is_title_token(token))
                or (label == "person" and end - start > 1 and token.lower_ in titles.PORTFOLIOS)  # "[Expatriates
                or (label == "person" and end - start > 1 and token.lower_ in titles.CONNECTORS)):  # Nasser Bourita]"
            start += 1
        else:
            break
    if label == "person" and end - start >= 4 and doc[start + 1].lower_ in OFFICE_NOUNS and doc[start].pos_ == "PROPN" \
            and not titles.is_title_token(doc[start]) and not titles.is_title_token(doc[end - 2]):
        start += 1  # "[Yerevan] Mayor Taron Margaryan": the office's city, then its title (trimmed below)
    country = next((k for k in range(start + 1, min(end, start + 4)) if label == "person" and start > 0
                    and doc[start - 1].lower_ in ("to", "of", "in", ",", "and")
                    and fold(doc[start:k].text) in titles.country_words()
                    and end - k >= 2), None)
    # "Ambassador of the United States to [Moldova Dereck Hogan]": the title's country; "the ministers of Spain
    # X, [Latvia Baiba Braže]": the next item's
    start = country or start
    while label == "person" and end - start > 1 and (titles.is_title_token(doc[start])
                                                     or doc[start].lower_ in titles.HONORIFICS | titles.AREA_NOUNS):
        start += 1  # "Jordanian [King] Abdullah II": a title after the country word
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].tag_ == "POS"
                           or doc[end - 1].text in ("'s", "’s")
                           or doc[end - 1].pos_ in ("VERB", "AUX", "ADP", "CCONJ", "DET")
                           or (label == "person" and end - start > 1 and doc[end - 1].text in POST_NOMINALS)
                           or (label == "person" and end - start > 2 and doc[end - 1].lower_ in HEADLINE_VERBS)):
        end -= 1                                                # "Micheál Martin TD": letters after the name
    comma = end + 1 < len(doc) and doc[end].text == ","  # "[Chief Elections Observer], Barry Andrews"
    if end <= start or label == "person" and doc[end - 1].lower_ in OFFICE_NOUNS and end + comma < len(doc) \
            and doc[end + comma].ent_iob_ == "B" and doc[end + comma].ent_type_ == "PERSON":
        return None  # ("[Yerevan Mayor] [Taron Margaryan]", NER: two people: the first is the second's title)
    while label == "person" and start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and start <= doc[start - 1].head.i <= end and doc[start - 1].ent_iob_ == "O" and doc[start - 1].is_alpha \
            and doc[start - 1].text.istitle() and not titles.is_title_token(doc[start - 1]) \
            and doc[start - 1].lower_ not in INSTITUTIONS | ORG_NOUNS | titles.PORTFOLIOS | titles.HONORIFICS \
            and doc[start - 1].lower_ not in HEADLINE_VERBS | STATE_WORDS \
            and not _after_title_of(doc, start - 1, coordinated=True) \
            and not _gerund_before_surname(doc, start, end):  # not "of Parliament" + "X Y", "and Marine"
        start -= 1                                              # "Filipe" + "Jacinto Nyusi": the name's first word
    if all(t.lower_ in titles.HONORIFICS for t in doc[start:end]) or (
            label == "organization" and all(t.lower_ in titles.TITLE_WORDS or t.lemma_.lower() in titles.TITLE_WORDS
                                            or fold(t.text) in titles.country_words()  # "[Chinese Defence Attaché]"
                                            or t.lower_ in ("of", "and", "-") for t in doc[start:end])):
        return None                                             # "H.E. Mr.", "Shadow", "Heads of State" (NER: ORG)
    while label == "person" and end < len(doc) and doc[end - 1].dep_ == "compound" and (doc[end - 1].head.i == end or (
            doc[end - 1].head.i > end and INITIALS.fullmatch(doc[end - 1].text))) \
            and doc[end].pos_ == "PROPN" and doc[end].ent_iob_ == "O" and doc[end].text.istitle() \
            and not titles.is_title_token(doc[end]) and doc[end].lower_ not in HEADLINE_VERBS:
        end += 1                                                # "Espen Barth" + "Eide", "S W" + "Tapley Seaton"
    while label == "person" and end + 1 < len(doc) and titles.inner_hyphen(doc[end]) and doc[end + 1].is_alpha \
            and (doc[end + 1].is_lower or doc[end + 1].is_title and doc[end + 1].ent_iob_ == "O"):
        end += 2                                        # "Parnpree Bahiddha" + "-nukara", "Rita Hammerli" + "-Weschke"
    text = doc[start:end].text
    letters = [c for c in text if c.isalpha()]
    particle = label == "person" and doc[start].lower_ in NAME_PARTICLES and end - start > 1  # "van Klaveren said"
    if (len(letters) < 2 or text.islower() or not text[:1].isupper() and not text[:1].isdigit() and not particle
            or fold(text) in JUNK or all(t.like_num or t.is_digit for t in doc[start:end])
            or (label == "person" and len([w for w in text.split()  # ("Mohd Najib Bin Tun Haji Abdul Razak")
                                           if w.lower() not in NAME_PARTICLES | titles.HONORIFICS]) > 6)):
        return None
    if label == "person" and (any(c.isdigit() for c in text) or (text.isupper() and len(text) > 1)):
        return None                                             # "COVID-19", "BST": not names of people
    if label == "person" and all(titles.is_title_token(t) or re.fullmatch(r"[A-Z]\.", t.text) for t in doc[start:end]) \
            and not (end - start == 1 and _surname_elsewhere(doc, doc[start])):
        return None                                             # "State Councillor", "H. E. Dr.": nobody's name
    if label == "person" and doc[end - 1].lower_ in ORG_NOUNS | PLACE_NOUNS | EVENT_NOUNS | INSTITUTIONS:
        return None                                             # "John Radcliffe Hospital", "Ministerial Meeting"
    if label == "person" and fold(doc[start].text) in titles.country_words() and titles.is_title_token(doc[end - 1]):
        return None                                             # "The Malagasy Head of [State]": an office
    if label != "person" and doc[end - 1].lower_ in EVENT_NOUNS:
        return None                                             # "Tianjin Summit" is an event, not an organisation
    if label in ("fac", "gpe", "loc") and doc[end - 1].lower_ == "forum":
        return None                                             # "the Bled Strategic Forum" (NER: FAC): no venue
    if label == "organization" and doc[end - 1].lower_ in INSTRUMENT_NOUNS:
        return None                                             # "the North American Free Trade Agreement": no party
    if label == "organization" and end - start == 1 and doc[start].dep_ == "amod":
        return None                                             # "Allied victory"
    if label in ("organization", "person") and start >= 2 and doc[start - 1].text == "," \
            and doc[start - 2].lower_ in titles.PORTFOLIOS \
            and any(t.lower_ in titles.PORTFOLIOS for t in doc[start:end]):
        return None                                             # "Minister of Foreign Affairs, [International Trade]"
    if end - start == 1 and doc[start].text in POST_NOMINALS:
        return None                                             # the "TD" of "Micheál Martin TD"
    return start, end


POST_NOMINALS = frozenset("""TD MP MEP MSP MLA MS QC KC OBE CBE KBE MBE DBE GBE PhD GCMG KCMG CMG GCVO KCVO CVO LVO MVO
JP CSM QSO ONZM CNZM KNZM GNZM
RWP RSP VSV USP WWV ndu psc ndc hdmc afwc PVSM AVSM UYSM YSM VSM ADC NI HI SI TBt OSP SBP BGBM""".split())
# (the second line: South Asian military honours and staff-college letters, "Lieutenant General X RWP RSP ndu")
# the verb a title-case headline runs into a name: "Minister X Y Welcomes Indian Counterpart Z"
HEADLINE_VERBS = frozenset("""welcomes meets receives visits hosts holds calls signs attends thanks congratulates
says tells urges discusses welcome meet receive visit host hold call sign attend thank congratulate""".split())
NAME_PARTICLES = frozenset("van von de da do dos das del della di du der den ten ter le la al el bin ibn".split())
LOCATIVE = frozenset({"in", "on", "near", "off", "at", "to"})     # "a meeting on Crete", "flew to Halifax"
STRONG_LOCATIVE = LOCATIVE - {"at", "to"}                         # "at Gazprom", "to Huawei" are organisations


def _gerund_before_surname(doc, start: int, end: int) -> bool:
    """"Accompanying Cohen, who arrived late Sunday" after "Eli Cohen": a sentence's first word in -ing before the
    surname of a person named in full is no first name."""
    return end - start == 1 and doc[start - 1].is_sent_start and doc[start - 1].lower_.endswith("ing") \
        and _surname_elsewhere(doc, doc[start])


def _surname_elsewhere(doc, token) -> bool:
    """"Minister Bishop" after "Julie Bishop": a title word that is the last word of a longer name."""
    return any(len(e) > 1 and e[-1].text == token.text and not e.start <= token.i < e.end for e in doc.ents)


def locative(doc, start: int, preps: frozenset[str] = STRONG_LOCATIVE) -> bool:
    """The span starting at token `start` is the object of a place preposition: "in Crete", "on the island of X"."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in ("the",):
        i -= 1
    # not "the War on Terror", "Survey on Supply Chains"; but "visited President X in Kyiv", "met with the
    # Observer, X at the State House" (a place phrase the parser hung on a person)
    return (i >= 0 and doc[i].lower_ in preps and doc[i].pos_ == "ADP"
            and (doc[i].head.pos_ != "PROPN" or doc[i].head.ent_type_ == "PERSON" and doc[i].lower_ in ("in", "at")))


def _of_a_settlement(doc, start: int) -> bool:
    """"the Brazilian city of [Fortaleza]", "the port of [Busan]", "the state house of [Zanzibar]", "the council of
    [Lagoa]": a name in the "of" phrase of a settlement, a local government's or a building noun (in lower case:
    not "the Council of Europe")."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text.islower() \
        and doc[start - 2].lower_ in (*SETTLEMENT_NOUNS, *PLACE_NOUNS)


SETTLEMENT_NOUNS = frozenset("city town port village municipality council county district province prefecture".split())


def _not_place_word(token) -> bool:
    return token.lower_ in ORG_NOUNS | EVENT_NOUNS | INSTITUTIONS or titles.is_title_token(token)


def place_like_organization(doc, cand: Candidate) -> bool:
    """An NER 'organisation' that is a place: one or two title-case words after "in"/"on"/"near"/"off" or "the town
    of", with no organisation noun and no acronym ("a meeting on Crete"; not "investment in the Asian Development
    Bank")."""
    words = doc[cand.start:cand.end]
    return (cand.label == "organization" and not cand.target and cand.end - cand.start <= 2
            and all(t.text.istitle() and t.pos_ == "PROPN" for t in words)
            and not any(_not_place_word(t) for t in words)
            and (locative(doc, cand.start) or _of_a_settlement(doc, cand.start)))


# a building named in Spanish, French, Italian, Portuguese or German: "Palacio de San Carlos" (NER: PERSON)
FOREIGN_VENUES = frozenset("palacio palais palazzo casa quinta chateau château schloss".split())
# words of a state's name, never of a person's ("President of Italian Republic Giorgio Napolitano")
STATE_WORDS = frozenset({"republic", "kingdom", "federation", "emirates", "sultanate", "principality"})
VENUE_NOUNS = PLACE_NOUNS | frozenset("""office buildings centre center hotel headquarters villa castle mansion
chancellery lodge resort complex compound""".split())


CAMPUS_NOUNS = frozenset("university college institute academy campus plant factory laboratory".split())
# "university" in other languages, first in a university's name: "Universitas Sumatera Utara", "Universidad de Chile"
UNIVERSITY_WORDS = frozenset("""Universitas Universidad Universidade Université Universität Università Universiteit
Universitat Universitet Uniwersytet""".split())
# what is held at a venue: "met at X", "a lecture at X" (X, a body NER knows by no other name, is where)
HELD_AT = frozenset("""meet hold host receive welcome speak address gather sign lecture speech meeting talks
ceremony reception dinner lunch luncheon breakfast roundtable event""".split())


def town_before_building(doc, cand: Candidate, known) -> bool:
    """"at a downtown [Santa Fe] hotel" (NER: a body): a place the gazetteer `known` knows, before a lower-case
    building word, is the town the building is in."""
    return cand.label == "organization" and not cand.target and cand.end < len(doc) \
        and doc[cand.end].text in VENUE_NOUNS and known(doc[cand.start:cand.end].text)


def building_word_after(doc, cand: Candidate) -> bool:
    """"at the [Navy] Headquarters" (NER: the body alone): the capitalised building word after a body met at; "at
    the [Executive] mansion": any building word after a venue's name."""
    return cand.end < len(doc) and doc[cand.end].lower_ in VENUE_NOUNS and locative(doc, cand.start, frozenset({"at"})) \
        and (cand.label == "organization" and doc[cand.end].is_title or cand.label in ("loc", "fac"))


def venue_like_organization(doc, cand: Candidate) -> bool:
    """An NER 'organisation' met at that is a building: "at the Office of the President", "at the
    Presidential Office" (not "the Presidential Office said", nor "Minister of State at the Cabinet Office");
    a campus or an embassy visited or met at: "visited Peking University", "a lecture at Vilnius University",
    "visited the Nigerian High Commission"; a body a meeting is held at (_held_at)."""
    if cand.label != "organization" or cand.target:
        return False
    at = cand.start - 1 - (cand.start > 1 and doc[cand.start - 1].lower_ == "the")
    met_at = locative(doc, cand.start, frozenset({"at"})) and not (at > 0 and titles.is_title_token(doc[at - 1]))
    campus = doc[cand.end - 1].lower_ in CAMPUS_NOUNS or doc[cand.start].text in UNIVERSITY_WORDS or (
        any(t.lower_ in ("university", "college") and doc[t.i + 1].lower_ == "of"
            for t in doc[cand.start:cand.end - 1]))  # ("Jordan University of Science and Technology")
    if at > 0 and doc[at].lower_ == "of" and doc[at - 1].lower_ in ("headquarters", "premises", "seat", "campus") \
            and not any(t.lower_ in INSTITUTIONS | {"ministry", "council", "bank"} for t in doc[cand.start:cand.end]):
        return True  # "paid a visit to the headquarters of the Arab League Educational ... Organization" (a ministry
        #              stays a body: the city it is in is where)
    if campus or MISSION.search(doc[cand.start:cand.end].text):
        return met_at or (at >= 0 and doc[at].lemma_ in ("visit", "tour") and doc[at].pos_ == "VERB") or (
            at > 0 and doc[at].lower_ == "to" and doc[at - 1].lemma_ in ("visit", "trip"))  # "a visit to X University"
    building = any(t.lower_ in VENUE_NOUNS and (t.i == cand.end - 1 or doc[t.i + 1].lower_ == "of"
                                                or (t.i == cand.end - 2 and doc[t.i + 1].pos_ == "PROPN"))
                   for t in doc[cand.start:cand.end])  # (or its town after it: "at State House Entebbe")
    return met_at and building or _held_at(doc, cand, at)


# an embassy's name: "the Embassy of South Africa", "the Nigerian High Commission", "the Apostolic Nunciature" (a
# building when visited or met at, and foreign ground)
MISSIONS = frozenset({"embassy", "consulate", "legation"})  # a country's mission abroad
MISSION = re.compile(r"(?i)\b(?:" + "|".join(sorted(MISSIONS | {"high commission", "nunciature"})) + r")\b")


def _held_at(doc, cand: Candidate, at: int) -> bool:
    """"met with the mayor, MP X and Y at the Royal Canadian Legion" (the parser may hang "at" on Y): the body a
    meeting is held at is where it was held; but a ministry, a council or a bank stays a body (the article's
    other events place its city)."""
    if at < 0 or doc[at].lower_ != "at" or doc[at].pos_ != "ADP" or (at > 0 and titles.is_title_token(doc[at - 1])) \
            or any(t.lower_ in ORG_HEADS | INSTITUTIONS for t in doc[cand.start:cand.end]):
        return False
    verb = next((a for a in doc[at].ancestors if a.pos_ == "VERB"), None)
    return doc[at].head.lemma_.lower() in HELD_AT or (verb is not None and verb.lemma_.lower() in HELD_AT)


def unlabelled_places(doc, known=lambda name: False) -> list[Candidate]:
    """Title-case proper nouns NER left unlabelled right after "in"/"on"/"near"/"off" ("agreed to meet on Crete") or
    "the town of", or after "to"/"at" when the gazetteer `known` knows them ("a visit to Kyiv"); and a building's
    name after "at the" or "in the", whatever words it has ("at the Vice Presidential Palace")."""
    cands, i = [], 0
    untagged_proper = [t.ent_iob_ == "O" and t.pos_ == "PROPN" and t.text.istitle() for t in doc]  # read once
    while i < len(doc):
        if not untagged_proper[i]:
            i += 1
            continue
        j = i
        while j < len(doc) and j - i < 3 and untagged_proper[j]:
            j += 1
        if j > i and not doc[i].is_sent_start and fold(doc[i:j].text) not in JUNK \
                and (locative(doc, i) or _of_a_settlement(doc, i)
                     or locative(doc, i, LOCATIVE) and known(doc[i:j].text)) \
                and not any(_not_place_word(doc[k]) for k in range(i, j)):
            cands.append(Candidate(i, j, "loc", priority=-1))
        elif j - i >= 2 and doc[j - 1].lower_ in VENUE_NOUNS and i > 1 and doc[i - 1].lower_ == "the" \
                and doc[i - 2].lower_ in ("at", "in"):
            cands.append(Candidate(i, j, "fac", priority=-1))  # "at the Vice Presidential Palace", "at the Union
            #                                                     Headquarters": a building
        i = max(j, i + 1)
    return cands


VENUE_PARTICLES = frozenset("de di da do del della dei des du dos das von der".split())
ELIDED = re.compile(r"[dl][’']\w+")


def foreign_venues(doc) -> list[Candidate]:
    """"at the Palazzo d’Orléans", "Palacio de la Moneda": a building named by a foreign word for a palace or a
    house and the name after it, whatever NER makes of it (here a person "Palazzo" and nothing)."""
    cands = []
    for t in doc:
        if t.lower_ not in FOREIGN_VENUES or not t.is_title:
            continue
        j = t.i + 1
        while j < len(doc) and (doc[j].is_title or ELIDED.fullmatch(doc[j].text)
                                or doc[j].lower_ in VENUE_PARTICLES and j + 1 < len(doc) and doc[j + 1].is_title):
            j += 1
        if j > t.i + 1 and doc[j - 1].lower_ not in VENUE_PARTICLES:
            cands.append(Candidate(t.i, j, "fac", priority=1))
    return cands


ORG_NAME_ENDS = frozenset({"relations", "affairs", "department", "office", "republic", "kingdom", "emirates"})


def person_after_organization(doc, cand: "Candidate") -> "Candidate | None":
    """"Chairman of the Party's Commission on External Relations Le Hoai Trung": NER ran the holder's name
    into the organisation (or the country) of the title before it. The name (two to four title-case words
    after the organisation's last head noun or the country's name, a title of office shortly before) is cut
    off as a person."""
    if cand.label not in ("organization", "gpe"):
        return None
    ends = ORG_HEADS | ORG_NAME_ENDS | (titles.PORTFOLIOS if _after_title_of(doc, cand.start) else frozenset())
    heads = [k for k in range(cand.start, cand.end) if doc[k].lower_ in ends
             or fold(doc[k].text) in titles.country_words()]  # "the Republic of Poland [Witold X]" (NER: GPE)
    if not heads:
        return None
    comma = heads[-1] + 1 < cand.end and doc[heads[-1] + 1].text == ","  # "President of [Guatemala, X Y]" (NER: ORG)
    end = cand.end
    while end < len(doc) and end - heads[-1] <= 4 and doc[end].ent_iob_ == "O" and name_words(doc[end:end + 1]):
        end += 1  # "the Federal Assembly Ilyas" (NER: ORG) + "Umakhanov": the name runs on past the span
    run = doc[heads[-1] + 1 + comma:end]
    # a title shortly before, or heading the list the name is in ("the ministers of Spain X, ..., and [Poland Y]")
    before = doc[max(0, cand.start - 10):cand.start]
    if cand.start > 0 and doc[cand.start - 1].text in (",", "and"):
        before = doc[max(doc[cand.start].sent.start, cand.start - 40):cand.start]
    if 2 <= len(run) <= 4 and name_words(run) \
            and any(t.lower_ in titles.TITLE_WORDS and t.lower_ not in titles.HONORIFICS for t in before):
        cand.end = heads[-1] + 1
        return Candidate(run.start, run.end, "person")
    return None


def name_cased(token) -> bool:
    """A word cased like a name: "Husic", "MacGregor", "McDonald" (not "NATO", "of")."""
    text = token.text
    return token.is_alpha and text[:1].isupper() and any(c.islower() for c in text[1:])


def name_words(tokens) -> bool:
    """Proper nouns cased like a name and none a title word: the words of a person's name (an initial first:
    "N Biren Singh"; a regnal number last: "Felipe VI")."""
    return all(name_cased(t) and t.pos_ == "PROPN" and not titles.is_title_token(t)
               or t.i == tokens[0].i and len(tokens) > 2 and t.pos_ == "PROPN" and INITIALS.fullmatch(t.text)
               or t.i == tokens[-1].i and t.i > tokens[0].i and _regnal(t)
               or titles.inner_hyphen(t) and t.i > tokens[0].i for t in tokens)  # "Pedro Aguiar-Branco"


def country_possessive(doc, start: int, end: int) -> bool:
    """A country's possessive opening a name of two or more words: "Zambia’s Edgar Lungu", "Mozambique's X"."""
    return end - start >= 4 and doc[start + 1].tag_ == "POS" and fold(doc[start].text) in titles.country_words() \
        and name_words(doc[start + 2:end])


def _name_after_comma(doc, start: int, end: int) -> bool:
    """"President of the Senate, [Say Chhum]": a capitalised base-form verb after a comma, opening a two-word
    entity of capitalised words, is a name (the tagger reads the Cambodian "Say" as the verb)."""
    token = doc[start]
    return token.tag_ == "VB" and token.is_title and start > 0 and doc[start - 1].text == "," \
        and end - start == 2 and doc[start + 1].is_title and token.ent_iob_ == "B"


def _glottal_name(token) -> bool:
    """A capitalised word with an apostrophe inside, as Polynesian names mark a glottal stop ("Pulaali’i"):
    a name the tagger may read as a verb."""
    text = token.text
    return text[:1].isupper() and any(q in text[1:-1] for q in ("’", "'", "‘")) \
        and not text.endswith(("'s", "’s"))


def titled_name(doc, start: int, end: int) -> bool:
    """Title words (in the span or right before it), then two to four words cased like a name (or the
    surname of a person named in full) and no organisation noun: "Presidents Enrique Peña Nieto", "Federal
    Councillor Micheline Calmy-Rey", "CS Omamo" (which NER may tag as an organisation)."""
    first = start
    while first < end and titles.is_title_token(doc[first]):
        first += 1
    # "President [Sauli Niinistö]"; but a portfolio alone is no title ("Development Finance Corporation X")
    titled = any(t.lower_ not in titles.PORTFOLIOS for t in doc[start:first]) \
        or start > 0 and doc[start - 1].lower_ in OFFICE_WORDS
    words = [t for t in doc[first:end] if t.text not in ("-", "‐")]
    surname = len(words) == 1 and (any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == words[0].text
                                       for e in doc.ents)  # "CS Omamo" after "Raychelle Omamo"
                                   or (first - start >= 2 or first > 0 and doc[first - 1].lower_ in ROYAL_TITLES)
                                   and words[0].pos_ == "PROPN"  # "Consul General Barrosse", "King Felipe" (NER:
                                   and words[0].lower_ not in VENUE_NOUNS)  # ORG)
    return titled and (2 <= len(words) <= 4 or surname) and doc[end - 1].lower_ not in ORG_HEADS | DOCUMENT_HEADS \
        and name_words(words) and not any(t.lower_ in PLACE_NOUNS for t in words)  # not "State House Entebbe"


def titled_apposition(doc, start: int, end: int) -> bool:
    """Two to four words cased like a name, set off by a comma after a title: "the Minister of Foreign
    Affairs of Portugal, Paulo Sacadura Cabral Portas" (which NER may tag as an organisation)."""
    words = doc[start:end]
    return start > 1 and doc[start - 1].text == "," and 2 <= len([t for t in words if t.text not in "-‐"]) <= 5 \
        and doc[end - 1].lower_ not in ORG_HEADS | PLACE_NOUNS \
        and (name_words(words) or _name_after_comma(doc, start, end) and name_words(words[1:])) \
        and any(t.lower_ in titles.TITLE_WORDS and t.lower_ not in titles.HONORIFICS
                for t in doc[max(0, _before_aside(doc, start - 1) - 11):start - 1])


def _before_aside(doc, i: int) -> int:
    """The token before a parenthesis that ends right before token `i` ("the President of the parliament (the so
    called 'Stortinget'), X"), else `i`."""
    if i < 1 or doc[i - 1].text != ")":
        return i
    opening = next((k for k in range(i - 2, max(-1, i - 15), -1) if doc[k].text == "("), None)
    return opening if opening is not None else i


def _described_office(doc, i: int) -> int | None:
    """The title word of "the youngest-ever Italian prime minister," at `i`: "the", adjectives or a country's, an
    office set off by the punctuation after it (not "At Ekho Moskvy, the Italian Minister held ...")."""
    if i >= len(doc) or doc[i].lower_ != "the":
        return None
    j = i + 1
    while j < min(len(doc), i + 7) and (doc[j].pos_ in ("ADJ", "ADV") or doc[j].text in ("-", "‐")
                                        or fold(doc[j].text) in titles.country_words()):
        j += 1
    k = j
    while k < len(doc) and doc[k].lower_ in titles.TITLE_WORDS:
        k += 1
    return j if j > i + 1 and k > j and k < len(doc) and doc[k].text in (",", ".", ";") else None


def name_before_title(doc, start: int, end: int) -> bool:
    """Two to four words cased like a name, then a comma and a title of office: "Nana Akufo-Addo,
    President of Ghana", "and Filipe Jacinto Nyusi, President of Mozambique" (which NER may tag as an
    organisation, or miss)."""
    words = [t for t in doc[start:end] if t.text not in ("-", "‐")]
    # "Roosevelt Skerrit, the prime minister of Dominica" (but "On air at Ekho Moskvy, the Minister held ...")
    described = end + 1 < len(doc) and doc[end + 1].lower_ == "the" \
        and any(t.lower_ in ("of", "for") for t in doc[end + 3:end + 6])
    k = end + 1 + described
    k = _described_office(doc, end + 1) or k  # "Matteo Renzi, the youngest-ever Italian prime minister, started"
    if k + 2 < len(doc) and fold(doc[k].text) in titles.country_words() and doc[k + 1].text in ("'s", "’s"):
        k += 2                                       # "Le Yucheng, China's Vice Minister" (NER: FAC)
    while k + 1 < len(doc) and (doc[k].lower_ in titles.HONORIFICS or doc[k].text == "."):
        k += 1  # "Hon. Minister of X" is a title; in "Minister of A and [B], Hon. Y" Y is the name
    return k < len(doc) and doc[end].text == "," and titles.is_title_token(doc[k]) \
        and 2 <= len(words) <= 4 and doc[end - 1].lower_ not in ORG_HEADS | PLACE_NOUNS and name_words(words)


def _after_title_of(doc, start: int, coordinated: bool = False) -> bool:
    """The span is a portfolio or a body: "Secretary of [Commerce Gina Raimondo]", "Minister for [Trade X]",
    "Secretary General of the Union for the [Mediterranean Nasser Kamel]"; `coordinated`, also the last of the
    portfolio's coordinated words: "Minister for Agriculture, Food and the [Marine Michael Creed]"."""
    k = start - 1 - (start > 1 and doc[start - 1].lower_ == "the")
    if coordinated and k > 0 and doc[k].lower_ in ("and", "&"):  # "Minister for Agriculture, Food and the [Marine X Y]"
        k -= 1
        while k > max(0, start - 10) and (doc[k].lower_ in (",", "the", "and") or doc[k].is_title and (
                not titles.is_title_token(doc[k]) or doc[k].lower_ in titles.PORTFOLIOS)):
            k -= 1
    if k <= 0 or doc[k].lower_ not in ("of", "for"):
        return False
    for token in reversed(doc[max(0, k - 8):k]):  # back over the capitalised words of the title
        if titles.is_title_token(token):
            return True
        if not (token.is_title or token.lower_ in titles.CONNECTORS):
            return False
    return False


SPEECH_VERBS = frozenset({"say", "tell", "add", "note", "stress", "state", "explain"})


def speakers_by_surname(doc) -> list[Candidate]:
    """A one-word name NER left untagged that speaks twice or more ("Ruto said ... Ruto said"): a person the
    article names by surname alone (not a body's or a place's word, nor the surname of a person named in full,
    which the names in full resolve)."""
    full = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    speaking = [t for t in doc if t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_VERBS and t.ent_iob_ == "O"
                and t.text not in full and t.pos_ == "PROPN" and name_cased(t) and not titles.is_title_token(t)
                and t.lower_ not in ORG_NOUNS | PLACE_NOUNS and not any(c.dep_ == "compound" for c in t.children)]
    counts = Counter(t.text for t in speaking)
    return [Candidate(t.i, t.i + 1, "person", priority=-1) for t in speaking if counts[t.text] >= 2]


# a region's first word, never a person's: "the Eastern Caribbean", "the Western Balkans" (NER: a person)
COMPASS_WORDS = frozenset("eastern western northern southern central north south east west".split())


def unlabelled_people(doc) -> list[Candidate]:
    """Two to four title-case proper nouns NER left unlabelled right after a title of office or an
    honorific: "spoke with His Eminence Cardinal Pietro Parolin", "met Chairman Tran Van Nam", "The
    Honorable Rory Stewart"."""
    cands, i = [], 0
    # each token read once, not once per run it may end
    untagged_name = [(t.ent_iob_ == "O" or _surname_as_people(t)) and not titles.is_title_token(t)
                     and (t.pos_ == "PROPN" and (name_cased(t) or _regnal(t) or INITIALS.fullmatch(t.text) is not None)
                          or INITIALED.fullmatch(t.text) is not None)  # (the tagger may read "M.Enkhbold" a verb)
                     and not ("." in t.text and t.lower_ in titles.HONORIFICS) for t in doc]  # "H.E." is no initial
    for k in range(1, len(doc) - 1):  # "Krishna Chandra [Nepali] Pokhrel": a demonym between name words is one
        if untagged_name[k - 1] and untagged_name[k + 1] and doc[k].pos_ == "PROPN" and doc[k].ent_iob_ == "O" \
                and fold(doc[k].text) in titles.country_words():
            untagged_name[k] = True
    # surnames the article styles "Mr X" elsewhere: "Erlan Idrissov left the embassy ... Mr Idrissov said"
    styled = {doc[k + 1].text for k in range(len(doc) - 1) if doc[k].lower_.rstrip(".") in PERSONAL_STYLES}
    while i < len(doc):
        if not untagged_name[i]:
            i += 1
            continue
        j, hyphens = i, 0
        while j < len(doc) and j - i - hyphens < 5 and untagged_name[j]:  # "Nana Addo Dankwa Akufo-Addo": five
            j += 1
            if j + 1 < len(doc) and titles.inner_hyphen(doc[j]) and untagged_name[j + 1]:
                j, hyphens = j + 1, hyphens + 1  # "Rita Hammerli-Weschke": one name
            elif j + 1 < len(doc) and doc[j].text == "." and nlp.NAME_ABBREVIATION.fullmatch(doc[j - 1].text) \
                    and doc[j + 1].is_title and doc[j + 1].ent_iob_ == "O":
                j, hyphens = j + 2, hyphens + 1  # "Wegger Chr. Strømmen" (the tagger: a noun): one name
        # "Minister for Industry and [Science] Ed Husic", "of [Natural Resources] X Y": the portfolio's words
        i = max([i] + [k + 1 for k in range(i, j - 2) if doc[k].lower_ in titles.PORTFOLIOS])
        i += j - i >= 3 and _after_title_of(doc, i)  # "of the Union for the [Mediterranean] Nasser Kamel"
        # the title is looked for last: only a run of two or more name words needs it (most tokens are none)
        mononym = j - i == 1 and i > 0 and (doc[i - 1].lower_ in MONONYM_TITLES  # "Patriarch Kirill", "Mr Čeferin"
                                            or INITIALED.fullmatch(doc[i].text) is not None)  # "speaker M.Enkhbold"
        # (a longer name goes on, but not a day: "Minister of Culture Ahmed Fouad Hano Sunday wrapped up ...")
        if (j - i >= 2 or mononym) and (j == len(doc) or doc[j].pos_ != "PROPN" or doc[j].ent_type_ == "DATE"
                                        or doc[j].text in POST_NOMINALS) and (  # "General Asim Munir NI (M)"
                _after_title(doc, i) or name_before_title(doc, i, j) or titled_apposition(doc, i, j)
                or 2 <= j - i <= 3 and doc[j - 1].text in styled and (i == 0 or doc[i - 1].ent_type_ != "PERSON")) \
                and fold(doc[i:j].text) not in JUNK and doc[i].lower_ not in COMPASS_WORDS \
                and doc[j - 1].lower_ not in ORG_NOUNS | PLACE_NOUNS | EVENT_NOUNS | MEAL_NOUNS | DOCUMENT_HEADS \
                and not (j < len(doc) and doc[j].pos_ == "NOUN" and doc[j - 1].dep_ == "compound"
                         and doc[j - 1].head.i == j):  # "the foreign ministers of the Weimar Triangle countries"
            # but "the Security Consultative Meeting" and "the Day Commemoration Dinner" are gatherings, "Minister of
            # Foreign Affairs and Human Mobility" an office, "a General Cooperation Agreement" a paper
            cands.append(Candidate(i, j, "person", priority=-1))
        i = max(j, i + 1)
    return cands


# titles whose holders are often named by one name alone, and the styles a surname alone follows
PERSONAL_STYLES = frozenset({"mr", "mrs", "ms", "dr", "herr", "frau", "monsieur", "signor"})  # "Mr Čeferin", "Herr X"
ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess", "sultan", "emir", "sheikh", "sheikha"})
MONONYM_TITLES = ROYAL_TITLES | frozenset({"pope", "patriarch", "catholicos"}) \
    | PERSONAL_STYLES | {f"{style}." for style in PERSONAL_STYLES}
DOCUMENT_HEADS = frozenset({"agreement", "agreements", "memorandum", "treaty", "accord", "accords", "protocol", "pact",
                            "deal", "mou"})
OFFICE_WORDS = titles.TITLE_WORDS - titles.PORTFOLIOS  # "President", not "Finance"
# a Mongolian name with its patronymic's initial written on ("M.Enkhbold", "Ts.Elbegdorj"), one token
INITIALED = re.compile(r"[A-Z][a-z]?\.[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]")  # "the Honourable E.P. Chet Greene", "Sir S W Tapley Seaton"
REGNAL = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")


def _surname_as_people(token) -> bool:
    """"Minister X, Han Changfu": a surname NER reads as a people's name (NORP: Han, Hui), before a given
    name it leaves untagged."""
    doc = token.doc
    return token.ent_type_ == "NORP" and token.tag_ == "NNP" and token.dep_ == "compound" \
        and token.i + 1 < len(doc) and token.head.i == token.i + 1 and doc[token.i + 1].ent_iob_ == "O"


def _regnal(token) -> bool:
    """"King Filipe VI": a regnal number after a given name."""
    return token.i > 0 and REGNAL.fullmatch(token.text) is not None and name_cased(token.doc[token.i - 1])


def _after_title(doc, i: int) -> bool:
    """Token `i` follows an honorific or a title of office ("Chairman", not "... of" / "... and")."""
    return i > 0 and (doc[i - 1].lower_ in titles.HONORIFICS or titles.in_honorific_pair(doc, i - 1) or (
        titles.title_before(doc, i) is not None and doc[i - 1].lower_ not in ("and", "of", "for", "&")))


ORG_HEADS = ORG_NOUNS | frozenset("""chamber chambers federation confederation alliance coalition league society board
authority department bureau fund institution academy parliament congress senate assembly secretariat
exchange service""".split())


def org_extensions(doc, cands: list[Candidate]) -> list[Candidate]:
    """Longer organisations NER or the KB cut short after a place name: "the U.S." + "Chamber of Commerce",
    "Russia" + "Direct Investment Fund". The name runs on through title-case words to its last organisation noun
    and that noun's "of"/"for" complement; the country inside is then not a mention of its own."""
    found = []
    for cand in cands:
        if cand.label not in ("gpe", "organization", "norp") and not (cand.target or "").startswith("country/"):
            continue
        j, last = cand.end, None
        while j < len(doc) and (doc[j].text.istitle() or doc[j].text.isupper()) and doc[j].is_alpha \
                and not doc[j].is_sent_start:
            if doc[j].lower_ in ORG_HEADS:
                last = j + 1
            j += 1
        if last is None or (last < len(doc) and doc[last].text == "-" and not doc[last - 1].whitespace_):
            continue                                     # "ASEAN Post-Ministerial ...": the word goes on
        k = last
        while k + 1 < len(doc) and doc[k].lower_ in ("of", "for") and doc[k + 1].text.istitle() \
                and fold(doc[k + 1].text) not in JUNK:
            k += 2
            while k < len(doc) and doc[k].text.istitle() and doc[k].is_alpha:
                k += 1
        found.append(Candidate(cand.start, k if k > last else last, "organization", priority=1))
    return found


def weak_organization(doc, cand: Candidate) -> bool:
    """One title-case word opening a sentence, taken for an organisation by NER alone: "Practice has proven ..."."""
    token = doc[cand.start]
    return (cand.label == "organization" and not cand.target and cand.end - cand.start == 1
            and token.is_sent_start and token.text.istitle())


def org_slug(name: str) -> str:
    """'Council of the Ministers of Foreign Affairs of the SCO' and '... of SCO' share one key."""
    return slug(re.sub(r"\b(?:the|The)\b", " ", name))


def person_name(text: str) -> str:
    """A person's name without a leading "Mr", "Dr", or two-word style ("Tan Sri Muhyiddin Yassin")."""
    text = re.sub(r"\s+", " ", re.sub(r"^(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+", "", text)).strip()
    text = re.sub(r"(?<=\s[A-Z][a-z]{2})\.$", "", text)  # "Colonel Song Jun." ("Jun." kept whole as June's)
    words = text.split(" ")
    return " ".join(words[2:]) if len(words) > 2 and (words[0].lower(), words[1].lower()) in titles.HONORIFIC_PAIRS \
        else text


def without_initials(folded: str) -> str:
    """'antony j blinken' -> 'antony blinken'."""
    words = folded.split()
    return " ".join(w for i, w in enumerate(words) if not (len(w) == 1 and 0 < i < len(words) - 1))


def without_inner_honorifics(folded: str) -> str:
    """'mohd najib tun abdul razak' -> 'mohd najib abdul razak': an honorific inside a name (a father's)."""
    words = folded.split()
    return " ".join(w for i, w in enumerate(words) if not (w in titles.HONORIFICS and 0 < i < len(words) - 1))


def kin_of_another(doc, start: int) -> bool:
    """"daughter of the late president X", "the widow of X", "daughter of the most influential president to date,
    X": X is named as another's relative (read along the words: the parser often hangs X on the daughter)."""
    commas = 0
    for i in range(start - 1, max(start - 14, 0), -1):
        tok = doc[i]
        commas += tok.text == ","
        if tok.pos_ in ("VERB", "AUX") or tok.ent_type_ == "PERSON" or commas > 1 or tok.is_sent_start:
            return False
        if tok.lower_ == "of" and i > 0 and doc[i - 1].lemma_.lower() in KIN_NOUNS:
            return True
    return False


def find_cluster(clusters: list[PersonCluster], name: str, position: int) -> PersonCluster | None:
    """The cluster a (shorter) name belongs to: all its words appear, in order, in one of the cluster's names;
    among several, the one mentioned last before `position` (else the first after)."""
    words = fold(name).split()
    matching = []
    for cluster in clusters:
        for full in cluster.names:
            full_words = fold(full).split()
            if words == full_words or in_order(words, full_words):
                matching.append(cluster)
                break
    if not matching and len(words[-1]) >= 6:  # "President Yudhyono", a typo of Yudhoyono; "Michael Mueller" of
        typos = [c for c in clusters if any(_typo_in_surname(words, fold(n).split()) for n in c.names)]  # Muller
        matching = typos if len(typos) == 1 else []
    if len(matching) <= 1:
        return matching[0] if matching else None
    # "X Park, daughter of the late president Y Park ... Park will visit": the relative is no one's "Park"
    matching = [m for m in matching if not all(c.kin for c in m.cands if c.start < position)] or matching
    before = [(max((c.start for c in m.cands if c.start < position), default=-1), m) for m in matching]
    best = max(before, key=lambda pair: pair[0])
    return best[1] if best[0] >= 0 else matching[0]


def _typo_in_surname(words: list[str], full: list[str]) -> bool:
    """`words` end `full` but for one typo in the surname."""
    return len(full) >= len(words) and full[len(full) - len(words):-1] == words[:-1] and one_typo(words[-1], full[-1])


def one_typo(a: str, b: str) -> bool:
    """`a` and `b` differ by one letter left out, added, changed, or two letters swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
            and a[diff[1]] == b[diff[0]]
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def in_order(words: list[str], full: list[str]) -> bool:
    """`words` run on in `full`, or are its first and last words ("Cleopas Dlamini" of "Cleopas Sipho Dlamini";
    "Nana Akufo Addo" of "Nana Addo Dankwa Akufo Addo", a hyphenated surname folded to two words), or its first
    initial and last word ("V. Huseynov" of "Vusal Huseynov")."""
    if len(words) == 1:
        return words[0] in full
    n = len(words)
    initial = words[0].rstrip(".")
    return any(full[i:i + n] == words for i in range(len(full) - n + 1)) \
        or len(full) > n and words[0] == full[0] and words[1:] == full[len(full) - n + 1:] \
        or n == 2 and len(initial) == 1 and full[0].startswith(initial) and words[-1] == full[-1]


def followed_by_name(doc, end: int, people: list[Candidate]) -> bool:
    """A person's name comes right after token `end`: past a comma, an acronym in brackets and honorifics
    ("the Director-General of the Organisation (OPCW), H.E. Mr Fernando Arias")."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3
    comma = end < len(doc) and doc[end].text == ","
    end += comma
    while end < len(doc) and doc[end].lower_ in titles.HONORIFICS:
        end += 1
    return any(c.start == end for c in people) or (comma and _untagged_name_at(doc, end))


def _untagged_name_at(doc, start: int) -> bool:
    """"the Foreign Minister of Bhutan, Lyonpo Damcho Dorji": capitalised proper nouns the NER left untagged, two or
    more, ending the phrase: a name in apposition, though no candidate was made of it yet."""
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_:
        end += 1
    return end - start >= 2 and (end == len(doc) or doc[end].is_punct)


def acronyms(text: str) -> dict[str, str]:
    """'Inter-American Development Bank (IDB)' -> {'idb': 'Inter-American Development Bank'}."""
    found = {}
    for match in re.finditer(r"((?:[A-Z][\w'’\-]*\s+)(?:(?:of|for|and|the|de|on|[A-Z][\w'’\-]*)\s+){0,8}?[A-Z][\w'’\-]*)"
                             r"\s+\(([A-Z][A-Za-z]{1,9})\)", text):
        long, short = match.group(1), match.group(2)
        initials = _initials(long)
        if short.upper() == initials.upper() or short.upper() in initials.upper() \
                or initials.upper().startswith(short[:2].upper()) or _letters_of(long, short):
            found[fold(short)] = _spelt_out(long, short)
    return found


def _letters_of(long: str, short: str) -> bool:
    """`short` takes each word's initial and other letters in order: "Wuhan University (WHU)"."""
    def within(letters: str, text: str) -> bool:  # each letter found after the one before
        rest = iter(text)
        return all(ch in rest for ch in letters)
    words = [w for w in re.split(r"[\s\-]+", long) if w[:1].isupper()]
    return len(words) > 1 and short[0].upper() == words[0][0] and within(_initials(long).upper(), short.upper()) \
        and within(short.upper(), "".join(words).upper())


def _initials(words: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-]+", words) if w[:1].isupper())


def _spelt_out(long: str, short: str) -> str:
    """The words of `long` that `short` abbreviates: 'Secretary-General of the Organization of Islamic
    Cooperation (OIC)' spells out 'Organization of Islamic Cooperation', not the office before it."""
    words = long.split()
    for start in range(1, len(words)):
        rest = " ".join(words[start:])
        if words[start][:1].isupper() and _initials(rest).upper() == short.upper():
            return rest
    return long
