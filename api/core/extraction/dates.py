"""Dates: whatever a page writes, as ISO-8601 strings that keep the page's offset."""

from __future__ import annotations

import datetime as dt
import re

from .cues import DATE, DEADLINE, LANGUAGES, POSTED_LABEL, TIME, WEEKDAY

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A day named just before a dated day: "4. und 5. März", "4 and 5 May", "4.–5. März".
_EARLIER_DAY = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|\.)?\s{0,2}"
                          r"(?:und|and|et|y|a|&|[-\u2013])\s{0,2}$")  # fmt: skip
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SPACED_NUMERIC = re.compile(r"^(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d\d)")
# "May 14 - 22, 2031": the span's last day, of the same month (not a time: "- 22:00", "- 9pm").
_RANGE_DAY = re.compile(r"\s{0,3}[-\u2013\u2014]\s{0,3}(\d{1,2})(?:st|nd|rd|th)?\b"
                        r"(?![:.h]\d|\s{0,2}(?:[ap]\.?m|uhr|h\b|hodin|uur))(?=\s{0,3}(?:,|$|\n|(?:19|20)\d\d))",
                        re.I)  # fmt: skip
# The other end of a span of days: "30 Sept – 2 Oct 2026", "September 30 – October 2, 2026".
_RANGE_END = re.compile(rf"\s{{0,3}}(?:[-\u2013\u2014]|to|until|till|bis|au|al)\s{{0,3}}"
                        rf"(?P<end>{DATE.pattern})", re.I)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]{3}")
_SENTINEL_A = dt.datetime(1900, 1, 1, 0, 0)
_SENTINEL_B = dt.datetime(1904, 2, 2, 1, 1)


def as_iso(moment: dt.datetime | dt.date) -> str:
    """Format a date or datetime as ISO-8601, date-only when no time was given."""
    return moment.isoformat()


def iso_date(value: object, any_language: bool = False) -> str | None:
    """Return ``value`` as an ISO-8601 string, or None when it is not a date.

    ``any_language`` lets prose dates in other languages ("9. Dezember 2024") through
    dateparser, which is slow, so only after the fast readers fail.
    """
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if isinstance(value, dt.datetime | dt.date):
        return as_iso(value)
    if not isinstance(value, str):
        return None
    text = value.strip()[:80]
    if not text or not any(ch.isdigit() for ch in text):
        return None
    text = _SPACED_NUMERIC.sub(r"\1.\2.\3", text)  # "15. 10. 2026" -> "15.10.2026"
    if _ISO_DATE.match(text):
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    from dateutil import parser

    try:
        return as_iso(parser.isoparse(text))
    except (ValueError, OverflowError):
        pass
    loose = _parse_loose(text)
    # dateparser is only worth its cost when a year is there and a word may be a month.
    if loose or not any_language or not (_YEAR.search(text) and _WORD.search(text)):
        return loose
    return _parse_any_language(text)


def _parse_any_language(text: str) -> str | None:
    """Parse a date written in any language dateparser knows; day, month and year required."""
    import dateparser

    try:
        moment = dateparser.parse(text, languages=LANGUAGES,
                                  settings={"REQUIRE_PARTS": ["day", "month", "year"]})  # fmt: skip
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None
    if moment is None:
        return None
    if re.search(r"\d[:h.]\d\d|\d\s?[ap]\.?m", text, re.I):
        return moment.isoformat()
    return moment.date().isoformat()


def _parse_loose(text: str) -> str | None:
    """Parse a written date ("April 10, 2031 6pm"); None unless it names day, month and year."""
    from dateutil import parser

    # "02.11.2022" is the 2nd of November wherever dots are written; so is "25/12/2031".
    numeric = re.match(r"^\s*(\d{1,2})([./])(\d{1,2})[./]\d{2,4}", text)
    dayfirst = bool(numeric) and (numeric.group(2) == "." or int(numeric.group(1)) > 12)
    try:
        first = parser.parse(text, default=_SENTINEL_A, dayfirst=dayfirst)
        second = parser.parse(text, default=_SENTINEL_B, dayfirst=dayfirst)
    except (ValueError, OverflowError, TypeError):
        return None
    # Fields that differ between the two defaults were not in the text.
    if first.year != second.year or first.month != second.month or first.day != second.day:
        return None
    if first.hour != second.hour:
        return dt.date(first.year, first.month, first.day).isoformat()
    # "6pm" names the hour and not the minute: the minute is 0.
    return first.replace(minute=first.minute if first.minute == second.minute else 0).isoformat()


