"""The seven lenses: each scores one kind of non-obvious value, 0..1, with reasons and steps."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from .cues import GENERIC_STEPS, PEOPLE_STEPS, TEACHING_FORMATS, UNUSUAL_STEPS

LENS_ORDER = (
    "second_look",
    "other_openings",
    "offer_upside",
    "practice",
    "new_questions",
    "network_reach",
    "learning",
)
LABELS = {
    "second_look": "You may change your mind",
    "other_openings": "Other doors",
    "offer_upside": "An offer you can't refuse",
    "practice": "A rehearsal",
    "new_questions": "Questions you haven't met",
    "network_reach": "The people they know",
    "learning": "Something new",
}
# Goals that make a lens count for more to this person.
GOAL_BOOST = {
    "practice": ("practice",),
    "network": ("network_reach",),
    "learn": ("learning",),
    "explore": ("second_look", "other_openings"),
    "land": ("offer_upside",),
}


@dataclass
class Ctx:
    """Everything a lens reads: the opportunity, its analysis, the person, their relation."""

    opportunity: dict[str, Any]
    analysis: dict[str, Any]
    me: dict[str, Any]
    rel: dict[str, Any]
    pay: dict[str, Any] = field(default_factory=dict)

    @property
    def is_event(self) -> bool:
        return self.analysis["kind"] == "event"

    @property
    def org(self) -> str:
        return self.opportunity.get("organization") or "the organization"

    @property
    def target(self) -> str:
        targets = self.me["targets"]
        return targets[0]["text"] if targets else "the role you want"

    def ids(self, key: str) -> dict[str, dict]:
        return {h["id"]: h for h in self.analysis.get(key) or []}

    def q(self, key: str) -> dict | None:
        return self.analysis["quantities"].get(key)


class Lens:
    """A lens's findings: signal strengths, reasons and plan steps."""

    def __init__(self, lens_id: str):
        self.id = lens_id
        self.parts: list[float] = []
        self.reasons: list[dict[str, str]] = []
        self.plan: list[str] = []
        self.gate = 1.0

    def add(self, strength: float, text: str | None = None, evidence: str | None = None):
        strength = max(0.0, min(1.0, strength))
        self.parts.append(strength)
        if text and strength > 0:
            self.reasons.append({"text": text, "evidence": evidence or ""})

    def score(self) -> float:
        miss = 1.0
        for p in self.parts:
            miss *= 1.0 - p
        return max(0.0, min(1.0, (1.0 - miss) * self.gate))


def _sat(x: float, scale: float) -> float:
    """Saturating 0..1 curve: half way at scale·ln2, never above 1."""
    return 1.0 - math.exp(-max(0.0, x) / scale)


def _log_share(n: float, full: float) -> float:
    return min(1.0, math.log1p(max(0.0, n)) / math.log1p(full))


def _count(q: dict) -> str:
    return f"{q['value']:,}{'+' if q.get('plus') else ''}"


def _names(items, n=3) -> str:
    items = list(items)[:n]
    return ", ".join(items[:-1]) + (" and " if len(items) > 1 else "") + items[-1] if items else ""


def _from(recruiters: dict) -> str:
    """' from 8 fintech startups', as the page counts them; '' without a count."""
    if not recruiters.get("count"):
        return ""
    return f" from {recruiters['count']} {recruiters.get('whose') or 'organizations'}"


def _are(items) -> str:
    return "is" if len(items) == 1 else "are"


def relevance(ctx: Ctx) -> float:
    return ctx.rel["relevance"]


# --- second_look -------------------------------------------------------------------------


# Substance beyond the title: (perk id, weight, what to ask about it).
SUBSTANCE = (
    ("mobility", 0.25, "Ask how often people move between teams, and where the last few went."),
    ("growth", 0.15, "Ask what the growth means for this team in a year: new roles, new scope."),
    ("mission", 0.15, "Ask which piece of work shows the mission best; judge it, not the title."),
    ("learning", 0.1, "Ask who has used the learning support, and what it led to."),
    ("flexibility", 0.08, "Ask how the schedule works in practice in a busy week."),
    ("benefits", 0.05, None),
)


