"""The profile never leaves the request; browsers may call only from the configured extensions."""

from __future__ import annotations

import base64
import hashlib
import json
import logging

import pytest

from api import config, create_app
from api.cache import decode
from api.estimating import item_hash, item_text
from tests.api.pages import EVENT, JOB, PROFILE
from tests.shared import ROOT

MARKER = "zx-private-marker-5521"
OURS = "a" * 32  # Chrome IDs are 32 letters a-p
OTHER = "b" * 32
FIREFOX_INSTALL = "0f3e0c2a-1b2c-4d5e-8f90-123456789abc"


def test_the_profile_is_never_written_to_redis_or_to_the_logs(client, redis_client, caplog,
                                                               cache_prefix):
    private = dict(PROFILE, location=f"{MARKER} Street", skills=["python", MARKER],
                   avoid=[MARKER])
    with caplog.at_level(logging.DEBUG):
        client.post("/v1/estimates", json={"page": JOB, "profile": private})
        client.post("/v1/estimates/batch",
                    json={"items": [{"page": EVENT}], "profile": private})
    # Entries are compressed against the item they were made from, as sent: decode each of
    # this test's with its item (never with the profile, which is not part of it), look inside.
    sent = {item_hash(item): item_text(item) for item in ({"page": JOB}, {"page": EVENT})}
    decoded = 0
    for key in redis_client.scan_iter(count=1000):
        assert MARKER.encode() not in key
        value = redis_client.get(key)
        assert value is None or MARKER.encode() not in value
        if key.startswith(f"{cache_prefix}:analysis:".encode()):
            entry = decode(value, sent[key.decode().rsplit(":", 1)[1]])
            assert entry is not None and MARKER not in json.dumps(entry)
            decoded += 1
    assert decoded == 2  # the page's entry and the event's
    assert MARKER not in caplog.text
    for record in caplog.records:  # the JSON lines carry extra fields: none holds the profile
        assert MARKER not in json.dumps(record.__dict__, default=str)


def origin_allowed(client, origin: str) -> bool:
    response = client.get("/v1/health", headers={"Origin": origin})
    return response.headers.get("Access-Control-Allow-Origin") == origin


def test_only_the_configured_extension_ids_get_cors_headers(redis_url):
    client = create_app({"REDIS_URL": redis_url,
                         "EXTENSION_IDS": f"{OURS},{FIREFOX_INSTALL}"}).test_client()
    assert origin_allowed(client, f"chrome-extension://{OURS}")
    assert origin_allowed(client, f"moz-extension://{FIREFOX_INSTALL}")
    for stranger in (f"chrome-extension://{OTHER}", "moz-extension://1234-abcd",
                     "https://evil.example", f"https://{OURS}.example", "null"):
        assert not origin_allowed(client, stranger), stranger


def test_a_preflight_from_our_extension_may_send_a_key_and_read_the_request_id(redis_url):
    client = create_app({"REDIS_URL": redis_url, "EXTENSION_IDS": OURS}).test_client()
    response = client.options("/v1/estimates", headers={
        "Origin": f"chrome-extension://{OURS}", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type,x-api-key"})
    assert response.status_code == 200
    assert "x-api-key" in response.headers["Access-Control-Allow-Headers"].lower()
    answer = client.post("/v1/estimates", json={"page": JOB},
                         headers={"Origin": f"chrome-extension://{OURS}"})
    assert "X-Request-ID" in answer.headers["Access-Control-Expose-Headers"]


@pytest.mark.parametrize("pattern", [".*", "chrome-extension://.*", "abc", OURS + ".*"])
def test_a_pattern_or_a_malformed_id_is_refused_at_start(redis_url, pattern):
    with pytest.raises(ValueError, match="EXTENSION_IDS"):
        create_app({"REDIS_URL": redis_url, "EXTENSION_IDS": pattern})


def chrome_id_of(manifest_key: str) -> str:
    """Chrome's ID for a manifest key: the SHA-256 of the key, first 32 hex digits as a-p."""
    digest = hashlib.sha256(base64.b64decode(manifest_key)).hexdigest()[:32]
    return "".join(chr(ord("a") + int(digit, 16)) for digit in digest)


def test_the_default_allows_the_packaged_extension_and_no_other(monkeypatch):
    monkeypatch.delenv("EXTENSION_IDS", raising=False)
    manifest = json.loads((ROOT / "extension" / "manifest.json").read_text())
    # The packaged extension's ID comes from the manifest's key; until it has one, no
    # extension ID is allowed by default (the extension calls with a host permission,
    # which needs no CORS). When the key lands, PACKAGED_EXTENSION_ID must follow it.
    expected = [chrome_id_of(manifest["key"])] if "key" in manifest else []
    assert config.load()["EXTENSION_IDS"] == expected
    client = create_app().test_client()
    assert not origin_allowed(client, f"chrome-extension://{OTHER}")
    assert not origin_allowed(client, "moz-extension://1234-abcd")
