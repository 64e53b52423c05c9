"""GET /v1/health, and the service's behaviour when Redis fails and comes back."""

from __future__ import annotations

import pytest

from api import create_app
from api.core.model import MODEL_VERSION
from tests.api.pages import JOB
from tests.redis_server import RedisServer


def test_health_is_ok_with_redis(client):
    body = client.get("/v1/health").json
    assert body == {"status": "ok", "cache": {"backend": "redis", "ok": True},
                    "model_version": MODEL_VERSION}


def test_without_redis_url_an_in_process_cache_serves(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    client = create_app().test_client()
    assert client.get("/v1/health").json["cache"] == {"backend": "memory", "ok": True}
    first = client.post("/v1/estimates", json={"page": JOB}).json["cache"]
    second = client.post("/v1/estimates", json={"page": JOB}).json["cache"]
    assert (first, second) == ("miss", "hit")


@pytest.fixture
def own_redis():
    server = RedisServer().start()
    yield server
    server.close()


def test_estimates_survive_redis_going_down_and_recover_when_it_returns(own_redis):
    client = create_app({"REDIS_URL": own_redis.url, "CACHE_RETRY_SECONDS": 0}).test_client()
    assert client.post("/v1/estimates", json={"page": JOB}).json["cache"] == "miss"

    own_redis.stop()
    down = client.post("/v1/estimates", json={"page": JOB})
    assert down.status_code == 200 and down.json["cache"] == "off"
    assert client.get("/v1/health").json["status"] == "degraded"
    assert client.get("/v1/health").json["cache"] == {"backend": "redis", "ok": False}

    own_redis.start()  # Redis is back on the same port, empty
    assert client.get("/v1/health").json["status"] == "ok"
    assert client.post("/v1/estimates", json={"page": JOB}).json["cache"] == "miss"
    assert client.post("/v1/estimates", json={"page": JOB}).json["cache"] == "hit"


def test_an_unreachable_redis_does_not_hang_a_request():
    # Nothing listens on this port: the request answers, uncached.
    from tests.redis_server import free_port

    client = create_app({"REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"}).test_client()
    response = client.post("/v1/estimates", json={"page": JOB})
    assert response.status_code == 200 and response.json["cache"] == "off"
    assert client.get("/v1/health").json["status"] == "degraded"
