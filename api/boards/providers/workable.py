"""Workable: apply.workable.com/<account>.

API (the public widget API its career pages use):
GET https://apply.workable.com/api/v1/widget/accounts/<account>
  -> {"name", "jobs": [{"title", "shortcode", "url", "telecommuting", "city", "state",
                        "country"}]}
"""

from __future__ import annotations

from typing import Any

from api.boards.provider import Listing, Provider, records, text
from api.core.board import Opening

_NOT_BOARDS = frozenset({"api", "j"})


def locate(segments: list[str], query: dict[str, list[str]]) -> tuple[str, str | None] | None:
    """apply.workable.com/<account>/j/<shortcode>[/apply]."""
    if not segments or segments[0].lower() in _NOT_BOARDS:
        return None
    posting = segments[2] if len(segments) > 2 and segments[1] == "j" else None
    return segments[0], posting


def read(payload: Any) -> Listing:
    if not isinstance(payload, dict):
        raise ValueError("expected an object with jobs")
    openings = []
    for job in records(payload.get("jobs"), "jobs"):
        title = text(job.get("title"))
        if not title:
            continue
        parts = [text(job.get(k)) for k in ("city", "state", "country")]
        remote = job.get("telecommuting")
        openings.append(Opening(
            title=title, url=text(job.get("url") or job.get("shortlink"), 500),
            location=", ".join(p for p in parts if p) or None,
            remote=True if remote is True else None, id=text(job.get("shortcode")),
        ))
    return Listing(len(openings), tuple(openings), text(payload.get("name")))


PROVIDER = Provider(
    name="workable",
    site="Workable",
    board_hosts=("apply.workable.com",),
    api_host="apply.workable.com",
    api_path="/api/v1/widget/accounts/{token}",
    board_url="https://apply.workable.com/{token}",
    locate=locate,
    read=read,
)
