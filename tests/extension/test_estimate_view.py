"""What the popup and a badge's details show first: the API's deciding reasons, then one reason
per lens — on real answers of the API, rendered by the extension's own module in Chromium."""

from __future__ import annotations

from tests.extension.helpers import call

US_ONLY = {
    "url": "https://jobs.example.com/postings/77",
    "jsonld": [{
        "@type": "JobPosting", "title": "Senior Backend Engineer", "datePosted": "2026-11-20",
        "hiringOrganization": {"name": "Northwind Freight"}, "jobLocationType": "TELECOMMUTE",
        "applicantLocationRequirements": {"@type": "Country", "name": "United States"},
        "description": "Remote (US only). You must reside in the United States. Build our Python "
                       "and PostgreSQL services. We are hiring for 30 roles across engineering.",
    }],
}  # fmt: skip
BERLIN = {"target_roles": ["backend engineer"], "skills": ["python", "postgresql"],
          "location": "Berlin, Germany", "seniority": "senior"}  # fmt: skip


def top(page, server, estimate):
    return call(
        page, server, "/src/shared/estimate-view.js", "(m, e) => m.topReasons(e, 3)", estimate
    )


def test_the_first_reason_shown_is_the_apis_deciding_one(module_page, static_server, client):
    estimate = client.post("/v1/estimates", json={"page": US_ONLY, "profile": BERLIN}).get_json()
    assert estimate["verdict"] == "skip" and estimate["reasons"]
    shown = top(module_page, static_server, estimate)
    # why this person cannot be considered comes first, in the API's words, not a lens's praise
    assert shown[0] == estimate["reasons"][0]["text"]
    assert len(shown) == len(set(shown)) <= 3


def test_one_reason_per_strong_lens_before_a_lenss_second(module_page, static_server):
    estimate = {"reasons": [], "lenses": [
        {"id": "other_openings", "label": "Other doors", "score": 0.9,
         "reasons": [{"text": "40+ open roles"}, {"text": "Hiring across teams"}]},
        {"id": "second_look", "label": "You may change your mind", "score": 0.5,
         "reasons": [{"text": "Your skills are in the body"}]},
        {"id": "offer_upside", "label": "An offer", "score": 0.06,
         "reasons": [{"text": "Pay is not stated"}]},  # too weak to be among the top
        {"id": "learning", "label": "Learning", "score": 0, "reasons": [{"text": "not shown"}]},
    ]}  # fmt: skip
    assert top(module_page, static_server, estimate) == [
        "Other doors: 40+ open roles",
        "You may change your mind: Your skills are in the body",
        "Other doors: Hiring across teams",
    ]


def test_the_apis_second_reason_from_one_lens_waits_for_the_other_lenses(
    module_page, static_server
):
    rehearsal = [{"text": "A neighbouring role: much carries over"},
                 {"text": "Interviewed as your roles are"}]
    estimate = {"reasons": rehearsal, "lenses": [
        {"id": "practice", "label": "A rehearsal", "score": 0.5, "reasons": rehearsal},
        {"id": "second_look", "label": "You may change your mind", "score": 0.3,
         "reasons": [{"text": "The headline puts you off"}]},
    ]}  # fmt: skip
    assert top(module_page, static_server, estimate) == [
        "A rehearsal: A neighbouring role: much carries over",
        "You may change your mind: The headline puts you off",
        "A rehearsal: Interviewed as your roles are",
    ]
