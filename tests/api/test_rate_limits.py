"""Rate limits per client, shared through Redis; 429 with Retry-After; health exempt."""

from __future__ import annotations

import pytest

from api import create_app
from tests.api.pages import JOB
from tests.redis_server import RedisServer


def limited(redis_url, prefix, limit="3/minute", **settings):
    return create_app({"REDIS_URL": redis_url, "CACHE_PREFIX": prefix, "RATE_LIMIT": limit,
                       **settings}).test_client()


def extract(client, **headers):
    return client.post("/v1/extract", json={"page": JOB}, headers=headers)


def test_past_the_limit_a_client_gets_429_with_retry_after(redis_url, cache_prefix):
    client = limited(redis_url, cache_prefix)
    assert [extract(client).status_code for _ in range(3)] == [200, 200, 200]
    refused = extract(client)
    assert refused.status_code == 429
    assert refused.json["error"]["status"] == 429
    assert "3 per 1 minute" in refused.json["error"]["message"]
    assert 1 <= int(refused.headers["Retry-After"]) <= 60


def test_no_limit_is_set_by_default(client):
    assert {extract(client).status_code for _ in range(30)} == {200}


def test_health_and_metrics_are_never_limited(redis_url, cache_prefix):
    client = limited(redis_url, cache_prefix, "2/minute")
    assert {client.get("/v1/health").status_code for _ in range(10)} == {200}
    assert {client.get("/metrics").status_code for _ in range(10)} == {200}
    assert extract(client).status_code == 200


def test_the_count_is_shared_by_every_instance_through_redis(redis_url, cache_prefix):
    one, two = limited(redis_url, cache_prefix), limited(redis_url, cache_prefix)
    assert [extract(c).status_code for c in (one, two, one)] == [200, 200, 200]
    assert extract(two).status_code == 429


def test_clients_are_counted_apart_by_key_or_by_the_address_the_proxy_saw(redis_url,
                                                                           cache_prefix):
    client = limited(redis_url, cache_prefix, "2/minute", TRUSTED_PROXIES=1,
                     API_KEYS="key-one-abcdef,key-two-abcdef")
    for key in ("key-one-abcdef", "key-two-abcdef"):
        assert [extract(client, **{"X-API-Key": key}).status_code
                for _ in range(3)] == [200, 200, 429]


def test_without_a_trusted_proxy_a_forwarded_header_does_not_make_a_new_client(redis_url,
                                                                                cache_prefix):
    client = limited(redis_url, cache_prefix, "2/minute")
    codes = [extract(client, **{"X-Forwarded-For": f"10.0.0.{n}"}).status_code for n in range(3)]
    assert codes == [200, 200, 429]


def test_behind_a_trusted_proxy_each_forwarded_address_is_its_own_client(redis_url,
                                                                          cache_prefix):
    client = limited(redis_url, cache_prefix, "2/minute", TRUSTED_PROXIES=1)
    for address in ("192.0.2.1", "192.0.2.2"):
        codes = [extract(client, **{"X-Forwarded-For": address}).status_code for _ in range(3)]
        assert codes == [200, 200, 429]


@pytest.fixture
def own_redis():
    server = RedisServer().start()
    yield server
    server.close()


def test_a_redis_failure_never_fails_a_request_and_limits_still_hold(own_redis, cache_prefix):
    client = limited(own_redis.url, cache_prefix, "5/minute")
    assert extract(client).status_code == 200
    own_redis.stop()
    codes = [extract(client).status_code for _ in range(6)]
    # Counted in the process while Redis is away: still a limit, never a 5xx.
    assert codes[:4] == [200] * 4 and codes[-1] == 429
    assert client.get("/v1/health").json["status"] == "degraded"


def test_a_malformed_limit_stops_the_service_at_start(redis_url):
    with pytest.raises(ValueError):
        create_app({"REDIS_URL": redis_url, "RATE_LIMIT": "lots per minute"})
