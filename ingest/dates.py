"""Date mentions resolved against the article's date.

`resolve(mention, base, planned)` turns the words of a date mention ("on Sunday", "July 13",
"yesterday", "August 3-5") into an exact day, or None when the words do not fix one ("later this
year", "last week", "in May"): the mention itself is always kept by the caller (ng:dateMention).

The general cases go to dateparser (RELATIVE_BASE = the article date, PREFER_DATES_FROM = 'past'
for what happened, 'future' for what is planned) and only results with day precision are accepted.
Three readings are made explicit here because news uses them differently from dateparser's
defaults:
  * a bare weekday is the nearest such day on or before the article date for what happened, on
    or after it for what is planned ("on Tuesday" in a Tuesday paper is that Tuesday);
  * "last <weekday>" is the latest such day before the article date, but not the day before it (that
    one is "yesterday"): "last Tuesday" in a Thursday paper is two days before, in a Friday paper ten;
  * "this morning", "this evening", "tonight" are the article's day;
  * "the 29th" is the nearest such day of the month in the preferred direction;
a day range ("August 3-5", "7-9 December") starts on its first day, and a weekend ("this weekend") on its Saturday.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_LEAD = re.compile(r"^(?:on|in|at|by|from|since|during|between|of|the|this past|earlier|later|"
                   r"early|late|mid|around|about)\s+", re.I)
_TAIL = re.compile(r"\s+(?:morning|afternoon|evening|night|local time)$"
                   r"|(?<=\d{4})\s+the\s+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth)$", re.I)
# ("On June 4, 2019 the 1st trilateral meeting": NER ran the date into the ordinal after it)
_WEEKDAY = re.compile(r"^(last|next|this|past)?\s*(" + "|".join(WEEKDAYS) + r")$", re.I)
_SAME_DAY = re.compile(r"^(?:this\s+(?:morning|afternoon|evening)|tonight|(?:later|earlier)\s+in\s+the\s+day"
                       r"|in\s+the\s+(?:morning|afternoon|evening))$", re.I)  # "will later in the day hold"
_LAST_NIGHT = re.compile(r"^(?:last|yesterday)\s+(?:night|evening)$", re.I)
_WEEKEND = re.compile(r"^(last|next|this|past)\s+weekend$", re.I)
_ORDINAL_DAY = re.compile(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$", re.I)
_RANGE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to|and)\s*\d{1,2}(?:st|nd|rd|th)?\b", re.I)
_SPAN = re.compile(r"^(.+?)(?:\s*[-–—]\s*|\s+(?:to|until|through|till|and)\s+)"
                   r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"  # "Monday June 11 and Tuesday June 12"
                   r"(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\b[^\d]*?((?:,?\s*(?:19|20)\d\d)?)$")
_YEAR_RANGE = re.compile(r"^\d{4}\s*[-–]\s*\d{2,4}$")
_NO_DAY = re.compile(r"(?:[A-Z][a-z]+\.?,?\s+)?(?:1[89]|20)\d{2}")
_VAGUE = re.compile(r"\b(?:week|weekend|month|year|decade|century|season|spring|summer|autumn|"
                    r"fall|winter|recent|coming|upcoming|soon|ago\s+years)\b", re.I)


RELATIVE = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|week)s?\s+"
                      r"(earlier|later)\b"
                      r"|^(?:on\s+)?the\s+(?:(?P<before>(?:day|night|evening)\s+before|(?:previous|preceding)\s+"
                      r"(?:day|night|evening))|(?P<after>(?:next|following)\s+(?:day|morning|evening)|day\s+after))$"
                      r"|^(?:on\s+)?(?P<same>(?:later\s+|earlier\s+)?that\s+(?:day|morning|afternoon|evening)|the\s+same\s+day)$",
                      re.I)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")  # a year a date phrase names: "1993", "2024"
ANCHORED = re.compile(r"\b(earlier|later|before|after|ago|since)\b", re.I)  # "a week after ...": a point in time
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}


def reference(article) -> dt.date | None:
    """The day dates of an article are resolved against: its publication date, else the end of the month its
    dateline names (Article.reference_date)."""
    return article.date or getattr(article, "reference_date", None)


def shift(mention: str, reference: dt.date | None) -> dt.date | None:
    """"two days earlier", "a week later": a day counted from `reference`, the day the narrative was
    at (the last date the article gave before)."""
    m = RELATIVE.search(mention)
    if m is None or reference is None:
        return None
    if m.group("before") or m.group("after") or m.group("same"):  # "the day before", "that evening"
        return reference + dt.timedelta(days=-1 if m.group("before") else 1 if m.group("after") else 0)
    n = int(m.group(1)) if m.group(1).isdigit() else NUMBERS[m.group(1).lower()]
    days = n * (7 if m.group(2).lower() == "week" else 1)
    return reference + dt.timedelta(days=-days if m.group(3).lower() == "earlier" else days)


@lru_cache(maxsize=4096)  # pure, and the timeline, the events and the lede ask for the same phrases
def resolve(mention: str, base: dt.date | None, planned: bool = False) -> dt.date | None:
    """The exact day `mention` names, relative to `base`; None when there is no exact day."""
    if base is not None and same_day(mention):
        return base
    if base is not None and _LAST_NIGHT.match(_squeezed(mention)):
        return base - dt.timedelta(days=1)
    iso = re.fullmatch(r"(?:on\s+)?(\d{4}-\d{2}-\d{2})", mention.strip(" ,.;"))
    if iso:  # "2016-05-12", which _clean would read as a range of days
        try:
            return dt.date.fromisoformat(iso.group(1))
        except ValueError:
            return None
    dotted = re.fullmatch(r"(?:on\s+)?(\d{1,2})\.(\d{1,2})\.(\d{4})", mention.strip(" ,;"))
    if dotted:  # "13.01.2020", "05.06.2020": day first, as wherever dots are written (dateparser reads May 6)
        try:
            return dt.date(int(dotted.group(3)), int(dotted.group(2)), int(dotted.group(1)))
        except ValueError:
            return None
    text = _clean(mention)
    if not text or _YEAR_RANGE.match(text):
        return None
    explicit_year = YEAR.search(text)
    if base is None and not explicit_year:
        return None
    this_year = re.search(r"\s+(?:of\s+)?this year$", text)
    if this_year and base is not None and text[:this_year.start()].strip():  # "21 October this year"
        text = f"{text[:this_year.start()]} {base.year}"
    shift = re.search(r"\s+(last|next) year$", text)
    if shift and base is not None:  # "March 20 last year"
        year = base.year + (1 if shift.group(1) == "next" else -1)
        day = resolve(text[:shift.start()], base.replace(year=year, month=12, day=31) if shift.group(1) == "last"
                      else base.replace(year=year, month=1, day=1), shift.group(1) == "next")
        return day if day is not None and day.year == year else None
    m = _WEEKEND.match(text)
    if m and base is not None:                   # a weekend starts on its Saturday: "this weekend", "last weekend"
        if m.group(1).lower() == "past":
            return base - dt.timedelta(days=(base.weekday() - 5) % 7)
        weeks = {"last": -1, "next": 1}.get(m.group(1).lower(), 0)
        return base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=5 + 7 * weeks)
    m = _WEEKDAY.match(text)
    if m:
        return _weekday(base, WEEKDAYS.index(m.group(2).lower()), (m.group(1) or "").lower(), planned)
    m = _ORDINAL_DAY.match(text)
    if m:
        return _day_of_month(base, int(m.group(1)), planned)
    m = _EDGE_DAY.match(text)
    if m:
        return _edge_of_month(m, base, planned)
    if _VAGUE.search(text) and not re.search(r"\b(today|yesterday|tomorrow)\b", text, re.I):
        return None
    if _NO_DAY.fullmatch(text) or text in MONTHS:
        return None  # "2016", "May 2016", "May": no day, and no need to ask dateparser
    return _dateparser(text, base, planned)


def same_day(mention: str) -> bool:
    """"in the evening", "later in the day": the day the text is at (a TIME that names no hour)."""
    text = _squeezed(mention)
    return bool(_SAME_DAY.match(text) or _SAME_DAY.match(_LEAD.sub("", text)))


def day_of_time(mention: str) -> bool:
    """A TIME phrase that fixes a day: "in the evening" (the same day), "last night" (the day before)."""
    return same_day(mention) or bool(_LAST_NIGHT.match(_squeezed(mention)))


def _squeezed(mention: str) -> str:
    return " ".join(mention.split()).strip(" ,.;")


def bare_weekday(mention: str) -> bool:
    """"on Sunday", "Sunday morning": a weekday without "last", "next" or a day of the month."""
    m = _WEEKDAY.match(_clean(mention))
    return m is not None and not m.group(1)


def in_narrative(mention: str, anchor: dt.date, day: dt.date) -> dt.date:
    """A bare weekday after the text has named a calendar day more than a week before `day` (its
    reading against the article date): the first such weekday on or after that day, the narrative's
    "now" ("arrived on Saturday, 11 August ... On Sunday, he travelled to Yeosu": 12 August)."""
    if (day - anchor).days < 7:
        return day
    weekday = WEEKDAYS.index(_WEEKDAY.match(_clean(mention)).group(2).lower())
    return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)


# "today, Tuesday": the relative word fixes the day
_RELATIVE_WEEKDAY = re.compile(rf"^(today|yesterday|tomorrow),?\s+(?:{'|'.join(WEEKDAYS)})$", re.I)


def _clean(mention: str) -> str:
    text = " ".join(mention.replace("\u2019", "'").split()).strip(" ,.;")
    for _ in range(3):
        text = _LEAD.sub("", text)
    # "today September 21, 2020", "Today, Tuesday, May 25, 2021"
    text = re.sub(r"^(?:today|yesterday|tomorrow),?\s+(?=(?:\w+,?\s+)?\w+\s+\d|\d)", "", text, flags=re.I)
    text = _RELATIVE_WEEKDAY.sub(r"\1", text)
    text = _TAIL.sub("", text)
    span = _SPAN.match(text)  # "April 13 to April 15" -> "April 13", "... 15 April 2011" keeps 2011
    if span and re.search(r"[A-Za-z]", span.group(1)):  # not "30-31 January": _RANGE's
        text = span.group(1) + span.group(2)
    return _RANGE.sub(r"\1", text)  # "August 3-5" -> "August 3"


def _weekday(base: dt.date, weekday: int, modifier: str, planned: bool) -> dt.date:
    if modifier == "last":  # the latest one before, skipping yesterday (which news calls "yesterday")
        back = (base.weekday() - weekday) % 7 or 7
        return base - dt.timedelta(days=back + 7 if back == 1 else back)
    if modifier == "next" or (planned and modifier != "past"):
        return base + dt.timedelta(days=(weekday - base.weekday()) % 7)
    return base - dt.timedelta(days=(base.weekday() - weekday) % 7)


def _day_of_month(base: dt.date, day: int, planned: bool) -> dt.date | None:
    candidates = []
    for months in (-1, 0, 1):
        year, month = divmod(base.year * 12 + base.month - 1 + months, 12)
        try:
            candidates.append(dt.date(year, month + 1, day))
        except ValueError:
            continue
    side = [c for c in candidates if (c >= base if planned else c <= base)]
    return min(side, key=lambda c: abs((c - base).days)) if side else None


def _dateparser(text: str, base: dt.date | None, planned: bool) -> dt.date | None:
    day = _parse(text, base, "future" if planned else "past")
    if planned and base is not None and day is not None and day > base and _parse(text, base, "past") == base:
        return base  # "will attend the opening on 31 July" in a 31 July paper: that day, not next year's
    if planned and base is not None and day is not None and (day - base).days > 300:
        past = _parse(text, base, "past")  # "is set to visit on February 18" in a 24 February paper: a report
        if past is not None and (base - past).days <= 14:  # written before, posted late; not next year's
            return past
    if day is not None and not _weekday_fits(text, day):  # "Thursday, 4 September" in an August paper
        other = _parse(text, base, "past" if planned else "future")
        return other if other is not None and _weekday_fits(text, other) else day
    return day


def _weekday_fits(text: str, day: dt.date) -> bool:
    """The weekday `text` names, if any, is the weekday of `day`: a year read from the other side of the
    base date ("Thursday, 4 September" of next week, not of last year) fits it."""
    named = [i for i, name in enumerate(WEEKDAYS) if re.search(rf"\b{name}\b", text, re.I)]
    return not named or day.weekday() in named


def _parse(text: str, base: dt.date | None, prefer: str) -> dt.date | None:
    day = _plain_day(text, base, prefer)
    if day is not None:
        return day
    data = _parser(base, prefer).get_date_data(text)
    if data is None or data.date_obj is None or data.period != "day":
        return None
    return data.date_obj.date()


# The commonest mentions, read here as dateparser reads them: it takes ~1 ms a call, a third of the
# extraction of a real article. Only these exact forms; any other spelling goes to dateparser.
_FROM_BASE = {"today": 0, "Today": 0, "yesterday": -1, "Yesterday": -1, "tomorrow": 1, "Tomorrow": 1}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_DAY = r"(?P<day>[1-9]|[12]\d|3[01])"
_MONTH = "(?P<month>" + "|".join(MONTHS) + ")"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_CALENDAR_DAY = [re.compile(rf"{_MONTH} {_DAY}(?:, {_YEAR})?"), re.compile(rf"{_DAY} {_MONTH}(?: {_YEAR})?")]


# "the last day of January 2019", "the first day of March"
_EDGE_DAY = re.compile(rf"^(?:the\s+)?(first|last)\s+day\s+of\s+({'|'.join(MONTHS)})(?:,?\s+(\d{{4}}))?$", re.I)


def _edge_of_month(m: re.Match, base: dt.date | None, planned: bool) -> dt.date:
    """The first or last day of a month; without a year, the month's latest before the article (its next if
    planned)."""
    month = [x.lower() for x in MONTHS].index(m.group(2).lower()) + 1

    def edge(year: int) -> dt.date:
        return dt.date(year, month, 1 if m.group(1).lower() == "first" else calendar.monthrange(year, month)[1])
    if m.group(3):
        return edge(int(m.group(3)))
    day = edge(base.year)
    if day > base and not planned:
        return edge(base.year - 1)
    return edge(base.year + 1) if day < base and planned else day



def _plain_day(text: str, base: dt.date | None, prefer: str) -> dt.date | None:
    """The day dateparser finds for "today", "yesterday", "tomorrow", "July 13", "13 July", "July 13, 2016"
    or "13 July 2016" against `base`, or None for any other text (and for February 29, which dateparser
    moves to a leap year). A day without its year is in the base's year, unless that puts it after the
    base for what happened (then a year earlier), or on or before the base for what is planned (a year
    later). tests/ingest/test_dates.py checks that dateparser agrees, day by day."""
    if base is None:
        return None
    if text in _FROM_BASE:
        return base + dt.timedelta(days=_FROM_BASE[text])
    m = next((m for m in (p.fullmatch(text) for p in _CALENDAR_DAY) if m), None)
    if m is None or (m.group("month"), m.group("day")) == ("February", "29"):
        return None
    try:
        day = dt.date(int(m.group("year") or base.year), MONTHS.index(m.group("month")) + 1, int(m.group("day")))
    except ValueError:
        return None                                             # "April 31": dateparser's own reading
    if m.group("year"):
        return day
    if prefer == "past" and day > base:
        return day.replace(year=day.year - 1)
    if prefer == "future" and day <= base:
        return day.replace(year=day.year + 1)
    return day


@lru_cache(maxsize=256)
def _parser(base: dt.date | None, prefer: str):
    from dateparser.date import DateDataParser
    settings = {"PREFER_DATES_FROM": prefer, "PREFER_DAY_OF_MONTH": "first",
                "REQUIRE_PARTS": ["day"], "STRICT_PARSING": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time())
    return DateDataParser(languages=["en"], settings=settings)
