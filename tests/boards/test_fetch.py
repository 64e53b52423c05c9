"""The fetcher: only the providers' APIs, within timeouts, a size cap and a breaker."""

from __future__ import annotations

import time

import pytest

from api.boards.fetch import BoardUnavailable, Breaker, Fetcher, NoSuchBoard
from api.boards.providers import PROVIDERS
from api.boards.refs import BoardRef
from tests.ats_server import ATS_API, AtsServer
from tests.shared import required


@pytest.fixture(scope="module")
def ats():
    required(ATS_API)
    server = AtsServer().start()
    yield server
    server.stop()


@pytest.fixture
def fetcher(ats):
    return Fetcher(timeout=1.0, api_base=ats.url)


def test_a_recorded_board_is_read_with_its_public_address(fetcher):
    board = fetcher.fetch(BoardRef("smartrecruiters", "Tieto2"))
    assert (board.count, board.organization) == (3, "Tieto")
    assert board.url == "https://jobs.smartrecruiters.com/Tieto2"
    assert [o.country for o in board.openings] == ["PL", "PL", "CZ"]


@pytest.mark.parametrize("token, why", [
    ("huge", "past the size cap"),          # 50 MB, streamed: reading stops at the cap
    ("huge-declared", "past the cap"),      # 50 MB announced: not even read
    ("gzip-bomb", "past the size cap"),     # 100 KB that unpacks to 100 MB
    ("slow", "no answer"),                  # past the read timeout
    ("broken", "status 500"),
    ("junk", "not JSON"),
    ("redirect", "status 302"),             # a redirect is never followed
])
def test_a_misbehaving_provider_is_unavailable_not_an_error(fetcher, token, why):
    with pytest.raises(BoardUnavailable, match=why):
        fetcher.fetch(BoardRef("greenhouse", token))


def test_a_board_the_provider_does_not_know_is_missing(fetcher):
    with pytest.raises(NoSuchBoard):
        fetcher.fetch(BoardRef("ashby", "no-such-board"))


@pytest.mark.parametrize("token", ["..", "../admin", "a/b", "a?b=1", "a#b", "%2e%2e", "a b",
                                   "@evil.example", "", "x" * 101, ".hidden", "a..b"])
def test_a_board_name_that_could_leave_the_path_is_refused(fetcher, token):
    with pytest.raises(ValueError):
        fetcher.api_url(PROVIDERS["greenhouse"], token)


def test_requests_go_only_to_the_providers_api_hosts():
    fetcher = Fetcher(timeout=1.0)
    assert fetcher.allowed_hosts() == {p.api_host for p in PROVIDERS.values()}
    urls = {name: fetcher.api_url(p, "acme") for name, p in PROVIDERS.items()}
    assert urls["greenhouse"] == "https://boards-api.greenhouse.io/v1/boards/acme/jobs"
    assert urls["lever"] == "https://api.lever.co/v0/postings/acme?mode=json"
    assert urls["ashby"] == "https://api.ashbyhq.com/posting-api/job-board/acme"
    assert urls["smartrecruiters"] == "https://api.smartrecruiters.com/v1/companies/acme/postings"


def test_the_api_base_replaces_scheme_and_host_and_keeps_the_paths(ats):
    fetcher = Fetcher(timeout=1.0, api_base=ats.url)
    assert fetcher.allowed_hosts() == {"127.0.0.1"}
    assert fetcher.api_url(PROVIDERS["lever"], "acme") == f"{ats.url}/v0/postings/acme?mode=json"


def test_the_breaker_opens_after_failures_in_a_row_and_closes_after_its_cool_down():
    breaker = Breaker(failures_to_open=2, cool_down=0.05)
    breaker.failed()
    breaker.succeeded()
    breaker.failed()
    assert breaker.allows()  # not two in a row
    breaker.failed()
    assert not breaker.allows()
    time.sleep(0.06)
    assert breaker.allows()
