"""Network reach: the people you would meet, and whom they know.

Its cue tables: the formats of an event (with the real conversations an hour each allows) and
who attends (with how far each reaches beyond one's own circle), and the interview steps where
one meets people who could remember you.
"""

from __future__ import annotations

import math

from .. import contacts, events
from ..cues import Cue
from .base import (
    Ctx,
    Lens,
    count_text,
    from_whom,
    joined,
    log_share,
    relevance,
    sat,
    speakers_of,
)

# Event formats, with the real conversations an hour each allows (rough estimates), in several
# languages: "Vortrag", "atelier", "charla", "apéro".
EVENT_FORMATS = (
    Cue(
        "speed_rounds",
        "speed networking",
        r"\bspeed[- ](?:networking|mentoring|meet\w*)\b"
        r"|\b\w+[- ]minute (?:rounds|rotations)\b"
        r"|\brotat(?:e|ing|ions) every\b|\bin (?:short )?rounds\b",
        weight=9.0,
    ),
    Cue(
        "small_tables",
        "small tables",
        r"\b(?:small|round)[- ]?(?:tables?|groups?)\b|\bbreakout (?:groups?|rooms?|sessions?)\b"
        r"|\broundtables?\b|\b(?:intimate|small) (?:gathering|dinner|breakfast|lunch)\b"
        r"|\b(?:networking )?(?:breakfast|dinner|lunch)\b|\brotat\w* (?:tables|seats)\b"
        r"|\bcoffee chats?\b"
        r"|\boffice hours\b|\bunconference\b|\bopen spaces?\b|\bcohort\b|\btables? rondes?\b"
        r"|\bmesas? redondas?\b|\bbook clubs?\b|\breading groups?\b|\bdiscussion groups?\b",
        weight=5.0,
    ),
    Cue(
        "company_visit",
        "company visits",
        r"\b(?:company|site|plant|factory|office) (?:visits?|tours?)\b|\bfirmenbe(?:such"
        r"|sichtigung)\w*"
        r"|\bvisites? d'entreprises?\b|\bbehind the scenes at\b",
        weight=4.0,
    ),
    Cue(
        "mixer",
        "open networking",
        r"\bmixers?\b|\b(?:open )?networking\b|\bhappy hour\b|\bdrinks\b|\breception\b"
        r"|\bmeet[- ](?:and|&)[- ]greet\b|\bmeetups?\b|\bget[- ]together\b|\bopen house\b"
        r"|\bsocial hour\b|\bpizza\b|\brefreshments\b|\bap[ée]ro\w*\b|\br[ée]seautage\b",
        weight=3.5,
    ),
    Cue(
        "workshop",
        "workshop",
        r"\bworkshops?\b|\bhands[- ]on\b|\bbootcamp\b|\b(?:a|the) class\b|\bclass for\b"
        r"|\bmasterclass\b|\btutorials?\b|\btraining session\b|\bclinic\b"
        r"|\bateliers?\b|\btalleres?\b|\bseminars?\b|\bseminare?\b|\bschulung\w*",
        weight=2.5,
    ),
    Cue(
        "talk",
        "talks",
        r"\btalks?\b|\bkeynotes?\b|\blectures?\b|\bfireside\b|\bpresentations?\b|\bspeakers?\b"
        r"|\bdemo (?:day|night)\b|\bpitch(?:es| night)\b|\binfo(?:rmation)? sessions?\b"
        r"|\bpresent\b|\bvortr(?:a|ä)ge?\b|\bcharlas?\b|\bponencias?\b|\bconf[ée]rences?\b"
        r"|\bpřednášk\w*|\bignite\b|\bpecha ?kucha\b|\blightning talks?\b",
        weight=1.0,
    ),
    Cue("panel", "panel discussion", r"\bpanel(?:ists?| discussion)?\b|\bpodium\w*", weight=1.0),
    Cue(
        "webinar",
        "webinar",
        r"\bwebinars?\b|\blivestream\w*\b|\bmuted\b|\blisten(?:-only)?\b|\bwatch (?:live|online)\b"
        r"|\bbroadcast\b|\bquestions by (?:email|chat)\b|\bonline[- ]semin\w+",
        weight=0.0,
    ),
    Cue(
        "career_fair",
        "career fair",
        r"\b(?:careers?|jobs?|hiring|recruiting|graduate|internship) (?:fair|expo|day|event)s?\b"
        r"|\bemployers? (?:booths?|tables?)\b|\bbring your (?:resume|cv)\b"
        r"|\b(?:karriere|job|stellen)(?:messe|tag|event)\w*|\bsalon (?:de l'emploi"
        r"|des m[ée]tiers)\b"
        r"|\bferia de empleo\b|\bveletrh\w* (?:práce|pracovních)",
        weight=4.0,
    ),
    Cue(
        "hackathon",
        "hackathon",
        r"\bhack(?:athon|day|fest)s?\b|\b(?:game|code) jam\b|\bbuild(?:athon| weekend)\b",
        weight=1.5,
    ),
    Cue(
        "conference",
        "conference",
        r"\bconference\b|\bsummit\b|\bexpo\b|\bexhibition (?:hall|floor)\b|\bconvention\b"
        r"|\btrade (?:show|fair)\b|\bexhibitors?\b|\bkonferenz\b|\bcongreso\b|\bcongr[eè]s\b",
        weight=1.5,
    ),
)

