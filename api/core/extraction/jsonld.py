"""JSON-LD: lenient parsing of blocks and a bounded, cycle-safe walk to typed nodes."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

MAX_BLOCK_CHARS = 2_000_000
MAX_DEPTH = 24
MAX_NODES = 20_000

_COMMENT = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?://\s*\]\]>|\]\]>|-->)\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def loads_lenient(raw: str) -> list[Any]:
    """Parse a JSON-LD block the way browsers' users write it: comments, commas, several."""
    text = raw[:MAX_BLOCK_CHARS].strip().lstrip("\ufeff")
    text = _COMMENT.sub("", text).strip()
    if not text:
        return []
    for attempt in (text, _TRAILING_COMMA.sub(r"\1", _CONTROL.sub(" ", text))):
        try:
            return [json.loads(attempt, strict=False)]
        except RecursionError:
            return []
        except ValueError:
            pass
        values = _decode_many(attempt)
        if values:
            return values
    return _without_comments(text)


def _without_comments(text: str) -> list[Any]:
    """Last try: JavaScript-style comments, as some templates leave in their JSON-LD."""
    if "//" not in text and "/*" not in text:
        return []
    import jstyleson

    try:
        return [jstyleson.loads(text, strict=False)]
    except (ValueError, RecursionError, TypeError, IndexError):
        return []


def _decode_many(text: str) -> list[Any]:
    """Decode concatenated JSON values (some pages glue several objects together)."""
    decoder = json.JSONDecoder(strict=False)
    values, index = [], 0
    while index < len(text) and len(values) < 100:
        while index < len(text) and text[index] in " \t\r\n;,":
            index += 1
        if index >= len(text):
            break
        try:
            value, index = decoder.raw_decode(text, index)
        except (ValueError, RecursionError):
            break
        values.append(value)
    return values


def short_name(term: object) -> str:
    """Return a vocabulary term without its namespace: 'http://schema.org/Event' -> 'Event'."""
    if not isinstance(term, str):
        return ""
    term = term.strip()
    for sep in ("#", "/", ":"):
        if sep in term:
            term = term.rsplit(sep, 1)[-1]
    return term


def types_of(node: dict[str, Any]) -> list[str]:
    """Return the short type names of a node."""
    raw = node.get("@type", node.get("type"))
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list):
        return []
    return [short_name(t) for t in raw if isinstance(t, str)]


class _Budget:
    """Counts nodes copied so that absurd inputs stop early."""

    def __init__(self, limit: int = MAX_NODES) -> None:
        self.left = limit


def simplify(value: Any, depth: int = 0, budget: _Budget | None = None, seen=None) -> Any:
    """Copy JSON-LD into plain compact form: short keys, @value unwrapped, bounded, acyclic."""
    budget = budget or _Budget()
    seen = seen if seen is not None else set()
    budget.left -= 1
    if depth > MAX_DEPTH or budget.left < 0:
        return None
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if id(value) in seen:
        return None
    if isinstance(value, list | tuple):
        seen.add(id(value))
        items = [simplify(v, depth + 1, budget, seen) for v in value[:500]]
        seen.discard(id(value))
        return [v for v in items if v is not None]
    if isinstance(value, dict):
        if "@value" in value and isinstance(value["@value"], str | int | float | bool):
            return value["@value"]
        seen.add(id(value))
        out: dict[str, Any] = {}
        for key, item in list(value.items())[:500]:
            if not isinstance(key, str):
                continue
            name = key if key.startswith("@") else short_name(key)
            copied = simplify(item, depth + 1, budget, seen)
            if copied is not None and name:
                out[name] = copied
        seen.discard(id(value))
        if "@type" in out:
            types = out["@type"] if isinstance(out["@type"], list) else [out["@type"]]
            out["@type"] = [short_name(t) for t in types if isinstance(t, str)]
        return out
    return None


def parse_blocks(raw: Any) -> list[Any]:
    """Turn the page's ``jsonld`` (object, list, JSON strings) into simplified values."""
    budget = _Budget()
    values: list[Any] = []
    items = raw if isinstance(raw, list) else [raw]
    for item in items[:200]:
        if isinstance(item, str | bytes):
            if isinstance(item, bytes):
                item = item.decode("utf-8", "replace")
            for value in loads_lenient(item):
                values.append(simplify(value, budget=budget))
        elif isinstance(item, dict | list):
            values.append(simplify(item, budget=budget))
    return [v for v in values if v is not None]


def _index_ids(value: Any, index: dict[str, dict], depth: int = 0) -> None:
    """Record every node that has an @id and more than an @id, for reference lookups."""
    if depth > MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            _index_ids(item, index, depth + 1)
    elif isinstance(value, dict):
        node_id = value.get("@id")
        if isinstance(node_id, str) and len(value) > 1 and node_id not in index:
            index[node_id] = value
        for item in value.values():
            _index_ids(item, index, depth + 1)


class Graph:
    """The simplified JSON-LD values of a page, with @id references resolvable."""

    def __init__(self, values: list[Any]) -> None:
        self.values = values
        self.ids: dict[str, dict] = {}
        _index_ids(values, self.ids)

    def resolve(self, value: Any) -> Any:
        """Follow a bare {"@id": ...} reference to its node, if the page has it."""
        if isinstance(value, dict) and set(value) == {"@id"} and isinstance(value["@id"], str):
            return self.ids.get(value["@id"], value)
        return value

    def embed(self, value: Any) -> Any:
        """Copy a node with its {"@id"} references replaced by the nodes they name."""
        return self._embed(value, 0, frozenset(), _Budget(5_000))

    def _embed(self, value: Any, depth: int, trail: frozenset[int], budget: _Budget) -> Any:
        value = self.resolve(value)
        budget.left -= 1
        if isinstance(value, dict | list) and (depth > 8 or id(value) in trail or budget.left < 0):
            return None
        trail = trail | {id(value)}
        if isinstance(value, list):
            return [self._embed(v, depth + 1, trail, budget) for v in value[:100]]
        if isinstance(value, dict):
            return {k: self._embed(v, depth + 1, trail, budget) for k, v in value.items()}
        return value

    def nodes(self, wanted, barrier=lambda node: False) -> Iterator[dict[str, Any]]:
        """Yield nodes for which ``wanted`` holds, looking inside neither them nor barriers."""
        yield from self._walk(self.values, wanted, barrier, 0, set())

    def _walk(self, value: Any, wanted, barrier, depth: int, seen: set[int]) -> Iterator[dict]:
        if depth > MAX_DEPTH or id(value) in seen:
            return
        if isinstance(value, list):
            seen.add(id(value))
            for item in value:
                yield from self._walk(item, wanted, barrier, depth + 1, seen)
        elif isinstance(value, dict):
            seen.add(id(value))
            value = self.resolve(value)
            if id(value) in seen and not set(value) - {"@id"}:
                return
            seen.add(id(value))
            if wanted(value):
                yield value
                return
            if barrier(value):
                return
            for key, item in value.items():
                if key not in ("@context", "@id", "@type"):
                    yield from self._walk(item, wanted, barrier, depth + 1, seen)
