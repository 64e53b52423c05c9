"""The opportunity: a job or an event, normalized from whatever page it came from.

This is the contract between extraction (page -> opportunities) and the value model
(opportunity + profile -> estimate). It is plain JSON-friendly data so that it can be
hashed, cached and sent over HTTP unchanged.

Shape (every field optional except ``kind`` and ``title``)::

    {
      "kind": "job" | "event",
      "title": str,
      "organization": str | None,        # hiring company or organizer
      "is_agency": bool,                 # a staffing agency posting for a client
      "description": str,                # clean text, paragraphs joined by "\n"
      "url": str | None,
      "location": {"text": str|None, "locality": str|None, "region": str|None,
                   "country": str|None, "remote": bool, "hybrid": bool,
                   "online": bool},
      "date_posted": ISO-8601 str | None,
      "valid_through": ISO-8601 str | None,
      "start": ISO-8601 str | None,      # with offset when the page gives one
      "end": ISO-8601 str | None,
      "pay": {"min": float|None, "max": float|None, "currency": str|None,
              "period": "HOUR"|"DAY"|"WEEK"|"MONTH"|"YEAR"|None} | None,
      "price": {"min": float|None, "max": float|None, "currency": str|None,
                "free": bool} | None,
      "employment_type": [str],          # FULL_TIME, PART_TIME, CONTRACTOR, INTERN, ...
      "event_type": str | None,          # schema.org type: SocialEvent, BusinessEvent, ...
      "status": "scheduled"|"cancelled"|"postponed"|"rescheduled"|"moved_online"|None,
      "attendance_mode": "offline"|"online"|"mixed"|None,
      "capacity": int | None,            # maximumAttendeeCapacity or read from prose
      "counts": {"open_roles": int|None, "employers": int|None,
                 "attendees": int|None},  # numbers read from prose ("40+ roles")
      "speakers": [str],                 # performers / speakers / hosts
      "skills": [str],                   # skills the page lists as such
      "sources": {field: "jsonld"|"microdata"|"rdfa"|"microformat"|"opengraph"|"meta"|"text"}
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
}


def blank(kind: str, title: str = "") -> dict[str, Any]:
    """Return an opportunity of ``kind`` with every field present and empty."""
    return {
        "kind": kind,
        "title": title,
        "organization": None,
        "is_agency": False,
        "description": "",
        "url": None,
        "location": dict(EMPTY_LOCATION),
        "date_posted": None,
        "valid_through": None,
        "start": None,
        "end": None,
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