# Who attends, and how far each reaches beyond one's own circle (bridging weight).
ATTENDEES = (
    Cue(
        "recruiters",
        "recruiters",
        r"\brecruit(?:ers?|ing teams?)\b|\btalent (?:acquisition|partners?|teams?)\b"
        r"|\bhiring (?:partners|teams)\b|\bemployers\b|\bhr\b|\barbeitgeber\b|\bpersonaler\w*",
        weight=0.3,
    ),
    Cue(
        "hiring_managers",
        "hiring managers",
        r"\bhiring managers?\b|\bline managers?\b|\blinienverantwortliche\w*"
        r"|\bf[üu]hrungskr[äa]fte\w*",
        weight=0.3,
    ),
    Cue("founders", "founders", r"\b(?:co-?)?founders?\b|\bentrepreneurs?\b", weight=0.25),
    Cue(
        "investors",
        "investors",
        r"\binvestors?\b|\bvcs?\b|\bventure capital\w*\b|\bangel investors?\b",
        weight=0.3,
    ),
    Cue(
        "executives",
        "executives",
        r"\b(?:ctos?|ceos?|cfos?|coos?|cios?|cmos?|cpos?|chief \w+ officers?|vps?"
        # A partner is a person only as a title ("managing partner", "partners at"); "our
        # partner", "Partner ist …" is an organization working with the hosts.
        r"|vice presidents?|heads of|head of|directors?|(?:managing|senior|founding|equity) "
        r"partners?|partners at|principals?|superintendents?"
        r"|executives?|chiefs?"
        r"|(?:engineering|product|design|general) managers?)\b",
        weight=0.25,
    ),
    Cue(
        "speakers", "speakers", r"\bspeakers?\b|\btalks? (?:from|by)\b|\bpanelists?\b", weight=0.15
    ),
    Cue("mentors", "mentors", r"\bmentors?\b|\bcoaches\b|\bfaculty\b|\bprofessors\b", weight=0.2),
    Cue("alumni", "alumni", r"\balumn(?:i|ae|us|a)\b", weight=0.2),
    Cue(
        "peers",
        "practitioners",
        r"\b(?:operators|practitioners|professionals|engineers|developers|designers|nurses"
        r"|teachers|builders|researchers|clinicians|makers|programmers|rustaceans"
        r"|data scientists)\b",
        weight=0.1,
    ),
)
# Steps where one meets people who could remember you: contacts from a job loop.
PEOPLE_STEPS = {
    "audition": 1.0,
    "review": 1.0,
    "panel": 2.0,
    "hiring_manager": 1.0,
    "group_case": 2.0,
    "presentation": 1.5,
    "on_the_spot": 1.0,
    "recruiter_screen": 1.0,
    "function_interview": 1.0,
    "system_design": 1.0,
    "case": 1.0,
    "behavioral": 0.5,
    "phone_screen": 0.5,
}


