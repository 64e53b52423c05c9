"""The seven lenses: each scores one kind of non-obvious value, 0..1, with reasons and steps."""

from __future__ import annotations

from .base import GOAL_BOOST, LABELS, LENS_ORDER, Ctx, Lens
from .learning import learning
from .network_reach import conversations, network_reach
from .new_questions import new_questions
from .offer_upside import PAY_SILENT, offer_upside
from .other_openings import other_openings
from .practice import practice, recency
from .second_look import second_look

# Evidence that says the page is silent: such a reason stays in its lens, never among the top.
SILENCES = frozenset({PAY_SILENT})
ALL = (second_look, other_openings, offer_upside, practice, new_questions, network_reach, learning)

__all__ = [
    "ALL",
    "GOAL_BOOST",
    "LABELS",
    "LENS_ORDER",
    "SILENCES",
    "Ctx",
    "Lens",
    "conversations",
    "learning",
    "network_reach",
    "new_questions",
    "offer_upside",
    "other_openings",
    "practice",
    "recency",
    "second_look",
]
