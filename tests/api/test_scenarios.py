"""Every dev scenario, through the HTTP API, as a career coach would answer it."""

from __future__ import annotations

import json

import pytest


def load(path):
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def estimate(client, request):
    response = client.post("/v1/estimates", json=request)
    assert response.status_code == 200, response.json
    return response.json


def measure(result, on):
    if on in ("score", "fit"):
        return result[on]
    return next(lens["score"] for lens in result["lenses"] if lens["id"] == on)


def test_every_dev_scenario_passes_through_the_api(client, scenarios_file):
    failures = []
    for case in load(scenarios_file):
        expect = case["expect"]
        if case["kind"] == "pair":
            a, b = estimate(client, case["a"]), estimate(client, case["b"])
            if not measure(a, expect["on"]) > measure(b, expect["on"]):
                failures.append(f"{case['id']}: a={measure(a, expect['on'])} "
                                f"b={measure(b, expect['on'])} on {expect['on']}")
            continue
        result = estimate(client, case["request"])
        lenses = {lens["id"]: lens for lens in result["lenses"]}
        if "verdict_in" in expect and result["verdict"] not in expect["verdict_in"]:
            failures.append(f"{case['id']}: verdict {result['verdict']} ({result['score']})")
        if "top_lenses_any" in expect and result["lenses"][0]["id"] not in expect["top_lenses_any"]:
            failures.append(f"{case['id']}: top lens {result['lenses'][0]['id']}")
        for lens_id in expect.get("lenses_present", []):
            if not (lenses[lens_id]["score"] > 0 and lenses[lens_id]["reasons"]):
                failures.append(f"{case['id']}: {lens_id} absent")
        if "fit_min" in expect and result["fit"] < expect["fit_min"]:
            failures.append(f"{case['id']}: fit {result['fit']}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("field", ["score", "verdict", "lenses", "plan"])
def test_the_same_request_gives_the_same_answer(client, scenarios_file, field):
    request = next(case["request"] for case in load(scenarios_file) if case["kind"] == "absolute")
    assert estimate(client, request)[field] == estimate(client, request)[field]
