"""Which public job board a posting sits on, or links to: its provider and its name.

Only addresses on the providers' own board hosts count, and only the board's name is
kept from them (checked against ``provider.TOKEN``); the address itself is never
fetched. The API address is built later from the provider's table.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from api.boards.provider import valid_token
from api.boards.providers import BY_BOARD_HOST

# Addresses on any provider's board hosts, in HTML, JSON-LD or text.
_ADDRESS = re.compile(
    r"https?://(?:" + "|".join(re.escape(h) for h in sorted(BY_BOARD_HOST, key=len, reverse=True))
    + r")(?:/[^\s\"'<>\\)\]]*)?",
    re.I,
)
# A Greenhouse posting embedded in an employer's own careers page: ?gh_jid=<id>.
_EMBEDDED_GREENHOUSE_JOB = re.compile(r"[?&]gh_jid=(\d+)")
# Past this many characters of a page, links are not looked for: boards sit near the top.
SCAN_LIMIT = 2_000_000


@dataclass(frozen=True)
class BoardRef:
    """A board at a provider, and the posting on it this page is, when known."""

    provider: str
    token: str
    posting_id: str | None = None

    @property
    def board(self) -> tuple[str, str]:
        return self.provider, self.token


def board_at(address: str) -> BoardRef | None:
    """The board an address on a provider's board host names, or None."""
    try:
        parts = urlsplit(address.strip())
    except ValueError:
        return None
    provider = BY_BOARD_HOST.get((parts.hostname or "").lower())
    if parts.scheme not in ("http", "https") or provider is None:
        return None
    segments = [unquote(s) for s in parts.path.split("/") if s]
    found = provider.locate(segments, parse_qs(parts.query))
    if not found or not valid_token(found[0]):
        return None
    return BoardRef(provider.name, found[0], found[1])


def find_board(page: dict[str, Any] | None, opportunity: dict[str, Any]) -> BoardRef | None:
    """The board this posting sits on (its own address) or links to (one board only)."""
    page = page or {}
    own = [a for a in (page.get("url"), opportunity.get("url")) if isinstance(a, str)]
    for address in own:
        ref = board_at(address)
        if ref:
            return ref
    linked: dict[tuple[str, str], set[str]] = {}
    for address in _ADDRESS.findall(_linked_text(page, opportunity)):
        ref = board_at(address)
        if ref:
            linked.setdefault(ref.board, set()).update({ref.posting_id} - {None})
    if len(linked) != 1:
        return None  # no board, or several (a list of other employers' jobs): none is its own
    ((provider, token), postings) = next(iter(linked.items()))
    posting = next(iter(postings)) if len(postings) == 1 else None
    if provider == "greenhouse" and posting is None:
        embedded = next((m for a in own for m in _EMBEDDED_GREENHOUSE_JOB.findall(a)), None)
        posting = embedded
    return BoardRef(provider, token, posting)


def _linked_text(page: dict[str, Any], opportunity: dict[str, Any]) -> str:
    blocks = [page.get("html"), page.get("text"), opportunity.get("description")]
    if page.get("jsonld"):
        blocks.append(json.dumps(page["jsonld"], default=str))
    text = "\n".join(b for b in blocks if isinstance(b, str))[:SCAN_LIMIT]
    # Links inside scripts are often written with escaped slashes, and hrefs with &amp;.
    return text.replace("\\/", "/").replace("&amp;", "&")
