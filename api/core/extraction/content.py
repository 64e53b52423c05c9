"""The readable content of a page: its headline and its description block, not the chrome."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

from .text import BLOCK_TAGS, WORD_TAGS, join_chunk, lines_of, squash

# Elements and class/id words that are page chrome, not the posting or the event.
CHROME_TAGS = frozenset("nav header footer aside form script style noscript template svg "
                        "iframe select button dialog menu".split())  # fmt: skip
CHROME_WORDS = frozenset(
    "nav navbar navigation menu header footer sidebar cookie cookies consent banner "
    "breadcrumb breadcrumbs share sharing social newsletter subscribe related similar recommended "
    "recommendations comments comment modal popup advert advertisement ad ads promo signup login "
    "toolbar skip masthead topbar gdpr".split()
)
# Class prefixes that describe the page's state, not the element ("has-sidebar").
STATE_PREFIXES = ("has", "with", "no", "is", "show", "hide", "without")
MAIN_WORDS = re.compile(r"description|content|article|main|body|detail|posting|job|event|post",
                        re.I)  # fmt: skip
MAX_ELEMENTS = 60_000

# Bounded spaces: a run of spaces is tried a few ways at each place, not every way.
_TITLE_SPLIT = re.compile(r"\s{1,3}[|\u2013\u2014\u00b7\u2022:-]\s{1,3}|(?<=\w):\s{1,3}")
# The attribute that marks oversized "chrome" as content (see keep_oversized_chrome).
KEEP = "data-wal-content"
# The attribute that marks a block about others (sponsors, partners) as not the page's content.
OTHERS = "data-wal-others"


class _Judged:
    """What one reading has judged of its page's elements: chrome or not, and how many steps
    from chrome (see ``inside_chrome``). Each element is judged once, not once per walk."""

    def __init__(self) -> None:
        self.chrome: dict[Any, bool] = {}
        self.steps: dict[Any, dict[Any, float]] = {}
        # Each element's text, per way of skipping chrome: a page asks for the same text
        # from several places (the body's, the main block's, a header's container).
        self.texts: dict[tuple[Any, bool | str, int], str] = {}
        # Per way of skipping and limit, where each larger element's pieces lie among those
        # of a walk that went through it: its text is that run of pieces, not another walk.
        self.spans: dict[tuple[bool | str, int], dict[Any, tuple[list[str], int, int]]] = {}
        # Each element's text_content as one line (``squashed_text``): the main block's
        # candidates, the sponsors' blocks and the body ask for the same large texts.
        self.squashed: dict[Any, str] = {}


# Set by ``judging_once`` for one reading of one page and dropped after it: nothing outlives
# the reading, and a call outside one judges every element afresh.
_JUDGED: ContextVar[_Judged | None] = ContextVar("judged", default=None)


@contextmanager
def judging_once() -> Iterator[None]:
    """Within it, an element's chrome is judged once. The page's tree must not change under
    it except by ``keep_oversized_chrome``, which judges afresh."""
    token = _JUDGED.set(_Judged())
    try:
        yield
    finally:
        _JUDGED.reset(token)


def is_chrome(element) -> bool:
    """True for navigation, banners, sidebars and other page furniture."""
    judged = _JUDGED.get()
    if judged is None:
        return _is_chrome(element)
    known = judged.chrome.get(element)
    if known is None:
        known = judged.chrome[element] = _is_chrome(element)
    return known


def squashed_text(element) -> str:
    """``squash(element.text_content())``, once a reading: the tree's text never changes
    under it (its marks are attributes)."""
    judged = _JUDGED.get()
    if judged is None:
        return squash(element.text_content())
    text = judged.squashed.get(element)
    if text is None:
        text = judged.squashed[element] = squash(element.text_content())
    return text


def _is_chrome(element) -> bool:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in ("body", "html", "main", "article") or not tag or element.get(KEEP):
        return False
    if element.get(OTHERS):
        return True
    if tag == "header" and _heads_a_section(element):
        return False
    if tag in CHROME_TAGS:
        return True
    if element.get("role") in ("navigation", "banner", "contentinfo", "complementary"):
        return True
    if element.get("aria-hidden") == "true" or element.get("hidden") is not None:
        return True
    return _marks_name(f"{element.get('class') or ''} {element.get('id') or ''}", CHROME_WORDS)


def _heads_a_section(header) -> bool:
    """True for a <header> inside a <section> or <article>: that section's own heading and
    opening lines (HTML's sectioning), not the page's banner."""
    node = header.getparent()
    for _ in range(8):
        if node is None or node.tag in ("body", "html"):
            return False
        if node.tag in ("section", "article"):
            return True
        node = node.getparent()
    return False


@lru_cache(maxsize=8192)
def _marks_name(marks: str, words: frozenset[str]) -> bool:
    """True when a class/id token names one of ``words`` ('site-footer'), not a state."""
    for token in marks.lower().split()[:12]:
        parts = re.split(r"[-_]+", token)
        if parts[0] not in STATE_PREFIXES and any(part in words for part in parts):
            return True
    return False


def keep_oversized_chrome(root) -> None:
    """Mark 'chrome' that holds most of the page as content (an unclosed <header> swallows all)."""
    body = body_of(root)
    if body is None:
        return
    total = len(body.text_content()) or 1
    # Within a reading each element's judgement is kept for the walks after (marked elements
    # are judged again: their marks change it; ``mark_others`` forgets those it marks).
    judged = _JUDGED.get()
    chrome = judged.chrome if judged is not None else {}
    count = 0
    for node in body.iter():
        count += 1
        if count > MAX_ELEMENTS:
            break
        if isinstance(node.tag, str):
            found = chrome[node] = _is_chrome(node)
            if found and len(node.text_content()) > 0.4 * total:
                node.set(KEEP, "1")
                del chrome[node]


# Blocks about the event's backers, not the event: their headings and class/id words. A block
# of hiring or exhibiting partners names who attends, so it stays.
SPONSOR_HEADING = re.compile(
    r"\b(?:sponsor\w{0,10}|partners?|partnern|partenaires?|patrocinador\w{0,3}|socios"
    r"|supported by|backed by|powered by|brought to you by|thanks to|in partnership with"
    r"|unterst\u00fctzt von|mit unterst\u00fctzung|soutenu par|avec le soutien|con el apoyo)\b",
    re.I,
)
ATTENDING_WORDS = re.compile(r"\b(?:hiring|employer|exhibit|recruit|aussteller|arbeitgeber)", re.I)
SPONSOR_WORDS = frozenset("sponsor sponsors sponsoren partner partners supporters logos".split())
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
OTHERS_SHARE = 0.6  # a block holding more of the page than this is the page, not an aside


def mark_others(root) -> None:
    """Mark the blocks a page gives to others, sponsors and partners, as not its content: an
    element whose class/id names them, or the block a heading like "Sponsors" or "Supported
    by" opens (the heading's nearest container, or its following siblings when the heading
    stands in the page's flow)."""
    body = body_of(root)
    if body is None:
        return
    total = len(squashed_text(body)) or 1
    count = 0
    for node in body.iter():
        count += 1
        if count > MAX_ELEMENTS:
            break
        if not isinstance(node.tag, str) or node.get(OTHERS):
            continue
        if node.tag in HEADING_TAGS:
            heading = squashed_text(node)
            if (len(heading) > 60 or not SPONSOR_HEADING.search(heading)
                    or ATTENDING_WORDS.search(heading)):  # fmt: skip
                continue
            _mark_opened_block(node, len(heading), total)
        elif _marks_name(f"{node.get('class') or ''} {node.get('id') or ''}", SPONSOR_WORDS):
            if len(squashed_text(node)) <= OTHERS_SHARE * total:
                _mark(node)


def _mark_opened_block(heading, heading_chars: int, total: int) -> None:
    """Mark the block a sponsors' heading opens."""
    block = heading
    for _ in range(6):
        parent = block.getparent()
        if parent is None or parent.tag in ("body", "html", "main", "article"):
            break
        chars = len(squashed_text(parent))
        if chars > OTHERS_SHARE * total:
            break
        block = parent
        if chars > heading_chars + 20:
            _mark(block)
            return
    # The heading stands in the page's flow: its block runs to the next heading.
    for sibling in block.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in HEADING_TAGS or any(True for _ in sibling.iter(*HEADING_TAGS)):
            break
        _mark(sibling)
    _mark(block)


def _mark(element) -> None:
    """Mark ``element`` as others', and forget its judgement (the mark changes it)."""
    element.set(OTHERS, "1")
    judged = _JUDGED.get()
    if judged is not None:
        judged.chrome.pop(element, None)


# Headings that open an event's programme: its time-stamped lines say what happens when.
PROGRAMME_HEADING = re.compile(
    r"\b(?:agenda|programm?e?|schedule|timetable|itinerary|running order|order of the day"
    r"|tagesablauf|ablauf|zeitplan|horaires?|d\u00e9roulement|programa|cronograma"
    r"|orden del d\u00eda)\b",
    re.I,
)
_TIMED_LINE = re.compile(r"^\W{0,3}(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d|\s?[ap]\.?m\b)", re.I)
PROGRAMME_CHARS = 2000  # the programme a description takes at most


def programme(root) -> str:
    """The event's programme: the block a heading like "Agenda", "Programme" or "Schedule"
    opens, when at least two of its lines start with a clock time ("13:15 - 17:00 Workshop");
    empty when the page has none."""
    body = body_of(root)
    if body is None:
        return ""
    for count, node in enumerate(body.iter(*HEADING_TAGS)):
        if count > 200:
            break
        heading = squash(node.text_content())
        if len(heading) > 60 or not PROGRAMME_HEADING.search(heading) or inside_chrome(node, body):
            continue
        block = node
        for _ in range(6):
            parent = block.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            block = parent
            if len(squash(block.text_content())) > len(heading) + 20:
                break
        text = element_text(block)
        if sum(1 for line in text.splitlines()[:200] if _TIMED_LINE.match(line)) >= 2:
            return text[:PROGRAMME_CHARS]
    return ""


FURNITURE_WORDS = frozenset(
    "nav navbar navigation menu footer sidebar widget related similar recommended "
    "recommendations teaser teasers advert advertisement ads promo".split()
)


def is_furniture(element) -> bool:
    """True for navigation, footers, sidebars and widgets: places a page shows other things."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in ("body", "html", "main", "article") or not tag or element.get(KEEP):
        return False
    if tag in ("nav", "footer", "aside"):
        return True
    if element.get("role") in ("navigation", "contentinfo", "complementary"):
        return True
    return _marks_name(f"{element.get('class') or ''} {element.get('id') or ''}", FURNITURE_WORDS)


def element_text(element, skip_chrome: bool | str = True, limit: int = 300_000) -> str:
    """The text of an element, one block a line, leaving chrome out; no recursion, bounded.
    Blocks and table cells are lines; adjacent inline pieces are set apart by a space (see
    ``join_chunk``), so "<td>09:00</td><td>Registration</td>" never reads "09:00Registration"."""
    judged = _JUDGED.get()
    if judged is None:
        return _element_text(element, skip_chrome, limit)
    key = (element, skip_chrome, limit)
    text = judged.texts.get(key)
    if text is None:
        spans = judged.spans.setdefault((skip_chrome, limit), {})
        span = spans.get(element)
        if span is None:
            text = _element_text(element, skip_chrome, limit, spans)
        else:
            # The same pieces a walk of the element makes, but perhaps a space before the
            # first (set after the text before it), which tidying the lines drops.
            parts, start, end = span
            text = "\n".join(lines_of("".join(parts[start:end])))
        judged.texts[key] = text
    return text


SPAN_PIECES = 16  # an element of fewer pieces is walked again when asked: cheap, and not kept


def _element_text(element, skip_chrome: bool | str, limit: int, spans: dict | None = None) -> str:
    """The walk of ``element_text``; with ``spans``, it notes where each element's pieces lie
    (see ``_Judged.spans``): the walk reaches an element's end only when it read it whole,
    never skipped it, and never reached its limit inside it."""
    from lxml import etree

    parts: list[str] = []
    opened: list[int] = []  # where the pieces of each open element start
    size = 0
    skipping = False
    boundary = False  # a tag stood between the last text and the next
    # What ``_hidden`` asks of an element beyond its tag, chosen once for the walk.
    judge = is_furniture if skip_chrome == "furniture" else is_chrome if skip_chrome else None
    walk = etree.iterwalk(element, events=("start", "end"))
    for event, node in walk:
        tag = node.tag
        if not isinstance(tag, str):
            tag = ""
        if event == "start":
            if node is not element and tag and (
                tag in _HIDDEN_TAGS or (judge is not None and judge(node))
            ):
                # lxml steps over the hidden subtree; its next event is the element's own end,
                # after which its tail is read.
                skipping = True
                walk.skip_subtree()
                continue
            opened.append(len(parts))
            if tag in BLOCK_TAGS:
                parts.append("\n")
            boundary = boundary or tag not in WORD_TAGS
            text = node.text  # lxml makes a new string at each access: read it once
            if text and tag:
                join_chunk(parts, text, boundary)
                boundary = False
                size += len(text)
        else:
            if skipping:
                skipping = False
            else:
                if tag in BLOCK_TAGS:
                    parts.append("\n")
                start = opened.pop()
                if spans is not None and len(parts) - start >= SPAN_PIECES:
                    spans[node] = (parts, start, len(parts))
            boundary = boundary or tag not in WORD_TAGS
            if node is not element:
                tail = node.tail
                if tail:
                    join_chunk(parts, tail, boundary)
                    boundary = False
                    size += len(tail)
        if size > limit:
            break
    return "\n".join(lines_of("".join(parts)))


# Never read: not text (scripts, the head), or struck out (the old price beside the new one).
_HIDDEN_TAGS = frozenset(("script", "style", "noscript", "template", "svg", "head", "title",
                          "s", "strike", "del"))  # fmt: skip


def _hidden(node, skip_chrome: bool | str) -> bool:
    if node.tag in _HIDDEN_TAGS:
        return True
    if skip_chrome == "furniture":
        return is_furniture(node)
    return bool(skip_chrome) and is_chrome(node)


def body_of(root):
    """The <body> element, or the root for fragments."""
    body = root.find("body") if root is not None else None
    return body if body is not None else root


def main_block(root):
    """The element holding the page's main text (a light version of Readability's scoring)."""
    body = body_of(root)
    if body is None:
        return None
    scores: dict[Any, float] = {}
    count = 0
    for node in body.iter("p", "li", "td", "dd", "pre", "div", "span", "section", "blockquote"):
        count += 1
        if count > MAX_ELEMENTS:
            break
        if inside_chrome(node, body):
            continue
        if node.tag in ("div", "span", "section") and any(
            isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in node
        ):
            own = squash(" ".join(t for t in (node.text, *(c.tail for c in node)) if t))
        else:
            own = squashed_text(node)
        if len(own) < 25 or "{{" in own:  # too short, or a template's unfilled placeholders
            continue
        weight = min(len(own), 600) / 100 + own.count(",") * 0.3
        parent = node.getparent()
        if parent is None:
            continue
        for ancestor, share in ((parent, 1.0), (parent.getparent(), 0.5)):
            if ancestor is not None:
                scores[ancestor] = scores.get(ancestor, 0.0) + weight * share
    if not scores:
        return body
    for candidate in list(scores):
        marks = f"{candidate.get('class') or ''} {candidate.get('id') or ''}"
        if candidate.tag in ("article", "main") or MAIN_WORDS.search(marks):
            scores[candidate] *= 1.25
        links = sum(len(squashed_text(a)) for a in candidate.iter("a"))
        text = len(squashed_text(candidate)) or 1
        scores[candidate] *= 1 - min(links / text, 0.9)
    best = max(scores, key=scores.get)
    # A posting often spreads over sibling sections; take the parent when it adds real text.
    parent = best.getparent()
    if parent is not None and parent.tag not in ("body", "html") and scores.get(parent, 0) > (
        0.6 * scores[best]
    ):
        best = parent
    return _widened(_joined(best, scores))


RIVAL_SHARE = 0.5  # a block scoring this share of the best one is another part of the text
JOIN_LEVELS = 4  # the levels above the best block their common block may lie


def _joined(best, scores):
    """The block holding the best block and its rivals when the text is spread over sibling
    fields ("Description" beside "Accessibility information"): the block that holds them all
    while it stays small, else the best block (or all of its tabs or panels)."""
    block = _all_panels(best)
    rivals = [node for node, score in scores.items()
              if score >= RIVAL_SHARE * scores[best] and node is not best
              and not _within(node, best) and not _within(best, node)]  # fmt: skip
    if not rivals:
        return block
    common = best
    for _ in range(JOIN_LEVELS):
        common = common.getparent()
        if common is None or common.tag in ("body", "html"):
            return block
        if all(_within(node, common) for node in rivals):
            break
    else:
        return block
    if _within(common, block) or len(squash(element_text(common))) > WIDE_BLOCK:
        return block
    return common


def _within(node, ancestor) -> bool:
    """True when ``node`` is ``ancestor`` or lies inside it."""
    for _ in range(60):
        if node is None:
            return False
        if node is ancestor:
            return True
        node = node.getparent()
    return False


PANEL_WORDS = frozenset("tab tabs panel panels pane accordion collapse".split())


def _all_panels(block):
    """The block of all of a set of tabs or accordion panels when the chosen block is one of
    them: the event's parts are spread over the panels, and the one with the most text is
    only one part (one kind of board action, one day of a programme)."""
    node = block
    for _ in range(8):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        marks = node.get("class") or ""
        if _marks_name(marks, PANEL_WORDS):
            shape = (node.tag, marks.split()[:1])
            alike = sum(1 for sibling in parent
                        if (sibling.tag, (sibling.get("class") or "").split()[:1]) == shape)
            if alike >= 2:
                return parent
        node = parent
    return block


THIN_BLOCK = 400  # characters: a block this short is a part of the event's block (an address,
WIDE_BLOCK = 3000  # an intro), not all of it; it widens to its ancestors up to this size


def _widened(block):
    """A thin block (an address, an intro paragraph) widened to the block that holds it with
    the event's other parts (its date, its agenda, its documents), while that stays small."""
    chars = len(squashed_text(block))
    for _ in range(6):
        parent = block.getparent()
        if chars >= THIN_BLOCK or parent is None or parent.tag in ("body", "html"):
            break
        wider = len(squash(element_text(parent)))
        if wider > WIDE_BLOCK:
            break
        block, chars = parent, wider
    return block


