"""Other doors on the employer's own job board: its real count, and the roles nearest to you.

The board (api/core/board.py) is the same for everyone; which of its roles are nearest to
the person's targets (title, place, remote scope) is worked out here for one request and
never stored. ``other_openings`` calls ``add_board``; the estimate adds ``summary`` and
``notes``.
"""

from __future__ import annotations

import re
from typing import Any

from ..board import Board, Opening
from . import names
from .lenses.base import Ctx, Lens, log_share
from .profile import Person, role_words

# The board's count weighs as a count on the page does: the first openings count most,
# the fiftieth adds little.
COUNT_FULL = 50
# Roles named as nearest to the person's targets: a few a person will actually read.
NEAR_MAX = 3
# A title near a target holds at least half of the target's role words
# ("data engineer" ~ "senior data platform engineer").
NEAR_SHARE = 0.5
# Or names the same occupation in other words ("backend developer" ~ "software engineer"),
# when the occupation match is confident.
SAME_OCCUPATION = 0.9
OCCUPATION_CONFIDENCE = 0.6
OCCUPATION_WEIGHT = 0.5  # breaks ties between titles sharing as many words
# Where the role is: one the person could take from where they live ranks first.
PLACE_WEIGHT = 0.3
NEAR_KM = 80.0  # within commuting distance
# A named door toward what one wants is worth more than a count: a base, and a little
# more for each further role near the targets.
NEAR_STRENGTH = 0.35
NEAR_STEP = 0.1
# A board holding roles near the person's targets makes the lens bear on them as much as
# a page that names their work does (other_openings' mention).
NEAR_MENTION = 0.85
_REMOTE_WORDS = re.compile(r"\b(?:remote|anywhere|work from home|wfh)\b|[()]", re.I)


def own_board(board: Board | None, opportunity: dict[str, Any]) -> Board | None:
    """The board, unless it names an employer other than the page's (a link to another's)."""
    if board is None:
        return None
    org = opportunity.get("organization")
    if board.organization and org and not names.same(board.organization, org):
        return None
    return board


def add_board(ctx: Ctx, lens: Lens) -> float | None:
    """Add the board's count and nearest roles to ``lens``; None when there is no board.

    Returns how much the board names the person's kind of work (0 when it holds nothing
    near their targets), for the lens's gate.
    """
    board = ctx.board
    if board is None or board.pending:
        return None
    who = _who(ctx)
    here = any(_is_this(o, ctx) for o in board.openings)
    others = max(0, board.count - 1) if here else board.count
    if others:
        plural = "s" if others != 1 else ""
        lens.add(
            log_share(others, COUNT_FULL),
            f"{others} {'other ' if here else ''}open role{plural} at {who} on its "
            f"{board.site} board",
            board.url,
        )
    near = nearest(ctx)
    if near:
        lens.add(
            NEAR_STRENGTH + NEAR_STEP * (len(near) - 1),
            f"Nearest to {ctx.target} there: " + "; ".join(_named(o) for o in near),
            board.url,
        )
        lens.plan.append(
            f"Ask about {_named(near[0])} as well: of the roles open at {who} it sits "
            f"nearest to {ctx.target}."
        )
    if others >= 2:
        lens.plan.append(
            f"Look through the {others} roles on {who}'s {board.site} board before the first "
            "call, and ask who hires for the ones you like."
        )
    return NEAR_MENTION if near else 0.0


def nearest(ctx: Ctx) -> list[Opening]:
    """The board's few roles nearest to the person's targets, nearest first (never stored)."""
    if "nearest" not in ctx.doors:  # kept on this request's context only
        ctx.doors["nearest"] = _nearest(ctx)
    return ctx.doors["nearest"]


def _nearest(ctx: Ctx) -> list[Opening]:
    board = ctx.board
    if board is None or board.pending or not ctx.me.targets:
        return []
    targets = [(set(t.words), t.code) for t in ctx.me.targets]
    scored = []
    for opening in board.openings:
        if _is_this(opening, ctx):
            continue
        title = set(role_words(opening.title))
        share = max((len(w & title) / len(w) for w, _ in targets if w), default=0.0)
        kin = _same_work(opening.title, [code for _, code in targets if code])
        if share >= NEAR_SHARE or kin >= SAME_OCCUPATION:
            scored.append((share + OCCUPATION_WEIGHT * kin, opening))
    scored.sort(key=lambda s: -s[0])
    # Place only reorders the best by title: it is the slower question.
    ranked = [(score + PLACE_WEIGHT * _reachable(o, ctx.me), i, o)
              for i, (score, o) in enumerate(scored[: NEAR_MAX * 4])]
    ranked.sort(key=lambda r: (-r[0], r[1]))
    return [o for _, _, o in ranked[:NEAR_MAX]]


def summary(ctx: Ctx) -> dict[str, Any] | None:
    """The board for the answer: where it is, its count, the roles nearest to this person."""
    board = ctx.board
    if board is None:
        return None
    return {
        "provider": board.provider,
        "site": board.site,
        "url": board.url,
        "status": "pending" if board.pending else "ready",
        "count": board.count,
        "nearest": [
            {"title": o.title, "url": o.url, "location": o.location, "remote": o.remote}
            for o in nearest(ctx)
        ],
    }


def notes(ctx: Ctx) -> list[str]:
    """Say that the board is still being read, so the reader asks again."""
    board = ctx.board
    if board is None or not board.pending:
        return []
    return [
        f"The open roles on {_who(ctx)}'s {board.site} board are being looked up; ask again "
        "in a few seconds for their count and the ones nearest to you."
    ]


def _who(ctx: Ctx) -> str:
    board = ctx.board
    return ctx.opportunity.get("organization") or board.organization or board.token


def _is_this(opening: Opening, ctx: Ctx) -> bool:
    """Whether a role on the board is the posting being estimated."""
    if ctx.board.posting_id and opening.id == ctx.board.posting_id:
        return True
    url = ctx.opportunity.get("url")
    return bool(url and opening.url and _bare(url) == _bare(opening.url))


def _bare(url: str) -> str:
    return re.sub(r"^https?://|[?#].*$|/+$", "", url.strip().lower())


def _same_work(title: str, codes: list[str]) -> float:
    if not codes:
        return 0.0
    from . import occupations

    match = occupations.match_title(title)
    if not match or match["confidence"] < OCCUPATION_CONFIDENCE:
        return 0.0
    return max(occupations.similarity(match["code"], code) for code in codes)


def _reachable(opening: Opening, me: Person) -> float:
    """0..1: how well the person could take the role from where they are."""
    if me.remote_only:
        return 1.0 if opening.remote else 0.0 if opening.remote is False else 0.3
    home = me.location
    if not home:
        return 0.5  # nothing to go on: every role alike
    from . import places

    where = _REMOTE_WORDS.sub(" ", opening.location or "").strip(" ,")
    there = places.locate(where) if where else None
    country = opening.country or (there or {}).get("country")
    if opening.remote:
        # A remote role open where the person lives (or that names no country) is in reach.
        return 1.0 if country in (None, home.get("country")) else 0.2
    if there is None:
        return 0.5 if country in (None, home.get("country")) else 0.0
    if there.get("precision") == "city" and places.distance_km(home, there) <= NEAR_KM:
        return 1.0
    return 0.4 if there.get("country") == home.get("country") else 0.0


def _named(opening: Opening) -> str:
    place = opening.location or ""
    if opening.remote and "remote" not in place.lower():
        place = f"{place}, remote" if place else "remote"
    return f"{opening.title} ({place})" if place else opening.title
