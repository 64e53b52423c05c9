"""Eligibility before value: can this person realistically be considered, or attend?

The page's conditions (``requirements.py``: where applicants must live, the on-site place,
languages, work authorisation, degrees, years, licences, seniority, who an event is for) meet
the person's profile. Each finding is one of:

- ``blocks``: the person cannot be considered; the verdict is Skip and this is its first
  reason, in the page's words;
- ``stretch``: they could be, against the odds (a level or a few years above them); value is
  worth less and it is said;
- ``unknown``: the page or the profile does not say; the plan says what to ask;
- ``contradiction``: the page says two things (a sponsorship tag and "unable to sponsor";
  "remote" in the title and an office city in the body); both are quoted, and it is asked.

Defaults when the profile is silent are stated in the model card: a person may work in the
country they live in (and its free-movement area), speaks its main language and any language
named among their skills, and their years follow their level (``profile.YEARS_AT_LEVEL``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .cues import SENIORITY
from .profile import DEGREES, Person

BLOCKS, STRETCH, UNKNOWN, CONTRADICTION = "blocks", "stretch", "unknown", "contradiction"
# How far the person could get the interview, by the worst finding (see Relation.reach).
REACH = {BLOCKS: 0.0, STRETCH: 0.75, CONTRADICTION: 0.85, UNKNOWN: 0.9}
COMMUTE_KM = 80.0  # a daily commute, or a trip to an evening event, without a second thought
EVENT_TRIP_KM = 250.0  # past this an event is a trip, unless the person said they go farther
# A role this many levels above the person's is not for them yet; from the first rungs (intern,
# entry) one level less: a senior role asks for years an entry-level person does not have.
LEVELS_OUT_OF_REACH = 3
EARLY_LEVELS = ("intern", "entry")
# A requirement past the top of the person's range is a stretch up to half that top again (at
# least a year): 5 years for someone whose level means 0–3 is out of reach, 12 for 5–14 is not.
YEARS_SLACK_SHARE = 0.5


@dataclass(frozen=True)
class Finding:
    """One condition of being considered, as it stands for this person."""

    id: str
    status: str  # blocks, stretch, unknown, contradiction
    text: str
    evidence: str
    ask: str | None = None  # the question to put to them, when it is unknown

    def as_json(self) -> dict[str, Any]:
        out = {"id": self.id, "status": self.status, "text": self.text, "evidence": self.evidence}
        if self.ask:
            out["ask"] = self.ask
        return out


@dataclass
class Eligibility:
    """Every finding, the worst first."""

    findings: list[Finding] = field(default_factory=list)

    @property
    def blocked(self) -> Finding | None:
        return next((f for f in self.findings if f.status == BLOCKS), None)

    @property
    def status(self) -> str:
        if self.blocked:
            return "ineligible"
        if any(f.status in (STRETCH, UNKNOWN, CONTRADICTION) for f in self.findings):
            return "uncertain"
        return "eligible"

    @property
    def reach(self) -> float:
        worst = min((REACH.get(f.status, 1.0) for f in self.findings), default=1.0)
        stretches = sum(f.status == STRETCH for f in self.findings)
        return worst * (0.8 ** max(0, stretches - 1))

    def asks(self) -> list[str]:
        return [f.ask for f in self.findings if f.ask]

    def as_json(self) -> dict[str, Any]:
        return {"status": self.status, "findings": [f.as_json() for f in self.findings]}


_ORDER = {BLOCKS: 0, CONTRADICTION: 1, STRETCH: 2, UNKNOWN: 3}


def judge(
    opportunity: dict[str, Any], analysis: dict[str, Any], me: Person, km: float | None
) -> Eligibility:
    """Weigh the page's conditions against the person."""
    found: list[Finding] = []
    if not me.given:
        return Eligibility(found)
    conditions = analysis.get("conditions") or []
    by_id: dict[str, list[dict]] = {}
    for c in conditions:
        by_id.setdefault(c["id"], []).append(c)
    is_event = opportunity.get("kind") == "event"
    found += _place(opportunity, by_id, me, km, is_event)
    found += _authorisation(opportunity, by_id, me, km, is_event)
    found += _languages(opportunity, by_id, me, is_event, analysis.get("written_in") or [])
    if not is_event:
        found += _seniority(analysis, me, by_id)
        found += _years(by_id, me)
        found += _degree(by_id, me)
        found += _credentials(by_id, me)
        found += _students(by_id, me)
    else:
        found += _event_access(by_id, opportunity, me)
    found.sort(key=lambda f: _ORDER.get(f.status, 9))
    return Eligibility(found)