def _inside_furniture(node, stop) -> bool:
    """True inside navigation, footers and sidebars (a page's title may sit in its header)."""
    depth = 0
    while node is not None and node is not stop and depth < 60:
        if node.tag in ("nav", "footer", "aside") or node.get("role") in (
            "navigation", "contentinfo", "complementary"
        ):
            return True
        node = node.getparent()
        depth += 1
    return False


def inside_chrome(node, stop) -> bool:
    """True when the node or one of its 59 nearest ancestors below ``stop`` is chrome."""
    judged = _JUDGED.get()
    if judged is None:
        depth = 0
        while node is not None and node is not stop and depth < 60:
            if is_chrome(node):
                return True
            node = node.getparent()
            depth += 1
        return False
    # Within a reading, each element's steps up to the nearest chrome are counted once: a
    # walk stops at the first element whose count is known.
    steps = judged.steps.setdefault(stop, {})
    chain = []
    current = node
    while True:
        if current is None or current is stop:
            base = float("inf")
            break
        known = steps.get(current)
        if known is not None:
            base = known
            break
        if is_chrome(current):
            base = steps[current] = 0
            break
        chain.append(current)
        current = current.getparent()
    for count, element in enumerate(reversed(chain), 1):
        steps[element] = base + count
    return base + len(chain) < 60


