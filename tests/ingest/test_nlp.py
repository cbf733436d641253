"""The sentence boundaries ingest/nlp.py sets before the parser, which the parser then keeps."""
from newsgraph.ingest.nlp import paragraphs


def starts(nlp, text):
    doc = paragraphs(nlp.make_doc(text))
    return {t.text: t.is_sent_start for t in doc}


def test_no_sentence_ends_between_two_words_of_a_line(nlp):
    """"... together with spouse Ana | Lopes arrived", "the 61st | ECOWAS Summit": the parser may end a sentence inside
    a name; a word (or a number) followed by a word on the same line never ends one. A blank line still does, and a full stop is left to the parser."""
    text = ("Lopes together with spouse Ana Lopes arrived in Lima for the 61st ECOWAS Summit. He met the press.\n\n"
            "The visit ends on Friday.")
    marks = starts(nlp, text)
    assert marks["arrived"] is False and marks["Ana"] is False and marks["ECOWAS"] is False
    assert marks["He"] is None and marks["The"] is True


def test_an_abbreviated_given_name_ends_no_sentence(nlp):
    """"Ambassador Halvard Chr. Strømsnes will attend": "Chr." abbreviates a given name; a known company suffix
    ("Apple Inc. The company ...") is left to the parser."""
    marks = starts(nlp, "Ambassador Halvard Chr. Strømsnes will attend. Shares of Apple Inc. The company said.")
    assert marks["Strømsnes"] is False and marks["The"] is None