def second_look(ctx: Ctx) -> Lens:
    """The headline puts you off, the body holds what you want."""
    lens = Lens("second_look")
    me, rel = ctx.me, ctx.rel
    perks = ctx.ids("perks")
    if not me["given"]:
        for pid, weight, _ask in SUBSTANCE[:4]:
            if pid in perks:
                lens.add(weight, f"Beyond the title: {perks[pid]['label']}", perks[pid]["evidence"])
        if "remote" in perks:
            lens.add(0.25, "Remote work is on offer", perks["remote"]["evidence"])
        lens.gate = 0.5
        return lens
    gap, why = _headline_gap(ctx)
    if gap <= 0:
        return lens
    lens.gate = 0.85 * gap
    named = _target_in_body(ctx)
    if named:
        lens.add(0.5, f"The body names {ctx.target}, the role you want", named)
        lens.plan.append(
            f"Ask about the path to {ctx.target} the page mentions: who has taken it, and how "
            "long it took."
        )
    known = rel["skill_known"]
    if known:
        lens.add(
            _sat(len(known), 2.0),
            f"{len(known)} of your skills {_are(known)} in the body ({_names(known, 4)})",
            _skill_evidence(ctx, known),
        )
        lens.plan.append(
            f"Ask how {_names(known, 2)} are used day to day; the answer tells you "
            f"whether the work is closer to {ctx.target} than the title says."
        )
    if rel["industry"]:
        name, ev = rel["industry"][0]
        lens.add(0.45, f"The work touches {name}, an industry you named", ev)
    if "remote" in perks:
        lens.add(
            0.6 if me["remote_only"] else 0.25,
            "Remote work is on offer",
            perks["remote"]["evidence"],
        )
    for pid, weight, ask in SUBSTANCE:
        if pid in perks:
            lens.add(weight, f"Beyond the title: {perks[pid]['label']}", perks[pid]["evidence"])
            if ask:
                lens.plan.append(ask)
    if ctx.pay.get("above", 0) > 0:
        lens.add(0.3 * ctx.pay["above"], "The pay clears your floor", ctx.pay["evidence"])
    if lens.reasons:
        head = {"text": f"The headline puts you off {why}", "evidence": why_ev(ctx)}
        lens.reasons.insert(0, head)
    return lens


def _target_in_body(ctx: Ctx) -> str | None:
    """Evidence that the body names one of the person's target roles, if it does."""
    from .relation import find_term

    body = ctx.opportunity.get("description") or ""
    for target in ctx.me["targets"]:
        ev = find_term(target["text"], body, None)
        if ev:
            return ev
    return None


def _headline_gap(ctx: Ctx) -> tuple[float, str]:
    rel = ctx.rel
    if rel["avoid_head"]:
        return 1.0, f"(the headline says {rel['avoid_head'][0]}, which you avoid)"
    if rel["avoid_body"]:
        return 0.6, f"(it mentions {rel['avoid_body'][0]}, which you avoid)"
    sim = rel["role_sim"]
    if not ctx.is_event and sim is not None and ctx.me["targets"] and sim < 0.85:
        return 1.0 - sim, f"(the title is not a {ctx.target} role)"
    return 0.0, ""


def why_ev(ctx: Ctx) -> str:
    title = ctx.opportunity.get("title") or ""
    org = ctx.opportunity.get("organization")
    return f"{title} — {org}" if org else title


def _skill_evidence(ctx: Ctx, names) -> str:
    for s in ctx.analysis["skills"]:
        if s["name"] in names and s["evidence"] not in ("description", "skills"):
            return s["evidence"]
    return "description"


# --- other_openings ----------------------------------------------------------------------


