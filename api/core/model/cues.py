"""What a cue is, and the few word tables every part of the model shares.

A cue is one thing a page can say ("a take-home exercise", "equity"), the pattern that finds
it, and the parts of a page where it means something (see ``sections``). Each lens keeps its
own cue tables beside it (practice: interview steps; network reach: formats and attendees;
second look: perks; offer upside: compensation extras; other openings: breadth); this module
holds only the record type and the vocabulary shared across lenses: the seniority ladder,
who an event is for, and industries. Patterns describe the structure of a phrase, not words
copied from any one listing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from . import sections
from .evidence import Matcher, Text, find

# Anywhere but legal boilerplate: "regardless of public assistance" is not a perk.
NOT_LEGAL = frozenset(sections.PARTS) - {sections.LEGAL}


@dataclass(frozen=True)
class Cue:
    """One thing a page can say, where it means something, and what it is worth to its lens."""

    id: str
    label: str
    pattern: str
    where: frozenset[str] = field(default=NOT_LEGAL)
    weight: float = 0.0

    @cached_property
    def matcher(self) -> Matcher:
        return Matcher(self.pattern)

    def find(self, text: Text, where: frozenset[str] | None = None) -> tuple[re.Match, str] | None:
        """The first match in the parts where this cue means something (or ``where``)."""
        return find(self.matcher, text, where or self.where)


def found(
    cues: Iterable[Cue], text: Text, where: frozenset[str] | None = None
) -> list[dict[str, Any]]:
    """Each cue the text holds, once, with the sentence it was read from (JSON-ready).

    ``where`` replaces the cues' own parts: an event page has no hiring-process section,
    and its "mock interviews" are read wherever they stand.
    """
    out = []
    for cue in cues:
        hit = cue.find(text, where)
        if hit:
            out.append(
                {
                    "id": cue.id,
                    "label": cue.label,
                    "weight": cue.weight,
                    "evidence": hit[1],
                    "match": hit[0].group(0),
                }
            )
    return out


def by_id(cues: Iterable[Cue]) -> dict[str, Cue]:
    """A cue table keyed by id."""
    return {c.id: c for c in cues}


# Seniority ladder, in order.
SENIORITY = ("intern", "entry", "mid", "senior", "lead", "executive")

# Phrases that say whom an event or listing is for, by level (not who speaks or attends).
LEVEL_WORDS = {
    "intern": r"\bfor (?:\w+ ){0,3}?(?:students|interns|undergrad\w*)\b|\binternships?\b"
    r"|\bco-?op (?:students|roles|positions)\b|\b(?:university|college) students?\b"
    r"|\bstudierende\b|\bétudiants?\b|\bestudiantes\b|\bstudent(?:i|ů)\b",
    "entry": r"\bentry[- ]level\b|\bearly[- ]career\b|\bnew grad\w*\b|\bgraduates?\b"
    r"|\bjunior (?:roles|positions)\b|\bapprentice(?:s|ships?)\b|\byoung professionals\b"
    r"|\bnewcomers?\b|\bbeginners?\b|\bwithout (?:any )?(?:technical )?(?:background|experience)\b"
    r"|\bno (?:prior )?experience (?:needed|required)\b|\bself-taught\b|\babsolventen\b"
    r"|\bberufseinsteiger",
    "senior": r"\bfor (?:\w+ ){0,3}?(?:senior|experienced) \w+|\bexperienced (?:engineers"
    "|developers|professionals)\b",
    "executive": r"\bfor (?:\w+ ){0,3}?(?:executives|chiefs|c-suite|cfos|ceos|ctos|founders)\b"
    r"|\bc-suite\b|\bexecutives? only\b",
}

# Industries: the few where the name rarely appears as written ("fintech" on a bank page).
# Read only where the organisation says what it does, never from a benefits line.
INDUSTRY_ALIASES = {
    "fintech": r"fintech|financial (?:technology|services)|payments?|banking|lending|insurtech",
    "healthcare": r"health ?care|clinical|clinics?|hospitals?|patients?|medical|nursing"
    r"|care (?:delivery|teams?)",
    "banking": r"bank(?:s|ing)?\b",
    "media": r"media\b|publish\w*|newsrooms?|streaming|broadcast\w*|journalism",
    "media and entertainment": r"media (?:and|&) entertainment|entertainment|film|television"
    "|animation"
    r"|visual effects|vfx\b",
    "consumer apps": r"consumer|subscriptions?|mobile apps?",
    "education": r"education|schools?|e-?learning|universit\w+|edtech|classrooms?",
    "public sector": r"public sector|government|municipal|county|city of|federal|state agency",
    "government": r"government|federal|agenc(?:y|ies)\b|public sector|intelligence community",
    "retail": r"retail|e-?commerce|shops?\b|storefronts?|in-store",
    "energy": r"energy|utilit(?:y|ies)\b|solar|power grid|oil (?:and|&) gas|renewable\w*",
    "oil and gas": r"oil (?:and|&) gas|petroleum|pipelines?|midstream|upstream",
    "manufacturing": r"manufactur\w+|factor(?:y|ies)|production lines?|plants?\b",
    "nonprofit": r"non-?profits?|charit\w+|ngos?\b",
    "gaming": r"gaming|video ?games?|esports",
    "video games": r"video ?games?|vid[eé]oludique|game (?:studios?|development)",
    "crypto": r"crypto\w*|blockchain|web3|defi\b|ethereum|bitcoin|staking",
    "construction": r"construction|building trades|general contractors?|job ?sites?",
    "logistics": r"logistics|freight|warehous\w+|supply chain",
    "aerospace": r"aerospace|aviation|avionics|satellites?|space (?:agency|projects?|systems?)",
    "space": r"space (?:agency|projects?|systems?|electronics)|satellites?|aerospace",
    "pharma": r"pharma\w*|biotech\w*|life sciences|drug (?:development|discovery)",
    "medical devices": r"medical (?:devices?|robotics|technology)|medtech",
    "automotive": r"automotive|vehicles?\b|car makers?",
    "heritage": r"heritage|historic\w*|museums?",
    "museums": r"museums?|galler(?:y|ies)|heritage",
}
# Industry words with another common sense, and the neighbours in the same sentence that give
# that sense away: a data team works "upstream" with engineering, a sales or CI "pipeline"
# carries no oil, "streaming" data is no media. Such a word names its industry only in a
# sentence without those neighbours, or beside a word of the industry that has no other sense
# ("oil and gas pipelines").
INDUSTRY_OTHER_SENSES = {
    "oil and gas": (
        r"pipelines?|upstream",
        r"\b(?:data|software|code|codebase|open[- ]source|deploy\w*|ci/?cd|builds?|releases?"
        r"|sales|hiring|talent|recruit\w*|candidates?|analytics?|analytical|machine learning"
        r"|product|engineering teams?|commits?|repositor\w+)\b",
    ),
    "media": (
        r"streaming|broadcast\w*",
        r"\b(?:data|kafka|real[- ]time|messages?|message queues?|pipelines?|packets?|protocols?)\b",
    ),
}
_OTHER_WORDS = {k: re.compile(rf"(?:{w})\Z", re.I) for k, (w, _) in INDUSTRY_OTHER_SENSES.items()}
_OTHER_NEAR = {k: re.compile(n, re.I) for k, (_, n) in INDUSTRY_OTHER_SENSES.items()}
_INDUSTRY_WORDS = {k: re.compile(rf"\b(?:{v})", re.I) for k, v in INDUSTRY_ALIASES.items()}


def other_sense(industry: str, sentence: str) -> bool:
    """True when every word of ``industry`` in ``sentence`` bears its other sense there."""
    near = _OTHER_NEAR.get(industry)
    if near is None or not near.search(sentence):
        return False
    words = [m.group(0) for m in _INDUSTRY_WORDS[industry].finditer(sentence)]
    return bool(words) and all(_OTHER_WORDS[industry].match(w) for w in words)