# A clock time as written: "6:30 PM", "8 p.m.", "18:00", "19h30", "6.30pm".
_MERIDIEM = r"(?P<{0}m>[ap])\.?\s?m\b\.?"
_CLOCK = (
    r"(?P<{0}h>[01]?\d|2[0-3])(?:(?:[:h](?P<{0}min>[0-5]\d))(?:\s?" + _MERIDIEM + r")?"
    r"|\.(?P<{0}dm>[0-5]\d)(?:\s?" + _MERIDIEM.replace("{0}m>", "{0}dm2>") + r")?|\s?"
    + _MERIDIEM.replace("{0}m>", "{0}m0>") + r"|(?P<{0}hs>h)\b)?"  # "10h" as French writes it
)
# Words after an hour that make it a clock time in the pages' languages: "16 Uhr", "16 hodin",
# "14 h", "16 uur".
_HOUR_WORD = r"(?:Uhr|hodin[ya]?|hod\.|h|horas|uur)"
# Units that also measure a duration ("8-10 hodin týdně", "2 a 3 horas") need the span opened
# as a time of day: "od 10 do 16 hodin", "de 10 a 14 horas", "van 10 tot 16 uur".
_CLOCK_ONLY_WORD = re.compile(r"^Uhr$", re.I)
_SPAN_OPENER = re.compile(r"\b(?:from|von|od|de|des|van|dalle|fr\u00e5n|ab|entre|between)"
                          r"\s{1,2}$", re.I)
# A currency beside a span of dotted numbers makes them prices ("12.50 - 15.00 EUR").
_MONEY_NEAR = re.compile(r"[$\u20ac\u00a3]|\b(?:eur|usd|gbp|chf|czk|k\u010d|kr|sek|nok|dkk)\b",
                         re.I)  # fmt: skip
