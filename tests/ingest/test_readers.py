"""Readers: every input format and layout becomes an Article; bad input is one clear line per file."""
import datetime as dt
import json
from pathlib import Path

import pytest

from newsgraph.errors import InputError, UsageError
from newsgraph.ingest.readers import article_from_fields, read_paths, read_text

DATA = Path(__file__).resolve().parent / "data"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "articles"


@pytest.fixture(scope="module")
def seeds():
    return {a.identifier[:3]: a for a in read_paths([SEEDS])}


def test_seed_metadata(seeds):
    assert sorted(seeds) == ["000", "001", "002", "003", "004"]
    assert seeds["001"].headline == "China, Russia should bolster mutual support: Xi"
    assert seeds["000"].date == dt.date(2025, 7, 15)
    assert seeds["002"].date == dt.date(2025, 7, 14)
    assert seeds["003"].publisher == "South China Morning Post"
    assert (seeds["004"].publisher, seeds["004"].date) == ("AZERTAC", dt.date(2025, 7, 16))
    assert seeds["000"].dateline == "Beijing" and seeds["004"].dateline == "Baku"
    assert seeds["000"].identifier == "000_84087f52fbc512ce"


def test_seed_bodies_are_body_only(seeds):
    one = seeds["001"].text
    assert "Albanese" not in one and "Australia" not in one and "Comments" not in one
    assert not one.startswith("China, Russia should") and "Photo:" not in one
    assert one.rstrip().endswith("World Anti-Fascist War.")          # "(Xinhua/AFP)" became credits
    assert seeds["001"].credits == ["Xinhua News Agency", "Agence France-Presse"]
    assert seeds["000"].text.startswith("Chinese President Xi Jinping told")   # dateline and date cut
    assert seeds["002"].text.startswith("Chinese Foreign Minister Wang Yi met")  # photo caption cut
    assert "(Photo/" not in seeds["002"].text
    assert not seeds["003"].text.rstrip().endswith("POST")
    assert seeds["004"].text.startswith("Chinese President Xi Jinping on Tuesday")
    assert seeds["003"].headline is None and seeds["000"].headline is None


def test_corpus_articles_have_headline_and_date():
    articles = list(read_paths([CORPUS]))
    assert len(articles) == 30 and not [a for a in articles if isinstance(a, InputError)]
    for article in articles:
        assert article.headline and not article.text.startswith(article.headline)
    dated = {a.identifier: a.date for a in articles}
    assert dated["d01"] == dt.date(2004, 11, 13) and dated["d05"] is None
    d16 = next(a for a in articles if a.identifier == "d16")
    assert not d16.text.startswith("Office of the Spokesperson")     # byline line


