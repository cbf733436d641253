"""The layout of a news text: metadata lines and boilerplate around the body, by general signals.

    [ date YYYY-MM-DD ][ headline ]              a leading `date` line (the seed format), a title-like first line
    [ Baku, July 16, AZERTAC ]                   a dateline line, or a prefix: `BEIJING, July 15 —`, `WASHINGTON (Reuters) -`
    [ Office of the Spokesperson / By X ]        byline lines: short, no sentence punctuation
    body paragraphs                              photo captions and ad/share lines dropped
    [ ... - SOUTH CHINA MORNING POST ]           trailing credits: `- OUTLET`, `(Xinhua/AFP)`, `Reporting by ...`
    [ Comments | Related Articles | 6 hours ago ...]   aggregator furniture: everything from such a marker on is cut

Pure functions over strings; `parse_layout(text)` returns a Layout whose `body` becomes Article.text.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from newsgraph.ingest.knowledge import agency_names, fold

MONTHS = {m: i for i, names in enumerate([
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december")], 1) for m in names}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)"
_WORD = r"[A-ZÀ-Þ][\w'’.\-]*"
_PARTICLES = ("de", "del", "da", "do", "dos", "das", "di", "la", "el", "es")  # "Rio de Janeiro", "Dar es Salaam"
_PLACE = rf"{_WORD}(?:\s+(?:(?:{'|'.join(_PARTICLES)})\s+)?{_WORD}){{0,3}}"
_DASH = r"\s*(?:--|[—–-])\s*"

MONTH_YEAR_LINE = re.compile(rf"^(?:(?P<place>{_PLACE}),\s*)?(?P<month>{_MONTH})\s*,?\s*(?P<year>(?:19|20)\d{{2}})\s*$")
DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*(.*)$", re.I)
# "NAIROBI, Kenya Nov 17 –": after a region, the day may follow without a comma
DATELINE_PREFIX = re.compile(
    rf"^(?P<place>{_PLACE}(?:/{_PLACE})?)(?:,\s*(?P<region>{_PLACE}))?"
    rf"(?:(?:,\s*|(?(region)\s+|,))(?P<date>{_DAY_DATE}))?"
    rf"(?:\s*(?:\((?P<agency>[^()]{{2,40}}?)(?:\)\.?|(?=\s+(?:--|[—–-])\s))|/(?P<slashed>[^()/]{{2,40}})/))?"
    rf"{_DASH}(?=\S)")
# ("(RFE/RL)", "/MOLDPRES/"; "(AP --", its bracket unclosed; "(EFE).-", a full stop before the dash)
# "KUALA LUMPUR: ...", "ISLAMABAD, Dec 18 (APP): ...", "New Delhi [India], March 15 (ANI): ...": a colon ends
# a dateline in capitals
DATELINE_COLON = re.compile(
    rf"^(?P<place>{_PLACE})(?:\s*\[{_PLACE}\])?(?:,\s*(?P<date>{_DAY_DATE}))?(?:\s*\((?P<agency>[^()]{{2,40}})\))?"
    rf"\s?:\s*(?=\S)")  # (a space may be missing: "MBABANE:Prime Minister ...")
DATELINE_LINE = re.compile(
    rf"^(?P<place>{_PLACE})(?:,\s*(?P<region>{_PLACE}))??(?:,\s*(?P<date>{_DAY_DATE}))?"
    rf"(?:,\s*(?P<agency_word>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){{0,3}})|\s*\((?P<agency>[^()]{{2,40}})\))?\.?\s*$")
# "MOSCOW, February 10. /TASS/. Russian Foreign Minister ...", "Baku. 18 May. REPORT.AZ/ President ...": the
# agency ended by a slash, full stops around it
DATELINE_SLASHED = re.compile(
    rf"^(?P<place>{_PLACE})[,.]\s*(?P<date>{_DAY_DATE})\.?\s*/?(?P<agency>[^/\s][^/]{{1,39}})/\.?\s+(?=\S)")
# "Phnom Penh (FN), Jan. 8 – ...": the credit before the day
DATELINE_CREDIT_FIRST = re.compile(
    rf"^(?P<place>{_PLACE})\s*\((?P<agency>[^()]{{2,40}})\),\s*(?P<date>{_DAY_DATE}){_DASH}(?=\S)")
# "Bhopal, Sep 24 (IANS) Consul General X called upon ...": the wire's credit ends it, no mark after it
DATELINE_CREDIT_LAST = re.compile(
    rf"^(?P<place>{_PLACE}),\s*(?:(?P<region>{_PLACE}),\s*)?(?P<date>{_DAY_DATE})\s*\((?P<agency>[^()]{{2,40}})\)\s+"
    rf"(?=[A-Z])")
# "BAKU, Azerbaijan, March 15. Azerbaijani Foreign Minister ...": a full stop ends it
DATELINE_STOP = re.compile(
    rf"^(?P<place>{_PLACE}),\s*(?:(?P<region>{_PLACE}),\s*)?(?P<date>{_DAY_DATE})\.\s+(?=[A-Z])")
# "Addis Ababa February 15/2023 /ENA/Deputy Prime Minister ...": the year after a slash, the agency between two
DATELINE_YEAR_SLASHED = re.compile(
    rf"^(?P<place>{_PLACE})\s+(?P<day>{_MONTH}\s+\d{{1,2}})/(?P<year>\d{{4}})\s*/(?P<agency>[^/]{{2,40}})/\s*(?=\S)")
# a day (or days) with its month and year: "05 September 2023", "March 12, 1993", "Oct. 15-23, 1998"
FULL_DATE = (rf"(?:{_MONTH}\s+\d{{1,2}}(?:[-–]\d{{1,2}})?(?:st|nd|rd|th)?\s*,?\s*\d{{4}}"
             rf"|\d{{1,2}}(?:[-–]\d{{1,2}})?\s+{_MONTH},?\s+\d{{4}})")
# "Frankfurt, 05 September 2023 German Federal Chancellor ...": a full date and no mark after it
DATELINE_UNMARKED = re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<date>{FULL_DATE})\s+(?=[A-Z][a-z])")
# "22 November 2019, Beijing –FAO Director-General ...": the day first, then the place
DATE_FIRST_PREFIX = re.compile(rf"^(?P<date>{_DAY_DATE}),\s*(?P<place>{_PLACE}){_DASH}(?=\S)")
DATE_FIRST_LINE = re.compile(rf"^(?P<date>{_DAY_DATE}),\s*(?P<places>(?:The\s+)?{_PLACE}(?:,\s*{_PLACE}){{0,2}})\s*$")
CAPTION = re.compile(
    r"(?:\b(?:Photo|PHOTO|Photograph|Picture|Image|Credit|File photo)s?\s*(?::|/|by\b)\s*[^.!?]{0,80}\)?"
    r"|\((?:[A-Z]+\s+)?(?:Photo|PHOTO)\b[^)]*\)|\bGetty Images|\bvia Reuters)\s*$")
DASH_CREDIT = re.compile(r"(?:(?<=[.!?\"”’])\s+|^)(?:--|[—–-])\s*(?P<name>[A-Z][A-Z0-9&.'’ ]{1,60}|[A-Z][\w&.'’ ]{1,40})\s*$")
PAREN_CREDIT = re.compile(r"(?:(?<=[.!?\"”’])|^)\s*\((?P<names>[^()]{2,60})\)\s*$")
CREDIT_LINE = re.compile(r"^\(?\s*(?:(?:Additional\s+)?[Rr]eporting by|[Ee]diting by|[Ww]riting by|[Cc]ompiled by|"
                         r"Source:|SOURCE:|©|Copyright\b|\(c\)\s)")
BYLINE = re.compile(r"^(?:By|BY)\s+[A-Z]")
# "2   In Canberra, the Minister will call on X": a release's numbered paragraph (the number spaced off)
PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}\s{2,}(?=[A-Z])")
RELATIVE_TIME = re.compile(r"^\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$", re.I)
# A line that is only one of these starts the page furniture after the article: cut from it on.
FURNITURE = {
    "comments", "comment", "hashtags", "tags", "topics", "related", "related articles", "related stories",
    "related news", "related content", "related posts", "read more", "read also", "see also", "more from",
    "more on this", "more stories", "more news", "you may also like", "you might also like", "recommended",
    "recommended for you", "most read", "most popular", "popular", "trending", "trending now", "latest news",
    "latest", "share this article", "share this", "share", "follow us", "newsletter", "sign up",
    "subscribe", "about the author", "leave a comment", "join the conversation", "also read",
}
# A line that starts like this is a single piece of furniture (ad, share or sign-up prompt): drop the line.
JUNK_LINE = re.compile(r"^(?:advertisement|sponsored|scroll to continue|click here|sign up\b|subscribe\b|"
                       r"follow us\b|share (?:this|on)\b|read more:|read also:|also read:|see also:|"
                       r"related:|watch:|listen:)", re.I)
END_PUNCT = ".!?\"”’:;)…"


@dataclass
class Layout:
    body: str
    headline: str | None = None
    date: dt.date | None = None
    dateline: str | None = None
    credits: list[str] = field(default_factory=list)
    reference_date: dt.date | None = None        # last day of a month-only dateline ("December 2004")
    publisher: str | None = None
    dateline_day: dt.date | None = None          # the day the dateline itself states
    byline: str | None = None                    # the name the first byline gives


def parse_layout(text: str, headline: str | None = None) -> Layout:
    """Split a news text into metadata and body. A given `headline` is removed from the top when repeated."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\ufeff", "").split("\n")
    layout = Layout(body="")
    lines = _take_date_line(lines, layout)
    lines = _cut_furniture(lines)
    lines = [line.strip() for line in lines if not _is_caption(line) and not JUNK_LINE.match(line.strip())]
    lines = [PARAGRAPH_NUMBER.sub("", line) for line in lines if line]
    lines = _take_head(lines, layout, headline)
    lines = _take_trailing_credits(lines, layout)
    if lines:
        lines[0] = _take_dateline_prefix(lines[0], layout)
    if len(lines) > 1 and layout.dateline is None and (_is_title(lines[0]) or _is_standfirst(lines[0])):
        lines[1] = _take_dateline_prefix(lines[1], layout)  # a subheadline or summary, then "LYON, France – ..."
    layout.body = "\n\n".join(_unwrap(line for line in lines if line))
    return layout