def headings(root, tags=("h1",)) -> list[str]:
    """The texts of the page's headings of the given levels, outside chrome, in order."""
    body = body_of(root)
    if body is None:
        return []
    found = []
    for node in body.iter(*tags):
        if _inside_furniture(node, body):
            continue
        text = squash(node.text_content())
        if 2 <= len(text) <= 300:
            found.append(text)
        if len(found) >= 20:
            break
    return found


def title_parts(title: str) -> list[str]:
    """Split a <title> like 'Data Scientist – Vercel' into its parts."""
    return [p.strip() for p in _TITLE_SPLIT.split(title) if p.strip()]


_TITLE_MARK = re.compile(r"(?:^|[\s_-])(?:title|headline|name|heading)(?:$|[\s_-])", re.I)


def titled_element(root) -> str | None:
    """The text of the first element whose class calls it a title ('event-title')."""
    body = body_of(root)
    if body is None:
        return None
    for count, node in enumerate(body.iter()):
        if count > 5_000:
            break
        if not isinstance(node.tag, str) or _inside_furniture(node, body):
            continue
        if _TITLE_MARK.search(node.get("class") or ""):
            text = squash(node.text_content())
            if 3 <= len(text) <= 200:
                return text
    return None


BYLINE_PIECES = 24  # the short texts after a title that a header shows (who, where, when)
BYLINE_PIECE_CHARS = 120  # a longer text is the description starting
_PIECE_SPLIT = re.compile(r"\s{1,3}[\u00b7\u2022|]\s{1,3}|^[\u00b7\u2022|]\s{0,3}"
                          r"|\s{0,3}[\u00b7\u2022|]$")


