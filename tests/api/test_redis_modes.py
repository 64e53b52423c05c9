"""REDIS_MODE: one Redis, a Redis Cluster, or a master found through Sentinel.

The cluster and the sentinel are real redis-server processes on loopback; the apps are
two instances, as two replicas behind a load balancer would be.
"""

from __future__ import annotations

import time

import pytest

from api import create_app
from api.cache import cache_key, sentinel_address
from api.estimating import CACHE_VERSION, item_hash
from tests.redis_server import RedisCluster, RedisSentinel

ROLES = ["Data Engineer", "Line Cook", "Staff Nurse", "Welder", "Tax Accountant", "Tutor",
         "Product Designer", "Electrician", "Barista", "Paralegal", "Pilot", "Geologist"]


def opportunity(title: str) -> dict:
    return {"kind": "job", "title": title, "organization": "Calder Logistics",
            "description": f"{title} wanted. We are hiring for 12 open positions."}


def estimate(client, title: str) -> tuple[int, str | None]:
    response = client.post("/v1/estimates", json={"opportunity": opportunity(title)})
    return response.status_code, (response.json or {}).get("cache")


@pytest.fixture
def cluster():
    nodes = RedisCluster(3).start()
    yield nodes
    nodes.close()


def test_a_cluster_serves_hits_across_instances_and_survives_losing_a_node(cluster,
                                                                           cache_prefix):
    settings = {"REDIS_MODE": "cluster", "REDIS_URL": cluster.servers[0].url,
                "CACHE_PREFIX": cache_prefix, "CACHE_RETRY_SECONDS": 0,
                "RATE_LIMIT": "1000/minute"}
    one, two = create_app(settings).test_client(), create_app(settings).test_client()
    assert [estimate(one, title) for title in ROLES] == [(200, "miss")] * len(ROLES)
    assert [estimate(two, title) for title in ROLES] == [(200, "hit")] * len(ROLES)

    # The keys spread over the nodes, and a batch reads across slots in one request.
    key = {title: cache_key(cache_prefix, CACHE_VERSION, item_hash(
        {"opportunity": opportunity(title)})) for title in ROLES}
    holders = {title: cluster.node_of(key[title]) for title in ROLES}
    assert len({server.port for server in holders.values()}) >= 2
    batch = two.post("/v1/estimates/batch",
                     json={"items": [{"opportunity": opportunity(t)} for t in ROLES]})
    assert [result["cache"] for result in batch.json["results"]] == ["hit"] * len(ROLES)

    # A node that holds some of the keys, not the one REDIS_URL names: the clients know the
    # others already.
    lost = next(server for server in holders.values() if server is not cluster.servers[0])
    on_lost = [title for title in ROLES if holders[title] is lost]
    lost.stop()
    for client in (one, two, one):
        answers = {title: estimate(client, title) for title in ROLES}
        assert {status for status, _ in answers.values()} == {200}  # never a failed request
        for title, (_, cache) in answers.items():
            assert cache == ("off" if holders[title] is lost else "hit"), title
    assert two.post("/v1/estimates/batch", json={"items": [
        {"opportunity": opportunity(t)} for t in ROLES]}).status_code == 200

    lost.start()  # back, empty, with its slots: its keys are computed once more, then hit
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and "off" in (estimate(one, on_lost[0])[1],
                                                    estimate(two, on_lost[0])[1]):
        time.sleep(0.2)
    first = [estimate(one, title) for title in ROLES]
    assert {status for status, _ in first} == {200}
    assert [estimate(two, title) for title in ROLES] == [(200, "hit")] * len(ROLES)


def test_a_rate_limit_is_counted_once_across_a_cluster(cluster, cache_prefix):
    settings = {"REDIS_MODE": "cluster", "REDIS_URL": cluster.servers[2].url,
                "CACHE_PREFIX": cache_prefix, "RATE_LIMIT": "3/minute"}
    one, two = create_app(settings).test_client(), create_app(settings).test_client()
    codes = [estimate(client, "Welder")[0] for client in (one, two, one, two)]
    assert codes == [200, 200, 200, 429]


@pytest.fixture
def sentinel():
    watched = RedisSentinel().start()
    yield watched
    watched.close()


def test_through_sentinel_the_cache_follows_the_master_after_a_failover(sentinel,
                                                                        cache_prefix):
    client = create_app({"REDIS_MODE": "sentinel", "REDIS_URL": sentinel.url,
                         "REDIS_SENTINEL_MASTER": sentinel.MASTER, "CACHE_PREFIX": cache_prefix,
                         "CACHE_RETRY_SECONDS": 0}).test_client()
    assert estimate(client, "Welder") == (200, "miss")
    assert estimate(client, "Welder") == (200, "hit")
    old_master = sentinel.master_port()

    sentinel.master.stop()
    deadline, seen = time.monotonic() + 30, set()
    while time.monotonic() < deadline and sentinel.master_port() == old_master:
        seen.add(estimate(client, "Pilot")[0])
        time.sleep(0.2)
    assert sentinel.master_port() == sentinel.replica.port, "the sentinel did not fail over"
    assert seen <= {200}  # answered all along, the cache off while there was no master
    # The promoted replica had the analysis: a hit, with no recomputing.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and estimate(client, "Welder")[1] != "hit":
        time.sleep(0.2)
    assert estimate(client, "Welder") == (200, "hit")


@pytest.mark.parametrize("url, sentinels, options", [
    ("redis://10.0.0.1:26379,10.0.0.2:26380/2", [("10.0.0.1", 26379), ("10.0.0.2", 26380)],
     {"db": 2}),
    ("redis://:s3cret@sentinel-a,sentinel-b:5000", [("sentinel-a", 26379), ("sentinel-b", 5000)],
     {"db": 0, "password": "s3cret"}),
])
def test_the_sentinels_are_read_from_redis_url(url, sentinels, options):
    assert sentinel_address(url) == (sentinels, options)


def test_an_unknown_mode_stops_the_service_at_start(redis_url):
    with pytest.raises(ValueError, match="single, cluster, sentinel"):
        create_app({"REDIS_URL": redis_url, "REDIS_MODE": "shard"})


def test_boards_are_read_from_a_cluster_across_slots(cluster, cache_prefix):
    from api.boards.refs import BoardRef
    from api.boards.store import RedisBoardStore
    from api.cache import redis_client

    client = redis_client({"REDIS_URL": cluster.servers[0].url, "REDIS_MODE": "cluster",
                           "REDIS_TIMEOUT_SECONDS": 0.5})
    store = RedisBoardStore(client, cache_prefix)
    refs = [BoardRef("greenhouse", f"employer{n}") for n in range(8)]
    try:
        assert store.get_many(refs) == [None] * len(refs)  # a cross-slot read, not an error
    finally:
        client.close()