def _take_date_line(lines: list[str], layout: Layout) -> list[str]:
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        match = DATE_LINE.match(line)
        if match:
            try:
                layout.date = dt.date.fromisoformat(match.group(1))
            except ValueError:
                return lines
            return lines[:i] + [match.group(2)] + lines[i + 1:]
        return lines
    return lines


def _cut_furniture(lines: list[str]) -> list[str]:
    """Cut from the first furniture marker that follows some body text ("Comments", "Related Articles", "6 hours ago")."""
    seen_text = False
    for i, line in enumerate(lines):
        bare = line.strip().rstrip(":").strip()
        marker = re.sub(r"\s*\(?\d+\)?$", "", bare).casefold()
        if seen_text and (marker in FURNITURE or RELATIVE_TIME.match(bare)):
            return lines[:i]
        if marker in FURNITURE:
            lines[i] = ""
        if len(bare.split()) > 6:
            seen_text = True
    return lines


def _is_caption(line: str) -> bool:
    line = line.strip()
    return bool(line) and bool(CAPTION.search(line))


def _take_head(lines: list[str], layout: Layout, given: str | None) -> list[str]:
    """Headline, dateline line and byline lines at the top."""
    if lines and given and fold(lines[0]).strip(" .") in {fold(given), fold(given).strip(" .")}:
        lines = lines[1:]
    elif lines and given is None and len(lines) > 1 and _is_title(lines[0]) and not _dateline_line(lines[0], layout, dry=True):
        layout.headline = lines[0]
        lines = lines[1:]
    while len(lines) > 1:
        if _dateline_line(lines[0], layout) or _month_line(lines[0], layout) or _date_first_line(lines[0], layout):
            lines = lines[1:]
        elif _is_byline(lines[0]) or _is_title(lines[0]) and _dateline_line(lines[1], layout, dry=True):
            layout.byline = layout.byline or _name_of_byline(lines[0])
            lines = lines[1:]  # (a second title above the dateline: "Joint Press Communique" over "(Beijing, 23 ...)")
        else:
            break
    return lines


