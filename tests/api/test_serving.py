"""The service as scripts/serve runs it: gunicorn with gunicorn.conf.py, like the container."""

from __future__ import annotations

import json
import re
import threading
import time
import urllib.request

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.api.pages import JOB, PROFILE
from tests.servers import Service, get

MARKER = "zx-serve-marker-4417"


def post(url: str, body: dict, timeout: float = 30) -> tuple[int, dict, dict]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status, dict(response.headers), json.loads(response.read())


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    # A home that cannot be made (even by root) and no XDG_RUNTIME_DIR, as for the
    # container's user nobody: gunicorn must not try to put a control socket there.
    served = Service(HOME="/proc/wal-no-home", XDG_RUNTIME_DIR="").start()
    yield served
    served.close()


def test_logs_are_json_lines_with_request_ids_and_no_profile(service):
    status, headers, _ = post(f"{service.url}/v1/estimates",
                              {"page": JOB, "profile": dict(PROFILE, skills=[MARKER])})
    assert status == 200
    time.sleep(0.2)
    lines = [json.loads(line) for line in service.log_lines() if line.startswith("{")]
    other = [line for line in service.log_lines() if not line.startswith("{")
             and not line.startswith("Worth a Look API on")]
    assert not other, other  # gunicorn's own lines are JSON too
    requests = [line for line in lines if line.get("message") == "request"]
    assert any(line["request_id"] == headers["X-Request-ID"] for line in requests)
    assert MARKER not in service.log_path.read_text()


def test_gunicorn_starts_without_a_control_socket_error_as_a_user_without_a_home(service):
    errors = [json.loads(line) for line in service.log_lines() if line.startswith("{")]
    errors = [line["message"] for line in errors if line["level"] in ("ERROR", "CRITICAL")]
    assert not errors, errors  # e.g. "Control server error: [Errno 13] Permission denied"


def test_the_app_is_loaded_and_warmed_in_the_master_before_workers_fork(service):
    lines = [json.loads(line) for line in service.log_lines() if line.startswith("{")]
    messages = [line["message"] for line in lines]
    warmed = next(i for i, m in enumerate(messages) if m.startswith("warmed up"))
    first_worker = next(i for i, m in enumerate(messages) if m.startswith("Booting worker"))
    assert warmed < first_worker
    # The first estimate a worker answers costs a small part of the warm-up, not the loading
    # itself (cold, it took about a third of it: 0.54 s against 1.6-2.2 s, measured).
    warm_up_seconds = float(re.search(r"in ([0-9.]+) s", messages[warmed]).group(1))
    status, _, _ = post(f"{service.url}/v1/estimates",
                        {"page": dict(JOB, url="https://x.example/first"), "profile": PROFILE})
    assert status == 200
    time.sleep(0.2)
    estimates = [json.loads(line) for line in service.log_lines() if line.startswith("{")]
    estimates = [line for line in estimates if line.get("path") == "/v1/estimates"]
    assert estimates[0]["duration_ms"] / 1000 < warm_up_seconds / 10, (estimates[0],
                                                                       warm_up_seconds)


def test_metrics_add_up_every_worker(service):
    before = requests_counted(service)
    for _ in range(20):  # two workers: both take some of these
        assert get(f"{service.url}/v1/health")[0] == 200
    assert requests_counted(service) - before == 20
    assert len(service.workers()) == 2


def requests_counted(service) -> float:
    _, body = get(f"{service.url}/metrics")
    total = 0.0
    for family in text_string_to_metric_families(body.decode()):
        for sample in family.samples:
            if sample.name == "wal_requests_total" and sample.labels["endpoint"] == "/v1/health":
                total += sample.value
    return total


def test_sigterm_lets_requests_in_flight_finish():
    served = Service(WORKERS="1").start()
    try:
        big = {"items": [{"page": dict(JOB, url=f"https://x.example/{n}", jsonld=[dict(
            JOB["jsonld"][0], title=f"Engineer {n}")])} for n in range(40)]}
        answer: dict = {}

        def call():
            answer["status"] = post(f"{served.url}/v1/estimates/batch", big)[0]

        caller = threading.Thread(target=call)
        caller.start()
        time.sleep(0.3)  # the batch is being computed
        code = served.stop()
        caller.join(30)
        assert answer.get("status") == 200
        assert code == 0
    finally:
        served.close()
