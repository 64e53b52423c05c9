"""Tune and check apart: a fixed split of named cases into a tuning part and a check part.

Rules are changed only by looking at the tuning part; the check part is reported beside it as
the evidence of how the rules do on material they were not shaped on. The split is a hash of
the name (a page's path under its folder, ``job/x.html``, or a case's id), so it never moves.
"""

from __future__ import annotations

import hashlib

CHECK_SHARE = 3  # tenths of the cases held out for checking (about 30%)
PARTS = ("tune", "check")


def part(name: str) -> str:
    """Return 'check' or 'tune' for a case's name, the same on every machine and every run."""
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()
    return "check" if int(digest[:8], 16) % 10 < CHECK_SHARE else "tune"