# a person's name alone: "Margaret Thatcher", "By Anna Berg-Holm", "By K. R. Narayanan"
BYLINE_NAME = re.compile(r"(?:By\s+)?((?:[A-Z][a-z]+|[A-Z]\.)(?:[ -](?:[A-Z][a-z]+|[A-Z]\.)){1,3})")


def _name_of_byline(line: str) -> str | None:
    """The name of a byline that is a person's name alone (not "Office of the Spokesperson", "By Reuters Staff")."""
    match = BYLINE_NAME.fullmatch(line.strip())
    return match.group(1) if match and not {w.lower() for w in match.group(1).split()} & BYLINE_NOT_NAMES else None


BYLINE_NOT_NAMES = frozenset({"staff", "reporter", "correspondent", "desk", "news", "press", "agency", "office",
                              "bureau", "editor", "team", "service", "writer", "palace", "house", "communique",
                              "communiqué", "convocation", "statement", "declaration", "ministry", "embassy",
                              "council", "committee", "government", "department", "secretariat", "commission",
                              "parliament", "summit", "conference", "meeting", "times", "post", "daily", "herald"})


def _month_line(line: str, layout: Layout) -> bool:
    """`December 2004` (or `Lima, December 2004`) alone on its line: the period the report is from. No day is
    invented: the month's last day becomes the reference for "December 7"-style dates when nothing else dates it."""
    match = MONTH_YEAR_LINE.match(line)
    if not match:
        return False
    month, year = MONTHS[match.group("month").rstrip(".").lower()], int(match.group("year"))
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    layout.reference_date = layout.reference_date or following - dt.timedelta(days=1)
    if match.group("place") and not layout.dateline:
        layout.dateline = match.group("place")
    return True


