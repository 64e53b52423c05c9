"""A cached answer is the uncached answer: the same bytes but the cache field, every request.

A hit skips the item's validation, extraction, analysis and the schema dump; these tests pin
down that none of that changes an answer, that a hit is never given to a request that would
have been refused, and that a new version of extraction or of the model misses.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import marshmallow as ma
import pytest

import api.estimating
from api.estimating import PACKAGE, fingerprint
from api.resources import estimates
from api.resources.dumping import dumper
from api.resources.estimates import BatchResultSchema, EstimateSchema
from tests.api.pages import EVENT, JOB, PROFILE, page
from tests.api.test_boards import CASES as BOARD_CASES
from tests.api.test_boards import boards_app
from tests.ats_server import ATS_API, AtsServer
from tests.shared import required

OPPORTUNITY = {"kind": "event", "title": "Founders breakfast", "start": "2031-05-04T08:00:00-04:00",
               "description": "Twenty founders and two investors, small tables.",
               "location": {"text": "Boston, MA"}, "price": {"min": "15", "currency": "USD"}}
REAL_PAGES = ("job", 3), ("event", 3)  # (folder, how many of its pages, in name order)


def without_cache(body: dict) -> dict:
    return {key: value for key, value in body.items() if key != "cache"}


def twice(client, path: str, request: dict):
    """Send a request twice: the first answer is computed, the second comes from the cache."""
    first = client.post(path, json=request)
    second = client.post(path, json=request)
    assert first.status_code == second.status_code == 200, first.json
    return first, second


def same_but_cache(first, second) -> None:
    """Equal bytes once the cache field is set aside (it is the last field, or absent)."""
    assert json.loads(first.data) == {**json.loads(second.data),
                                      **{k: v for k, v in first.json.items() if k == "cache"}}
    assert first.data.replace(b'"cache":"miss"', b'"cache":"hit"') == second.data


def real_pages(realpages: Path) -> list[dict]:
    pages = []
    for folder, count in REAL_PAGES:
        for path in sorted((realpages / folder).glob("*.html"))[:count]:
            html = path.read_bytes().decode("utf-8", errors="replace")
            pages.append({"url": f"https://example.org/{folder}/{path.name}", "html": html})
    return pages


@pytest.mark.parametrize("profile", [PROFILE, None], ids=["profile", "no-profile"])
@pytest.mark.parametrize("item", [{"page": JOB}, {"page": EVENT}, {"opportunity": OPPORTUNITY}],
                         ids=["job-page", "event-page", "opportunity"])
def test_a_cached_single_answer_is_the_uncached_answer(client, item, profile):
    first, second = twice(client, "/v1/estimates", {**item, "profile": profile})
    assert (first.json["cache"], second.json["cache"]) == ("miss", "hit")
    same_but_cache(first, second)


@pytest.mark.realpages
def test_a_cached_answer_to_a_real_page_is_the_uncached_answer(client, realpages):
    for sent in real_pages(realpages):
        for profile in (PROFILE, None):
            first = client.post("/v1/estimates", json={"page": sent, "profile": profile})
            if first.status_code == 422:  # no single listing there: refused, never cached
                again = client.post("/v1/estimates", json={"page": sent, "profile": profile})
                assert again.status_code == 422 and again.json == first.json
                continue
            second = client.post("/v1/estimates", json={"page": sent, "profile": profile})
            assert second.json["cache"] == "hit", sent["url"]
            same_but_cache(first, second)


@pytest.mark.parametrize("profile", [PROFILE, None], ids=["profile", "no-profile"])
def test_a_cached_batch_is_the_uncached_batch_and_a_partly_cached_one_too(client, profile):
    cards = [{"opportunity": {**OPPORTUNITY, "title": f"Founders breakfast {n}"}}
             for n in range(5)]
    items = [{"page": JOB}, {"page": EVENT}, *cards, {"opportunity": {"kind": "job"}}]
    client.post("/v1/estimates", json={"page": JOB, "profile": profile})  # one cached already
    first, second = twice(client, "/v1/estimates/batch", {"items": items, "profile": profile})
    statuses = [result.get("cache") for result in first.json["results"]]
    assert statuses == ["hit"] + ["miss"] * 6 + [None]  # the last is refused: no title
    assert [result.get("cache") for result in second.json["results"]] == ["hit"] * 7 + [None]
    assert [without_cache(r) for r in first.json["results"]] == \
        [without_cache(r) for r in second.json["results"]]


def test_a_batch_answers_each_item_as_a_single_request_does(client):
    items = [{"page": JOB}, {"opportunity": OPPORTUNITY}]
    batch = client.post("/v1/estimates/batch", json={"items": items, "profile": PROFILE}).json
    for item, result in zip(items, batch["results"], strict=True):
        single = client.post("/v1/estimates", json={**item, "profile": PROFILE}).json
        assert single["cache"] == "hit"
        assert without_cache(single) == without_cache(EstimateSchema().dump(result))


def test_the_cache_is_keyed_by_the_page_as_sent(client):
    client.post("/v1/estimates", json={"page": JOB})
    moved = dict(JOB, url="https://careers.example.com/jobs/1043")
    assert client.post("/v1/estimates", json={"page": moved}).json["cache"] == "miss"
    changed = page(JOB, title="Platform Engineer")
    answer = client.post("/v1/estimates", json={"page": changed}).json
    assert (answer["cache"], answer["opportunity"]["title"]) == ("miss", "Platform Engineer")


def test_a_hit_still_refuses_what_validation_refuses(client):
    assert client.post("/v1/estimates", json={"page": JOB}).json["cache"] == "miss"
    bad_profile = client.post("/v1/estimates", json={"page": JOB,
                                                     "profile": {"seniority": "overlord"}})
    assert bad_profile.status_code == 422
    assert "seniority" in bad_profile.json["error"]["details"]["profile"]
    both = client.post("/v1/estimates", json={"page": JOB, "opportunity": None})
    assert both.status_code == 422
    batch = client.post("/v1/estimates/batch", json={"items": [
        {"page": JOB}, {"page": JOB, "opportunity": None}, {"page": JOB}]}).json["results"]
    assert batch[0]["cache"] == batch[2]["cache"] == "hit"
    assert batch[1]["error"]["status"] == 422


def test_a_new_extraction_or_model_version_misses(client, monkeypatch):
    assert client.post("/v1/estimates", json={"page": JOB}).json["cache"] == "miss"
    assert client.post("/v1/estimates", json={"page": JOB}).json["cache"] == "hit"
    monkeypatch.setattr(api.estimating, "CACHE_VERSION", api.estimating.CACHE_VERSION + "x")
    assert client.post("/v1/estimates", json={"page": JOB}).json["cache"] == "miss"
    assert client.post("/v1/estimates", json={"page": JOB}).json["cache"] == "hit"


@pytest.mark.parametrize("edited", ["core/extraction/page.py", "core/model/verdict.py",
                                    "core/opportunity.py", "resources/schemas.py"])
def test_the_version_changes_with_the_code_of_extraction_model_contract_and_schemas(
        tmp_path, edited):
    copy = tmp_path / "api"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = fingerprint(copy)
    assert before == fingerprint(PACKAGE)
    with (copy / edited).open("a") as source:
        source.write("\n# an edit\n")
    assert fingerprint(copy) != before


def test_the_fast_dump_gives_what_the_schema_dump_gives(client):
    schema, fast = EstimateSchema(), dumper(EstimateSchema())
    for item in ({"page": JOB}, {"page": EVENT}, {"opportunity": OPPORTUNITY}):
        for profile in (PROFILE, None):
            result = client.post("/v1/estimates/batch",
                                 json={"items": [item], "profile": profile}).json["results"][0]
            assert json.dumps(fast(result)) == json.dumps(schema.dump(result))


def test_a_miss_and_a_batch_are_answered_with_the_bytes_the_schemas_dump(client, monkeypatch):
    # Both views dump with dumping.dumper; marshmallow's own dump must give the same bytes.
    items = [{"page": JOB}, {"opportunity": OPPORTUNITY}, {"opportunity": {"kind": "job"}},
             {"page": JOB, "opportunity": None}, ["not an item"]]

    def answers():
        out = [client.post("/v1/estimates", json={**item, "profile": profile})
               for profile in (PROFILE, None) for item in items[:2]]
        return out + [client.post("/v1/estimates/batch", json={"items": items, "profile": PROFILE})]

    fast = answers()
    monkeypatch.setattr(api.estimating, "CACHE_VERSION", api.estimating.CACHE_VERSION + "x")
    monkeypatch.setattr(estimates, "batch_response", BatchResultSchema().dump)
    monkeypatch.setattr(estimates, "estimate_response", EstimateSchema().dump)
    slow = answers()
    assert [r.json["cache"] for r in fast[:4]] == [r.json["cache"] for r in slow[:4]] == \
        ["miss", "miss", "hit", "hit"]
    assert [r.data for r in fast] == [r.data for r in slow]
    results = fast[-1].json["results"]
    assert [r.get("cache") for r in results[:2]] == ["hit", "hit"]
    assert all("error" in r for r in results[2:]) and "details" in results[3]["error"]


def test_a_batch_answered_before_its_schema_is_the_batch_its_schema_answers(client, monkeypatch):
    # A well-formed batch skips BatchRequestSchema; through the schema it must be the same.
    items = [{"page": JOB}, {"opportunity": OPPORTUNITY}, {"opportunity": {"kind": "job"}},
             {"page": JOB, "opportunity": None}, ["not an item"], None]
    bodies = [{"items": items, "profile": PROFILE}, {"items": items, "profile": None},
              {"items": items[:2]}, {"items": [], "profile": PROFILE, "extra": 1}]
    client.post("/v1/estimates/batch", json=bodies[0])  # the valid items cached

    def answers():
        return [client.post("/v1/estimates/batch", json=body) for body in bodies]

    fast = answers()

    class Refusing:
        def load(self, data):
            raise ma.ValidationError("through the schema, please")

    monkeypatch.setattr(estimates, "profile_schema", Refusing())  # every batch to the schema
    slow = answers()
    assert [r.status_code for r in fast] == [r.status_code for r in slow] == [200] * 4
    assert [r.data for r in fast] == [r.data for r in slow]
    assert [r.get("cache") for r in fast[0].json["results"][:2]] == ["hit", "hit"]


@pytest.fixture
def board_server():
    required(ATS_API)
    server = AtsServer().start()
    yield server
    server.stop()


def test_a_cached_answer_still_reads_the_employers_board(redis_url, cache_prefix, board_server):
    # The board's open roles change by the hour: cached apart, looked up on every hit too.
    client = boards_app(redis_url, cache_prefix, board_server).test_client()
    case = BOARD_CASES["greenhouse"]
    first, second = twice(client, "/v1/estimates",
                          {"page": case["page"], "profile": case["profile"]})
    assert (first.json["cache"], second.json["cache"]) == ("miss", "hit")
    assert second.json["board"]["status"] == "ready"
    same_but_cache(first, second)
