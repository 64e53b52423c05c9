"""The model version: a manual release plus a hash of the weights and cues it scores with."""

from __future__ import annotations

import hashlib
import inspect

from . import analysis, costs, cues, fit, lenses, relation, verdict

RELEASE = "2026.11.25-1"


def _fingerprint() -> str:
    # The weight tables and cue patterns decide every score: any edit changes the version.
    source = "".join(
        inspect.getsource(m) for m in (analysis, costs, cues, fit, lenses, relation, verdict)
    )
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:8]


MODEL_VERSION = f"{RELEASE}+{_fingerprint()}"