# Two clock times joined as a span: "6:30 PM to 8:30 PM", "18:00–20:30", "6 - 8pm".
# "von 10 bis 16 Uhr", "od 10 do 16 hodin", "de 10h à 16h", "de 10 a 14 h", "van 10 tot 16 uur",
# "from 10am to 4pm", "kl. 10–16": the joining words of the pages' languages.
_SPAN = re.compile(
    r"(?<![\d:.,/])" + _CLOCK.format("a") + r"(?:\s?(?P<aunit>" + _HOUR_WORD + r")\b)?"
    + r"\s{0,3}(?:[-\u2013\u2014~]|\b(?:to|until|till|through|bis|\u00e0|do|a|tot|hasta"
    r"|jusqu['\u2019]\u00e0|al|alle|och)\b)\s{0,3}"
    + _CLOCK.format("b") + r"(?:\s?(?P<bunit>" + _HOUR_WORD + r")(?![\w'\u2019]))?(?![\d:/])",
    re.I,
)
# A single hour named as a time of day by the words around it: "um 19 Uhr", "ab 18 Uhr",
# "à 18h", "a las 18 h", "v 17 hodin", "om 19 uur", "kl. 18".
_WORDED_TIME = re.compile(
    r"(?:\b(?:um|ab|gegen|\u00e0|d\u00e8s|a\s{1,2}las|v|ve|od|om|alle|\u00e0s)\s{1,2}"
    r"(?P<h>[01]?\d|2[0-3])(?:h(?P<min>[0-5]\d)?|\s?(?:Uhr|h|hodin|hod\.|uur|horas))"
    r"|\b(?:kl|klockan|klo)\.?\s{1,2}(?P<kh>[01]?\d|2[0-3])"
    r"|(?<![\d:.])(?P<uh>[01]?\d|2[0-3])\s?Uhr)(?![\w:])",
    re.I,
)
# Words before a span of bare hours that make them clock times: "kl. 10–16", "klo 10-16".
_CLOCK_BEFORE = re.compile(r"\b(?:kl|klo|klockan)\.?\s{0,2}$", re.I)
# Time zones as pages write them after a time: abbreviations with one meaning, the
# generic North American names (their offset depends on the date), "UTC+2", "GMT-05:00".
_FIXED_ZONES = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 60, "BST": 60, "CET": 60, "CEST": 120,
    "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180, "EST": -300, "EDT": -240,
    "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    "AKST": -540, "AKDT": -480, "HST": -600, "JST": 540, "KST": 540, "SGT": 480,
    "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
}  # fmt: skip
_AREA_ZONES = {
    "ET": "America/New_York", "EASTERN": "America/New_York", "CT": "America/Chicago",
    "CENTRAL": "America/Chicago", "MT": "America/Denver", "MOUNTAIN": "America/Denver",
    "PT": "America/Los_Angeles", "PACIFIC": "America/Los_Angeles",
}  # fmt: skip
_ZONE = re.compile(
    r"(?<!\s)\s{0,3}(?:[(\[]\s{0,2})?(?:(?P<base>UTC|GMT)\s?(?P<sign>[+\-\u2212])\s?(?P<oh>\d{1,2})(?::?(?P<om>\d\d))?"
    r"|(?P<abbr>" + "|".join(sorted(_FIXED_ZONES, key=len, reverse=True)) + r")"
    r"|(?P<area>ET|CT|MT|PT|Eastern|Central|Mountain|Pacific)(?:\s+(?i:(?:standard\s+|daylight\s+)?time))?"
    r")(?![\w+\-])",
)
_ZONE_AREA_WORDS = re.compile(r"^(?:eastern|central|mountain|pacific)$", re.I)


def _clock(match: re.Match, side: str) -> tuple[int, int, str | None]:
    """(hour, minute, 'a'/'p'/None) of one side of a span."""
    group = match.groupdict()
    minute = group[f"{side}min"] or group[f"{side}dm"] or "0"
    meridiem = group[f"{side}m"] or group[f"{side}dm2"] or group[f"{side}m0"]
    return int(group[f"{side}h"]), int(minute), meridiem.lower() if meridiem else None


def _hour24(hour: int, meridiem: str | None) -> int | None:
    if meridiem is None:
        return hour
    if not 1 <= hour <= 12:
        return None
    return hour % 12 + (12 if meridiem == "p" else 0)


def _minutes(hour: int, minute: int, meridiem: str | None) -> int:
    return (_hour24(hour, meridiem) or 0) * 60 + minute


def time_span(text: str) -> tuple[tuple[int, int], tuple[int, int], re.Match] | None:
    """The first span of two clock times in ``text``: 24-hour (hour, minute) pairs and the match.

    A side with no am/pm takes the other's ("6:30 to 8:30 PM"), unless that puts the start
    after the end ("11:00 - 1:00 PM"); with neither, both must be 24-hour times with minutes.
    """
    for match in _SPAN.finditer(text):
        (h1, m1, am1), (h2, m2, am2) = _clock(match, "a"), _clock(match, "b")
        if am1 is None and am2 is None:
            before = text[max(0, match.start() - 10):match.start()]
            units = [u for u in (match.group("aunit"), match.group("bunit")) if u]
            hours_named = (any(_CLOCK_ONLY_WORD.match(u) for u in units)
                           or _CLOCK_BEFORE.search(before)
                           or ((units or match.group("ahs") or match.group("bhs"))
                               and _SPAN_OPENER.search(before)))
            dotted = match.group("adm") or match.group("bdm")
            if dotted and _MONEY_NEAR.search(text[max(0, match.start() - 3): match.end() + 5]):
                continue  # "12.50 - 15.00 €" is a range of prices
            if not ((match.group("amin") or match.group("adm"))
                    and (match.group("bmin") or match.group("bdm"))) and not hours_named:
                continue  # "9 - 12" is a range of numbers, not of times ("18.00–20.00" is)
        elif am1 is None and h1 <= 12:
            am1 = am2 if _minutes(h1, m1, am2) <= _minutes(h2, m2, am2) else "ap"[am2 == "a"]
        elif am2 is None and h2 <= 12:
            am2 = am1 if _minutes(h1, m1, am1) <= _minutes(h2, m2, am1) else "ap"[am1 == "a"]
        start, end = _hour24(h1, am1), _hour24(h2, am2)
        if start is None or end is None or (start, m1) == (end, m2):
            continue
        return (start, m1), (end, m2), match
    return None


