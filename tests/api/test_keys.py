"""Optional API keys: X-API-Key, compared in constant time, never logged or stored."""

from __future__ import annotations

import hmac
import json
import logging

import pytest

from api import create_app
from tests.api.pages import JOB

KEYS = ("k3y-alpha-7d1f0c9e8b", "k3y-beta-55aa21c4e0")


@pytest.fixture
def keyed(redis_url, cache_prefix):
    return create_app({"REDIS_URL": redis_url, "CACHE_PREFIX": cache_prefix,
                       "API_KEYS": ",".join(KEYS), "RATE_LIMIT": "100/minute"}).test_client()


def test_the_api_is_open_when_no_keys_are_set(client):
    assert client.post("/v1/estimates", json={"page": JOB}).status_code == 200


def test_without_a_key_a_keyed_api_answers_401_saying_which_header(keyed):
    response = keyed.post("/v1/estimates", json={"page": JOB})
    assert response.status_code == 401
    assert response.json["error"]["status"] == 401
    assert "X-API-Key" in response.json["error"]["message"]


@pytest.mark.parametrize("wrong", ["nope", KEYS[0][:-1], KEYS[0] + "x", KEYS[0].upper(),
                                   f"{KEYS[0]},{KEYS[1]}", " " + KEYS[0]])
def test_a_wrong_key_is_a_401(keyed, wrong):
    response = keyed.post("/v1/estimates", json={"page": JOB}, headers={"X-API-Key": wrong})
    assert response.status_code == 401
    assert "not one this API knows" in response.json["error"]["message"]


@pytest.mark.parametrize("key", KEYS)
def test_every_configured_key_opens_every_endpoint(keyed, key):
    headers = {"X-API-Key": key}
    assert keyed.post("/v1/estimates", json={"page": JOB}, headers=headers).status_code == 200
    assert keyed.post("/v1/extract", json={"page": JOB}, headers=headers).status_code == 200
    assert keyed.post("/v1/estimates/batch", json={"items": [{"page": JOB}]},
                      headers=headers).status_code == 200


def test_health_metrics_docs_and_preflights_need_no_key(keyed):
    assert keyed.get("/v1/health").status_code == 200
    assert keyed.get("/metrics").status_code == 200
    assert keyed.get("/openapi.json").status_code == 200
    assert keyed.get("/docs").status_code in (200, 308)
    preflight = keyed.options("/v1/estimates", headers={"Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 200


def test_every_key_is_compared_in_constant_time_with_no_early_exit(keyed, monkeypatch):
    calls = []
    real = hmac.compare_digest

    def counting(a, b):
        calls.append((len(a), len(b)))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", counting)
    for sent in (KEYS[0], KEYS[1], "short", "a much longer wrong key " * 10):
        calls.clear()
        keyed.post("/v1/extract", json={"page": JOB}, headers={"X-API-Key": sent})
        assert len(calls) == len(KEYS)  # the first key matching does not stop the loop
        assert all(a == b == 32 for a, b in calls)  # digests: equal lengths whatever was sent


def test_a_key_is_never_logged_nor_stored_in_redis(keyed, redis_client, caplog):
    with caplog.at_level(logging.DEBUG):
        keyed.post("/v1/estimates", json={"page": JOB}, headers={"X-API-Key": KEYS[0]})
        keyed.post("/v1/estimates", json={"page": JOB}, headers={"X-API-Key": KEYS[1] + "!"})
    for record in caplog.records:
        line = json.dumps(record.__dict__, default=str)
        assert KEYS[0] not in line and KEYS[1] not in line
    for key in redis_client.scan_iter(count=1000):  # the rate limiter's counters included
        assert KEYS[0].encode() not in key and KEYS[1].encode() not in key
