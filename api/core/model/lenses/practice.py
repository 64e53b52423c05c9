"""Practice: a rehearsal for the interview you want, at lower stakes.

Its cue table is the hiring process: the interview steps a page describes. They are read only
where a page speaks of its hiring process (a section so headed, or a sentence about interviews),
or in text under no heading at all: "identify behavioural changes" in a duties list is not a
behavioural interview, and "a portfolio demonstrating…" in the requirements is not a
presentation round.
"""

from __future__ import annotations

from ..cues import NOT_LEGAL, Cue
from ..sections import BODY, PROCESS
from .base import Ctx, Lens, below_level, joined, relevance

HIRING_PROCESS = frozenset({PROCESS, BODY})

INTERVIEW_STEPS = (
    Cue(
        "recruiter_screen",
        "recruiter screen",
        r"\b(?:recruiter|hr|talent)[- ](?:screen\w*|call|chat|interview)",
        HIRING_PROCESS,
    ),
    Cue(
        "phone_screen",
        "phone screen",
        r"\b(?:phone|technical|video|initial|intro(?:ductory)?)[- ](?:screen(?:ing)?|interview)"
        r"|\bentretien (?:t[ée]l[ée]phonique|technique)\b|\btelefoninterview\b",
        HIRING_PROCESS,
    ),
    Cue(
        "system_design",
        "system design interview",
        r"\bsystems? design (?:interview|round|session|exercise|discussion)s?\b",
        HIRING_PROCESS,
    ),
    Cue(
        "coding",
        "coding interview",
        r"\b(?:live[- ]coding|pair[- ]programming|whiteboard(?:ing)?)\b"
        r"|\bcoding (?:interview|exercise|challenge|session|test|assessment|round)s?\b"
        r"|\btechnical (?:exercise|challenge|test)s?\b|\bprueba t[ée]cnica\b",
        HIRING_PROCESS,
    ),
    Cue(
        "take_home",
        "take-home exercise",
        r"\btake[- ]home\b|\bhome (?:assignment|exercise)\b|\bwork (?:sample|trial)\b"
        r"|\btrial (?:shift|day)\b|\bin-tray exercise\b|\b(?:cooking|chef'?s?) tasting\b"
        r"|\bprobe(?:arbeit|tag)\b",
        HIRING_PROCESS,
    ),
    Cue(
        "audition",
        "audition",
        r"\bauditions?\b|\bcasting calls?\b|\btry-?outs?\b|\bvorspiel\b",
        HIRING_PROCESS,
    ),
    Cue(
        "group_case",
        "group case",
        r"\bgroup (?:case|exercise|interview|assessment)s?\b",
        HIRING_PROCESS,
    ),
    Cue(
        "case",
        "case interview",
        r"\bcase (?:interview|round|exercise|presentation)s?\b"
        r"|\bcase stud(?:y|ies) (?:interview|round|exercise|presentation|task)s?\b"
        r"|\b(?:present|prepare|complete|solve) a case(?: study)?\b|\bfallstudie\b"
        r"|\b[ée]tude de cas\b",
        HIRING_PROCESS,
    ),
    Cue(
        "panel",
        "panel interview",
        r"\bpanel (?:interview|round|with)\b|\b(?:behaviou?ral|interview|final) panel\b"
        r"|\b(?:to|before|with) a panel\b",
        HIRING_PROCESS,
    ),
    Cue(
        "presentation",
        "presentation",
        r"\bpresentation (?:to|round|interview)\b"
        r"|\bpresent (?:to|your|a)\b.{0,40}\b(?:panel|interviewers|hiring team)\b"
        r"|\b(?:teaching|portfolio|design) (?:demo(?:nstration)?s?|reviews?|presentations?)\b"
        r"|\bjob talk\b|\bresearch (?:talk|presentation|seminar)\b",
        HIRING_PROCESS,
    ),
    Cue(
        "behavioral",
        "behavioral interview",
        r"\bbehaviou?ral (?:interview|questions?|round|assessment)s?\b"
        r"|\bcompetency[- ]based (?:interview|questions?)s?\b|\bstructured interviews?\b",
        HIRING_PROCESS,
    ),
    Cue(
        "onsite",
        "final round",
        r"\b(?:virtual )?on-?site (?:interview|loop|round)s?\b|\bfinal(?:[- ]round)? interviews?\b"
        r"|\binterview loop\b",
        HIRING_PROCESS,
    ),
    Cue(
        "on_the_spot",
        "on-the-spot interviews",
        r"\bon[- ]the[- ]spot interviews?\b|\bon[- ]site interviews? (?:at|during)\b"
        r"|\binterview(?:s|ing)? on (?:site|the day)\b",
        HIRING_PROCESS,
    ),
    Cue(
        "assessment",
        "assessment",
        r"\b(?:skills?|aptitude|online|psychometric|written) (?:assessment|test)s?\b"
        r"|\bassessment (?:centre|center|day)\b|\b(?:civil service|entrance|licensing) exams?\b",
        HIRING_PROCESS,
    ),
    Cue(
        "function_interview",
        "role interview",
        r"\b(?:product sense|product|clinical|teaching|design|domain|analytics?|sales|portfolio)"
        r" interviews?\b",
        HIRING_PROCESS,
    ),
    Cue("hiring_manager", "hiring manager conversation", r"\bhiring manager\b", HIRING_PROCESS),
    Cue(
        "review",
        "mock interview or review",
        r"\bmock interviews?\b|\b(?:portfolio|resume|cv|résumé) (?:reviews?|critiques?)\b"
        r"|\b(?:portfolio|resume|cv|résumé)\b[^.;]{0,30}\b(?:reviews?|critiques?|feedback)\b",
        HIRING_PROCESS,
    ),
)
# At an event there is no hiring-process section: its "mock interviews" stand anywhere.
AT_AN_EVENT = NOT_LEGAL

