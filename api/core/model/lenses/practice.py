"""Practice: a rehearsal for the interview you want, at lower stakes."""

from __future__ import annotations

from ..cues import FORMATS_BY_FAMILY, GENERIC_STEPS
from .base import Ctx, Lens, below_level, joined, relevance


def practice(ctx: Ctx) -> Lens:
    """A rehearsal for the interview you want, at lower stakes."""
    lens = Lens("practice")
    steps = ctx.analysis.get("interview_steps") or []
    me = ctx.me
    sim = ctx.rel["role_sim"]
    if sim is None:
        sim = relevance(ctx) if me["given"] else 0.5
    generic = [s for s in steps if s["id"] in GENERIC_STEPS]
    specific = [s for s in steps if s["id"] not in GENERIC_STEPS]
    if not ctx.is_event:
        loop = min(1.0, 0.35 * len(specific) + 0.15 * len(generic))
        if sim > 0.05:
            lens.add(sim * (0.55 + 0.45 * loop), _practice_text(ctx, sim), "title")
        if specific:
            lens.reasons.append(
                {
                    "text": "A described loop: " + joined([s["label"] for s in specific], 4),
                    "evidence": specific[0]["evidence"],
                }
            )
            lens.plan.append(
                f"Treat the {specific[0]['label']} as a rehearsal: try one answer "
                f"you have not used before and watch how the interviewer reacts."
            )
        shared = [s for s in specific if s["id"] in _target_formats(me)]
        if shared and sim < 0.85:
            # The format itself is what the target interviews use, whatever the role around it.
            lens.add(
                min(0.45, 0.25 * len(shared)),
                f"The {shared[0]['label']} is a format {ctx.target} interviews use",
                shared[0]["evidence"],
            )
        if not steps and sim >= 0.4:
            lens.plan.append(
                f"Ask {ctx.org} how the interviews run and whom you would meet; choose one "
                "answer you want to try out before the role you want."
            )
        if generic:
            lens.add(
                min(0.3, 0.1 * len(generic)) * 0.5 * relevance(ctx),
                f"Steps that rehearse any interview: {joined([s['label'] for s in generic], 4)}",
                generic[0]["evidence"],
            )
    else:
        formats = ctx.ids("formats")
        if steps:
            lens.add(
                min(0.6, 0.3 + 0.1 * len(steps)),
                f"Interviews on the day: {joined([s['label'] for s in steps])}",
                steps[0]["evidence"],
            )
            if "career_fair" in formats:
                lens.plan.append(
                    "Bring a one-page resume and a 30-second pitch; use the first "
                    "two booths to warm up before the ones you care about."
                )
            else:
                lens.plan.append(
                    f"Treat the {steps[0]['label']} as a rehearsal: prepare one piece you "
                    "would use for the role you want, and note the feedback."
                )
        shared = [s for s in steps if s["id"] in _target_formats(me)]
        if shared:
            lens.add(
                0.3,
                f"The {shared[0]['label']} is a format {ctx.target} interviews use",
                shared[0]["evidence"],
            )
        for fid, weight, what in (
            ("speed_rounds", 0.3, "rounds rehearse your introduction"),
            ("career_fair", 0.3, "short talks with employers rehearse your pitch"),
            ("mixer", 0.1, "practise introducing yourself"),
        ):
            if fid in formats:
                lens.add(
                    weight,
                    f"{formats[fid]['label'].capitalize()}: {what}",
                    formats[fid]["evidence"],
                )
        sim = max(sim, 0.2)
    near = relevance(ctx)
    if ctx.is_event and any(s["id"] in _target_formats(me) for s in steps):
        near = max(near, 0.8)  # an audition is an actor's interview, whatever else the page says
    lens.gate = recency(me["recent"]) * (1.0 if not ctx.is_event else 0.3 + 0.7 * near)
    lens.gate *= below_level(ctx, lens)
    if me["recent"] >= 4 and lens.reasons:
        lens.reasons.append(
            {
                "text": f"Worth less: {me['recent']} interviews in the last 90 days",
                "evidence": "profile.recent_interviews",
            }
        )
    return lens


def recency(recent: int) -> float:
    """Practice is worth less to someone who has interviewed a lot in the last 90 days."""
    return 1.0 / (1.0 + recent / 5.0)


def _target_formats(me: dict) -> set[str]:
    """The interview formats the person's target roles are known for."""
    from ..relation import trust

    out: set[str] = set()
    for t in me["targets"]:
        code = t.get("code") or ""
        if not code or trust(t.get("confidence")) < 0.5:
            continue
        prefix = max((p for p in FORMATS_BY_FAMILY if code.startswith(p)), key=len, default=None)
        if prefix:
            out.update(FORMATS_BY_FAMILY[prefix])
    return out


def _practice_text(ctx: Ctx, sim: float) -> str:
    role = ctx.analysis.get("role") or {}
    if not ctx.me["targets"]:
        return f"A {role.get('title') or 'job'} interview; add target roles to judge the rehearsal"
    if sim >= 0.85:
        return f"The same kind of interview as the {ctx.target} roles you want, at lower stakes"
    if sim >= 0.4:
        return f"A neighbouring role to {ctx.target}: much of the interview carries over"
    return f"Little of this interview carries over to {ctx.target}"