def test_layout_dateline_forms():
    reuters = read_text("WASHINGTON (Reuters) - The U.S. Secretary of State met his Japanese counterpart on "
                        "Monday to discuss trade.", "r", "test")
    assert (reuters.dateline, reuters.credits, reuters.publisher) == ("Washington", ["Reuters"], "Reuters")
    assert reuters.text.startswith("The U.S. Secretary of State")
    xinhua = read_text("MOSCOW, July 15, 2025 (Xinhua) -- Russian President Vladimir Putin spoke by phone with "
                       "the Turkish president on Tuesday.", "x", "test")
    assert (xinhua.dateline, xinhua.date, xinhua.credits) == ("Moscow", dt.date(2025, 7, 15), ["Xinhua News Agency"])
    plain = read_text("Paris, a city of museums, welcomed the delegation on Monday.", "p", "test")
    assert plain.dateline is None and plain.text.startswith("Paris, a city")
    venue = read_text("Beginning of talks with the President of Peru\n\nMarch 4, 2025, The Palace, Lima\n\n"
                      "President Anna Berg: Welcome.", "v", "test")
    assert (venue.headline, venue.dateline, venue.date) == ("Beginning of talks with the President of Peru", "Lima",
                                                            dt.date(2025, 3, 4))
    assert venue.text.startswith("President Anna Berg:")
    agency = read_text(" date 2023-05-08 Leaders meet\n\nSEOUL, May 7 (Korea Daily) -- President Lee Min-ho held a summit "
                       "with Prime Minister Taro Abe.", "k", "test")
    assert (agency.dateline, agency.dateline_day) == ("Seoul", dt.date(2023, 5, 7))
    assert agency.text.startswith("President Lee Min-ho")   # an unknown credit after a dated dateline is cut too
    colon = read_text("OSLO: Foreign Minister Anna Berg met her Chilean counterpart on Monday.", "c", "test")
    assert colon.dateline == "Oslo" and colon.text.startswith("Foreign Minister Anna Berg")
    body = read_text("Geneva/Washington (ICRC) – The president of the committee completed talks today.", "g", "test")
    assert body.dateline == "Washington" and body.text.startswith("The president")  # a body's own release
    filed = read_text(" date 2019-02-08 Ministers meet\n\n18:15 | Lima, Feb. 8.\n\nThe ministers met on Friday.", "a",
                      "test")
    assert (filed.dateline, filed.dateline_day, filed.text) == ("Lima", dt.date(2019, 2, 8), "The ministers met on Friday.")
    slashed = read_text("Chisinau, 20 January /MOLDPRES/ - Acting Prime Minister Anna Berg on 19 January received "
                        "the ambassador.", "m", "test")
    assert slashed.dateline == "Chisinau" and slashed.text.startswith("Acting Prime Minister")
    label = read_text("ANNA BERG: Thank you all for coming to Oslo today.", "l", "test")
    assert label.dateline is None and label.text.startswith("ANNA BERG:")  # a transcript's speaker, no place
    unmarked = read_text("Frankfurt, 05 September 2023 Chancellor Anna Berg will open the book fair on 17 October.",
                         "u", "test")
    assert (unmarked.dateline, unmarked.dateline_day) == ("Frankfurt", dt.date(2023, 9, 5))
    assert unmarked.text.startswith("Chancellor Anna Berg")  # a full date, then the sentence with no mark between
    glued = read_text("Islamabad-Prime Minister Anna Berg on Monday lauded the services of the outgoing ambassador.",
                      "i", "test")
    assert glued.dateline == "Islamabad" and glued.text.startswith("Prime Minister Anna Berg")  # a hyphen, no space
    demonym = read_text("Bissau-Guinean Prime Minister Anna Berg met on Friday with the President in Banjul.", "b",
                        "test")
    assert demonym.dateline is None and demonym.text.startswith("Bissau-Guinean")  # a city's people, not a dateline
    dashed = read_text("Maseru — President Anna Berg was in Lesotho on May 19.", "d", "test")
    assert dashed.dateline == "Maseru" and dashed.text.startswith("President Anna Berg")  # a known place, a spaced dash
    day_first = read_text("12 March 2021, Hanoi –The Director-General met the minister.", "h", "test")
    assert (day_first.dateline, day_first.dateline_day) == ("Hanoi", dt.date(2021, 3, 12))
    assert day_first.text.startswith("The Director-General")
    titled = read_text("Abu Dhabi: Sheikh Khalid bin Saif on Monday received the visiting foreign minister of Peru.",
                       "a", "test")
    assert titled.dateline == "Abu Dhabi" and titled.text.startswith("Sheikh Khalid")
    answer = read_text("Jordan: Yes, we did.", "j", "test")
    assert answer.dateline is None  # a short answer after a speaker's name, no dateline
    slashed_stop = read_text("OSLO, March 3. /NTB/. Foreign Minister Anna Berg began talks with her guest.", "s", "test")
    assert slashed_stop.dateline == "Oslo" and slashed_stop.text.startswith("Foreign")
    particle = read_text("Rio de Janeiro: Prime Minister Anna Berg met leaders of several countries on the sidelines "
                         "of the summit.", "r", "test")
    assert particle.dateline == "Rio de Janeiro" and particle.text.startswith("Prime Minister")  # "de" in a name
    unclosed = read_text("HYDE PARK, N.Y. (AP -- President Anna Berg pledged support on Monday.", "u", "test")
    assert unclosed.dateline == "Hyde Park" and unclosed.text.startswith("President Anna Berg")  # "(AP" left open
    joined = read_text("MOSCOW (Xinhua-Reuters) - President Anna Berg met her guest.", "j", "test")
    assert joined.dateline == "Moscow" and joined.text.startswith("President Anna Berg")
    numbered = read_text(" date 2018-03-23 Visit\n\n1   The minister will visit Oslo.\n\n2   In Oslo, she will call on "
                         "Mr Lars Holm.", "n", "test")
    assert numbered.text == "The minister will visit Oslo.\n\nIn Oslo, she will call on Mr Lars Holm."  # numbers off
    glued_dash = read_text("Lima, Peru- President Anna Berg met her guest today.", "g", "test")
    assert glued_dash.dateline == "Lima" and glued_dash.text.startswith("President")  # a city and its country, known
    no_comma = read_text(" date 2021-11-17 Talks\n\nLIMA, Peru Nov 17 – President Anna Berg met her guest.", "n", "test")
    assert (no_comma.dateline, no_comma.dateline_day) == ("Lima", dt.date(2021, 11, 17))  # no comma before the day
    country_line = read_text(" date 2008-05-21 Envoy visits\n\nCaracas, Venezuela\n\nThe envoy met the president.", "c",
                             "test")
    assert country_line.dateline == "Caracas" and country_line.text.startswith("The envoy")  # a place and its country
    comma_year = read_text("Prishtina, 17 July, 2024\n\nThe Prime Minister met the ambassadors today.", "k", "test")
    assert (comma_year.dateline, comma_year.dateline_day) == ("Prishtina", dt.date(2024, 7, 17))
    for line, place, day in (("Phnom Penh (FN), Jan. 8 – The ambassador met the minister.", "Phnom Penh", 8),
                             ("BAKU, Azerbaijan, March 15. The minister met his guest.", "Baku", 15),
                             ("Addis Ababa February 15/2023 /ENA/The minister met his guest.", "Addis Ababa", 15),
                             ("Bergen, Mar 14 (Nordic Wire) The minister met his guest.", "Bergen", 14),
                             ("Lima, Mar 13 (EFE).- The minister met his guest.", "Lima", 13)):
        got = read_text(f" date 2023-03-16 Talks\n\n{line}", "d", "test")  # a credit before the day, a full stop
        assert (got.dateline, got.dateline_day.day) == (place, day) and got.text.startswith("The")  # after it,
        # or the wire's credit in brackets and no mark after it, or a full stop before the dash
    opening = read_text("On February 17-18, 2014, Minister Anna Berg visited Moscow.", "o", "test")
    assert opening.dateline is None and opening.text.startswith("On February")  # no region: no dateline
    stops_only = read_text("Oslo. 18 May. NORDNEWS/ Foreign Minister Anna Berg received her guest.", "o", "test")
    assert stops_only.dateline == "Oslo" and stops_only.text.startswith("Foreign")  # full stops, one slash after
    two_names = read_text("PRAGUE, August 8, 2006 (RFE/RL) -- A top U.S. diplomat has arrived in Tashkent.", "p", "test")
    assert (two_names.dateline, two_names.dateline_day) == ("Prague", dt.date(2006, 8, 8))  # a credit with a slash
    communique = read_text(" date 2019-12-24 Joint Communique\n\nOslo-Lima Joint Press Communique 2019\n\n"
                           "(Lima, 23 December 2019)\n\nThe two leaders held talks.", "c", "test")
    assert (communique.dateline, communique.dateline_day) == ("Lima", dt.date(2019, 12, 23))  # in brackets, under
    assert communique.text == "The two leaders held talks."  # a second title
    based = read_text("Beijing-based analysts met the delegation.", "b", "test")
    assert based.dateline is None and based.text.startswith("Beijing-based")
    bracketed = read_text(" date 2024-03-15 Talks\n\nLima [Peru], March 15 : Foreign Minister Anna Berg called on "
                          "President Lars Holm on Thursday.", "b", "test")  # a country in brackets, a spaced colon
    assert (bracketed.dateline, bracketed.dateline_day) == ("Lima", dt.date(2024, 3, 15))
    assert bracketed.text.startswith("Foreign Minister")
    summary = read_text(" date 2018-12-17 Talks\n\nBerg will also call on Vice-President M. Lars Holm.\n\nLima: "
                        "Peru's new President Anna Berg arrived here Sunday on a three-day state visit to the country.",
                        "s", "test")
    assert summary.dateline == "Lima" and summary.text.startswith("Berg will also call")  # after a one-line summary
    two_sentences = read_text(" date 2006-09-08 Treaty\n\nFive states ban nuclear arms in their lands. Peaceful uses "
                              "are allowed.\n\nMoscow (AsiaNews/Agencies) – Five states signed a treaty on Friday.",
                              "t", "test")  # a summary of two short sentences, then the dateline
    assert two_sentences.dateline == "Moscow" and "AsiaNews" not in two_sentences.text
    campus = read_text("Oslo University, Nov. 1, 2018: On October 26, Prime Minister Lars Holm visited the "
                       "university and talked with students.", "c", "test")  # any place, with its day and a colon
    assert (campus.dateline, campus.dateline_day) == ("Oslo University", dt.date(2018, 11, 1))
    stopped = read_text("YEREVAN. – President Anna Berg on Thursday received a delegation.", "y", "test")
    assert stopped.dateline == "Yerevan" and stopped.text.startswith("President")  # the full stop is no part of it
    year_first = read_text("2025 Pacific summit opens in Lima\n\nThe summit opened today.", "y", "test")
    assert year_first.headline == "2025 Pacific summit opens in Lima" and year_first.text == "The summit opened today."


