"""Costs: travel, ticket price, time, timing, and whether it is already over."""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from typing import Any

from .pay import USD_PER

# Event kinds, for judging a ticket price against what such events usually cost (USD).
PRICE_REFERENCE = {
    "mixer": 30.0,
    "speed_rounds": 40.0,
    "small_tables": 40.0,
    "company_visit": 20.0,
    "workshop": 120.0,
    "talk": 30.0,
    "panel": 30.0,
    "webinar": 20.0,
    "career_fair": 15.0,
    "hackathon": 40.0,
    "conference": 700.0,
}
# Named requirements the person lacks: each costs this much of the time and of the odds, up to
# GAP_MAX ("3 named requirements you don't have" is a real cost; 12 is a different job).
GAP_EACH = 0.07
GAP_MAX = 0.5
GAP_NEAR_RELIEF = 0.6  # a gap right next to what one knows costs this much less (learnable)
# An experienced person (senior or above, or five years and more) has met many stacks: a named
# tool they lack is more often the difference between one employer's stack and another's.
GAP_EXPERIENCED = 0.6
EXPERIENCED = ("senior", "lead", "executive")
EXPERIENCED_YEARS = 5
# A stretch (a level or a few years above the person) costs this: the odds are against them.
STRETCH = 0.08
# A role two or more levels below the person (the mirror of a stretch): an employer doubts an
# overqualified candidate, and the job is not what they aim for. By levels below (three or more:
# the last).
BELOW = {2: 0.08, 3: 0.12}

TIME_MAX = 0.3  # days away from work, at most
BUDGET = {"intern": 1.4, "entry": 1.2, "mid": 1.0, "senior": 0.9, "lead": 0.8, "executive": 0.6}
LABELS = {
    "travel": "Travel",
    "price": "Ticket",
    "time": "Time",
    "soon": "Short notice",
    "ended": "Already over",
    "remote": "Not remote",
    "gaps": "What you lack",
    "stretch": "A stretch",
    "below": "Below your level",
    "avoided": "What you avoid",
}


def _cost(cid: str, text: str, evidence: str, weight: float) -> dict[str, Any]:
    return {
        "id": cid,
        "label": LABELS[cid],
        "text": text,
        "evidence": evidence,
        "weight": round(max(0.0, min(1.0, weight)), 3),
    }


def costs(ctx, today: date, km: float | None) -> list[dict[str, Any]]:
    """Return the costs of attending, each weighted 0..1."""
    out = []
    ended = ended_reason(ctx.opportunity, today)
    if ended:
        out.append(_cost("ended", ended[0], ended[1], 1.0))
    found = (
        _gaps(ctx),
        _stretch(ctx),
        _below(ctx),
        _avoided(ctx),
        _travel(ctx, km),
        _price(ctx) if ctx.is_event else None,
        _time(ctx),
        None if ended else _soon(ctx.opportunity, today),
    )
    out.extend(cost for cost in found if cost)
    return out


def total(items: list[dict[str, Any]]) -> float:
    """Combine costs so that several moderate ones add up but never pass 1."""
    keep = 1.0
    for c in items:
        keep *= 1.0 - c["weight"]
    return 1.0 - keep


def _online(opp) -> bool:
    loc = opp.get("location") or {}
    return bool(
        opp.get("attendance_mode") == "online"
        or loc.get("online")
        or (loc.get("remote") and opp.get("kind") == "job")
    )


AVOIDED_IN_BODY = 0.25  # the work itself touches what the person said they avoid


def _avoided(ctx):
    """What the person avoids, named in the body though not in the headline: a doubt."""
    from .evidence import read
    from .lenses.base import avoided_in_body
    from .relation import find_term

    found = avoided_in_body(ctx)
    if not found:
        return None
    sentences = read(ctx.opportunity.get("description") or "", "").lines
    evidence = find_term(found[0], "\n".join(sentences), None)
    text = f"The page speaks of {found[0]}, which you avoid"
    return _cost("avoided", text, evidence or ctx.title, AVOIDED_IN_BODY)


