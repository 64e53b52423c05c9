"""Greenhouse: boards.greenhouse.io/<token>, job-boards.greenhouse.io/<token>, and embeds.

API: GET https://boards-api.greenhouse.io/v1/boards/<token>/jobs
  -> {"jobs": [{"id", "title", "absolute_url", "location": {"name"}, "company_name"?}],
      "meta": {"total"}}
"""

from __future__ import annotations

from typing import Any

from api.boards.provider import Listing, Provider, records, text, total
from api.core.board import Opening

# Paths under the board hosts that are not boards.
_NOT_BOARDS = frozenset({"embed", "v1", "api", "jobs", "static", "assets"})


def locate(segments: list[str], query: dict[str, list[str]]) -> tuple[str, str | None] | None:
    """<host>/<token>/jobs/<id>, or an embed: /embed/job_app?for=<token>&token=<id>."""
    if segments and segments[0] == "embed":
        token = (query.get("for") or [None])[0]
        posting = (query.get("token") or [None])[0]
        return (token, posting if posting and posting.isdigit() else None) if token else None
    if not segments or segments[0].lower() in _NOT_BOARDS:
        return None
    posting = segments[2] if len(segments) > 2 and segments[1] == "jobs" else None
    return segments[0], posting if posting and posting.isdigit() else None


def read(payload: Any) -> Listing:
    if not isinstance(payload, dict):
        raise ValueError("expected an object with jobs")
    jobs = records(payload.get("jobs"), "jobs")
    openings = []
    for job in jobs:
        title = text(job.get("title"))
        if not title:
            continue
        place = text((job.get("location") or {}).get("name")) if isinstance(
            job.get("location"), dict) else None
        openings.append(Opening(
            title=title, url=text(job.get("absolute_url"), 500), location=place,
            remote=_says_remote(place), id=str(job["id"]) if job.get("id") is not None else None,
        ))
    meta = payload.get("meta") if isinstance(payload.get("meta"), dict) else {}
    org = next((text(j.get("company_name")) for j in jobs if text(j.get("company_name"))), None)
    return Listing(total(meta.get("total"), len(openings)), tuple(openings), org)


def _says_remote(place: str | None) -> bool | None:
    # Greenhouse has no remote flag: offices named "Remote" are how boards say it.
    if not place:
        return None
    return True if "remote" in place.lower() else None


PROVIDER = Provider(
    name="greenhouse",
    site="Greenhouse",
    board_hosts=("boards.greenhouse.io", "job-boards.greenhouse.io"),
    api_host="boards-api.greenhouse.io",
    api_path="/v1/boards/{token}/jobs",
    board_url="https://job-boards.greenhouse.io/{token}",
    locate=locate,
    read=read,
)
