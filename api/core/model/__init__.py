"""The value model: what an opportunity is worth beyond the obvious.

Public interface (used by the HTTP API and the CLI)::

    MODEL_VERSION: str
    analyse(opportunity: dict) -> dict
        profile-independent analysis, JSON-serializable, cached by the API
    estimate(opportunity: dict, analysis: dict, profile: dict | Person | None,
             today: datetime.date | None = None, board: Board | None = None) -> dict
        the estimate (without the ``cache`` field, which the API adds); ``board`` is the
        employer's public job board when it was read (api/core/board.py)
    read_profile(profile: dict | None) -> Person
        the profile in the model's terms: read it once to estimate many opportunities for
        one request (never keep it past the request)
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..board import Board
from .analysis import analyse as _analyse
from .estimate import estimate as _estimate
from .profile import Person
from .profile import read as read_profile
from .version import MODEL_VERSION

__all__ = ["MODEL_VERSION", "Person", "analyse", "estimate", "read_profile"]


def analyse(opportunity: dict[str, Any]) -> dict[str, Any]:
    """Return the profile-independent analysis of an opportunity."""
    return {**_analyse(opportunity), "model_version": MODEL_VERSION}


def estimate(
    opportunity: dict[str, Any],
    analysis: dict[str, Any] | None = None,
    profile: dict[str, Any] | Person | None = None,
    today: date | None = None,
    board: Board | None = None,
) -> dict[str, Any]:
    """Return the estimate of an opportunity for a profile (None: from the listing alone)."""
    if analysis is None or analysis.get("model_version") != MODEL_VERSION:
        analysis = analyse(opportunity)
    return _estimate(opportunity, analysis, profile, today, MODEL_VERSION, board=board)
