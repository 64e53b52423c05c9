"""Small pages written for the extraction tests, and what `read_page` takes from them."""

from __future__ import annotations

from api.core.extraction import read_page

URL = "https://example.test/page"


def read(html: str, url: str = URL) -> tuple[str, dict]:
    """The page's kind and its first opportunity (empty when there is none)."""
    result = read_page({"url": url, "html": html})
    return result["page_kind"], (result["opportunities"] or [{}])[0]


def page(title: str, body: str, head: str = "", lang: str = "en") -> str:
    return (f"<html lang={lang}><head><title>{title}</title>{head}</head><body>{body}</body>"
            "</html>")  # fmt: skip
