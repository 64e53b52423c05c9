"""Second look: the headline puts you off, the body holds what you want.

Its cue table is the substance a page offers beyond its title (perks), each read where it
means something: remote work anywhere but boilerplate, growth and mission where the
organisation speaks of itself or the role, learning support and benefits among the benefits
("provide training to the team" is a duty, not a perk).
"""

from __future__ import annotations

from ..cues import NOT_LEGAL, Cue
from ..evidence import article, snippet
from ..sections import ABOUT, BENEFITS, BODY, LOGISTICS, ROLE
from .base import (
    Ctx,
    Lens,
    are,
    avoided_in_body,
    below_level,
    headline,
    joined,
    said_not_asked,
    sat,
    skill_evidence,
)

PERKS = (
    Cue(
        "remote",
        "remote work",
        r"\bremote\b|\bwork from (?:home|anywhere)\b|\bdistributed team\b|\bfully online\b"
        r"|\bhome ?office\b|\bt[ée]l[ée]travail\b|\bteletrabajo\b|\bpráce z domova\b",
        NOT_LEGAL,
    ),
    Cue(
        "hybrid",
        "hybrid work",
        r"\bhybrid\b|\b\w+ days? a week (?:in|at) (?:the|our)\b",
        NOT_LEGAL,
    ),
    Cue(
        "growth",
        "growth",
        r"\bfast[- ]growing\b|\brapidly (?:growing|evolv\w+|expanding)\b|\bexpanding\b"
        r"|\bscal(?:e|ing) (?:up|our)\b|\bseries [a-e]\b|\bnewly (?:formed|created)\b|\bnew team\b"
        r"|\b(?:doubl|tripl)(?:e|ed|ing) (?:in size|our|the team|headcount)\b|\bhypergrowth\b",
        frozenset({ABOUT, ROLE, BODY}),
    ),
    Cue(
        "mobility",
        "internal moves",
        r"\binternal (?:moves|mobility|transfers?|candidates)\b|\bchange teams\b"
        r"|\brotation(?:al)? program\w*\b",
        frozenset({ABOUT, ROLE, BENEFITS, BODY}),
    ),
    Cue(
        "mission",
        "mission",
        # Boilerplate ("make an impact", "our community") says nothing; these phrases do.
        r"\bon a mission\b|\bour mission\b|\bsocial impact\b|\bnon-?profit\b"
        r"|\bpublic (?:service|good|health)\b|\bcommunity (?:health|college|service)\b"
        r"|\bclimate\b|\bunderserved\b|\bb[- ]corp\b",
        frozenset({ABOUT, ROLE, BODY}),
    ),
    Cue(
        "learning",
        "learning support",
        r"\bmentorship (?:program\w*|from)\b|\bmentoring (?:program\w*|from)\b|\bmentored\b"
        r"|\btuition\b"
        r"|\blearning (?:budget|stipend|and development)\b|\btraining (?:budget|program\w*"
        r"|provided)\b"
        r"|\bconference budget\b|\bcertification\w* (?:paid|covered|support)\b|\bapprentice\w*\b"
        r"|\bprofessional (?:growth|development)\b|\bweiterbildung\w*\b|\bformation continue\b",
        frozenset({BENEFITS, BODY}),
    ),
    Cue(
        "flexibility",
        "flexible hours",
        r"\bflexible (?:hours|schedule|working(?: hours)?)\b|\bfour[- ]day (?:work )?week\b"
        r"|\bpart[- ]time\b|\bgleitzeit\b",
        frozenset({BENEFITS, LOGISTICS, ROLE, BODY}),
    ),
    Cue(
        "benefits",
        "benefits",
        r"\bpension\b|\b401\(?k\)?\b|\bhealth (?:insurance|coverage|benefits)\b"
        r"|\bparental leave\b|\bsabbatical\b|\bpaid time off\b|\bunlimited pto\b"
        r"|\bmeal allowance\b",
        frozenset({BENEFITS, BODY}),
    ),
)

# Substance beyond the title: (perk id, weight, what to ask about it).
SUBSTANCE = (
    (
        "mobility",
        0.25,
        "Ask {org} how often people move between teams, and where the last few went.",
    ),
    (
        "growth",
        0.15,
        "Ask {org} what its growth means for this team in a year: new roles, new scope.",
    ),
    (
        "mission",
        0.15,
        "Ask {org} which piece of work shows the mission best; judge it, not the title.",
    ),
    ("learning", 0.1, "Ask who at {org} has used the learning support, and what it led to."),
    ("flexibility", 0.08, "Ask {org} how the hours work in practice in a busy week."),
    ("benefits", 0.05, None),
)
# Tools nearly every office job names: having them says little about the work being yours.
UBIQUITOUS = frozenset(
    {
        "Excel",
        "Microsoft Excel",
        "Microsoft Word",
        "Word",
        "PowerPoint",
        "Outlook",
        "Microsoft Office",
        "Google Docs",
        "Google Sheets",
        "email",
    }
)
UBIQUITOUS_SHARE = 0.3
# A title this far from the target role puts the person off fully; nearer titles, in proportion.
FULL_GAP = 0.6
# Perks alone do not make an unrelated job worth a second look: they count in proportion to how
# much of the person's own work the body holds (their role, skills, industry), full from this.
SUBSTANCE_FULL = 0.35


