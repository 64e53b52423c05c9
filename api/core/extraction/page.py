"""Read a page: gather the evidence of every format, decide its kind, return opportunities."""

from __future__ import annotations

from typing import Any

from .errors import PageError
from .jsonld import Graph, parse_blocks
from .markup import Document, decode_html
from .schema import is_opportunity, read_item


def _check(page: Any) -> dict[str, Any]:
    if not isinstance(page, dict):
        raise PageError("The page must be an object with a url and its content.")
    url = page.get("url")
    if url is not None and not isinstance(url, str):
        raise PageError("The page's url must be a string.")
    return page


def opportunities_from_jsonld(values: list[Any], page_url: str | None) -> list[dict[str, Any]]:
    """Read every JobPosting and Event in simplified JSON-LD values."""
    graph = Graph(values)
    nodes = graph.nodes(is_opportunity)
    return [read_item(node, "jsonld", page_url, graph.resolve) for node in nodes]


def read_page(page: dict[str, Any]) -> dict[str, Any]:
    """Read a page into its kind and the opportunities on it."""
    page = _check(page)
    url = page.get("url") or None
    values = parse_blocks(page.get("jsonld")) if page.get("jsonld") is not None else []
    html = decode_html(page.get("html"))
    if html:
        values += parse_blocks(Document(html).jsonld_scripts())
    found = opportunities_from_jsonld(values, url)
    found = _unique(found)
    if not found:
        return {"page_kind": "other", "opportunities": []}
    if len(found) == 1:
        return {"page_kind": found[0]["kind"], "opportunities": found}
    return {"page_kind": "list", "opportunities": found}


def _unique(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop repeats of the same opportunity (the same item in two blocks)."""
    seen, unique = set(), []
    for item in found:
        key = (item["kind"], item["title"].lower(), item["start"], item["url"])
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique
