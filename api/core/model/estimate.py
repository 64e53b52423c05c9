"""The estimate: eligibility, lenses, fit, costs, verdict and plan for one person."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from api.core.board import Board
from api.core.opportunity import Opportunity

from . import doors, events
from . import lenses as lens_lib
from .costs import costs, ended_reason, total
from .eligibility import judge
from .fit import fit
from .lenses.base import joined
from .plan import plan
from .profile import Person, read
from .relation import relate
from .verdict import FIT_KEPT, FIT_WEIGHT, verdict
from .why_not import LEAD as WHY_NOT_LEAD
from .why_not import why_not

SHARPEN = (
    "Add a profile to sharpen this: target roles (for practice and fit), skills (for "
    "what is new to you), a salary floor (for offer upside) and your location (for travel)."
)
# A non-career event (a concert, a match, a tour) is worth only what touches the person's field.
LEISURE_FLOOR = 0.05
# A lens's reason that quotes a sentence a stronger lens already quoted is not shown again,
# unless it is the lens's first (its claim); a lens shows at most this many.
MAX_REASONS = 4


def estimate(
    opportunity: Opportunity,
    analysis: dict[str, Any],
    profile: dict[str, Any] | Person | None = None,
    today: date | None = None,
    version: str = "",
    board: Board | None = None,
) -> dict[str, Any]:
    """Return the estimate of ``opportunity`` for ``profile`` (see the package docstring)."""
    today = today or datetime.now(UTC).date()
    if isinstance(today, datetime):
        today = today.date()
    me = profile if isinstance(profile, Person) else read(profile)
    rel = relate(opportunity, analysis, me)
    km = rel.km = _distance(opportunity, me)
    rel.eligibility = judge(opportunity, analysis, me, km)
    rel.reach = _reach(rel)
    rel.field = _field(rel, me)
    ctx = lens_lib.Ctx(
        opportunity, analysis, me, rel, board=doors.own_board(board, opportunity)
    )
    # offer_upside first: second_look reads whether the pay clears the floor.
    found = {
        lens.id: lens
        for lens in (
            lens_lib.offer_upside(ctx),
            *[f(ctx) for f in lens_lib.ALL if f is not lens_lib.offer_upside],
        )
    }
    _apply_goals(found, me.goals)
    if ctx.is_event and not ctx.career_event:
        # Network reach weighs the field itself (its people count only if they are yours).
        for lens in found.values():
            if lens.id != "network_reach":
                lens.gate *= max(LEISURE_FLOOR, rel.field)
    ranked = sorted(
        found.values(),
        key=lambda lens: (-round(lens.score(), 3), lens_lib.LENS_ORDER.index(lens.id)),
    )
    lens_out = _lens_output(ranked)
    cost_items = costs(ctx, today, km)
    ended = ended_reason(opportunity, today)
    blocked = rel.eligibility.blocked
    fitness = fit(ctx, km)
    # Fit counts for someone who could get it, as far as they could (and for a job: an event's
    # fit is how near its field is, which the lenses already weigh).
    obvious = fitness * rel.reach if me.given and not ctx.is_event else None
    # Landing a job is a goal like the others, and the obvious value of a role they want its lens.
    wanted = "land" in me.goals and (rel.role_sim or 0.0) >= SAME_ROLE
    weight = FIT_WEIGHT * (GOAL_RAISE if wanted else 1.0)
    label, score = verdict(
        lens_out,
        total(cost_items),
        bool(ended),
        eligible=blocked is None,
        fit=obvious,
        fit_weight=weight,
    )
    if obvious is None and label == "skip":
        # For an event (or no profile), fit still breaks ties among the skips.
        score = max(score, round(FIT_KEPT * fitness))
    reasons = _reasons(ended, blocked, ctx, lens_out, label, cost_items)
    # A skip for low value, or for a role far below the person, opens with why (a page far
    # from their aims has its own plan: whom to ask about the role they want); the plan too.
    lead = reasons[0]["text"] if reasons and label == "skip" else ""
    low = lead.startswith(WHY_NOT_LEAD) or bool(rel.below and lead.startswith(rel.below[0]))
    not_worth = lead.removeprefix(f"{WHY_NOT_LEAD}: ") if low else None
    answer = {
        "kind": analysis.get("kind") or opportunity.get("kind"),
        "verdict": label,
        "score": score,
        "fit": fitness,
        "reasons": reasons,
        "eligibility": rel.eligibility.as_json(),
        "lenses": lens_out,
        "costs": cost_items,
        "plan": plan(ctx, ranked, ended, label == "skip", not_worth),
        "opportunity": opportunity,
        "model_version": version,
        "notes": _notes(me, ended, km, opportunity, analysis) + doors.notes(ctx),
        "quantities": _quantities(analysis, opportunity),
    }
    if ctx.board is not None:
        answer["board"] = doors.summary(ctx)  # the board, and the roles nearest to this person
    return answer


# Named gaps far from what the person knows past this many make the interview unlikely.
GAPS_TOLERATED = 2
FAR_GAP = 0.5  # a gap nearer than this to the person's skills is learnable, not a wall


def _reach(rel) -> float:
    """How far the person could get the interview: eligibility, then the far named gaps."""
    near = dict(rel.skill_new)
    far = sum(1 for g in rel.gaps if near.get(g, 0.0) < FAR_GAP)
    return round(rel.eligibility.reach / (1.0 + max(0, far - GAPS_TOLERATED) / 4.0), 4)


def _field(rel, me: Person) -> float:
    """How far an event's subject and hosts touch the person's field (targets, industries)."""
    if not me.given:
        return 0.3
    parts = [
        rel.role_word or 0.0,
        0.8 if rel.industry or rel.topic else 0.0,
        rel.skill_rel or 0.0,
    ]
    # Hosts and people tied to their field (a non-career event's only value), valued modestly.
    return max(*parts, events.ties_value(rel.ties))


def _lens_output(ranked) -> list[dict[str, Any]]:
    """Lenses, strongest first; a sentence is quoted by the strongest lens that uses it."""
    quoted: set[str] = set()
    out = []
    for lens in ranked:
        score = round(lens.score(), 3)
        reasons = lens.reasons if score > 0 else []
        # The lens's first reason is its claim and stays; the others give way.
        own = reasons[:1] + [r for r in reasons[1:] if r["evidence"] not in quoted]
        shown = own[:MAX_REASONS]
        quoted.update(r["evidence"] for r in shown)
        out.append(
            {"id": lens.id, "label": lens_lib.LABELS[lens.id], "score": score, "reasons": shown}
        )
    return out


FAR_FROM_AIMS = 0.2  # relevance under which a skip is first explained by that distance


def _reasons(ended, blocked, ctx, lens_out, label, cost_items) -> list[dict[str, str]]:
    """The reasons that decide the verdict, the deciding one first."""
    rel, me, opportunity = ctx.rel, ctx.me, ctx.opportunity
    if ended:
        return [{"text": ended[0], "evidence": ended[1]}]
    out = []
    if blocked:
        out.append({"text": blocked.text, "evidence": blocked.evidence})
    # A non-career event tied to their field by its people is not far from their aims.
    far = (not blocked and label == "skip" and me.targets and rel.relevance < FAR_FROM_AIMS
           and not rel.ties)  # fmt: skip
    if far:
        # A skip nothing blocks: the page is far from what they aim for, and that comes first
        # (a weak lens's reason would read as praise of a page they should pass over).
        aims = joined([target.text for target in me.targets])
        what = opportunity.get("title") or "The page gives no title."
        out.append({"text": f"Far from what you aim for ({aims}): little here bears on it",
                    "evidence": what})  # fmt: skip
    for finding in rel.eligibility.findings:
        if finding is not blocked and finding.status in ("contradiction", "unknown", "stretch"):
            out.append({"text": finding.text, "evidence": finding.evidence})
    if not blocked:
        # The two strongest lenses' first reasons grounded in what the page says (a silence,
        # "Pay is not stated", is a question for the plan, not a reason to go).
        said = [next((r for r in lens["reasons"] if r["evidence"] not in lens_lib.SILENCES), None)
                for lens in lens_out if lens["score"] > 0]  # fmt: skip
        at = 1 if far else 0  # the distance from their aims stays first
        top = [reason for reason in said if reason][:2]
        out[at:at] = top
        if rel.below:
            # A role far below the person: the doubt that decides a Skip or a Maybe, else a
            # doubt beside what makes it worth a look.
            doubt = {"text": f"{rel.below[0]}: not what you aim for", "evidence": rel.below[1]}
            out.insert(at if label != "worth_a_look" else at + len(top), doubt)
        elif label == "skip" and not far:
            # A skip for low value: first what is missing or small, then what little it offers
            # (a lens's reason alone under Skip reads as praise).
            out.insert(0, why_not(ctx, cost_items))
    # A lens may already give the same doubt as its own first reason: say it once.
    seen: set[str] = set()
    out = [r for r in out if not (r["text"] in seen or seen.add(r["text"]))]
    return out[:4]


GOAL_RAISE = 1.15  # a goal raises the gate of its lens (and "land" the obvious value) this much
SAME_ROLE = 0.85  # role similarity from which a job is the kind the person wants to land


def _apply_goals(found, goals):
    for goal in goals:
        for lens_id in lens_lib.GOAL_BOOST.get(goal, ()):
            found[lens_id].gate = min(1.0, found[lens_id].gate * GOAL_RAISE)


def _distance(opportunity, me: Person) -> float | None:
    if not me.location:
        return None
    from . import places

    loc = opportunity.get("location") or {}
    if not (loc.get("locality") or loc.get("text") or loc.get("country")):
        return None
    there = _locate(loc)
    if not there:
        return None
    d = places.known_distance(me.location, there)
    return None if d is None else float(d)


def _locate(loc):
    from . import places

    # Page places only (never the person's): cached, as a results page repeats its cities.
    key = tuple(loc.get(k) for k in ("text", "locality", "region", "country"))
    if key not in _PLACES:
        if len(_PLACES) > 2048:
            _PLACES.clear()
        _PLACES[key] = places.locate(loc)
    return _PLACES[key]


_PLACES: dict = {}


def _notes(me: Person, ended, km, opportunity, analysis) -> list[str]:
    notes = []
    if ended:
        notes.append(f"{ended[0]}; the lenses show what it would have offered.")
    kind = analysis.get("event_kind") or {}
    if kind and kind.get("id") != "career":
        notes.append(
            f"This is {kind['label']}, not a career event: it counts only for what touches "
            "your own field."
        )
    if not me.given:
        notes.append(SHARPEN)
    else:
        missing = [
            what
            for present, what in (
                (me.targets, "target roles"),
                (me.skills, "skills"),
                (me.location, "your location"),
            )
            if not present
        ]
        if missing:
            listed = ", ".join(missing[:-1]) + (" and " if len(missing) > 1 else "") + missing[-1]
            notes.append(f"Add {listed} to your profile to sharpen this.")
        loc = opportunity.get("location") or {}
        remote = (
            loc.get("online")
            or loc.get("remote")
            or opportunity.get("attendance_mode") == ("online")
        )
        if me.location and km is None and not remote:
            notes.append(
                "The page does not say where it is precisely enough to place it on a map; travel"
                " is not counted."
            )
    return notes


def _quantities(analysis, opportunity) -> dict[str, Any]:
    """The counts read from the page, plus the conversations an event is likely to give."""
    out = {
        k: {"value": v["value"], "evidence": v["evidence"]}
        for k, v in analysis["quantities"].items()
    }
    if analysis.get("kind") == "event":
        talks, basis = lens_lib.conversations(analysis, opportunity)
        if talks > 0:
            out["conversations"] = {
                "value": round(talks),
                "range": [max(1, round(talks * 0.7)), max(2, round(talks * 1.3))],
                "evidence": basis,
            }
    return out