def _gaps(ctx):
    """Named requirements the person lacks: a cost, never value."""
    gaps = ctx.rel.gaps
    if not gaps or not ctx.me.skills:
        return None
    from .lenses.base import joined, skill_evidence

    n = len(gaps)
    near = dict(ctx.rel.skill_new)
    weight = sum(GAP_EACH * (1.0 - GAP_NEAR_RELIEF * near.get(g, 0.0)) for g in gaps)
    me = ctx.me
    if me.seniority in EXPERIENCED or (me.years or 0) >= EXPERIENCED_YEARS:
        weight *= GAP_EXPERIENCED
    text = f"{n} named requirement{'s' if n > 1 else ''} you don't have ({joined(gaps, 4)})"
    return _cost("gaps", text, skill_evidence(ctx, gaps), min(GAP_MAX, weight))


def _stretch(ctx):
    elig = ctx.rel.eligibility
    found = [f for f in (elig.findings if elig else []) if f.status == "stretch"]
    if not found:
        return None
    return _cost("stretch", found[0].text, found[0].evidence, STRETCH * len(found))


def _below(ctx):
    """A job two or more levels below the person, in the words that say so."""
    rel = ctx.rel
    if ctx.is_event or rel.below is None:
        return None
    text, words = rel.below
    return _cost("below", text, words, BELOW[min(-rel.seniority_gap, max(BELOW))])


def _where(opp) -> str:
    from .places import display

    return display(opp.get("location") or {}) or "the venue"


def _place_words(opp) -> str:
    loc = opp.get("location") or {}
    return loc.get("evidence") or (f"Where: {_where(opp)}" if _where(opp) != "the venue" else "")


def _travel(ctx, km):
    opp = ctx.opportunity
    if _online(opp):
        loc = opp.get("location") or {}
        words = loc.get("evidence") or loc.get("text") or "Online"
        return _cost("travel", "Online or remote: no travel", words, 0.0)
    if km is None:
        return None
    where = _where(opp)
    if ctx.is_event:
        weight = 0.02 + 0.83 * (1.0 - math.exp(-km / 2500.0))
        text = f"About {_km(km)} from you ({where})" if km >= 10 else f"Close to you ({where})"
    else:
        # An interview may be remote at first; moving for the job is the real cost.
        weight = 0.45 * (1.0 - math.exp(-km / 1500.0))
        if any(e["id"] == "relocation" for e in ctx.analysis.get("extras") or []) or (
            ctx.me.willing_to_relocate
        ):
            weight *= 0.5
        text = f"About {_km(km)} away ({where}): the job would mean moving or commuting"
        if km <= 60:
            text = f"About {_km(km)} away ({where}): within commuting distance"
        if km < 10:
            text = f"In your area ({where}): within commuting distance"
    return _cost("travel", text, _place_words(opp) or f"Where: {where}", weight)


def _km(km: float) -> str:
    return f"{round(km):,} km" if km >= 10 else "a few km"


BEYOND_ANY_TICKET = 20_000.0  # USD: the dearest conference passes cost a tenth of this


def _price(ctx):
    price = ctx.opportunity.get("price") or {}
    amount = price.get("min") if price.get("min") is not None else price.get("max")
    said = (ctx.opportunity.get("evidence") or {}).get("price")
    if price.get("free") or amount == 0:
        return _cost("price", "Free", said or "The page says it is free", 0.0)
    if not amount:
        return None
    cur = (price.get("currency") or "USD").upper()
    usd = amount * USD_PER.get(cur, 1.0)
    if usd > BEYOND_ANY_TICKET:
        # No ticket costs this: a figure misread (two prices run together) or not a ticket.
        text = f"{cur} {amount:,.0f} is beyond any ticket: check the price on the page"
        return _cost("price", text, said or f"Price: {cur} {amount:,.0f}", 0.0)
    race = _race(ctx)
    if race:
        # A race's price is the competitors' entry: those who come for its people (to watch,
        # cheer or volunteer) pay nothing, and running is not what the estimate values.
        text = (
            f"{cur} {amount:,.0f} is the entry fee for those who race; watching or "
            "volunteering is free"
        )
        return _cost("price", text, said or race, 0.0)
    formats = [f["id"] for f in ctx.analysis.get("formats") or []]
    ref = max((PRICE_REFERENCE.get(f, 50.0) for f in formats), default=50.0)
    # Convex: a ticket under the usual price barely counts; many times over it weighs.
    weight = 0.7 * (usd / (usd + 2.0 * ref)) ** 1.5
    # The same ticket weighs more on a student's budget than on an executive's.
    weight = min(0.85, weight * BUDGET.get(ctx.me.seniority, 1.0))
    judgement = "cheap" if usd <= ref else "a lot" if usd > 3 * ref else "noticeable"
    priciest = max(
        ctx.analysis["formats"], key=lambda f: PRICE_REFERENCE.get(f["id"], 50.0), default=None
    )
    kind = f" ({priciest['label']})" if priciest else ""
    return _cost(
        "price",
        f"{cur} {amount:,.0f}: {judgement} for this kind of event{kind}",
        said or f"Price: {cur} {amount:,.0f}",
        weight,
    )


