"""The profile-independent analysis of an opportunity: what the page says, with evidence."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import Any

from . import cues
from .evidence import NUMBER, find, sentences, snippet, to_number

_STEPS = cues.compile_cues(cues.INTERVIEW_STEPS)
_FORMATS = cues.compile_cues(cues.EVENT_FORMATS)
_ATTENDEES = cues.compile_cues(cues.ATTENDEES)
_PERKS = cues.compile_cues(cues.PERKS)
_EXTRAS = cues.compile_cues(cues.COMP_EXTRAS)
_BREADTH = cues.compile_cues(cues.BREADTH)
_INDUSTRIES = {k: re.compile(rf"\b(?:{v})", re.I) for k, v in cues.INDUSTRY_ALIASES.items()}
_GAP = r"(?:[\w&/'-]+\s+){0,2}?"
_QUANTITIES = {
    k: re.compile(rf"\b(?P<n>{NUMBER})\s+{_GAP}{v}\b", re.I) for k, v in cues.QUANTITY_NOUNS.items()
}
_PAY = re.compile(
    r"(?P<cur>[$£€])\s?(?P<lo>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?P<lk>[kK])?"
    r"(?:\s?(?:-|–|—|to)\s?[$£€]?\s?(?P<hi>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?P<hk>[kK])?)?"
    r"(?:\s*(?:per|an|a|/)\s*(?P<per>hour|hr|year|yr|annum|month|week|day))?"
)
_CURRENCY = {"$": "USD", "£": "GBP", "€": "EUR"}
_DURATION = re.compile(
    rf"\b(?P<n>{NUMBER})[- ](?P<unit>hours?|hr|days?|evenings?|weekends?)\b(?!\s+(?:a|per) week)",
    re.I,
)
PERIOD_HOURS = {"HOUR": 2080, "DAY": 260, "WEEK": 52, "MONTH": 12, "YEAR": 1}


def analyse(opportunity: dict[str, Any]) -> dict[str, Any]:
    """Return the profile-independent analysis of ``opportunity`` (JSON-serializable)."""
    title = opportunity.get("title") or ""
    org = opportunity.get("organization") or ""
    description = opportunity.get("description") or ""
    lines = [title, *sentences(description)] if title else sentences(description)
    body = sentences(description)
    is_event = opportunity.get("kind") == "event"
    steps = _cue_hits(_STEPS, lines)
    steps = _drop_overlapping(steps)
    return {
        "kind": opportunity.get("kind") or "job",
        "role": _role(title) if not is_event else None,
        "skills": _skills(title, description, opportunity.get("skills") or [], lines),
        "interview_steps": steps,
        "quantities": _quantities(opportunity, lines),
        "attendees": _attendees(lines, body),
        "formats": _formats(opportunity, lines) if is_event else [],
        "perks": _perks(opportunity, body),
        "breadth": _cue_hits(_BREADTH, body) + _agency(opportunity, body),
        "pay": _pay(opportunity, body),
        "extras": [{**h, "weight": w} for h, w in _weighted_hits(_EXTRAS, body)],
        "duration": _duration(opportunity, lines),
        "industries": [
            {"id": k, "evidence": ev}
            for k, p in _INDUSTRIES.items()
            if (ev := _first(p, [*lines, org]))
        ],
        "organization": org or None,
        "speakers": list(opportunity.get("speakers") or [])[:8],
        "words": len(description.split()),
    }


def _first(pattern, lines):
    hit = find(pattern, lines)
    return hit[1] if hit else None


def _cue_hits(compiled, lines):
    out = []
    for cue in compiled:
        hit = find(cue[-1], lines)
        if hit:
            m, ev = hit
            out.append({"id": cue[0], "label": cue[1], "evidence": ev, "match": m.group(0)})
    return out


def _weighted_hits(compiled, lines):
    out = []
    for cue_id, label, weight, pattern in compiled:
        hit = find(pattern, lines)
        if hit:
            out.append(({"id": cue_id, "label": label, "evidence": hit[1]}, weight))
    return out


def _drop_overlapping(steps):
    # "case interview" is both a case and a role interview; keep the more specific one.
    matched = {s["match"].lower() for s in steps if s["id"] != "function_interview"}
    return [
        {k: v for k, v in s.items() if k != "match"}
        for s in steps
        if s["id"] != "function_interview" or not any(m in s["match"].lower() for m in matched)
    ]


@lru_cache(maxsize=4096)
def _role_cached(title: str):
    from . import occupations

    match = occupations.match_title(title)
    seniority = occupations.seniority_of(title)
    if not match and not seniority:
        return None
    out = dict(match or {})
    out["seniority"] = seniority
    return out


def _role(title: str):
    if not title:
        return None
    found = _role_cached(title)
    return {**found, "evidence": "title"} if found else None


def _skills(title, description, listed, lines):
    from . import skills as skill_lib

    names = []
    for name in [*listed, *skill_lib.find_skills(f"{title}\n{description}")]:
        canon = skill_lib.canonical(name) if name else ""
        if canon and canon not in names:
            names.append(canon)
    out = []
    for name in names[:40]:
        # "case interviews" or "webinar" describe the format, which the cues already read.
        if any(cue[-1].fullmatch(name) for cue in (*_STEPS, *_FORMATS)):
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
        ev = _first(pattern, lines)
        fallback = "skills" if name in listed else "description"
        out.append({"name": name, "evidence": ev or fallback})
    return out


def _quantities(opportunity, lines):
    out: dict[str, dict] = {}
    for key, pattern in _QUANTITIES.items():
        best = None
        for line in lines:
            for m in pattern.finditer(line):
                n = to_number(m.group("n"))
                if n and (best is None or n > best[0]):
                    best = (n, snippet(line, m.start(), m.end()), m.group("n").strip())
        if best:
            out[key] = {
                "value": best[0],
                "plus": "+" in best[2] or " than" in best[2],
                "evidence": best[1],
            }
    counts = opportunity.get("counts") or {}
    for key in ("open_roles", "employers", "attendees"):
        if counts.get(key) and key not in out:
            out[key] = {"value": int(counts[key]), "plus": False, "evidence": f"counts.{key}"}
    if opportunity.get("capacity"):
        out["capacity"] = {
            "value": int(opportunity["capacity"]),
            "plus": False,
            "evidence": "maximumAttendeeCapacity",
        }
    speakers = opportunity.get("speakers") or []
    if speakers and len(speakers) >= out.get("speakers", {}).get("value", 0):
        out["speakers"] = {
            "value": len(speakers),
            "plus": False,
            "evidence": "speakers: " + ", ".join(speakers[:4]),
        }
    return out


def _attendees(lines, body):
    out = []
    employer_count = _QUANTITIES["employers"]
    for cue_id, label, reach, pattern in _ATTENDEES:
        hit = find(pattern, lines)
        if not hit:
            continue
        m, ev = hit
        count = None
        q = employer_count.search(ev)
        if q and cue_id == "recruiters":
            count = to_number(q.group("n"))
        out.append(
            {
                "id": cue_id,
                "label": label,
                "reach": reach,
                "count": count,
                "evidence": ev,
                "match": m.group(0),
            }
        )
    return out


def _formats(opportunity, lines):
    out = []
    for cue_id, label, rate, pattern in _FORMATS:
        hit = find(pattern, lines)
        if hit:
            out.append({"id": cue_id, "label": label, "rate": rate, "evidence": hit[1]})
    mode = opportunity.get("attendance_mode")
    ids = {f["id"] for f in out}
    # An online event with no interactive format is a broadcast in practice.
    if mode == "online" and not ids & {"workshop", "small_tables", "speed_rounds", "hackathon"}:
        if "webinar" not in ids:
            out.append(
                {
                    "id": "webinar",
                    "label": "webinar",
                    "rate": 0.0,
                    "evidence": "eventAttendanceMode: online",
                }
            )
    if not out:
        kind = (opportunity.get("event_type") or "").lower()
        fallback = {
            "socialevent": "mixer",
            "educationevent": "workshop",
            "businessevent": "conference",
            "hackathon": "hackathon",
        }.get(kind)
        if fallback:
            cue = next(c for c in _FORMATS if c[0] == fallback)
            out.append(
                {
                    "id": cue[0],
                    "label": cue[1],
                    "rate": cue[2],
                    "evidence": f"@type: {opportunity.get('event_type')}",
                }
            )
    return out


def _perks(opportunity, body):
    out = [{k: v for k, v in h.items() if k != "match"} for h in _cue_hits(_PERKS, body)]
    loc = opportunity.get("location") or {}
    ids = {p["id"] for p in out}
    if loc.get("remote") and "remote" not in ids:
        out.append({"id": "remote", "label": "remote work", "evidence": "jobLocationType: remote"})
    return out


def _agency(opportunity, body):
    if opportunity.get("is_agency") and not any(
        cues_hit for cues_hit in body if "client" in cues_hit.lower()
    ):
        return [
            {
                "id": "agency",
                "label": "a recruiter with other clients",
                "evidence": "organization is a staffing agency",
            }
        ]
    return []


def _pay(opportunity, body):
    pay = opportunity.get("pay") or None
    evidence = "baseSalary"
    if not pay or not (pay.get("min") or pay.get("max")):
        pay, evidence = _pay_from_text(body)
    if not pay:
        return None
    lo, hi = pay.get("min") or pay.get("max"), pay.get("max") or pay.get("min")
    period = (pay.get("period") or "").upper() or _guess_period(hi)
    factor = PERIOD_HOURS.get(period, 1)
    return {
        "min": lo,
        "max": hi,
        "currency": (pay.get("currency") or "").upper() or None,
        "period": period,
        "annual_min": lo * factor,
        "annual_max": hi * factor,
        "evidence": evidence,
    }


def _guess_period(amount):
    return "HOUR" if amount and amount < 300 else "YEAR"


def _pay_from_text(body):
    for line in body:
        for m in _PAY.finditer(line):
            lo = _amount(m.group("lo"), m.group("lk"))
            hi = _amount(m.group("hi"), m.group("hk") or m.group("lk")) if m.group("hi") else lo
            per = (m.group("per") or "").lower()
            period = {
                "hour": "HOUR",
                "hr": "HOUR",
                "month": "MONTH",
                "week": "WEEK",
                "day": "DAY",
            }.get(per, "YEAR" if per else None)
            if period is None:
                # A bare amount is pay only when it reads like a salary or an hourly rate.
                if lo >= 20_000:
                    period = "YEAR"
                elif re.search(r"\b(?:pay|wage|rate|salary)\b", line, re.I) and lo < 300:
                    period = "HOUR"
                else:
                    continue
            return (
                {"min": lo, "max": hi, "currency": _CURRENCY[m.group("cur")], "period": period},
                snippet(line, m.start(), m.end()),
            )
    return None, None


def _amount(text, k):
    value = float(text.replace(",", ""))
    return value * 1000 if k else value


def _duration(opportunity, lines):
    start, end = _when(opportunity.get("start")), _when(opportunity.get("end"))
    if start and end and end > start:
        hours = (end - start).total_seconds() / 3600
        days = (end.date() - start.date()).days + 1
        if days > 1:
            # Multi-day events: count waking programme hours, not the nights between.
            hours = min(hours, days * 9.0)
        return {"hours": round(hours, 2), "days": days, "evidence": "startDate–endDate"}
    hit = find(_DURATION, lines)
    if hit:
        m, ev = hit
        n = to_number(m.group("n")) or 1
        unit = m.group("unit").lower()
        if unit.startswith(("hour", "hr")):
            return {"hours": float(n), "days": 1, "evidence": ev}
        if unit.startswith("day"):
            return {"hours": 8.0 * n, "days": n, "evidence": ev}
        if unit.startswith("weekend"):
            return {"hours": 20.0 * n, "days": 2 * n, "evidence": ev}
        return {"hours": 3.0 * n, "days": n, "evidence": ev}
    return None


def _when(value):
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
