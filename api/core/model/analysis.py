"""The profile-independent analysis of an opportunity: what the page says, with evidence."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import Any

from . import cues
from .evidence import NUMBER, Cue, Text, find, sentences, snippet, to_number

_STEPS = cues.compile_cues(cues.INTERVIEW_STEPS)
_FORMATS = cues.compile_cues(cues.EVENT_FORMATS)
_ATTENDEES = cues.compile_cues(cues.ATTENDEES)
_PERKS = cues.compile_cues(cues.PERKS)
_EXTRAS = cues.compile_cues(cues.COMP_EXTRAS)
_BREADTH = cues.compile_cues(cues.BREADTH)
_INDUSTRIES = {k: Cue(rf"\b(?:{v})") for k, v in cues.INDUSTRY_ALIASES.items()}
_GAP = r"(?:[\w&/'-]+[ \t]+){0,2}?"
_NUMBER = re.compile(rf"(?P<n>{NUMBER})", re.I)
_WORD = re.compile(r"[a-z0-9]+")
# Words that can open a count; the full number pattern is tried only where one stands.
_NUMBER_OPENERS = frozenset(
    {w.split()[0] for w in cues.NUMBER_WORDS}
    | {"more", "over", "upwards", "at", "nearly", "almost", "about", "around", "some", "up", "a"}
)
# The noun a number counts, read right after the number ("40+ open roles").
_NOUN_AFTER = {k: re.compile(rf"[ \t]+{_GAP}{v}\b", re.I) for k, v in cues.QUANTITY_NOUNS.items()}
_EMPLOYERS = re.compile(rf"\b(?P<n>{NUMBER})[ \t]+{_GAP}{cues.QUANTITY_NOUNS['employers']}\b", re.I)
_UNIT_AFTER = re.compile(r"\+?[ -]*(?:years?|months?|weeks?|days?|hours?|%|percent|times)\b")
_HIRING_BEFORE = re.compile(r"\b(?:hiring|hire|adding|recruiting)\s+(?:for\s+|up to\s+)?$")
MAX_CHARS = 30_000  # beyond this a page repeats itself; reading more costs time, not insight
_PAY = re.compile(
    r"(?P<cur>[$£€])\s?(?P<lo>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?P<lk>[kK])?"
    r"(?:\s?(?:-|–|—|to)\s?[$£€]?\s?(?P<hi>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?P<hk>[kK])?)?"
    r"(?:\s*(?:per|an|a|/)\s*(?P<per>hour|hr|year|yr|annum|month|week|day))?"
)
_CURRENCY = {"$": "USD", "£": "GBP", "€": "EUR"}
_LEVELS = {k: Cue(v) for k, v in cues.LEVEL_WORDS.items()}
_DURATION = Cue(
    rf"\b(?P<n>{NUMBER})[- ](?P<unit>hours?|days?|evenings?|weekends?)\b(?!\s+(?:a|per) week)"
)
PERIOD_HOURS = {"HOUR": 2080, "DAY": 260, "WEEK": 52, "MONTH": 12, "YEAR": 1}


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
    return {
        "kind": opportunity.get("kind") or "job",
        "role": _role(title) if not is_event else None,
        "skills": _skills(title, description, opportunity.get("skills") or [], lines),
        "interview_steps": steps,
        "quantities": _quantities(opportunity, lines),
        "attendees": _attendees(lines, body),
        "formats": _formats(opportunity, lines) if is_event else [],
        "audience": _audience(title, lines) if is_event else [],
        "perks": _perks(opportunity, body),
        "breadth": _cue_hits(_BREADTH, body) + _agency(opportunity, body),
        "pay": _pay(opportunity, body),
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


def _quantities(opportunity, lines):
    out: dict[str, dict] = {}
    best: dict[str, tuple] = {}
    for word in _WORD.finditer(lines.low):
        w = word.group()
        if not (w[0].isdigit() or w in _NUMBER_OPENERS):
            continue
        if word.start() and lines.low[word.start() - 1].isdigit():
            continue
        m = _NUMBER.match(lines.doc, word.start())
        if not m:
            continue
        # The noun nearest the number is what it counts ("40+ roles across teams": roles).
        nearest = None
        for key, noun in _NOUN_AFTER.items():
            after = noun.match(lines.doc, m.end())
            if after and (nearest is None or after.end() < nearest[1]):
                nearest = (key, after.end())
        if _HIRING_BEFORE.search(lines.low, max(0, m.start() - 30), m.start()) and not (
            _UNIT_AFTER.match(lines.low, m.end())
        ):
            # "hiring 15 engineers", "adding 200 people": whatever the noun, they are openings.
            end = nearest[1] if nearest else m.end()
            nearest = ("open_roles", end)
        if not nearest:
            continue
        key, end = nearest
        n = to_number(m.group("n"))
        if n and (key not in best or n > best[key][0]):
            best[key] = (n, lines.evidence(m.start(), end), m.group("n").strip())
    for key, (n, ev, written) in best.items():
        out[key] = {"value": n, "plus": "+" in written or " than" in written, "evidence": ev}
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
    employer_count = _EMPLOYERS
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
        out.append({"id": "conference", "label": cue[1], "rate": cue[2], "evidence": basis})
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
    for line in body.lines:
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
