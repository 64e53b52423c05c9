"""Load what the first request would otherwise load, before the first request comes."""

from __future__ import annotations

import time

from api import estimating


def warm_up() -> str:
    """Read and estimate the sample pages once (api.estimating.warm_up); return what it took,
    for the log."""
    started = time.perf_counter()
    estimating.warm_up()
    return f"a sample estimate in {time.perf_counter() - started:.2f} s"
