"""How an opportunity relates to the person: role, skills, industry, avoid list, relevance."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .cues import INDUSTRY_ALIASES, SENIORITY
from .profile import role_words, stem

NEUTRAL = 0.55  # relevance assumed when there is no profile to compare with


def relate(opportunity: dict[str, Any], analysis: dict[str, Any], me: dict[str, Any]) -> dict:
    """Return the relation between the opportunity and the profile ``me``."""
    title = opportunity.get("title") or ""
    org = opportunity.get("organization") or ""
    text = f"{title}\n{org}\n{opportunity.get('description') or ''}"
    page_skills = [s["name"] for s in analysis["skills"]]
    role = analysis.get("role") or {}
    rel: dict[str, Any] = {
        "role_sim": None,
        "role_word": None,
        "skill_known": [],
        "skill_new": [],
        "skill_rel": None,
        "industry": [],
        "avoid_head": [],
        "avoid_body": [],
        "seniority_gap": None,
        "level": False,
        "level_mismatch": False,
        "goal": 0.0,
        "relevance": NEUTRAL,
    }
    if not me["given"]:
        rel["skill_new"] = [(s, 0.5) for s in page_skills]
        if opportunity.get("kind") == "event" and not _professional(analysis):
            rel["relevance"] = 0.25  # nothing on the page speaks of work: a leisure event
        return rel
    rel["role_sim"] = _role_sim(me, role, title, text) if me["targets"] else None
    rel["role_word"] = _role_in_text(me, text)
    if opportunity.get("kind") == "event" and rel["role_word"] is not None:
        rel["role_word"] = max(rel["role_word"], _audience_sim(me, analysis, text))
    named = [lv["id"] for lv in analysis.get("levels") or []]
    rel["level"] = me["seniority"] in named
    # An event for students is not one for an executive, whoever else attends.
    rel["level_mismatch"] = bool(
        me["seniority"]
        and named
        and min(abs(SENIORITY.index(n) - SENIORITY.index(me["seniority"])) for n in named) >= 2
    )
    rel["goal"] = _goal_fit(me["goals"], analysis)
    known, new = _skill_split(tuple(page_skills), tuple(me["skills"]))
    rel["skill_known"], rel["skill_new"] = known, new
    if me["skills"] and page_skills:
        near = [n for _, n in new]
        rel["skill_rel"] = min(1.0, (len(known) + 0.7 * sum(near)) / max(3.0, len(page_skills)))
        rel["skill_rel"] = max(rel["skill_rel"], min(1.0, 0.25 * len(known)))
    elif me["skills"]:
        rel["skill_rel"] = 0.0
    rel["industry"] = [(i, ev) for i in me["industries"] if (ev := find_term(i, text, analysis))]
    rel["avoid_head"] = [a for a in me["avoid"] if find_term(a, f"{title}\n{org}", None)]
    rel["avoid_body"] = [a for a in me["avoid"] if find_term(a, text, None)]
    if me["seniority"] and role.get("seniority"):
        rel["seniority_gap"] = SENIORITY.index(role["seniority"]) - SENIORITY.index(me["seniority"])
    rel["relevance"] = _relevance(rel, me, opportunity.get("kind") == "event")
    if rel["level_mismatch"] and opportunity.get("kind") == "event":
        rel["relevance"] = round(rel["relevance"] * 0.4, 4)
    return rel


def _professional(analysis) -> bool:
    """Whether an event's page speaks of work: who attends, employers, careers, industries."""
    if analysis.get("attendees") or analysis.get("industries") or analysis.get("interview_steps"):
        return True
    quantities = analysis.get("quantities") or {}
    if quantities.keys() & {"employers", "open_roles", "placements"}:
        return True
    formats = {f["id"] for f in analysis.get("formats") or []}
    return bool(formats & {"career_fair", "hackathon", "conference", "speed_rounds"})


def _relevance(rel, me, is_event):
    """Noisy-or of the ways an opportunity can bear on the person's career."""
    parts = []
    if rel["role_sim"] is not None:
        parts.append(rel["role_sim"] if not is_event else 0.0)
    if rel["role_word"] is not None:
        # An event has no title role: its audience and topics name the person's work or not.
        parts.append((0.9 if is_event else 0.35) * rel["role_word"])
    if is_event:
        parts.append(rel["goal"])
        parts.append(0.3 if rel["level"] else 0.0)
    if rel["skill_rel"] is not None:
        parts.append(0.85 * rel["skill_rel"])
    if rel["industry"]:
        parts.append(0.6)
    if not parts:
        return NEUTRAL
    miss = 1.0
    for p in parts:
        miss *= 1.0 - max(0.0, min(1.0, p))
    # A profile that names nothing to compare with says little either way.
    if not (me["targets"] or me["skills"] or me["industries"]):
        return NEUTRAL
    return round(1.0 - miss, 4)


