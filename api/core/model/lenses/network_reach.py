"""Network reach: the people you would meet, and whom they know."""

from __future__ import annotations

import math

from .. import contacts
from ..cues import PEOPLE_STEPS
from .base import Ctx, Lens, count_text, from_whom, joined, log_share, relevance, sat


def network_reach(ctx: Ctx) -> Lens:
    """The people you would meet, and whom they know."""
    if not ctx.is_event:
        return _job_contacts(ctx)
    lens = Lens("network_reach")
    talks, basis = conversations(ctx.analysis, ctx.opportunity)
    attendees = ctx.ids("attendees")
    if talks > 0:
        lo, hi = max(1, round(talks * 0.7)), max(2, round(talks * 1.3))
        lens.add(
            sat(talks, 7.0), f"About {lo}–{hi} new conversations ({basis})", _format_evidence(ctx)
        )
    access = min(1.0, 0.2 + talks / 6.0)
    reach = 0.0
    who = []
    for aid, hit in attendees.items():
        bonus = hit["reach"]
        if aid == "recruiters" and hit.get("count"):
            bonus += 0.15 * log_share(hit["count"], 15)
            who.append(f"recruiters{from_whom(hit)}")
        elif aid == "peers" and (ctx.rel["role_word"] or 0) >= 0.45:
            # People in one's own line of work hear of openings in it first.
            bonus = 0.25
            who.append("people in your line of work")
        else:
            who.append(hit["label"])
        reach += bonus
    if who:
        lens.add(
            access * sat(reach, 0.6),
            f"Who attends: {joined(who, 4)}; their circles reach beyond yours",
            next(iter(attendees.values()))["evidence"],
        )
    employers = ctx.q("employers")
    if employers and employers["value"] >= 3:
        said = attendees.get("recruiters", {}).get("evidence") == employers["evidence"]
        lens.add(
            access * 0.25 * log_share(employers["value"], 50),
            None
            if said
            else f"People from {count_text(employers)} organizations: ties outside your own circle",
            employers["evidence"],
        )
    speakers = ctx.opportunity.get("speakers") or []
    if speakers and access > 0.3:
        lens.plan.append(
            f"Meet {joined(speakers, 2)} after they speak; ask whom they know who "
            f"hires for {ctx.target if ctx.me['targets'] else 'your field'}."
        )
    if "recruiters" in attendees:
        lens.plan.append(
            f"Find the recruiters early and ask which teams are hiring for "
            f"{ctx.target}, and whom you should talk to next."
        )
    if talks >= 1:
        aim = max(1, round(talks * 0.7))
        lens.plan.append(
            f"Aim for {aim} real conversation{'s' if aim > 1 else ''}; in each ask "
            "'who else here should I meet?' and follow up within two days."
        )
    # Recruiters, founders or executives reach across fields: weak ties beyond one's own.
    bridging = BRIDGING & set(attendees) and not ctx.rel.get("level_mismatch")
    lens.gate = 0.15 + 0.85 * max(relevance(ctx), 0.4 if bridging else 0.0)
    contacts.add_known_people(ctx, lens)  # the person's own contacts there
    return lens


BRIDGING = frozenset(
    {"recruiters", "hiring_managers", "founders", "investors", "executives", "mentors", "alumni"}
)


def conversations(analysis: dict, opportunity: dict) -> tuple[float, str]:
    """Expected new real conversations, and the basis of the estimate."""
    formats = {f["id"]: f for f in analysis.get("formats") or []}
    contacts = analysis["quantities"].get("contacts")
    crowd = (
        analysis["quantities"].get("capacity") or analysis["quantities"].get("attendees") or {}
    ).get("value")
    duration = analysis.get("duration") or {}
    hours = duration.get("hours") or _default_hours(formats)
    days = duration.get("days") or 1
    mixing_hours = min(hours, 6.0 if days == 1 else 4.0 * days)
    interactive = [f for f in formats.values() if f["rate"] >= 2.0]
    rate = max((f["rate"] for f in interactive), default=0.0)
    hosts = [f for f in formats.values() if f["id"] in ("hackathon", "conference")]
    if hosts and "career_fair" not in formats:
        # Sessions inside a conference or a hackathon are part of its day, not extra mixing.
        rate = max(f["rate"] for f in hosts)
    elif not interactive:
        rate = max((f["rate"] for f in formats.values()), default=0.0)
    elif {"talk", "panel"} & set(formats):
        mixing_hours *= 0.6  # part of the evening is spent listening
    if opportunity.get("attendance_mode") == "online":
        rate *= 0.5  # breakout rooms yield fewer follow-ups than a room
    if crowd and crowd > 300:
        rate /= 1.0 + math.log10(crowd / 300.0)  # big halls: many faces, few conversations
    talks = rate * mixing_hours
    if contacts and contacts["value"] <= 60:
        talks = max(talks, float(contacts["value"]))
    if crowd:
        talks = min(talks, max(0.0, crowd - 1.0))
    talks = min(talks, 40.0)
    kind = ", ".join(f["label"] for f in formats.values()) or "format not stated"
    size = f" of {crowd:,}" if crowd else ""
    length = f"{_hours_text(hours, days)} " if hours else ""
    return talks, f"{length}{kind}{size}"


def _default_hours(formats) -> float:
    if "conference" in formats or "hackathon" in formats or "career_fair" in formats:
        return 6.0
    if "workshop" in formats:
        return 3.0
    return 2.0 if formats else 1.5


def _hours_text(hours: float, days: int) -> str:
    if days > 1:
        return f"{days}-day"
    return f"{hours:g}-hour"


def _format_evidence(ctx: Ctx) -> str:
    formats = ctx.analysis.get("formats") or []
    return formats[0]["evidence"] if formats else "event format"


def _job_contacts(ctx: Ctx) -> Lens:
    lens = Lens("network_reach")
    steps = ctx.ids("interview_steps")
    people = sum(PEOPLE_STEPS.get(s, 0.0) for s in steps)
    if people:
        met = joined([steps[s]["label"] for s in steps if s in PEOPLE_STEPS], 3)
        lens.add(
            min(0.35, sat(people, 6.0)),
            f"About {max(1, round(people))}–{round(people) + 2} people you will meet in the "
            f"loop ({met}); each knows others hiring",
            next(iter(steps.values()))["evidence"],
        )
        lens.plan.append(
            "Ask each interviewer which teams they work with most; note names "
            "for later, whatever the outcome."
        )
    if ctx.opportunity.get("is_agency") or "agency" in ctx.ids("breadth"):
        lens.add(
            0.3,
            "A recruiter who knows many employers",
            ctx.ids("breadth").get("agency", {}).get("evidence", "organization"),
        )
    lens.gate = 0.4 + 0.6 * relevance(ctx)
    contacts.add_known_people(ctx, lens)  # the person's own contacts there
    return lens