def zone_after(text: str) -> dt.tzinfo | None:
    """The time zone written at the start of ``text``, right after a time ("MDT", "(UTC+2)")."""
    match = _ZONE.match(text)
    if not match:
        return None
    if match.group("base"):
        minutes = int(match.group("oh")) * 60 + int(match.group("om") or 0)
        if minutes > 14 * 60:
            return None
        sign = -1 if match.group("sign") in ("-", "\u2212") else 1
        return dt.timezone(dt.timedelta(minutes=sign * minutes))
    if match.group("abbr"):
        return dt.timezone(dt.timedelta(minutes=_FIXED_ZONES[match.group("abbr")]))
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    area = match.group("area").upper()
    if _ZONE_AREA_WORDS.match(area) and not re.search(r"time", match.group(0), re.I):
        return None  # "Pacific" alone may be an ocean or a company; "Pacific Time" is a zone
    try:
        zone = ZoneInfo(_AREA_ZONES[area])
    except ZoneInfoNotFoundError:
        return None
    return zone


def _with_zone(moment: str, zone: dt.tzinfo | None) -> str:
    if zone is None or len(moment) <= 10:
        return moment
    local = dt.datetime.fromisoformat(moment)
    if local.tzinfo is not None:
        return moment
    aware = local.replace(tzinfo=zone)
    # Named areas become their fixed offset on that day, so the value stays plain ISO-8601.
    return aware.replace(tzinfo=dt.timezone(aware.utcoffset())).isoformat()


def written_span(text: str, published: str | None = None, page_year: int | None = None,
                 day_first: bool = False) -> tuple[str | None, str | None]:  # fmt: skip
    """The first written date with its start and end times, as ISO-8601 (end may be None).

    "Thursday, April 17, 2031 \u00b7 6:30 PM to 8:30 PM MDT" gives
    ("2031-04-17T18:30:00-06:00", "2031-04-17T20:30:00-06:00"). On a post dated ``published``
    (ISO), that day is the post's, not the event's, and a day written without its year ("am
    4. März") is the first such day on or after it.

    A page with no date of its own as a post but a copyright year (``page_year``) gives that
    year to a day written without one, when no date on it has its year.

    With ``day_first`` (a page in a language that writes the day first), "05/04/2026" is the
    5th of April; otherwise it is the 4th of May unless its first number is over 12.
    """
    found = _written_span(text, published, None, day_first)
    if found[0] or not page_year or published:
        return found
    return _written_span(text, None, page_year, day_first)


_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})$")


def _day_first(written: str) -> str:
    """"05/04/2026" as the ISO day it is on a page that writes the day first."""
    match = _SLASHED.match(written)
    if not match:
        return written
    day, month, year = (int(group) for group in match.groups())
    year += 2000 if year < 100 else 0
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return written


