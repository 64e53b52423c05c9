"""Decide what a page is: one job, one event, a list of them, or something else."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from .cues import (
    AUTHOR_LINE,
    BYLINE,
    CAREERS_SECTIONS,
    DATE,
    DATE_RANGE,
    EVENT_LABEL,
    HAPPENS,
    JOB_CUES,
    JOB_PAGE_WORDS,
    JOB_TITLE,
    LIST_CUES,
    POSTING_FACT,
    PRICE,
    PROGRAMME_LINE,
    TIME,
    TOOK_PLACE,
    event_noun_weight,
    names_event,
)
from .lists import card_groups, lone_card
from .prose import read_card, read_prose

# og:type values of pages about something else; "article" is left out because many CMSs
# (WordPress, job boards, event sites) give it to every page.
OTHER_OG_TYPES = {"recipe", "product", "profile", "movie", "book", "video", "video.movie",
                  "music.song", "music.album"}  # fmt: skip
STRONG_SUBJECTS = frozenset("Article NewsArticle BlogPosting Recipe Product Review Movie Book "
                            "HowTo Occupation EducationalOccupationalProgram Person ProfilePage "
                            "EducationalOccupationalCredential Restaurant EventReservation "
                            "ScholarlyArticle TechArticle Report".split())  # fmt: skip


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def named_by(item_title: str, page_name: str) -> bool:
    """True when the page's name is the item's title, says it with more ("X Tickets") or is
    most of it ("X" for "X | Org"); an organizer's name inside an event's is not enough."""
    item, name = _norm(item_title), _norm(page_name)
    if not item or not name:
        return False
    if item == name or (len(item) >= 6 and item in name):
        return True
    # "X" names "X | Org" (the item's title starts with it, or it is most of it).
    most = name in item and len(name) >= 0.6 * len(item)
    return len(name) >= 8 and (item.startswith(name) or most)


class Signals:
    """The measurable signs of each kind on one page."""

    def __init__(self, evidence) -> None:
        self.evidence = evidence

    @cached_property
    def head_text(self) -> str:
        """The headline, the text around it and the start of the description block."""
        evidence = self.evidence
        return "\n".join((evidence.headline, evidence.headline_region[:2000],
                          evidence.main_text[:1500]))  # fmt: skip

    @cached_property
    def job_cues(self) -> int:
        return len({m.lower() for m in JOB_CUES.findall(self.job_text[:40_000])})

    @cached_property
    def job_text(self) -> str:
        """The text where a posting states itself; the meta description when the body is empty."""
        text = self.evidence.text
        if len(self.evidence.main_text) < 400:
            text += "\n" + (self.evidence.meta.get("og:description") or
                            self.evidence.meta.get("description") or "")  # fmt: skip
        return text

    @cached_property
    def event_labels(self) -> int:
        return len({m.lower() for m in EVENT_LABEL.findall(self.head_text)})

    @cached_property
    def dates(self) -> int:
        return len(DATE.findall(self.head_text))

    @cached_property
    def times(self) -> int:
        return len(TIME.findall(self.head_text))

    @cached_property
    def event_score(self) -> int:
        """How strongly the page's head reads as one event: name, date, time, labels, price."""
        head = self.head_text[:4000]
        score = event_noun_weight(self.evidence.headline)
        score += 1 if names_event(head[:1200]) else 0
        score += 1 if self.dates else 0
        score += 1 if self.times else 0
        score += min(self.event_labels, 3)
        score += 1 if PRICE.search(head[:1500]) else 0
        score += 1 if DATE_RANGE.search(head[:1500]) else 0
        score += 1 if HAPPENS.search(head[:1500]) else 0
        # Event pages put the date right under the title, beside labels like "Organized by"
        # (under an article's title, a date and time are its byline).
        opening = "\n".join(self.evidence.headline_region.splitlines()[1:3])
        if DATE.search(opening) and (self.event_labels or (
                TIME.search(opening) and not self.article_like)):  # fmt: skip
            score += 1
        byline = BYLINE.search(head[:1500])
        if byline:
            # An article's byline dates the article; one that also names another day
            # (the day of what it announces) is less surely about nothing but itself.
            own = {m.lower() for m in DATE.findall(byline.group(0))}
            other = {m.lower() for m in DATE.findall(head[:1500])} - own
            score -= 1 if other and HAPPENS.search(head[:1500]) else 2
        return score

    @cached_property
    def job_page(self) -> bool:
        """The page reads as one posting: a job title (or 'job' page) and posting sections."""
        headline = self.evidence.headline
        # A generic headline ("Job Detail") says so only when it is short; a blog post
        # titled "How I got my first job" is not a posting.
        generic = len(headline.split()) <= 4 and bool(JOB_PAGE_WORDS.search(headline))
        return self.job_cues >= 2 and (
            self.headline_is_job_title or (self.job_cues >= 5 and generic)
        )

    @cached_property
    def _fact_lines(self) -> list[tuple[int, str]]:
        """(line number, label) of each posting fact under the title that a value follows; a
        table's header row ("Job ID", "Job Title", "Location") is labels in a row."""
        lines = self.evidence.headline_region[:3000].splitlines()
        found = []
        for index, line in enumerate(lines):
            if POSTING_FACT.match(line):
                following = lines[index + 1] if index + 1 < len(lines) else ""
                if following and not POSTING_FACT.match(following) and not (
                        line.rstrip(": ").lower() == "job title"):  # fmt: skip
                    found.append((index, line.strip(" :").lower()))
        return found

    @cached_property
    def posting_facts(self) -> int:
        """Posting facts labelled once each, with their values, after a line naming a job."""
        labels = [label for _, label in self._fact_lines]
        title = self._posting_title_line
        if title is None:
            return 0
        return sum(1 for index, label in self._fact_lines
                   if labels.count(label) == 1 and index > title[0])  # fmt: skip

    @cached_property
    def _posting_title_line(self) -> tuple[int, str] | None:
        for index, line in enumerate(self.evidence.headline_region.splitlines()[:40]):
            if index and len(line) <= 80 and JOB_TITLE.search(line) and not (
                    POSTING_FACT.match(line)):  # fmt: skip
                return index, line
        return None

    @cached_property
    def posting_title(self) -> str | None:
        """Under a generic title ("Careers"), the first short line that names a job."""
        found = self._posting_title_line
        return found[1] if found else None

    @cached_property
    def strong_job_page(self) -> bool:
        return self.job_page and self.job_cues >= 3 and len(self.evidence.text) >= 800

    @cached_property
    def event_page(self) -> bool:
        """The page reads as one event; an article-like page needs more to show it: labels
        ("When:", "Venue") or an event's name in its title, not only dates in its prose."""
        reported = self.article_like or BYLINE.search(self.head_text[:1500])
        if reported and not self.event_labels and TOOK_PLACE.search(self.head_text[:3000]):
            return False  # an article that reports an event that took place
        if self.article_like:
            named = self.event_labels or names_event(self.evidence.headline)
            return self.dates >= 1 and self.event_score >= 5 and bool(named)
        return self.dates >= 1 and self.event_score >= 4

    @cached_property
    def many_dates(self) -> int:
        """Distinct calendar dates in the page's content (a schedule lists many)."""
        return len({m.lower() for m in DATE.findall(self.evidence.text[:60_000])})

    @cached_property
    def list_title(self) -> bool:
        evidence = self.evidence
        names = (evidence.headline, evidence.title_tag, evidence.meta.get("og:title", ""))
        return any(LIST_CUES.search(name) for name in names)

    @cached_property
    def programme_lines(self) -> int:
        """Lines that open with a clock time and go on with a title ("09:30 Keynote: …"): the
        rows of a programme."""
        return sum(1 for line in self.evidence.text[:20_000].splitlines()
                   if PROGRAMME_LINE.match(line))  # fmt: skip

    @cached_property
    def careers_landing(self) -> bool:
        """A careers page that talks about working there ("Life at …", "Our teams", "What we
        offer") and lists no postings: no cards, fewer than two lines naming a job or a day."""
        text = self.evidence.text[:20_000]
        sections = {m.lower() for m in CAREERS_SECTIONS.findall(text)}
        if len(sections) < 2 or self.cards:
            return False
        lines = [line for line in text.splitlines() if len(line) <= 100]
        named = sum(1 for line in lines if JOB_TITLE.search(line) or DATE.search(line))
        return named < 2

    @cached_property
    def headline_is_job_title(self) -> bool:
        return bool(JOB_TITLE.search(self.evidence.headline))

    @cached_property
    def cards(self):
        groups = card_groups(self.evidence.root) if self.evidence.root is not None else []
        best, best_score = None, 0.0
        strict = not self.list_title
        for cards in groups:
            n = len(cards)
            jobby = sum(bool(JOB_TITLE.search(c.title)) and (not strict or c.has_detail)
                        for c in cards) / n  # fmt: skip
            # On a page titled as a listing, a time alone marks an event card (the day heads
            # the section); elsewhere a card needs a date and more.
            dated = sum(
                (c.has_date or c.has_time) if not strict
                else c.has_date and (c.has_time or c.is_calendar_line)
                for c in cards
            ) / n
            score = n * max(jobby, dated)
            # Two cards make a listing only when both are plainly postings or events.
            if n < 3 and (strict and max(jobby, dated) < 1.0):
                continue
            if max(jobby, dated) >= 0.6 and score > best_score:
                # Job cards carry dates too (posted on); job titles decide.
                best, best_score = (cards, "job" if jobby >= 0.6 else "event"), score
        return best

    @cached_property
    def og_type(self) -> str:
        return self.evidence.meta.get("og:type", "").lower()

    @cached_property
    def article_like(self) -> bool:
        """The page presents itself as an article, recipe, product or profile."""
        meta = self.evidence.meta
        opening = "\n".join(self.evidence.headline_region.splitlines()[1:4])
        return (
            self.og_type in OTHER_OG_TYPES
            or bool(self.evidence.subject_types & STRONG_SUBJECTS)
            or "article:published_time" in meta
            or "article:author" in meta
            or bool(AUTHOR_LINE.search(opening))
        )

    @cached_property
    def names(self) -> list[str]:
        """What the page calls itself: headline, h1s, <title>, og:title."""
        evidence = self.evidence
        found = [evidence.headline, evidence.title_tag, evidence.meta.get("og:title", "")]
        return [n for n in found + evidence.h1s[:3] if n]

    @cached_property
    def _visible_text(self) -> str:
        return _norm(self.evidence.furniture_free_text)

    @cached_property
    def _full_text(self) -> str:
        return _norm(self.evidence.full_text)

    def placement(self, title: str) -> str:
        """Where an item's title shows: 'content', 'chrome' only, or 'nowhere' (script-drawn)."""
        name = _norm(title)
        if not name or self.evidence.root is None:
            return "nowhere"
        if name in self._visible_text:
            return "content"
        return "chrome" if name in self._full_text else "nowhere"

    def names_it(self, title: str) -> bool:
        """True when the page's own title names this item."""
        return any(named_by(title, name) for name in self.names)


