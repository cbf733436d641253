"""Date mentions resolved against the article's date (a Tuesday, 2025-07-15)."""
import datetime as dt

import pytest

from newsgraph.ingest.dates import resolve

TUESDAY = dt.date(2025, 7, 15)


@pytest.mark.parametrize("mention,planned,expected", [
    ("today", False, "2025-07-15"),
    ("yesterday", False, "2025-07-14"),
    ("Sunday", False, "2025-07-13"),
    ("on Tuesday", False, "2025-07-15"),          # a Tuesday paper's "Tuesday" is that day
    ("On Wednesday", True, "2025-07-16"),         # planned: the next one
    ("Wednesday", False, "2025-07-09"),           # happened: the last one
    ("last Thursday", False, "2025-07-10"),       # the previous calendar week's
    ("July 13", False, "2025-07-13"),
    ("July 13, 2025", False, "2025-07-13"),
    ("September 19, 2018", False, "2018-09-19"),
    ("December 20", False, "2024-12-20"),         # happened: the past one
    ("April 6", True, "2026-04-06"),              # planned: the coming one
    ("August 3-5", True, "2025-08-03"),           # a range starts on its first day
    ("7-9 December", False, "2024-12-07"),
    ("7th to 10th of October, 2025", True, "2025-10-07"),
    ("April 13 to April 15", True, "2026-04-13"),
    ("13 April to 15 April 2025", False, "2025-04-13"),
    ("Monday June 11 and Tuesday June 12, 2007", False, "2007-06-11"),  # each day with its weekday
    ("Monday, June 9 and Tuesday, June 10", False, "2025-06-09"),
    ("between Jan. 4 and Jan. 10, 1966", False, "1966-01-04"),  # "a meeting held between X and Y": from X
    ("March 20 last year", False, "2024-03-20"),
    ("21 October this year", True, "2025-10-21"),  # this year's, even when it is still to come
    ("43 years ago, today", False, "1982-07-15"),  # an anniversary: the day, that many years before
    ("Fifty years ago today", False, "1975-07-15"),
    ("forty-three years ago today", False, "1982-07-15"),
    ("the 29th", False, "2025-06-29"),
    ("Tuesday morning", False, "2025-07-15"),
    ("Friday, 1 August", False, "2025-08-01"),  # the weekday says next month, not last year's 1 August
    ("today July 15, 2025", False, "2025-07-15"),
    ("Today, Tuesday, July 15, 2025", False, "2025-07-15"),
    ("today, Tuesday", False, "2025-07-15"),  # the weekday of the relative word's day
    ("yesterday, Monday", False, "2025-07-14"),
])
def test_exact_days(mention, planned, expected):
    assert resolve(mention, TUESDAY, planned) == dt.date.fromisoformat(expected)


@pytest.mark.parametrize("mention", ["later this year", "last week", "this week", "in May", "next year", "2026-27",
                                     "in April 2004", "late last July", "the week"])
def test_no_exact_day(mention):
    assert resolve(mention, TUESDAY) is None


def test_without_an_article_date_only_full_dates_resolve():
    assert resolve("Tuesday", None) is None
    assert resolve("July 13", None) is None
    assert resolve("July 13, 2025", None) == dt.date(2025, 7, 13)


def test_relative_days_count_from_a_reference():
    from newsgraph.ingest.dates import shift
    friday = dt.date(2020, 12, 18)
    assert shift("two days earlier", friday) == dt.date(2020, 12, 16)
    assert shift("a week later", friday) == dt.date(2020, 12, 25)
    assert shift("a week after the summit", friday) is None  # needs the summit's date, not ours


def test_a_participle_on_the_event_noun_dates_it(nlp, resolver):
    """"The forum, held between 12-14 March in Lima": the participle's date is the forum's (its first day),
    even where NER tagged only the month."""
    from newsgraph.ingest import events
    from newsgraph.ingest.model import Article
    text = "The forum, held between 12-14 March in Lima, was attended by ministers from Chile and Ecuador."
    article = Article(identifier="t", text=text, source="test", date=dt.date(2025, 3, 20))
    doc = nlp(text)
    found = events.extract(doc, resolver.mentions(doc, article, remember=False), article, resolver)
    assert any(e.type == "Conference" and e.date == dt.date(2025, 3, 12) for e in found), found


