"""The opportunity: a job or an event, normalized from whatever page it came from.

This is the contract between extraction (page -> opportunities) and the value model
(opportunity + profile -> estimate). It is plain JSON-friendly data so that it can be
hashed, cached and sent over HTTP unchanged.

Shape (every field optional except ``kind`` and ``title``)::

    {
      "kind": "job" | "event",
      "title": str,
      "organization": str | None,        # the employer or organizer, never the board or site
      "via": str | None,                 # the job board, ticket site or platform it sits on
      "is_agency": bool,                 # a staffing agency posting for a client
      "language": str | None,            # the page's language, ISO 639-1 ("en", "de")
      "description": str,                # clean text, paragraphs joined by "\n"
      "url": str | None,
      "location": {"text": str|None,     # the page's words for the place
                   "locality": str|None,   # the city
                   "region": str|None,     # state or province (ISO 3166-2 suffix or name)
                   "country": str|None,    # ISO 3166-1 alpha-2 ("US", "CZ")
                   "remote": bool, "hybrid": bool, "online": bool,
                   "remote_scope": None | {     # for remote work: where applicants must live
                       "anywhere": bool,
                       "countries": [str],      # ISO 3166-1 alpha-2
                       "regions": [str],        # "EU", "EMEA", "Americas", "US-CA", ...
                       "timezones": [str],      # as written ("UTC-5 to UTC+1", "CET")
                       "evidence": str},        # the page's words
                   "evidence": str|None},  # the page's words the place was read from
      "date_posted": ISO-8601 str | None,
      "valid_through": ISO-8601 str | None,
      "start": ISO-8601 str | None,      # with offset when the page gives one; the next date
      "end": ISO-8601 str | None,
      "other_dates": [ISO-8601 str],     # the other dates of a series
      "pay": {"min": float|None, "max": float|None, "currency": str|None,
              "period": "HOUR"|"DAY"|"WEEK"|"MONTH"|"YEAR"|None} | None,
      "price": {"min": float|None, "max": float|None, "currency": str|None,
                "free": bool} | None,
      "employment_type": [str],          # FULL_TIME, PART_TIME, CONTRACTOR, INTERN, ...
      "event_type": str | None,          # schema.org type: SocialEvent, BusinessEvent, ...
      "status": "scheduled"|"cancelled"|"postponed"|"rescheduled"|"moved_online"
                |"closed"|"past"|None,  # closed: no longer accepting applications or
                                        # registrations; past: the page says it took place
      "attendance_mode": "offline"|"online"|"mixed"|None,
      "capacity": int | None,            # maximumAttendeeCapacity or read from prose
      "counts": {"open_roles": int|None, "employers": int|None,
                 "attendees": int|None},  # numbers read from prose ("40+ roles")
      "speakers": [str],                 # performers / speakers / hosts
      "skills": [str],                   # skills the page lists as such
      "sources": {field: "jsonld"|"microdata"|"rdfa"|"microformat"|"opengraph"|"meta"|"text"
                  |"embedded"|"url"},
      "evidence": {field: str}           # the page's words a field was read from
    }
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

KINDS = ("job", "event")

EMPTY_LOCATION: dict[str, Any] = {
    "text": None,
    "locality": None,
    "region": None,
    "country": None,
    "remote": False,
    "hybrid": False,
    "online": False,
    "remote_scope": None,
    "evidence": None,
}


def blank(kind: str, title: str = "") -> dict[str, Any]:
    """Return an opportunity of ``kind`` with every field present and empty."""
    return {
        "kind": kind,
        "title": title,
        "organization": None,
        "via": None,
        "is_agency": False,
        "language": None,
        "description": "",
        "url": None,
        "location": dict(EMPTY_LOCATION),
        "date_posted": None,
        "valid_through": None,
        "start": None,
        "end": None,
        "other_dates": [],
        "pay": None,
        "price": None,
        "employment_type": [],
        "event_type": None,
        "status": None,
        "attendance_mode": None,
        "capacity": None,
        "counts": {"open_roles": None, "employers": None, "attendees": None},
        "speakers": [],
        "skills": [],
        "sources": {},
        "evidence": {},
    }


def complete(opportunity: dict[str, Any]) -> dict[str, Any]:
    """Fill the fields a partial opportunity leaves out, keeping what it has."""
    full = blank(opportunity.get("kind", "job"), opportunity.get("title") or "")
    for key, value in opportunity.items():
        if key in ("location", "counts") and isinstance(value, dict):
            full[key] = {**full[key], **{k: v for k, v in value.items() if k in full[key]}}
        elif key in full and value is not None:
            full[key] = value
    return full


def content_hash(opportunity: dict[str, Any]) -> str:
    """Return a stable hash of an opportunity's content (the cache key's core)."""
    canonical = json.dumps(opportunity, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# --- The same shape, typed (for readers and type checkers; the data stays plain JSON) ---

from typing import Literal, TypedDict  # noqa: E402


class RemoteScope(TypedDict, total=False):
    anywhere: bool
    countries: list[str]
    regions: list[str]
    timezones: list[str]
    evidence: str


class Location(TypedDict, total=False):
    text: str | None
    locality: str | None
    region: str | None
    country: str | None
    remote: bool
    hybrid: bool
    online: bool
    remote_scope: RemoteScope | None
    evidence: str | None


class Amount(TypedDict, total=False):
    min: float | None
    max: float | None
    currency: str | None
    period: str | None
    free: bool


class Counts(TypedDict, total=False):
    open_roles: int | None
    employers: int | None
    attendees: int | None


class Opportunity(TypedDict, total=False):
    """A job or an event as the model reads it (see the module docstring for each field)."""

    kind: Literal["job", "event"]
    title: str
    organization: str | None
    via: str | None
    is_agency: bool
    language: str | None
    description: str
    url: str | None
    location: Location
    date_posted: str | None
    valid_through: str | None
    start: str | None
    end: str | None
    other_dates: list[str]
    pay: Amount | None
    price: Amount | None
    employment_type: list[str]
    event_type: str | None
    status: str | None
    attendance_mode: str | None
    capacity: int | None
    counts: Counts
    speakers: list[str]
    skills: list[str]
    sources: dict[str, str]
    evidence: dict[str, str]
