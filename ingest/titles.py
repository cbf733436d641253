"""Titles of office around names: "Russian Foreign Minister Sergey Lavrov", "Alexey Miller, the chairman of
Gazprom", "the Chinese president", "Russia's top diplomat".

    title_before(doc, start)             the title words right before a name (token index) -> (text, first token)
    title_before_comma(doc, start, end)  the same, set off by a comma ("the Minister of X, H.E. Y")
    title_after(doc, end)                an appositive title after a name (", the chairman of Gazprom") or None
    role_of(title, countries)            ("foreign minister", "country/RU") from a title, by kb/roles.tsv
    normal_title(title, countries)       "Russian Foreign Minister" -> "Foreign Minister of Russia"

Pure functions over spaCy tokens and strings; the vocabulary is data (kb/roles.tsv + TITLE_WORDS below).
"""
from __future__ import annotations

import csv
import functools
import re

from newsgraph.ingest.knowledge import KB_DIR, countries, fold

# Words that make up titles of office and forms of address, lower case. A title is a run of these, of
# country names/adjectives and of capitalised words ("Economic Development Minister"), joined by of/for/and.
TITLE_WORDS = frozenset("""
president vice shadow prime minister minster ministers premier
chancellor foreign secretary state general deputy spokesman federal
spokeswoman spokesperson press ambassador envoy special representative king queen emir prince princess crown
sheikh chairman chair chairwoman chairperson administrator ceo director commissioner governor mayor senator leader supreme adviser
advisor aide chief head top diplomat counterpart mr mr. mrs mrs. ms ms. dr dr. lt lt. gen gen. col col. sr sr.
former then incoming acting outgoing defence defense affairs external interior finance trade economy economic
development justice security national first lady sir lord ayatollah pope cardinal archbishop bishop
undersecretary under assistant permanent member members speaker officials official representative councillor
councilor hon hon. honourable honorable hon’ble hon'ble rt rt. excellency cs high chargé chargée d'affaires elect
designate
taoiseach tánaiste tanaiste ceann comhairle sultan comrade patriarch catholicos imam rabbi metropolitan
archimandrite mp mps mpp mla mep mna mk pm fm eam dpm professor prof prof.
admiral rear colonel brigadier commodore marshal lieutenant commander extraordinary plenipotentiary
prosecutor procurator attorney judge ombudsman auditor registrar rapporteur negotiator mediator coordinator inspector
observer consul congressman congresswoman rector resident non nonresident attaché attache
gov. sen. rep. pres. sec.
""".split())
# The fields a ministry covers, lower case: "Minister of [Economy, Trade and Industry]", "Secretary of [Commerce]".
PORTFOLIOS = frozenset("""
affairs agriculture budget climate commerce communications cooperation culture defence defense development digital
diaspora expatriates emigrants
economy education employment energy environment finance fisheries food health home housing immigration industry
information infrastructure innovation integration interior investment justice labor labour mines mobility planning
relations resources revenue science security technology tourism trade transport transportation treasury welfare works
youth
""".split())
# His/Her Excellency, Highness, Majesty, Royal Highness, as written before a name ("HE" only in capitals: not "he")
STYLE_ABBREVIATIONS = frozenset({"HE", "H.E.", "H.E", "HH", "H.H.", "H.M.", "H.R.H."})
CONNECTORS = frozenset({"of", "for", "and", "the", "'s", "’s", "on", "to"})
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "sheikh", "lt.", "gen.",
                        "col.", "h.e.", "h.e", "shri", "smt", "smt.",
                        "hon", "hon.", "honourable", "honorable", "hon’ble", "hon'ble", "rt", "rt.", "excellency",
                        "sr.", "ayatollah", "prince", "princess", "lord", "baroness",
                        "u", "daw", "tun", "datuk", "dato", "amb", "amb.",  # Burmese "U", "Daw"; Malay "Tun",
                        #                                                     "Datuk", "Dato"
                        "prof", "prof.", "professor",
                        "sayyid", "sayyed",                         # Omani "Sayyid Badr Albusaidi"
                        "haji", "hajah", "hajjah",                  # "Sultan Haji Hassanal Bolkiah"
                        "ratu",                                     # Fijian "Ratu Inoke Kubuabola"
                        "lyonchhen", "lyonchen", "lyonpo", "dasho",  # Bhutanese "Lyonchhen Dr. Lotay
                        #                                             Tshering", "Lyonpo Tandi Dorji"
                        "herr", "frau", "monsieur", "signor",       # "Herr Hitler", "Monsieur Briand"
                        "comrade", "comrades", "hh", "h.h.",        # "Comrade Li Zhiyong", "HH Sheikh Tamim"
                        "majesty", "highness", "excellencies", "highnesses",  # "His Majesty King X"
                        "holiness", "beatitude", "eminence",                 # "His Holiness Patriarch X"
                        "adv.", "eng.", "engr.", "atty.", "ir.", "drs.", "mme.", "mgr.", "msgr.",
                        "brig.", "cdr.", "supt.", "insp."})
