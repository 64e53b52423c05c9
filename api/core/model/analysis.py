"""The profile-independent analysis of an opportunity: what the page says, with evidence."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import Any

from api.core.opportunity import Opportunity

from . import events, levels, requirements, sections
from .cues import INDUSTRY_ALIASES, LEVEL_WORDS, Cue, found, other_sense
from .evidence import NUMBER, Matcher, Text, find, read, snippet, to_number
from .lenses.network_reach import ATTENDEES, EVENT_FORMATS
from .lenses.offer_upside import COMP_EXTRAS
from .lenses.other_openings import BREADTH
from .lenses.practice import AT_AN_EVENT, INTERVIEW_STEPS
from .lenses.second_look import PERKS
from .pay import pay
from .quantities import EMPLOYERS, quantities

# What the organisation does is said where it speaks of itself or the work, never in a
# benefits line ("health insurance" is not healthcare) or boilerplate.
WHAT_THEY_DO = frozenset({sections.ABOUT, sections.ROLE, sections.BODY})
_INDUSTRIES = tuple(Cue(k, k, rf"\b(?:{v})", WHAT_THEY_DO) for k, v in INDUSTRY_ALIASES.items())
WHERE_ORG = frozenset({sections.ABOUT})
MAX_CHARS = 30_000  # beyond this a page repeats itself; reading more costs time, not insight
MAX_ABOUT = 40  # sentences kept for reading an industry the profile names in its own words
_LEVELS = tuple(Cue(k, k, v) for k, v in LEVEL_WORDS.items())
_DURATION = Matcher(
    rf"\b(?P<n>{NUMBER})[- ](?P<unit>hours?|days?|evenings?|weekends?)\b(?!\s+(?:a|per) week)"
)
# A skill named like an interview step or an event format ("case interviews", "webinar"):
# the cues read it as a format. Read whole names only: anchored, it is tried at no other place.
_FORMAT_NAMES = re.compile(
    r"\A(?:" + "|".join(f"(?:{c.pattern})" for c in (*INTERVIEW_STEPS, *EVENT_FORMATS)) + ")",
    re.I,
)
# Acronyms with a sense besides the skill, and the neighbours that give that sense away.
OTHER_SENSES = {
    "ada": r"\bdisabilit|\baccommodat|\bamericans with\b|\baccessib|\bdental\b|\bcomplian",
    "cad": r"\bcad\s?\$|\bcad\s?\d|\$\s?cad\b|\bsalary\b|\bper (?:year|hour|annum)\b",
    "typescript": r"\bts/sci\b|\bclearance\b|\bpolygraph\b|\btop secret\b",
    "c": r"\bc-(?:suite|level|uas)\b",
    "r": r"\br&d\b",
    # "Basic knowledge of unit tests": the adjective before an ability, not the language.
    "basic": r"\bbasic (?:knowledge|understanding|skills?|level|proficiency|familiarity|grasp"
    r"|idea|training|computer|english|command|literacy|awareness)\b",
}
_OTHER_SENSES = {k: re.compile(v, re.I) for k, v in OTHER_SENSES.items()}
# "Knowledge of machine learning is excellent but not a requirement": named, not asked.
NOT_ASKED_HERE = re.compile(
    r"\bnot (?:a |an )?(?:core |hard |strict )?(?:requirement|required|necessary|needed"
    r"|mandatory)\b"
    r"|\bno (?:prior )?(?:\w+ )?(?:experience|knowledge) (?:needed|required)\b|\bwe(?:'"
    r"| wi)ll teach\b",
    re.I,
)
ALTERNATIVES = re.compile(
    r"\bat least one\b|\bone of\b|\bany of\b|\be\.g\.|\bsuch as\b|\bor (?:similar|equivalent"
    r"|comparable)\b"
    r"|\b(?:like|including)\b|\b\w+,? or \w+",  # a word read from its start, not every letter
    re.I,
)
# "A degree in Accounting, Finance or a related field": the subjects of a degree, which
# eligibility weighs as a degree, not skills asked. The list runs to where the sentence goes on.
DEGREE_SUBJECTS = re.compile(
    r"\b(?:degrees?|bachelor(?:'s|’s|s)?|master(?:'s|’s|s)?|diploma|b\.?sc|m\.?sc|ph\.?d|mba"
    r"|studies|major)(?: degree)? (?:in|of) (?P<subjects>[^.;:]{1,120})",
    re.I,
)
_SUBJECTS_END = re.compile(
    r"\b(?:is|are|required|preferred|with|plus|and (?:at least|\d|a |an |experience|strong)"
    r"|experience|years?)\b",
    re.I,
)
# A skill named only in these parts is not asked of the candidate.
NOT_ASKED = frozenset({sections.LEGAL, sections.BENEFITS, sections.LOGISTICS})


def analyse(opportunity: Opportunity) -> dict[str, Any]:
    """Return the profile-independent analysis of ``opportunity`` (JSON-serializable)."""
    title = opportunity.get("title") or ""
    org = opportunity.get("organization") or ""
    description = (opportunity.get("description") or "")[:MAX_CHARS]
    lines = read(description, title)
    optional = requirements.optional_flags(lines)
    body = Text(lines.lines[1:], lines.parts[1:]) if title else lines
    is_event = opportunity.get("kind") == "event"
    with_org = Text([*lines.lines, org], [*lines.parts, frozenset((sections.ABOUT,))])
    steps = _drop_overlapping(found(INTERVIEW_STEPS, lines, AT_AN_EVENT if is_event else None))
    if is_event:
        steps = _on_the_day(steps)
    formats = _formats(opportunity, lines) if is_event else []
    page_skills = _skills(
        title,
        description,
        [*(opportunity.get("skills") or []), *(_joined_names(title) if is_event else [])],
        lines,
        optional,
    )
    conditions = requirements.conditions(opportunity, lines, optional)
    role = (
        # What the title names counts for choosing the occupation, asked or not.
        _role(title, tuple(s["name"] for s in page_skills
                           if s["required"] or (title and s["evidence"] == title)))
        if not is_event
        else None
    )
    out = {
        "kind": opportunity.get("kind") or "job",
        "title": title,
        # The skills the page asks for choose among the occupations its title could name.
        "role": role,
        # A title silent on the level: the page's requirements and wording may say it.
        "role_level": levels.read(lines, conditions)
        if not is_event and not (role or {}).get("seniority")
        else None,
        "skills": page_skills,
        "interview_steps": steps,
        "quantities": quantities(opportunity, lines),
        "attendees": _attendees(lines),
        "formats": formats,
        "audience": _audience(title, lines) if is_event else [],
        # What an event is named after ("EuroPython 2025", "Rust Belt Meetup"): its topic.
        "topics": _topics(title) if is_event else [],
        "perks": _perks(opportunity, body),
        "breadth": _plain(found(BREADTH, body)) + _agency(opportunity, body),
        "pay": pay(opportunity, body),
        "extras": _plain(found(COMP_EXTRAS, body)),
        "duration": _duration(opportunity, lines if is_event else None),
        "industries": _industries(with_org),
        "levels": [{"id": h["id"], "evidence": h["evidence"]} for h in found(_LEVELS, lines)],
        "conditions": conditions,
        "about": _about(lines),
        "org_lines": [
            line for line, parts in zip(lines.lines, lines.parts, strict=True) if parts <= WHERE_ORG
        ][:MAX_ABOUT],
        "written_in": written_in(description),
        "organization": org or None,
        "speakers": list(opportunity.get("speakers") or [])[:8],
        # For a page that lists no speakers, whom its own prose names as hosts.
        "hosts": events.hosts_named(title, lines, org)
        if is_event and not opportunity.get("speakers")
        else [],
        "words": len(description.split()),
    }
    if is_event:
        out["event_kind"] = events.kind_of(title, lines, formats, opportunity.get("event_type"))
        span = out["duration"] or {}
        if out["event_kind"]["id"] != events.CAREER and span.get("days", 1) > RUN_DAYS:
            # An exhibition or a season open for months is one visit, not months away from work.
            out["duration"] = {"hours": VISIT_HOURS, "days": 1, "evidence": span["evidence"]}
    return out


# Dates further apart than this are a run (an exhibition, a season) that one visits on a day,
# not days of sessions: no conference is that long.
RUN_DAYS = 14
VISIT_HOURS = 2.0


WRITTEN_IN_SHARE = 20  # percent of a description in a language: a version written in it
MIN_WRITTEN = 200  # characters below which a detector's shares are guesses


def written_in(description: str) -> list[str]:
    """The languages the description is written in, each making a good share of it (ISO 639-1):
    a posting in French followed by its English version is written in both."""
    if len(description) < MIN_WRITTEN:
        return []
    import pycld2

    try:
        _, _, details = pycld2.detect(description.encode("utf-8", "replace").decode(),
                                      bestEffort=True)  # fmt: skip
    except pycld2.error:
        return []
    return [
        code.split("-")[0]
        for _, code, share, _ in details
        if code not in ("un", "xxx") and share >= WRITTEN_IN_SHARE
    ]


def _industries(text: Text) -> list[dict]:
    """Each industry the organisation's own account names, with its sentence, read in its
    sense: "upstream" or "pipeline" beside data words is not oil and gas."""
    out = []
    for cue in _INDUSTRIES:
        for m, i in cue.matcher.matches(text, cue.where):
            if not other_sense(cue.id, text.lines[i]):
                out.append({"id": cue.id, "evidence": snippet(text.lines[i], m.start(), m.end())})
                break
    return out


def _plain(hits):
    return [{k: v for k, v in h.items() if k != "match"} for h in hits]


def _about(lines: Text) -> list[str]:
    """The sentences where the organisation says what it does (for an industry in own words)."""
    return [
        line for line, parts in zip(lines.lines, lines.parts, strict=True) if parts & WHAT_THEY_DO
    ][:MAX_ABOUT]


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
    on_the_spot = next(c.label for c in INTERVIEW_STEPS if c.id == "on_the_spot")
    seen, out = set(), []
    for step in steps:
        if step["id"] == "onsite":
            step = {**step, "id": "on_the_spot", "label": on_the_spot}
        if step["id"] not in seen:
            seen.add(step["id"])
            out.append(step)
    return out


@lru_cache(maxsize=4096)
def _role_cached(title: str, skills: tuple[str, ...] = ()):
    from . import occupations

    match = occupations.match_title(title, skills=skills)
    seniority = occupations.seniority_of(title)
    if not match and not seniority:
        return None
    out = dict(match or {})
    out["seniority"] = seniority
    return out


def _role(title: str, skills: tuple[str, ...] = ()):
    if not title:
        return None
    found = _role_cached(title, skills)
    return {**found, "evidence": "title"} if found else None


def _topics(title: str) -> list[str]:
    """Skills an event's name names, whole or run into one word, canonical."""
    from . import skills as skill_lib

    names = [*skill_lib.find_skills(title), *_joined_names(title)]
    return list(dict.fromkeys(skill_lib.canonical(n) for n in names))


