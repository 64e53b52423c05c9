"""Ashby: jobs.ashbyhq.com/<organization>.

API: GET https://api.ashbyhq.com/posting-api/job-board/<organization>
  -> {"jobs": [{"id", "title", "location", "isRemote", "workplaceType", "jobUrl", "isListed",
                "address": {"postalAddress": {"addressCountry"}}}]}
"""

from __future__ import annotations

import re
from typing import Any

from api.boards.provider import Listing, Provider, records, text
from api.core.board import Opening

_POSTING = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_NOT_BOARDS = frozenset({"api", "embed"})


def locate(segments: list[str], query: dict[str, list[str]]) -> tuple[str, str | None] | None:
    """jobs.ashbyhq.com/<organization>/<posting uuid>[/application]."""
    if not segments or segments[0].lower() in _NOT_BOARDS:
        return None
    posting = segments[1] if len(segments) > 1 and _POSTING.fullmatch(segments[1]) else None
    return segments[0], posting


def read(payload: Any) -> Listing:
    if not isinstance(payload, dict):
        raise ValueError("expected an object with jobs")
    openings = []
    for job in records(payload.get("jobs"), "jobs"):
        title = text(job.get("title"))
        if not title or job.get("isListed") is False:  # unlisted roles are not open to all
            continue
        remote = job.get("isRemote") if isinstance(job.get("isRemote"), bool) else None
        if text(job.get("workplaceType")) == "Remote":
            remote = True
        openings.append(Opening(
            title=title, url=text(job.get("jobUrl"), 500), location=text(job.get("location")),
            remote=remote, id=text(job.get("id")),
        ))
    return Listing(len(openings), tuple(openings))


PROVIDER = Provider(
    name="ashby",
    site="Ashby",
    board_hosts=("jobs.ashbyhq.com",),
    api_host="api.ashbyhq.com",
    api_path="/posting-api/job-board/{token}",
    board_url="https://jobs.ashbyhq.com/{token}",
    locate=locate,
    read=read,
)