def other_openings(ctx: Ctx) -> Lens:
    """Breadth beyond this one listing: roles, teams, employers, agencies."""
    lens = Lens("other_openings")
    breadth = ctx.ids("breadth")
    perks = ctx.ids("perks")
    mention = 0.0
    roles = ctx.q("open_roles")
    if roles and roles["value"] >= 2:
        lens.add(
            _log_share(roles["value"], 50),
            f"{_count(roles)} open roles at {ctx.org}, not only this one",
            roles["evidence"],
        )
        mention = max(mention, _mentions_target(ctx, roles["evidence"]))
        lens.plan.append(
            f"Ask which of the {_count(roles)} openings at {ctx.org} sit closest to "
            f"{ctx.target}, and who hires for them."
        )
    employers = ctx.q("employers")
    if employers and employers["value"] >= 3 and ctx.is_event:
        lens.add(
            _log_share(employers["value"], 60),
            f"{_count(employers)} employers in one place: each a door",
            employers["evidence"],
        )
        mention = max(mention, _mentions_target(ctx, employers["evidence"]))
        lens.plan.append(
            f"List the {_count(employers)} employers beforehand and mark five that "
            f"hire {ctx.target}s; visit those first."
        )
    placed = ctx.q("placements")
    if placed and (breadth.get("agency") or ctx.opportunity.get("is_agency")):
        lens.add(
            0.9 * _log_share(placed["value"], 150),
            f"The recruiter places {_count(placed)} candidates a year",
            placed["evidence"],
        )
        mention = max(mention, _mentions_target(ctx, placed["evidence"]))
    if "agency" in breadth:
        lens.add(
            0.45,
            "A recruiter posting for a client knows other openings",
            breadth["agency"]["evidence"],
        )
        mention = max(mention, _mentions_target(ctx, breadth["agency"]["evidence"]))
        lens.plan.append(
            f"Tell the recruiter you are aiming for {ctx.target} roles and ask "
            f"which of their other clients hire for them."
        )
    sites = ctx.q("sites")
    if "across_teams" in breadth and not (
        sites and sites["evidence"] == breadth["across_teams"]["evidence"]
    ):
        lens.add(0.35, "Hiring across teams", breadth["across_teams"]["evidence"])
        lens.plan.append(f"Ask which other teams at {ctx.org} are hiring now, and who leads them.")
        mention = max(mention, _mentions_target(ctx, breadth["across_teams"]["evidence"]))
    if "talent_pool" in breadth:
        lens.add(0.2, "A talent pool for later roles", breadth["talent_pool"]["evidence"])
    if sites and sites["value"] >= 3:
        lens.add(
            0.15 + 0.25 * _log_share(sites["value"], 20),
            f"Hiring across {_count(sites)} offices or teams",
            sites["evidence"],
        )
    if "mobility" in perks:
        lens.add(0.25, "Moves between teams are possible", perks["mobility"]["evidence"])
    if "growth" in perks:
        lens.add(0.15, "A growing organization opens roles", perks["growth"]["evidence"])
    recruiters = ctx.ids("attendees").get("recruiters")
    if (
        ctx.is_event
        and recruiters
        and not (employers and employers["evidence"] == recruiters["evidence"])
    ):
        n = recruiters.get("count") or 0
        lens.add(
            0.2 + 0.2 * _log_share(n, 15),
            f"Recruiters attend{_from(recruiters)}",
            recruiters["evidence"],
        )
    lens.gate = 0.15 + 0.85 * max(relevance(ctx), mention)
    if ctx.rel.get("level_mismatch"):
        lens.gate *= 0.4  # openings for students are not doors for an executive
    return lens


def _mentions_target(ctx: Ctx, sentence: str) -> float:
    """How much a breadth sentence names the person's kind of work."""
    from .relation import _word_overlap

    words = ctx.me["target_words"]
    if not words or not sentence:
        return 0.0
    return 0.85 if (_word_overlap(words, sentence) or 0) > 0 else 0.0


# --- offer_upside ------------------------------------------------------------------------


