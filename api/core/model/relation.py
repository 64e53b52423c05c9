"""How an opportunity relates to the person (``Relation``): role, skills, industry, avoid list,
relevance, and the named requirements the person lacks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from api.core.opportunity import Opportunity

from . import events, levels
from .cues import INDUSTRY_ALIASES, SENIORITY, other_sense
from .profile import WORD, Person, role_words, stem

NEUTRAL = 0.55  # relevance assumed when there is no profile to compare with
HIRING_FOR_YOUR_LEVEL = 0.6
OWN_TOPIC = 0.6  # an event named after one of the person's own skills (as an industry named)
# A target occupation's match is trusted for "skills every holder has" only from this confidence.
COMMON_TRUST = 0.5
# Abilities every page asks for and every candidate claims: never a named gap.
GENERAL_ABILITIES = frozenset(
    {
        "leadership",
        "communication",
        "teamwork",
        "collaboration",
        "problem solving",
        "critical thinking",
        "time management",
        "presentations",
        "presentation",
        "public speaking",
        "stakeholder management",
        "mentoring",
        "attention to detail",
        "customer service",
        "interpersonal skills",
    }
)
# A skill of the person's found in the page's words counts even when the skill index does not
# know it ("3d animation" in "3D animation software"); short names need the index.
OWN_WORDS_MIN = 4


@dataclass
class Relation:
    """The person and the opportunity side by side. None: not known (no profile, no target)."""

    role_sim: float | None = None  # the title's occupation against the target roles, 0..1
    nearest: str | None = None  # the target role that similarity is to (the first on a tie)
    role_word: float | None = None  # how far the page's words name a target role, 0..1
    skill_known: list[str] = field(default_factory=list)
    # Page skills the person lacks, each with how near it sits to what they know (0..1).
    skill_new: list[tuple[str, float]] = field(default_factory=list)
    # Page skills every holder of the person's occupation uses: neither new nor a gap.
    skill_common: list[str] = field(default_factory=list)
    # Required skills the person lacks (a cost, never value): not optional, not common.
    gaps: list[str] = field(default_factory=list)
    skill_rel: float | None = None
    industry: list[tuple[str, str]] = field(default_factory=list)  # (industry, evidence)
    avoid_head: list[str] = field(default_factory=list)
    avoid_body: list[str] = field(default_factory=list)
    # What the person avoids that the body names as what the organisation is ("a growing fintech
    # company"): the organisation's industry, which puts one off as the headline does.
    avoid_org: list[str] = field(default_factory=list)
    seniority_gap: int | None = None  # the role's level minus the person's
    # What says the role sits two or more levels below the person: (text, the words), or None.
    below: tuple[str, str] | None = None
    topic: list[str] = field(default_factory=list)  # skills of theirs an event is named after
    level: bool = False  # an event names the person's level as its audience
    hiring: bool = False  # recruiters, employers or hiring managers attend the event
    level_mismatch: bool = False  # an event's audience is two or more levels away
    goal: float = 0.0
    # A non-career event's hosts and people tied to the person's field (events.Tie), strongest
    # first: the value of a book club or a public meeting is the people there, not its topic.
    ties: list[Any] = field(default_factory=list)
    km: float | None = None  # how far it is from the person, when both places are known
    relevance: float = NEUTRAL
    # How far the person could get the interview or make use of the event, 0..1: zero when
    # they cannot be considered, less for a stretch or many named gaps (see eligibility.py).
    reach: float = 1.0
    # How far an event's subject and hosts touch the person's own field (for a book club or a
    # tour, the only value there is), 0..1.
    field: float = 0.5
    eligibility: Any = None  # eligibility.Eligibility


def relate(opportunity: Opportunity, analysis: dict[str, Any], me: Person) -> Relation:
    """Return the relation between the opportunity and the person ``me``."""
    title = opportunity.get("title") or ""
    org = opportunity.get("organization") or ""
    text = f"{title}\n{org}\n{opportunity.get('description') or ''}"
    what_they_do = "\n".join([title, org, *analysis.get("about", [])])
    page_skills = [s["name"] for s in analysis["skills"]]
    role = analysis.get("role") or {}
    rel = Relation()
    is_event = opportunity.get("kind") == "event"
    if not me.given:
        rel.skill_new = [(s, 0.5) for s in page_skills]
        if is_event and not _professional(analysis):
            rel.relevance = 0.25  # nothing on the page speaks of work: a leisure event
        return rel
    if me.targets:
        rel.role_sim, rel.nearest = _role_sim(me, role, title, text)
    # An event's field is what its title and its own account of itself say, not its booking
    # details ("your booking is registered" is not a registered nurse's field).
    rel.role_word = _role_in_text(me, what_they_do if is_event else text, is_event)
    if is_event and rel.role_word is not None:
        rel.role_word = max(rel.role_word, _audience_sim(me, analysis, what_they_do))
    named = [lv["id"] for lv in analysis.get("levels") or []]
    rel.level = me.seniority in named
    rel.hiring = bool(
        {a["id"] for a in analysis.get("attendees") or []} & {"recruiters", "hiring_managers"}
    )
    # An event for students is not one for an executive, whoever else attends.
    rel.level_mismatch = bool(
        me.seniority
        and named
        and min(abs(SENIORITY.index(n) - SENIORITY.index(me.seniority)) for n in named) >= 2
    )
    rel.goal = _goal_fit(me.goals, analysis)
    common = _common_skills(me)
    known, new, shared = _skill_split(tuple(page_skills), me.skills, common)
    # Abilities every candidate claims are not skills one lacks ("leadership", "problem solving").
    new = [(n, near) for n, near in new if n.lower() not in GENERAL_ABILITIES]
    known += [
        s
        for s in me.skills
        if s not in known
        and len(s) >= OWN_WORDS_MIN
        and (find_term(s, text, None, person=me) or _in_a_name(s, title))
        or _spelled_out(s, text, me)
    ]
    # As the person wrote them too: the index may file a skill under a broader name ("3d
    # animation" under video production) that the page never uses.
    lowered = {s.lower() for s in known}
    known += [
        w
        for w in me.credentials
        if w not in lowered
        and me.once(_own_canonical, w) not in lowered
        and len(w) >= OWN_WORDS_MIN
        and find_term(w, text, None, person=me)
    ]
    # A page skill the page names in words the person wrote ("3D animation" in their "3d
    # animation software") is theirs, whatever the index files it under.
    own = [k.lower() for k in known]
    words = {s["name"]: s["said"].lower() for s in analysis["skills"] if s.get("said")}
    theirs = [n for n, _ in new if n in words and any(words[n] in k for k in own)]
    if theirs:
        known += theirs
        new = [(n, near) for n, near in new if n not in theirs]
    have = set(known) | set(shared)
    # A page skill read by another name ("3D animation" filed under video production) is shown
    # in the person's own words when the page uses them too.
    lowered = {k.lower() for k in known}
    said = {}
    for w in me.credentials:
        canon = me.once(_own_canonical, w)
        if canon != w and canon in lowered and find_term(w, text, None, person=me):
            said[canon] = w
    known = list(dict.fromkeys(said.get(k.lower(), k) for k in known))
    rel.skill_known, rel.skill_new, rel.skill_common = known, new, shared
    if is_event:
        rel.topic = [t for t in analysis.get("topics") or [] if t in known]
        kind = (analysis.get("event_kind") or {}).get("id", events.CAREER)
        if kind != events.CAREER:
            crafts = [s for s in me.credentials if s not in GENERAL_ABILITIES]
            rel.ties = sorted(events.ties(opportunity, kind, me, crafts),
                              key=lambda tie: -tie.strength)  # fmt: skip
    else:
        # An event asks nothing of who comes (who may come is eligibility): only a job has gaps.
        rel.gaps = _gaps(analysis["skills"], {n for n, _ in new}, have)
        rel.gaps = [g for g in rel.gaps if not _craft_of_aim(g, me)]
    if me.skills and page_skills:
        near = [n for _, n in new]
        counted = len(known) + 0.8 * len(shared)
        rel.skill_rel = min(1.0, (counted + 0.7 * sum(near)) / max(3.0, len(page_skills)))
        rel.skill_rel = max(rel.skill_rel, min(1.0, 0.25 * len(known)))
    elif me.skills:
        # The skill index read none on the page, but the person's own skills may be there in its
        # words ("facilitation", "briefing"): counted as when the index reads some.
        rel.skill_rel = min(1.0, 0.25 * len(known))
    rel.industry = [
        (i, ev) for i in me.industries if (ev := find_term(i, what_they_do, analysis, person=me))
    ]
    head = f"{title}\n{org}"
    rel.avoid_head = [
        a for a in me.avoid if find_term(a, head, None, person=me) or _initials_in(a, head)
    ]
    rel.avoid_body = [a for a in me.avoid if find_term(a, text, None, person=me)]
    if not is_event:
        rel.avoid_org = [
            a for a in rel.avoid_body if a not in rel.avoid_head and _names_the_org(a, text)
        ]
    level, said = levels.of_role(analysis)
    if me.seniority and level:
        rel.seniority_gap = SENIORITY.index(level) - SENIORITY.index(me.seniority)
        if rel.seniority_gap <= -FAR_BELOW:
            how = "by its title" if said == title else "by what it asks"
            article = "An" if level[0] in "aeiou" else "A"
            rel.below = (
                f"{article} {level}-level role {how}, {-rel.seniority_gap} levels below yours",
                said or title,
            )
    elif me.seniority in EXPERIENCED and _zone_below(role, me, _asked_degree(analysis)):
        # "Pipeline Designer" for a senior engineer: no level in the title, but the occupation
        # asks for less preparation than the person's own (O*NET job zones).
        rel.seniority_gap = -FAR_BELOW
        rel.below = (f"Work that asks less preparation than a {me.target}'s", title)
    rel.relevance = _relevance(rel, me, is_event)
    if rel.level_mismatch and is_event:
        rel.relevance = round(rel.relevance * 0.4, 4)
    return rel


EXPERIENCED = ("senior", "lead", "executive")
# A role this many levels below the person's is not one they would want (the mirror of a role
# out of reach above): the lenses that assume they would take the job count less of themselves.
FAR_BELOW = 2
BELOW_SHARE = {2: 0.6, 3: 0.4}  # by levels below; three or more: the last


def below_share(rel: Relation) -> float:
    """How much of a lens that assumes the person would want the job still counts (0..1)."""
    if rel.below is None or rel.seniority_gap is None:
        return 1.0
    return BELOW_SHARE[min(-rel.seniority_gap, max(BELOW_SHARE))]


# O*NET job zones by the education they name: 2 high school, 3 vocational school or an
# associate's degree, 4 a bachelor's, 5 a graduate degree.
DEGREE_ZONE = {"secondary": 2, "associate": 3, "bachelor": 4, "master": 5, "doctorate": 5}


def _zone_below(role: dict, me: Person, asked_degree: str | None = None) -> bool:
    """Whether the role's occupation needs less preparation than every target's (job zone).

    A title matched loosely counts when the degree the page asks agrees with its zone
    ("Pipeline Designer" read as a drafter, and the page asks an associate's degree)."""
    zone = role.get("job_zone")
    zones = [
        (t.occupation or {}).get("job_zone")
        for t in me.targets
        if t.code and trust(t.confidence) >= COMMON_TRUST
    ]
    zones = [z for z in zones if z]
    if not zone or not zones:
        return False
    sure = trust(role.get("confidence")) >= COMMON_TRUST
    agrees = asked_degree is not None and DEGREE_ZONE.get(asked_degree, 0) == zone
    return (sure or agrees) and zone < min(zones)


def _asked_degree(analysis: dict) -> str | None:
    """The highest degree the page asks for, if it names one."""
    from .requirements import DEGREE_LEVELS

    asked = [c["value"] for c in analysis.get("conditions") or [] if c["id"] == "degree"]
    return max(asked, key=DEGREE_LEVELS.index) if asked else None


ACRONYM = (3, 6)  # letters of a skill the person wrote as an acronym ("OEE", "TPM")
_CAPITALISED = re.compile(r"[A-Za-z][A-Za-z-]*")


def _spelled_out(skill: str, text: str, me: Person | None = None) -> bool:
    """A skill the person wrote as an acronym that the page spells out in capitalised words
    ("OEE": "Overall Equipment Effectiveness"). Only for acronyms the skill index does not
    know (it finds those itself). Nothing of the skill is kept past the request."""
    letters = skill.strip().upper()
    if not (ACRONYM[0] <= len(letters) <= ACRONYM[1] and letters.isalpha()):
        return False
    if me.once(_indexed, skill) if me is not None else _indexed(skill):
        return False
    n = len(letters)
    run: list[str] = []  # initials of the capitalised words just read, the last n at most
    for m in _CAPITALISED.finditer(text):
        word = m.group(0)
        run = [*run[-(n - 1) :], word[0]] if word[0].isupper() and n > 1 else []
        if "".join(run) == letters:
            return True
    return False


def _initials_in(term: str, headline: str) -> bool:
    """Whether the headline writes a term of two or more words by its initials ("QA" for
    quality assurance, "HR" for human resources), as a word of capitals."""
    words = re.findall(r"[a-z]+", term.lower())
    if len(words) < 2:
        return False
    initials = "".join(w[0] for w in words).upper()
    return initials in re.findall(r"\b[A-Z]{2,6}\b", headline)


# Nouns an organisation names itself by: "a fintech company", "an advertising agency".
# ("business", "group", "leader" and "platform" name a function or a team as often: left out.)
ORG_NOUNS = frozenset(
    {"company", "companies", "firm", "firms", "startup", "startups", "start-up", "agency",
     "organisation", "organization", "provider", "employer", "scale-up", "scaleup", "bank",
     "studio", "consultancy"}
)
ORG_NOUN_REACH = 1  # words that may stand between the term and the noun ("fintech lending firm")


def _names_the_org(term: str, text: str) -> bool:
    """Whether a sentence calls the organisation by the term ("within a growing FinTech
    company"): the term directly before a common noun an organisation is named by (written in
    small letters: "Defence Agency" names another body). Matched word by word, never compiled
    into a pattern."""
    words = re.findall(r"[a-z0-9&]+", term.lower())
    if not words:
        return False
    n = len(words)
    for line in text.splitlines():
        if words[0] not in line.lower():
            continue
        said = re.findall(r"[A-Za-z0-9&-]+", line)
        tokens = [t.lower() for t in said]
        for i in range(len(tokens) - n + 1):
            if tokens[i : i + n] == words:
                after = said[i + n : i + n + 1 + ORG_NOUN_REACH]
                # A noun in capitals is another organisation's name ("the European Defence
                # Agency" it works for), not what this one calls itself.
                if any(t in ORG_NOUNS for t in after):
                    return True
    return False


def _in_a_name(skill: str, title: str) -> bool:
    """A skill inside a compound name in the title ("python" in "EuroPython", "react" in
    "ReactConf"); only for a single word of five letters or more."""
    word = skill.lower()
    if " " in word or len(word) < 5:
        return False
    return any(word in token and token != word for token in re.findall(r"[a-z]+", title.lower()))


def _gaps(page_skills: list[dict], new: set[str], have: set[str]) -> list[str]:
    """Required skills the person lacks, unless they hold an alternative listed beside it."""
    answered = {
        s.get("group") for s in page_skills if s["name"] in have and s.get("group") is not None
    }
    return [
        s["name"]
        for s in page_skills
        if s.get("required")
        and s["name"] in new
        and s["name"].lower() not in GENERAL_ABILITIES
        and (s.get("group") is None or s.get("group") not in answered)
    ]


CRAFT_PREFIX = 5  # letters two words share to be one ("analysis" and "analyst")


def _craft_of_aim(skill: str, me: Person) -> bool:
    """A skill named by the words of a role the person aims at ("data analysis" for a data
    analyst, "accounting" for an accountant) is that role's own craft: not a gap they have."""
    words = re.findall(r"[a-z]+", skill.lower())
    if not words or not me.targets:
        return False

    def same(a: str, b: str) -> bool:
        n = CRAFT_PREFIX
        return a == b or (min(len(a), len(b)) >= n and a[:n] == b[:n])

    return any(
        all(any(same(w, t) for t in re.findall(r"[a-z]+", target.text.lower())) for w in words)
        for target in me.targets
    )


def _professional(analysis) -> bool:
    """Whether an event's page speaks of work: who attends, employers, careers, industries."""
    kind = (analysis.get("event_kind") or {}).get("id")
    if kind:
        return kind == "career"
    if analysis.get("attendees") or analysis.get("industries") or analysis.get("interview_steps"):
        return True
    quantities = analysis.get("quantities") or {}
    if quantities.keys() & {"employers", "open_roles", "placements"}:
        return True
    formats = {f["id"] for f in analysis.get("formats") or []}
    return bool(formats & {"career_fair", "hackathon", "conference", "speed_rounds"})


def _relevance(rel: Relation, me: Person, is_event: bool) -> float:
    """Noisy-or of the ways an opportunity can bear on the person's career."""
    parts = []
    if rel.role_sim is not None:
        parts.append(rel.role_sim if not is_event else 0.0)
    if rel.role_word is not None:
        # An event has no title role: its audience and topics name the person's work or not.
        parts.append((0.9 if is_event else 0.35) * rel.role_word)
    if is_event:
        parts.append(rel.goal)
        parts.append(0.3 if rel.level else 0.0)
        if rel.level and rel.hiring:
            # An event for people at one's own level, with those who hire them in the room.
            parts.append(HIRING_FOR_YOUR_LEVEL)
    if rel.skill_rel is not None:
        parts.append(0.85 * rel.skill_rel)
    if rel.industry:
        parts.append(0.6 if is_event else 0.3)
    if rel.topic:
        parts.append(OWN_TOPIC)  # "EuroPython" for a Python developer: the event is about it
    if not parts:
        return NEUTRAL
    miss = 1.0
    for p in parts:
        miss *= 1.0 - max(0.0, min(1.0, p))
    # A profile that names nothing to compare with says little either way.
    if not (me.targets or me.skills or me.industries):
        return NEUTRAL
    return round(1.0 - miss, 4)


def _role_sim(me: Person, role, title, text) -> tuple[float, str]:
    """How near the title is to the nearest target role, and which target that is."""
    from . import occupations

    code = role.get("code")
    best, nearest = -1.0, me.targets[0].text
    for t in me.targets:
        words = title_similarity(list(t.words), title, text)
        if code and t.code:
            sure = trust(t.confidence) * trust(role.get("confidence"))
            words = max(words, sure * occupations.similarity(t.code, code))
        if words > best:
            best, nearest = words, t.text
    return best, nearest


def trust(confidence) -> float:
    """How far to rely on an occupation match: not below 0.3 confidence, fully from 0.7."""
    if confidence is None:
        return 1.0
    return max(0.0, min(1.0, (float(confidence) - 0.3) / 0.4))


# An event that names the target's role noun but none of its field ("engineers" at a software
# conference, for a mechanical engineer) is about another kind of that work.
BARE_HEAD_AT_EVENT = 0.25


def title_similarity(words: list[str], title: str, text: str, bare_head: float = 0.45) -> float:
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
    if has_head and not share:
        return bare_head
    return has_head * (0.45 + 0.55 * share) + (1 - has_head) * 0.3 * share


def _role_in_text(me: Person, text, is_event: bool = False):
    if not me.targets:
        return None
    bare = BARE_HEAD_AT_EVENT if is_event else 0.45
    return max(title_similarity(list(t.words), text, text, bare) for t in me.targets)


def _audience_sim(me: Person, analysis, text) -> float:
    """How near an event's audience and field sit to the target roles."""
    from . import occupations

    best = 0.0
    for t in me.targets:
        for who in analysis.get("audience") or []:
            if t.code:
                sure = trust(t.confidence)
                best = max(best, sure * occupations.similarity(t.code, who["code"]))
        # The field named without the role ("climate policy" for a policy analyst) counts some.
        mods = t.words[:-1]
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


def word_overlap(words, text) -> float | None:
    """Share of ``words`` (stems) found in ``text``."""
    if not words:
        return None
    stems = _stems(text)
    return sum(1 for w in words if w in stems) / len(words)


@lru_cache(maxsize=256)
def _stems(text: str) -> frozenset:
    # Page text only (titles, descriptions): stem each distinct word once.
    words = set(WORD.findall(text.lower()))
    # "oscilloscope/logic analyzer": each side of a slash is a word of its own as well.
    words |= {part for w in words if "/" in w for part in w.split("/") if part}
    return frozenset(map(_stem, words))


_stem = lru_cache(maxsize=65536)(stem)


@lru_cache(maxsize=64)
def _tokenised(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each line of a page's text with its stemmed words, once for every term looked up in it
    (the text is the page's; the terms, the person's, are never cached)."""
    return tuple((line, tuple(map(_stem, WORD.findall(line.lower()))))
                 for line in text.splitlines())  # fmt: skip


def _common_skills(me: Person) -> frozenset[str]:
    """The technologies every holder of the person's target occupations works with."""
    codes = tuple(t.code for t in me.targets if t.code and trust(t.confidence) >= COMMON_TRUST)
    return me.once(_technologies, codes)


def _technologies(codes: tuple[str, ...]) -> frozenset[str]:
    from . import occupations

    out: set[str] = set()
    for code in codes:
        out.update(occupations.technologies_of(code))
    return frozenset(out)


def _skill_split(page_skills: tuple, own: tuple, common: frozenset):
    from . import skills

    known, new, shared = [], [], []
    own_set = set(own)
    for s in page_skills:
        if s in own_set:
            known.append(s)
        elif s in common:
            shared.append(s)
        else:
            new.append((s, round(skills.nearest(s, list(own)) if own else 0.0, 3)))
    return known, new, shared


def find_term(
    term: str, text: str, analysis: dict | None, prefix: bool = False, person: Person | None = None
) -> str | None:
    """Return evidence that ``term`` (an industry or avoided word) is in ``text``.

    The term is the person's; it is matched word by word, never compiled into a pattern,
    so no regex cache holds it. Given the ``person`` whose term it is, its words are stemmed
    once for the request (kept with the Person), not once a card.
    """
    if analysis is not None:
        for hit in analysis.get("industries", []):
            if hit["id"] == term.lower():
                return hit["evidence"]
    alias = _alias(term.lower())
    words = person.once(_term_words, term) if person is not None else _term_words(term)
    if prefix or words[0] in _stems(text):
        lines = _tokenised(text)
    elif alias is None:
        return None  # its first word is nowhere in the text (the stems of all its lines)
    else:
        lines = ((line, ()) for line in text.splitlines())  # only its alias can be there
    for line, tokens in lines:
        slashed = "/" in line
        if alias is not None:
            m = alias.search(line)
            if m and not other_sense(term.lower(), line):
                return _around(line, m.start(), m.end())
        for i in range(len(tokens) - len(words) + 1):
            if all(
                tokens[i + k] == w
                or (prefix and len(w) >= 5 and tokens[i + k].startswith(w))
                or (slashed and "/" in tokens[i + k] and w in _slash_parts(tokens[i + k]))
                for k, w in enumerate(words)
            ):
                at = line.lower().find(words[0][:4])
                return _around(line, max(0, at), max(0, at) + len(term))
    return None


@lru_cache(maxsize=4096)
def _slash_parts(token: str) -> tuple[str, ...]:
    """The stemmed sides of a page's slash-joined word ("oscilloscope/logic", "can/uart")."""
    return tuple(_stem(part) for part in token.split("/") if part)


def _term_words(term: str) -> tuple[str, ...]:
    return tuple(role_words(term) or [term.lower()])


def _own_canonical(name: str) -> str:
    from . import skills

    return skills.canonical(name, cached=False).lower()


def _indexed(skill: str) -> bool:
    from . import skills

    return bool(skills.indices([skill]))


def _around(line: str, start: int, end: int) -> str:
    return line if len(line) < 200 else line[max(0, start - 80) : end + 80]


def _alias(term: str) -> re.Pattern | None:
    # The cache is keyed by the fixed table's own names only, never by a person's word.
    return _ALIASES.get(term)


_ALIASES = {k: re.compile(rf"\b(?:{v})", re.I) for k, v in INDUSTRY_ALIASES.items()}