def second_look(ctx: Ctx) -> Lens:
    """The headline puts you off, the body holds what you want."""
    lens = Lens("second_look")
    me, rel = ctx.me, ctx.rel
    perks = ctx.ids("perks")
    if not me.given:
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
    lens.gate = 0.85 * gap * ctx.rel.reach
    core = 0.0
    named = _target_in_body(ctx)
    if named:
        lens.add(0.5, f"The body names {me.target}, the role you want", named)
        core = max(core, 0.5)
        lens.plan.append(
            f"Ask {ctx.org} about the path to {me.target} the page mentions: who has taken it, "
            "and how long it took."
        )
    # The body holds the person's work where the role or what it asks names their skills, not
    # where the organisation describes its own product or world.
    known = [k for k in rel.skill_known if not _org_only(ctx, k)]
    if known:
        telling = sum(UBIQUITOUS_SHARE if k in UBIQUITOUS else 1.0 for k in known)
        strength = sat(telling, 2.0)
        lens.add(
            strength,
            f"{len(known)} of your skills {are(known)} in the body ({joined(known, 4)})",
            skill_evidence(ctx, known),
        )
        core = max(core, strength)
        lens.plan.append(
            f"Ask how {joined(known, 2)} {are(known[:2])} used day to day at {ctx.org}; the "
            f"answer tells you whether the work is closer to {me.target} than the title says."
        )
    if rel.industry:
        # The right industry makes the wrong job only a little more interesting.
        near = max(rel.role_sim or 0.0, rel.skill_rel or 0.0)
        name, ev = rel.industry[0]
        strength = 0.45 * (0.3 + 0.7 * near)
        lens.add(strength, f"{ctx.org} works in {name}, an industry you named", ev)
        core = max(core, strength)
    if ctx.pay.get("above", 0) > 0:
        lens.add(0.3 * ctx.pay["above"], "The pay clears your floor", ctx.pay["evidence"])
    share = min(1.0, core / SUBSTANCE_FULL)
    if "remote" in perks and share > 0:
        lens.add(
            (0.6 if me.remote_only else 0.25) * share,
            "Remote work is on offer",
            perks["remote"]["evidence"],
        )
    for pid, weight, ask in SUBSTANCE:
        if pid in perks and share > 0:
            lens.add(
                weight * share, f"Beyond the title: {perks[pid]['label']}", perks[pid]["evidence"]
            )
            if ask:
                lens.plan.append(ask.format(org=ctx.org))
    if lens.reasons:
        head = {"text": f"The headline puts you off {why}", "evidence": headline(ctx)}
        lens.reasons.insert(0, head)
    lens.gate *= below_level(ctx, lens)
    return lens


def _org_only(ctx: Ctx, skill: str) -> bool:
    """Whether the page names ``skill`` only where the organisation speaks of itself."""
    for s in ctx.analysis.get("skills") or []:
        if s["name"] == skill:
            return bool(s.get("org_only"))
    # A skill of the person's read in the page's own words: look for it outside those lines.
    from ..relation import find_term

    org_lines = ctx.analysis.get("org_lines") or []
    if not org_lines:
        return False
    rest = ctx.opportunity.get("description") or ""
    for line in org_lines:
        rest = rest.replace(line, " ")
    title = ctx.opportunity.get("title") or ""
    return find_term(skill, f"{title}\n{rest}", None) is None


def _target_in_body(ctx: Ctx) -> str | None:
    """Evidence that the body names one of the person's target roles, if it does."""
    import re

    body = ctx.opportunity.get("description") or ""
    for target in ctx.me.targets:
        # The role's own words, whole ("electrician", "electricians"), not a stem of them
        # ("electrical" is not a role).
        words = [re.escape(w) for w in target.text.lower().split()]
        pattern = re.compile(r"\b" + r"\s+".join(words) + r"(?:s|es)?\b", re.I)
        if not pattern.search(body):  # a line that names it would match in the whole body
            continue
        for line in body.splitlines():
            m = pattern.search(line)
            if m:
                return snippet(line, m.start(), m.end())
    return None


def _headline_gap(ctx: Ctx) -> tuple[float, str]:
    rel = ctx.rel
    if rel.avoid_head:
        return 1.0, f"(the headline says {rel.avoid_head[0]}, which you avoid)"
    if rel.avoid_org:
        # The organisation's industry puts one off as the headline does (the work may not).
        return 1.0, (
            f"({ctx.org} is {article(rel.avoid_org[0])} {rel.avoid_org[0]} firm, which you avoid)"
        )
    named = [
        a for a in rel.avoid_body if a not in avoided_in_body(ctx) and not said_not_asked(a, ctx)
    ]
    if named:
        return 0.6, f"(it mentions {named[0]}, which you avoid)"
    sim = rel.role_sim
    if not ctx.is_event and sim is not None and ctx.me.targets and sim < 0.85:
        target = ctx.me.target
        why = f"(the title is not {article(target)} {target} role)"
        return min(1.0, (1.0 - sim) / FULL_GAP), why
    return 0.0, ""
