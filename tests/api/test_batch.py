"""POST /v1/estimates/batch: many items, in order, each failing alone."""

from __future__ import annotations

from api import create_app
from tests.api.pages import ARTICLE, EVENT, JOB, PROFILE


def test_results_come_back_in_the_order_of_the_items(client):
    items = [{"page": EVENT}, {"page": JOB}, {"page": EVENT}]
    response = client.post("/v1/estimates/batch", json={"items": items, "profile": PROFILE})
    assert response.status_code == 200
    kinds = [result["kind"] for result in response.json["results"]]
    assert kinds == ["event", "job", "event"]


def test_one_bad_item_does_not_fail_the_others(client):
    items = [{"page": JOB}, {"page": ARTICLE}, {"nonsense": True}, {"page": EVENT}]
    results = client.post("/v1/estimates/batch", json={"items": items}).json["results"]
    assert results[0]["kind"] == "job" and results[3]["kind"] == "event"
    assert results[1]["error"]["status"] == 422
    assert "no job posting or event" in results[1]["error"]["message"].lower()
    assert results[2]["error"]["status"] == 422 and results[2]["error"]["details"]


def test_a_batch_uses_the_cache_like_single_requests(client):
    client.post("/v1/estimates", json={"page": JOB})
    results = client.post("/v1/estimates/batch",
                          json={"items": [{"page": JOB}, {"page": EVENT}]}).json["results"]
    assert [result["cache"] for result in results] == ["hit", "miss"]


def test_a_batch_past_the_limit_is_a_422_that_gives_the_limit(redis_url):
    client = create_app({"REDIS_URL": redis_url, "BATCH_MAX_ITEMS": 3}).test_client()
    response = client.post("/v1/estimates/batch", json={"items": [{"page": JOB}] * 4})
    assert response.status_code == 422
    assert "at most 3" in response.json["error"]["message"]


def test_the_default_limit_is_fifty(client):
    assert client.post("/v1/estimates/batch",
                       json={"items": [{"page": EVENT}] * 50}).status_code == 200
    assert client.post("/v1/estimates/batch",
                       json={"items": [{"page": EVENT}] * 51}).status_code == 422


def test_an_empty_batch_gives_no_results(client):
    response = client.post("/v1/estimates/batch", json={"items": []})
    assert response.status_code == 200 and response.json == {"results": []}


def test_items_must_be_a_list(client):
    response = client.post("/v1/estimates/batch", json={"items": {"page": JOB}})
    assert response.status_code == 422 and "items" in response.json["error"]["details"]