def _where(opportunity) -> str:
    from . import places

    loc = opportunity.get("location") or {}
    return places.display(loc) or loc.get("country") or "the place on the page"


def _is_remote(opportunity) -> bool:
    loc = opportunity.get("location") or {}
    return bool(
        loc.get("remote") or loc.get("online") or opportunity.get("attendance_mode") == "online"
    )


def _scope(opportunity, by_id) -> tuple[set[str], str] | None:
    """Where a remote job's applicants must live: the contract's scope, else the page's words."""
    from . import places

    loc = opportunity.get("location") or {}
    scope = loc.get("remote_scope") or None
    if scope and not scope.get("anywhere"):
        countries = set(scope.get("countries") or [])
        for region in scope.get("regions") or []:
            countries |= set(places.region_countries(region) or ())
            if "-" in region:  # "US-CA": a state of a country
                countries.add(region.split("-")[0])
        if countries:
            return countries, scope.get("evidence") or loc.get("text") or "remote"
    for c in by_id.get("residency", []):
        if c.get("countries"):
            return set(c["countries"]), c["evidence"]
    if loc.get("remote") and not (scope or {}).get("anywhere"):
        # A remote job whose place names a country is, on job boards, remote within it
        # ("US/CA Remote", "Remote - Germany").
        from .requirements import countries_named

        named = set()
        if loc.get("country"):
            named.add(places.country_code(loc["country"]) or loc["country"])
        named |= countries_named(
            (loc.get("text") or "").replace("Remote", "").replace("remote", "")
        )
        named.discard(None)
        if named:
            return named, loc.get("text") or loc.get("country")
    return None


def _other_scope(opportunity, by_id, scope) -> tuple[set[str], str] | None:
    """A second area the page's own words give applicants, when it differs from ``scope``."""
    if not scope:
        return None
    for c in by_id.get("residency", []):
        if c.get("countries") and set(c["countries"]) != scope[0]:
            return set(c["countries"]), c["evidence"]
    return None


def _place(opportunity, by_id, me: Person, km, is_event) -> list[Finding]:
    out: list[Finding] = []
    remote = _is_remote(opportunity)
    where = _where(opportunity)
    if remote and not is_event:
        scope = _scope(opportunity, by_id)
        other = _other_scope(opportunity, by_id, scope)
        if scope and me.country:
            countries, evidence = scope
            inside = me.country in countries or bool(
                me.authorization_said and me.authorized & countries
            )
            if not inside and other and me.country in other[0]:
                # The page names two areas ("Remote (United States)" and "you are located in
                # the Americas") and the person is in one: quote both and ask which holds.
                out.append(
                    Finding(
                        "remote_scope",
                        CONTRADICTION,
                        f"The page says remote in {_names(countries)}, and also in "
                        f"{_names(other[0])}",
                        f"“{evidence}” … “{other[1]}”",
                        f"Ask {_org(opportunity)} whether someone in "
                        f"{_country_name(me.country)} can be hired.",
                    )
                )
            elif not inside:
                out.append(
                    Finding(
                        "remote_scope",
                        BLOCKS,
                        f"Remote only for people in {_names(countries)}; you are in "
                        f"{_country_name(me.country)}",
                        evidence,
                    )
                )
        out += _remote_contradiction(opportunity, by_id)
        return out
    if is_event and remote:
        return out
    for c in by_id.get("residency", []):
        place = c.get("place")
        if place and me.location:
            from . import places

            d = places.known_distance(me.location, place)
            if d is not None and d > COMMUTE_KM and me.willing_to_relocate is not True:
                out.append(
                    Finding(
                        "residency",
                        BLOCKS,
                        f"Applicants must be based in {place['name']}, about {round(d):,} km from "
                        "you",
                        c["evidence"],
                    )
                )
                return out
    if not is_event and me.remote_only:
        loc = opportunity.get("location") or {}
        what = "hybrid" if loc.get("hybrid") else "on-site"
        evidence = (
            loc.get("evidence")
            or next(
                (c["evidence"] for c in by_id.get("on_site", []) + by_id.get("residency", [])), None
            )
            or (f"Location: {where}" if where != "the place on the page" else None)
        )
        if evidence:
            out.append(
                Finding(
                    "remote_only",
                    BLOCKS,
                    f"The job is {what} ({where}); you take remote roles only",
                    evidence,
                )
            )
            return out
        out.append(
            Finding(
                "remote_only",
                UNKNOWN,
                "The page does not say whether the job can be done remotely; you take remote roles"
                " only",
                "The page does not say where the work is done.",
                f"Ask {_org(opportunity)} whether the role can be fully remote.",
            )
        )
        return out
    if km is None:
        if not is_event and me.location and not (opportunity.get("location") or {}).get("text"):
            out.append(
                Finding(
                    "place",
                    UNKNOWN,
                    "The page does not say where the job is",
                    "The page does not say where the work is done.",
                    f"Ask {_org(opportunity)} where the role is based "
                    "and how many days a week are on site.",
                )
            )
        return out
    limit = me.max_travel_km
    if is_event:
        if limit is not None and km > limit:
            out.append(
                Finding(
                    "travel",
                    BLOCKS,
                    f"About {round(km):,} km away, farther than the {round(limit):,} km you travel",
                    f"Where: {where}",
                )
            )
        return out
    if km > max(COMMUTE_KM, limit or 0.0):
        if me.willing_to_relocate is False:
            out.append(
                Finding(
                    "relocation",
                    BLOCKS,
                    f"The job is in {where}, about {round(km):,} km away, and you will not move",
                    f"Location: {where}",
                )
            )
        elif me.willing_to_relocate is None and limit is not None:
            out.append(
                Finding(
                    "relocation",
                    UNKNOWN,
                    f"The job is in {where}, about {round(km):,} km away, past the "
                    f"{round(limit):,} km you travel",
                    f"Location: {where}",
                    f"Ask {_org(opportunity)} whether the role could be "
                    "remote, "
                    "and decide whether you would move for it.",
                )
            )
    return out


