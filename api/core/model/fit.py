"""Fit: the obvious value, how well the opportunity matches what the person wants."""

from __future__ import annotations

from typing import Any

WEIGHTS = {
    "role": 0.35,
    "skills": 0.25,
    "seniority": 0.1,
    "place": 0.1,
    "pay": 0.1,
    "industry": 0.1,
}
NEUTRAL = 50
GAP_PULL = 0.06  # each named requirement the person lacks takes this off the skills part
INELIGIBLE = 0.5  # a person who cannot be considered fits at most half as well
BELOW = 0.7  # a role two or more levels below the person's is not what they want


def fit(ctx, travel_km: float | None) -> int:
    """Return fit 0..100 from role, skills, seniority, place, pay and industry."""
    me, rel = ctx.me, ctx.rel
    if not me.given:
        return NEUTRAL
    parts: dict[str, float] = {}
    if me.targets:
        # An event has no role of its own: how near it sits to the person's field stands in.
        sim = rel.role_sim if not ctx.is_event else rel.relevance
        parts["role"] = sim if sim is not None else (rel.role_word or 0.0) * 0.8
    if me.skills:
        parts["skills"] = _skills(rel)
    if me.seniority:
        gap = rel.seniority_gap
        parts["seniority"] = (
            0.6 if gap is None else {0: 1.0, 1: 0.6, -1: 0.6, 2: 0.25, -2: 0.25}.get(gap, 0.0)
        )
    parts["place"] = _place(ctx, travel_km)
    if ctx.me.floor and not ctx.is_event:
        parts["pay"] = _pay(ctx)
    if me.industries:
        parts["industry"] = 1.0 if rel.industry else 0.15
    total = sum(WEIGHTS[k] for k in parts)
    value = sum(WEIGHTS[k] * v for k, v in parts.items()) / total if total else 0.5
    if rel.avoid_head or rel.avoid_org:
        value *= 0.7  # the person said they are not interested in this
    if rel.seniority_gap is not None and rel.seniority_gap <= -2:
        value *= BELOW  # a role well below the person's level is not what they want
    if rel.eligibility is not None and rel.eligibility.blocked:
        value *= INELIGIBLE
    return int(round(100 * max(0.0, min(1.0, value))))


def _skills(rel: dict[str, Any]) -> float:
    known, new, common = rel.skill_known, rel.skill_new, rel.skill_common
    total = len(known) + len(new) + len(common)
    if not total:
        return 0.2
    near = sum(0.6 for _, n in new if n >= 0.6)
    have = min(1.0, (len(known) + 0.8 * len(common) + near) / min(total, 5))
    # Every named requirement one lacks lowers fit, however many one has.
    return max(0.0, have - GAP_PULL * len(rel.gaps))


def _place(ctx, km: float | None) -> float:
    loc = ctx.opportunity.get("location") or {}
    remote = (
        loc.get("remote") or loc.get("online") or ctx.opportunity.get("attendance_mode") == "online"
    )
    if remote:
        return 1.0
    if ctx.me.remote_only:
        return 0.1
    if km is None:
        return 0.5
    if km <= 60:
        return 1.0
    if km <= 200:
        return 0.6
    return 0.2


def _pay(ctx) -> float:
    pay = ctx.analysis.get("pay")
    floor = ctx.me.floor
    if not pay or (floor.currency and floor.currency != pay["currency"]):
        return 0.5
    if pay["annual_min"] >= floor.annual:
        return 1.0
    if pay["annual_max"] >= floor.annual:
        return 0.7
    return max(0.0, 0.5 * pay["annual_max"] / floor.annual - 0.1)