def _role_sim(me, role, title, text):
    from . import occupations

    code = role.get("code")
    best = None
    for t in me["targets"]:
        words = title_similarity(role_words(t["text"]), title, text)
        if code and t.get("code"):
            sure = trust(t.get("confidence")) * trust(role.get("confidence"))
            words = max(words, sure * occupations.similarity(t["code"], code))
        best = words if best is None else max(best, words)
    return best


def trust(confidence) -> float:
    """How far to rely on an occupation match: not below 0.3 confidence, fully from 0.7."""
    if confidence is None:
        return 1.0
    return max(0.0, min(1.0, (float(confidence) - 0.3) / 0.4))


def title_similarity(words: list[str], title: str, text: str) -> float:
    """How far a title names the target role: its head noun first, then its modifiers."""
    if not words:
        return 0.0
    in_title, in_text = _stems(title), _stems(text)
    head, mods = words[-1], words[:-1]
    has_head = 1.0 if head in in_title else 0.0
    if not mods:
        return has_head
    # A modifier in the body ("our strategy practice") counts, less than one in the title.
    share = sum(1.0 if m in in_title else 0.8 if m in in_text else 0.0 for m in mods) / len(mods)
    return has_head * (0.45 + 0.55 * share) + (1 - has_head) * 0.3 * share


def _role_in_text(me, text):
    if not me["targets"]:
        return None
    return max(title_similarity(role_words(t["text"]), text, text) for t in me["targets"])


def _audience_sim(me, analysis, text) -> float:
    """How near an event's audience and field sit to the target roles."""
    from . import occupations

    best = 0.0
    for t in me["targets"]:
        for who in analysis.get("audience") or []:
            if t.get("code"):
                sure = trust(t.get("confidence"))
                best = max(best, sure * occupations.similarity(t["code"], who["code"]))
        # The field named without the role ("climate policy" for a policy analyst) counts some.
        mods = role_words(t["text"])[:-1]
        if mods:
            stems = _stems(text)
            best = max(best, 0.45 * sum(m in stems for m in mods) / len(mods))
    return best


def _goal_fit(goals, analysis):
    """How well an event's format serves what the person said they want from it."""
    formats = {f["id"]: f for f in analysis.get("formats") or []}
    fit = 0.0
    if "network" in goals and any(f["rate"] >= 2.0 for f in formats.values()):
        fit = max(fit, 0.25)
    if "learn" in goals and formats.keys() & {"workshop", "talk", "hackathon", "conference"}:
        fit = max(fit, 0.2)
    if "practice" in goals and analysis.get("interview_steps"):
        fit = max(fit, 0.25)
    return fit


def _word_overlap(words, text):
    if not words:
        return None
    stems = _stems(text)
    return sum(1 for w in words if w in stems) / len(words)


@lru_cache(maxsize=256)
def _stems(text: str) -> frozenset:
    # Stem each distinct word once: a page repeats its words many times.
    return frozenset(map(_stem, set(re.findall(r"[a-z][a-z+#/]*", text.lower()))))


_stem = lru_cache(maxsize=65536)(stem)


def _skill_split(page_skills: tuple, own: tuple):
    from . import skills

    known, new = [], []
    own_set = set(own)
    for s in page_skills:
        if s in own_set:
            known.append(s)
        else:
            new.append((s, round(skills.nearest(s, list(own)) if own else 0.0, 3)))
    return known, new


def find_term(term: str, text: str, analysis: dict | None) -> str | None:
    """Return evidence that ``term`` (an industry or avoided word) is in ``text``."""
    if analysis is not None:
        for hit in analysis.get("industries", []):
            if hit["id"] == term:
                return hit["evidence"]
    pattern = _term_pattern(term)
    for line in text.splitlines():
        m = pattern.search(line)
        if m:
            return line if len(line) < 200 else line[max(0, m.start() - 80) : m.end() + 80]
    return None


@lru_cache(maxsize=1024)
def _term_pattern(term: str) -> re.Pattern:
    words = role_words(term) or [term.lower()]
    alias = INDUSTRY_ALIASES.get(term.lower())
    body = r"\W+".join(re.escape(w) + r"\w*" for w in words)
    return re.compile(rf"\b(?:{body}{'|' + alias if alias else ''})", re.I)