def _is_title(line: str) -> bool:
    words = line.split()
    return (2 <= len(words) <= 30 and len(line) <= 220 and line[-1] not in ".,;:"
            and (line[0].isupper() or line[0].isdigit() and len(words) >= 3)  # "2008 G8 summit launched in ..."
            and not CREDIT_LINE.match(line) and not BYLINE.match(line))


def _is_standfirst(line: str) -> bool:
    """A sentence of summary above the story ("X will also call on Y." before "New Delhi: X arrived ..."), or a
    few short ones ("X, Y and Z ban nuclear weapons. Nuclear energy is allowed." before "Moscow (AsiaNews) -")."""
    sentences = len(re.findall(r"(?<![A-Z])[.!?][\"”’]?\s+[A-Z]", line)) + 1  # (an initial's full stop ends none)
    return line[-1] in END_PUNCT and (len(line.split()) <= 40 and sentences == 1 or len(line.split()) <= 30)


def _is_byline(line: str) -> bool:
    words = line.split()
    return bool(BYLINE.match(line) and len(words) <= 8) or (len(words) <= 6 and line[-1] not in END_PUNCT
                                                            and sum(w[0].isupper() for w in words) >= len(words) - 2)


def _dateline_line(line: str, layout: Layout, dry: bool = False) -> bool:
    """`Baku, July 16, AZERTAC` alone on its line: a place plus a date or an agency ("18:15 | Lima, Feb. 8.":
    the hour it was filed left out; "(Beijing, 23 December 1988)" in brackets)."""
    line = line[1:-1] if line.startswith("(") and line.endswith(")") else line
    match = DATELINE_LINE.match(re.sub(r"^\d{1,2}:\d{2}\s*\|\s*", "", line))
    if not match or len(line) > 80:
        return False
    agency = match.group("agency") or match.group("agency_word")
    agencies = _agencies(agency) if agency else []
    # "Caracas, Venezuela": a place and its country, both known, is one too (the regex may read the country as
    # an agency's name)
    region = match.group("region") or (match.group("agency_word") if not agencies else None)
    placed = region is not None and not match.group("agency") and _known_places(match.group("place")) \
        and _known_places(region)
    if not (match.group("date") or agencies or placed) or (agency and not agencies and not placed):
        return False
    if not dry:
        _set_dateline(layout, match.group("place"), match.group("date"), agencies, publisher=True)
    return True


