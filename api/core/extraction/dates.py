"""Dates: whatever a page writes, as ISO-8601 strings that keep the page's offset."""

from __future__ import annotations

import datetime as dt
import re

from .cues import DATE, TIME

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WORD = re.compile(r"[^\W\d_]{3}")
# The languages of the pages we meet; naming them spares dateparser loading every locale.
LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt", "cs", "pl", "sv", "da"]
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
    if first.hour != second.hour or first.minute != second.minute:
        return dt.date(first.year, first.month, first.day).isoformat()
    return first.isoformat()


def written_moment(text: str) -> str | None:
    """The first written date (with its time, if one follows) as ISO-8601."""
    for match in DATE.finditer(text[:5000]):
        written = match.group(0)
        if not _YEAR.search(written):
            # "May 14 - 22, 2031": the year comes after the span.
            later = _YEAR.search(text[match.end(): match.end() + 16])
            written = f"{written} {later.group(0)}" if later else written
        time = TIME.search(text[match.end(): match.end() + 40])
        candidates = [f"{written} {time.group(0)}"] if time else []
        candidates.append(written)
        for candidate in candidates:
            written_time = re.sub(r"(\d)\.(\d\d)\s*(?=[ap]m)", r"\1:\2", candidate)
            moment = iso_date(written_time, any_language=True)
            if moment:
                return moment
    return None
