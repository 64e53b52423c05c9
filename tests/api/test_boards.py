"""Other doors over HTTP: boards served from recordings on loopback, and providers that fail."""

from __future__ import annotations

import json
import re
import time

import pytest
import redis

from api import create_app
from tests.ats_server import ATS_API, RECORDINGS, SLOW_SECONDS, AtsServer
from tests.shared import required


@pytest.fixture(scope="module")
def ats():
    required(ATS_API)
    server = AtsServer().start()
    yield server
    server.stop()


def boards_app(redis_url, prefix, ats, **settings):
    app = create_app({
        "REDIS_URL": redis_url, "CACHE_PREFIX": prefix, "BOARDS_FETCH": "on",
        "BOARDS_API_BASE": ats.url, "BOARDS_TIMEOUT_SECONDS": 1.0,
        "BOARDS_BUDGET_SECONDS": 3.0, **settings,
    })
    return app


@pytest.fixture
def client(redis_url, cache_prefix, ats):
    return boards_app(redis_url, cache_prefix, ats).test_client()


def recorded(name: str):
    return json.loads((ATS_API / RECORDINGS[name]).read_text())


def posting_page(url, title, org, place, description="Join the team."):
    """A posting page as the extension sends it: its address and its JSON-LD."""
    return {"url": url, "jsonld": [{
        "@type": "JobPosting", "title": title, "description": description,
        "hiringOrganization": {"name": org}, "datePosted": "2031-01-02",
        "jobLocation": {"address": {"addressLocality": place}},
    }]}


def lens(answer, lens_id):
    return next(item for item in answer["lenses"] if item["id"] == lens_id)


def texts(answer, lens_id):
    return [r["text"] for r in lens(answer, lens_id)["reasons"]]


def estimate(client, page, profile=None):
    response = client.post("/v1/estimates", json={"page": page, "profile": profile or {}})
    assert response.status_code == 200, response.get_json()
    return response.get_json()


# The posting on each board, and a person whose target is near another role on it.
# Expectations are written from the recordings, as a reader of the board would count.
CASES = {
    "greenhouse": dict(
        page=posting_page("https://job-boards.greenhouse.io/smarterdx/jobs/5193736007",
                          "Client Support Analyst I", "SmarterDx", "Remote"),
        profile={"target_roles": ["medical coder"], "location": "Chicago, IL, US"},
        count="10 other open roles at SmarterDx on its Greenhouse board",  # meta.total 11
        near="Clinical Coding Specialist",
    ),
    "lever": dict(
        page=posting_page(
            "https://jobs.lever.co/palantir/ac978161-6f46-4f6b-ad9e-a258e642751c",
            "Administrative Business Partner", "Palantir", "London"),
        profile={"target_roles": ["security business partner"], "location": "London, UK"},
        count="1 other open role at Palantir on its Lever board",
        near="Administrative Business Partner - Security",
    ),
    "ashby": dict(
        page=posting_page(
            "https://jobs.ashbyhq.com/openevidence/4c577aae-1ad0-444b-9e15-2ad994333de4",
            "Member of Technical Staff", "OpenEvidence", "San Francisco"),
        profile={"target_roles": ["data engineer"], "location": "Oakland, CA, US"},
        count="1 other open role at OpenEvidence on its Ashby board",
        near="Software Engineer, Data Platform",
    ),
    "smartrecruiters": dict(
        page=posting_page(
            "https://jobs.smartrecruiters.com/Tieto2/744000141699866-test-engineer",
            "Test Engineer", "Tieto", "Szczecin"),
        profile={"target_roles": ["systems analyst"], "location": "Szczecin, Poland"},
        count="2 other open roles at Tieto on its SmartRecruiters board",  # totalFound 3
        near="System Analyst/Researcher 4G/5G",
    ),
}


@pytest.mark.parametrize("provider", sorted(CASES))
def test_a_posting_on_a_board_gets_the_boards_real_count_and_its_nearest_roles(client, provider):
    case = CASES[provider]
    answer = estimate(client, case["page"], case["profile"])
    reasons = texts(answer, "other_openings")
    assert case["count"] in reasons
    nearest = [r for r in reasons if r.startswith("Nearest to")]
    assert nearest and case["near"] in nearest[0]
    assert answer["board"]["provider"] == provider
    assert answer["board"]["status"] == "ready"
    assert answer["board"]["nearest"][0]["title"].startswith(case["near"])
    assert answer["board"]["nearest"][0]["url"].startswith("https://")
    evidence = {r["evidence"] for r in lens(answer, "other_openings")["reasons"]
                if r["text"] in (case["count"], nearest[0])}
    assert evidence == {answer["board"]["url"]}  # the board is the evidence


