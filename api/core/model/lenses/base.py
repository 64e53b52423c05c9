"""What every lens shares: the context it reads, the findings it builds, small helpers."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from api.core.board import Board
from api.core.opportunity import Opportunity

from ..profile import Person
from ..relation import Relation

LENS_ORDER = (
    "second_look",
    "other_openings",
    "offer_upside",
    "practice",
    "new_questions",
    "network_reach",
    "learning",
)
LABELS = {
    "second_look": "You may change your mind",
    "other_openings": "Other doors",
    "offer_upside": "An offer you can't refuse",
    "practice": "A rehearsal",
    "new_questions": "Questions you haven't met",
    "network_reach": "The people they know",
    "learning": "Something new",
}
# Goals that make a lens count for more to this person.
GOAL_BOOST = {
    "practice": ("practice",),
    "network": ("network_reach",),
    "learn": ("learning",),
    "explore": ("second_look", "other_openings"),
    "land": ("offer_upside",),
}


@dataclass
class Ctx:
    """Everything a lens reads: the opportunity, its analysis, the person, their relation."""

    opportunity: Opportunity
    analysis: dict[str, Any]
    me: Person
    rel: Relation
    pay: dict[str, Any] = field(default_factory=dict)
    board: Board | None = None  # the employer's job board, when it was read (doors.py)
    doors: dict[str, Any] = field(default_factory=dict)  # doors.py's findings, this request only

    @property
    def is_event(self) -> bool:
        return self.analysis["kind"] == "event"

    @property
    def career_event(self) -> bool:
        """An event about work (a meetup, a fair, a talk), not a concert, a match or a tour."""
        return (self.analysis.get("event_kind") or {}).get("id", "career") == "career"

    @property
    def org(self) -> str:
        return self.opportunity.get("organization") or (
            "the organizers" if self.is_event else "the employer"
        )

    @property
    def title(self) -> str:
        return self.opportunity.get("title") or ("this event" if self.is_event else "this role")

    @property
    def headline(self) -> str:
        """The title and organization: the page's words for what it offers."""
        return headline(self)

    @property
    def target(self) -> str:
        """The target role the page is nearest to (the first one named when none is nearer)."""
        return self.rel.nearest or self.me.target

    def ids(self, key: str) -> dict[str, dict]:
        return {h["id"]: h for h in self.analysis.get(key) or []}

    def q(self, key: str) -> dict | None:
        return self.analysis["quantities"].get(key)


class Lens:
    """A lens's findings: signal strengths, reasons and plan steps."""

    def __init__(self, lens_id: str):
        self.id = lens_id
        self.parts: list[float] = []
        self.reasons: list[dict[str, str]] = []
        self.plan: list[str] = []
        self.gate = 1.0

    def add(self, strength: float, text: str | None = None, evidence: str | None = None):
        """Record a signal of ``strength``; with a text it is also a reason."""
        strength = max(0.0, min(1.0, strength))
        self.parts.append(strength)
        if text and strength > 0:
            self.reasons.append({"text": text, "evidence": evidence or ""})

    def score(self) -> float:
        """Noisy-or of the signals, times the gate."""
        miss = 1.0
        for p in self.parts:
            miss *= 1.0 - p
        return max(0.0, min(1.0, (1.0 - miss) * self.gate))


def sat(x: float, scale: float) -> float:
    """Saturating 0..1 curve: half way at scale·ln2, never above 1."""
    return 1.0 - math.exp(-max(0.0, x) / scale)


def log_share(n: float, full: float) -> float:
    """Share of ``full`` on a log scale: the first openings count more than the fortieth."""
    return min(1.0, math.log1p(max(0.0, n)) / math.log1p(full))


def count_text(q: dict) -> str:
    """A quantity as the page put it: '40+', '1,500'."""
    return f"{q['value']:,}{'+' if q.get('plus') else ''}"