def _groups(items: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Items grouped by title: one event on several dates is one group."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        groups.setdefault(_norm(item["title"]) or str(id(item)), []).append(item)
    return list(groups.values())


def _earliest(group: list[dict[str, Any]]) -> dict[str, Any]:
    """The first-dated member of a group (the next showing of a repeated event)."""
    dated = [i for i in group if i.get("start")]
    return min(dated, key=lambda i: str(i["start"])) if dated else group[0]


def _from_markup(kind: str, items: list[dict[str, Any]], signals: Signals):
    """Decide from marked-up items of one kind; None when the markup is not the page's subject."""
    groups = [g for g in _groups(items) if signals.placement(g[0]["title"]) != "chrome"]
    if not groups:
        return None
    named = [g for g in groups if signals.names_it(g[0]["title"])]
    if len(groups) == 1:
        only = groups[0]
        if not named and (len({i["url"] for i in only}) > 1 and kind == "job" or len(only) >= 3):
            return "list", only
        if signals.article_like and not named and signals.evidence.headline:
            return None
        return kind, [_earliest(only)]
    exact = [g for g in named if any(_norm(g[0]["title"]) == _norm(n) for n in signals.names)]
    for chosen in (exact, named):
        if len(chosen) == 1 and not signals.list_title:
            return kind, [_earliest(chosen[0])]
    series = [g for g in groups if g[0].get("event_type") == "EventSeries"]
    if len(series) == 1 and not signals.evidence.headline:
        whole = dict(series[0][0])
        starts = sorted(str(i["start"]) for i in items if i.get("start"))
        ends = sorted(str(i["end"]) for i in items if i.get("end"))
        whole["start"] = whole["start"] or (starts[0] if starts else None)
        whole["end"] = whole["end"] or (ends[-1] if ends else None)
        return kind, [whole]
    return "list", [_earliest(g) for g in groups]


def _fill_from_prose(opportunity: dict[str, Any], evidence) -> dict[str, Any]:
    """Complete a marked-up item with what the page's text says (counts, organization)."""
    if evidence.root is None and not evidence.given_text:
        return opportunity
    prose = read_prose(opportunity["kind"], evidence, opportunity["title"])
    if _teaser_of(opportunity.get("description") or "", prose.get("description") or ""):
        opportunity["description"] = None  # the page's own text holds the whole of it
    for field in ("organization", "description"):
        if not opportunity.get(field) and prose.get(field):
            opportunity[field] = prose[field]
            opportunity["sources"][field] = prose["sources"].get(field, "text")
    for key, value in prose["counts"].items():
        if opportunity["counts"].get(key) is None and value is not None:
            opportunity["counts"][key] = value
            opportunity["sources"][f"counts.{key}"] = "text"
    return opportunity


TEASER = 300  # characters: a marked-up description this short may be a cut-off teaser
TEASER_OPENING = 30  # characters of its opening the page's text must hold to be its whole


def _teaser_of(marked: str, text: str) -> bool:
    """True when the markup's description is a cut-off opening of a longer text on the page."""
    if not marked or len(marked) >= TEASER or len(text) <= 2 * len(marked):
        return False
    opening = " ".join(marked.split())[:TEASER_OPENING]
    return len(opening) == TEASER_OPENING and opening in " ".join(text.split())


def _cards(signals: Signals) -> list[dict[str, Any]]:
    found = signals.cards
    if not found:
        return []
    cards, kind = found
    url = signals.evidence.url
    return [read_card(kind, card.fields(url)) for card in cards[:200]]


def _first_card_is_the_headline(signals: Signals) -> bool:
    """A bare results fragment: what looked like a headline is only the first card's title."""
    cards = signals.cards
    headline = _norm(signals.evidence.headline)
    return bool(cards) and len(cards[0]) >= 5 and any(_norm(c.title) == headline for c in cards[0])


def _listing_cards(signals: Signals) -> bool:
    """Repeated cards of postings or events, on a page that is not an article."""
    cards = signals.cards
    if not cards or (signals.article_like and not signals.list_title):
        return False
    # Or the cards are most of what the page says (a board with nothing else on it); a block
    # titled as the page itself (a video beside its chapters) makes the page that one thing.
    covered = sum(len(card.text) for card in cards[0]) / max(len(signals.evidence.text), 1)
    headline = _norm(signals.evidence.headline)
    own = len(cards[0]) < 3 and any(_norm(card.title) == headline for card in cards[0])
    return signals.list_title or len(cards[0]) >= 5 or (covered >= 0.5 and not own)


def _lone_job_card(signals: Signals) -> bool:
    evidence = signals.evidence
    if not evidence.is_fragment or signals.cards or len(evidence.text) > 2500:
        return False
    card = lone_card(evidence.root)
    return card is not None and bool(JOB_TITLE.search(card.title)) and card.has_detail


# What a page without usable markup is, as an ordered list of tests: the first that holds wins.
PROSE_RULES = (
    ("results fragment", _first_card_is_the_headline, "list"),
    ("posting with its sections", lambda s: s.strong_job_page and not s.list_title, "job"),
    ("posting under a generic title", lambda s: s.posting_facts >= 3 and s.job_cues >= 2
     and not s.headline_is_job_title and bool(s.posting_title), "titled job"),  # fmt: skip
    ("listing cards", _listing_cards, "list"),
    ("schedule", lambda s: s.list_title and (s.many_dates >= 3 or s.dates >= 3
                                              or s.programme_lines >= 4), "list"),  # fmt: skip
    ("listing title", lambda s: s.list_title and not (s.article_like or s.event_page
                                                       or s.job_page or s.careers_landing),
     "list"),  # fmt: skip
    ("saved result card", _lone_job_card, "card"),
    ("posting", lambda s: s.job_page and not s.article_like, "job"),
    ("event", lambda s: s.event_page, "event"),
    ("posting on an article-like page", lambda s: s.job_page, "job"),
)


def _read_as(kind: str, signals: Signals) -> tuple[str, list[dict[str, Any]]]:
    evidence = signals.evidence
    if kind == "card":
        return "list", [read_card("job", lone_card(evidence.root).fields(evidence.url))]
    if kind == "list":
        return "list", _cards(signals)
    if kind == "titled job":
        return "job", [read_prose("job", evidence, signals.posting_title)]
    return kind, [read_prose(kind, evidence)]


def decide(evidence) -> tuple[str, list[dict[str, Any]]]:
    """Return the page kind and its opportunities: markup first, then the page's prose."""
    signals = Signals(evidence)
    items = evidence.items
    # A career fair's page may mark up its exhibitors' postings too: the kind the page
    # names goes first.
    named_kinds = {i["kind"] for i in items if i["title"] and signals.names_it(i["title"])}
    for kind in sorted(("job", "event"), key=lambda k: k not in named_kinds):
        marked = [i for i in items if i["kind"] == kind and i["title"]]
        untitled = [i for i in items if i["kind"] == kind and not i["title"]]
        if untitled and not marked:
            # A calendar entry with no name: the page's title names it.
            for item in untitled:
                item["title"] = evidence.headline or evidence.title_tag
            marked = untitled
        if marked:
            decided = _from_markup(kind, marked, signals)
            if decided:
                page_kind, found = decided
                if page_kind != "list":
                    found = [_fill_from_prose(found[0], evidence)]
                return page_kind, found
    if evidence.root is None and not evidence.given_text:
        return "other", []
    for _name, holds, kind in PROSE_RULES:
        if holds(signals):
            return _read_as(kind, signals)
    return "other", []
