"""Many replicas, one cache: three gunicorns (scripts/serve) behind nginx running
deploy/nginx.conf, sharing one real Redis, on loopback, as docker-compose.scale.yml runs them."""

from __future__ import annotations

import json
import urllib.request

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.api.pages import JOB
from tests.redis_server import RedisServer
from tests.servers import LoadBalancer, Service, get, wait_until_up

LIMIT = 20


def post(url: str, body: dict, **headers: str) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def metric_sum(replica: Service, name: str, **labels: str) -> float:
    _, body = get(f"{replica.url}/metrics")
    return sum(sample.value for family in text_string_to_metric_families(body.decode())
               for sample in family.samples
               if sample.name == name and labels.items() <= sample.labels.items())


def misses(replica: Service) -> float:
    return metric_sum(replica, "wal_cache_lookups_total", result="miss")


def estimates_answered(replica: Service) -> float:
    return metric_sum(replica, "wal_requests_total", endpoint="/v1/estimates")


@pytest.fixture(scope="module")
def topology():
    redis = RedisServer().start()
    replicas = [Service(REDIS_URL=redis.url, WORKERS="1", TRUSTED_PROXIES="1",
                        RATE_LIMIT=f"{LIMIT}/minute") for _ in range(3)]
    for replica in replicas:
        replica.start(wait=False)  # the three warm up side by side
    for replica in replicas:
        wait_until_up(f"{replica.url}/v1/health", process=replica.process)
    balancer = LoadBalancer([replica.port for replica in replicas]).start()
    yield balancer, replicas
    balancer.close()
    for replica in replicas:
        replica.close()
    redis.close()


def test_three_replicas_share_one_cache_and_one_limit_behind_nginx(topology):
    balancer, replicas = topology
    page = dict(JOB, url="https://careers.example.com/jobs/scale-1")
    answers = [post(f"{balancer.url}/v1/estimates", {"page": page}) for _ in range(6)]
    assert [status for status, _ in answers] == [200] * 6
    assert [body["cache"] for _, body in answers] == ["miss"] + ["hit"] * 5
    # Every replica answered some, yet only one computed: the others read its analysis.
    assert all(estimates_answered(replica) >= 1 for replica in replicas)
    assert sum(misses(replica) for replica in replicas) == 1

    # Metrics are scraped from each replica, not offered through the balancer.
    assert get(f"{balancer.url}/metrics")[0] == 404
    assert get(f"{replicas[0].url}/metrics")[0] == 200

    # One replica goes away: nginx sends the requests to the other two.
    replicas[2].stop()
    codes = [post(f"{balancer.url}/v1/estimates", {"page": page})[0] for _ in range(6)]
    assert codes == [200] * 6

    # The limit is counted once for all replicas, by the address nginx saw: a client that
    # forges X-Forwarded-For is still the same client.
    codes = [post(f"{balancer.url}/v1/extract", {"page": page},
                  **{"X-Forwarded-For": f"198.51.100.{n}"})[0] for n in range(12)]
    assert codes == [200] * (LIMIT - 12) + [429] * 4
