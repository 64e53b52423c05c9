"""Lever: jobs.lever.co/<company> (and jobs.eu.lever.co for boards hosted in the EU).

API: GET https://api.lever.co/v0/postings/<company>?mode=json
  -> [{"id", "text", "hostedUrl", "categories": {"location", "allLocations"},
       "workplaceType": "remote"|"hybrid"|"onsite"|"unspecified", "country"}]
"""

from __future__ import annotations

import re
from typing import Any

from api.boards.provider import Listing, Provider, records, text
from api.core.board import Opening

_POSTING = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_COUNTRY = re.compile(r"[A-Z]{2}")


def locate(segments: list[str], query: dict[str, list[str]]) -> tuple[str, str | None] | None:
    """jobs.lever.co/<company>/<posting uuid>[/apply]."""
    if not segments:
        return None
    posting = segments[1] if len(segments) > 1 and _POSTING.fullmatch(segments[1]) else None
    return segments[0], posting


def read(payload: Any) -> Listing:
    openings = []
    for posting in records(payload, "postings"):
        title = text(posting.get("text"))
        if not title:
            continue
        categories = posting.get("categories")
        categories = categories if isinstance(categories, dict) else {}
        kind = text(posting.get("workplaceType"))
        country = text(posting.get("country"))
        openings.append(Opening(
            title=title, url=text(posting.get("hostedUrl"), 500),
            location=text(categories.get("location")),
            remote={"remote": True, "onsite": False, "hybrid": False}.get(kind or ""),
            country=country if country and _COUNTRY.fullmatch(country) else None,
            id=text(posting.get("id")),
        ))
    return Listing(len(openings), tuple(openings))


PROVIDER = Provider(
    name="lever",
    site="Lever",
    board_hosts=("jobs.lever.co",),
    api_host="api.lever.co",
    api_path="/v0/postings/{token}?mode=json",
    board_url="https://jobs.lever.co/{token}",
    locate=locate,
    read=read,
)

# Lever keeps EU customers' boards apart, with an API of their own.
PROVIDER_EU = Provider(
    name="lever_eu",
    site="Lever",
    board_hosts=("jobs.eu.lever.co",),
    api_host="api.eu.lever.co",
    api_path=PROVIDER.api_path,
    board_url="https://jobs.eu.lever.co/{token}",
    locate=locate,
    read=read,
)
