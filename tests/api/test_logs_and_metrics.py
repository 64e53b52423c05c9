"""JSON logs with a request id echoed as a header; Prometheus metrics at /metrics."""

from __future__ import annotations

import json
import logging
import re

import pytest
from prometheus_client.parser import text_string_to_metric_families

from api import create_app, logs
from tests.api.pages import ARTICLE, EVENT, JOB, PROFILE
from tests.redis_server import RedisServer, free_port

MARKER = "zx-log-marker-8830"


def test_each_answer_carries_a_new_request_id(client):
    first = client.get("/v1/health").headers["X-Request-ID"]
    second = client.post("/v1/estimates", json={"page": JOB}).headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", first) and first != second


def test_a_plain_request_id_from_a_proxy_is_kept_and_a_strange_one_replaced(client):
    given = client.get("/v1/health", headers={"X-Request-ID": "lb-1234.abc"})
    assert given.headers["X-Request-ID"] == "lb-1234.abc"
    for strange in ("x" * 200, "a b", "id\"}, {\"admin\": true"):
        answer = client.get("/v1/health", headers={"X-Request-ID": strange})
        assert answer.headers["X-Request-ID"] != strange


def test_an_error_answer_carries_the_request_id_too(client):
    response = client.post("/v1/estimates", json={"page": ARTICLE})
    assert response.status_code == 422 and response.headers["X-Request-ID"]


def json_lines(records) -> list[dict]:
    formatter = logs.json_handler().formatter
    return [json.loads(formatter.format(record)) for record in records]


def test_a_request_is_logged_as_one_json_line_without_body_profile_or_key(client, caplog):
    private = dict(PROFILE, skills=[MARKER], location=MARKER)
    with caplog.at_level(logging.INFO):
        response = client.post("/v1/estimates?token=" + MARKER,
                               json={"page": JOB, "profile": private},
                               headers={"X-API-Key": MARKER, "User-Agent": MARKER})
    lines = [line for line in json_lines(caplog.records) if line["message"] == "request"]
    assert len(lines) == 1
    line = lines[0]
    assert line["request_id"] == response.headers["X-Request-ID"]
    assert (line["method"], line["path"], line["status"]) == ("POST", "/v1/estimates", 200)
    assert line["endpoint"] == "estimates.estimate" and line["duration_ms"] > 0
    assert line["level"] == "INFO" and line["time"]
    assert MARKER not in json.dumps(line)


def test_a_warning_during_a_request_carries_its_request_id(caplog):
    client = create_app({"REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"}).test_client()
    with caplog.at_level(logging.INFO):
        response = client.post("/v1/estimates", json={"page": EVENT})
    warnings = [line for line in json_lines(caplog.records) if line["level"] == "WARNING"]
    assert warnings and all(line.get("request_id") == response.headers["X-Request-ID"]
                            for line in warnings)


def metric_values(client) -> dict[tuple[str, tuple], float]:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    values = {}
    for family in text_string_to_metric_families(response.get_data(as_text=True)):
        for sample in family.samples:
            values[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return values


def value(values, name, **labels) -> float:
    return values.get((name, tuple(sorted(labels.items()))), 0.0)


def test_metrics_count_requests_latencies_cache_results_and_batch_sizes(client):
    client.post("/v1/estimates", json={"page": JOB})
    client.post("/v1/estimates", json={"page": JOB})
    client.post("/v1/estimates/batch", json={"items": [{"page": JOB}, {"page": EVENT}, 5]})
    client.post("/v1/extract", data="x", content_type="text/plain")
    client.get("/no/such/path/12345")
    values = metric_values(client)
    assert value(values, "wal_requests_total", endpoint="/v1/estimates", method="POST",
                 status="200") == 2
    assert value(values, "wal_requests_total", endpoint="/v1/extract", method="POST",
                 status="415") == 1
    assert value(values, "wal_requests_total", endpoint="unmatched", method="GET",
                 status="404") == 1  # one label for every unknown path, not one each
    assert value(values, "wal_request_duration_seconds_count", endpoint="/v1/estimates") == 2
    assert value(values, "wal_cache_lookups_total", result="miss") == 2  # JOB, then EVENT
    assert value(values, "wal_cache_lookups_total", result="hit") == 2  # JOB twice more
    assert value(values, "wal_batch_items_count") == 1
    assert value(values, "wal_batch_items_sum") == 3


@pytest.fixture
def own_redis():
    server = RedisServer().start()
    yield server
    server.close()


def test_metrics_count_redis_errors_and_answers_computed_without_the_cache(own_redis):
    client = create_app({"REDIS_URL": own_redis.url, "CACHE_RETRY_SECONDS": 0}).test_client()
    client.post("/v1/estimates", json={"page": JOB})
    own_redis.stop()
    client.post("/v1/estimates", json={"page": JOB})
    client.post("/v1/estimates", json={"page": EVENT})
    values = metric_values(client)
    assert value(values, "wal_redis_errors_total") >= 2
    assert value(values, "wal_cache_lookups_total", result="off") == 2