def _date_first_line(line: str, layout: Layout) -> bool:
    """`April 3, 2019, The Kremlin, Moscow` alone on its line: a date, then a venue and its city; the
    last place is the dateline."""
    match = DATE_FIRST_LINE.match(line)
    if not match:
        return False
    _set_dateline(layout, match.group("places").split(",")[-1].strip(), match.group("date"), [], publisher=False)
    return True


def _take_dateline_prefix(line: str, layout: Layout) -> str:
    glued = _take_glued_dateline(line, layout)
    if glued != line:
        return glued
    colon = None if DATELINE_PREFIX.match(line) else _colon_dateline(line)  # a known place, checked there
    match = DATELINE_PREFIX.match(line) or colon or next(
        (m for m in (regex.match(line) for regex in (DATE_FIRST_PREFIX, DATELINE_SLASHED, DATELINE_CREDIT_FIRST,
                                                     DATELINE_STOP, DATELINE_YEAR_SLASHED, DATELINE_UNMARKED,
                                                     DATELINE_CREDIT_LAST)) if m),
        None)
    if not match:
        return _take_loose_dateline(line, layout)
    found = match.groupdict()
    place = match.group("place")
    date = found.get("date") or (f"{found['day']}, {found['year']}" if found.get("day") else None)
    agency = match.groupdict().get("agency") or match.groupdict().get("slashed")
    if agency and _full_date(agency):
        agency, date = None, agency  # "Port Moresby, Papua New Guinea (March 9, 2018) -"
    agencies = _agencies(agency) if agency else []
    shouting = place.upper() == place and sum(c.isalpha() for c in place) >= 2
    # "Geneva/Washington (ICRC) –": a body's release; "Maseru — President X ...": a known place and a spaced dash
    spaced = re.search(r"\s(?:--|[—–-])\s*$", line[:match.end()]) is not None
    known = colon is not None or (agency and not agencies or not agency and spaced) and _known_places(place) \
        or bool(found.get("region")) and _known_places(place) and _known_places(found["region"])  # "Baghdad, Iraq-"
    if not (shouting or date or agencies or known) or (agency and not agencies and not date and not known):
        return line                  # "SEOUL, May 7 (Korea.net) --" is a dateline; "Xi Jinping (left) -" is not
    _set_dateline(layout, _slashed_place(place, line[match.end():]), date, agencies, publisher=len(agencies) == 1)
    return line[match.end():]


# "DUSHANBE, 09.04.2020. (NIAT Khovar) –", "(UDHAYAM, COLOMBO) –", "SWAKOPMUND, 28 SEP (NAMPA) -", "DOHA, TGO: ...":
# parts split by commas, slashes or bars ("(FASTNEWS | COLOMBO) –") before a dash (spaced, unless long) or a colon
DATELINE_LOOSE = re.compile(r"^(?P<open>\()?(?P<head>[^()\n—–:]{2,80}?)\)?\s*"
                            r"(?:\((?P<agency>[^()]{1,60})\)\.?\s*)?(?P<end>\s(?:--|[—–-])|--|[—–]|:)\s*")
NUMERIC_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}\.?|\d{4}|\d{1,2}(?:st|nd|rd|th)?")