# Steps whose content is the same whatever the role: they rehearse any interview.
GENERIC_STEPS = frozenset(
    {
        "review",
        "onsite",
        "recruiter_screen",
        "phone_screen",
        "behavioral",
        "on_the_spot",
        "hiring_manager",
        "assessment",
    }
)
# The interview formats a family of occupations is known for, by SOC code prefix (the
# longest prefix wins): a case interview rehearses consulting whatever the job around it.
FORMATS_BY_FAMILY = {
    "13-1111": ("case", "group_case", "presentation"),
    "13-2": ("case", "assessment"),
    "11-": ("case", "presentation", "panel"),
    "15-": ("coding", "system_design", "take_home"),
    "17-": ("take_home", "presentation"),
    "25-": ("presentation", "function_interview"),
    "27-1": ("review", "presentation", "take_home"),
    "27-2": ("audition",),
    "35-": ("take_home",),
    "29-": ("function_interview", "panel"),
    "41-": ("function_interview", "presentation"),
}
# How much a described loop adds to the rehearsal: a step in the role's own format, a generic one.
SPECIFIC_STEP = 0.35
GENERIC_STEP = 0.15
# A step in the target's own format, met in another role: an audition is an actor's interview.
SHARED_FORMAT = 0.25
SHARED_FORMAT_MAX = 0.45


