"""The profile-independent analysis of an opportunity: what the page says, with evidence."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import Any

from . import cues
from .evidence import NUMBER, Cue, Text, find, sentences, to_number
from .pay import pay
from .quantities import EMPLOYERS, quantities

_STEPS = cues.compile_cues(cues.INTERVIEW_STEPS)
_FORMATS = cues.compile_cues(cues.EVENT_FORMATS)
_ATTENDEES = cues.compile_cues(cues.ATTENDEES)
_PERKS = cues.compile_cues(cues.PERKS)
_EXTRAS = cues.compile_cues(cues.COMP_EXTRAS)
_BREADTH = cues.compile_cues(cues.BREADTH)
_INDUSTRIES = {k: Cue(rf"\b(?:{v})") for k, v in cues.INDUSTRY_ALIASES.items()}
MAX_CHARS = 30_000  # beyond this a page repeats itself; reading more costs time, not insight
_LEVELS = {k: Cue(v) for k, v in cues.LEVEL_WORDS.items()}
_DURATION = Cue(
    rf"\b(?P<n>{NUMBER})[- ](?P<unit>hours?|days?|evenings?|weekends?)\b(?!\s+(?:a|per) week)"
)


def analyse(opportunity: dict[str, Any]) -> dict[str, Any]:
    """Return the profile-independent analysis of ``opportunity`` (JSON-serializable)."""
    title = opportunity.get("title") or ""
    org = opportunity.get("organization") or ""
    description = (opportunity.get("description") or "")[:MAX_CHARS]
    body = Text(sentences(description))
    lines = Text([title, *body.lines] if title else body.lines)
    is_event = opportunity.get("kind") == "event"
    with_org = Text([*lines.lines, org])
    steps = _cue_hits(_STEPS, lines)
    steps = _drop_overlapping(steps)
    if is_event:
        steps = _on_the_day(steps)
    return {
        "kind": opportunity.get("kind") or "job",
        "role": _role(title) if not is_event else None,
        "skills": _skills(title, description, opportunity.get("skills") or [], lines),
        "interview_steps": steps,
        "quantities": quantities(opportunity, lines),
        "attendees": _attendees(lines, body),
        "formats": _formats(opportunity, lines) if is_event else [],
        "audience": _audience(title, lines) if is_event else [],
        "perks": _perks(opportunity, body),
        "breadth": _cue_hits(_BREADTH, body) + _agency(opportunity, body),
        "pay": pay(opportunity, body),
        "extras": [{**h, "weight": w} for h, w in _weighted_hits(_EXTRAS, body)],
        "duration": _duration(opportunity, lines if is_event else None),
        "industries": [
            {"id": k, "evidence": ev} for k, p in _INDUSTRIES.items() if (ev := _first(p, with_org))
        ],
        "levels": [
            {"id": level, "evidence": ev}
            for level, p in _LEVELS.items()
            if (ev := _first(p, lines))
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
        if s["id"] != "function_interview"
        or not any(s["match"].lower().split()[0] in m for m in matched)
    ]


def _on_the_day(steps):
    # At an event, "on-site interviews" are held there and then, not a final round.
    on_the_spot = next(label for cue_id, label, *_ in cues.INTERVIEW_STEPS
                       if cue_id == "on_the_spot")
    seen, out = set(), []
    for step in steps:
        if step["id"] == "onsite":
            step = {**step, "id": "on_the_spot", "label": on_the_spot}
        if step["id"] not in seen:
            seen.add(step["id"])
            out.append(step)
    return out


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
        if any(cue[-1].regex.fullmatch(name) for cue in (*_STEPS, *_FORMATS)):
            continue
        ev = _mention(name, lines)
        fallback = "skills" if name in listed else "description"
        out.append({"name": name, "evidence": ev or fallback})
    return out


def _mention(name: str, text: Text) -> str | None:
    """Return the sentence that names ``name`` as a whole word, if any."""
    needle = name.lower()
    at = text.low.find(needle)
    while at >= 0:
        end = at + len(needle)
        before = text.low[at - 1] if at else " "
        after = text.low[end] if end < len(text.low) else " "
        if not (before.isalnum() or after.isalnum()):
            return text.evidence(at, end)
        at = text.low.find(needle, at + 1)
    return None


def _attendees(lines, body):
    out = []
    employer_count = EMPLOYERS
    for cue_id, label, reach, pattern in _ATTENDEES:
        hit = find(pattern, lines)
        if not hit:
            continue
        m, ev = hit
        count, whose = None, None
        q = employer_count.search(ev)
        if q and cue_id == "recruiters":
            count = to_number(q.group("n"))
            whose = q.group(0)[len(q.group("n")) :].strip().lower()  # "fintech startups"
        out.append(
            {
                "id": cue_id,
                "label": label,
                "reach": reach,
                "count": count,
                "whose": whose,
                "evidence": ev,
                "match": m.group(0),
            }
        )
    return out


_FOR_WHOM = re.compile(r"\bfor (?:[A-Za-z+#]+ ){0,2}?([A-Za-z]{4,}s)\b")
_PEERS = next(c[-1] for c in _ATTENDEES if c[0] == "peers")


def _audience(title: str, lines: Text) -> list[dict]:
    """The occupations an event is for: 'for Python Developers', 'nurses and midwives'."""
    found: dict[str, str] = {}
    for m in _FOR_WHOM.finditer(title):
        found.setdefault(m.group(1).lower(), "title")
    for m in _PEERS.regex.finditer(lines.doc):
        if len(found) >= 6:
            break
        found.setdefault(m.group(0).lower(), lines.evidence(m.start(), m.end()))
    out = []
    for word, ev in found.items():
        match = _occupation_of(word[:-1])
        if match:
            out.append({"text": word, "code": match["code"], "evidence": ev})
    return out


@lru_cache(maxsize=4096)
def _occupation_of(word: str) -> dict | None:
    from . import occupations

    match = occupations.match_title(word)
    return match if match and match.get("confidence", 0) >= 0.7 else None


def _formats(opportunity, lines):
    out = []
    for cue_id, label, rate, pattern in _FORMATS:
        hit = find(pattern, lines)
        if hit:
            out.append({"id": cue_id, "label": label, "rate": rate, "evidence": hit[1]})
    mode = opportunity.get("attendance_mode")
    ids = {f["id"] for f in out}
    crowd = opportunity.get("capacity") or (opportunity.get("counts") or {}).get("attendees") or 0
    span = _duration(opportunity, None) or {}
    days, hours = span.get("days") or 1, span.get("hours") or 0
    talks = bool(ids & {"talk", "panel"}) and (crowd >= 300 or hours >= 6 or days >= 2)
    sessions = "workshop" in ids and (crowd >= 1000 or days >= 2)
    if "conference" not in ids and (talks or sessions):
        # A day of talks for hundreds, or days of sessions: a conference whatever it is called.
        cue = next(c for c in _FORMATS if c[0] == "conference")
        if days >= 2:
            basis = f"{days} days of sessions"
        elif crowd >= 300:
            basis = f"{crowd:,} attendees"
        else:
            basis = f"{hours:g} hours of sessions"
        # Inferred from size, it never quickens the pace its own formats set.
        rate = min(cue[2], max(f["rate"] for f in out))
        out.append({"id": "conference", "label": cue[1], "rate": rate, "evidence": basis})
        ids.add("conference")
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
    if opportunity.get("is_agency") and "client" not in body.doc.lower():
        return [
            {
                "id": "agency",
                "label": "a recruiter with other clients",
                "evidence": "organization is a staffing agency",
            }
        ]
    return []


def _duration(opportunity, lines):
    start, end = _when(opportunity.get("start")), _when(opportunity.get("end"))
    if start and end and (start.tzinfo is None) != (end.tzinfo is None):
        # One date with an offset and one without: compare the wall-clock times.
        start, end = start.replace(tzinfo=None), end.replace(tzinfo=None)
    if start and end and end > start:
        hours = (end - start).total_seconds() / 3600
        days = (end.date() - start.date()).days + 1
        if days > 1:
            # Multi-day events: count waking programme hours, not the nights between.
            hours = min(hours, days * 9.0)
        return {"hours": round(hours, 2), "days": days, "evidence": "startDate–endDate"}
    # A job's "four-day week" is a schedule, not how long an interview takes.
    hit = find(_DURATION, lines) if lines else None
    if hit:
        m, ev = hit
        n = to_number(m.group("n")) or 1
        unit = m.group("unit").lower()
        if unit.startswith("hour"):
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