def test_without_targets_the_board_gives_its_count_and_names_no_role(client):
    answer = estimate(client, CASES["greenhouse"]["page"])
    assert CASES["greenhouse"]["count"] in texts(answer, "other_openings")
    assert not any(t.startswith("Nearest") for t in texts(answer, "other_openings"))
    assert answer["board"]["nearest"] == []


def test_a_careers_page_embedding_a_greenhouse_board_finds_it(client):
    page = posting_page("https://careers.example.org/open-roles?gh_jid=5193736007",
                        "Client Support Analyst I", "SmarterDx", "Remote")
    page["html"] = ('<div id="grnhse_app"></div><script '
                    'src="https://boards.greenhouse.io/embed/job_board/js?for=smarterdx"></script>')
    answer = estimate(client, page)
    assert CASES["greenhouse"]["count"] in texts(answer, "other_openings")


def test_a_board_is_fetched_once_and_shared_by_every_worker(redis_url, cache_prefix, ats,
                                                          redis_client):
    before = len(ats.requests)
    first = boards_app(redis_url, cache_prefix, ats).test_client()
    second = boards_app(redis_url, cache_prefix, ats).test_client()  # another worker
    page, profile = CASES["lever"]["page"], CASES["lever"]["profile"]
    for client in (first, first, second):
        assert CASES["lever"]["count"] in texts(estimate(client, page, profile), "other_openings")
    assert ats.requests[before:] == ["/v0/postings/palantir?mode=json"]
    keys = list(redis_client.scan_iter(f"{cache_prefix}:board:*"))
    assert len(keys) == 1
    assert 0 < redis_client.ttl(keys[0]) <= 3600


def test_nothing_about_the_person_is_stored_with_the_board(client, redis_client, cache_prefix):
    profile = {"target_roles": ["zzyzx coordinator"], "location": "Oakland, CA, US",
               "contacts": [{"organization": "OpenEvidence", "count": 2,
                             "positions": ["Qwertyuiop Lead"]}]}
    estimate(client, CASES["ashby"]["page"], profile)
    keys = list(redis_client.scan_iter(f"{cache_prefix}:*"))
    stored = b" ".join(redis_client.get(k) or b"" for k in keys)
    assert b"openevidence" in stored.lower()
    for private in (b"zzyzx", b"Qwertyuiop", b"Oakland"):
        assert private not in stored


def test_past_the_budget_the_answer_says_the_board_is_being_looked_up_and_the_next_has_it(
        redis_url, cache_prefix, ats):
    app = boards_app(redis_url, cache_prefix, ats, BOARDS_BUDGET_SECONDS=0.05)
    client = app.test_client()
    page = posting_page("https://boards.greenhouse.io/delayed/jobs/5193736007",
                        "Client Support Analyst I", "SmarterDx", "Remote")
    first = estimate(client, page)
    assert first["board"]["status"] == "pending" and first["board"]["count"] is None
    assert any("being looked up" in note for note in first["notes"])
    assert not any("open role" in t for t in texts(first, "other_openings"))
    app.extensions["wal_boards"].wait_idle(5)
    second = estimate(client, page)
    assert second["board"]["status"] == "ready"
    assert "10 other open roles at SmarterDx on its Greenhouse board" in texts(second,
                                                                            "other_openings")
    assert not any("being looked up" in note for note in second["notes"])


def as_before(answer):
    """The parts of an answer that the board may change."""
    return {k: answer[k] for k in ("verdict", "score", "lenses", "plan", "notes")}


@pytest.fixture
def answer_without_boards(redis_url, cache_prefix):
    app = create_app({"REDIS_URL": redis_url, "CACHE_PREFIX": cache_prefix + "-off",
                      "BOARDS_FETCH": "off"})
    assert app.extensions["wal_boards"] is None
    return lambda page, profile=None: estimate(app.test_client(), page, profile)


PROSE = ("We are hiring for 25 open positions across platform and data teams. "
         "Interviews: a recruiter call and a panel.")


@pytest.mark.parametrize("token", ["slow", "broken-1", "junk", "huge", "huge-declared",
                                   "redirect", "no-such-board"])
