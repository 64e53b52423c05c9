"""What a person trying the API with curl meets first: bodies that are not JSON objects."""

from __future__ import annotations

import json

import pytest

from tests.api.pages import ARTICLE, EVENT, JOB, PROFILE

ENDPOINTS = {
    "/v1/estimates": {"page": JOB},
    "/v1/estimates/batch": {"items": [{"page": JOB}]},
    "/v1/extract": {"page": JOB},
}


@pytest.mark.parametrize("path", ENDPOINTS)
def test_valid_json_sent_as_text_plain_is_a_415_that_names_the_content_type(client, path):
    response = client.post(path, data=json.dumps(ENDPOINTS[path]),
                           headers={"Content-Type": "text/plain"})
    assert response.status_code == 415
    assert response.json["error"]["status"] == 415
    assert "Content-Type: application/json" in response.json["error"]["message"]


def test_curl_d_without_a_content_type_is_a_415(client):
    # curl -d sends application/x-www-form-urlencoded unless told otherwise.
    response = client.post("/v1/estimates", data=json.dumps({"page": JOB}),
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code == 415
    assert "-H 'Content-Type: application/json'" in response.json["error"]["message"]


@pytest.mark.parametrize("path", ENDPOINTS)
@pytest.mark.parametrize("content_type", ["application/json", None])
def test_an_empty_body_is_a_400_that_says_it_is_empty(client, path, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post(path, data=b"", headers=headers)
    assert response.status_code == 400
    assert "empty" in response.json["error"]["message"]


@pytest.mark.parametrize("path, expected", [
    ("/v1/estimates", '"page"'), ("/v1/estimates/batch", '"items"'), ("/v1/extract", '"page"'),
])
def test_a_json_array_as_the_body_is_told_what_was_expected(client, path, expected):
    response = client.post(path, json=[{"page": JOB}])
    assert response.status_code == 422
    message = response.json["error"]["message"]
    assert "Expected a JSON object" in message and "an array" in message
    assert expected in message
    assert "Invalid input type" not in json.dumps(response.json)


def test_a_scalar_as_the_body_is_told_what_was_expected(client):
    response = client.post("/v1/estimates", json="https://example.com/job")
    assert response.status_code == 422
    assert "Expected a JSON object" in response.json["error"]["message"]


def test_a_batch_item_that_is_not_an_object_fails_alone(client):
    items = [{"page": JOB}, 5, "text", None, [1], {"page": EVENT}]
    response = client.post("/v1/estimates/batch", json={"items": items})
    assert response.status_code == 200, response.json
    results = response.json["results"]
    assert results[0]["kind"] == "job" and results[5]["kind"] == "event"
    for bad in results[1:5]:
        assert bad["error"]["status"] == 422
        assert "Expected a JSON object" in bad["error"]["message"]


def test_the_batch_and_the_single_answer_have_one_shape(client):
    single = client.post("/v1/estimates", json={"page": EVENT, "profile": PROFILE}).json
    (batched,) = client.post("/v1/estimates/batch",
                             json={"items": [{"page": EVENT}], "profile": PROFILE}).json["results"]
    assert list(single) == list(batched)
    assert "quantities" in single  # the counts the lenses speak in: documented, in both
    assert single["quantities"] == batched["quantities"]
    assert {k: v for k, v in single.items() if k != "cache"} == \
        {k: v for k, v in batched.items() if k != "cache"}


def test_quantities_are_documented_in_the_estimate_schema(client):
    spec = client.get("/openapi.json").json
    schemas = spec["components"]["schemas"]
    estimate = schemas["Estimate"]
    assert "quantities" in estimate["properties"]
    batch = json.dumps(schemas)
    assert "error" in batch  # a batch result is an estimate, or an error


def test_a_page_with_no_listing_in_a_batch_still_gets_an_error_item(client):
    results = client.post("/v1/estimates/batch",
                          json={"items": [{"page": ARTICLE}]}).json["results"]
    assert list(results[0]) == ["error"]
