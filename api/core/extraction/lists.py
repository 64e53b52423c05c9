"""Cards on a listing page: repeated blocks that each name one posting or event."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cached_property
from typing import Any
from urllib.parse import urljoin

from .content import body_of, inside_chrome
from .cues import DATE, JOB_CUES, PRICE, RELATIVE_POSTED, TIME, WEEKDAY
from .dates import iso_date, written_moment
from .text import squash

MAX_ELEMENTS = 40_000
MIN_CARDS = 2
_DIGITS = re.compile(r"\d+")
_TITLE_CLASS = re.compile(r"title|name|heading|position|job|role|summary", re.I)
_ORG_CLASS = re.compile(r"company|employer|organi[sz]|host|brand|subtitle", re.I)
_PLACE_CLASS = re.compile(r"(?:^|[\s_-])(?:location|place|venue|city|address|where)", re.I)
_GENERIC_WORDS = re.compile(
    r"\b(?:view|read|see|download)\s+(?:minutes|agenda|more|details|pdf)\b", re.I
)
_GENERIC_LINK_WORDS = re.compile(
    r"\b(?:agenda|minutes|details|register|tickets|apply|download|pdf|more info)\b", re.I
)
# Link texts that are actions, not titles.
_GENERIC_LINK = re.compile(
    r"^(?:view|read|see|more|details?|minutes|agenda|register|tickets?|apply|book|learn|"
    r"download|pdf|info|here|click)\b.{0,20}$",
    re.I,
)


def _signature(element) -> str:
    """What makes siblings 'the same kind of block': tag and classes, numbers dropped."""
    classes = sorted(_DIGITS.sub("", c) for c in (element.get("class") or "").split())
    kept = [c for c in classes if c and not c.startswith(("is-", "active"))]
    return element.tag + "." + ".".join(kept)


def _first_block_text(anchor) -> str:
    """A link wrapping a whole card ('<a><p>Title</p><p>Place</p></a>'): its first block."""
    for child in anchor.iter("p", "div", "h2", "h3", "h4", "h5", "h6", "span"):
        if child is anchor:
            continue
        text = squash(child.text_content())
        if 3 <= len(text) <= 200:
            return text
    return ""


class Card:
    """One repeated block and what it says."""

    def __init__(self, element) -> None:
        self.element = element
        self.text = squash(" ".join(element.itertext()))[:3000]
        if element.tag == "dt":
            # A definition list's term is the title; the details after it belong to it.
            details = []
            for sibling in element.itersiblings():
                if not isinstance(sibling.tag, str) or sibling.tag != "dd":
                    break
                details.append(squash(" ".join(sibling.itertext())))
            self.text = squash(" ".join([self.text, *details]))[:3000]
        self.link = None
        self._link_title = ""
        for anchor in element.iter("a"):
            label = squash(anchor.text_content()) or squash(anchor.get("aria-label"))
            if not anchor.get("href") or not 3 <= len(label) <= 200:
                continue
            better = len(label) > len(self._link_title) and not _GENERIC_LINK.match(label)
            if self.link is None or better:
                self.link, self._link_title = anchor, _first_block_text(anchor) or label

    @cached_property
    def title(self) -> str:
        """The card's heading, else its link's text, else a titled element or its own words
        (read when asked: a block with no link is dropped before anyone asks)."""
        title = "" if _GENERIC_LINK.match(self._link_title) else self._link_title
        heading = next(self.element.iter("h1", "h2", "h3", "h4", "h5"), None)
        if heading is not None and 3 <= len(squash(heading.text_content())) <= 200:
            return squash(heading.text_content())
        return title or self._by_class(_TITLE_CLASS) or self._first_words()

    # What else a card says is read when asked: most blocks are dropped (too short or long, no
    # title or link) before anyone asks.
    @cached_property
    def has_time(self) -> bool:
        return bool(TIME.search(self.text))

    @cached_property
    def has_date(self) -> bool:
        return bool(
            DATE.search(self.text) or self.element.find(".//time") is not None
            or (self.has_time and WEEKDAY.search(self.text))
        )

    @cached_property
    def posted(self) -> bool:
        return bool(RELATIVE_POSTED.search(self.text))

    @cached_property
    def has_price(self) -> bool:
        return bool(PRICE.search(self.text))

    @cached_property
    def job_cues(self) -> int:
        return len(JOB_CUES.findall(self.text))

    @cached_property
    def is_calendar_line(self) -> bool:
        """A short entry that opens with its date ("02.11.2022 - Band - Venue")."""
        return bool(DATE.match(self.text)) and len(self.text) <= 160

    @cached_property
    def has_detail(self) -> bool:
        """Beyond its title a job card shows where, who, when or how much."""
        return bool(
            self.posted or self.has_date or self.has_price or self._by_class(_ORG_CLASS)
            or self._by_class(_PLACE_CLASS) or self.job_cues
        )

    def _first_words(self) -> str:
        """The card's own words when no link or heading names it ('January 29, 2018')."""
        words = TIME.sub(" ", DATE.sub(" ", _GENERIC_WORDS.sub(" ", self.text)))
        words = squash(_GENERIC_LINK_WORDS.sub(" ", words)).strip(" -|,\u2013")
        return words[:120] if len(words) >= 3 else ""

    def _by_class(self, pattern) -> str | None:
        """The text of the innermost element whose class names the field ('company')."""
        found = []
        for node in self.element.iter():
            if not isinstance(node.tag, str):
                continue
            marks = f"{node.get('class') or ''} {node.get('data-testid') or ''}"
            if pattern.search(marks):
                value = squash(node.text_content())
                if 2 <= len(value) <= 200:
                    found.append(value)
        return min(found, key=len) if found else None

    def fields(self, page_url: str | None) -> dict[str, Any]:
        """The card's title, organization, place, date and link."""
        href = self.link.get("href") if self.link is not None else None
        url = urljoin(page_url or "", href) if href and page_url else href
        time_element = self.element.find(".//time")
        when = iso_date(time_element.get("datetime")) if time_element is not None else None
        when = when or written_moment(self.text)
        return {
            "title": self.title,
            "url": url,
            "organization": self._by_class(_ORG_CLASS),
            "location": self._by_class(_PLACE_CLASS),
            "when": when,
            "text": self.text,
        }