# A race one enters to compete in: its price is an entry fee, not a ticket to be there.
RACE = re.compile(
    r"\b(?:(?:half[- ])?marathons?|ultra[- ]?marathons?|triathlons?|duathlons?|fun runs?"
    r"|\d+ ?k (?:run|race|walk)|[15]0?k|road races?|relay races?|trail races?|gran fondo"
    r"|race day|start line|finish line|bib pick-?up)\b",
    re.I,
)


def _race(ctx) -> str | None:
    """The page's words that make a sports event a race one enters, if they do."""
    if not ctx.is_event or (ctx.analysis.get("event_kind") or {}).get("id") != "sports":
        return None
    title = ctx.opportunity.get("title") or ""
    for line in (title, *(ctx.opportunity.get("description") or "").splitlines()[:40]):
        if RACE.search(line):
            return line.strip()[:200]
    return None


def _time(ctx):
    duration = ctx.analysis.get("duration") or {}
    days = duration.get("days") or 1
    hours = duration.get("hours") or 0
    if days > 1:
        return _cost(
            "time",
            f"{days} days away from work",
            duration["evidence"],
            # One chooses the days one goes to: a long programme costs more, but not in proportion.
            min(TIME_MAX, 0.05 + 0.08 * (days - 1)),
        )
    if hours > 5:
        return _cost("time", f"A {hours:g}-hour day", duration["evidence"], 0.06)
    steps = ctx.analysis.get("interview_steps") or []
    if not ctx.is_event and len(steps) >= 4:
        return _cost("time", f"A {len(steps)}-step interview process", steps[0]["evidence"], 0.06)
    return None


def _soon(opp, today):
    start = _day(opp.get("start"))
    if start and 0 <= (start - today).days <= 2:
        days = (start - today).days
        when = "today" if days == 0 else "tomorrow" if days == 1 else "in 2 days"
        said = (opp.get("evidence") or {}).get("start") or f"Starts {start:%A %d %B %Y}"
        return _cost("soon", f"It starts {when}: little time to prepare", said, 0.08)
    return None


def ended_reason(opp, today: date) -> tuple[str, str] | None:
    """Return why the opportunity is over (text, evidence), or None. Says when, where known."""
    said = opp.get("evidence") or {}
    status = opp.get("status")
    end = _day(opp.get("end")) or _day(opp.get("start"))
    if status == "cancelled":
        when = f" (it was to be held on {end:%d %B %Y})" if end else ""
        return f"It has been cancelled{when}", said.get("status") or "The page says it is cancelled"
    later = [d for d in map(_day, opp.get("other_dates") or []) if d and d >= today]
    if end and end < today and not later:
        field = "end" if opp.get("end") else "start"
        verb = "ended" if opp.get("kind") == "event" else "was dated"
        return f"It {verb} on {end:%d %B %Y}", said.get(field) or f"Date: {end:%d %B %Y}"
    through = _day(opp.get("valid_through"))
    if through and through < today:
        return (
            f"Applications closed on {through:%d %B %Y}",
            said.get("valid_through") or f"Apply by {through:%d %B %Y}",
        )
    # "Closed" and "took place" were said of the page's own dates: a posting that no longer takes
    # applications is over, but an event closed to registration is full (a cost and a question,
    # see eligibility), and one whose dates lie ahead is another run of it, not the one that was.
    is_job = opp.get("kind") == "job"
    ahead = (end and end >= today) or later
    if (status == "closed" and is_job) or (status == "past" and not ahead):
        what = "It no longer takes applications" if is_job else "It is over"
        when = f" (dated {end:%d %B %Y})" if end else ""
        return f"{what}{when}", said.get("status") or (
            "The page says it is closed" if status == "closed" else "The page says it took place"
        )
    return None


def _day(value) -> date | None:
    if not value:
        return None
    text = str(value)
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
