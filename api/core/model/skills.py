"""Skills: find them in free text, name them one way, and say how near two are.

Public interface::

    find_skills(text) -> [canonical name]    in order of first mention, each once
    canonical(name, *, cached=True) -> str   "postgres" -> "PostgreSQL"; unknown names
                                             come back trimmed and lowercased;
                                             cached=False for a profile's own words
    similarity(a, b) -> float in [0, 1]      1 same; neighbours by co-occurrence in
                                             O*NET occupations, UNSPSC commodity (0.5) or
                                             class (0.35), curated group (0.45) or near (0.65)
    nearest(skill, candidates) -> float      the best similarity to any candidate
    names() -> [canonical name]              every skill, by index position
    indices(names) -> [int]                  index positions of the known ones

Privacy: nothing here keeps a name the index does not know (find_skills, indices and
canonical(cached=False) memoize nothing; similarity memoizes pairs of known names only).

Canonical names come from the shipped index (O*NET Technology Skills with vendor
prefixes dropped, plus the curated methods and trade skills of
``scripts/skill_terms.toml``). Names that are also everyday words ("Go", "Excel",
"Spark", "R") count only when written as the product is and where the text around
them is talking about skills.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from api.core.model import _index

_TOKEN_RE = re.compile(r"\.?[^\W_]+(?:\.[^\W_]+)*(?:\+\+|#)?")
# the same tokens for ASCII text, read faster
_ASCII_TOKEN_RE = re.compile(r"\.?[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*(?:\+\+|#)?")


def skill_key(text: str) -> str:
    """The lookup key of a skill name: lowercase tokens joined by spaces."""
    return " ".join(m.group().lower() for m in _TOKEN_RE.finditer(text))


# Words around an everyday-word name that show it is meant as a skill, or is not.
_CUES_BEFORE = frozenset(
    """
    in using with use of experience experienced knowledge proficiency proficient fluent
    fluency expertise expert familiarity familiar skills skill languages language stack
    including like such as e.g ie i.e written tools technologies frameworks ehr emr advanced
    strong solid modern write writing programming learn learning about intro introduction
    workshop build building on talk talks session sessions course tutorial
    """.split()
)
_CUES_AFTER = frozenset(
    """
    programming language developer developers engineer engineers code codebase services
    service scripts scripting skills experience spreadsheets macros pivot formulas workbooks
    notebooks jobs clusters cluster modules applications apps sdk api apis microservices
    backend backends ehr emr charting certification certified library libraries framework
    packages package users meetup meetups conference workshop workshops bootcamp course
    tutorial hackathon community programmers
    """.split()
)
_NEGATIVE_AFTER = frozenset(
    """
    at to the a an your our their his her its my beyond above ahead out up down over through
    back away forward into further far well is are was will team
    """.split()
)
_NEGATIVE_BEFORE = frozenset(
    """
    to will can must we you they i lets let dont should could would class grade vitamin type
    plan section part option tier level division hepatitis size letter mr ms dr the a an
    team our your my
    """.split()
)
# cues after a name that an adjective may have too ("Basic experience", "Solid skills")
_WEAK_CUES_AFTER = frozenset(
    """
    experience skills services service jobs users community applications apps certification
    certified package packages library libraries modules code
    """.split()
)
_CONTEXT_CHARS = 80
_LONGEST_NAME = 100  # characters; spans of skill names are shorter


class _Skills:
    def __init__(self, data: dict[str, Any]) -> None:
        sk = data["skills"]
        self.names: list[str] = sk["names"]
        self.position = {n: i for i, n in enumerate(self.names)}
        self.findable: list[int] = sk["findable"]
        self.curated = frozenset(sk["curated"])
        self.commodity: list[str] = sk["commodity"]
        self.group: list[str] = sk["group"]
        # alias key -> (skill index, the case text must match or "", needs skill context)
        self.aliases: dict[str, tuple[int, str, bool]] = {
            k: (v[0], v[1] if len(v) > 1 else "", len(v) > 2) for k, v in sk["aliases"].items()
        }
        self.neighbours: list[dict[int, float]] = [
            {b: s / 100 for b, s in row} for row in sk["neighbours"]
        ]
        # every alias key and every leading run of its words: the walk over a text
        # extends a match only while it is still the start of some alias
        self.prefixes: set[str] = set()
        for key in self.aliases:
            parts = key.split(" ")
            for n in range(1, len(parts) + 1):
                self.prefixes.add(" ".join(parts[:n]))
        # the words a match can start with, plurals of one-word names included
        self.starts: frozenset[str] = frozenset(
            {k for k in self.prefixes if " " not in k} | {k + "s" for k in self.prefixes}
        )


_skills: _Skills | None = None
_lock = threading.Lock()


def _data() -> _Skills:
    global _skills
    if _skills is None:
        with _lock:
            if _skills is None:
                _skills = _Skills(_index.load())
    return _skills


def _lookup(d: _Skills, key: str, any_plural: bool = False) -> tuple[int, str, bool] | None:
    hit = d.aliases.get(key)
    if hit is None and key.endswith("s") and len(key) > 3:
        # "data pipelines", "a/b tests": plurals of curated terms (product names keep theirs)
        hit = d.aliases.get(key[:-1])
        if hit is not None and not any_plural and hit[0] not in d.curated:
            hit = None
    return hit


def find_skills(text: str) -> list[str]:
    """Canonical names of the skills mentioned in ``text``, in order of first mention."""
    if not text:
        return []
    d = _data()
    return [d.names[idx] for idx in _find(d, text)]


def find_skill_words(text: str) -> dict[str, str]:
    """The skills mentioned in ``text``, in order of first mention: each canonical name with the
    page's own words for it ("video production": "3D animation")."""
    if not text:
        return {}
    d = _data()
    out: dict[str, str] = {}
    for start, end, idx in _spans(d, text):
        out.setdefault(d.names[idx], text[start:end])
    return out