def _take_loose_dateline(line: str, layout: Layout) -> str:
    """A dateline of parts the fixed forms above miss: a place the gazetteer knows, first (or second, after a
    credit, inside brackets), then its region, a date in any form and a short credit. Taken only when something
    besides the place marks it (a date, a credit, capitals, brackets) and a sentence follows (or nothing)."""
    match = DATELINE_LOOSE.match(line)
    if not match:
        return line
    rest = line[match.end():]
    words_after = len(rest.split())
    if words_after and (words_after < (8 if match.group("end") == ":" else 5) or not rest[0].isupper()
                        and rest[0] not in "\"“"):
        return line
    parts = [p for p in (p.strip(" .") for p in re.split(r"[,/|]", match.group("head"))) if p]
    kinds = [_part_kind(p) for p in parts]
    if "place" not in kinds or len(kinds) > 6 or kinds.index("place") > int(bool(match.group("open"))) \
            or "other" in kinds:
        return line
    places = [p for p, kind in zip(parts, kinds, strict=True) if kind == "place"]
    dates = [p for p, kind in zip(parts, kinds, strict=True) if kind == "date"]
    marked = dates or match.group("agency") or match.group("open") or places[0].isupper() \
        or kinds.count("place") > 1 or "credit" in kinds
    if not marked:
        return line
    date = " ".join(dates) if any(re.search(r"[A-Za-z]", d) for d in dates) else None  # ("07/12/1998": which?)
    agencies = _agencies(match.group("agency")) if match.group("agency") else []
    if "/" in match.group("head") and len(places) > 1:  # "Beijing/Colombo, Jan 14:": filed from both, placing
        layout.credits.extend(a for a in agencies if a not in layout.credits)  # neither ("arrived here": which?)
        return rest
    _set_dateline(layout, places[0], date, agencies, publisher=len(agencies) == 1)
    return rest


def _part_kind(part: str) -> str:
    """A dateline part: a known place, a date ("28 SEP", "January 29. 2012", "09.04.2020"), a short credit
    ("TGO", "Asia-Plus") or other words."""
    words = part.split()
    if any(w.lower().rstrip(".") in MONTHS for w in words) and re.search(r"\d", part) or NUMERIC_DATE.fullmatch(part):
        return "date"
    if part[0].isupper() and _known_places(part):
        return "place"
    return "credit" if len(words) <= 2 and all(w[0].isupper() for w in words) else "other"


# "Islamabad-Prime Minister X on Monday lauded ...": a dateline glued to the sentence by a hyphen
GLUED_DATELINE = re.compile(r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)-(?P<next>[A-Z][a-z]+)\b")


def _take_glued_dateline(line: str, layout: Layout) -> str:
    """The place before the hyphen is a dateline when the gazetteer knows it as a city, the word after it is no
    place nor a nationality and the two are no one name ("Guinea-Bissau", "Belgrade-Pristina", "Bissau-Guinean"),
    and a sentence follows."""
    from newsgraph.ingest import titles
    from newsgraph.ingest.places import Places
    match = GLUED_DATELINE.match(line)
    if not match or len(line[match.start("next"):].split()) < 8:
        return line
    city = Places.load().lookup(match.group("place"))
    if city is None or city.kind != "place" or _known_places(match.group("next")) \
            or fold(match.group("next")) in titles.country_words() or _known_places(match.group(0)):
        return line
    _set_dateline(layout, match.group("place"), None, [], publisher=False)
    return line[match.start("next"):]


def _slashed_place(places: str, paragraph: str) -> str:
    """Of a release's places ("CHISINAU/SARAJEVO – X started his visit to the Republic of Moldova"), the one
    whose country the paragraph names: where it happened, not the seat of the body that tells of it; else
    the last ("Geneva/Washington (ICRC) – ...")."""
    from newsgraph.ingest import titles
    from newsgraph.ingest.places import Places
    names = places.split("/")
    if len(names) == 1:
        return places
    folded = fold(paragraph)
    said = {key for word, key in titles.country_words().items() if re.search(rf"\b{re.escape(word)}\b", folded)}
    there = [n for n in names if (p := Places.load().lookup(n)) is not None and (p.contained_in or p.key) in said]
    return there[0] if len(there) == 1 else names[-1]


