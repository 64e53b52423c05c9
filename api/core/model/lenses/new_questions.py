"""New questions: questions you have not prepared for."""

from __future__ import annotations

from ..cues import UNUSUAL_STEPS
from .base import Ctx, Lens, are, below_level, joined, relevance, sat, skill_evidence


def new_questions(ctx: Ctx) -> Lens:
    """Requirements outside your skills, and unusual formats."""
    lens = Lens("new_questions")
    new = ctx.rel["skill_new"]
    if new:
        weight = sum(0.25 + 0.75 * near for _, near in new)
        neighbours = [s for s, near in new if near >= 0.35]
        names = [s for s, _ in sorted(new, key=lambda x: -x[1])]
        text = (
            f"{len(new)} of the requirements {are(new)} new to you ({joined(names, 4)})"
            if ctx.me["skills"]
            else f"{len(new)} named requirement{'s' if len(new) > 1 else ''} ({joined(names, 4)})"
        )
        if neighbours and ctx.me["skills"]:
            sit = "sits" if len(neighbours) == 1 else "sit"
            text += f"; {len(neighbours)} {sit} next to what you know"
        lens.add(
            sat(weight, 2.2) * (0.6 if ctx.is_event else 1.0), text, skill_evidence(ctx, names)
        )
        if ctx.is_event:
            lens.plan.append(
                f"Skim an introduction to {joined(names, 2)} beforehand so you can "
                "follow, and note what you would ask."
            )
        else:
            each = "each" if len(names) > 1 else "it"
            lens.plan.append(
                f"Read up on {joined(names, 2)} before the first conversation; "
                f"expect a question on {each}."
            )
    steps = ctx.ids("interview_steps")
    unusual = [(sid, w) for sid, w in UNUSUAL_STEPS.items() if sid in steps]
    for sid, w in unusual:
        lens.add(w, f"An unusual format: {steps[sid]['label']}", steps[sid]["evidence"])
    if unusual:
        first = steps[unusual[0][0]]["label"]
        lens.plan.append(
            f"Ask the recruiter what the {first} looks like (length, who judges it, what a "
            "strong one shows), then do one out loud."
        )
    gap = ctx.rel["seniority_gap"]
    if gap and gap > 0:
        lens.add(
            min(0.3, 0.12 * gap), "A level above yours: questions on scope and leadership", "title"
        )
    lens.gate = (0.2 + 0.8 * relevance(ctx)) * below_level(ctx, lens)
    return lens