def _find(d: _Skills, text: str) -> list[int]:
    """Index positions of the skills mentioned in ``text``, in order of first mention
    (also used by scripts/build_index.py on an index being built)."""
    return list(dict.fromkeys(idx for _, _, idx in _spans(d, text)))


def _spans(d: _Skills, text: str) -> list[tuple[int, int, int]]:
    """The mentions of skills in ``text``: (start, end, index position), in order."""
    token_re = _ASCII_TOKEN_RE if text.isascii() else _TOKEN_RE
    toks = [m.span() for m in token_re.finditer(text)]
    lowered = token_re.findall(text.lower())
    if len(lowered) != len(toks):  # lowercasing changed a token boundary (rare scripts)
        lowered = [text[a:b].lower() for a, b in toks]
    prefixes, starts, findable = d.prefixes, d.starts, d.findable
    aliases, curated = d.aliases, d.curated
    sure: list[tuple[int, int, int]] = []  # (start, end, skill)
    doubtful: list[tuple[int, int, int, int]] = []  # (token index, n, skill, start)
    i, n_tokens = 0, len(toks)
    while i < n_tokens:
        key = lowered[i]
        if key not in starts:
            i += 1
            continue
        best = None
        j = i
        while True:
            hit = aliases.get(key)
            if hit is None and key[-1] == "s":
                hit = aliases.get(key[:-1])
                if hit is not None and hit[0] not in curated:
                    hit = None
            if hit is not None and findable[hit[0]]:
                start, end = toks[i][0], toks[j][1]
                if not hit[1] or text[start:end] == hit[1]:
                    best = (j, hit, start, end)
            if key not in prefixes or j + 1 >= n_tokens:
                break
            j += 1
            key = f"{key} {lowered[j]}"
        if best is None:
            i += 1
            continue
        j, (idx, _, needs_context), start, end = best
        if needs_context:
            doubtful.append((i, j - i + 1, idx, start))
        else:
            sure.append((start, end, idx))
        i = j + 1
    if doubtful:
        sure.extend(_judge(text, toks, lowered, sure, doubtful))
        sure.sort()
    return sure


_LIST_GAP = re.compile(r"[\s,/&+()]*(?:(?:and|or)\b)?[\s,/&+()]*")


def _starts_sentence(text: str, start: int) -> bool:
    j = start - 1
    while j >= 0 and text[j] in " \t\r":
        j -= 1
    return (
        j < 0
        or text[j] in ".!?;:\n\u2022*>|"
        or (text[j] == "-" and (j == 0 or text[j - 1].isspace()))
    )


def _nearby(anchors: list[tuple[int, int]], start: int, end: int, reach: int):
    """The anchors (sorted by start) that come within ``reach`` characters of a span."""
    i = bisect.bisect_left(anchors, (start - reach - _LONGEST_NAME, 0))
    while i < len(anchors) and anchors[i][0] <= end + reach:
        s, e = anchors[i]
        if e + reach >= start:
            yield s, e
        i += 1


def _listed_with(text: str, start: int, end: int, anchors: list[tuple[int, int]]) -> bool:
    """Whether the name stands in a list with a known skill ("Go, Rust and Python")."""
    for s, e in _nearby(anchors, start, end, 12):
        gap = text[end:s] if s >= end else text[e:start] if e <= start else None
        if gap is not None and _LIST_GAP.fullmatch(gap):
            return True
    return False


def _letter_not_language(text: str, toks: list[tuple[int, int]], i: int, after: str) -> bool:
    """ "John R. Smith", "grades A, B, C": a capital letter that is not R or C the language."""
    prev = text[toks[i - 1][0] : toks[i - 1][1]] if i else ""
    nxt = text[toks[i + 1][0] : toks[i + 1][1]] if i + 1 < len(toks) else ""
    if after == "." and prev[:1].isupper() and nxt[:1].isupper():
        return True  # an initial between names
    return any(len(w) == 1 and w.isupper() and w not in "RCDAI" for w in (prev, nxt))