def _remote_contradiction(opportunity, by_id) -> list[Finding]:
    on_site = by_id.get("on_site") or []
    residency = [c for c in by_id.get("residency", []) if c.get("place")]
    said = on_site or residency
    if not said:
        return []
    loc = opportunity.get("location") or {}
    remote_words = (
        loc.get("evidence")
        or (
            opportunity.get("title")
            if "remote" in (opportunity.get("title") or "").lower()
            else None
        )
        or loc.get("text")
        or "remote"
    )
    other = said[0]["evidence"]
    return [
        Finding(
            "remote",
            CONTRADICTION,
            "The page says it is remote, and also asks for time on site",
            f"“{remote_words}” … “{other}”",
            f"Ask {_org(opportunity)} which holds: fully remote, or days on site, and where.",
        )
    ]


def _authorisation(opportunity, by_id, me: Person, km, is_event) -> list[Finding]:
    if is_event:
        return []
    out: list[Finding] = []
    sponsorship = by_id.get("sponsorship", [])
    no = [c for c in sponsorship if c["value"] is False]
    yes = [c for c in sponsorship if c["value"] is True]
    if no and yes:
        out.append(
            Finding(
                "sponsorship",
                CONTRADICTION,
                "The page both offers visa sponsorship and says it cannot sponsor",
                f"“{yes[0]['evidence']}” … “{no[0]['evidence']}”",
                f"Ask {_org(opportunity)} whether they sponsor visas for this role.",
            )
        )
    country = job_country(opportunity)
    if _is_remote(opportunity):
        country = None  # where the person must live is the remote scope's question
    for c in by_id.get("authorization", []):
        countries = set(c["value"])
        if me.authorized and not (me.authorized & countries):
            if no or not yes:
                out.append(
                    Finding(
                        "authorization",
                        BLOCKS if (no or me.authorization_said) else UNKNOWN,
                        f"It asks for the right to work in {_names(countries)}",
                        c["evidence"],
                        None if no else f"Ask {_org(opportunity)} whether they sponsor visas.",
                    )
                )
                return out
    if country and me.authorized and country not in me.authorized:
        name = _country_name(country)
        if no and not yes:
            out.append(
                Finding(
                    "sponsorship",
                    BLOCKS,
                    f"The job is in {name} and they do not sponsor visas",
                    no[0]["evidence"],
                )
            )
        elif not yes and me.willing_to_relocate is not False:
            out.append(
                Finding(
                    "sponsorship",
                    UNKNOWN,
                    f"The job is in {name}, where you may need a visa; the page does not say "
                    "whether they sponsor",
                    f"Location: {_where(opportunity)}",
                    f"Ask {_org(opportunity)} whether they sponsor a work "
                    "visa "
                    f"for {name} and help with the move.",
                )
            )
    return out