def offer_upside(ctx: Ctx) -> Lens:
    """Pay above the floor, equity, bonuses, relocation."""
    lens = Lens("offer_upside")
    pay = ctx.analysis.get("pay")
    floor = ctx.me.get("floor")
    if ctx.is_event:
        if "on_the_spot" in ctx.ids("interview_steps"):
            ev = ctx.ids("interview_steps")["on_the_spot"]["evidence"]
            lens.add(0.12, "Employers interview on the spot: an offer can start here", ev)
        lens.gate = 0.3 + 0.7 * relevance(ctx)
        return lens
    if pay and floor and (not floor["currency"] or floor["currency"] == pay["currency"]):
        lo = pay["annual_min"] / floor["annual"] - 1
        hi = pay["annual_max"] / floor["annual"] - 1
        mid = (lo + hi) / 2
        ctx.pay.update(above=max(0.0, min(1.0, mid * 3)), evidence=pay["evidence"])
        # Rises with the middle of the band; never below what a band under the floor gets.
        strength = max(0.3 + 1.4 * mid, 0.02 + 0.1 * max(0.0, 0.3 + 1.4 * mid))
        if hi <= 0:
            text = f"Pay tops out {abs(round(hi * 100))}% below your floor"
            lens.add(0.02 + max(0.0, 0.3 + 1.4 * mid) * 0.1, text, pay["evidence"])
        elif lo >= 0:
            lens.add(
                strength,
                f"Pay {round(lo * 100)}–{round(hi * 100)}% above your floor",
                pay["evidence"],
            )
        else:
            lens.add(
                strength,
                f"Pay from {abs(round(lo * 100))}% below to {round(hi * 100)}% "
                "above your floor: the top of the band clears it",
                pay["evidence"],
            )
            lens.plan.append("Ask where in the band the offer would land, and what moves it up.")
    elif pay and floor:
        lens.add(
            0.2, f"Pay stated in {pay['currency']}, not comparable with your floor", pay["evidence"]
        )
    elif pay:
        amount = f"{pay['currency'] or ''} {pay['min']:,.0f}–{pay['max']:,.0f}".strip()
        lens.add(
            0.25,
            f"Pay is stated ({amount} per {pay['period'].lower()}); add your floor to compare",
            pay["evidence"],
        )
    else:
        lens.add(0.06, "Pay is not stated: unknown, not an upside yet", "baseSalary (absent)")
        lens.plan.append(
            f"Ask {ctx.org} for the pay range in the first call, before you invest more time."
        )
    extras = ctx.analysis.get("extras") or []
    for extra in extras:
        lens.add(extra["weight"], f"The offer includes {extra['label']}", extra["evidence"])
    if extras:
        lens.plan.append(
            f"Ask how {_names([e['label'] for e in extras])} are sized for this "
            "level; it is part of the offer you could not refuse."
        )
    sim = ctx.rel["role_sim"]
    would_do = max(relevance(ctx), sim or 0.0) if ctx.me["given"] else 0.6
    lens.gate = 0.2 + 0.8 * would_do
    return lens


# --- practice ----------------------------------------------------------------------------


def practice(ctx: Ctx) -> Lens:
    """A rehearsal for the interview you want, at lower stakes."""
    lens = Lens("practice")
    steps = ctx.analysis.get("interview_steps") or []
    me = ctx.me
    sim = ctx.rel["role_sim"]
    if sim is None:
        sim = relevance(ctx) if me["given"] else 0.5
    generic = [s for s in steps if s["id"] in GENERIC_STEPS]
    specific = [s for s in steps if s["id"] not in GENERIC_STEPS]
    if not ctx.is_event:
        loop = min(1.0, 0.35 * len(specific) + 0.15 * len(generic))
        if sim > 0.05:
            lens.add(sim * (0.55 + 0.45 * loop), _practice_text(ctx, sim), "title")
        if specific:
            lens.reasons.append(
                {
                    "text": "A described loop: " + _names([s["label"] for s in specific], 4),
                    "evidence": specific[0]["evidence"],
                }
            )
            lens.plan.append(
                f"Treat the {specific[0]['label']} as a rehearsal: try one answer "
                f"you have not used before and watch how the interviewer reacts."
            )
        if generic:
            lens.add(
                min(0.3, 0.1 * len(generic)) * 0.5 * relevance(ctx),
                f"Steps that rehearse any interview: {_names([s['label'] for s in generic], 4)}",
                generic[0]["evidence"],
            )
    else:
        formats = ctx.ids("formats")
        if steps:
            lens.add(
                min(0.6, 0.3 + 0.1 * len(steps)),
                f"Interviews on the day: {_names([s['label'] for s in steps])}",
                steps[0]["evidence"],
            )
            lens.plan.append(
                "Bring a one-page resume and a 30-second pitch; use the first "
                "two booths to warm up before the ones you care about."
            )
        for fid, weight, what in (
            ("speed_rounds", 0.3, "rounds rehearse your introduction"),
            ("career_fair", 0.3, "short talks with employers rehearse your pitch"),
            ("mixer", 0.1, "practise introducing yourself"),
        ):
            if fid in formats:
                lens.add(
                    weight,
                    f"{formats[fid]['label'].capitalize()}: {what}",
                    formats[fid]["evidence"],
                )
        sim = max(sim, 0.2)
    lens.gate = recency(me["recent"]) * (1.0 if not ctx.is_event else 0.3 + 0.7 * relevance(ctx))
    lens.gate *= _below(ctx, lens)
    if me["recent"] >= 4 and lens.reasons:
        lens.reasons.append(
            {
                "text": f"Worth less: {me['recent']} interviews in the last 90 days",
                "evidence": "profile.recent_interviews",
            }
        )
    return lens