def _judge(text, toks, lowered, sure, doubtful) -> list[tuple[int, int, int]]:
    """Keep the everyday-word names that stand where skills are being talked about.

    Such a name counts after a cue ("experience with Go", "Go developers"), in a list
    with a known skill ("Go, Rust and Python"), or near one but not as the first word of
    a sentence or bullet ("Analyze trends in SQL" is not the product Analyze).
    """
    candidates = []
    for i, n, idx, start in doubtful:
        end = toks[i + n - 1][1]
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if before in "-/" and start >= 2 and text[start - 2].isalpha():
            continue
        if after in "-&'\u2019" and end + 1 < len(text) and text[end + 1].isalpha():
            continue
        # The next word continues the phrase only when nothing stands between ("Rust, a
        # language" and "Rust — a language" name it; "rust a pipe" does not).
        joined = after.isspace() or end >= len(text)
        nxt = lowered[i + n] if i + n < len(lowered) and joined else ""
        prev = lowered[i - 1] if i else ""
        if nxt in _NEGATIVE_AFTER or (prev in _NEGATIVE_BEFORE and nxt not in _CUES_AFTER):
            continue
        if end - start == 1 and _letter_not_language(text, toks, i, after):
            continue
        first = _starts_sentence(text, start)
        if first:
            # words before belong to another sentence; "Basic experience with ..." is
            # an adjective, "Excel workshop" a product
            cued = nxt in _CUES_AFTER and nxt not in _WEAK_CUES_AFTER
        else:
            cued = nxt in _CUES_AFTER or any(w in _CUES_BEFORE for w in lowered[max(0, i - 3) : i])
        candidates.append((start, end, idx, cued, first))
    accepted: list[tuple[int, int, int]] = []
    anchors = sorted((s, e) for s, e, _ in sure)
    while candidates:  # accepted names vouch for others ("Excel, Word and PowerPoint")
        rest = []
        for start, end, idx, cued, first in candidates:
            near = not first and any(_nearby(anchors, start, end, _CONTEXT_CHARS))
            if cued or near or _listed_with(text, start, end, anchors):
                accepted.append((start, end, idx))
                bisect.insort(anchors, (start, end))
            else:
                rest.append((start, end, idx, cued, first))
        if len(rest) == len(candidates):
            break
        candidates = rest
    return accepted


def canonical(name: str, *, cached: bool = True) -> str:
    """The canonical name of a skill as a person or a profile writes it.

    ``cached=False`` for a profile's own words: nothing of the name is kept in the
    process (page-derived names are memoized, as pages repeat them)."""
    return _canonical_cached(name) if cached else _canonical(name)


def _canonical(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        return ""
    d = _data()
    if cleaned in d.position:
        return cleaned
    key = skill_key(cleaned)
    hit = _lookup(d, key, any_plural=True)
    if hit is None and key.startswith(("apache ", "microsoft ", "google ", "amazon ")):
        hit = _lookup(d, key.split(" ", 1)[1], any_plural=True)
    return d.names[hit[0]] if hit else cleaned.lower()


_canonical_cached = lru_cache(maxsize=8192)(_canonical)


def is_product(name: str) -> bool:
    """Whether a skill is a product the work is done with (software or a tool O*NET files under
    a commodity: "Java", "Salesforce"), not a field of knowledge or a method ("payments")."""
    d = _data()
    at = _index_of(d, name)
    return at is not None and bool(d.commodity[at])


def names() -> list[str]:
    """Every canonical skill name, by index position (for the occupation index's lists)."""
    return _data().names


def indices(names: Iterable[str]) -> list[int]:
    """Index positions of the known skills among ``names`` (each once), for the index's
    per-occupation skill lists; unknown names are left out. Keeps nothing of the names."""
    d = _data()
    out: list[int] = []
    for name in names:
        idx = d.position.get(name)
        if idx is None:
            hit = _lookup(d, skill_key(name), any_plural=True)
            idx = hit[0] if hit else None
        if idx is not None and idx not in out:
            out.append(idx)
    return out


def _index_of(d: _Skills, name: str) -> int | None:
    idx = d.position.get(name)
    if idx is None:
        idx = d.position.get(_canonical(name))
    return idx


def similarity(a: str, b: str) -> float:
    """How near two skills are, 0 (unrelated) to 1 (the same).

    Memoized only for two names the index knows: a name from a profile that it does
    not know is never kept in the process."""
    if not a or not b:
        return 0.0
    position = _data().position
    if a in position and b in position:
        return _similarity_cached(a, b)
    return _similarity(a, b)


def _similarity(a: str, b: str) -> float:
    d = _data()
    ia, ib = _index_of(d, a), _index_of(d, b)
    if ia is None or ib is None:
        return 1.0 if _canonical(a) == _canonical(b) else 0.0
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


_similarity_cached = lru_cache(maxsize=65536)(_similarity)


def nearest(skill: str, candidates: Iterable[str]) -> float:
    """The highest similarity of ``skill`` to any of ``candidates`` (0 if none)."""
    return max((similarity(skill, c) for c in candidates), default=0.0)
