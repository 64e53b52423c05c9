"""POST /v1/estimates: the estimate's shape, the cache, and clear errors."""

from __future__ import annotations

import json
import zlib

import pytest

from api.cache import preset_dictionary
from api.core.model import MODEL_VERSION
from api.estimating import CACHE_VERSION, item_text
from tests.api.pages import ARTICLE, EVENT, JOB, PROFILE, page

LENS_IDS = {"second_look", "other_openings", "offer_upside", "practice",
            "new_questions", "network_reach", "learning"}


def assert_is_estimate(body: dict, kind: str) -> None:
    assert body["kind"] == kind
    assert body["verdict"] in ("worth_a_look", "maybe", "skip", "ended")
    assert isinstance(body["score"], int) and 0 <= body["score"] <= 100
    assert isinstance(body["fit"], int) and 0 <= body["fit"] <= 100
    assert {lens["id"] for lens in body["lenses"]} == LENS_IDS
    scores = [lens["score"] for lens in body["lenses"]]
    assert scores == sorted(scores, reverse=True)
    for lens in body["lenses"]:
        assert 0 <= lens["score"] <= 1
        for reason in lens["reasons"]:
            assert reason["text"] and reason["evidence"]
    assert body["model_version"] == MODEL_VERSION
    assert body["opportunity"]["kind"] == kind


@pytest.mark.parametrize("listing, kind", [(JOB, "job"), (EVENT, "event")])
def test_a_listing_gets_an_estimate_with_all_seven_lenses(client, listing, kind):
    response = client.post("/v1/estimates", json={"page": listing, "profile": PROFILE})
    assert response.status_code == 200, response.json
    assert_is_estimate(response.json, kind)
    assert 2 <= len(response.json["plan"]) <= 5


def test_an_estimate_works_without_a_profile(client):
    response = client.post("/v1/estimates", json={"page": JOB})
    assert response.status_code == 200
    assert_is_estimate(response.json, "job")


def test_an_opportunity_can_be_sent_instead_of_a_page(client):
    read = client.post("/v1/extract", json={"page": EVENT}).json["opportunities"][0]
    response = client.post("/v1/estimates", json={"opportunity": read, "profile": PROFILE})
    assert response.status_code == 200
    from_page = client.post("/v1/estimates", json={"page": EVENT, "profile": PROFILE}).json
    assert response.json["score"] == from_page["score"]


def test_a_repeated_request_is_answered_from_the_cache(client):
    first = client.post("/v1/estimates", json={"page": JOB, "profile": PROFILE}).json
    second = client.post("/v1/estimates", json={"page": JOB, "profile": PROFILE}).json
    assert (first["cache"], second["cache"]) == ("miss", "hit")
    assert {k: v for k, v in first.items() if k != "cache"} == \
        {k: v for k, v in second.items() if k != "cache"}


def test_the_cache_is_shared_across_profiles(client):
    client.post("/v1/estimates", json={"page": JOB, "profile": PROFILE})
    other = dict(PROFILE, skills=["go"], location="Boston, MA, US")
    assert client.post("/v1/estimates", json={"page": JOB, "profile": other}).json["cache"] == "hit"


def test_cached_analyses_are_json_with_a_ttl_under_a_versioned_prefix(
        client, redis_client, cache_prefix, app):
    client.post("/v1/estimates", json={"page": JOB, "profile": PROFILE})
    keys = list(redis_client.scan_iter(match=f"{cache_prefix}:*"))
    assert len(keys) == 1
    key = keys[0].decode()
    assert key.startswith(f"{cache_prefix}:analysis:{CACHE_VERSION}:")
    assert CACHE_VERSION.startswith(MODEL_VERSION)
    assert 0 < redis_client.ttl(key) <= app.config["CACHE_TTL_SECONDS"]
    # Compressed against the preset dictionary and the item as sent (which a hit has in hand),
    # after a byte that says where in the item that starts (0: the item is short).
    raw = redis_client.get(key)
    assert raw[0] == 0
    unpacker = zlib.decompressobj(zdict=preset_dictionary() + item_text({"page": JOB}))
    entry = json.loads(unpacker.decompress(raw[1:]))
    # what a hit needs, and no profile: the opportunity, its analysis, its job board if any
    assert set(entry) == {"opportunity", "analysis", "board"}


