"""People you know there: contact counts from the profile, matched by organization name."""

from __future__ import annotations

import pytest

from api.core import model
from api.core.model import names
from api.core.opportunity import complete

JOB = complete({"kind": "job", "title": "Frontend Engineer", "organization": "Vercel Inc.",
                "description": "Build the dashboard in React. Interviews: a call and a panel."})
EVENT = complete({
    "kind": "event", "title": "Edge rendering night", "organization": "Bay Area JS",
    "start": "2031-05-04T18:00:00-07:00", "speakers": ["Ana Ruiz (Stripe)", "Li Wei, Figma"],
    "description": "Two talks, then pizza and open networking. 80 attendees.",
    "location": {"text": "San Francisco, CA", "locality": "San Francisco", "country": "US"},
})


def network(answer):
    return next(item for item in answer["lenses"] if item["id"] == "network_reach")


@pytest.mark.parametrize("a, b", [
    ("Vercel", "Vercel, Inc."), ("VERCEL INC", "vercel"), ("The Home Depot", "Home Depot"),
    ("Société Générale S.A.", "Societe Generale"), ("Palantir Technologies", "Palantir"),
    ("Procter & Gamble Co.", "Procter and Gamble"), ("Acme GmbH & Co. KG", "ACME"),
])
def test_names_people_write_differently_are_one_organization(a, b):
    assert names.same(a, b)


@pytest.mark.parametrize("a, b", [
    ("Apple", "Apple Bank"), ("Meta", "Metal Works"), ("Stripe", "Stripes Group"), ("Inc", ""),
])
def test_different_organizations_stay_apart(a, b):
    assert not names.same(a, b)


def test_contacts_at_the_employer_become_a_reason_with_the_count_and_a_position():
    profile = {"contacts": [{"organization": "Vercel", "count": 3,
                             "positions": ["Software Engineer", "Engineering Manager"]}]}
    lens = network(model.estimate(JOB, None, profile))
    assert ("You know 3 people at Vercel Inc., an engineering manager among them: ask one for "
            "a word before the interview") in [r["text"] for r in lens["reasons"]]
    assert lens["reasons"][0]["evidence"] == "profile.contacts"


def test_contacts_raise_the_lens_and_more_contacts_raise_it_more():
    def score(contacts):
        return network(model.estimate(JOB, None, {"contacts": contacts}))["score"]

    none = score([])
    one = score([{"organization": "Vercel", "count": 1, "positions": []}])
    many = score([{"organization": "Vercel", "count": 8, "positions": []}])
    assert none < one < many


def test_contacts_at_other_organizations_say_nothing():
    profile = {"contacts": [{"organization": "Netlify", "count": 5, "positions": ["CTO"]}]}
    with_them = model.estimate(JOB, None, profile)
    assert not any("You know" in r["text"] for r in network(with_them)["reasons"])


def test_at_an_event_a_speakers_organization_counts():
    profile = {"contacts": [{"organization": "Stripe, Inc.", "count": 2,
                             "positions": ["Recruiter"]}]}
    texts = [r["text"] for r in network(model.estimate(EVENT, None, profile))["reasons"]]
    assert any(t.startswith("You know 2 people at Stripe, Inc., where a speaker works")
               for t in texts)


def test_one_contact_is_someone_and_is_asked_as_them():
    profile = {"contacts": [{"organization": "vercel", "count": 1, "positions": ["CTO"]}]}
    texts = [r["text"] for r in network(model.estimate(JOB, None, profile))["reasons"]]
    assert "You know someone at Vercel Inc. (a CTO): ask them for a word before the interview" \
        in texts
