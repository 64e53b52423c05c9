"""warm_up(): what a server process runs before its first request."""

from __future__ import annotations

from api.estimating import opportunity_of, warm_up
from api.samples import SAMPLE_ITEMS


def test_the_warm_up_pages_are_still_read_as_one_job_and_one_event():
    # If extraction stopped reading them, warm_up would fail at a server's start.
    kinds = [opportunity_of(item)["kind"] for item in SAMPLE_ITEMS]
    assert kinds == ["job", "event"]
    warm_up()
