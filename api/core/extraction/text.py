"""Clean text: HTML fragments to lines, whitespace tidied."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# Elements that end a line of text when they close (or open).
BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer "
    "blockquote pre dd dt dl hr address figure figcaption main aside nav form".split()
)
# Elements whose content is never text a person reads.
HIDDEN_TAGS = frozenset("script style noscript template svg head iframe object".split())

MAX_FRAGMENT_CHARS = 500_000

_SPACE = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_ESCAPED_TAG = re.compile(r"&lt;/?[a-zA-Z][^&]{0,200}?&gt;")
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]*>")


def squash(value: object) -> str:
    """Return ``value`` as one line with single spaces."""
    if value is None:
        return ""
    return " ".join(str(value).split())


def lines_of(value: str) -> list[str]:
    """Split text into tidy non-empty lines."""
    out = []
    for line in value.splitlines():
        line = _SPACE.sub(" ", line).strip()
        if line:
            out.append(line)
    return out


class _TextCollector(HTMLParser):
    """Collect the readable text of an HTML fragment, one block a line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def fragment_text(value: object) -> str:
    """Return the clean text of an HTML (or plain) fragment, paragraphs as lines."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = "\n".join(str(v) for v in value if isinstance(v, str | int | float))
    raw = str(value)[:MAX_FRAGMENT_CHARS]
    # Some sites escape their HTML twice; undo one level so the tags can be dropped.
    if _ESCAPED_TAG.search(raw) and not _TAG.search(raw):
        raw = html.unescape(raw)
    if "<" not in raw:
        return "\n".join(lines_of(html.unescape(raw)))
    collector = _TextCollector()
    try:
        collector.feed(raw)
        collector.close()
    except Exception:  # html.parser is lenient, but never let a fragment break a page
        return "\n".join(lines_of(_TAG.sub(" ", raw)))
    return "\n".join(lines_of("".join(collector.parts)))