def practice(ctx: Ctx) -> Lens:
    """A rehearsal for the interview you want, at lower stakes."""
    lens = Lens("practice")
    steps = ctx.analysis.get("interview_steps") or []
    me = ctx.me
    sim = ctx.rel.role_sim
    if sim is None:
        sim = relevance(ctx) if me.given else 0.5
    generic = [s for s in steps if s["id"] in GENERIC_STEPS]
    specific = [s for s in steps if s["id"] not in GENERIC_STEPS]
    if not ctx.is_event:
        loop = min(1.0, SPECIFIC_STEP * len(specific) + GENERIC_STEP * len(generic))
        if sim > 0.05:
            title = ctx.opportunity.get("title") or ctx.headline
            lens.add(sim * (0.55 + 0.45 * loop), _practice_text(ctx, sim), title)
        if specific:
            lens.reasons.append(
                {
                    "text": "A described loop: " + joined([s["label"] for s in specific], 4),
                    "evidence": specific[0]["evidence"],
                }
            )
            lens.plan.append(
                f"Treat the {specific[0]['label']} at {ctx.org} as a rehearsal: try one answer "
                f"you have not used before and watch how they react."
            )
        shared = [s for s in specific if s["id"] in _target_formats(me)]
        if shared and sim < 0.85:
            # The format itself is what the target interviews use, whatever the role around it.
            lens.add(
                min(SHARED_FORMAT_MAX, SHARED_FORMAT * len(shared)),
                f"The {shared[0]['label']} is a format {me.target} interviews use",
                shared[0]["evidence"],
            )
        family = _family_formats(ctx)
        if not specific and family and NEIGHBOUR <= sim < 0.85:
            # The page is silent on its loop, but a neighbouring role of the target's own family
            # is interviewed in the family's formats (a coding interview for any developer).
            labels = [_LABEL[f] for f in sorted(family)]
            lens.add(
                FAMILY_FORMAT,
                f"{ctx.title} is interviewed as {ctx.target} roles are ({joined(labels, 2)})",
                ctx.opportunity.get("title") or ctx.headline,
            )
        if not steps and sim >= 0.4:
            lens.plan.append(
                f"Ask {ctx.org} how the interviews for {ctx.title} run and whom you would meet; "
                f"pick one answer to try out before the {ctx.target} interviews you care about."
            )
        if generic:
            lens.add(
                min(0.3, 0.1 * len(generic)) * 0.5 * relevance(ctx),
                f"Steps that rehearse any interview: {joined([s['label'] for s in generic], 4)}",
                generic[0]["evidence"],
            )
    else:
        formats = ctx.ids("formats")
        if steps:
            lens.add(
                min(0.6, 0.3 + 0.1 * len(steps)),
                f"Interviews on the day: {joined([s['label'] for s in steps])}",
                steps[0]["evidence"],
            )
            if "career_fair" in formats:
                lens.plan.append(
                    "Bring a one-page resume and a 30-second pitch; use the first "
                    "two booths to warm up before the ones you care about."
                )
            else:
                lens.plan.append(
                    f"Treat the {steps[0]['label']} as a rehearsal: prepare one piece you "
                    "would use for the role you want, and note the feedback."
                )
        shared = [s for s in steps if s["id"] in _target_formats(me)]
        if shared:
            lens.add(
                0.3,
                f"The {shared[0]['label']} is a format {me.target} interviews use",
                shared[0]["evidence"],
            )
        for fid, weight, what in (
            ("speed_rounds", 0.3, "rounds rehearse your introduction"),
            ("career_fair", 0.3, "short talks with employers rehearse your pitch"),
            ("company_visit", 0.15, "talking with their staff rehearses your pitch"),
            ("mixer", 0.1, "practise introducing yourself"),
        ):
            if fid in formats:
                lens.add(
                    weight,
                    f"{formats[fid]['label'].capitalize()}: {what}",
                    formats[fid]["evidence"],
                )
        sim = max(sim, 0.2)
    near = relevance(ctx)
    if ctx.is_event and any(s["id"] in _target_formats(me) for s in steps):
        near = max(near, 0.8)  # an audition is an actor's interview, whatever else the page says
    lens.gate = recency(me.recent) * (1.0 if not ctx.is_event else 0.3 + 0.7 * near)
    lens.gate *= below_level(ctx, lens)
    if me.recent >= 4 and lens.reasons:
        lens.reasons.append(
            {
                "text": f"Worth less: {me.recent} interviews in the last 90 days",
                "evidence": "your profile: recent interviews",
            }
        )
    return lens


def recency(recent: int) -> float:
    """Practice is worth less to someone who has interviewed a lot in the last 90 days."""
    return 1.0 / (1.0 + recent / 5.0)


def _target_formats(me) -> set[str]:
    """The interview formats the person's target roles are known for."""
    from ..relation import trust

    out: set[str] = set()
    for t in me.targets:
        code = t.code or ""
        if not code or trust(t.confidence) < 0.5:
            continue
        prefix = max((p for p in FORMATS_BY_FAMILY if code.startswith(p)), key=len, default=None)
        if prefix:
            out.update(FORMATS_BY_FAMILY[prefix])
    return out


NEIGHBOUR = 0.4  # role similarity from which a role is a neighbour of the target
FAMILY_FORMAT = 0.2  # a silent loop in the target's family: its formats, less than if described
_LABEL = {c.id: c.label for c in INTERVIEW_STEPS}


def _family(code: str) -> str | None:
    """The family of interview formats (FORMATS_BY_FAMILY's longest prefix) of an occupation."""
    return max((p for p in FORMATS_BY_FAMILY if code.startswith(p)), key=len, default=None)


def _family_formats(ctx: Ctx) -> set[str]:
    """The interview formats of the page's occupation, when a target role is of its family."""
    from ..relation import trust

    role = ctx.analysis.get("role") or {}
    code = role.get("code") or ""
    if not code or trust(role.get("confidence")) < 0.5:
        return set()
    family = _family(code)
    ours = {_family(t.code) for t in ctx.me.targets if t.code and trust(t.confidence) >= 0.5}
    return set(FORMATS_BY_FAMILY[family]) if family and family in ours else set()


def _practice_text(ctx: Ctx, sim: float) -> str:
    if not ctx.me.targets:
        return f"An interview for {ctx.title}; add target roles to judge the rehearsal"
    if sim >= 0.85:
        return f"The same kind of interview as the {ctx.target} roles you want, at lower stakes"
    if sim >= 0.4:
        return f"A neighbouring role to {ctx.target}: much of the interview carries over"
    return f"Little of this interview carries over to {ctx.target}"
