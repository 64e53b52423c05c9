"""Where the real pages are, for the tests that read them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
IN_CI = os.environ.get("CI", "").lower() == "true"


def realpages_dir() -> Path:
    """WAL_REALPAGES if set, else <project root>/../shared/fixtures/realpages."""
    return Path(os.environ.get("WAL_REALPAGES") or ROOT.parent / "shared/fixtures/realpages")


@pytest.fixture(scope="session")
def realpages() -> Path:
    """The folder of real pages; skipped when absent, except in CI where it must be there."""
    path = realpages_dir()
    if not path.is_dir():
        if IN_CI:
            pytest.fail(f"{path} is missing; CI must run the real-page tests")
        pytest.skip(f"{path} is not here")
    return path