def _colon_dateline(line: str):
    """A dateline ended by a colon, only of a known place in capitals, or in title case before a sentence
    ("Abu Dhabi: Sheikh X received ..."), or of any place with its day ("Peking University, Nov. 1, 2018: On
    October 26, ..."): not a transcript's "JULIE BISHOP:" or "Jordan: Yes."."""
    match = DATELINE_COLON.match(line)
    place = match.group("place") if match else ""
    sentence = len(line[match.end():].split()) >= 8 if match else False
    dated = sentence and match.group("date") is not None
    title = all(w.istitle() or w in _PARTICLES for w in place.split())
    return match if (place.isupper() or title and sentence) and (
        dated or _known_places(place.title())) else None


def _known_places(names: str) -> bool:
    """Every place of "Geneva/Washington" is a place the gazetteer knows."""
    from newsgraph.ingest.places import Places
    return all(Places.load().lookup(name) is not None for name in names.split("/"))


def _set_dateline(layout: Layout, place: str, date: str | None, agencies: list[str], publisher: bool) -> None:
    place = place[:-1] if re.search(r"[A-Za-z]{3}\.$", place) else place  # "YEREVAN. –" (not "Washington D.C.")
    layout.dateline = place.title() if place.isupper() and len(place) > 3 else place
    layout.credits.extend(a for a in agencies if a not in layout.credits)
    if publisher and agencies and not layout.publisher:
        layout.publisher = agencies[0]
    if date:
        layout.dateline_day = _full_date(date, layout.date)
        layout.date = layout.date or layout.dateline_day


def _full_date(text: str, published: dt.date | None = None) -> dt.date | None:
    """'July 15, 2025' -> date; 'May 7' only in the year of the `published` date, the latest such day
    not after it; otherwise None (left to the events' date resolution)."""
    match = re.search(r"(\d{4})", text)
    if not match and published is None:
        return None
    words = re.findall(r"[A-Za-z]+|\d+", text)
    month = next((MONTHS[w.lower()] for w in words if w.lower() in MONTHS), None)
    day = next((int(w) for w in words if w.isdigit() and len(w) <= 2), None)
    year = int(match.group(1)) if match else published.year - ((month or 0, day or 0) > (published.month, published.day))
    try:
        return dt.date(year, month, day) if month and day else None
    except ValueError:
        return None


def _agencies(text: str) -> list[str]:
    """Known agency names in a credit like 'Xinhua/AFP' or 'Reuters'; [] when any part is not an agency."""
    known = agency_names()
    parts = [p.strip() for p in re.split(r"\s*(?:/|,|\band\b|&)\s*", text) if p.strip()]
    names = [known.get(fold(p)) for p in parts]
    return names if names and all(names) else []


def _take_trailing_credits(lines: list[str], layout: Layout) -> list[str]:
    while lines and CREDIT_LINE.match(lines[-1]):
        source = re.match(r"^\(?\s*Source:\s*(.+?)\)?$", lines[-1], re.I)
        if source:
            layout.credits.extend(_agencies(source.group(1)))
        lines = lines[:-1]
    if not lines:
        return lines
    last = lines[-1]
    dash = DASH_CREDIT.search(last)
    if dash:
        name = dash.group("name").strip()
        known = agency_names().get(fold(name))
        if known or (name.upper() == name and sum(c.isalpha() for c in name) >= 3):
            outlet = known or name.title()
            layout.credits.append(outlet)
            layout.publisher = layout.publisher or outlet
            lines[-1] = last[:dash.start()].rstrip()
            return lines
    paren = PAREN_CREDIT.search(last)
    if paren:
        agencies = _agencies(paren.group("names"))
        if agencies:
            layout.credits.extend(a for a in agencies if a not in layout.credits)
            lines[-1] = last[:paren.start()].rstrip()
    return lines


def _unwrap(lines) -> list[str]:
    """Join hard-wrapped lines: a line without closing punctuation followed by one starting in lower case."""
    paragraphs: list[str] = []
    for line in lines:
        if paragraphs and paragraphs[-1][-1] not in END_PUNCT and line[0].islower():
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
    return paragraphs