def test_layout_furniture_and_credits():
    text = ("Leaders meet in Rome\n"
            "The Italian prime minister met the Egyptian president in Rome on Monday to discuss migration.\n"
            "Advertisement\n"
            "They agreed to meet again in Cairo later this year, officials said. (AP)\n"
            "Read more\n"
            "Italy and France sign border deal\n"
            "3 hours ago\n")
    article = read_text(text, "rome", "test")
    assert article.headline == "Leaders meet in Rome"
    assert "Advertisement" not in article.text and "France" not in article.text
    assert article.text.endswith("officials said.") and article.credits == ["Associated Press"]


def test_html_main_text_and_metadata():
    [article] = read_paths([DATA / "summit.html"])
    assert article.identifier == "summit"
    assert article.headline == "Lavrov and Wang Yi hold talks in Beijing"
    assert article.date == dt.date(2025, 7, 13) and article.publisher == "Example Wire"
    assert article.url == "https://news.example.org/2025/07/13/lavrov-wang-yi"
    assert article.text.startswith("Russian Foreign Minister Sergei Lavrov held talks")
    assert article.dateline == "Beijing" and "Reuters" in article.credits
    assert "Comments" not in article.text and "Australian" not in article.text and "Home" not in article.text


def test_json_list_and_jsonl():
    first, second = read_paths([DATA / "articles.json"])
    assert (first.identifier, first.headline, first.date, first.publisher) == (
        "wire-0713", "Putin to attend SCO summit in Tianjin", dt.date(2025, 7, 13), "Example Wire")
    assert first.text.startswith("Russian President Vladimir Putin") and first.dateline == "Moscow"
    assert second.identifier == "articles-2" and second.date is None
    one, two = read_paths([DATA / "wire.jsonl"])
    assert one.identifier == "jl-1" and one.date == dt.date(2025, 7, 15)
    assert two.identifier == "https://news.example.org/lavrov-pyongyang" and two.headline == "Lavrov visits North Korea"