def job_country(opportunity) -> str | None:
    """The country the job is in, from its place on the page, or None."""
    from . import places

    loc = opportunity.get("location") or {}
    if loc.get("country"):
        code = places.country_code(str(loc["country"]))
        if code:
            return code
    found = places.locate(loc) if (loc.get("text") or loc.get("locality")) else None
    return found["country"] if found else None


LINGUA_FRANCA = "en"


def _languages(opportunity, by_id, me: Person, is_event, written_in=()) -> list[Finding]:
    if not me.languages:
        return []
    out: list[Finding] = []
    for c in by_id.get("language", []):
        if not c.get("required") or c["value"] in me.languages:
            continue
        level = f" at {c['level']} level" if c.get("level") else ""
        name = _language_name(c["value"])
        if not me.languages_said:  # languages guessed from where one lives: a question
            out.append(
                Finding(
                    "language",
                    UNKNOWN,
                    f"It asks for {name}{level}; your profile lists no languages",
                    c["evidence"],
                    f"Check that you work in {name}{level}, and add your languages to your "
                    "profile.",
                )
            )
            continue
        out.append(
            Finding(
                "language",
                BLOCKS,
                f"It asks for {name}{level}, not among your languages",
                c["evidence"],
            )
        )
        return out
    # A page asks for its own language too (reading it is the first test); another language
    # it asks beside ("English at a communicative level" on a Czech page) does not replace it.
    page = (opportunity.get("language") or "").split("-")[0].lower()
    # A posting written in two languages ("English job description to follow!") is read in
    # either: its first language blocks no one who reads the other.
    if page and page not in me.languages and not set(written_in) & set(me.languages):
        # The page's own language blocks someone who listed their languages without it. When
        # we guessed them from where one lives, a listing's language is a question (the team
        # may work in another), and so is an event in English, the second working language of
        # most professionals; an event in another language still blocks.
        what = "The event runs" if is_event else "The listing is written"
        name = _language_name(page)
        guessed = not me.languages_said and (page == LINGUA_FRANCA or not is_event)
        ask = (
            f"Check that you can follow a session in {name}."
            if is_event
            else f"Ask {_org(opportunity)} which language the team works in."
        )
        out.append(
            Finding(
                "language",
                UNKNOWN if guessed else BLOCKS,
                f"{what} in {name}; your profile lists no languages"
                if guessed
                else f"{what} in {name}, not among your languages",
                f"The page is in {name}: “{_first_words(opportunity)}”",
                ask if guessed else None,
            )
        )
    return out


# A role the page opens to students only is at a student's level, whatever its title says.
STUDENT_LEVELS = ("intern", "entry")


def _seniority(analysis, me: Person, by_id=None) -> list[Finding]:
    from .levels import of_role

    level, said = of_role(analysis)
    if not (level and me.seniority):
        return []
    if (by_id or {}).get("students") and me.seniority == "intern" and level in STUDENT_LEVELS:
        return []
    gap = SENIORITY.index(level) - SENIORITY.index(me.seniority)
    title = said or "the title"
    out_of_reach = LEVELS_OUT_OF_REACH - (1 if me.seniority in EARLY_LEVELS else 0)
    if gap >= out_of_reach:
        return [
            Finding(
                "seniority",
                BLOCKS,
                f"A {level} role; you are at {me.seniority} level",
                title,
            )
        ]
    if gap >= 1:
        above = "a level" if gap == 1 else f"{gap} levels"
        return [
            Finding("seniority", STRETCH, f"A {level} role, {above} above yours", title)
        ]
    return []


def _years(by_id, me: Person) -> list[Finding]:
    asked = [c for c in by_id.get("years", []) if c.get("required")]
    have = me.years_range()
    if not asked or not have:
        return []
    need = max(c["value"] for c in asked)
    c = next(c for c in asked if c["value"] == need)
    top = have[1]
    yours = (
        f"you have {have[0]:g}"
        if me.years is not None
        else f"{me.seniority} level usually means {have[0]:g}–{have[1]:g}"
    )
    if need > top + max(1.0, YEARS_SLACK_SHARE * top):
        return [Finding("years", BLOCKS, f"It asks for {need} years; {yours}", c["evidence"])]
    if need > top:
        return [Finding("years", STRETCH, f"It asks for {need} years; {yours}", c["evidence"])]
    return []


