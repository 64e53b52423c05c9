"""Read a page: gather the evidence of every format, decide its kind, return opportunities."""

from __future__ import annotations

from typing import Any

from .content import judging_once
from .details import complete
from .errors import PageError
from .evidence import Evidence
from .kinds import decide


def _check(page: Any) -> dict[str, Any]:
    if not isinstance(page, dict):
        raise PageError("The page must be an object with a url and its content.")
    url = page.get("url")
    if url is not None and not isinstance(url, str):
        raise PageError("The page's url must be a string.")
    for key in ("html", "text", "title"):
        value = page.get(key)
        if value is not None and not isinstance(value, str | bytes):
            raise PageError(f"The page's {key} must be a string.")
    meta = page.get("meta")
    if meta is not None and not isinstance(meta, dict):
        raise PageError("The page's meta must be an object of name to content.")
    return page


def read_page(page: dict[str, Any]) -> dict[str, Any]:
    """Read a page into its kind and the opportunities on it."""
    with judging_once():  # the page's elements are judged chrome or not once a reading
        evidence = Evidence(_check(page))
        kind, opportunities = decide(evidence)
        if kind in ("job", "event") and opportunities:
            opportunities[0] = complete(opportunities[0], evidence)
    return {"page_kind": kind, "opportunities": opportunities}
