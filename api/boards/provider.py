"""What every board provider declares: where its boards live, its API, how to read it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from api.core.board import Opening

# A board's name at a provider, as it may appear in an API path: letters, digits, dots,
# dashes and underscores, starting and ending with a letter or digit. No slash, no
# percent sign, no "..": a name can never leave the path the provider's API gives it.
TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,98}[A-Za-z0-9])?")


def valid_token(token: str) -> bool:
    """Whether ``token`` may name a board in an API path."""
    return bool(TOKEN.fullmatch(token)) and ".." not in token


@dataclass(frozen=True)
class Listing:
    """What one API answer says: the board's count, the roles it lists, the employer."""

    count: int
    openings: tuple[Opening, ...]
    organization: str | None = None


@dataclass(frozen=True)
class Provider:
    """One applicant-tracking system's public board API."""

    name: str  # its id in cache keys and in the estimate
    site: str  # as people know it
    board_hosts: tuple[str, ...]  # hosts of its public board pages
    api_host: str  # the only host its API is fetched from (the allow-list)
    api_path: str  # the API path, "{token}" standing for the board's name
    board_url: str  # the public board page, "{token}" standing for the board's name
    # (path segments, query) of a board address -> (token, posting id) or None
    locate: Callable[[list[str], dict[str, list[str]]], tuple[str, str | None] | None]
    read: Callable[[Any], Listing]  # the API's JSON -> a Listing; ValueError when it is not one


def text(value: Any, limit: int = 300) -> str | None:
    """A string field of an API answer, trimmed; None when it is not a non-empty string."""
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())[:limit]
    return value or None


def records(value: Any, what: str) -> list[dict]:
    """The list of records an answer must hold; ValueError when it holds something else."""
    if not isinstance(value, list):
        raise ValueError(f"expected a list of {what}")
    return [r for r in value if isinstance(r, dict)]


def total(value: Any, listed: int) -> int:
    """The provider's own total when it gives a sane one, else the number listed."""
    if isinstance(value, int) and not isinstance(value, bool) and listed <= value < 1_000_000:
        return value
    return listed
