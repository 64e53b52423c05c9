"""The model version: a manual release plus a hash of the code and data it scores with."""

from __future__ import annotations

import hashlib
from pathlib import Path

RELEASE = "2026.11.25-2"
HERE = Path(__file__).resolve().parent
# The shipped occupation and skill index: a rebuilt index changes what analyse() finds.
INDEX = HERE.parents[1] / "data" / "occupations.json.gz"


def _fingerprint() -> str:
    # Every module of the model and the index decide the analysis and the scores; any edit
    # changes the version, and so the cache keys of analyses made before it.
    digest = hashlib.sha256()
    for path in sorted(HERE.rglob("*.py")):
        if path.name != "version.py":
            digest.update(str(path.relative_to(HERE)).encode() + b"\0" + path.read_bytes())
    if INDEX.exists():
        digest.update(INDEX.read_bytes())
    return digest.hexdigest()[:8]


MODEL_VERSION = f"{RELEASE}+{_fingerprint()}"