def _joined_names(title: str) -> list[str]:
    """Skills an event's name runs into one word ("EuroPython", "BcnRust"): Python, Rust.

    Only a word that is not a skill itself is cut at its capitals ("JavaScript" stays whole).
    """
    from . import skills as skill_lib

    out: list[str] = []
    for word in title.split():
        word = word.strip(".,:;!?()[]\"'")
        cuts = [i for i in range(1, len(word)) if word[i].isupper() and word[i - 1].islower()]
        if not cuts or skill_lib.find_skills(word):
            continue
        pieces = [word[a:b] for a, b in zip([0, *cuts], [*cuts, len(word)], strict=True)]
        out += [name for name in skill_lib.find_skills(" ".join(pieces)) if name not in out]
    return out


def _skills(title, description, listed, lines, optional):
    """The skills the page asks for, each with its sentence and whether it is required."""
    from . import skills as skill_lib

    # The page's own words for each skill: a skill read by another name ("3D animation" for
    # video production) is found where the page says it.
    said = skill_lib.find_skill_words(f"{title}\n{description}")
    names = []
    for name in [*listed, *said]:
        canon = skill_lib.canonical(name) if name else ""
        if canon and canon not in names:
            names.append(canon)
    # Where the page lists what it asks of a candidate, only that part asks; elsewhere a skill
    # is the work around the role ("partner with marketing") or the organisation's.
    asking = (
        frozenset({sections.REQUIREMENTS})
        if any(sections.REQUIREMENTS in p for p in lines.parts)
        else frozenset(sections.PARTS) - NOT_ASKED
    )
    out = []
    # Whether a sentence asks at all (not an exception, not pay or benefits), once a sentence:
    # a list of requirements names many skills in each.
    plain: dict[int, bool] = {}

    def asks(i: int) -> bool:
        if i not in plain:
            line = lines.lines[i]
            plain[i] = not NOT_ASKED_HERE.search(line) and not _on_offer(line)
        return plain[i]

    for name in names[:40]:
        # "case interviews" or "webinar" describe the format, which the cues already read.
        if _FORMAT_NAMES.fullmatch(name):
            continue
        where = _mentions(name, lines)
        if where is None and said.get(name, name).lower() != name.lower():
            where = _mentions(said[name], lines)
        if where is None:
            if name in listed:
                out.append({"name": name, "evidence": "", "required": True, "group": None})
            continue
        if title and all(i == 0 for i, _ in where):
            # Named by the title, and maybe by the body in other words ("payment processing"
            # under a "Payments" title): those sentences are where the page may ask it.
            where = where + _said_otherwise(name, lines)
        named = [(i, line) for i, line in where if not (lines.parts[i] <= NOT_ASKED)]
        if not named:
            continue  # named only in a benefits line or boilerplate
        sense = _OTHER_SENSES.get(name.lower())
        if sense and all(sense.search(lines.lines[j]) for j, _ in named):
            continue  # "ADA" beside "disabilities" is a law, not the language
        asked = [
            i
            for i, _ in named
            if lines.parts[i] & asking
            # A title names the team or the field ("Platform Engineer, Payments"): a field of
            # knowledge named only there is not asked; a product it names is ("Java Developer").
            and not (i == 0 and title and not skill_lib.is_product(name))
            and not optional[i]
            and asks(i)
            and not _a_subject(name, lines.lines[i])
        ]
        if asked and any(NOT_ASKED_HERE.search(lines.lines[j]) for j, _ in named):
            # The page says outright that it is not asked ("not a core requirement"): that
            # decides, whatever other sentences name it ("we will hire ML engineers later").
            asked = []
        i = asked[0] if asked else named[0][0]
        alternatives = bool(asked) and bool(ALTERNATIVES.search(lines.lines[i]))
        out.append(
            {
                "name": name,
                # The page's own words for it, when it names it otherwise ("3D animation").
                **({"said": said[name]} if said.get(name, name).lower() != name.lower() else {}),
                "evidence": dict(named).get(i, named[0][1]),
                "required": bool(asked),
                # Named only where the organisation speaks of itself ("we lead the React
                # ecosystem"): its product or its world, not the work of this role.
                "org_only": all(lines.parts[j] <= WHERE_ORG for j, _ in named),
                # Skills listed as alternatives ("one of Python, R or Julia") share a group:
                # having any of them answers the requirement.
                "group": i if alternatives else None,
            }
        )
    return out


