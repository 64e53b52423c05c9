"""Learning: something new, near what you know."""

from __future__ import annotations

from .base import Ctx, Lens, below_level, joined, relevance, skill_evidence, speakers_of

# Formats where a session teaches something, and how much on its own.
TEACHING_FORMATS = {
    "workshop": 0.75,
    "hackathon": 0.6,
    "talk": 0.5,
    "panel": 0.4,
    "conference": 0.5,
    "webinar": 0.45,
    "small_tables": 0.25,
    "company_visit": 0.35,
    "career_fair": 0.1,
    "mixer": 0.15,
    "speed_rounds": 0.1,
}


def learning(ctx: Ctx) -> Lens:
    """Talks, workshops and topics near your skills but not in them."""
    lens = Lens("learning")
    formats = ctx.ids("formats")
    topic, topic_text = _topic_nearness(ctx)
    if ctx.is_event:
        teach = max((TEACHING_FORMATS.get(f, 0.0) for f in formats), default=0.0)
        best = max(formats, key=lambda f: TEACHING_FORMATS.get(f, 0.0)) if formats else None
        if best and teach > 0:
            what = formats[best]["label"]
            lens.add(
                teach * (0.1 + 0.9 * topic),
                f"Format: {what}{topic_text}",
                formats[best]["evidence"],
            )
        stage = _for_your_stage(ctx)
        if stage and teach > 0:
            # A session written for people at one's own stage teaches more than one pitched
            # past or below it, whatever the topic's name.
            lens.add(
                FOR_YOUR_STAGE * (0.3 + 0.7 * max(topic, relevance(ctx))),
                "Written for people at your stage",
                stage,
            )
        speakers, said = speakers_of(ctx)
        if speakers and formats.keys() & SPEAKING_FORMATS:
            lens.add(0.15 * (0.2 + 0.8 * topic), f"Talks by {joined(speakers)}", said)
        if lens.reasons and topic >= 0.3:
            near = [s for s, n in ctx.rel.skill_new if n >= 0.3]
            if near:
                lens.plan.append(
                    f"Come with one question about {near[0]} you could not answer "
                    "from the docs; ask it in the session."
                )
            else:
                lens.plan.append(
                    f"Write down two ideas from {ctx.title} you could try within a week."
                )
    else:
        near = [s for s, n in ctx.rel.skill_new if 0.3 <= n <= 0.85]
        if near:
            lens.add(
                min(0.45, 0.12 * len(near)) * (0.3 + 0.7 * relevance(ctx)),
                f"You would see how they use {joined(near)} up close",
                skill_evidence(ctx, near),
            )
        perks = ctx.ids("perks")
        if "learning" in perks:
            lens.add(0.12, "Learning support in the role", perks["learning"]["evidence"])
        lens.gate = ctx.rel.reach * below_level(ctx, lens)
    return lens


FOR_YOUR_STAGE = 0.35
SPEAKING_FORMATS = frozenset({"talk", "panel", "webinar", "workshop"})


def _for_your_stage(ctx: Ctx) -> str | None:
    """The page's words that say the event is for people at the person's level, if it does."""
    if not ctx.me.seniority:
        return None
    for level in ctx.analysis.get("levels") or []:
        if level["id"] == ctx.me.seniority:
            return level["evidence"]
    return None


def _topic_nearness(ctx: Ctx) -> tuple[float, str]:
    """How near the topics sit to the person's skills, peaking just outside them."""
    if not ctx.me.given:
        return 0.9 * relevance(ctx), ""  # about 0.5 for a page about work, less for leisure
    new = ctx.rel.skill_new
    known = ctx.rel.skill_known
    best, name = 0.0, None
    for s, near in new:
        # Middle band: next to what one knows, not the same and not unrelated.
        value = max(0.0, 1.0 - abs(near - 0.6) / 0.6)
        if value > best:
            best, name = value, s
    if best and ctx.is_event:
        # A tool next to one of yours is worth learning as far as the event is in your field:
        # Rust beside Python is a lesson for a developer, a detour for a product manager.
        best *= TOPIC_OUTSIDE_FIELD + (1.0 - TOPIC_OUTSIDE_FIELD) * min(1.0, ctx.rel.field)
    if known and best < 0.45:
        best, name = 0.55, known[0]  # practitioners' lessons on one's own tools
    if name:
        return best, f", on {name}: {'next to' if name not in known else 'deepening'} your skills"
    # An event's subject is its field (its audience's level or a format one likes is not).
    rel = min(relevance(ctx), ctx.rel.field) if ctx.is_event else relevance(ctx)
    if (ctx.rel.role_word or 0.0) >= ROLE_NAMED:
        # The session is about the work the person wants to do: as near as a topic gets.
        return 0.85 * rel, ", on the work you want to do"
    return 0.6 * rel, (", in your field" if rel >= 0.4 else ", on a topic far from your goals")


ROLE_NAMED = 0.45
TOPIC_OUTSIDE_FIELD = 0.4  # a near tool's share of its worth at an event far from one's field