def joined(items, n=3) -> str:
    """'a, b and c' from the first ``n`` items."""
    items = list(items)[:n]
    return ", ".join(items[:-1]) + (" and " if len(items) > 1 else "") + items[-1] if items else ""


def from_whom(recruiters: dict) -> str:
    """' from 8 fintech startups', as the page counts them; '' without a count."""
    if not recruiters.get("count"):
        return ""
    return f" from {recruiters['count']} {recruiters.get('whose') or 'organizations'}"


def are(items) -> str:
    """'is' for one item, 'are' for more."""
    return "is" if len(items) == 1 else "are"


def relevance(ctx: Ctx) -> float:
    """How far the opportunity bears on the person, 0..1 (see relation.py)."""
    return ctx.rel.relevance


def headline(ctx: Ctx) -> str:
    """The title and organization: the evidence for what the headline says."""
    title = ctx.opportunity.get("title") or ""
    org = ctx.opportunity.get("organization")
    return f"{title} — {org}" if org else title


def avoided_in_body(ctx: Ctx) -> list[str]:
    """What the person avoids that only the body names: the headline (title and organisation)
    holds no word of it. That is a doubt about the work, not a headline to look past; a body
    that names the organisation's own word for it ("Harbor Advertising": "an advertising
    agency") is the headline said again. A job's body is its work; an event's body names
    speakers and guests ("a VP at Northwind Bank"), not what one would do there."""
    from ..profile import role_words

    if ctx.is_event or not ctx.rel.avoid_body:  # nothing avoided: no headline to read
        return []
    # Asked by the costs, the second look and the plan: read once an estimate (with ctx).
    if "_avoided_in_body" not in ctx.__dict__:
        head = set(role_words(headline(ctx)))
        ctx.__dict__["_avoided_in_body"] = [
            a
            for a in ctx.rel.avoid_body
            if a not in ctx.rel.avoid_head
            and a not in ctx.rel.avoid_org
            and not head.intersection(role_words(a))
            and not said_not_asked(a, ctx)
        ]
    return list(ctx.__dict__["_avoided_in_body"])


def said_not_asked(term: str, ctx: Ctx) -> bool:
    """Whether the page says outright that what the person avoids is not asked of them
    ("machine learning is excellent but not a core requirement"): not the work, not a doubt."""
    from ..analysis import NOT_ASKED_HERE
    from ..relation import find_term

    for line in (ctx.opportunity.get("description") or "").splitlines():
        if NOT_ASKED_HERE.search(line) and find_term(term, line, None, person=ctx.me):
            return True
    return False


def speakers_of(ctx: Ctx) -> tuple[list[str], str]:
    """The event's speakers as the page lists them, else the hosts its prose names; and the
    words that name them."""
    speakers = ctx.opportunity.get("speakers") or []
    if speakers:
        return speakers, "Speakers: " + ", ".join(speakers[:3])
    hosts = ctx.analysis.get("hosts") or []
    return [h["name"] for h in hosts], (hosts[0]["evidence"] if hosts else "")


def skill_evidence(ctx: Ctx, names) -> str:
    """The sentence that names the first of ``names`` found on the page."""
    for s in ctx.analysis["skills"]:
        if s["name"] in names and s["evidence"]:
            return s["evidence"]
    from ..relation import find_term

    for name in names:  # a skill of the person's read in the page's own words
        found = find_term(name, ctx.opportunity.get("description") or "", None)
        if found:
            return found
    return ctx.headline


def below_level(ctx: Ctx, lens: Lens) -> float:
    """A role two or more levels below the person's is not one they would want: the share of a
    lens that assumes they would (a rehearsal of their own interviews, a second look, an offer,
    its questions, learning on the job) that still counts. Said, with the page's words, when
    the lens has something to say."""
    from ..relation import below_share

    if ctx.is_event or ctx.rel.below is None:
        return 1.0
    if lens.reasons:
        text, words = ctx.rel.below
        lens.reasons.append({"text": f"{text}: not what you aim for", "evidence": words})
    return below_share(ctx.rel)
