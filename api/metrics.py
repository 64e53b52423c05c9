"""Prometheus metrics at /metrics: requests, latencies, cache results, Redis errors, batches.

Under gunicorn each worker is a process: gunicorn.conf.py sets PROMETHEUS_MULTIPROC_DIR,
prometheus_client then keeps each worker's values in files there, and /metrics adds up
every worker's (multiprocess mode). Without it, the values live in the process.
"""

from __future__ import annotations

import os
import time

from flask import Flask, Response, g, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)

# Seconds: a cache hit answers in a few ms, an analysis in tens, a big batch in seconds.
LATENCY_BUCKETS = (0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
# Items per batch, up to the default BATCH_MAX_ITEMS and past it.
BATCH_BUCKETS = (1, 2, 5, 10, 20, 50, 100)


class Metrics:
    """The service's metrics, in a registry of the app's own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "wal_requests", "Requests answered, by endpoint, method and status",
            ["endpoint", "method", "status"], registry=self.registry)
        self.latency = Histogram(
            "wal_request_duration_seconds", "Time to answer a request, by endpoint",
            ["endpoint"], buckets=LATENCY_BUCKETS, registry=self.registry)
        self.analyses = Counter(
            "wal_cache_lookups", "Analyses looked up in the cache: hit, miss, or off (Redis down)",
            ["result"], registry=self.registry)
        self.redis_errors = Counter(
            "wal_redis_errors", "Redis calls that failed (the answer was computed without it)",
            registry=self.registry)
        self.batch_items = Histogram(
            "wal_batch_items", "Items in a batch request", buckets=BATCH_BUCKETS,
            registry=self.registry)

    def count_estimates(self, results: list[dict]) -> None:
        """Count each estimate's cache result (an item that failed looked nothing up)."""
        counts: dict[str, int] = {}
        for result in results:
            if "cache" in result:
                counts[result["cache"]] = counts.get(result["cache"], 0) + 1
        for status, count in counts.items():  # once a status, not once an item of a batch
            self.analyses.labels(status).inc(count)

    def exposition(self) -> bytes:
        directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
        if not directory:
            return generate_latest(self.registry)
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry, path=directory)
        return generate_latest(registry)


def init_app(app: Flask) -> Metrics:
    metrics = Metrics()
    app.extensions["wal_metrics"] = metrics

    @app.before_request
    def start():
        g.wal_metrics_started = time.perf_counter()

    @app.after_request
    def record(response):
        # The route's rule, not the path: unknown paths would make a label each.
        endpoint = request.url_rule.rule if request.url_rule is not None else "unmatched"
        metrics.requests.labels(endpoint, request.method, str(response.status_code)).inc()
        started = g.get("wal_metrics_started")
        if started is not None:
            metrics.latency.labels(endpoint).observe(time.perf_counter() - started)
        return response

    @app.get("/metrics", endpoint="metrics")
    def exposition():
        return Response(metrics.exposition(), mimetype=CONTENT_TYPE_LATEST)

    return metrics
