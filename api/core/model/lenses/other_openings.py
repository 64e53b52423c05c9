"""Other openings: doors beyond this one listing.

Its cue table is the breadth a page speaks of: hiring across teams, a recruiter with other
clients, a talent pool. Entry points other modules hook into: ``other_openings(ctx)``.
"""

from __future__ import annotations

import re

from .. import doors
from ..cues import Cue
from ..sections import ABOUT, BENEFITS, BODY, PROCESS, ROLE
from .base import Ctx, Lens, count_text, from_whom, log_share, relevance

BREADTH = (
    Cue(
        "across_teams",
        "hiring across teams",
        r"\b(?:hiring|roles|positions|openings|opportunities|jobs)\b[^.;]{0,40}\bacross\b"
        r"|\b(?:many|multiple|several|other) (?:open )?(?:roles|positions|openings)\b"
        r"|\bhiring across (?:all |our |many |multiple )?(?:\w+ )?(?:teams|departments|offices"
        r"|sites"
        r"|locations|functions|business units)\b",
        frozenset({ABOUT, ROLE, PROCESS, BODY}),
    ),
    Cue(
        "agency",
        "a recruiter with other clients",
        r"\bour client\b|\bon behalf of (?:our|a|an) client\b|\bplaces? (?:more than "
        r"|over )?\d[\d,+]* "
        r"(?:candidates|people)\b|\bother (?:clients|openings)\b"
        r"|\bmore (?:related )?job opportunities\b",
        frozenset({ABOUT, ROLE, PROCESS, BODY, BENEFITS}),
    ),
    Cue(
        "talent_pool",
        "a talent pool",
        r"\btalent (?:pool|community|network)\b|\bfuture (?:roles|openings|opportunities)\b"
        r"|\bgeneral application\b",
        frozenset({ABOUT, PROCESS, BODY}),
    ),
)


_SITE_UNIT = re.compile(
    r"\b(offices|locations|countries|cities|sites|campuses|teams|departments|hubs|studios"
    r"|branches)\b",
    re.I,
)


def other_openings(ctx: Ctx) -> Lens:
    """Breadth beyond this one listing: roles, teams, employers, agencies."""
    lens = Lens("other_openings")
    breadth = ctx.ids("breadth")
    perks = ctx.ids("perks")
    on_board = doors.add_board(ctx, lens)  # the employer's own board, when it was read
    mention = on_board or 0.0
    roles = ctx.q("open_roles") if on_board is None else None  # the board's count is the real one
    if roles and roles["value"] >= 2:
        lens.add(
            log_share(roles["value"], 50),
            f"{count_text(roles)} open roles at {ctx.org}, not only this one",
            roles["evidence"],
        )
        mention = max(mention, _mentions_target(ctx, roles["evidence"]))
        lens.plan.append(
            f"Ask which of the {count_text(roles)} openings at {ctx.org} sit closest to "
            f"{ctx.target}, and who hires for them."
        )
    employers = ctx.q("employers")
    if employers and employers["value"] >= 3 and ctx.is_event:
        lens.add(
            log_share(employers["value"], 60),
            f"{count_text(employers)} employers in one place: each a door",
            employers["evidence"],
        )
        mention = max(mention, _mentions_target(ctx, employers["evidence"]))
        lens.plan.append(
            f"List the {count_text(employers)} employers beforehand and mark five that "
            f"hire for {ctx.target}; visit those first."
        )
    placed = ctx.q("placements")
    if placed and (breadth.get("agency") or ctx.opportunity.get("is_agency")):
        lens.add(
            0.9 * log_share(placed["value"], 150),
            f"The recruiter places {count_text(placed)} candidates a year",
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
    # "Across teams" said in the sentence that already counts the roles or the sites is the
    # same finding, not a second door.
    sites = ctx.q("sites")
    counted = {found["evidence"] for found in (roles, sites) if found}
    if "across_teams" in breadth and breadth["across_teams"]["evidence"] not in counted:
        lens.add(0.35, "Hiring across teams", breadth["across_teams"]["evidence"])
        lens.plan.append(f"Ask which other teams at {ctx.org} are hiring now, and who leads them.")
        mention = max(mention, _mentions_target(ctx, breadth["across_teams"]["evidence"]))
    if "talent_pool" in breadth:
        lens.add(0.2, "A talent pool for later roles", breadth["talent_pool"]["evidence"])
    if sites and sites["value"] >= 3:
        # Say what the page counts ("operations in 40 countries"), not more: a presence in many
        # places is a door to openings there, not a statement that each is hiring.
        unit = _SITE_UNIT.search(sites["evidence"])
        lens.add(
            0.15 + 0.25 * log_share(sites["value"], 20),
            f"Present in {count_text(sites)} {unit.group(1).lower() if unit else 'places'}: "
            "openings beyond this one",
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
            0.2 + 0.2 * log_share(n, 15),
            f"Recruiters attend{from_whom(recruiters)}",
            recruiters["evidence"],
        )
    lens.gate = 0.15 + 0.85 * max(relevance(ctx), mention)
    if ctx.rel.level_mismatch:
        lens.gate *= 0.4  # openings for students are not doors for an executive
    return lens


def _mentions_target(ctx: Ctx, sentence: str) -> float:
    """How much a breadth sentence names the person's kind of work."""
    from ..relation import word_overlap

    words = ctx.me.target_words
    if not words or not sentence:
        return 0.0
    return 0.85 if (word_overlap(words, sentence) or 0) > 0 else 0.0
