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
# Second and third strongest lenses add this share of what is left.
RUNNER_UP = (0.45, 0.2)
COST_PULL = 0.65
WORTH_A_LOOK = 0.55
MAYBE = 0.32
# However costly, a listing keeps this share of its value in the score, so that among the
# skips the one that offers more still ranks higher (the verdict is Skip all the same).
VALUE_KEPT = 0.12
# Someone who cannot be considered keeps this share: a Skip, ranked by what it would offer.
INELIGIBLE_KEPT = 0.3


def value(lenses: list[dict]) -> float:
    """Combine lens scores: the strongest counts fully, the next two add to what is left."""
    parts = sorted((LENS_WEIGHT[lens["id"]] * lens["score"] for lens in lenses), reverse=True)
    if not parts:
        return 0.0
    v = parts[0]
    rest = sum(share * p for share, p in zip(RUNNER_UP, parts[1:], strict=False))
    return min(1.0, v + (1.0 - v) * rest)


def verdict(lenses: list[dict], cost: float, ended: bool, eligible: bool = True) -> tuple[str, int]:
    """Return (verdict, score 0..100)."""
    if ended:
        return "ended", 0
    v = value(lenses)
    score = max(VALUE_KEPT * v, min(1.0, v - COST_PULL * cost))
    if not eligible:
        return "skip", int(round(100 * min(score, INELIGIBLE_KEPT * v, MAYBE - 0.01)))
    if score >= WORTH_A_LOOK:
        label = "worth_a_look"
    elif score >= MAYBE:
        label = "maybe"
    else:
        label = "skip"
    return label, int(round(100 * score))
