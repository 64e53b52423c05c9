"""Why a skip is a skip: the first reason when nothing blocks the person but little here is worth
their time.

A skip for low value used to open with the strongest lens's reason ("a neighbouring role: much
of the interview carries over"), which under the word Skip reads as praise. The reason built here
says plainly what is missing or small, each part in the page's words or saying that the page is
silent; the lenses' reasons follow as what little the page offers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .evidence import article
from .lenses.base import Ctx, joined
from .relation import GENERAL_ABILITIES

# A cost at least this heavy is one of the things that make the page not worth the time.
HEAVY_COST = 0.15
# Costs said elsewhere in the reasons already (a role below the person, a level above them).
SAID_ELSEWHERE = frozenset({"below", "stretch", "ended"})
# A description shorter than this (in words) says nothing of the work: a card, a bare title.
FEW_WORDS = 40
# An event that gives at most this many new conversations gives few.
FEW_TALKS = 3
# What the reason names at most: the first three things missing or small.
AT_MOST = 3
# The role similarity from which the title is the role the person wants (estimate.SAME_ROLE).
THEIR_ROLE = 0.85
# How near an event's subject and people are to the person's field, under which it is far.
FAR_FIELD = 0.3
LEAD = "Not worth your time"


@dataclass(frozen=True)
class Shortfall:
    """One thing missing or small: what it is, and the page's words for it ("" when silent)."""

    text: str
    words: str = ""
    silent_on: str = ""  # what the page says nothing of, when it is a silence


def why_not(ctx: Ctx, cost_items: list[dict[str, Any]]) -> dict[str, str]:
    """The first reason of a skip for low value: what is missing or small, in the page's words."""
    found = (_event_shortfalls if ctx.is_event else _job_shortfalls)(ctx, cost_items)
    if not found:
        found = [Shortfall("what it offers is small", ctx.headline)]
    found = found[:AT_MOST]
    words = next((s.words for s in found if s.words), "")
    if not words:
        silences = [s.silent_on for s in found if s.silent_on]
        words = f"The page says nothing of {joined(silences)}." if silences else ctx.headline
    return {"text": f"{LEAD}: {joined([s.text for s in found])}", "evidence": words}


def _job_shortfalls(ctx: Ctx, cost_items) -> list[Shortfall]:
    out = []
    rel, me = ctx.rel, ctx.me
    title = ctx.opportunity.get("title") or ""
    if me.targets and (rel.role_sim or 0.0) < THEIR_ROLE and rel.below is None:
        aims = _or([t.text for t in me.targets])
        what = "a title" if not title else f"{article(aims)} {aims} role"
        out.append(Shortfall(f"not {what}", title))
    out += _heavy(cost_items)
    pay = _pay_shortfall(ctx)
    if pay:
        out.append(pay)
    if (ctx.analysis.get("words") or 0) < FEW_WORDS:
        out.append(Shortfall("nothing said about the work beyond the title", "", "the work"))
    elif me.skills and ctx.analysis.get("skills") and not rel.skill_known:
        asked = [s for s in ctx.analysis["skills"] if s["name"].lower() not in GENERAL_ABILITIES]
        if asked:
            names = joined([s["name"] for s in asked])
            out.append(Shortfall(f"none of your skills among those it names ({names})",
                                 asked[0].get("evidence") or ""))  # fmt: skip
    return out


def _event_shortfalls(ctx: Ctx, cost_items) -> list[Shortfall]:
    out = []
    title = ctx.opportunity.get("title") or ""
    kind = ctx.analysis.get("event_kind") or {}
    if not ctx.career_event and kind.get("label"):
        out.append(Shortfall(f"{kind['label']} rather than a career event", title))
    elif ctx.me.given and ctx.rel.field < FAR_FIELD and not _near_skills(ctx):
        out.append(Shortfall("a subject far from your field", title))
    out += _heavy(cost_items)
    if ctx.career_event:
        from .lenses import conversations

        talks, _ = conversations(ctx.analysis, ctx.opportunity)
        if talks <= FEW_TALKS:
            # As the estimate's quantities give them (a range), and said of the whole event.
            few = (f"only {max(1, round(talks * 0.7))}–{max(2, round(talks * 1.3))}" if talks > 0
                   else "hardly any")  # fmt: skip
            out.append(Shortfall(f"{few} new conversations likely", title))
    return out


NEAR_SKILL = 0.3  # a topic this near one of the person's skills is next to them, not far


def _near_skills(ctx: Ctx) -> bool:
    """Whether the event's topics are the person's skills or next to them."""
    return bool(ctx.rel.skill_known) or any(n >= NEAR_SKILL for _, n in ctx.rel.skill_new)


def _heavy(cost_items) -> list[Shortfall]:
    """The heaviest cost the other reasons do not say, if it weighs."""
    heavy = sorted(
        (c for c in cost_items if c["weight"] >= HEAVY_COST and c["id"] not in SAID_ELSEWHERE),
        key=lambda c: -c["weight"],
    )
    if not heavy:
        return []
    cost = heavy[0]
    text = cost["text"].split(": ")[0]
    return [Shortfall(text[:1].lower() + text[1:], cost["evidence"])]


def _pay_shortfall(ctx: Ctx) -> Shortfall | None:
    """No pay stated, or a band that tops out below the person's floor."""
    pay = ctx.analysis.get("pay")
    if not pay:
        return Shortfall("no pay stated", "", "the pay")
    floor = ctx.me.floor
    if not floor or not pay.get("annual_max"):
        return None
    from .pay import convert

    factor = 1.0
    if pay.get("currency") and floor.currency and pay["currency"] != floor.currency:
        factor = convert(1.0, pay["currency"], floor.currency)
    if factor and pay["annual_max"] * factor < floor.annual:
        return Shortfall("pay that tops out below your floor", pay["evidence"])
    return None


def _or(items: list[str]) -> str:
    items = items[:2]
    return " or ".join(items)