@pytest.mark.parametrize("mention,base,planned,expected", [
    ("last Tuesday", "2025-07-17", False, "2025-07-15"),   # a Thursday paper: two days before
    ("last Wednesday", "2025-07-17", False, "2025-07-09"),  # not the day before: that is "yesterday"
    ("last Thursday", "2025-07-17", False, "2025-07-10"),  # never the article's own day
    ("this evening", "2025-07-17", False, "2025-07-17"),
    ("This afternoon", "2025-07-17", False, "2025-07-17"),
    ("tonight", "2025-07-17", True, "2025-07-17"),
    ("on 17 July", "2025-07-17", True, "2025-07-17"),      # planned for the paper's own day: not next year
    ("18 July", "2025-07-17", True, "2025-07-18"),
])
def test_news_readings_of_relative_days(mention, base, planned, expected):
    assert resolve(mention, dt.date.fromisoformat(base), planned) == dt.date.fromisoformat(expected)


def test_a_span_written_without_spaces_starts_on_its_first_day():
    import datetime as dt
    from newsgraph.ingest import dates
    base = dt.date(2025, 1, 28)
    assert dates.resolve("31 January-1 February", base, True) == dt.date(2025, 1, 31)
    assert dates.resolve("5-7 March", base, True) == dt.date(2025, 3, 5)  # a range of days keeps its month


def test_an_iso_date_is_that_day_and_a_year_alone_no_day():
    import datetime as dt
    from newsgraph.ingest import dates
    assert dates.resolve("2016-05-12", dt.date(2017, 1, 1)) == dt.date(2016, 5, 12)
    assert dates.resolve("May 2016", dt.date(2017, 1, 1)) is None
    assert dates.resolve("2016", dt.date(2017, 1, 1)) is None


def _dateparser_day(text, base, prefer):
    from newsgraph.ingest import dates
    data = dates._parser(base, prefer).get_date_data(text)
    return data.date_obj.date() if data is not None and data.date_obj is not None and data.period == "day" else None


def test_the_commonest_mentions_are_read_as_dateparser_reads_them():
    """dates._plain_day reads "today", "July 13", "13 July 2016" without dateparser: on the day itself
    and the days around it (where a day without its year changes year), at year ends and leap days, it
    gives dateparser's day. (Checked once in full: each day of each month, with and without seven
    years, against 33 to 39 bases; each word against every day of 2015 and 2016: 96,768 readings, all
    dateparser's.)"""
    from newsgraph.ingest import dates
    leap, year_end = dt.date(2016, 2, 29), dt.date(2015, 12, 31)
    texts = [(word, [leap, year_end, dt.date(2016, 3, 1)]) for word in dates._FROM_BASE]
    for n, month in enumerate(dates.MONTHS, 1):
        for day in (1, 15, 28 if month == "February" else 30):
            on = dt.date(2016, n, day)
            around = [on - dt.timedelta(days=1), on, on + dt.timedelta(days=1), leap, year_end]
            texts += [(f"{month} {day}", around), (f"{day} {month}", around),
                      (f"{month} {day}, 2015", [leap]), (f"{day} {month} 2000", [year_end])]
    for text, bases in texts:
        for base in bases:
            for prefer in ("past", "future"):
                day = dates._plain_day(text, base, prefer)
                assert day is not None and day == _dateparser_day(text, base, prefer), (text, base, prefer)
    for other in ("February 29", "April 31", "Sept. 20", "july 4", "Thursday 12 September", "TODAY"):
        assert dates._plain_day(other, leap, "past") is None          # left to dateparser


def test_an_ordinal_run_into_the_date():
    """"On June 4, 2019 the 1st trilateral meeting was held": NER's date ends in the ordinal after the year."""
    assert resolve("June 4, 2019 the 1st", dt.date(2019, 11, 5)) == dt.date(2019, 6, 4)
    assert resolve("March 2, 2020 the second", dt.date(2020, 3, 5)) == dt.date(2020, 3, 2)


def test_a_planned_day_just_past_is_that_day_not_next_years():
    """"X is set to visit on February 18" in a paper dated 24 February: a report written before and posted late, not
    a visit a year ahead; a planned day weeks past is still next year's."""
    assert resolve("February 18", dt.date(2025, 2, 24), True) == dt.date(2025, 2, 18)
    assert resolve("January 5", dt.date(2025, 2, 24), True) == dt.date(2026, 1, 5)


def test_the_first_or_last_day_of_a_month():
    """"the courtesy visit that took place on the last day of January 2019": 31 January; without a year, the
    month's latest before the article, or its next when planned."""
    assert resolve("the last day of January 2019", dt.date(2019, 2, 21)) == dt.date(2019, 1, 31)
    assert resolve("the last day of February", dt.date(2020, 3, 5)) == dt.date(2020, 2, 29)
    assert resolve("the first day of March", dt.date(2019, 2, 21)) == dt.date(2018, 3, 1)
    assert resolve("the first day of March", dt.date(2019, 2, 21), True) == dt.date(2019, 3, 1)
