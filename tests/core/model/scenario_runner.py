"""Run scenario cases (page → read_page → analyse → estimate) and check their expectations."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from api.core.extraction import read_page
from api.core.model import analyse, estimate

ROOT = Path(__file__).resolve().parents[3]
TODAY = date(2026, 11, 25)


def dev_path() -> Path:
    """Where the shared dev scenarios live (env WAL_SCENARIOS overrides)."""
    return Path(os.environ.get("WAL_SCENARIOS") or ROOT.parent / "shared/scenarios/dev.jsonl")


def load(path: Path) -> list[dict]:
    """Read one case a line."""
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def run(request: dict, today: date = TODAY) -> dict:
    """Return the estimate for a request {page, profile} of the first opportunity on the page."""
    found = read_page(request["page"])
    assert found["opportunities"], f"no opportunity read from {request['page'].get('url')}"
    opportunity = found["opportunities"][0]
    return estimate(opportunity, analyse(opportunity), request.get("profile"), today)


def _on(result: dict, what: str) -> float:
    if what in ("score", "fit"):
        return result[what]
    return next(lens["score"] for lens in result["lenses"] if lens["id"] == what)


def failures(case: dict, today: date = TODAY) -> list[str]:
    """Return what a case expects and the model does not do (empty when it passes)."""
    expect = case["expect"]
    out = []
    if case["kind"] == "pair":
        a, b = run(case["a"], today), run(case["b"], today)
        va, vb = _on(a, expect["on"]), _on(b, expect["on"])
        if expect.get("higher", "a") == "b":
            va, vb = vb, va
        if not va > vb:
            out.append(f"{expect['on']}: expected {va} > {vb}")
        return out
    result = run(case["request"], today)
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
