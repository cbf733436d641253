"""Quotations: the quoted words, their speaker and the source that reported them."""
import datetime as dt

from newsgraph.ingest import quotes
from newsgraph.ingest.model import Article


def extract(nlp, resolver, text):
    article = Article(identifier="t", text=text, source="test", date=dt.date(2025, 7, 15))
    doc = nlp(text)
    return quotes.extract(doc, resolver.mentions(doc, article, remember=False))


def test_speaker_after_the_quote(nlp, resolver):
    [q] = extract(nlp, resolver, "“China is willing to maintain close high-level interactions with Russia,” Xi Jinping said.")
    assert q.text == "China is willing to maintain close high-level interactions with Russia"
    assert q.speaker.name == "Xi Jinping" and q.reported_by is None


def test_partial_quote_with_agency(nlp, resolver):
    [q] = extract(nlp, resolver, "Xi Jinping said the two countries should “strengthen mutual support on multilateral "
                                 "forums”, according to state news agency Xinhua.")
    assert q.text == "strengthen mutual support on multilateral forums"
    assert q.speaker.name == "Xi Jinping" and "Xinhua" in q.reported_by.name


def test_straight_quotes_and_pronoun_speaker(nlp, resolver):
    [q] = extract(nlp, resolver, 'Sergey Lavrov arrived in Beijing on Sunday. "We have a great deal to discuss with '
                                 'our Chinese friends," he told reporters.')
    assert q.speaker.name == "Sergey Lavrov"
    assert q.span.start == q.span.sentence_start + q.span.sentence.index("We have")


def test_agency_that_reported(nlp, resolver):
    [q] = extract(nlp, resolver, "Russia's TASS news agency reported that Vladimir Putin said the talks were "
                                 "“constructive and very useful for both sides”.")
    assert q.speaker.name == "Vladimir Putin" and "TASS" in q.reported_by.name


def test_scare_quotes_are_no_quotations(nlp, resolver):
    assert extract(nlp, resolver, "Xi Jinping urged “like-minded” countries to resist “economic bullying”.") == []


def test_no_speaker_no_quotation(nlp, resolver):
    assert extract(nlp, resolver, "“Member states oppose unilateral coercive measures,” the declaration said.") == []


def test_a_quoted_paragraph_continues_the_speaker(nlp, resolver):
    found = extract(nlp, resolver, "“Major projects should spearhead cooperation,” Xi Jinping told Vladimir Putin.\n\n"
                                   "“It is essential to enhance the resilience of our collaboration.”")
    assert [q.speaker.name for q in found] == ["Xi Jinping", "Xi Jinping"]


def test_he_who_said_it_is_not_someone_the_quotation_names(nlp, resolver):
    """"“…, the Norwegian Foreign Minister, Lars Holm,” he said": "he" means someone the narration names (here the
    agent of "The call was confirmed by Mr Berg"), not the person named inside the quotation."""
    text = ("Foreign Minister Lars Holm and his Danish counterpart, Peter Berg, spoke by phone on Monday. "
            "The call was confirmed by Mr Berg in an interview on Tuesday. "
            "“Just yesterday, I had my first contact with the Norwegian Foreign Minister, Lars Holm,” he said.")
    [q] = extract(nlp, resolver, text)
    assert q.speaker.name == "Peter Berg", q.speaker
