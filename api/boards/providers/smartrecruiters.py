"""SmartRecruiters: jobs.smartrecruiters.com/<company> and careers.smartrecruiters.com/<company>.

API: GET https://api.smartrecruiters.com/v1/companies/<company>/postings (the first 100)
  -> {"totalFound", "content": [{"id", "name", "company": {"name"},
       "location": {"city", "region", "country", "remote", "fullLocation"}}]}
"""

from __future__ import annotations

import re
from typing import Any

from api.boards.provider import Listing, Provider, records, text, total
from api.core.board import Opening

_POSTING = re.compile(r"(\d{6,})(?:-.*)?")
_NOT_BOARDS = frozenset({"oneclick-ui", "sr-jobs", "api"})


def locate(segments: list[str], query: dict[str, list[str]]) -> tuple[str, str | None] | None:
    """jobs.smartrecruiters.com/<company>/<posting id>-<slug>."""
    if not segments or segments[0].lower() in _NOT_BOARDS:
        return None
    found = _POSTING.fullmatch(segments[1]) if len(segments) > 1 else None
    return segments[0], found.group(1) if found else None


def read(payload: Any) -> Listing:
    if not isinstance(payload, dict):
        raise ValueError("expected an object with content")
    postings = records(payload.get("content"), "postings")
    openings = []
    for posting in postings:
        title = text(posting.get("name"))
        if not title:
            continue
        place = posting.get("location") if isinstance(posting.get("location"), dict) else {}
        country = text(place.get("country"))
        company = posting.get("company") if isinstance(posting.get("company"), dict) else {}
        ident = text(posting.get("id"))
        who = text(company.get("identifier"))
        openings.append(Opening(
            title=title,
            url=f"https://jobs.smartrecruiters.com/{who}/{ident}" if who and ident else None,
            location=_place_text(place),
            remote=place.get("remote") if isinstance(place.get("remote"), bool) else None,
            country=country.upper() if country and len(country) == 2 else None,
            id=ident,
        ))
    org = next(
        (text(p["company"].get("name")) for p in postings if isinstance(p.get("company"), dict)),
        None,
    )
    return Listing(total(payload.get("totalFound"), len(openings)), tuple(openings), org)


def _place_text(place: dict) -> str | None:
    # fullLocation can hold empty parts ("Szczecin, , Poland"): drop them.
    parts = [p.strip() for p in (text(place.get("fullLocation")) or "").split(",")]
    joined = ", ".join(p for p in parts if p)
    return joined or text(place.get("city"))


PROVIDER = Provider(
    name="smartrecruiters",
    site="SmartRecruiters",
    board_hosts=("jobs.smartrecruiters.com", "careers.smartrecruiters.com"),
    api_host="api.smartrecruiters.com",
    api_path="/v1/companies/{token}/postings",
    board_url="https://jobs.smartrecruiters.com/{token}",
    locate=locate,
    read=read,
)