def network_reach(ctx: Ctx) -> Lens:
    """The people you would meet, and whom they know."""
    if not ctx.is_event:
        return _job_contacts(ctx)
    if not ctx.career_event:
        return _people_of_your_field(ctx)
    lens = Lens("network_reach")
    talks, basis = conversations(ctx.analysis, ctx.opportunity)
    attendees = ctx.ids("attendees")
    if talks > 0:
        lo, hi = max(1, round(talks * 0.7)), max(2, round(talks * 1.3))
        lens.add(
            sat(talks, 7.0), f"About {lo}–{hi} new conversations ({basis})", _format_evidence(ctx)
        )
    access = min(1.0, 0.2 + talks / 6.0)
    reach = 0.0
    who = []
    for aid, hit in attendees.items():
        bonus = hit["reach"]
        if aid == "recruiters" and hit.get("count"):
            bonus += 0.15 * log_share(hit["count"], 15)
            who.append(f"recruiters{from_whom(hit)}")
        elif aid == "peers" and (ctx.rel.role_word or 0) >= 0.45:
            # People in one's own line of work hear of openings in it first.
            bonus = 0.25
            who.append("people in your line of work")
        else:
            who.append(hit["label"])
        reach += bonus
    if who:
        lens.add(
            access * sat(reach, 0.6),
            f"Who attends: {joined(who, 4)}; their circles reach beyond yours",
            next(iter(attendees.values()))["evidence"],
        )
    employers = ctx.q("employers")
    if employers and employers["value"] >= 3:
        said = attendees.get("recruiters", {}).get("evidence") == employers["evidence"]
        lens.add(
            access * 0.25 * log_share(employers["value"], 50),
            None
            if said
            else f"People from {count_text(employers)} organizations: ties outside your own circle",
            employers["evidence"],
        )
    speakers, said = speakers_of(ctx)
    loc = ctx.opportunity.get("location") or {}
    online = ctx.opportunity.get("attendance_mode") == "online" or bool(loc.get("online"))
    if speakers and access > 0.3 and not online:
        lens.plan.append(
            f"Meet {joined(speakers, 2)} after they speak; ask whom they know who "
            f"hires for {ctx.target if ctx.me.targets else 'your field'}."
        )
    elif speakers and (talks == 0 or online):
        # Online, few mingle: the hosts are the people one can still reach, by writing.
        lens.add(
            WRITE_TO_HOSTS * relevance(ctx),
            f"Hosts you can write to afterwards: {joined(speakers, 2)}",
            said,
        )
        aim = f"{ctx.target} work" if ctx.me.targets else "your field"
        lens.plan.append(
            f"Ask {joined(speakers, 2)} one question in the session, then write to them the "
            f"next day naming it; ask whom they know in {aim}."
        )
    if "recruiters" in attendees:
        lens.plan.append(
            f"Find the recruiters early and ask which teams are hiring for "
            f"{ctx.target}, and whom you should talk to next."
        )
    if talks >= 1:
        aim = max(1, round(talks * 0.7))
        lens.plan.append(
            f"Aim for {aim} real conversation{'s' if aim > 1 else ''}; in each ask "
            "'who else here should I meet?' and follow up within two days."
        )
    # Recruiters, founders or executives reach across fields: weak ties beyond one's own.
    bridging = BRIDGING & set(attendees) and not ctx.rel.level_mismatch
    lens.gate = 0.15 + 0.85 * max(relevance(ctx), 0.4 if bridging else 0.0)
    contacts.add_known_people(ctx, lens)  # the person's own contacts there
    return lens


WRITE_TO_HOSTS = 0.2  # hosts of an online session named on the page: reachable by a message
FIELD_SHOWN = 0.3  # how far a non-career event must touch one's field for its people to count
FIELD_PEOPLE = 0.8

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
        if not formats and _in_person_career(analysis, opportunity):
            rate = UNSTATED_MINGLING  # a career event in a room: people talk, whatever the form
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


UNSTATED_MINGLING = 1.0  # an hour at a career event whose format is unstated: as at talks


