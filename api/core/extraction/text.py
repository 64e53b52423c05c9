"""Clean text: HTML fragments to lines, whitespace tidied."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# Elements that end a line of text when they close (or open): html_text's NEWLINE_TAGS and
# DOUBLE_NEWLINE_TAGS (the layout a browser gives them), with sectioning elements and
# addresses. A table row is a line; its cells are set apart by a space, as html_text and a
# browser's innerText do ("09:00 Registration"), by ``join_chunk``.
BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer "
    "blockquote pre dd dt dl hr address figure figcaption main aside nav form "
    "caption details summary fieldset legend title".split()
)
# Inline elements that continue the word before them ("14<sup>th</sup>", "H<sub>2</sub>O").
WORD_TAGS = frozenset("sup sub wbr".split())
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


_NO_SPACE_AFTER = "([/$\u20ac\u00a3"  # an opening bracket, a slash, a currency sign
_PUNCT_AFTER = re.compile(r'^[,:;.!?")\]\u2019\u201d%]')


def join_chunk(parts: list[str], text: str, boundary: bool) -> None:
    """Add ``text`` to ``parts``; after a tag boundary it is set apart by a space, as a browser
    shows adjacent inline-block pieces ("Apple" "Prague"), unless it opens with punctuation or
    follows an opening bracket (html_text's guess_punct_space)."""
    if boundary and parts:
        last = parts[-1]
        if (last and not last[-1].isspace() and not text[:1].isspace()
                and last[-1] not in _NO_SPACE_AFTER and not _PUNCT_AFTER.match(text)):  # fmt: skip
            parts.append(" ")
    parts.append(text)


# The only characters where str.split's whitespace and _SPACE differ within a line (\f and \v
# end a line): with none of them in the text, a line's words joined by one space are its tidy
# line, and str.split does in C what a regex substitution per line did.
_SPLIT_DIFFERS = ("\x1f", "\u1680", "\u200b")


def lines_of(value: str) -> list[str]:
    """Split text into tidy non-empty lines."""
    if not any(char in value for char in _SPLIT_DIFFERS):
        return [line for line in map(" ".join, map(str.split, value.splitlines())) if line]
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
        self.boundary = False  # a tag stood between the last text and the next

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")
        self.boundary = self.boundary or tag not in WORD_TAGS

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.parts.append("\n")
        self.boundary = self.boundary or tag not in WORD_TAGS

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")
        self.boundary = self.boundary or tag not in WORD_TAGS

    def handle_data(self, data):
        if not self.hidden and data:
            join_chunk(self.parts, data, self.boundary)
            self.boundary = False


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