def byline_pieces(root, headline: str) -> list[str]:
    """The short texts right after the page's title, each text node apart: "Sezzle",
    "United States (Remote)", "1 week ago". A header beside the title says who, where and
    when; its inline elements often touch ("ApplePrague"), so they are read one by one."""
    from lxml import etree

    body = body_of(root)
    wanted = squash(headline).lower()
    if body is None or not wanted:
        return []
    pieces: list[str] = []
    after = False
    skipping = 0
    for count, (event, node) in enumerate(etree.iterwalk(body, events=("start", "end"))):
        if count > MAX_ELEMENTS * 2 or len(pieces) >= BYLINE_PIECES:
            break
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if skipping or (after and tag and _hidden(node, True)):
                skipping += 1
                continue
            if not after:
                if tag in ("h1", "h2", "h3") and squash(node.text_content()).lower() == wanted:
                    after, skipping = True, 1  # the title itself is not a piece
                continue
            texts = [node.text]
        else:
            if skipping:
                skipping -= 1
                if skipping or not after:
                    continue
                texts = [node.tail]
            else:
                texts = [node.tail] if after else []
        for text in texts:
            for piece in _PIECE_SPLIT.split(squash(text)):
                if not piece.strip(" ,-"):
                    continue
                if len(piece) > BYLINE_PIECE_CHARS:
                    return pieces
                pieces.append(piece.strip())
    return pieces