def _written_span(text: str, published: str | None, page_year: int | None,
                  day_first: bool = False) -> tuple[str | None, str | None]:  # fmt: skip
    posted = _day(published)
    # A day written without a time (in the title, say) takes the time written with the same
    # day further on ("November 13, 2018 / 2:30 pm – 3:30 pm"); another day ends the search.
    bare: str | None = None
    bare_end: str | None = None
    for match in DATE.finditer(text[:5000]):
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[max(line_start, match.start() - 40): match.start()]
        if DEADLINE.search(before):
            continue  # "Deadline: 15 March": the last day to register, not the event's day
        if POSTED_LABEL.search(before):
            continue  # "Posted on 2 March 2016": the page's own day, not the event's
        written = match.group(0)
        last_day = None
        earlier = _EARLIER_DAY.search(text[max(0, match.start() - 14): match.start()])
        if earlier and re.match(r"\d", written):
            # "am 4. und 5. März", "4-5 May": the span starts on the first day named.
            last_day = written  # "4-5 May 2026": the span ends on the day written whole
            written = re.sub(r"^\d{1,2}", earlier.group(1), written)
        if not _YEAR.search(written):
            # "May 14 - 22, 2031": the year comes after the span; "September 30 – October 2,
            # 2026" after the other end of it, and "30 Dec – 2 Jan 2027" starts the year before.
            ended = _RANGE_END.match(text, match.end())
            later = _YEAR.search(text[match.end(): match.end() + 16])
            if ended and _YEAR.search(ended.group("end")):
                later = _YEAR.search(ended.group("end"))
                year = int(later.group(0))
                first = iso_date(f"{written} {year}", any_language=True)
                last = iso_date(ended.group("end"), any_language=True)
                if first and last and first[:10] > last[:10]:
                    year -= 1
                written = f"{written} {year}"
            else:
                written = f"{written} {later.group(0)}" if later else written
            if not later and posted:
                written = _in_year_after(written, posted)
            elif not later and page_year:
                written = _in_page_year(written, page_year)
        if day_first:
            written = _day_first(written)
        if posted and (iso_date(written, any_language=True) or "")[:10] == posted.isoformat():
            continue
        after = text[match.end(): match.end() + 60]
        time = TIME.search(after[:40])
        clock = time.group(0) if time else None
        worded = None if time else _WORDED_TIME.search(after[:40])
        if worded:  # "um 19 Uhr", "à 18h", "v 17 hodin": the clock as digits for the parsers
            hour = worded.group("h") or worded.group("kh") or worded.group("uh")
            time, clock = worded, f"{int(hour):02d}:{worded.group('min') or '00'}"
        span = time_span(after)
        if span is None and time is None:
            # "from 10am to 4pm on Saturday, March 7": the hours just before the day.
            ahead = text[max(line_start, match.start() - 60): match.start()]
            prior = time_span(ahead)
            if prior and len(ahead) - prior[2].end() <= 20:
                span = prior[0], prior[1], re.match("", after)
        # A span wins over a single time it starts at ("kl. 10–16" is the span, not "kl. 10").
        if span and (time is None or span[2].start() <= (worded.end() if worded else time.start())):
            day = iso_date(written, any_language=True)
            if day:
                date = dt.date.fromisoformat(day[:10])
                (h1, m1), (h2, m2), found = span
                start = dt.datetime.combine(date, dt.time(h1, m1))
                end = dt.datetime.combine(date, dt.time(h2, m2))
                if end <= start:
                    end += dt.timedelta(days=1)  # "22:00 - 02:00" ends after midnight
                if bare and bare != day[:10]:
                    return bare, None
                zone = zone_after(after[found.end():])
                return _with_zone(start.isoformat(), zone), _with_zone(end.isoformat(), zone)
        candidates = [f"{written} {clock}"] if time else []
        candidates.append(written)
        for candidate in candidates:
            written_time = re.sub(r"(\d)\.(\d\d)\s*(?=[ap]m)", r"\1:\2", candidate)
            moment = iso_date(written_time, any_language=True)
            if moment:
                if bare and bare != moment[:10]:
                    return bare, bare_end
                if len(moment) <= 10:
                    if not bare:
                        bare, bare_end = moment, (_span_end(text, match.end(), moment)
                                                  or _whole_day(last_day, moment))
                    break
                if time and candidate is candidates[0] and len(moment) > 10:
                    moment = _with_zone(moment, zone_after(after[time.end():]))
                return moment, None
    return bare, bare_end


def _whole_day(written: str | None, start: str) -> str | None:
    """The last day of "4-5 May 2026" (``written`` "5 May 2026"), when after ``start``."""
    if not written:
        return None
    if not _YEAR.search(written):
        written = f"{written} {start[:4]}"
    last = (iso_date(written, any_language=True) or "")[:10]
    return last if last > start[:10] else None


