"""A bounded load test: gunicorn (scripts/serve) and a real Redis, 64 connections, a mix of
cached, uncached and batch requests, Redis stopped for 5 s and restarted in the middle."""

from __future__ import annotations

import json

from tests.load import run
from tests.redis_server import RedisServer
from tests.servers import Service, rss_kib

SECONDS = 30  # with start-up and warm-up, well under a minute
# Per worker. The process-wide caches of the core are bounded (lru_cache sizes); growth past
# this means something keeps what it should not (measured: see docs/operations.md).
RSS_GROWTH_LIMIT_MIB = 120


def test_under_load_with_redis_stopped_and_restarted_no_request_fails(tmp_path):
    redis = RedisServer().start()
    service = Service(REDIS_URL=redis.url, WORKERS="2", RATE_LIMIT="1000000/minute",
                      CACHE_RETRY_SECONDS="1").start()
    try:
        workers = service.workers()
        rss_before = {pid: rss_kib(pid) for pid in workers}
        figures = run(service.url, connections=64, seconds=SECONDS, events=[
            (10, redis.stop), (15, redis.start)])
        rss_after = {pid: rss_kib(pid) for pid in workers}
        summary = figures.summary()
        summary["rss_mib"] = {pid: [round(rss_before[pid] / 1024), round(rss_after[pid] / 1024)]
                              for pid in workers}
        print(json.dumps(summary, indent=1))
        (tmp_path / "load.json").write_text(json.dumps(summary))

        assert figures.requests > 0 and not figures.failures, summary
        assert figures.server_errors == 0, summary
        assert set(figures.statuses) == {200}, summary
        assert figures.cache["off"] > 0, "Redis was stopped: some answers were computed without"
        assert figures.cache["hit"] > figures.cache["off"], summary
        assert service.workers() == workers, "a worker died or was replaced under load"
        for pid in workers:
            assert (rss_after[pid] - rss_before[pid]) / 1024 < RSS_GROWTH_LIMIT_MIB, summary
    finally:
        service.close()
        redis.close()
