"""Run a scenario request through the core: page → read_page → analyse → estimate."""

from __future__ import annotations

from datetime import date

from api.core.extraction import read_page
from api.core.model import analyse, estimate

TODAY = date(2026, 11, 25)


def run(request: dict, today: date = TODAY) -> dict:
    """Return the estimate for a request {page, profile} of the first opportunity on the page."""
    found = read_page(request["page"])
    assert found["opportunities"], f"no opportunity read from {request['page'].get('url')}"
    opportunity = found["opportunities"][0]
    return estimate(opportunity, analyse(opportunity), request.get("profile"), today)
