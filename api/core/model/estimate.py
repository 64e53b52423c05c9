"""The estimate: lenses, fit, costs, verdict and plan for one person."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from ..board import Board
from . import doors
from . import lenses as lens_lib
from .costs import costs, ended_reason, total
from .fit import fit
from .plan import plan
from .profile import read
from .relation import relate
from .verdict import verdict

SHARPEN = (
    "Add a profile to sharpen this: target roles (for practice and fit), skills (for "
    "what is new to you), a salary floor (for offer upside) and your location (for travel)."
)


def estimate(
    opportunity: dict[str, Any],
    analysis: dict[str, Any],
    profile: dict[str, Any] | None = None,
    today: date | None = None,
    version: str = "",
    board: Board | None = None,
) -> dict[str, Any]:
    """Return the estimate of ``opportunity`` for ``profile`` (see the package docstring)."""
    today = today or datetime.now(UTC).date()
    if isinstance(today, datetime):
        today = today.date()
    me = read(profile)
    rel = relate(opportunity, analysis, me)
    ctx = lens_lib.Ctx(opportunity, analysis, me, rel, board=doors.own_board(board, opportunity))
    # offer_upside first: second_look reads whether the pay clears the floor.
    found = {
        lens.id: lens
        for lens in (
            lens_lib.offer_upside(ctx),
            *[f(ctx) for f in lens_lib.ALL if f is not lens_lib.offer_upside],
        )
    }
    _apply_goals(found, me["goals"])
    ranked = sorted(
        found.values(),
        key=lambda lens: (-round(lens.score(), 3), lens_lib.LENS_ORDER.index(lens.id)),
    )
    lens_out = [
        {
            "id": lens.id,
            "label": lens_lib.LABELS[lens.id],
            "score": round(lens.score(), 3),
            "reasons": lens.reasons if lens.score() > 0 else [],
        }
        for lens in ranked
    ]
    km = _distance(opportunity, me)
    cost_items = costs(ctx, today, km)
    ended = ended_reason(opportunity, today)
    label, score = verdict(lens_out, total(cost_items), bool(ended))
    answer = {
        "kind": analysis.get("kind") or opportunity.get("kind"),
        "verdict": label,
        "score": score,
        "fit": fit(ctx, km),
        "lenses": lens_out,
        "costs": cost_items,
        "plan": plan(ctx, ranked, ended),
        "opportunity": opportunity,
        "model_version": version,
        "notes": _notes(me, ended, km, opportunity) + doors.notes(ctx),
        "quantities": _quantities(analysis, opportunity),
    }
    if ctx.board is not None:
        answer["board"] = doors.summary(ctx)  # the board, and the roles nearest to this person
    return answer


def _apply_goals(found, goals):
    for goal in goals:
        for lens_id in lens_lib.GOAL_BOOST.get(goal, ()):
            found[lens_id].gate = min(1.0, found[lens_id].gate * 1.15)


def _distance(opportunity, me) -> float | None:
    if not me["location"]:
        return None
    from . import places

    loc = opportunity.get("location") or {}
    if not (loc.get("locality") or loc.get("text") or loc.get("country")):
        return None
    there = _locate(loc)
    if not there:
        return None
    return float(places.distance_km(me["location"], there))


def _locate(loc):
    from . import places

    key = tuple(loc.get(k) for k in ("text", "locality", "region", "country"))
    if key not in _PLACES:
        if len(_PLACES) > 2048:
            _PLACES.clear()
        _PLACES[key] = places.locate(loc)
    return _PLACES[key]


_PLACES: dict = {}


def _notes(me, ended, km, opportunity) -> list[str]:
    notes = []
    if ended:
        notes.append(f"{ended[0]}; the lenses show what it would have offered.")
    if not me["given"]:
        notes.append(SHARPEN)
    else:
        missing = [
            what
            for key, what in (
                ("targets", "target roles"),
                ("skills", "skills"),
                ("location", "your location"),
            )
            if not me[key]
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
        if me["location"] and km is None and not remote:
            notes.append("The venue could not be placed on a map; travel is not counted.")
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
