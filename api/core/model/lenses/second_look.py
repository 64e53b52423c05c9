"""Second look: the headline puts you off, the body holds what you want."""

from __future__ import annotations

from .base import Ctx, Lens, are, headline, joined, sat, skill_evidence

# Substance beyond the title: (perk id, weight, what to ask about it).
SUBSTANCE = (
    ("mobility", 0.25, "Ask how often people move between teams, and where the last few went."),
    ("growth", 0.15, "Ask what the growth means for this team in a year: new roles, new scope."),
    ("mission", 0.15, "Ask which piece of work shows the mission best; judge it, not the title."),
    ("learning", 0.1, "Ask who has used the learning support, and what it led to."),
    ("flexibility", 0.08, "Ask how the schedule works in practice in a busy week."),
    ("benefits", 0.05, None),
)


def second_look(ctx: Ctx) -> Lens:
    """The headline puts you off, the body holds what you want."""
    lens = Lens("second_look")
    me, rel = ctx.me, ctx.rel
    perks = ctx.ids("perks")
    if not me["given"]:
        for pid, weight, _ask in SUBSTANCE[:4]:
            if pid in perks:
                lens.add(weight, f"Beyond the title: {perks[pid]['label']}", perks[pid]["evidence"])
        if "remote" in perks:
            lens.add(0.25, "Remote work is on offer", perks["remote"]["evidence"])
        lens.gate = 0.5
        return lens
    gap, why = _headline_gap(ctx)
    if gap <= 0:
        return lens
    lens.gate = 0.85 * gap
    named = _target_in_body(ctx)
    if named:
        lens.add(0.5, f"The body names {ctx.target}, the role you want", named)
        lens.plan.append(
            f"Ask about the path to {ctx.target} the page mentions: who has taken it, and how "
            "long it took."
        )
    known = rel["skill_known"]
    if known:
        lens.add(
            sat(len(known), 2.0),
            f"{len(known)} of your skills {are(known)} in the body ({joined(known, 4)})",
            skill_evidence(ctx, known),
        )
        lens.plan.append(
            f"Ask how {joined(known, 2)} are used day to day; the answer tells you "
            f"whether the work is closer to {ctx.target} than the title says."
        )
    if rel["industry"]:
        # The right industry makes the wrong job only a little more interesting.
        near = max(rel["role_sim"] or 0.0, rel["skill_rel"] or 0.0)
        name, ev = rel["industry"][0]
        lens.add(0.45 * (0.3 + 0.7 * near), f"The work touches {name}, an industry you named", ev)
    if "remote" in perks:
        lens.add(
            0.6 if me["remote_only"] else 0.25,
            "Remote work is on offer",
            perks["remote"]["evidence"],
        )
    for pid, weight, ask in SUBSTANCE:
        if pid in perks:
            lens.add(weight, f"Beyond the title: {perks[pid]['label']}", perks[pid]["evidence"])
            if ask:
                lens.plan.append(ask)
    if ctx.pay.get("above", 0) > 0:
        lens.add(0.3 * ctx.pay["above"], "The pay clears your floor", ctx.pay["evidence"])
    if lens.reasons:
        head = {"text": f"The headline puts you off {why}", "evidence": headline(ctx)}
        lens.reasons.insert(0, head)
    return lens


def _target_in_body(ctx: Ctx) -> str | None:
    """Evidence that the body names one of the person's target roles, if it does."""
    from ..relation import find_term

    body = ctx.opportunity.get("description") or ""
    for target in ctx.me["targets"]:
        ev = find_term(target["text"], body, None)
        if ev:
            return ev
    return None


def _headline_gap(ctx: Ctx) -> tuple[float, str]:
    rel = ctx.rel
    if rel["avoid_head"]:
        return 1.0, f"(the headline says {rel['avoid_head'][0]}, which you avoid)"
    if rel["avoid_body"]:
        return 0.6, f"(it mentions {rel['avoid_body'][0]}, which you avoid)"
    sim = rel["role_sim"]
    if not ctx.is_event and sim is not None and ctx.me["targets"] and sim < 0.85:
        return 1.0 - sim, f"(the title is not a {ctx.target} role)"
    return 0.0, ""
