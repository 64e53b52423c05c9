"""Offer upside: an offer you could not refuse."""

from __future__ import annotations

from .base import Ctx, Lens, are, joined, relevance


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
            f"Ask how {joined([e['label'] for e in extras])} {are(extras)} sized for this "
            "level; it is part of the offer you could not refuse."
        )
    sim = ctx.rel["role_sim"]
    would_do = max(relevance(ctx), sim or 0.0) if ctx.me["given"] else 0.6
    lens.gate = 0.2 + 0.8 * would_do
    return lens