#                         professions and styles abbreviated before a name: "Adv. Anton Salman", "Eng. X", "Mme. X"
# honorifics of two words whose words alone are also names or places ("Tan", "Sri Lanka"): Malay styles
HONORIFIC_PAIRS = frozenset({("tan", "sri"), ("datuk", "seri"), ("datuk", "sri"), ("dato", "sri"), ("dato'", "sri"),
                             ("dato", "seri"), ("dato'", "seri"), ("dato’", "sri"), ("dato’", "seri")})
MAX_TITLE_TOKENS = 12  # "Charge d'Affaires ad Interim of the Republic of Uzbekistan in China"
QUALIFIERS = frozenset({"deputy", "vice", "former", "assistant", "under", "ex", "late"})


@functools.cache
def roles() -> dict[str, str]:
    """Folded title phrase -> role, from kb/roles.tsv."""
    with open(KB_DIR / "roles.tsv", encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {fold(row["phrase"]): row["role"] for row in rows}


@functools.cache
def _role_pattern() -> re.Pattern:
    phrases = sorted(roles(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(p) for p in phrases) + r")\b")


@functools.cache
def country_words() -> dict[str, str]:
    """Folded country name, alias or adjective -> country key ('russian' -> 'country/RU')."""
    words = {}
    for alpha2, info in countries().items():
        for name in (*info.names, *info.adjectives):
            words.setdefault(fold(name).removeprefix("the "), f"country/{alpha2}")
    return words


def is_title_token(token) -> bool:
    low = token.lower_
    if low in TITLE_WORDS or _singular(low) in TITLE_WORDS:
        return True  # "Secretaries Ridge and Creel"
    return fold(token.text) in country_words() and (token.ent_type_ in ("NORP", "GPE", "") or token.pos_ == "ADJ")


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def title_before(doc, start: int) -> tuple[str, int] | None:
    """The title right before token `start`: 'Russian Foreign Minister' for '... Russian Foreign Minister Sergey Lavrov'."""
    i = start - 1
    first = None
    while i >= 0 and start - i <= MAX_TITLE_TOKENS:
        token = doc[i]
        if token.text == ")" and i >= 2 and doc[i - 2].text == "(" and doc[i - 1].is_upper:
            i -= 3  # "Secretary-General of the Organization of X (OX) Y": past the body's abbreviation
            continue
        if inner_hyphen(token):
            i -= 1  # "Secretary-General": one word of three tokens
            continue
        if token.is_punct or token.is_space or token.like_num:
            break
        if token.lower_ == "and" and all(t.lower_ in HONORIFICS for t in doc[i + 1:start]):
            break  # "the Prime Minister and Dr X": the title is another's
        if is_title_token(token):
            first = i
        elif token.lower_ in CONNECTORS or (token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ")
                                             and (token.ent_type_ != "PERSON" or _glued_country(doc, i, start)
                                                  or area_read_as_person(doc, i))):
            pass
        elif token.lower_ == "in" and 0 < i < start - 1 and doc[i - 1].ent_type_ == doc[i + 1].ent_type_ == "GPE":
            pass  # "Charge d'Affaires of the Republic of Uzbekistan in China Batyr Tursunov": the post's country
        elif token.lower_ == "ad" and i + 1 < start and doc[i + 1].lower_ == "interim":
            pass  # "Charge d'Affaires ad Interim"
        else:
            break
        i -= 1
    if first is None:
        return None
    while first < start and doc[first].lower_ in CONNECTORS | {"the"}:
        first += 1
    def office(k: int) -> bool:
        return any(t.lower_ in TITLE_WORDS and t.lower_ not in HONORIFICS for t in doc[first:k])

    if not office(start):
        return None
    end = start
    while doc[end - 1].lower_ in HONORIFICS and office(end - 1):
        end -= 1  # "Premier Hon. X": the style is no part of the office (but "Crown Prince X" is one)
    return doc[first:end].text, first


# named areas below a country: "[Gandaki Province]" (which NER may read as a person)
AREA_NOUNS = frozenset({"province", "prefecture", "county", "district", "governorate", "oblast", "region"})


def area_read_as_person(doc, i: int) -> bool:
    """Token `i` is in a "person" NER made of an area's name: "Chief Minister of [Gandaki Province] X"."""
    ent = next((e for e in doc.ents if e.start <= i < e.end), None)
    return ent is not None and len(ent) > 1 and ent[-1].lower_ in AREA_NOUNS and ent[-1].is_title


def _glued_country(doc, i: int, start: int) -> bool:
    """Token `i` is in a country's name that NER glued to the name after it, "the President of [Turkmenistan
    Serdar Berdimuhamedov]" (one PERSON): the title's country (as spans.clean reads it)."""
    return any(doc[k - 1].lower_ in ("of", "to", "in") and fold(doc[k:start].text) in country_words()
               for k in range(max(1, start - 3), i + 1))


def inner_hyphen(token) -> bool:
    """The hyphen inside a word ("Secretary-General"), which the tokenizer splits off."""
    return token.text == "-" and token.i > 0 and not token.doc[token.i - 1].whitespace_ and not token.whitespace_


def title_run(before: str) -> str:
    """The words right before a name that may be its title ("NATO Secretary General", "President of
    Brazil,"), not the clause before it ("The NATO Secretary General met")."""
    words = before.split()
    i = len(words)
    while i and (words[i - 1][:1].isupper() or words[i - 1].strip(",").lower() in ("of", "the", "for", "and", "")):
        i -= 1
    return " ".join(words[i:])


def title_before_comma(doc, start: int, end: int) -> tuple[str, int] | None:
    """The title set off by a comma before an honorific and a name: "the Minister of Foreign Affairs,
    H.E. Asma Abdalla" -> 'Minister of Foreign Affairs' (the honorific marks the name as the title's); or before
    a name no list goes on from: "former Liberian President, George M. Weah for his work", or whose apposition a
    verb closes: "The Mayor of Dubrovnik, X, received" (not "the President, the Vice President, X and others")."""
    k = start - 1
    while k > 0 and doc[k].lower_ in HONORIFICS:
        k -= 1
    listed = end < len(doc) and doc[end].lower_ in (",", "and", "&")
    closed = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ in ("VERB", "AUX", "ADV")
    return title_before(doc, k) if 0 < k < start and doc[k].text == "," and (k < start - 1 or not listed or closed) \
        else None


def _title_opens(doc, i: int) -> bool:
    """A title starts at token i: a title word, or one after a capitalised qualifier ("Union Minister")."""
    if doc[i].lower_ in TITLE_WORDS:
        return True
    return i + 1 < len(doc) and doc[i].is_title and doc[i].ent_type_ not in ("PERSON", "GPE", "NORP") \
        and doc[i + 1].lower_ in TITLE_WORDS


def title_after(doc, end: int) -> str | None:
    """', the chairman of Gazprom' after a name -> 'chairman of Gazprom'."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return None
    first = end + 2 if doc[end + 1].lower_ in ("the", "a", "an") else end + 1
    if first == end + 1 and not _title_opens(doc, first):
        return None                                      # ", CEO of Rosneft" but not ", Putin and Modi"
    words, ending = [], None
    for token in doc[first:first + MAX_TITLE_TOKENS + 3]:
        if inner_hyphen(token):  # "the OECD Secretary-General"
            continue
        if token.is_punct or token.pos_ in ("VERB", "AUX") or token.lower_ in ("who", "which", "that"):
            ending = token
            break
        words.append(token)
    if not words or not any(t.lower_ in TITLE_WORDS and t.lower_ not in HONORIFICS for t in words[:4]):
        return None
    if ending is not None and ending.pos_ in ("VERB", "AUX") and words[-1].dep_ in ("nsubj", "nsubjpass"):
        return None  # "According to his spokesperson, X, the president will depart": the subject of what follows
    if any(t.ent_type_ == "PERSON" for t in words):
        return None  # "During his visit to La Paz, Minister X is expected ...": another person's title
    return doc[words[0].i:words[-1].i + 1].text


def role_of(title: str) -> tuple[str | None, str | None]:
    """(role, country key) named by a title: 'Russia's top diplomat' -> ('foreign minister', 'country/RU')."""
    folded = fold(title)
    match = _role_pattern().search(folded)
    role = roles()[match.group(1)] if match else None
    if role and QUALIFIERS & set(folded.replace(match.group(1), " ").split()):
        role = None                      # a deputy, vice or former office holder is not the office holder
    elif role and "minister" not in match.group(1) and "ministry" in folded[match.end():].split():
        role = None                      # "Secretary of State of the Latvian Ministry of Foreign Affairs": its official
    return role, _country_in(folded)


def _country_in(folded: str) -> str | None:
    words = country_words()
    tokens = re.sub(r"[,;:()]", " ", folded.replace("'s", "")).split()
    for n in (3, 2, 1):
        for i in range(len(tokens) - n + 1):
            key = " ".join(tokens[i:i + n])
            if key in words:
                return words[key]
    return None


THE_COUNTRIES = ("United", "Philippines", "Netherlands", "Bahamas", "Gambia", "Czech Republic", "Dominican Republic",
                 "Central African Republic", "Democratic Republic", "Republic of the Congo", "Maldives")


def normal_title(title: str) -> str:
    """'Russian Foreign Minister' -> 'Foreign Minister of Russia'; other titles keep their words."""
    title = re.sub(r"^(?:the|a|an)\s+", "", title.strip(), flags=re.I).strip(" ,")
    role, country = role_of(title)
    if role and country and role not in ("secretary general", "leader"):
        folded = fold(title)
        phrase = _role_pattern().search(folded).group(1)
        rest = [w for w in folded.replace(phrase, " ").replace("'s", " ").split() if w not in ("of", "the", "for")]
        if rest and country_words().get(" ".join(rest)) == country:
            name = countries()[country.split("/")[1]].name
            return f"{_cap(role)} of {'the ' if name.startswith(THE_COUNTRIES) else ''}{name}"
    return title[:1].upper() + title[1:]


def _cap(phrase: str) -> str:
    return " ".join(w if w in ("of", "for", "the") else w.capitalize() for w in phrase.split())


def in_honorific_pair(doc, i: int) -> bool:
    """Token i is a word of a two-word honorific: "Tan Sri Muhyiddin Yassin", "Datuk Seri X", "Dato’ Sri X" (the
    apostrophe a token of its own)."""
    after = i + 1 < len(doc) and (doc[i].lower_, doc[i + 1].lower_) in HONORIFIC_PAIRS
    before = i - 1 - (i > 1 and doc[i - 1].text in ("'", "’"))
    return after or (before >= 0 and (doc[before].lower_, doc[i].lower_) in HONORIFIC_PAIRS)
