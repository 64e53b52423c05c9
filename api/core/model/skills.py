"""Skills: find them in free text, name them one way, and say how near two are.

Canonical names come from the shipped index (O*NET Technology Skills with vendor
prefixes dropped, plus the curated methods and trade skills of
``scripts/skill_terms.toml``). Names that are also everyday words ("Go", "Excel",
"Spark", "R") count only when written as the product is and where the text around
them is talking about skills.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from api.core.model import _index

_TOKEN_RE = re.compile(r"\.?[^\W_]+(?:\.[^\W_]+)*(?:\+\+|#)?")


def skill_key(text: str) -> str:
    """The lookup key of a skill name: lowercase tokens joined by spaces."""
    return " ".join(m.group().lower() for m in _TOKEN_RE.finditer(text))


# Words around an everyday-word name that show it is meant as a skill, or is not.
_CUES_BEFORE = frozenset(
    {
        "in",
        "using",
        "with",
        "use",
        "of",
        "experience",
        "experienced",
        "knowledge",
        "proficiency",
        "proficient",
        "fluent",
        "fluency",
        "expertise",
        "expert",
        "familiarity",
        "familiar",
        "skills",
        "skill",
        "languages",
        "language",
        "stack",
        "including",
        "like",
        "such",
        "as",
        "e.g",
        "ie",
        "i.e",
        "written",
        "tools",
        "technologies",
        "frameworks",
        "ehr",
        "emr",
        "advanced",
        "strong",
        "solid",
        "modern",
        "write",
        "writing",
        "programming",
        "learn",
        "learning",
        "about",
        "intro",
        "introduction",
        "workshop",
        "build",
        "building",
    }
)
_CUES_AFTER = frozenset(
    {
        "programming",
        "language",
        "developer",
        "developers",
        "engineer",
        "engineers",
        "code",
        "codebase",
        "services",
        "service",
        "scripts",
        "scripting",
        "skills",
        "experience",
        "spreadsheets",
        "macros",
        "pivot",
        "formulas",
        "workbooks",
        "notebooks",
        "jobs",
        "clusters",
        "cluster",
        "modules",
        "applications",
        "apps",
        "sdk",
        "api",
        "apis",
        "microservices",
        "backend",
        "backends",
        "ehr",
        "emr",
        "charting",
        "certification",
        "certified",
        "library",
        "libraries",
        "framework",
        "packages",
        "package",
        "users",
    }
)
_NEGATIVE_AFTER = frozenset(
    {
        "at",
        "to",
        "the",
        "a",
        "an",
        "your",
        "our",
        "their",
        "his",
        "her",
        "its",
        "my",
        "beyond",
        "above",
        "ahead",
        "out",
        "up",
        "down",
        "over",
        "through",
        "back",
        "away",
        "forward",
        "into",
        "further",
        "far",
        "well",
        "is",
        "are",
        "was",
        "will",
        "team",
    }
)
_NEGATIVE_BEFORE = frozenset(
    {
        "to",
        "will",
        "can",
        "must",
        "we",
        "you",
        "they",
        "i",
        "lets",
        "let",
        "dont",
        "should",
        "could",
        "would",
        "class",
        "grade",
        "vitamin",
        "type",
        "plan",
        "section",
        "part",
        "option",
        "tier",
        "level",
        "division",
        "hepatitis",
        "size",
        "letter",
        "mr",
        "ms",
        "dr",
        "the",
        "a",
        "an",
        "team",
        "our",
        "your",
        "my",
    }
)
_CONTEXT_CHARS = 80


class _Skills:
    def __init__(self, data: dict[str, Any]) -> None:
        sk = data["skills"]
        self.names: list[str] = sk["names"]
        self.position = {n: i for i, n in enumerate(self.names)}
        self.findable: list[int] = sk["findable"]
        self.curated = frozenset(sk["curated"])
        self.commodity: list[str] = sk["commodity"]
        self.group: list[str] = sk["group"]
        # alias key -> (skill index, required surface form or "")
        self.aliases: dict[str, tuple[int, str]] = {
            k: (v[0], v[1] if len(v) > 1 else "") for k, v in sk["aliases"].items()
        }
        self.neighbours: list[dict[int, float]] = [
            {b: s / 100 for b, s in row} for row in sk["neighbours"]
        ]
        # first token -> the longest alias (in tokens) that starts with it
        self.first: dict[str, int] = {}
        for key in self.aliases:
            parts = key.split(" ")
            if len(parts) > self.first.get(parts[0], 0):
                self.first[parts[0]] = len(parts)


_skills: _Skills | None = None


def _data() -> _Skills:
    global _skills
    if _skills is None:
        _skills = _Skills(_index.load())
    return _skills


def _lookup(d: _Skills, key: str, curated_only_plural: bool = True) -> tuple[int, str] | None:
    hit = d.aliases.get(key)
    if hit is None and key.endswith("s") and len(key) > 3:
        hit = d.aliases.get(key[:-1])
        if hit is not None and curated_only_plural and hit[0] not in d.curated:
            hit = None
    return hit


def find_skills(text: str) -> list[str]:
    """Canonical names of the skills mentioned in ``text``, in order of first mention."""
    if not text:
        return []
    d = _data()
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]
    lowered = [t[2].lower() for t in toks]
    first = d.first
    sure: list[tuple[int, int, int]] = []  # (start, end, skill)
    doubtful: list[tuple[int, int, int, int]] = []  # (token index, n, skill, start)
    i, n_tokens = 0, len(toks)
    while i < n_tokens:
        longest = first.get(lowered[i])
        if longest is None and lowered[i].endswith("s"):
            longest = first.get(lowered[i][:-1])
        if longest is None:
            i += 1
            continue
        matched = 0
        for n in range(min(longest, n_tokens - i), 0, -1):
            key = lowered[i] if n == 1 else " ".join(lowered[i : i + n])
            hit = _lookup(d, key)
            if hit is None:
                continue
            idx, surface = hit
            if not d.findable[idx]:
                break
            start, end = toks[i][0], toks[i + n - 1][1]
            if surface:
                if text[start:end] != surface:
                    continue
                doubtful.append((i, n, idx, start))
            else:
                sure.append((start, end, idx))
            matched = n
            break
        i += matched or 1
    if doubtful:
        accepted = _judge(text, toks, lowered, sure, doubtful)
        sure.extend(accepted)
        sure.sort()
    seen: set[int] = set()
    out: list[str] = []
    for _, _, idx in sure:
        if idx not in seen:
            seen.add(idx)
            out.append(d.names[idx])
    return out


def _judge(text, toks, lowered, sure, doubtful) -> list[tuple[int, int, int]]:
    """Keep the everyday-word names that stand where skills are being talked about."""
    candidates = []
    for i, n, idx, start in doubtful:
        end = toks[i + n - 1][1]
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if before in "-/" and start >= 2 and text[start - 2].isalpha():
            continue
        if after in "-&'\u2019" and end + 1 < len(text) and text[end + 1].isalpha():
            continue
        nxt = lowered[i + n] if i + n < len(lowered) else ""
        prev = lowered[i - 1] if i else ""
        if nxt in _NEGATIVE_AFTER or prev in _NEGATIVE_BEFORE:
            continue
        cued = nxt in _CUES_AFTER or any(w in _CUES_BEFORE for w in lowered[max(0, i - 3) : i])
        candidates.append((start, end, idx, cued))
    accepted: list[tuple[int, int, int]] = []
    anchors = [(s, e) for s, e, _ in sure]
    for _ in range(2):  # a second pass lets accepted names vouch for each other ("R and C")
        rest = []
        for start, end, idx, cued in candidates:
            near = any(
                s - _CONTEXT_CHARS <= end and start <= e + _CONTEXT_CHARS for s, e in anchors
            )
            if cued or near:
                accepted.append((start, end, idx))
                anchors.append((start, end))
            else:
                rest.append((start, end, idx, cued))
        if len(rest) == len(candidates):
            break
        candidates = rest
    return accepted


@lru_cache(maxsize=8192)
def canonical(name: str) -> str:
    """The canonical name of a skill as a person or a profile writes it."""
    cleaned = " ".join(name.split())
    if not cleaned:
        return ""
    d = _data()
    if cleaned in d.position:
        return cleaned
    key = skill_key(cleaned)
    hit = _lookup(d, key, curated_only_plural=False)
    if hit is None and key.startswith(("apache ", "microsoft ", "google ", "amazon ")):
        hit = _lookup(d, key.split(" ", 1)[1], curated_only_plural=False)
    return d.names[hit[0]] if hit else cleaned.lower()


def _index_of(d: _Skills, name: str) -> int | None:
    idx = d.position.get(name)
    if idx is None:
        idx = d.position.get(canonical(name))
    return idx


@lru_cache(maxsize=65536)
def similarity(a: str, b: str) -> float:
    """How near two skills are, 0 (unrelated) to 1 (the same)."""
    if not a or not b:
        return 0.0
    d = _data()
    ia, ib = _index_of(d, a), _index_of(d, b)
    if ia is None or ib is None:
        return 1.0 if canonical(a) == canonical(b) else 0.0
    if ia == ib:
        return 1.0
    score = max(d.neighbours[ia].get(ib, 0.0), d.neighbours[ib].get(ia, 0.0))
    ca, cb = d.commodity[ia], d.commodity[ib]
    if ca and cb:
        if ca == cb:
            score = max(score, 0.5)
        elif ca[:6] == cb[:6]:
            score = max(score, 0.35)
    if d.group[ia] and d.group[ia] == d.group[ib]:
        score = max(score, 0.45)
    return round(score, 3)


def nearest(skill: str, candidates: Iterable[str]) -> float:
    """The highest similarity of ``skill`` to any of ``candidates`` (0 if none)."""
    return max((similarity(skill, c) for c in candidates), default=0.0)
