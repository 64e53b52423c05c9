"""The plan: 2–5 concrete steps for this page, from eligibility questions and the strongest lenses.

Steps name the page's organisation, people, formats and facts; at most one step is a general
one (a closing habit, or what to ask when the page gives no handle).
"""

from __future__ import annotations

from .evidence import article
from .lenses.base import avoided_in_body

MAX_STEPS = 5
MIN_LENS = 0.15  # a lens this weak has nothing worth a step
MAX_ASKS = 2  # eligibility questions that lead the plan


def plan(
    ctx,
    ranked: list,
    ended: tuple[str, str] | None,
    skip: bool = False,
    not_worth: str | None = None,
) -> list[str]:
    """Return 2–5 steps built from the page, the lenses and the person's goals. Under a skip
    the plan prepares nothing the verdict advises against: it says why (`not_worth`, the
    reason that decides it: little value, a role far below them) or, for a page far from
    their aims, what would lead toward them."""
    org = ctx.opportunity.get("organization")
    if ended:
        who = org or "the organizers"
        # A long title, or one that numbers or dates this run ("Ignite Portland 4", "Board
        # Meeting – November 13, 2018"), does not name the next one.
        title = ctx.title
        plain = len(title) <= 40 and not any(ch.isdigit() for ch in title)
        what = title if plain else ("one" if ctx.is_event else "opening like it")
        return [
            f"{ended[0]}: look for the next {what} from {who}.",
            f"Follow {who} so the next date reaches you in time.",
        ]
    elig = ctx.rel.eligibility
    blocked = elig.blocked if elig else None
    if blocked:
        return _instead(ctx, blocked, ranked)
    if skip:
        return _pass(ctx, ranked, not_worth) if not_worth else _little_here(ctx)
    steps: list[str] = list(elig.asks()[:MAX_ASKS]) if elig else []
    avoided = avoided_in_body(ctx)
    if avoided:
        steps.append(
            f"Ask {ctx.org} how much of {'the event' if ctx.is_event else 'the work'} touches "
            f"{avoided[0]}, and whether you could stay clear of it; decide on that answer."
        )
    for lens in ranked:
        if lens.score() < MIN_LENS:
            continue
        for step in lens.plan[:2]:
            if step not in steps:
                steps.append(step)
                break
    for lens in ranked:
        for step in lens.plan[1:]:
            if len(steps) >= MAX_STEPS - 1:
                break
            if step not in steps and lens.score() > 0.25:
                steps.append(step)
    steps = steps[: MAX_STEPS - 1]
    if not steps:
        if ranked and ranked[0].score() >= 0.25:
            steps.append(_ask_first(ctx))
        else:
            return _little_here(ctx)
    steps.append(_closing(ctx))
    return steps[:MAX_STEPS]


def _instead(ctx, blocked, ranked) -> list[str]:
    """Cannot be considered: say why, and what on this page might still be worth it."""
    steps = [_skip(blocked.text)]
    doors = next(
        (lens for lens in ranked if lens.id == "other_openings" and lens.score() >= MIN_LENS), None
    )
    if doors and doors.plan:
        steps.append(doors.plan[0])
    elif ctx.is_event:
        steps.append(
            f"Watch {ctx.org} for an event you can attend, or ask whether the talks are recorded."
        )
    else:
        steps.append(_roles_there(ctx))
    return steps


def _pass(ctx, ranked, not_worth: str) -> list[str]:
    """Little here for the time it takes: say so, then what the strongest lens would still give
    someone who goes anyway, else where to look instead."""
    steps = [_skip(not_worth)]
    strong = next((lens for lens in ranked if lens.score() >= MIN_LENS and lens.plan), None)
    if strong:
        step = strong.plan[0]
        steps.append(f"If you go anyway: {step[0].lower()}{step[1:]}")
    elif ctx.is_event:
        steps.append(f"Watch {ctx.org} for an event nearer your field.")
    else:
        steps.append(_roles_there(ctx))
    return steps


def _skip(why: str) -> str:
    return f"Skip this one: {why[0].lower()}{why[1:]}."


def _roles_there(ctx) -> str:
    return (f"If {ctx.org} interests you, look for roles there that fit where you are and what "
            "you can show.")  # fmt: skip


def _ask_first(ctx) -> str:
    # Something scores but the page gives no handle: one question that makes the time count.
    org = ctx.opportunity.get("organization") or "them"
    if ctx.is_event:
        return f"Before {ctx.title}, ask {org} who usually attends, and pick two people to meet."
    return f"Ask {org} how the process for {ctx.title} runs and whom you would meet."


def _little_here(ctx) -> list[str]:
    # Nothing scores: say so, and say what would make the time count if they go anyway.
    where = "an event" if ctx.is_event else "a listing"
    if ctx.me.targets:
        toward = ctx.target
        # The person's aim is a role: whom one asks about is someone who holds it ("who works as
        # an electrician"), asked of the page's own people, never of a place-holder name.
        who = f"who works as {article(toward)} {toward}"
        ask = (
            f"If you go anyway, ask the people you meet there whether they know anyone {who}."
            if ctx.is_event
            else f"If you apply anyway, ask whether anyone at {ctx.org} {who[4:]} or knows one."
        )
        return [
            f"Little in {ctx.title} leads toward {toward}; {where} closer to it is a better use of "
            "the time.",
            ask,
        ]
    return [
        f"Little in {ctx.title} points anywhere in particular; {where} in your field is a better "
        "bet.",
        "Add your target roles and skills to the profile so this can say more.",
    ]


def _closing(ctx) -> str:
    goals = ctx.me.goals
    # An event is a place one meets people at; a job's title is not ("whom you met at Pipeline
    # Designer"): there it is the interview.
    where = ctx.title if ctx.is_event else "the interview"
    if "network" in goals:
        return f"Afterwards, write down whom you met at {where} and whom they offered to introduce."
    if "practice" in goals:
        return "Afterwards, note the question that surprised you and draft a better answer."
    if "learn" in goals:
        return f"Afterwards, write down one thing {where} taught you and try it within a week."
    if "land" in goals:
        return "Decide beforehand what would make you say yes, so an offer is easy to judge."
    return "Afterwards, note what surprised you; it tells you what to look for next."
