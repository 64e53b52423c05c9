"""Verdict and score: one strong lens is enough, less what it costs."""

from __future__ import annotations

# How much a full-strength lens is worth on its own (the others add with diminishing weight).
LENS_WEIGHT = {
    "second_look": 0.85,
    "other_openings": 0.9,
    "offer_upside": 0.92,
    "practice": 0.9,
    "new_questions": 0.7,
    "network_reach": 0.95,
    "learning": 0.8,
}
# The obvious value counts too: a strong fit for someone who could get the job is a reason to
# look whatever else it offers. Fit above FIT_FLOOR counts, up to FIT_WEIGHT at 100.
FIT_FLOOR = 40
FIT_WEIGHT = 0.85
# Second and third strongest lenses add this share of what is left.
RUNNER_UP = (0.45, 0.2)
COST_PULL = 0.65
WORTH_A_LOOK = 0.55
MAYBE = 0.32
# However costly, a listing keeps this share of its value in the score, so that among the
# skips the one that offers more still ranks higher (the verdict is Skip all the same).
VALUE_KEPT = 0.12
# Among skips, how near the opportunity sits to the person (fit) breaks ties: a page that offers
# nothing to anyone still ranks the person it fits above the one it does not (at most 5 points).
FIT_KEPT = 0.05
# Someone who cannot be considered keeps this share: a Skip, ranked by what it would offer.
INELIGIBLE_KEPT = 0.3


def value(lenses: list[dict], fit: float | None = None, fit_weight: float = FIT_WEIGHT) -> float:
    """Combine lens scores (and a strong fit): the strongest counts fully, the next two add."""
    parts = [LENS_WEIGHT[lens["id"]] * lens["score"] for lens in lenses]
    if fit is not None:
        parts.append(fit_weight * max(0.0, (fit - FIT_FLOOR) / (100 - FIT_FLOOR)))
    parts.sort(reverse=True)
    if not parts:
        return 0.0
    v = parts[0]
    rest = sum(share * p for share, p in zip(RUNNER_UP, parts[1:], strict=False))
    return min(1.0, v + (1.0 - v) * rest)


def verdict(
    lenses: list[dict],
    cost: float,
    ended: bool,
    eligible: bool = True,
    fit: float | None = None,
    fit_weight: float = FIT_WEIGHT,
) -> tuple[str, int]:
    """Return (verdict, score 0..100). ``fit``: the obvious value, for someone in reach, worth
    ``fit_weight`` at 100 (more to someone whose goal is to land a job)."""
    if ended:
        return "ended", 0
    v = value(lenses, fit, fit_weight)
    floor = max(VALUE_KEPT * v, FIT_KEPT * (fit or 0.0) / 100)
    score = max(floor, min(1.0, v - COST_PULL * cost))
    if not eligible:
        kept = max(INELIGIBLE_KEPT * v, FIT_KEPT * (fit or 0.0) / 100)
        return "skip", int(round(100 * min(score, kept, MAYBE - 0.01)))
    shown = int(round(100 * score))
    # The verdict follows the score as shown: a 55 is worth a look, as the card says.
    if shown >= round(100 * WORTH_A_LOOK):
        label = "worth_a_look"
    elif shown >= round(100 * MAYBE):
        label = "maybe"
    else:
        label = "skip"
    return label, shown
