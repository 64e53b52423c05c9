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


# --- the real-page panel: real pages, people, and the verdicts a coach accepts ---

PANEL_VERDICTS = 0.90  # verdicts a coach accepts, including the `future` runs
PANEL_ABOVE = 0.80  # who-should-score-higher pairs


def next_year(opportunity: dict) -> dict:
    """The same opportunity held again: dates moved by whole years to start within the next year."""
    import datetime
    import re

    text = json.dumps(opportunity)
    years = [int(y) for y in re.findall(r'"((?:19|20)\d\d)-\d\d-\d\d', text)]
    if not years:
        return opportunity
    shift = max(1, datetime.date.today().year + 1 - min(years))
    return json.loads(
        re.sub(
            r'"((?:19|20)\d\d)-(\d\d-\d\d)',
            lambda m: f'"{int(m.group(1)) + shift}-{m.group(2)}',
            text,
        )
    )


class Tally:
    """Verdicts accepted, pairs in order, and the "skip for everyone" baseline, for one part."""

    def __init__(self) -> None:
        self.verdicts = self.accepted = self.baseline = self.pairs = self.ordered = 0
        self.misses: list[str] = []

    def verdict(self, case: str, who: str, run: str, got: str, score, allowed: list[str]) -> None:
        self.verdicts += 1
        self.accepted += got in allowed
        self.baseline += "skip" in allowed or "ended" in allowed
        if got not in allowed:
            self.misses.append(f"{case} {who} ({run}): {got} {score} not in {allowed}")

    def pair(self, case: str, a: str, b: str, scores: dict) -> None:
        self.pairs += 1
        ok = scores.get(a, -1) > scores.get(b, -1)
        self.ordered += ok
        if not ok:
            self.misses.append(f"{case}: {a} {scores.get(a)} not above {b} {scores.get(b)}")

    def line(self, name: str) -> str:
        v, p = max(self.verdicts, 1), max(self.pairs, 1)
        return (
            f"{name}: verdicts {self.accepted}/{self.verdicts} ({self.accepted / v:.2f}; skip for "
            f"everyone {self.baseline / v:.2f}), higher-scoring pairs {self.ordered}/{self.pairs} "
            f"({self.ordered / p:.2f})"
        )


def run_panel(cases: list[dict], page_of, extract, estimate) -> tuple[dict, list[str]]:
    """Run every case: today on the page, and next year on the extracted opportunity.

    ``page_of(case)`` is the page to send, ``extract(page)`` the opportunities read from it and
    ``estimate(body)`` one estimate (``None`` when the request failed). Returns the tallies by
    holdout part, and the cases whose T1 got anything but worth a look where that is the only
    verdict accepted.
    """
    from api.core.holdout import part

    tallies: dict[str, Tally] = {"tune": Tally(), "check": Tally()}
    t1_misses = []
    for case in cases:
        tally = tallies[part(case["file"])]
        page = page_of(case)
        found = extract(page)
        scores: dict[str, dict] = {"today": {}, "future": {}}
        for run, sets in (("today", case["verdicts"]), ("future", case.get("future") or {})):
            for who, allowed in sets.items():
                profile = case["profiles"][who]
                if run == "today":
                    result = estimate({"page": page, "profile": profile})
                elif found:
                    result = estimate({"opportunity": next_year(found[0]), "profile": profile})
                else:
                    result = None
                got = result["verdict"] if result else "no answer"
                score = result["score"] if result else -1
                scores[run][who] = score
                tally.verdict(case["id"], who, run, got, score, allowed)
                if who == "T1" and allowed == ["worth_a_look"] and got != "worth_a_look":
                    t1_misses.append(f"{case['id']} T1 ({run}): {got} {score}")
        ranked = scores["future"] if case.get("future") else scores["today"]
        for a, b in case.get("above", []):
            tally.pair(case["id"], a, b, ranked)
    return tallies, t1_misses
