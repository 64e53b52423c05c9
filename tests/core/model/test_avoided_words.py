"""What the person avoids, read where it puts them off; an adjective not read as a language; a
students-only role at a student's level.

Opportunities here are written in the tests' own words, not copied from any fixture.
"""

from __future__ import annotations

from datetime import date

from api.core.model import analyse, estimate
from api.core.opportunity import complete

TODAY = date(2031, 1, 10)
ENGINEER = {
    "target_roles": ["process engineer"],
    "skills": ["lean manufacturing", "six sigma", "fmea"],
    "seniority": "mid",
    "location": "Leeds, GB",
    "goals": ["land"],
    "avoid": ["quality assurance"],
}
BACKEND = {
    "target_roles": ["backend engineer"],
    "skills": ["go", "postgresql", "kubernetes"],
    "seniority": "senior",
    "location": "Leeds, GB",
    "goals": ["land"],
    "avoid": ["fintech"],
}
DUTIES = (
    "Lead process improvement projects on the packaging lines.\n"
    "Run FMEA and six sigma studies with the operations team."
)


def _job(description: str, title: str, org: str = "Northwind Foods") -> dict:
    base = {"kind": "job", "title": title, "organization": org, "location": {"text": "Leeds, GB"}}
    return complete({**base, "description": description})


def _run(opportunity, profile):
    return estimate(opportunity, analyse(opportunity), profile, TODAY)


def _cost(result, cid):
    return next((c for c in result["costs"] if c["id"] == cid), None)


def _lens(result, lid):
    return next(lens for lens in result["lenses"] if lens["id"] == lid)


def test_initials_in_the_title_are_the_avoided_headline_a_second_look_not_a_doubt():
    result = _run(_job(DUTIES, "QA Packaging Engineer"), ENGINEER)
    assert _cost(result, "avoided") is None
    second = _lens(result, "second_look")
    assert second["score"] > 0
    assert "quality assurance" in second["reasons"][0]["text"]


def test_an_organisation_that_calls_itself_by_the_avoided_word_is_the_headline():
    text = "Join a growing fintech company.\nBuild services in Go on PostgreSQL and Kubernetes."
    result = _run(_job(text, "Senior Backend Engineer", "Paywise"), BACKEND)
    assert _cost(result, "avoided") is None
    assert "fintech" in _lens(result, "second_look")["reasons"][0]["text"]


def test_an_avoided_word_in_another_bodys_name_stays_a_doubt_about_the_work():
    text = (
        "We build payment rails for the European Fintech Agency and its members.\n"
        "Build services in Go on PostgreSQL and Kubernetes."
    )
    result = _run(_job(text, "Senior Backend Engineer", "Paywise"), BACKEND)
    assert _cost(result, "avoided") is not None


def test_basic_knowledge_is_an_adjective_not_the_basic_language():
    text = "Requirements:\nBasic knowledge of unit tests\nJava and SQL"
    names = [s["name"].lower() for s in analyse(_job(text, "Junior Developer"))["skills"]]
    assert "basic" not in names


def test_a_students_only_junior_role_is_no_stretch_for_a_student():
    text = "Requirements:\nUniversity student, IT field required\nJava and SQL"
    student = {"target_roles": ["backend developer"], "skills": ["java", "sql"],
               "seniority": "intern", "location": "Leeds, GB"}  # fmt: skip
    result = _run(_job(text, "Junior Developer part time"), student)
    findings = result["eligibility"]["findings"]
    assert not [f for f in findings if f["id"] == "seniority"]
    assert not [f for f in findings if f["id"] == "students"]
