"""Which board a posting sits on or links to, and what each provider's answer says."""

from __future__ import annotations

import json

import pytest

from api.boards.providers import PROVIDERS
from api.boards.refs import BoardRef, board_at, find_board
from tests.ats_server import ATS_API, RECORDINGS
from tests.shared import required


@pytest.mark.parametrize("address, expected", [
    ("https://boards.greenhouse.io/acme", BoardRef("greenhouse", "acme")),
    ("https://job-boards.greenhouse.io/acme/jobs/4012345?gh_src=li",
     BoardRef("greenhouse", "acme", "4012345")),
    ("https://boards.greenhouse.io/embed/job_app?for=acme&token=4012345",
     BoardRef("greenhouse", "acme", "4012345")),
    ("https://jobs.lever.co/acme/0bbfd4f4-41ff-4ec6-b73f-5200efd5d4d3/apply",
     BoardRef("lever", "acme", "0bbfd4f4-41ff-4ec6-b73f-5200efd5d4d3")),
    ("https://jobs.eu.lever.co/acme", BoardRef("lever_eu", "acme")),
    ("https://jobs.ashbyhq.com/acme", BoardRef("ashby", "acme")),
    ("https://jobs.smartrecruiters.com/Acme1/744000141699866-test-engineer",
     BoardRef("smartrecruiters", "Acme1", "744000141699866")),
    ("https://careers.smartrecruiters.com/Acme1", BoardRef("smartrecruiters", "Acme1")),
    ("https://apply.workable.com/acme-co/j/DD508B9710/", BoardRef("workable", "acme-co",
                                                                  "DD508B9710")),
    # Not boards: other hosts, a host that only starts like a provider's, the providers' own pages.
    ("https://example.org/boards.greenhouse.io/acme", None),
    ("https://boards.greenhouse.io.example.org/acme", None),
    ("https://boards.greenhouse.io/embed/job_board", None),
    ("https://jobs.lever.co/", None),
    ("ftp://jobs.lever.co/acme", None),
])
def test_board_addresses_name_their_provider_board_and_posting(address, expected):
    assert board_at(address) == expected


def test_a_page_that_links_to_one_board_is_on_it():
    page = {"url": "https://www.acme.example/careers/1?gh_jid=4012345",
            "html": '<a href="https://boards.greenhouse.io/acme">All roles</a>'
                    '<script>var u = "https:\\/\\/boards.greenhouse.io\\/acme";</script>'}
    assert find_board(page, {}) == BoardRef("greenhouse", "acme", "4012345")


def test_a_page_that_links_to_several_boards_is_on_none_of_them():
    page = {"url": "https://news.example/jobs-this-week", "html":
            '<a href="https://jobs.lever.co/acme">Acme</a>'
            '<a href="https://boards.greenhouse.io/globex">Globex</a>'}
    assert find_board(page, {}) is None


def test_the_pages_own_address_wins_over_its_links():
    page = {"url": "https://jobs.ashbyhq.com/acme",
            "html": '<a href="https://jobs.lever.co/partner">partner</a>'}
    assert find_board(page, {}) == BoardRef("ashby", "acme")


def test_an_opportunity_sent_without_a_page_is_found_by_its_address():
    opportunity = {"url": "https://jobs.lever.co/acme/0bbfd4f4-41ff-4ec6-b73f-5200efd5d4d3"}
    assert find_board(None, opportunity).token == "acme"


# What each recording holds, counted by a reader of the JSON.
@pytest.mark.parametrize("path, provider, count, listed", [
    ("/v1/boards/smarterdx/jobs", "greenhouse", 11, 2),  # meta.total 11, trimmed to 2
    ("/v0/postings/palantir", "lever", 2, 2),
    ("/posting-api/job-board/openevidence", "ashby", 2, 2),
    ("/v1/companies/Tieto2/postings", "smartrecruiters", 3, 3),
])
def test_each_provider_reads_its_recording(path, provider, count, listed):
    payload = json.loads((required(ATS_API) / RECORDINGS[path]).read_text())
    listing = PROVIDERS[provider].read(payload)
    assert (listing.count, len(listing.openings)) == (count, listed)
    assert all(o.title and o.url and o.url.startswith("https://") for o in listing.openings)


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
@pytest.mark.parametrize("payload", [None, 3, "jobs", [], {}, {"jobs": "x"}, {"content": 1}])
def test_an_answer_of_the_wrong_shape_is_refused_or_empty(provider, payload):
    try:
        listing = PROVIDERS[provider].read(payload)
    except ValueError:
        return
    assert listing.count == 0 and listing.openings == ()