def test_overrides_fill_and_replace():
    [article] = read_paths([SEEDS / "003_517a4573e9064c4d.txt"], date="2025-09-02", publisher="SCMP",
                           url="https://example.org/a")
    assert (article.date, article.publisher, article.url) == (dt.date(2025, 9, 2), "SCMP", "https://example.org/a")
    with pytest.raises(UsageError):
        read_paths([SEEDS], date="2025-13-45")


def test_fields_for_post():
    article = article_from_fields({"text": "Xi met Lavrov in Beijing on Tuesday.", "id": "post-1",
                                   "date": "2025-07-15T08:00:00+08:00"}, "POST /articles")
    assert (article.identifier, article.date) == ("post-1", dt.date(2025, 7, 15))
    with pytest.raises(InputError, match="text"):
        article_from_fields({"title": "no body"}, "POST /articles", "x")


BAD = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\n ", "empty file"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    "latin1.txt": ("Le ministre français a rencontré son homologue.".encode("latin-1"), "not UTF-8"),
    "notext.json": (json.dumps({"id": "a", "title": "no body"}).encode(), "no \"text\" field"),
    "broken.json": (b'{"text": "Xi met Lavrov",\n "id": }', "malformed JSON"),
    "broken.jsonl": (b'{"text": "Xi met Lavrov in Beijing."}\n{"text": \n', "malformed JSON"),
    "junk.pdf": (b"%PDF-1.4", "unsupported file type"),
    "huge.txt": (b"Xi met Lavrov in Beijing on Monday. " * 30_000, "the limit is 1,000,000"),  # longer than spaCy takes
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_is_one_clear_line(tmp_path, name):
    content, problem = BAD[name]
    path = tmp_path / name
    path.write_bytes(content)
    results = list(read_paths([path]))
    errors = [r for r in results if isinstance(r, InputError)]
    assert len(errors) == 1
    message = str(errors[0])
    assert "\n" not in message and str(path) in message and problem in message


