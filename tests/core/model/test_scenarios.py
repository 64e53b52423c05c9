"""Every scenario, dev and ours, through read_page → analyse → estimate."""

from __future__ import annotations

import pytest

from tests.scenario_checks import failures, load
from tests.shared import ROOT, SCENARIOS, required

from .scenario_runner import run

MORE = ROOT / "tests" / "scenarios" / "more.jsonl"
DEV = load(SCENARIOS) if SCENARIOS.exists() else []
OURS = load(MORE)


def test_the_dev_scenarios_are_here():
    assert load(required(SCENARIOS))


@pytest.mark.parametrize("case", DEV, ids=[c["id"] for c in DEV])
def test_dev_scenario(case):
    assert failures(case, run) == [], case["note"]


def test_our_scenarios_cover_fields_the_dev_set_does_not():
    assert len(OURS) >= 20
    assert sum(c["kind"] == "pair" for c in OURS) >= 5


@pytest.mark.parametrize("case", OURS, ids=[c["id"] for c in OURS])
def test_our_scenario(case):
    assert failures(case, run) == [], case["note"]


REQUESTS = [
    (f"{case['id']}{side}", request)
    for case in DEV + OURS
    for side, request in (
        (("a", case["a"]), ("b", case["b"])) if case["kind"] == "pair" else (("", case["request"]),)
    )
]


@pytest.mark.parametrize(("name", "request_"), REQUESTS, ids=[n for n, _ in REQUESTS])
def test_every_reason_and_cost_points_at_its_evidence(name, request_):
    result = run(request_)
    for lens in result["lenses"]:
        assert lens["score"] == 0 or lens["reasons"], (name, lens["id"])
        for reason in lens["reasons"]:
            assert reason["text"] and reason["evidence"], (name, lens["id"], reason)
    for cost in result["costs"]:
        assert cost["text"] and cost["evidence"], (name, cost)
    assert 2 <= len(result["plan"]) <= 5
