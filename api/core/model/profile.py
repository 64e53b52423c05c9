"""The person: the profile, read once into the terms the model uses (``Person``).

Not memoized: a profile lives only as long as its request, never in a process-wide cache.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from string import ascii_lowercase
from typing import Any

from .cues import SENIORITY
from .pay import PERIOD_HOURS

GOALS = ("practice", "explore", "network", "learn", "land")
# Years of experience a level usually stands for, when the profile does not say: (low, high).
# A requirement above the high end is a stretch; well above it, out of reach.
YEARS_AT_LEVEL = {
    "intern": (0, 1),
    "entry": (0, 3),
    "mid": (2, 7),
    "senior": (5, 14),
    "lead": (8, 25),
    "executive": (10, 40),
}
# Degrees, lowest first, with the words that name them in a profile.
DEGREES = ("secondary", "associate", "bachelor", "master", "doctorate")
_DEGREE_WORDS = (
    ("doctorate", r"\bph\.?d\b|\bdoctora\w*|\bdphil\b"),
    ("master", r"\bmaster'?s?\b|\bm\.?sc?\b|\bmba\b|\bm\.?eng\b|\bm\.?a\b\.?"),
    ("bachelor", r"\bbachelor'?s?\b|\bb\.?sc?\b|\bb\.?a\b\.?|\bb\.?eng\b|\bundergraduate degree\b"),
    ("associate", r"\bassociate(?:'s)? degree\b|\bhnd\b|\bdiploma\b"),
)
# Words in a target role that say how senior it is, not what it is.
_QUALIFIER = re.compile(
    r"\b(?:senior|junior|jr|sr|staff|principal|lead|head|intern|internship|entry|level|"
    r"associate|assistant|chief|mid|i{1,3}|iv|trainee|graduate|new grad|of)\b",
    re.I,
)


@dataclass(frozen=True)
class Target:
    """A role the person aims for, and the occupation it stands for (when one is found)."""

    text: str
    seniority: str | None = None
    occupation: dict[str, Any] | None = None

    @property
    def code(self) -> str | None:
        return (self.occupation or {}).get("code")

    @cached_property
    def words(self) -> tuple[str, ...]:
        """The words that say what the role is, stemmed once a request, not once a card."""
        return tuple(role_words(self.text))

    @property
    def confidence(self) -> float | None:
        return (self.occupation or {}).get("confidence")


@dataclass(frozen=True)
class Floor:
    """The lowest pay the person would take, per year."""

    annual: float
    currency: str | None


@dataclass(frozen=True)
class Person:
    """What the person wants and can do, in the model's terms. Every field may be empty."""

    given: bool = False
    targets: tuple[Target, ...] = ()
    target_words: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    # Every skill as written, lower case: where licences, clearances and degrees are named.
    credentials: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    seniority: str | None = None
    location_text: str | None = None
    location: dict[str, Any] | None = None  # a place from places.locate
    remote_only: bool = False
    floor: Floor | None = None
    recent: int = 0
    goals: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()
    # ISO 639-1; ``languages_said`` tells whether the person listed them (or they were inferred).
    languages: frozenset[str] = frozenset()
    languages_said: bool = False
    # ISO 3166-1 countries where the person may work without sponsorship.
    authorized: frozenset[str] = frozenset()
    authorization_said: bool = False
    willing_to_relocate: bool | None = None
    max_travel_km: float | None = None
    years: float | None = None  # years of experience, when the profile gives them
    degree: str | None = None  # the highest degree the profile names (DEGREES)
    contacts: tuple[dict[str, Any], ...] = field(default=())

    @property
    def country(self) -> str | None:
        return (self.location or {}).get("country")

    @property
    def target(self) -> str:
        return self.targets[0].text if self.targets else "the role you want"

    def once(self, fn, *args):
        """``fn(*args)``, computed once for this reading: what depends only on the profile,
        asked again for every card of a batch. Kept with the Person (as long as the request)."""
        memo = self.__dict__.setdefault("_once", {})
        key = (fn, args)
        if key not in memo:
            memo[key] = fn(*args)
        return memo[key]

    def years_range(self) -> tuple[float, float] | None:
        """Years of experience: as given, else what the person's level usually stands for."""
        if self.years is not None:
            return self.years, self.years
        return YEARS_AT_LEVEL.get(self.seniority or "")


def read(profile: dict[str, Any] | None) -> Person:
    """Return the profile in the model's terms (an empty Person when there is none)."""
    from . import contacts, occupations, skills

    p = profile if isinstance(profile, dict) else {}
    if not p:
        return Person()
    targets = []
    # the person's own words: the uncached lookups, which keep nothing of them
    for text in _strings(p.get("target_roles")):
        match = occupations.match_title(text, cached=False)
        targets.append(Target(text, occupations.seniority_of(text, cached=False), match))
    written = _strings(p.get("skills"))
    own_skills: list[str] = []
    for name in written:
        canon = skills.canonical(name, cached=False)
        if canon and canon not in own_skills:
            own_skills.append(canon)
    location = None
    if isinstance(p.get("location"), str) and p["location"]:
        location = _locate(p["location"])
    seniority = p.get("seniority") if p.get("seniority") in SENIORITY else None
    if not seniority:
        seniority = next((t.seniority for t in targets if t.seniority), None)
    country = (location or {}).get("country")
    languages, said = _languages(p.get("languages"), written, country)
    authorized, auth_said = _authorized(p.get("work_authorization"), country)
    return Person(
        given=True,
        targets=tuple(targets),
        target_words=tuple(sorted({w for t in targets for w in t.words})),
        skills=tuple(own_skills),
        credentials=tuple(s.lower() for s in written),
        industries=tuple(s.lower() for s in _strings(p.get("industries"))),
        seniority=seniority,
        location_text=p.get("location") if isinstance(p.get("location"), str) else None,
        location=location,
        remote_only=bool(p.get("remote_only")),
        floor=_floor(p.get("min_salary")),
        recent=_count(p.get("recent_interviews")),
        goals=tuple(sorted({g for g in _strings(p.get("goals")) if g in GOALS})),
        avoid=tuple(s.lower() for s in _strings(p.get("avoid"))),
        languages=languages,
        languages_said=said,
        authorized=authorized,
        authorization_said=auth_said,
        willing_to_relocate=p.get("willing_to_relocate")
        if isinstance(p.get("willing_to_relocate"), bool)
        else None,
        max_travel_km=_number(p.get("max_travel_km")),
        years=_number(p.get("years_experience")),
        degree=_degree(p.get("degree"), written),
        contacts=tuple(contacts.read(p.get("contacts"))),  # counts only, for this request
    )