def _below(ctx: Ctx, lens: Lens) -> float:
    """A role two or more levels below the person's rehearses and stretches them less."""
    gap = ctx.rel["seniority_gap"]
    if gap is None or gap > -2:
        return 1.0
    if lens.reasons:
        lens.reasons.append(
            {"text": f"{-gap} levels below yours: less like what you aim for", "evidence": "title"}
        )
    return 0.6 if gap == -2 else 0.4


def recency(recent: int) -> float:
    """Practice is worth less to someone who has interviewed a lot in the last 90 days."""
    return 1.0 / (1.0 + recent / 5.0)


def _practice_text(ctx: Ctx, sim: float) -> str:
    role = ctx.analysis.get("role") or {}
    if not ctx.me["targets"]:
        return f"A {role.get('title') or 'job'} interview; add target roles to judge the rehearsal"
    if sim >= 0.85:
        return f"The same kind of interview as the {ctx.target} roles you want, at lower stakes"
    if sim >= 0.4:
        return f"A neighbouring role to {ctx.target}: much of the interview carries over"
    return f"Little of this interview carries over to {ctx.target}"


# --- new_questions -----------------------------------------------------------------------


def new_questions(ctx: Ctx) -> Lens:
    """Requirements outside your skills, and unusual formats."""
    lens = Lens("new_questions")
    new = ctx.rel["skill_new"]
    if new:
        weight = sum(0.25 + 0.75 * near for _, near in new)
        neighbours = [s for s, near in new if near >= 0.35]
        names = [s for s, _ in sorted(new, key=lambda x: -x[1])]
        text = (
            f"{len(new)} of the requirements {_are(new)} new to you ({_names(names, 4)})"
            if ctx.me["skills"]
            else f"{len(new)} named requirements ({_names(names, 4)})"
        )
        if neighbours and ctx.me["skills"]:
            sit = "sits" if len(neighbours) == 1 else "sit"
            text += f"; {len(neighbours)} {sit} next to what you know"
        lens.add(
            _sat(weight, 2.2) * (0.6 if ctx.is_event else 1.0), text, _skill_evidence(ctx, names)
        )
        if ctx.is_event:
            lens.plan.append(
                f"Skim an introduction to {_names(names, 2)} beforehand so you can "
                "follow, and note what you would ask."
            )
        else:
            each = "each" if len(names) > 1 else "it"
            lens.plan.append(
                f"Read up on {_names(names, 2)} before the first conversation; "
                f"expect a question on {each}."
            )
    steps = ctx.ids("interview_steps")
    unusual = [(sid, w) for sid, w in UNUSUAL_STEPS.items() if sid in steps]
    for sid, w in unusual:
        lens.add(w, f"An unusual format: {steps[sid]['label']}", steps[sid]["evidence"])
    if unusual:
        first = steps[unusual[0][0]]["label"]
        lens.plan.append(
            f"Ask the recruiter what the {first} looks like (length, who judges it, what a "
            "strong one shows), then do one out loud."
        )
    gap = ctx.rel["seniority_gap"]
    if gap and gap > 0:
        lens.add(
            min(0.3, 0.12 * gap), "A level above yours: questions on scope and leadership", "title"
        )
    lens.gate = (0.2 + 0.8 * relevance(ctx)) * _below(ctx, lens)
    return lens


# --- network_reach -----------------------------------------------------------------------


