"""The HTML of a page: parsed once, bounded, and the markup it carries."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

MAX_HTML_CHARS = 2_000_000  # lxml and extruct see at most this much of a page

_CHARSET = re.compile(rb"""<meta[^>]{0,200}charset=["']?([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def decode_html(raw: Any) -> str:
    """Return the page's HTML as text, honouring a declared charset, never failing."""
    if isinstance(raw, str):
        return raw[:MAX_HTML_CHARS]
    if not isinstance(raw, bytes | bytearray):
        return ""
    raw = bytes(raw[: MAX_HTML_CHARS * 2])
    declared = _CHARSET.search(raw[:4096])
    for encoding in ((declared.group(1).decode("ascii"),) if declared else ()) + ("utf-8",):
        try:
            return raw.decode(encoding)[:MAX_HTML_CHARS]
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", "replace")[:MAX_HTML_CHARS]


class Document:
    """One page's HTML, parsed with lxml on first use."""

    def __init__(self, html: str) -> None:
        # NUL bytes and an XML declaration make lxml refuse a unicode string.
        self.html = _XML_DECLARATION.sub("", html.replace("\x00", ""))

    @cached_property
    def root(self):
        """The lxml root element, or None when the text holds no HTML at all."""
        if not self.html.strip():
            return None
        from lxml import etree, html

        try:
            return html.document_fromstring(self.html)
        except (etree.ParserError, ValueError, etree.XMLSyntaxError):
            return None

    def jsonld_scripts(self) -> list[str]:
        """The text of every <script type="application/ld+json"> block."""
        if self.root is None:
            return []
        blocks = []
        for script in self.root.iter("script"):
            kind = (script.get("type") or "").lower().strip()
            if "ld+json" in kind and script.text:
                blocks.append(script.text)
        return blocks[:100]
