"""The profile never leaves the request; browsers may call only from allowed origins."""

from __future__ import annotations

import json
import logging

from api import create_app
from api.cache import decode
from tests.api.pages import EVENT, JOB, PROFILE

MARKER = "zx-private-marker-5521"


def test_the_profile_is_never_written_to_redis_or_to_the_logs(client, redis_client, caplog):
    private = dict(PROFILE, location=f"{MARKER} Street", skills=["python", MARKER],
                   avoid=[MARKER])
    with caplog.at_level(logging.DEBUG):
        client.post("/v1/estimates", json={"page": JOB, "profile": private})
        client.post("/v1/estimates/batch",
                    json={"items": [{"page": EVENT}], "profile": private})
    for key in redis_client.scan_iter(count=1000):
        assert MARKER.encode() not in key
        value = redis_client.get(key)
        assert value is None or MARKER.encode() not in value
        # entries are compressed: look inside them too
        entry = decode(value) if value is not None else None
        assert entry is None or MARKER not in json.dumps(entry)
    assert MARKER not in caplog.text


def test_an_allowed_origin_gets_cors_headers_and_another_does_not(redis_url):
    client = create_app({"REDIS_URL": redis_url,
                         "CORS_ORIGINS": "chrome-extension://abcdef"}).test_client()
    allowed = client.get("/v1/health", headers={"Origin": "chrome-extension://abcdef"})
    assert allowed.headers.get("Access-Control-Allow-Origin") == "chrome-extension://abcdef"
    other = client.get("/v1/health", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in other.headers


def test_extension_origins_are_allowed_by_default(client):
    response = client.get("/v1/health", headers={"Origin": "moz-extension://1234-abcd"})
    assert response.headers.get("Access-Control-Allow-Origin") == "moz-extension://1234-abcd"
