"""The estimate's contract and how the profile shapes it."""

from __future__ import annotations

from datetime import date

from api.core.model import analyse, estimate
from api.core.model.profile import read
from api.core.opportunity import complete

TODAY = date(2026, 11, 25)
JOB = complete(
    {
        "kind": "job",
        "title": "Backend Engineer",
        "organization": "Northwind Bank",
        "description": "You will build Go and Python services on PostgreSQL.\nInterview process: "
        "a recruiter screen and a system design interview.",
        "location": {"locality": "Boston", "region": "MA", "country": "US"},
        "pay": {"min": 150000, "max": 185000, "currency": "USD", "period": "YEAR"},
    }
)
ENGINEER = {
    "target_roles": ["backend engineer"],
    "skills": ["python", "go"],
    "location": "Boston, MA, US",
    "min_salary": {"amount": 160000, "currency": "USD", "period": "YEAR"},
}


def _run(profile, opportunity=JOB):
    return estimate(opportunity, analyse(opportunity), profile, TODAY)


def test_the_estimate_has_exactly_the_documented_keys():
    result = _run(ENGINEER)
    assert set(result) == {
        "kind",
        "verdict",
        "score",
        "fit",
        "lenses",
        "costs",
        "plan",
        "opportunity",
        "model_version",
        "notes",
        "quantities",
        "reasons",
        "eligibility",
    }
    assert set(result["eligibility"]) == {"status", "findings"}
    assert all(set(r) == {"text", "evidence"} for r in result["reasons"])
    for lens in result["lenses"]:
        assert set(lens) == {"id", "label", "score", "reasons"}
        assert all(set(r) == {"text", "evidence"} for r in lens["reasons"])
    for cost in result["costs"]:
        assert set(cost) == {"id", "label", "text", "evidence", "weight"}


def test_without_a_profile_it_estimates_and_says_what_a_profile_would_sharpen():
    result = _run(None)
    assert result["verdict"] in ("worth_a_look", "maybe", "skip")
    assert any(note.startswith("Add a profile to sharpen this") for note in result["notes"])


def test_ties_between_lenses_keep_a_fixed_order():
    empty = complete({"kind": "event", "title": "x"})
    ids = [lens["id"] for lens in _run(ENGINEER, empty)["lenses"] if lens["score"] == 0]
    order = [
        "second_look",
        "other_openings",
        "offer_upside",
        "practice",
        "new_questions",
        "network_reach",
        "learning",
    ]
    assert ids == [i for i in order if i in ids]


def test_an_avoided_word_in_the_headline_opens_a_second_look():
    lenses = {x["id"]: x for x in _run({**ENGINEER, "avoid": ["banking"]})["lenses"]}
    assert lenses["second_look"]["score"] > 0.3
    assert "banking" in lenses["second_look"]["reasons"][0]["text"]


def test_a_salary_floor_is_normalised_to_a_year():
    assert read({"min_salary": {"amount": 30, "period": "HOUR"}}).floor.annual == 30 * 2080
    assert read({"min_salary": {"amount": 5000, "period": "MONTH"}}).floor.annual == 60000


def test_pay_in_another_currency_is_compared_roughly_and_says_so():
    euro = {**ENGINEER, "min_salary": {"amount": 100000, "currency": "EUR", "period": "YEAR"}}
    offer = {x["id"]: x for x in _run(euro)["lenses"]}["offer_upside"]
    assert "converted roughly" in offer["reasons"][0]["text"]
    unknown = {**ENGINEER, "min_salary": {"amount": 100000, "currency": "XYZ", "period": "YEAR"}}
    offer = {x["id"]: x for x in _run(unknown)["lenses"]}["offer_upside"]
    assert "not comparable" in offer["reasons"][0]["text"]


def test_unknown_goals_and_seniority_are_ignored():
    me = read({"goals": ["practice", "fame"], "seniority": "wizard"})
    assert me.goals == ("practice",) and me.seniority is None


def test_estimating_leaves_the_opportunity_and_the_cached_analysis_untouched():
    import copy

    analysis = analyse(JOB)
    before = (copy.deepcopy(JOB), copy.deepcopy(analysis))
    estimate(JOB, analysis, {**ENGINEER, "avoid": ["bank"], "goals": ["network"]}, TODAY)
    assert (JOB, analysis) == before


def test_an_analysis_read_back_from_the_cache_gives_the_same_estimate():
    import json

    analysis = analyse(JOB)
    cached = json.loads(json.dumps(analysis))
    assert estimate(JOB, cached, ENGINEER, TODAY) == estimate(JOB, analysis, ENGINEER, TODAY)
