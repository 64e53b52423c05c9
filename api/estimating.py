"""From requests to estimates: read the page, analyse (through the cache), personalize.

Plain Python: the HTTP views and the command line both call these functions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from api.boards import find_board
from api.cache import CacheUnavailable, cache_key
from api.core import model
from api.core.extraction import PageError, read_page
from api.core.opportunity import complete, content_hash


class NotAListing(ValueError):
    """The page holds no single job or event to estimate."""


def opportunity_of(item: dict[str, Any]) -> dict[str, Any]:
    """Return the one opportunity an item names: given outright, or read off its page."""
    if item.get("opportunity") is not None:
        return complete(item["opportunity"])
    reading = read_page(item["page"])
    kind, found = reading["page_kind"], reading["opportunities"]
    if kind == "list" and len(found) == 1:
        return found[0]  # a list of one (a job pane beside its own link) is that listing
    if kind == "list":
        raise NotAListing(
            f"This page lists {len(found) or 'several'} jobs or events, not one. Open one of "
            "them, or send them to POST /v1/estimates/batch (POST /v1/extract reads them)."
        )
    if kind not in ("job", "event") or not found:
        raise NotAListing(
            "No job posting or event was found on this page. Send a job or event page "
            "(its JSON-LD, HTML or text), or an opportunity."
        )
    return found[0]


def estimate_items(
    items: list[dict[str, Any]],
    profile: dict[str, Any] | None,
    cache,
    today: dt.date | None = None,
    prefix: str = "wal",
    boards=None,
) -> list[dict[str, Any]]:
    """Estimate each item; an item that cannot be estimated gets an error, not an exception.

    ``boards`` (api.boards.Boards, optional) reads the employers' job boards the items sit on.
    """
    results: list[dict[str, Any] | None] = [None] * len(items)
    opportunities: dict[int, dict[str, Any]] = {}
    for index, item in enumerate(items):
        try:
            opportunities[index] = opportunity_of(item)
        except (NotAListing, PageError) as exc:
            results[index] = {"error": {"status": 422, "message": str(exc)}}

    keys = {
        index: cache_key(prefix, model.MODEL_VERSION, content_hash(opportunity))
        for index, opportunity in opportunities.items()
    }
    status = "miss"
    try:
        cached = dict(zip(keys, cache.get_many(list(keys.values())), strict=True))
    except CacheUnavailable:
        cached, status = {}, "off"

    on_board = {}
    if boards is not None:  # the employers' own boards, within a small time budget
        refs = [find_board(items[i].get("page"), o) for i, o in opportunities.items()]
        on_board = dict(zip(opportunities, boards.look_up(refs), strict=True))

    fresh: dict[str, dict] = {}
    for index, opportunity in opportunities.items():
        analysis = cached.get(index)
        hit = analysis is not None
        if not hit:
            analysis = fresh.get(keys[index]) or model.analyse(opportunity)
            fresh[keys[index]] = analysis
        answer = model.estimate(opportunity, analysis, profile, today=today,
                                board=on_board.get(index))
        answer["cache"] = "hit" if hit else status
        results[index] = answer

    if fresh and status != "off":
        try:
            cache.set_many(fresh)
        except CacheUnavailable:
            for index in opportunities:
                if results[index]["cache"] == "miss":
                    results[index]["cache"] = "off"
    return results  # type: ignore[return-value]