def test_a_provider_that_fails_leaves_the_answer_as_before(redis_url, cache_prefix, ats, token,
                                                           answer_without_boards):
    page = posting_page(f"https://boards.greenhouse.io/{token}/jobs/1", "Platform Engineer",
                        "Calder Logistics", "Denver", PROSE)
    profile = {"target_roles": ["platform engineer"], "location": "Denver, CO, US"}
    # A budget longer than the fetch's own limits: every failure is met, none is pending.
    app = boards_app(redis_url, cache_prefix, ats, BOARDS_TIMEOUT_SECONDS=1.0,
                     BOARDS_BUDGET_SECONDS=5.0)
    started = time.monotonic()
    answer = estimate(app.test_client(), page, profile)
    # Never held up by the provider: the slow one answers after SLOW_SECONDS.
    assert time.monotonic() - started < SLOW_SECONDS / 2
    assert "board" not in answer
    assert as_before(answer) == as_before(answer_without_boards(page, profile))
    assert "25 open roles at Calder Logistics, not only this one" in texts(answer,
                                                                           "other_openings")


def test_a_failing_provider_is_left_alone_for_a_while(redis_url, cache_prefix, ats):
    app = boards_app(redis_url, cache_prefix, ats)
    client = app.test_client()
    for n in range(1, 6):
        estimate(client, posting_page(f"https://boards.greenhouse.io/broken{n}", "Engineer",
                                      "Acme", "Denver"))
    asked = [p for p in ats.requests if re.search(r"/boards/broken\d", p)]
    # Three failures in a row, then the provider is not asked again during the cool-down.
    assert asked == [f"/v1/boards/broken{n}/jobs" for n in (1, 2, 3)]
    # Another provider is not affected.
    assert "board" in estimate(client, CASES["ashby"]["page"])


def test_board_names_that_try_to_leave_the_path_are_never_fetched(client, ats):
    before = len(ats.requests)
    for address in ("https://boards.greenhouse.io/..%2F..%2Fadmin/jobs/1",
                    "https://boards.greenhouse.io/%2e%2e/jobs/1",
                    "https://jobs.lever.co/a%2Fb",
                    "https://jobs.lever.co/x%3Fy=1",
                    "https://jobs.ashbyhq.com/%40evil.example",
                    "https://boards.greenhouse.io.evil.example/acme",
                    "https://evil.example/boards.greenhouse.io/acme"):
        answer = estimate(client, posting_page(address, "Engineer", "Acme", "Denver"))
        assert "board" not in answer
    assert ats.requests[before:] == []


def test_with_redis_down_boards_are_still_read(cache_prefix, ats):
    app = create_app({"REDIS_URL": "redis://127.0.0.1:1/0", "CACHE_PREFIX": cache_prefix,
                      "BOARDS_FETCH": "on",
                      "BOARDS_API_BASE": ats.url, "REDIS_TIMEOUT_SECONDS": 0.2})
    answer = estimate(app.test_client(), CASES["ashby"]["page"])
    assert answer["cache"] == "off"
    assert CASES["ashby"]["count"] in texts(answer, "other_openings")


def test_contact_counts_in_the_profile_become_reasons(client, caplog):
    profile = {"target_roles": ["data engineer"],
               "contacts": [{"organization": "OpenEvidence, Inc.", "count": 3,
                             "positions": ["Software Engineer", "Engineering Manager"]}]}
    with caplog.at_level("DEBUG"):
        answer = estimate(client, CASES["ashby"]["page"], profile)
    reasons = texts(answer, "network_reach")
    assert ("You know 3 people at OpenEvidence, an engineering manager among them: ask one "
            "for a word before the interview") in reasons
    assert "Engineering Manager" not in caplog.text


def test_the_openapi_document_describes_the_board(client):
    spec = client.get("/openapi.json").get_json()
    board = spec["components"]["schemas"]["Board"]["properties"]
    assert {"provider", "url", "status", "count", "nearest"} <= set(board)


def test_redis_keys_of_boards_carry_the_prefix_and_a_version(redis_url, cache_prefix, ats):
    estimate(boards_app(redis_url, cache_prefix, ats).test_client(), CASES["ashby"]["page"])
    client = redis.Redis.from_url(redis_url)
    keys = [k.decode() for k in client.scan_iter(f"{cache_prefix}:*")]
    assert f"{cache_prefix}:board:1:ashby:openevidence" in keys
    assert not any("board-fetch" in k for k in keys)  # the claim is let go once the board lands


def test_a_corrupt_board_entry_is_read_afresh_not_an_error(client, redis_client, cache_prefix):
    redis_client.set(f"{cache_prefix}:board:1:ashby:openevidence", '{"board": {"x": 1}}', ex=60)
    answer = estimate(client, CASES["ashby"]["page"])
    assert CASES["ashby"]["count"] in texts(answer, "other_openings")
