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


def test_a_silent_loop_in_the_targets_family_rehearses_its_formats():
    junior = {"target_roles": ["frontend developer"], "skills": ["javascript", "react"],
              "seniority": "entry", "location": "Leeds, GB", "goals": ["practice"]}  # fmt: skip
    result = _run(_job("We build web shops.", "Junior Software Developer", "Acme"), junior)
    practice = _lens(result, "practice")
    assert any("interviewed as" in r["text"] for r in practice["reasons"])
    designer = {"target_roles": ["ux researcher"], "skills": ["usability testing"],
                "seniority": "mid", "location": "Leeds, GB"}  # fmt: skip
    other = _run(_job("Brand videos and motion.", "Multimedia Designer", "Acme"), designer)
    assert not any("interviewed as" in r["text"] for r in _lens(other, "practice")["reasons"])


def test_a_races_entry_fee_is_not_a_cost_of_going_for_its_people():
    race = complete({
        "kind": "event", "title": "City Marathon", "description": "A flat, fast marathon course.",
        "price": {"min": 85.0, "max": 85.0, "currency": "USD", "free": False},
        "location": {"text": "Leeds, GB"},
    })  # fmt: skip
    match = complete({**race, "title": "City FC vs Rovers", "description": "A football match."})
    organiser = {"target_roles": ["race director"], "skills": ["event planning"],
                 "location": "Leeds, GB", "goals": ["network"]}  # fmt: skip
    assert _cost(_run(race, organiser), "price")["weight"] == 0.0
    assert _cost(_run(match, organiser), "price")["weight"] > 0.0


def test_a_skill_the_page_names_by_another_word_is_read_where_it_says_it():
    job = _job("Requirements:\nSignificant experience with 3D animation software", "Strategist")
    found = {s["name"]: s for s in analyse(job)["skills"]}
    assert "video production" in found
    assert "3D animation" in found["video production"]["evidence"]


def test_an_experienced_persons_named_gaps_cost_less():
    text = "Requirements:\nTerraform, Ansible, Jenkins and Elasticsearch"
    junior = {"target_roles": ["backend engineer"], "skills": ["go"], "seniority": "mid",
              "years_experience": 2, "location": "Leeds, GB"}  # fmt: skip
    senior = {**junior, "seniority": "senior", "years_experience": 12}
    job = _job(text, "Backend Engineer", "Acme")
    assert _cost(_run(job, senior), "gaps")["weight"] < _cost(_run(job, junior), "gaps")["weight"]


def test_a_skill_the_page_names_in_the_persons_words_is_no_gap():
    job = _job("Requirements:\nSignificant experience with 3D animation software", "Strategist")
    me = {"target_roles": ["product marketing manager"], "skills": ["3d animation software"],
          "seniority": "senior", "location": "Leeds, GB"}  # fmt: skip
    gaps = _cost(_run(job, me), "gaps")
    assert gaps is None or "video production" not in gaps["text"]


def test_what_the_page_says_is_not_required_is_neither_a_gap_nor_avoided_work():
    analyst = {
        "target_roles": ["product analyst"],
        "skills": ["sql", "statistics", "dashboards"],
        "seniority": "mid",
        "location": "Leeds, GB",
        "goals": ["land"],
        "avoid": ["machine learning"],
    }
    job = _job(
        "What you bring:\n"
        "SQL for analysis and dashboards for the business teams.\n"
        "Knowledge of statistics and experiment design.\n"
        "Knowledge of machine learning is welcome but not a core requirement of this role.\n"
        "The team plans to hire machine learning engineers next year.",
        "Data Scientist",
    )
    result = _run(job, analyst)
    assert _cost(result, "avoided") is None
    gaps = _cost(result, "gaps")
    assert gaps is None or "machine learning" not in gaps["text"]
    said_required = _job(job["description"].replace(
        "is welcome but not a core requirement of this role", "is required"), "Data Scientist")
    assert _cost(_run(said_required, analyst), "avoided") is not None


def test_each_side_of_a_slash_joined_word_is_a_word_of_the_page():
    from api.core.model.profile import read
    from api.core.model.relation import find_term

    me = read({"skills": ["oscilloscope", "logic analyzer", "a/b testing", "bus"]})
    line = "Work with oscilloscope/logic analyzer on the CAN/UART bus; A/B testing a plus"
    assert find_term("oscilloscope", line, None, person=me)
    assert find_term("logic analyzer", line, None, person=me)
    assert find_term("a/b testing", line, None, person=me)
    assert find_term("uart", line, None) and not find_term("logic", "oscilloscopes only", None)
