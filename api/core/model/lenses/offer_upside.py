"""Offer upside: an offer you could not refuse.

Its cue table is the compensation beyond base pay, read where a page speaks of pay and
benefits or of the role, never from boilerplate ("Diversity, Equity and Inclusion" is not
equity; "membership in a local commission" is not a commission).
"""

from __future__ import annotations

import re

from ..cues import Cue
from ..sections import BENEFITS, BODY, ROLE
from .base import Ctx, Lens, are, below_level, joined, relevance

WHERE_PAY_IS = frozenset({BENEFITS, ROLE, BODY})
COMP_EXTRAS = (
    Cue(
        "equity",
        "equity",
        r"\bequity\b|\bstock(?: options?| grants?)\b|\brsus?\b|\bshare options\b"
        r"|\bemployee stock\b",
        WHERE_PAY_IS,
        0.22,
    ),
    Cue("signing_bonus", "signing bonus", r"\bsign(?:ing|-on|on)[- ]bonus\b", WHERE_PAY_IS, 0.18),
    Cue(
        "relocation",
        "relocation support",
        r"\breloca\w+ (?:support|package|assistance|paid|covered|budget|help)\b"
        r"|\b(?:support|help|pay|assistance) (?:for|with) (?:your |possible |the )?relocation\b",
        WHERE_PAY_IS,
        0.12,
    ),
    Cue(
        "bonus",
        "bonus",
        r"\b(?:annual|performance|yearly|target|quarterly|cash) bonus(?:es)?\b|\bbonus(?:es)? of\b"
        r"|\bprofit[- ]sharing\b|\bsales commissions?\b|\bcommission (?:plan|structure)\b|\bote\b",
        WHERE_PAY_IS,
        0.08,
    ),
)
# "For U.S.-based roles, we expect…" on a job in Montreal: that band is not this job's.
_FOR_PLACE = re.compile(
    r"\b[Ff]or (?:candidates |roles |positions |employees )?(?:in |based in )?(?:the )?"
    r"(?P<where>[A-Z][\w.]*(?: [A-Z]\w*)?)[- ]based\b"
    r"|\b(?:roles|positions"
    r"|candidates) (?:based )?in (?:the )?(?P<where2>[A-Z][\w.]*(?: [A-Z]\w*)?)\b"
)
# Pay the page does not state is unknown, not upside: a trace only.
PAY_UNSTATED = 0.06
PAY_SILENT = "The page does not state the pay."  # evidence of a silence, not a reason to go


def offer_upside(ctx: Ctx) -> Lens:
    """Pay above the floor, equity, bonuses, relocation."""
    lens = Lens("offer_upside")
    pay = ctx.analysis.get("pay")
    floor = ctx.me.floor
    if ctx.is_event:
        if "on_the_spot" in ctx.ids("interview_steps"):
            ev = ctx.ids("interview_steps")["on_the_spot"]["evidence"]
            lens.add(0.12, "Employers interview on the spot: an offer can start here", ev)
        lens.gate = 0.3 + 0.7 * relevance(ctx)
        return lens
    from ..pay import convert

    if pay and _elsewhere(ctx, pay["evidence"]):
        lens.add(
            PAY_UNSTATED,
            "Pay is stated only for roles in another country; this one's is unknown",
            pay["evidence"],
        )
        lens.plan.append(f"Ask {ctx.org} for the pay range of {ctx.title} where it is based.")
        pay = None

    rough = bool(
        pay and floor and floor.currency and pay["currency"] and floor.currency != pay["currency"]
    )
    factor = convert(1.0, pay["currency"], floor.currency) if rough else 1.0
    if pay and floor and factor:
        lo = pay["annual_min"] * factor / floor.annual - 1
        hi = pay["annual_max"] * factor / floor.annual - 1
        mid = (lo + hi) / 2
        ctx.pay.update(above=max(0.0, min(1.0, mid * 3)), evidence=pay["evidence"])
        # Rises with the middle of the band; never below what a band under the floor gets.
        strength = max(0.3 + 1.4 * mid, 0.02 + 0.1 * max(0.0, 0.3 + 1.4 * mid))
        if hi <= 0:
            text = f"Pay tops out {abs(round(hi * 100))}% below your floor"
            lens.add(0.02 + max(0.0, 0.3 + 1.4 * mid) * 0.1, text, pay["evidence"])
        elif lo >= 0:
            band = (
                f"{round(lo * 100)}–{round(hi * 100)}%"
                if round(lo, 2) != round(hi, 2)
                else f"{round(lo * 100)}%"
            )
            note = f" (from {pay['currency']}, converted roughly)" if rough else ""
            lens.add(strength, f"Pay {band} above your floor{note}", pay["evidence"])
        else:
            lens.add(
                strength,
                f"Pay from {abs(round(lo * 100))}% below to {round(hi * 100)}% "
                "above your floor: the top of the band clears it",
                pay["evidence"],
            )
            lens.plan.append(
                f"Ask {ctx.org} where in the band the offer would land, and what moves it up."
            )
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
        lens.add(
            PAY_UNSTATED,
            "Pay is not stated: unknown, not an upside yet",
            PAY_SILENT,
        )
        lens.plan.append(
            f"Ask {ctx.org} for the pay range of {ctx.title} in the first call, before you "
            "invest more time."
        )
    extras = ctx.analysis.get("extras") or []
    for extra in extras:
        lens.add(extra["weight"], f"The offer includes {extra['label']}", extra["evidence"])
    if extras:
        lens.plan.append(
            f"Ask {ctx.org} how {joined([e['label'] for e in extras])} {are(extras)} sized for "
            f"{ctx.title}; it is part of the offer you could not refuse."
        )
    sim = ctx.rel.role_sim
    would_do = max(relevance(ctx), sim or 0.0) if ctx.me.given else 0.6
    lens.gate = (0.2 + 0.8 * would_do) * ctx.rel.reach * below_level(ctx, lens)
    return lens


def _elsewhere(ctx: Ctx, sentence: str) -> bool:
    """Whether the pay sentence speaks of roles in another country than this job's."""
    from ..eligibility import job_country
    from ..requirements import countries_named

    m = _FOR_PLACE.search(sentence or "")
    if not m:
        return False
    named = countries_named(m.group("where") or m.group("where2"))
    here = job_country(ctx.opportunity)
    return bool(named and here and here not in named)
