"""Every dev scenario, through the HTTP API, as a career coach would answer it."""

from __future__ import annotations

import pytest

from tests.scenario_checks import failures, load


def over_http(client):
    def estimate(request):
        response = client.post("/v1/estimates", json=request)
        assert response.status_code == 200, response.json
        return response.json

    return estimate


def test_every_dev_scenario_passes_through_the_api(client, scenarios_file):
    estimate = over_http(client)
    failed = [f"{case['id']}: {problem}" for case in load(scenarios_file)
              for problem in failures(case, estimate)]
    assert not failed, "\n".join(failed)


@pytest.mark.parametrize("field", ["score", "verdict", "lenses", "plan"])
def test_the_same_request_gives_the_same_answer(client, scenarios_file, field):
    estimate = over_http(client)
    request = next(case["request"] for case in load(scenarios_file) if case["kind"] == "absolute")
    assert estimate(request)[field] == estimate(request)[field]