def _degree(by_id, me: Person) -> list[Finding]:
    asked = [c for c in by_id.get("degree", []) if c.get("required") and c["value"] != "secondary"]
    if not asked:
        return []
    c = max(asked, key=lambda c: DEGREES.index(c["value"]))
    if me.degree is None:
        return []  # most profiles do not list degrees; not a reason to doubt
    if DEGREES.index(me.degree) >= DEGREES.index(c["value"]):
        return []
    status = STRETCH if c.get("or_equivalent") else BLOCKS
    return [
        Finding(
            "degree",
            status,
            f"It asks for a {c['value']}'s degree; you list a {me.degree}'s",
            c["evidence"],
        )
    ]


def _credentials(by_id, me: Person) -> list[Finding]:
    for c in by_id.get("clearance", []):
        if c.get("required") and not _holds(
            me, ("clearance", "ts/sci", "secret", "polygraph", "dv", "sc")
        ):
            return [
                Finding(
                    "clearance",
                    BLOCKS,
                    "It asks for a security clearance you do not list",
                    c["evidence"],
                )
            ]
    for c in by_id.get("credential", []):
        if not c.get("required"):
            continue
        if not _holds(me, tuple(c["value"])):
            names = " or ".join(v.upper() for v in c["value"])
            # "CPA, CA or equivalent": another professional qualification may do; a degree does not.
            status = STRETCH if c.get("or_equivalent") and _has_any_credential(me) else BLOCKS
            return [
                Finding(
                    "credential",
                    status,
                    f"It asks for {names}, which you do not list",
                    c["evidence"],
                )
            ]
    return []


def _holds(me: Person, names: tuple[str, ...]) -> bool:
    import re

    for cred in me.credentials:
        for name in names:
            if len(name) <= 2:
                if re.search(rf"\b{re.escape(name)}\b", cred):
                    return True
            elif name in cred:
                return True
    return False


def _has_any_credential(me: Person) -> bool:
    import re

    return any(
        re.search(r"\b(?:certifi|licen|chartered|qualified|registered)", c) for c in me.credentials
    )


def _students(by_id, me: Person) -> list[Finding]:
    for c in by_id.get("students", []):
        if me.seniority and me.seniority != "intern":
            return [
                Finding(
                    "students", BLOCKS, "Only for students; you are not studying now", c["evidence"]
                )
            ]
    return []


def _event_access(by_id, opportunity, me: Person) -> list[Finding]:
    out: list[Finding] = []
    for c in by_id.get("approval", [])[:1]:
        out.append(
            Finding(
                "approval",
                UNKNOWN,
                "Entry is by approval or membership",
                c["evidence"],
                "Register early and ask the organizers what gets a place confirmed.",
            )
        )
    full = by_id.get("sold_out", [])[:1]
    if not full and opportunity.get("status") == "closed":
        # Registration closed: a question for the organizers, not the end of the event.
        said = (opportunity.get("evidence") or {}).get("status") or "Registration is closed"
        full = [{"evidence": said}]
    for c in full:
        out.append(
            Finding(
                "sold_out",
                UNKNOWN,
                "It may be full",
                c["evidence"],
                "Ask the organizers about a waitlist or the next date.",
            )
        )
    return out


def _org(opportunity) -> str:
    return opportunity.get("organization") or "them"


def _names(countries: set[str]) -> str:
    from . import places

    for region in ("EU", "EEA", "North America", "Americas", "Latin America", "APAC", "Africa"):
        if set(countries) == set(places.region_countries(region) or ()):
            bare = region in ("North America", "Latin America", "Africa")
            return region if bare else f"the {region}"
    shown = sorted(_country_name(c) for c in countries)
    if len(shown) > 4:
        return f"{len(shown)} countries ({', '.join(shown[:3])}, …)"
    return " or ".join(shown)


def _country_name(code: str) -> str:
    from . import places

    name = places.country_name(code)
    return f"the {name}" if name in ("United States", "United Kingdom", "Netherlands") else name


def _language_name(code: str) -> str:
    import langcodes

    try:
        return langcodes.Language.get(code).display_name()
    except (LookupError, ValueError):
        return code


def _first_words(opportunity) -> str:
    words = (opportunity.get("description") or opportunity.get("title") or "").split()
    return " ".join(words[:10]) + ("…" if len(words) > 10 else "")
