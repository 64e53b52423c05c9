"""The person's profile, read once into the terms the lenses use."""

from __future__ import annotations

import re
from typing import Any

from .cues import SENIORITY
from .pay import PERIOD_HOURS

GOALS = ("practice", "explore", "network", "learn", "land")
# Words in a target role that say how senior it is, not what it is.
_QUALIFIER = re.compile(
    r"\b(?:senior|junior|jr|sr|staff|principal|lead|head|intern|internship|entry|level|"
    r"associate|assistant|chief|mid|i{1,3}|iv|trainee|graduate|new grad|of)\b",
    re.I,
)


def read(profile: dict[str, Any] | None) -> dict[str, Any]:
    """Return the profile in the model's terms (empty when no profile is given).

    Not memoized: a profile lives only as long as its request, never in a process-wide cache.
    """
    from . import contacts, occupations, skills

    p = profile if isinstance(profile, dict) else {}
    targets = []
    for text in _strings(p.get("target_roles")):
        match = occupations.match_title(text) or {}
        targets.append({"text": text, **match, "seniority": occupations.seniority_of(text)})
    own_skills = []
    for name in _strings(p.get("skills")):
        canon = skills.canonical(name)
        if canon and canon not in own_skills:
            own_skills.append(canon)
    location = None
    if isinstance(p.get("location"), str | dict) and p["location"]:
        location = _locate(p["location"])
    seniority = p.get("seniority") if p.get("seniority") in SENIORITY else None
    if not seniority:
        seniority = next((t["seniority"] for t in targets if t.get("seniority")), None)
    return {
        "given": bool(p),
        "targets": targets,
        "target_words": sorted({w for t in targets for w in role_words(t["text"])}),
        "skills": own_skills,
        "industries": [s.lower() for s in _strings(p.get("industries"))],
        "seniority": seniority,
        "location_text": p.get("location") if isinstance(p.get("location"), str) else None,
        "location": location,
        "remote_only": bool(p.get("remote_only")),
        "floor": _floor(p.get("min_salary")),
        "recent": _count(p.get("recent_interviews")),
        "goals": sorted({g for g in _strings(p.get("goals")) if g in GOALS}),
        "avoid": [s.lower() for s in _strings(p.get("avoid"))],
        "contacts": contacts.read(p.get("contacts")),  # counts only, for this request
    }


def _locate(text):
    try:
        from . import places
    except ImportError:  # the place index ships separately; without it travel is unknown
        return None
    return places.locate(text)


def role_words(text: str) -> list[str]:
    """Return the words of a role name that say what the role is (stemmed)."""
    words = re.findall(r"[a-z][a-z+#/]*", _QUALIFIER.sub(" ", text.lower()))
    return [stem(w) for w in words if len(w) > 2]


def stem(word: str) -> str:
    """Strip common English endings so 'banking' meets 'bank' and 'engineers' 'engineer'."""
    w = word.lower()
    for _ in range(2):  # "engineering" → "engineer" → "engine", as "engineers" does
        # "epidemiologist" meets "epidemiology", "statistician" meets "statistics".
        for end in ("ician", "ical", "ing", "ers", "ics", "ist", "er", "es", "al", "s", "y"):
            if len(w) > len(end) + 3 and w.endswith(end):
                w = w[: -len(end)]
                break
        else:
            break
    return w


def _strings(value) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [str(v).strip() for v in value if isinstance(v, str | int | float) and str(v).strip()]


def _count(value) -> int:
    try:
        return max(0, min(1000, int(float(value or 0))))
    except (TypeError, ValueError):
        return 0


def _floor(value):
    if not isinstance(value, dict):
        return None
    try:
        amount = float(value.get("amount"))
    except (TypeError, ValueError):
        return None
    if amount <= 0:
        return None
    period = str(value.get("period") or "YEAR").upper()
    return {
        "annual": amount * PERIOD_HOURS.get(period, 1),
        "currency": str(value.get("currency") or "").upper() or None,
    }