def test_folder_goes_on_after_bad_files(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("The Italian prime minister met the Egyptian president in Rome on Monday.")
    (tmp_path / "notes.md").write_text("skipped silently in folders")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.json").write_text(json.dumps({"text": "Modi met Putin in Moscow on Monday."}))
    results = list(read_paths([tmp_path]))
    assert [type(r).__name__ for r in results] == ["InputError", "Article", "Article"]
    assert [getattr(r, "identifier", None) for r in results] == [None, "b", "c"]
    missing = list(read_paths([tmp_path / "nope.txt"]))
    assert len(missing) == 1 and "no such file" in str(missing[0])


def test_month_only_dateline_gives_a_reference_date_not_a_publication_date():
    text = "Leaders launch a new bloc at summit\n\nDecember 2004\n\nThe leaders met in Cusco on 8 December to sign it."
    article = read_text(text, "t", "test")
    assert article.date is None and article.reference_date == dt.date(2004, 12, 31)
    assert article.text.startswith("The leaders met")
    dated = read_text("date 2004-12-10 Headline here\n\nDecember 2004\n\nThe leaders met on 8 December.", "t", "test")
    assert dated.date == dt.date(2004, 12, 10) and dated.reference_date is None


def test_loose_datelines_of_a_known_place_with_a_date_or_credit_in_other_forms():
    numeric = read_text("OSLO, 09.04.2021. (Norsk Wire) – The Foreign Minister received the envoy of Chile today.",
                        "n", "test")
    assert numeric.dateline == "Oslo" and numeric.text.startswith("The Foreign Minister")
    bracketed = read_text("(TANDEM, LIMA) – The Peruvian President met the visiting minister on Monday.", "b", "test")
    assert bracketed.dateline == "Lima" and bracketed.text.startswith("The Peruvian President")
    capitals = read_text("HELSINKI, 28 SEP (FNA) - The two ministers signed the agreement on trade and transport.",
                         "c", "test")
    assert capitals.dateline == "Helsinki" and capitals.text.startswith("The two ministers")
    credit = read_text("DOHA, QNW: The Emir received the visiting Prime Minister of Norway at the Amiri Diwan today.",
                       "q", "test")
    assert credit.dateline == "Doha" and credit.text.startswith("The Emir")
    year = read_text("BERN, January 29. 2012—The President will visit Kenya and Ghana next week, her office said.",
                     "y", "test")
    assert (year.dateline, year.dateline_day) == ("Bern", dt.date(2012, 1, 29))
    not_one = read_text("Talks, trade and tariffs - The ministers met in Oslo on Monday to discuss them all.", "t",
                        "test")
    assert not_one.dateline is None and not_one.text.startswith("Talks, trade")  # no known place first
    lowercase = read_text("oslo, norway - The ministers met on Monday to discuss trade and fisheries.", "l", "test")
    assert lowercase.dateline is None
    both = read_text("Oslo/Lima, Jan 14: The Peruvian President arrived here on Tuesday on a four-day state visit.",
                     "s", "test")
    assert both.dateline is None and both.text.startswith("The Peruvian President")  # "here": which of the two?


def test_a_bracketed_credit_and_city_split_by_a_bar():
    """"(FASTNEWS | COLOMBO) –": a wire's credit and its city, in brackets, split by a bar."""
    article = read_text("(NORDWIRE | OSLO) – The Chilean Foreign Minister will visit Norway today.", "f", "test")
    assert article.dateline == "Oslo" and article.text.startswith("The Chilean Foreign Minister")