def _in_person_career(analysis: dict, opportunity: dict) -> bool:
    loc = opportunity.get("location") or {}
    online = opportunity.get("attendance_mode") == "online" or loc.get("online")
    return (analysis.get("event_kind") or {}).get("id") == "career" and not online


def _default_hours(formats) -> float:
    if "conference" in formats or "hackathon" in formats or "career_fair" in formats:
        return 6.0
    if "workshop" in formats or "company_visit" in formats:
        return 3.0
    return 2.0 if formats else 1.5


def _hours_text(hours: float, days: int) -> str:
    if days > 1:
        return f"{days}-day"
    return f"{hours:g}-hour"


def _format_evidence(ctx: Ctx) -> str:
    formats = ctx.analysis.get("formats") or []
    return formats[0]["evidence"] if formats else "event format"


def _people_of_your_field(ctx: Ctx) -> Lens:
    """A tour, a meeting or a market: its people count only when they work in your field, and
    as ties only where one could keep them up (its people are the place's own)."""
    lens = Lens("network_reach")
    field = ctx.rel.field
    if field >= FIELD_SHOWN:
        near = _nearby(ctx)
        ties = ctx.rel.ties
        # The ties say why when they carry the field (else its name, industry or skills do).
        tie = ties[0] if ties and events.ties_value(ties) >= field else None
        if tie is not None:
            text, where = tie.text, tie.evidence
        else:
            text = f"The people who run it work in your field ({ctx.org})"
            where = ctx.rel.industry[0][1] if ctx.rel.industry else ctx.headline
        if near < FAR_TIES:
            text += f", but about {round(ctx.rel.km or 0):,} km from you: another place's people"
        # The field is the gate, not a signal: a goal to network raises it as it raises a career
        # event's (a gate already full would leave the goal with nothing to raise).
        lens.add(FIELD_PEOPLE * near, text, where)
        lens.gate = field
        for other in ties:
            if other is not tie:
                lens.reasons.append({"text": other.text, "evidence": other.evidence})
        lens.plan.append(_meet_the_hosts(ctx, tie))
    contacts.add_known_people(ctx, lens)  # the person's own contacts there
    return lens


# A non-career event's people are ties of its own place: full within a commute, fading beyond.
LOCAL_KM = 60.0
LOCAL_FADE = 150.0
FAR_TIES = 0.7  # said in the reason below this share


def _nearby(ctx: Ctx) -> float:
    """How far a non-career event's people are ties one could keep up, by the distance, 0..1."""
    loc = ctx.opportunity.get("location") or {}
    if ctx.rel.km is None or loc.get("online") or ctx.opportunity.get("attendance_mode") == (
        "online"
    ):
        return 1.0
    return 1.0 / (1.0 + max(0.0, ctx.rel.km - LOCAL_KM) / LOCAL_FADE)


def _meet_the_hosts(ctx: Ctx, tie) -> str:
    """A step that names this page's hosts (and speakers) and what to ask them."""
    speakers, _ = speakers_of(ctx)
    who = joined(speakers, 2) if speakers else f"the people of {ctx.org} who run it"
    kind = tie.id if tie is not None else None
    if kind == "kind":
        return (
            f"Stay after {ctx.title} and introduce yourself to {who}; ask who works on these "
            f"matters day to day and how they came to {ctx.target} work."
        )
    if kind == "craft":
        return (
            f"Watch how {ctx.title} is run, then ask whoever leads it how they came to the work "
            f"and who takes on people for {ctx.target} work there."
        )
    return (
        f"Go for the people, not the programme: tell {who}, and the regulars, that you are "
        f"looking for {ctx.target} work, and ask whom they know who hires for it."
    )


def _job_contacts(ctx: Ctx) -> Lens:
    lens = Lens("network_reach")
    steps = ctx.ids("interview_steps")
    people = sum(PEOPLE_STEPS.get(s, 0.0) for s in steps)
    if people:
        met = joined([steps[s]["label"] for s in steps if s in PEOPLE_STEPS], 3)
        lens.add(
            min(0.35, sat(people, 6.0)),
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
    contacts.add_known_people(ctx, lens)  # the person's own contacts there
    return lens