def card_groups(root) -> list[list[Card]]:
    """Groups of at least MIN_CARDS sibling blocks of the same make, outside page chrome."""
    body = body_of(root)
    if body is None:
        return []
    groups: list[list[Card]] = []
    seen = 0
    for parent in body.iter():
        seen += 1
        if seen > MAX_ELEMENTS:
            break
        if not isinstance(parent.tag, str) or len(parent) < MIN_CARDS:
            continue
        by_signature: dict[str, list] = defaultdict(list)
        for child in parent:
            if isinstance(child.tag, str):
                by_signature[_signature(child)].append(child)
        for members in by_signature.values():
            if len(members) < MIN_CARDS or inside_chrome(parent, body):
                continue
            # A block without a link's address is dropped below: it is not read at all.
            cards = [Card(m) for m in members[:300]
                     if any(anchor.get("href") for anchor in m.iter("a"))]  # fmt: skip
            # A card links to its posting or event; a block with no link is only text.
            cards = [c for c in cards
                     if 8 <= len(c.text) <= 2500 and c.link is not None and c.title]  # fmt: skip
            if len(cards) >= MIN_CARDS:
                groups.append(cards)
    return groups


_CARD_MARK = re.compile(r"card|listing|result|tile|teaser|job-?item|search-?item", re.I)


def lone_card(root) -> Card | None:
    """A fragment that is one saved result card (a listing's item, not a posting)."""
    body = body_of(root)
    if body is None:
        return None
    for count, node in enumerate(body.iter()):
        if count > 2_000:
            break
        if not isinstance(node.tag, str):
            continue
        marks = " ".join(filter(None, (node.get("class"), node.get("data-test"),
                                       node.get("data-testid"))))  # fmt: skip
        if _CARD_MARK.search(marks):
            card = Card(node)
            if card.link is not None and card.title and 8 <= len(card.text) <= 2500:
                return card
    return None