def language_code(name: str) -> str | None:
    """ISO 639-1 for a language's code or name in most languages ("Deutsch" -> "de")."""
    import langcodes

    text = name.strip()
    if not text or len(text) > 40:
        return None
    try:
        tag = langcodes.Language.get(text) if len(text) <= 3 else langcodes.find(text)
    except (LookupError, ValueError):
        return None
    code = langcodes.standardize_tag(tag.language or "", macro=True) if tag.language else ""
    return code if len(code) == 2 and tag.is_valid() else None


def _names_of(code: str) -> set[str]:
    import langcodes

    lang = langcodes.Language.get(code)
    return {lang.display_name().lower(), lang.autonym().lower()}


@lru_cache(maxsize=1)
def _language_names() -> frozenset[str]:
    """Every name ``_names_of`` can give, of every language ``language_code`` can find (a
    fixed table of the languages' own names, never a profile's words)."""
    codes = {language_code(a + b) for a in ascii_lowercase for b in ascii_lowercase}
    return frozenset(name for code in codes if code for name in _names_of(code))


# "(native)", "(JLPT N2)": a bracket closed on its line is dropped. One never closed is kept with
# the rest of its line, taken at once: no later bracket of that line is tried again.
_BRACKETED = re.compile(r"\([^)\n]*\)|(\([^)\n]*)")


def _languages(given, written_skills, country) -> tuple[frozenset[str], bool]:
    """The languages the person works in, and whether they said so (or it is a guess)."""
    from . import places

    said = {c for name in _strings(given) if (c := language_code(_BRACKETED.sub(r"\1", name)))}
    if said:
        return frozenset(said), True
    # A skill that is a language's own name ("german", "japanese (jlpt n2)") says they speak
    # it; "java" is not Javanese, so the name must be the language's name, not a near one.
    in_skills = set()
    for name in written_skills:
        bare = _BRACKETED.sub(r"\1", name).strip().lower()
        # Only a language's own name can count: any other skill needs no lookup ("python").
        code = language_code(bare) if len(bare) > 3 and bare in _language_names() else None
        if code and bare in _names_of(code):
            in_skills.add(code)
    home = places.languages_of(country)[:1] if country else []
    return frozenset(in_skills | set(home)), bool(in_skills)


def _authorized(given, country) -> tuple[frozenset[str], bool]:
    """Where the person may work: as listed, else where they live (and its free-movement area)."""
    from . import places

    out: set[str] = set()
    for name in _strings(given):
        region = places.region_countries(name)
        if region:
            out |= region
        elif code := places.country_code(name):
            out |= places.free_movement(code) if code != "GB" else {code}
    if out:
        return frozenset(out), True
    return (places.free_movement(country) if country else frozenset()), False


def _degree(given, written_skills) -> str | None:
    if isinstance(given, str) and given.lower() in DEGREES:
        return given.lower()
    best = None
    for text in written_skills:
        low = text.lower()
        if not re.search(
            r"\bdegree\b|\bdiploma\b|\bph\.?d\b|\bmba\b|\bb\.?sc\b|\bm\.?sc\b|\bbachelor|\bmaster",
            low,
        ):
            continue
        for level, pattern in _DEGREE_WORDS:
            if re.search(pattern, low) and (
                best is None or DEGREES.index(level) > DEGREES.index(best)
            ):
                best = level
    return best


def _locate(text):
    try:
        from . import places
    except ImportError:  # the place index ships separately; without it travel is unknown
        return None
    return places.locate(text, cached=False)


# A word as roles and pages are compared: letters, and the "+#/" of "c++", "c#" and "ci/cd".
WORD = re.compile(r"[a-z][a-z+#/]*")


def role_words(text: str) -> list[str]:
    """Return the words of a role name that say what the role is (stemmed)."""
    words = WORD.findall(_QUALIFIER.sub(" ", text.lower()))
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
    if not isinstance(value, list | tuple):
        return []
    return [str(v).strip() for v in value if isinstance(v, str | int | float) and str(v).strip()]


def _count(value) -> int:
    try:
        return max(0, min(1000, int(float(value or 0))))
    except (TypeError, ValueError):
        return 0


def _number(value) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return max(0.0, float(value))
    except (TypeError, ValueError):
        return None


def _floor(value) -> Floor | None:
    if not isinstance(value, dict):
        return None
    try:
        amount = float(value.get("amount"))
    except (TypeError, ValueError):
        return None
    if amount <= 0:
        return None
    period = str(value.get("period") or "YEAR").upper()
    return Floor(
        amount * PERIOD_HOURS.get(period, 1), str(value.get("currency") or "").upper() or None
    )
