"""Numbers and signals read from prose: counts, capacity, agencies, remote work, dates."""

import pytest

from api.core.extraction.agency import is_agency
from api.core.extraction.dates import iso_date
from api.core.extraction.locations import remote_hybrid_flags
from api.core.extraction.numbers import read_capacity, read_counts


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ("We are hiring for 40+ roles across the company.", "open_roles", 40),
        ("There are more than 300 open positions.", "open_roles", 300),
        ("Meet 85 employers hiring now.", "employers", 85),
        ("Recruiters from eight fintech startups attend.", "employers", 8),
        ("A summit with 8,000 attendees.", "attendees", 8000),
        ("Sixty founders, operators and investors meet.", "attendees", 60),
        ("We are hiring across 12 offices this year.", "open_roles", None),
        ("You need 3 years of experience.", "open_roles", None),
        ("In 2031 companies will change.", "employers", None),
    ],
)
def test_counts_read_from_prose(text, key, expected):
    assert read_counts(text)[key] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("30 seats, small groups.", 30), ("Limited to 50 participants.", 50), ("Come early!", None)],
)
def test_capacity_read_from_prose(text, expected):
    assert read_capacity(text) == expected


@pytest.mark.parametrize(
    ("organization", "description", "expected"),
    [
        ("Brightpath Talent", "Our client, a fast-growing SaaS company, is hiring.", True),
        ("Acme Staffing", "We place people with our clients in finance.", True),
        (None, "We are recruiting on behalf of a leading bank.", True),
        ("Acme Corp", "Our clients love our product and our client success team.", False),
        ("Acme Corp", "Build the future of payments with us.", False),
    ],
)
def test_staffing_agencies_posting_for_a_client(organization, description, expected):
    assert is_agency(organization, description) is expected


@pytest.mark.parametrize(
    ("title", "place", "text", "expected"),
    [
        ("Engineer (Remote)", "", "", (True, False)),
        ("Engineer", "Boston", "Hybrid: three days a week in our office.", (False, True)),
        ("Engineer", "Boston", "This is a fully remote role.", (True, False)),
        ("Engineer", "Boston", "Our remote control product is popular.", (False, False)),
    ],
)
def test_remote_and_hybrid_flags(title, place, text, expected):
    assert remote_hybrid_flags(title, place, text) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2031-04-10T18:00:00-04:00", "2031-04-10T18:00:00-04:00"),
        ("2031-04-10", "2031-04-10"),
        ("2020-10-20 20:28:32 UTC", "2020-10-20T20:28:32+00:00"),
        ("April 10, 2031 6:30 PM", "2031-04-10T18:30:00"),
        ("Sat Sep 14", None),
        ("not a date", None),
        (12, None),
    ],
)
def test_dates_as_iso_strings_that_keep_their_offsets(written, expected):
    assert iso_date(written) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [("9. Dezember 2024 19:00", "2024-12-09T19:00:00"), ("4 de febrero de 2016", "2016-02-04"),
     ("02.11.2022", "2022-11-02"), ("Sat Sep 14", None)],
)  # fmt: skip
def test_prose_dates_in_other_languages(written, expected):
    assert iso_date(written, any_language=True) == expected
