"""Costs: travel, ticket price, time, timing, and whether it is already over."""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Any

from .cues import PRICE_REFERENCE, USD_PER

BUDGET = {"intern": 1.4, "entry": 1.2, "mid": 1.0, "senior": 0.9, "lead": 0.8, "executive": 0.6}
LABELS = {
    "travel": "Travel",
    "price": "Ticket",
    "time": "Time",
    "soon": "Short notice",
    "ended": "Already over",
    "remote": "Not remote",
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
    travel = _travel(ctx, km)
    if travel:
        out.append(travel)
    if ctx.is_event:
        price = _price(ctx)
        if price:
            out.append(price)
    time = _time(ctx)
    if time:
        out.append(time)
    soon = _soon(ctx.opportunity, today)
    if soon and not ended:
        out.append(soon)
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


def _travel(ctx, km):
    opp = ctx.opportunity
    if _online(opp):
        return _cost("travel", "Online or remote: no travel", "location", 0.0)
    if ctx.me["remote_only"] and not ctx.is_event:
        return _cost("remote", "On-site or hybrid; you asked for remote only", "jobLocation", 0.45)
    if km is None:
        return None
    where = (
        (opp.get("location") or {}).get("text")
        or (opp.get("location") or {}).get("locality")
        or "the venue"
    )
    if ctx.is_event:
        weight = 0.02 + 0.83 * (1.0 - math.exp(-km / 2500.0))
        text = f"About {_km(km)} from you ({where})" if km >= 10 else f"Close to you ({where})"
    else:
        # An interview may be remote at first; moving for the job is the real cost.
        weight = 0.45 * (1.0 - math.exp(-km / 1500.0))
        if any(e["id"] == "relocation" for e in ctx.analysis.get("extras") or []):
            weight *= 0.5
        text = f"About {_km(km)} away ({where}): the job would mean moving or commuting"
        if km <= 60:
            text = f"About {_km(km)} away ({where}): within commuting distance"
        if km < 10:
            text = f"In your area ({where}): within commuting distance"
    return _cost("travel", text, "location", weight)


def _km(km: float) -> str:
    return f"{round(km):,} km" if km >= 10 else "a few km"


def _price(ctx):
    price = ctx.opportunity.get("price") or {}
    amount = price.get("min") if price.get("min") is not None else price.get("max")
    if price.get("free") or amount == 0:
        return _cost("price", "Free", "offers.price", 0.0)
    if not amount:
        return None
    cur = (price.get("currency") or "USD").upper()
    usd = amount * USD_PER.get(cur, 1.0)
    formats = [f["id"] for f in ctx.analysis.get("formats") or []]
    ref = max((PRICE_REFERENCE.get(f, 50.0) for f in formats), default=50.0)
    # Convex: a ticket under the usual price barely counts; many times over it weighs.
    weight = 0.7 * (usd / (usd + 2.0 * ref)) ** 1.5
    # The same ticket weighs more on a student's budget than on an executive's.
    weight = min(0.85, weight * BUDGET.get(ctx.me["seniority"], 1.0))
    judgement = "cheap" if usd <= ref else "a lot" if usd > 3 * ref else "noticeable"
    priciest = max(
        ctx.analysis["formats"], key=lambda f: PRICE_REFERENCE.get(f["id"], 50.0), default=None
    )
    kind = f" ({priciest['label']})" if priciest else ""
    return _cost(
        "price",
        f"{cur} {amount:,.0f}: {judgement} for this kind of event{kind}",
        "offers.price",
        weight,
    )


def _time(ctx):
    duration = ctx.analysis.get("duration") or {}
    days = duration.get("days") or 1
    hours = duration.get("hours") or 0
    if days > 1:
        return _cost(
            "time",
            f"{days} days away from work",
            duration["evidence"],
            min(0.45, 0.05 + 0.12 * (days - 1)),
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
        return _cost("soon", f"It starts {when}: little time to prepare", "startDate", 0.08)
    return None


def ended_reason(opp, today: date) -> tuple[str, str] | None:
    """Return why the opportunity is over (text, evidence), or None."""
    if opp.get("status") == "cancelled":
        return "It has been cancelled", "eventStatus"
    end = _day(opp.get("end")) or _day(opp.get("start"))
    if end and end < today:
        field = "endDate" if opp.get("end") else "startDate"
        return f"It ended on {end.isoformat()}", field
    through = _day(opp.get("valid_through"))
    if through and through < today:
        return f"Applications closed on {through.isoformat()}", "validThrough"
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
