"""Where the shared material is: ../shared beside the project, or the WAL_* variables."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WAL_SHARED") or ROOT.parent / "shared")
REALPAGES = Path(os.environ.get("WAL_REALPAGES") or SHARED / "fixtures" / "realpages")
SCENARIOS = Path(os.environ.get("WAL_SCENARIOS") or SHARED / "scenarios" / "dev.jsonl")
DATA = SHARED / "data"
IN_CI = os.environ.get("CI", "").lower() == "true"


def required(path: Path) -> Path:
    """Return ``path``; skip the test when it is absent, except in CI, where that fails."""
    if not path.exists():
        if IN_CI:
            pytest.fail(f"{path} is missing; CI must run the tests that need it")
        pytest.skip(f"{path} is not here")
    return path