def test_a_changed_listing_is_not_served_a_stale_analysis(client):
    client.post("/v1/estimates", json={"page": JOB})
    changed = page(JOB, title="Principal Site Reliability Engineer")
    answer = client.post("/v1/estimates", json={"page": changed}).json
    assert answer["cache"] == "miss"
    assert answer["opportunity"]["title"] == "Principal Site Reliability Engineer"


def test_a_page_with_no_job_or_event_is_a_422_that_says_so(client):
    response = client.post("/v1/estimates", json={"page": ARTICLE})
    assert response.status_code == 422
    assert "no job posting or event" in response.json["error"]["message"].lower()


def test_an_ended_event_is_reported_as_ended(client):
    past = page(EVENT, startDate="2021-03-12T18:00:00-07:00", endDate="2021-03-12T21:00:00-07:00")
    assert client.post("/v1/estimates", json={"page": past}).json["verdict"] == "ended"


def test_a_cancelled_event_is_reported_as_ended(client):
    cancelled = page(EVENT, eventStatus="https://schema.org/EventCancelled")
    assert client.post("/v1/estimates", json={"page": cancelled}).json["verdict"] == "ended"


@pytest.mark.parametrize("body, field", [
    ({}, "_schema"),
    ({"page": JOB, "opportunity": {"kind": "job", "title": "x"}}, "_schema"),
    ({"page": {"url": "https://x.example"}}, "page"),
    ({"page": JOB, "profile": {"seniority": "wizard"}}, "profile"),
    ({"page": JOB, "profile": {"recent_interviews": -3}}, "profile"),
    ({"opportunity": {"kind": "webinar", "title": "x"}}, "opportunity"),
    ({"page": "https://example.com"}, "page"),
])
def test_a_malformed_request_is_a_422_naming_the_field(client, body, field):
    response = client.post("/v1/estimates", json=body)
    assert response.status_code == 422
    error = response.json["error"]
    assert error["status"] == 422 and error["message"]
    assert field in error["details"]


def test_unknown_fields_of_scraped_input_are_ignored(client):
    noisy = dict(JOB, scrapedAt="yesterday", extra={"a": 1})
    response = client.post("/v1/estimates", json={"page": noisy, "tracking": "x"})
    assert response.status_code == 200


def test_a_body_that_is_not_json_is_a_400_in_the_error_format(client):
    response = client.post("/v1/estimates", data="{not json",
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json["error"]["message"]


def test_a_body_nested_absurdly_deep_is_a_400_not_a_server_error(client):
    deep = '{"page": {"url": "x", "jsonld": [' + "[" * 50000 + "]" * 50000 + "]}}"
    response = client.post("/v1/estimates", data=deep,
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert "nested too deeply" in response.json["error"]["message"]


def test_a_body_over_the_limit_is_a_413(redis_url):
    from api import create_app

    small = create_app({"REDIS_URL": redis_url, "MAX_CONTENT_LENGTH": 10_000}).test_client()
    big = {"page": {"url": "https://x.example", "html": "<p>a</p>" * 5000}}
    response = small.post("/v1/estimates", json=big)
    assert response.status_code == 413
    assert "too large" in response.json["error"]["message"]


def test_unknown_paths_and_methods_answer_in_the_error_format(client):
    missing = client.get("/v1/nothing-here")
    assert missing.status_code == 404 and missing.json["error"]["status"] == 404
    wrong = client.get("/v1/estimates")
    assert wrong.status_code == 405 and "POST" in wrong.headers.get("Allow", "")
    assert wrong.json["error"]["message"]
