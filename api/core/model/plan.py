"""The plan: 2–5 concrete steps, from the strongest lenses first."""

from __future__ import annotations

MAX_STEPS = 5
MIN_LENS = 0.15  # a lens this weak has nothing worth a step


def plan(ctx, ranked: list, ended: str | None) -> list[str]:
    """Return 2–5 steps built from the page, the lenses and the person's goals."""
    org = ctx.opportunity.get("organization")
    if ended:
        who = org or "the organizer"
        return [
            f"{ended[0]}: look for the next one from {who}.",
            f"Follow {who} so the next date reaches you in time.",
        ]
    steps: list[str] = []
    for lens in ranked:
        if lens.score() < MIN_LENS:
            continue
        for step in lens.plan[:2]:
            if step not in steps:
                steps.append(step)
                break
    for lens in ranked:
        for step in lens.plan[1:]:
            if len(steps) >= MAX_STEPS - 1:
                break
            if step not in steps and lens.score() > 0.25:
                steps.append(step)
    steps = steps[: MAX_STEPS - 1]
    if not steps:
        if ranked and ranked[0].score() >= 0.25:
            steps.append(_ask_first(ctx))
        else:
            return _little_here(ctx)
    steps.append(_closing(ctx))
    return steps[:MAX_STEPS]


def _ask_first(ctx) -> str:
    # Something scores but the page gives no handle: one question that makes the time count.
    org = ctx.opportunity.get("organization") or "them"
    if ctx.is_event:
        return f"Before you go, ask {org} who usually attends, and pick two people to meet."
    return f"Ask {org} how the process runs and whom you would meet; prepare one question each."


def _little_here(ctx) -> list[str]:
    # Nothing scores: say so, and say what would make the time count if they go anyway.
    where = "an event" if ctx.is_event else "a listing"
    if ctx.me["targets"]:
        toward = ctx.target
        return [
            f"Little here leads toward {toward}; {where} closer to it is a better use of the time.",
            f"If you go anyway, ask one person whom they know in {toward} work, and follow up.",
        ]
    return [
        f"Little here points anywhere in particular; {where} in your field is a better bet.",
        "Add your target roles and skills to the profile so this can say more.",
    ]


def _closing(ctx) -> str:
    goals = ctx.me["goals"]
    if "network" in goals:
        return "Afterwards, write down whom you met and whom they offered to introduce."
    if "practice" in goals:
        return "Afterwards, note the question that surprised you and draft a better answer."
    if "learn" in goals:
        return "Afterwards, write down one thing you learned and try it within a week."
    if "land" in goals:
        return "Decide beforehand what would make you say yes, so an offer is easy to judge."
    return "Afterwards, note what surprised you; it tells you what to look for next."
