"""What a scenario case expects, checked against any way of estimating (core or HTTP)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path


def load(path: Path) -> list[dict]:
    """Read one case a line."""
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def measure(result: dict, what: str) -> float:
    """The score, the fit, or one lens's score of an estimate."""
    if what in ("score", "fit"):
        return result[what]
    return next(lens["score"] for lens in result["lenses"] if lens["id"] == what)


def failures(case: dict, estimate: Callable[[dict], dict]) -> list[str]:
    """Return what a case expects and ``estimate`` does not do (empty when it passes)."""
    expect = case["expect"]
    out = []
    if case["kind"] == "pair":
        a, b = estimate(case["a"]), estimate(case["b"])
        va, vb = measure(a, expect["on"]), measure(b, expect["on"])
        if expect.get("higher", "a") == "b":
            va, vb = vb, va
        if not va > vb:
            out.append(f"{expect['on']}: expected {va} > {vb}")
        return out
    result = estimate(case["request"])
    if "verdict_in" in expect and result["verdict"] not in expect["verdict_in"]:
        out.append(
            f"verdict {result['verdict']} (score {result['score']}) not in {expect['verdict_in']}"
        )
    top = result["lenses"][0]["id"]
    if "top_lenses_any" in expect and top not in expect["top_lenses_any"]:
        out.append(f"top lens {top} not in {expect['top_lenses_any']}")
    for lens_id in expect.get("lenses_present", []):
        lens = next(x for x in result["lenses"] if x["id"] == lens_id)
        if not (lens["score"] > 0 and lens["reasons"]):
            out.append(f"lens {lens_id} absent")
    if "fit_min" in expect and result["fit"] < expect["fit_min"]:
        out.append(f"fit {result['fit']} < {expect['fit_min']}")
    return out