def _span_end(text: str, at: int, start: str) -> str | None:
    """The last day of a span of days written from ``at`` on ("– Sun 31 January 2016", "–
    2 Oct 2026"), after ``start`` and within a year of it; else None."""
    ended = _RANGE_END.match(text, at)
    if ended:
        written = ended.group("end")
        if not _YEAR.search(written):
            written = f"{written} {start[:4]}"
        last = (iso_date(written, any_language=True) or "")[:10]
    else:
        day = _RANGE_DAY.match(text, at)  # "May 14 - 22, 2031": a day of the same month
        if not day:
            return None
        try:
            last = dt.date.fromisoformat(start[:10]).replace(day=int(day.group(1))).isoformat()
        except ValueError:
            return None
    if not last or last <= start[:10]:
        return None
    days = (dt.date.fromisoformat(last) - dt.date.fromisoformat(start[:10])).days
    return last if days <= 366 else None


def written_moment(text: str) -> str | None:
    """The first written date (with its time, if one follows) as ISO-8601."""
    return written_span(text)[0]


def _day(value: str | None) -> dt.date | None:
    moment = iso_date(value) if value else None
    return dt.date.fromisoformat(moment[:10]) if moment else None


def _in_year_after(written: str, posted: dt.date) -> str:
    """A day and month given a year: the post's, or the next when that day had passed."""
    for year in (posted.year, posted.year + 1):
        day = iso_date(f"{written} {year}", any_language=True)
        if day and dt.date.fromisoformat(day[:10]) >= posted:
            return f"{written} {year}"
    return written


def _in_page_year(written: str, page_year: int) -> str:
    """A day and month on a page of ``page_year`` (its copyright year): a weekday written with
    them names the year (Thu, Apr 14 is 2016 or 2022); without one, the page's year."""
    weekday = WEEKDAY.search(written)
    if not weekday:
        return f"{written} {page_year}"
    for year in (page_year, page_year - 1, page_year + 1):
        day = iso_date(f"{written} {year}", any_language=True)
        if day and _weekday_agrees(weekday.group(0), dt.date.fromisoformat(day[:10])):
            return f"{written} {year}"
    return written


def _weekday_agrees(name: str, day: dt.date) -> bool:
    import dateparser

    named = dateparser.parse(name, languages=LANGUAGES)
    return named is not None and named.weekday() == day.weekday()


SERIES_LINES = 40  # the lines under a title where a series lists its dates


def series_dates(lines: list[str]) -> list[str]:
    """The dates of a series, one a line under the title ("Fri, Jul 4 2025, 11am - 3pm",
    "Fri, Jul 18 2025 …"), as ISO days in order; [] unless two or more, not back to back
    (the days of one event running on are its span, not a series)."""
    days: list[str] = []
    for line in lines[:SERIES_LINES]:
        match = DATE.match(line)
        if not match or not _YEAR.search(match.group(0)):
            continue
        written = [match.group(0)]
        if len(line) <= 200:
            # A line of date chips side by side ("Sat 4th Oct 2025 14:00 Sat 1st Nov 2025
            # 14:00"): every day on it, when it holds nothing but days and times.
            every = [m.group(0) for m in DATE.finditer(line)]
            rest = TIME.sub(" ", DATE.sub(" ", line))
            # "Sat 13 June 2015 - Sun 31 January 2016" is one event's span, not two days.
            if len(every) > 1 and not re.search(r"[^\W\d_]{3}|[-\u2013\u2014]|\b(?:to|bis|au|al|a"
                                                r"|till|until|through)\b", rest, re.I):
                written = every
        for text in written:
            day = iso_date(text, any_language=True) if _YEAR.search(text) else None
            if day and day[:10] not in days:
                days.append(day[:10])
    days.sort()
    if len(days) < 2:
        return []
    first, second = (dt.date.fromisoformat(d) for d in days[:2])
    return days if (second - first).days > 1 else []
