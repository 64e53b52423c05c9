"""An employer's public job board, as read from its applicant-tracking system.

This is the contract between the board reader (``api/boards``: fetches and caches a
board's postings) and the value model (``other_openings`` reads it). A board is
profile-independent: the same for every visitor, so it may be cached and shared; which
of its roles are nearest to one person is worked out per request and never stored.

A board that is still being looked up has ``count`` None and no openings.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Opening:
    """One open role on a board, in the board's own words."""

    title: str
    url: str | None = None
    location: str | None = None  # as the board writes it: "Remote (United States)"
    remote: bool | None = None  # None: the board does not say
    country: str | None = None  # ISO 3166-1 alpha-2, when the board gives a code
    id: str | None = None  # the provider's id of the posting


@dataclass(frozen=True)
class Board:
    """An organization's open roles on one provider's board."""

    provider: str  # greenhouse, lever, ashby, smartrecruiters, workable
    site: str  # the provider's name as people know it: "Greenhouse"
    token: str  # the board's name at the provider: boards.greenhouse.io/<token>
    url: str  # the public board page: the evidence the reasons point at
    count: int | None = None  # open roles on the board; None while being looked up
    openings: tuple[Opening, ...] = field(default=())  # the roles read (the first few hundred)
    organization: str | None = None  # the employer's name, when the board gives it
    posting_id: str | None = None  # the posting this page is, when its address names it

    @property
    def pending(self) -> bool:
        return self.count is None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Board:
        openings = tuple(Opening(**o) for o in data.get("openings") or ())
        return cls(**{**data, "openings": openings})
