"""The HTML of a page: parsed once, bounded, and the structured markup it carries."""

from __future__ import annotations

import codecs
import json
import re
from functools import cached_property
from typing import Any

MAX_HTML_CHARS = 2_000_000  # lxml sees at most this much of a page
MAX_RDFA_CHARS = 200_000  # pyRdfa is slow; this much RDFa holds hundreds of items
MAX_MICROFORMAT_CHARS = 200_000

_CHARSET = re.compile(rb"""<meta[^>]{0,200}charset=["']?([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# pyRdfa is slow; only pages whose RDFa names a posting or an event need it.
_HAS_RDFA = re.compile(
    r"""\btypeof\s*=\s*["'][^"']*(?:Event|JobPosting|Festival|Hackathon|EventSeries)\b""", re.I
)
_RDFA_TYPE = re.compile(r"(?:Event|JobPosting|Festival|Hackathon|EventSeries)\b")
_EVENT_CLASS = re.compile(r"(?:^|\s)(?:vevent|h-event)(?:\s|$)")
_HAS_MICRODATA = re.compile(r"\bitemscope\b", re.I)
_HAS_HCALENDAR = re.compile(r"""class\s*=\s*["'][^"']*\b(?:vevent|h-event)\b""", re.I)
_HAS_VCALENDAR = re.compile(r"""class\s*=\s*["'][^"']*\b(?:vcalendar|vfreebusy)\b""", re.I)
# The gates above ignore case, which makes each one a slow scan of a large page. Each needs a
# word that, lowercased, is in the lowercased HTML, unless one of the three letters that match
# an ASCII letter when case is ignored without lowering to it is on the page ("İ", "ı", "ſ").
_GATE_WORDS = {_HAS_MICRODATA: ("itemscope",), _HAS_RDFA: ("typeof",),
               _HAS_HCALENDAR: ("vevent", "h-event"), _HAS_VCALENDAR: ("vcalendar", "vfreebusy")}
_ODD_CASE = "\u0130\u0131\u017f"


def _in_stable_order(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """RDFa nodes with each property's values in one order: an RDF graph is a set, and
    rdflib gives nodes and values in an order that changes with the process's hash seed.
    They are sorted by content; blank nodes' ``@id`` are random too, so a reference to a node
    counts by the node it names."""
    named = {node["@id"]: node for node in nodes if isinstance(node, dict) and "@id" in node}

    def content(value: Any, depth: int = 0) -> Any:
        if isinstance(value, dict):
            if set(value) == {"@id"} and value["@id"] in named and depth < 3:
                return content(named[value["@id"]], depth + 1)
            return {k: content(v, depth) for k, v in value.items() if k != "@id"}
        if isinstance(value, list):
            return [content(v, depth) for v in value]
        return value

    def key(value: Any) -> str:
        return json.dumps(content(value), sort_keys=True, default=str)

    def ordered(value: Any) -> Any:
        if isinstance(value, dict):  # an RDF list (@list) keeps its order
            return {k: [ordered(x) for x in v] if k == "@list" and isinstance(v, list)
                    else ordered(v) for k, v in value.items()}  # fmt: skip
        if isinstance(value, list):
            return sorted((ordered(v) for v in value), key=key)
        return value

    return ordered(nodes)


def decode_html(raw: Any) -> str:
    """Return the page's HTML as text, honouring a declared charset, never failing."""
    if isinstance(raw, str):
        return raw[:MAX_HTML_CHARS]
    if not isinstance(raw, bytes | bytearray):
        return ""
    raw = bytes(raw[: MAX_HTML_CHARS * 2])
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if raw.startswith(bom):
            return raw.decode(encoding, "replace")[:MAX_HTML_CHARS]
    declared = _CHARSET.search(raw[:4096])
    encodings = ((declared.group(1).decode("ascii"),) if declared else ()) + ("utf-8",)
    for encoding in encodings:
        try:
            return raw.decode(encoding)[:MAX_HTML_CHARS]
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("cp1252", "replace")[:MAX_HTML_CHARS]


def _schema_from_microdata(item: Any, depth: int = 0) -> Any:
    """Turn extruct's microdata item into the JSON-LD shape the schema reader knows."""
    if depth > 12:
        return None
    if isinstance(item, list):
        return [_schema_from_microdata(v, depth + 1) for v in item[:200]]
    if not isinstance(item, dict):
        return item
    node: dict[str, Any] = {}
    types = item.get("type")
    node["@type"] = types if isinstance(types, list) else [types] if types else []
    if item.get("id"):
        node["@id"] = item["id"]
    for key, value in (item.get("properties") or {}).items():
        node[key] = _schema_from_microdata(value, depth + 1)
    return node


def _first_value(properties: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        values = properties.get(key)
        if values:
            value = values[0]
            if isinstance(value, dict):
                return value.get("value") or value.get("html") or _mf_name(value)
            return value
    return None


def _mf_name(item: dict[str, Any]) -> str | None:
    properties = item.get("properties") or {}
    name = properties.get("name") or properties.get("summary")
    return name[0] if name and isinstance(name[0], str) else item.get("value")


def _schema_from_microformat(item: dict[str, Any]) -> dict[str, Any] | None:
    """Turn an mf2 h-event (hCalendar vevent) into a schema.org Event node."""
    if "h-event" not in (item.get("type") or []):
        return None
    props = item.get("properties") or {}
    location = _first_value(props, "location")
    return {
        "@type": ["Event"],
        "name": _first_value(props, "name", "summary"),
        "startDate": _first_value(props, "start"),
        "endDate": _first_value(props, "end"),
        "location": location,
        "url": _first_value(props, "url"),
        "description": _first_value(props, "description", "content"),
        "organizer": _first_value(props, "organizer"),
    }


class Document:
    """One page's HTML, parsed with lxml on first use."""

    def __init__(self, html: str, url: str | None = None) -> None:
        # NUL bytes and an XML declaration make lxml refuse a unicode string.
        self.html = _XML_DECLARATION.sub("", html.replace("\x00", ""))
        self.url = url
        self._scripts: list[str] = []
        self._state_scripts: list[tuple[str, str, str]] = []

    @cached_property
    def _lowered(self) -> str:
        """The HTML lowercased, or "" when a letter on it may match a gate's word otherwise."""
        return "" if any(c in self.html for c in _ODD_CASE) else self.html.lower()

    def _has(self, gate: re.Pattern) -> bool:
        """``gate.search(self.html)``, skipped on a page without any of the gate's words."""
        lowered = self._lowered
        if lowered and not any(word in lowered for word in _GATE_WORDS[gate]):
            return False
        return bool(gate.search(self.html))

    @cached_property
    def root(self):
        """The lxml root element without scripts and styles, or None when there is no HTML."""
        if not self.html.strip():
            return None
        from lxml import etree, html

        try:
            root = html.document_fromstring(self.html)
        except (etree.ParserError, ValueError, etree.XMLSyntaxError):
            return None
        self._scripts = []
        self._state_scripts = []
        from .embedded import MAX_SCRIPTS, STATE_ASSIGNMENT

        for script in root.iter("script"):
            kind = (script.get("type") or "").lower().strip()
            if "ld+json" in kind and script.text and len(self._scripts) < 100:
                self._scripts.append(script.text)
            elif script.text and len(self._state_scripts) < MAX_SCRIPTS and (
                "json" in kind or script.get("id") == "__NEXT_DATA__"
                or STATE_ASSIGNMENT.search(script.text[:5000])
            ):  # fmt: skip
                self._state_scripts.append((script.get("id") or "", kind, script.text))
        # Scripts, styles and comments are never text a person reads on the page.
        etree.strip_elements(root, "script", "style", "noscript", "template", etree.Comment,
                             with_tail=False)  # fmt: skip
        from .content import keep_oversized_chrome, mark_others

        keep_oversized_chrome(root)
        mark_others(root)
        return root

    def jsonld_scripts(self) -> list[str]:
        """The text of every <script type="application/ld+json"> block."""
        if self.root is None:
            return []
        return self._scripts

    def state_scripts(self) -> list[tuple[str, str, str]]:
        """(id, type, text) of the scripts that carry an app's state (see ``embedded``)."""
        if self.root is None:
            return []
        return self._state_scripts

    def microdata(self) -> list[dict[str, Any]]:
        """schema.org items written as microdata, in the JSON-LD shape."""
        if self.root is None or not self._has(_HAS_MICRODATA):
            return []
        from extruct.w3cmicrodata import MicrodataExtractor

        try:
            items = list(MicrodataExtractor().extract_items(self.root, self.url or ""))
        except Exception:  # a third-party parser on hostile input: no item is better than a 5xx
            return []
        return [_schema_from_microdata(item) for item in items[:500]]

    def rdfa(self) -> list[dict[str, Any]]:
        """schema.org items written as RDFa, as expanded JSON-LD nodes."""
        if self.root is None or not self._has(_HAS_RDFA):
            return []
        snippet = self._item_snippet(
            lambda e: bool(_RDFA_TYPE.search(e.get("typeof", ""))), MAX_RDFA_CHARS
        )
        if not snippet:
            return []
        from extruct.rdfa import RDFaExtractor
        from extruct.utils import parse_xmldom_html

        try:
            tree = parse_xmldom_html(snippet, encoding="utf-8")
            items = list(RDFaExtractor().extract_items(tree, base_url=self.url or ""))
        except Exception:  # pyRdfa and rdflib raise many kinds of errors on broken pages
            return []
        return _in_stable_order(items)

    def _item_snippet(self, is_item, limit: int) -> str:
        """A small document of only the page's items that ``is_item`` picks, each with the
        vocabulary its ancestors declare: the slow parsers (pyRdfa, mf2py) need no more."""
        from copy import deepcopy

        from lxml import html

        parts: list[str] = []
        taken: list = []
        size = 0
        for element in self.root.iter():
            if not isinstance(element.tag, str) or not is_item(element):
                continue
            if any(element in kept.iter() for kept in taken[-5:]):
                continue  # inside an item already taken
            taken.append(element)
            copy = deepcopy(element)
            for name in ("vocab", "prefix"):
                holder = next((a for a in element.iterancestors() if a.get(name)), None)
                if holder is not None and not copy.get(name):
                    copy.set(name, holder.get(name))
            part = html.tostring(copy, encoding="unicode")
            size += len(part)
            if size > limit or len(parts) >= 200:
                break
            parts.append(part)
        return f"<html><body>{''.join(parts)}</body></html>" if parts else ""

    def microformats(self) -> list[dict[str, Any]]:
        """Events written as hCalendar / h-event, as schema.org Event nodes."""
        nodes: list[dict[str, Any]] = []
        if self._has(_HAS_HCALENDAR) and self.root is not None:
            from extruct.microformat import MicroformatExtractor

            snippet = self._item_snippet(
                lambda e: bool(_EVENT_CLASS.search(e.get("class", ""))), MAX_MICROFORMAT_CHARS
            )
            try:
                items = list(MicroformatExtractor().extract_items(snippet)) if snippet else []
            except Exception:  # mf2py on hostile input
                items = []
            nodes = [n for n in map(_schema_from_microformat, items[:500]) if n]
        if not nodes and self._has(_HAS_VCALENDAR) and self.root is not None:
            nodes = self._calendar_entries()
        return nodes

    def _calendar_entries(self) -> list[dict[str, Any]]:
        """hCalendar blocks that are not vevents (e.g. vfreebusy) but carry a dtstart."""
        entries = []
        for block in self.root.find_class("vcalendar")[:50]:
            start = block.find_class("dtstart")
            if not start:
                continue
            end = block.find_class("dtend")
            summary = block.find_class("summary")
            entries.append({
                "@type": ["Event"],
                "name": summary[0].text_content() if summary else None,
                "startDate": start[0].get("title") or start[0].text_content(),
                "endDate": (end[0].get("title") or end[0].text_content()) if end else None,
            })  # fmt: skip
        return entries

    @cached_property
    def meta(self) -> dict[str, str]:
        """The page's <meta> name/property -> content (OpenGraph, Twitter, description)."""
        found: dict[str, str] = {}
        if self.root is None:
            return found
        for element in self.root.iter("meta"):
            key = (element.get("property") or element.get("name") or "").strip().lower()
            content = element.get("content")
            if key and content and key not in found:
                found[key] = " ".join(content.split())[:5000]
        return found