MAX_OTHER_WORDS = 8  # sentences kept where the body names a skill of the title otherwise


def _said_otherwise(name: str, lines) -> list[tuple[int, str]]:
    """The body's sentences that name a skill in other words than its name."""
    from . import skills as skill_lib

    out = []
    for i, line in enumerate(lines.lines[1:], start=1):
        if name in skill_lib.find_skills(line):
            out.append((i, snippet(line)))
            if len(out) >= MAX_OTHER_WORDS:
                break
    return out


def _on_offer(sentence: str) -> bool:
    """A sentence that speaks of pay or benefits and asks nothing ("commissions for sales
    roles, stock grants and a benefits package"): a skill it names is not asked, whatever
    heading it stands under."""
    own = sections.votes(sentence)
    return sections.BENEFITS in own and sections.REQUIREMENTS not in own


def _a_subject(name: str, sentence: str) -> bool:
    """Whether ``name`` is named in ``sentence`` only as a degree's subject."""
    spans = _subject_spans(sentence)
    if not spans:
        return False
    needle = name.lower()
    low = sentence.lower()
    at, found = low.find(needle), False
    while at >= 0:
        if not any(a <= at < b for a, b in spans):
            return False
        at, found = low.find(needle, at + 1), True
    return found


@lru_cache(maxsize=256)
def _subject_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where ``sentence`` names a degree's subjects: read once a sentence, not once for each
    skill it names (a page's text only, like the other caches of sentences)."""
    spans = []
    for m in DEGREE_SUBJECTS.finditer(sentence):
        end = _SUBJECTS_END.search(m.group("subjects"))
        spans.append((m.start("subjects"), m.start("subjects") + (end.start() if end else 120)))
    return tuple(spans)


def _mentions(name: str, text: Text) -> list[tuple[int, str]] | None:
    """The sentences that name ``name`` as a whole word: [(index, snippet)] (None: no mention)."""
    needle = name.lower()
    out = []
    at = text.low.find(needle)
    while at >= 0 and len(out) < 8:
        end = at + len(needle)
        before = text.low[at - 1] if at else " "
        after = text.low[end] if end < len(text.low) else " "
        if not (before.isalnum() or after.isalnum()):
            out.append((text.row_at(at), text.evidence(at, end)))
        at = text.low.find(needle, at + 1)
    return out or None


def _attendees(lines):
    out = []
    for h in found(ATTENDEES, lines):
        count, whose = None, None
        q = EMPLOYERS.search(h["evidence"])
        if q and h["id"] == "recruiters":
            count = to_number(q.group("n"))
            whose = q.group(0)[len(q.group("n")) :].strip().lower()  # "fintech startups"
        out.append({**h, "reach": h["weight"], "count": count, "whose": whose})
    return out


_FOR_WHOM = re.compile(r"\bfor (?:[A-Za-z+#]+ ){0,2}?([A-Za-z]{4,}s)\b")
_PEERS = next(c.matcher for c in ATTENDEES if c.id == "peers")


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
    out = [
        {"id": h["id"], "label": h["label"], "rate": h["weight"], "evidence": h["evidence"]}
        for h in found(EVENT_FORMATS, lines)
    ]
    mode = opportunity.get("attendance_mode")
    ids = {f["id"] for f in out}
    crowd = opportunity.get("capacity") or (opportunity.get("counts") or {}).get("attendees") or 0
    span = _duration(opportunity, None) or {}
    days, hours = span.get("days") or 1, span.get("hours") or 0
    talks = bool(ids & {"talk", "panel"}) and (crowd >= 300 or hours >= 6 or days >= 2)
    sessions = "workshop" in ids and (crowd >= 1000 or days >= 2)
    if days > RUN_DAYS:
        talks = sessions = False  # a run one visits, not days of sessions
    if "conference" not in ids and (talks or sessions):
        # A day of talks for hundreds, or days of sessions: a conference whatever it is called.
        cue = next(c for c in EVENT_FORMATS if c.id == "conference")
        if days >= 2:
            basis = f"{days} days of sessions"
        elif crowd >= 300:
            basis = f"{crowd:,} attendees"
        else:
            basis = f"{hours:g} hours of sessions"
        # Inferred from size, it never quickens the pace its own formats set.
        rate = min(cue.weight, max(f["rate"] for f in out))
        out.append({"id": "conference", "label": cue.label, "rate": rate, "evidence": basis})
        ids.add("conference")
    # An online event with no interactive format is a broadcast in practice.
    if mode == "online" and not ids & {"workshop", "small_tables", "speed_rounds", "hackathon"}:
        if "webinar" not in ids:
            out.append(
                {
                    "id": "webinar",
                    "label": "webinar",
                    "rate": 0.0,
                    "evidence": _said(
                        opportunity, "attendance_mode", "The page lists it as online"
                    ),
                }
            )
    if not out:
        kind = (opportunity.get("event_type") or "").lower()
        fallback = {
            "socialevent": "mixer",
            "educationevent": "workshop",
            "businessevent": "conference",
            "conferenceevent": "conference",
            "exhibitionevent": "conference",
            "hackathon": "hackathon",
        }.get(kind)
        if fallback:
            cue = next(c for c in EVENT_FORMATS if c.id == fallback)
            kind_words = re.sub(
                r"(?<!^)(?=[A-Z])", " ", opportunity.get("event_type") or ""
            ).lower()
            out.append(
                {
                    "id": cue.id,
                    "label": cue.label,
                    "rate": cue.weight,
                    "evidence": f"The page marks it as {_article(kind_words)} {kind_words}",
                }
            )
    return out


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _perks(opportunity, body):
    out = _plain(found(PERKS, body))
    loc = opportunity.get("location") or {}
    ids = {p["id"] for p in out}
    if loc.get("remote") and "remote" not in ids:
        words = loc.get("evidence") or loc.get("text") or "The page marks the job as remote"
        out.append({"id": "remote", "label": "remote work", "evidence": words})
    return out


def _said(opportunity, key: str, fallback: str) -> str:
    """The page's words for a field (the contract's ``evidence``), or a plain statement."""
    return (opportunity.get("evidence") or {}).get(key) or fallback


def _agency(opportunity, body):
    if opportunity.get("is_agency") and "client" not in body.doc.lower():
        org = opportunity.get("organization") or "The poster"
        return [
            {
                "id": "agency",
                "label": "a recruiter with other clients",
                "evidence": _said(opportunity, "organization", f"{org} is a staffing agency"),
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
        return {"hours": round(hours, 2), "days": days, "evidence": _span(opportunity, start, end)}
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


def _span(opportunity, start, end) -> str:
    said = (opportunity.get("evidence") or {}).get("start")
    if said:
        return said
    if start.date() == end.date():
        return f"{start:%A %d %B %Y}, {start:%H:%M}–{end:%H:%M}"
    return f"{start:%d %B %Y} to {end:%d %B %Y}"


def _when(value):
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