def network_reach(ctx: Ctx) -> Lens:
    """The people you would meet, and whom they know."""
    if not ctx.is_event:
        return _job_contacts(ctx)
    lens = Lens("network_reach")
    talks, basis = conversations(ctx.analysis, ctx.opportunity)
    attendees = ctx.ids("attendees")
    if talks > 0:
        lo, hi = max(1, round(talks * 0.7)), max(2, round(talks * 1.3))
        lens.add(
            _sat(talks, 7.0), f"About {lo}–{hi} new conversations ({basis})", _format_evidence(ctx)
        )
    access = min(1.0, 0.2 + talks / 6.0)
    reach = 0.0
    who = []
    for aid, hit in attendees.items():
        bonus = hit["reach"]
        if aid == "recruiters" and hit.get("count"):
            bonus += 0.15 * _log_share(hit["count"], 15)
            who.append(f"recruiters{_from(hit)}")
        else:
            who.append(hit["label"])
        reach += bonus
    if who:
        lens.add(
            access * _sat(reach, 0.6),
            f"Who attends: {_names(who, 4)}; their circles reach beyond yours",
            next(iter(attendees.values()))["evidence"],
        )
    employers = ctx.q("employers")
    if employers and employers["value"] >= 3:
        said = attendees.get("recruiters", {}).get("evidence") == employers["evidence"]
        lens.add(
            access * 0.25 * _log_share(employers["value"], 50),
            None
            if said
            else f"People from {_count(employers)} organizations: ties outside your own circle",
            employers["evidence"],
        )
    speakers = ctx.opportunity.get("speakers") or []
    if speakers and access > 0.3:
        lens.plan.append(
            f"Meet {_names(speakers, 2)} after they speak; ask whom they know who "
            f"hires {ctx.target + 's' if ctx.me['targets'] else 'in your field'}."
        )
    if "recruiters" in attendees:
        lens.plan.append(
            f"Find the recruiters early and ask which teams are hiring "
            f"{ctx.target}s, and whom you should talk to next."
        )
    if talks >= 3:
        lens.plan.append(
            f"Aim for {max(2, round(talks * 0.7))} real conversations; in each ask "
            "'who else here should I meet?' and follow up within two days."
        )
    # Recruiters, founders or executives reach across fields: weak ties beyond one's own.
    bridging = BRIDGING & set(attendees) and not ctx.rel.get("level_mismatch")
    lens.gate = 0.15 + 0.85 * max(relevance(ctx), 0.4 if bridging else 0.0)
    return lens


BRIDGING = frozenset(
    {"recruiters", "hiring_managers", "founders", "investors", "executives", "mentors", "alumni"}
)


def conversations(analysis: dict, opportunity: dict) -> tuple[float, str]:
    """Expected new real conversations, and the basis of the estimate."""
    formats = {f["id"]: f for f in analysis.get("formats") or []}
    contacts = analysis["quantities"].get("contacts")
    crowd = (
        analysis["quantities"].get("capacity") or analysis["quantities"].get("attendees") or {}
    ).get("value")
    duration = analysis.get("duration") or {}
    hours = duration.get("hours") or _default_hours(formats)
    days = duration.get("days") or 1
    mixing_hours = min(hours, 6.0 if days == 1 else 4.0 * days)
    interactive = [f for f in formats.values() if f["rate"] >= 2.0]
    rate = max((f["rate"] for f in interactive), default=0.0)
    hosts = [f for f in formats.values() if f["id"] in ("hackathon", "conference")]
    if hosts and "career_fair" not in formats:
        # Sessions inside a conference or a hackathon are part of its day, not extra mixing.
        rate = max(f["rate"] for f in hosts)
    elif not interactive:
        rate = max((f["rate"] for f in formats.values()), default=0.0)
    elif {"talk", "panel"} & set(formats):
        mixing_hours *= 0.6  # part of the evening is spent listening
    if opportunity.get("attendance_mode") == "online":
        rate *= 0.5  # breakout rooms yield fewer follow-ups than a room
    if crowd and crowd > 300:
        rate /= 1.0 + math.log10(crowd / 300.0)  # big halls: many faces, few conversations
    talks = rate * mixing_hours
    if contacts and contacts["value"] <= 60:
        talks = max(talks, float(contacts["value"]))
    if crowd:
        talks = min(talks, max(0.0, crowd - 1.0))
    talks = min(talks, 40.0)
    kind = ", ".join(f["label"] for f in formats.values()) or "format not stated"
    size = f" of {crowd:,}" if crowd else ""
    length = f"{_hours_text(hours, days)} " if hours else ""
    return talks, f"{length}{kind}{size}"


def _default_hours(formats) -> float:
    if "conference" in formats or "hackathon" in formats or "career_fair" in formats:
        return 6.0
    if "workshop" in formats:
        return 3.0
    return 2.0 if formats else 1.5


