"""New questions: interview formats and questions you have not met, when the interview is in reach.

Requirements the person lacks are not value: a long list of them is a gap, a cost (see
``costs.py``), and lowers fit. What counts here is what a person who could get the interview
would meet and learn to answer: an unusual format, a level above theirs, and a few named
requirements right next to what they know (a stretch, not a wall).
"""

from __future__ import annotations

from .base import Ctx, Lens, below_level, joined

# Formats a person rarely meets and seldom prepares for, and how much meeting one is worth.
UNUSUAL_STEPS = {
    "audition": 0.15,
    "case": 0.22,
    "group_case": 0.15,
    "take_home": 0.18,
    "panel": 0.12,
    "presentation": 0.18,
    "system_design": 0.1,
    "assessment": 0.08,
    "coding": 0.06,
}
LEVEL_ABOVE = 0.12  # per level above the person's: questions on scope and leadership
# A stretch: new requirements this near to what one knows, at most this many, each worth this.
STRETCH_NEAR = 0.5
STRETCH_MAX = 3
STRETCH_EACH = 0.1


def new_questions(ctx: Ctx) -> Lens:
    """Unusual formats and a stretch next to your skills, if you could get the interview."""
    lens = Lens("new_questions")
    steps = ctx.ids("interview_steps")
    unusual = [(sid, w) for sid, w in UNUSUAL_STEPS.items() if sid in steps]
    for sid, w in unusual:
        lens.add(w, f"A format you may not have met: {steps[sid]['label']}", steps[sid]["evidence"])
    if unusual:
        first = steps[unusual[0][0]]["label"]
        lens.plan.append(
            f"Ask {ctx.org} what the {first} looks like (length, who judges it, what a "
            "strong one shows), then do one out loud."
        )
    gap = ctx.rel.seniority_gap
    if gap and gap > 0 and not ctx.is_event:
        lens.add(
            min(0.3, LEVEL_ABOVE * gap),
            "A level above yours: questions on scope and leadership",
            ctx.opportunity.get("title") or ctx.headline,
        )
    if ctx.me.skills and not ctx.is_event:
        stretch = [s for s, near in ctx.rel.skill_new if near >= STRETCH_NEAR]
        if stretch and len(ctx.rel.gaps) <= STRETCH_MAX + 1:
            lens.add(
                STRETCH_EACH * min(len(stretch), STRETCH_MAX),
                f"A stretch next to what you know: {joined(stretch, 3)}",
                _evidence(ctx, stretch),
            )
            lens.plan.append(
                f"Prepare one honest answer on {joined(stretch, 2)}: how what you know carries "
                "over."
            )
    lens.gate = ctx.rel.reach * below_level(ctx, lens)
    return lens


def _evidence(ctx: Ctx, names) -> str:
    from .base import skill_evidence

    return skill_evidence(ctx, names)