def _hours_text(hours: float, days: int) -> str:
    if days > 1:
        return f"{days}-day"
    return f"{hours:g}-hour"


def _format_evidence(ctx: Ctx) -> str:
    formats = ctx.analysis.get("formats") or []
    return formats[0]["evidence"] if formats else "event format"


def _job_contacts(ctx: Ctx) -> Lens:
    lens = Lens("network_reach")
    steps = ctx.ids("interview_steps")
    people = sum(PEOPLE_STEPS.get(s, 0.0) for s in steps)
    if people:
        met = _names([steps[s]["label"] for s in steps if s in PEOPLE_STEPS], 3)
        lens.add(
            min(0.35, _sat(people, 6.0)),
            f"About {max(1, round(people))}–{round(people) + 2} people you will meet in the "
            f"loop ({met}); each knows others hiring",
            next(iter(steps.values()))["evidence"],
        )
        lens.plan.append(
            "Ask each interviewer which teams they work with most; note names "
            "for later, whatever the outcome."
        )
    if ctx.opportunity.get("is_agency") or "agency" in ctx.ids("breadth"):
        lens.add(
            0.3,
            "A recruiter who knows many employers",
            ctx.ids("breadth").get("agency", {}).get("evidence", "organization"),
        )
    lens.gate = 0.4 + 0.6 * relevance(ctx)
    return lens


# --- learning ----------------------------------------------------------------------------


def learning(ctx: Ctx) -> Lens:
    """Talks, workshops and topics near your skills but not in them."""
    lens = Lens("learning")
    formats = ctx.ids("formats")
    topic, topic_text = _topic_nearness(ctx)
    if ctx.is_event:
        teach = max((TEACHING_FORMATS.get(f, 0.0) for f in formats), default=0.0)
        best = max(formats, key=lambda f: TEACHING_FORMATS.get(f, 0.0)) if formats else None
        if best and teach > 0:
            what = formats[best]["label"]
            lens.add(
                teach * (0.1 + 0.9 * topic),
                f"Format: {what}{topic_text}",
                formats[best]["evidence"],
            )
        speakers = ctx.opportunity.get("speakers") or []
        if speakers and ("talk" in formats or "panel" in formats):
            lens.add(
                0.15 * (0.2 + 0.8 * topic),
                f"Talks by {_names(speakers)}",
                "speakers: " + ", ".join(speakers[:3]),
            )
        if lens.reasons and topic >= 0.3:
            near = [s for s, n in ctx.rel["skill_new"] if n >= 0.3]
            if near:
                lens.plan.append(
                    f"Come with one question about {near[0]} you could not answer "
                    "from the docs; ask it in the session."
                )
            else:
                lens.plan.append("Write down two ideas you could try at work within a week.")
    else:
        near = [s for s, n in ctx.rel["skill_new"] if 0.3 <= n <= 0.85]
        if near:
            lens.add(
                min(0.45, 0.12 * len(near)) * (0.3 + 0.7 * relevance(ctx)),
                f"You would see how they use {_names(near)} up close",
                _skill_evidence(ctx, near),
            )
        perks = ctx.ids("perks")
        if "learning" in perks:
            lens.add(0.12, "Learning support in the role", perks["learning"]["evidence"])
    return lens


def _topic_nearness(ctx: Ctx) -> tuple[float, str]:
    """How near the topics sit to the person's skills, peaking just outside them."""
    if not ctx.me["given"]:
        return 0.9 * relevance(ctx), ""  # about 0.5 for a page about work, less for leisure
    new = ctx.rel["skill_new"]
    known = ctx.rel["skill_known"]
    best, name = 0.0, None
    for s, near in new:
        # Middle band: next to what one knows, not the same and not unrelated.
        value = max(0.0, 1.0 - abs(near - 0.6) / 0.6)
        if value > best:
            best, name = value, s
    if known and best < 0.45:
        best, name = 0.45, known[0]
    if name:
        return best, f", on {name}: {'next to' if name not in known else 'deepening'} your skills"
    rel = relevance(ctx)
    return 0.6 * rel, (", in your field" if rel >= 0.4 else ", on a topic far from your goals")


ALL = (second_look, other_openings, offer_upside, practice, new_questions, network_reach, learning)
