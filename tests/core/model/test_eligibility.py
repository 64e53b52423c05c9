"""Eligibility before value, gaps as costs, cues read in their part of the page, events by kind.

Opportunities here are written in the tests' own words (the extraction contract, as
`api/core/opportunity.py` describes it), not copied from any fixture.
"""

from __future__ import annotations

from datetime import date

import pytest

from api.core.model import analyse, estimate
from api.core.model.sections import BENEFITS, LEGAL, PROCESS, REQUIREMENTS, split, vote
from api.core.opportunity import complete

TODAY = date(2031, 1, 10)
ENGINEER = {
    "target_roles": ["backend engineer"],
    "skills": ["python", "postgresql", "kubernetes"],
    "seniority": "senior",
    "location": "Berlin, DE",
}


def _job(description: str, **fields) -> dict:
    base = {"kind": "job", "title": "Backend Engineer", "organization": "Quarry Labs"}
    return complete({**base, "description": description, **fields})


def _run(opportunity, profile=ENGINEER):
    return estimate(opportunity, analyse(opportunity), profile, TODAY)


def _findings(result) -> dict:
    return {f["id"]: f for f in result["eligibility"]["findings"]}


def test_a_remote_job_for_another_country_is_a_skip_whose_first_reason_quotes_the_page():
    job = _job(
        "Python and PostgreSQL services.",
        location={
            "remote": True,
            "remote_scope": {"countries": ["US"], "evidence": "Remote (US residents only)"},
        },
    )
    result = _run(job)
    assert result["verdict"] == "skip"
    assert result["reasons"][0]["evidence"] == "Remote (US residents only)"
    assert "United States" in result["reasons"][0]["text"]
    assert result["plan"][0].startswith("Skip this one")
    # The same job for someone who lives there is judged on its value.
    assert "remote_scope" not in _findings(_run(job, {**ENGINEER, "location": "Austin, TX, US"}))


def test_a_residency_statement_blocks_someone_far_away_who_will_not_move():
    job = _job(
        "For this role you will need to be Melbourne based, with some time in our office.",
        location={"text": "Melbourne, VIC, AU", "locality": "Melbourne", "country": "AU"},
    )
    far = _run(job, {**ENGINEER, "willing_to_relocate": False})
    assert far["verdict"] == "skip"
    assert "Melbourne" in far["reasons"][0]["text"]
    near = _run(job, {**ENGINEER, "location": "Melbourne, VIC, AU"})
    assert "residency" not in _findings(near)


@pytest.mark.parametrize(
    ("description", "languages", "blocked"),
    [
        ("Requirements:\nFluent German (C1) is required.", ["en"], True),
        ("Requirements:\nFluent German (C1) is required.", ["en", "Deutsch"], False),
        ("Requirements:\nGerman is a plus.", ["en"], False),
    ],
)
def test_a_language_the_page_asks_for_and_the_person_lacks_is_out_of_reach(
    description, languages, blocked
):
    result = _run(_job(description), {**ENGINEER, "languages": languages})
    assert ("language" in _findings(result)) is blocked
    if blocked:
        assert result["verdict"] == "skip" and "German" in result["reasons"][0]["text"]


def test_an_event_held_in_a_language_the_person_lacks_is_out_of_reach():
    event = complete(
        {
            "kind": "event",
            "title": "Karriereabend",
            "language": "de",
            "description": "Vorträge und Networking mit Arbeitgebern.",
            "start": "2031-03-01T18:00:00+01:00",
        }
    )
    result = _run(event, {**ENGINEER, "languages": ["en"]})
    assert result["verdict"] == "skip"
    assert "German" in result["reasons"][0]["text"]


def test_a_required_language_is_a_question_when_the_persons_languages_are_guessed():
    # Someone in Berlin who listed no languages may well work in English: we cannot tell, so
    # a posting that asks for it is a question to settle, never a wall; the text does not
    # pretend they said which languages they speak.
    job = _job("Requirements:\nFluent English is required.")
    finding = _findings(_run(job))["language"]  # languages guessed from Berlin: German
    assert finding["status"] == "unknown"
    assert "English" in finding["ask"] and "not among your languages" not in finding["text"]
    said = _findings(_run(job, {**ENGINEER, "languages": ["de"]}))["language"]
    assert said["status"] == "blocks" and "not among your languages" in said["text"]


def test_a_page_asks_for_its_own_language_and_english_is_a_question_when_languages_are_guessed():
    # A Czech posting that also asks for English still works in Czech.
    czech = _job(
        "Požadavky:\nAngličtina – komunikační úroveň.",
        language="cs",
        location={"text": "Praha, CZ", "locality": "Praha", "country": "CZ"},
    )
    english_only = {**ENGINEER, "location": "Prague, CZ", "languages": ["en"]}
    assert _findings(_run(czech, english_only))["language"]["status"] == "blocks"
    event = complete(
        {
            "kind": "event",
            "title": "Hack Night",
            "language": "en",
            "description": "Workshops and mentors for developers.",
            "start": "2031-03-01T18:00:00+01:00",
            "location": {"locality": "Berlin", "country": "DE"},
        }
    )
    guessed = _findings(_run(event))["language"]  # languages guessed from Berlin: German
    assert guessed["status"] == "unknown" and "English" in guessed["ask"]
    assert _findings(_run(event, {**ENGINEER, "languages": ["de"]}))["language"]["status"] == (
        "blocks"
    )


def test_contradicting_sponsorship_statements_are_quoted_both_and_asked():
    job = _job(
        "Visa sponsorship available for the right candidate.\n"
        "Requirements:\nWe are unable to sponsor work visas for this position.",
        location={"text": "Austin, TX, US", "locality": "Austin", "country": "US"},
    )
    found = _findings(_run(job))["sponsorship"]
    assert found["status"] == "contradiction"
    assert "Visa sponsorship available" in found["evidence"]
    assert "unable to sponsor" in found["evidence"]
    assert "sponsor" in found["ask"]


def test_remote_in_the_title_and_office_days_in_the_body_are_a_contradiction():
    job = _job(
        "You will work three days a week in our Lisbon office.",
        title="Backend Engineer (Remote)",
        location={"remote": True, "text": "Remote"},
    )
    found = _findings(_run(job))["remote"]
    assert found["status"] == "contradiction" and "office" in found["evidence"]


def test_a_required_licence_or_clearance_the_person_lacks_blocks_one_they_hold_does_not():
    job = _job("Requirements:\nProfessional qualifications such as CPA or CA are essential.")
    lacks = _run(job, {**ENGINEER, "skills": ["budgeting", "mba"]})
    holds = _run(job, {**ENGINEER, "skills": ["budgeting", "hkicpa"]})
    assert _findings(lacks)["credential"]["status"] == "blocks"
    assert "credential" not in _findings(holds)
    clearance = _job("Requirements:\nAn active TS/SCI clearance with polygraph is required.")
    assert _run(clearance)["verdict"] == "skip"
    named = _job("Requirements:\nAn active TS/SCI is required to be considered.")
    assert _findings(_run(named))["clearance"]["status"] == "blocks"


def test_years_and_levels_far_above_the_person_block_a_little_above_is_a_stretch():
    senior = _job("Requirements:\n12+ years of software engineering experience.")
    junior = {**ENGINEER, "seniority": "entry"}
    assert _findings(_run(senior, junior))["years"]["status"] == "blocks"
    assert "years" not in _findings(_run(senior, {**ENGINEER, "years_experience": 13}))
    staff = _job("Python services.", title="Staff Backend Engineer")
    assert _findings(_run(staff, {**ENGINEER, "seniority": "mid"}))["seniority"]["status"] == (
        "stretch"
    )
    assert _findings(_run(staff, junior))["seniority"]["status"] == "blocks"


def test_students_only_blocks_someone_who_is_not_studying():
    job = _job("Requirements:\nUniversity student, IT field required.")
    assert _run(job, {**ENGINEER, "seniority": "entry"})["verdict"] == "skip"
    assert "students" not in _findings(_run(job, {**ENGINEER, "seniority": "intern"}))


def test_gaps_are_a_cost_and_more_of_them_never_raise_the_score_or_fit():
    few = _job("Requirements:\nPython and PostgreSQL.")
    many = _job("Requirements:\nPython, PostgreSQL, Rust, Haskell, Erlang, Elixir and Scala.")
    a, b = _run(few), _run(many)
    assert "gaps" not in {c["id"] for c in a["costs"]}
    gaps = next(c for c in b["costs"] if c["id"] == "gaps")
    assert gaps["text"].startswith("5 named requirements you don't have")
    assert b["score"] <= a["score"] and b["fit"] <= a["fit"]
    questions = {x["id"]: x for x in b["lenses"]}["new_questions"]
    assert not any("new to you" in r["text"] for r in questions["reasons"])


def test_an_alternative_the_person_holds_answers_the_others_and_not_required_is_not_a_gap():
    job = _job(
        "Requirements:\nAt least one programming language (Python, Julia or Scala).\n"
        "Knowledge of Rust is excellent but not a core requirement."
    )
    result = _run(job)
    assert "gaps" not in {c["id"] for c in result["costs"]}


def test_a_perk_in_boilerplate_or_a_duty_is_not_a_perk_and_an_industry_in_benefits_is_not_one():
    job = _job(
        "About us:\nWe build route-planning software for freight companies.\n"
        "Responsibilities:\nProvide training to the support team.\n"
        "Benefits:\nHealth insurance and a pension.\n"
        "We are an equal opportunity employer regardless of race, public assistance or "
        "membership in a local commission; Diversity, Equity and Inclusion matter to us."
    )
    a = analyse(job)
    assert {x["id"] for x in a["extras"]} == set()
    assert "learning" not in {p["id"] for p in a["perks"]}
    assert "healthcare" not in {i["id"] for i in a["industries"]}
    assert "logistics" in {i["id"] for i in a["industries"]}


def test_an_interview_step_is_read_from_the_hiring_process_not_from_the_duties():
    job = _job(
        "Responsibilities:\nIdentify behavioral changes in patients and present a portfolio "
        "demonstrating outcomes.\nHiring process:\nA recruiter call, then a take-home exercise."
    )
    steps = {s["id"] for s in analyse(job)["interview_steps"]}
    assert steps == {"recruiter_screen", "take_home"}


@pytest.mark.parametrize(
    ("heading", "part"),
    [
        ("What we offer:", BENEFITS),
        ("Ihr Profil", REQUIREMENTS),
        ("Nabízíme", BENEFITS),
        ("Qualifications minimales", REQUIREMENTS),
        ("Our interview process", PROCESS),
        ("Equal Opportunity Employer", LEGAL),
    ],
)
def test_headings_in_several_languages_start_their_part(heading, part):
    lines = split(f"{heading}\nSomething under it.")
    assert lines[-1].part == part


def test_a_wall_of_text_is_cut_at_its_run_in_headings():
    wall = ("We make tools for studios. " * 20) + "Responsibilities Define the strategy. " + (
        "Minimum Qualifications 8 years of experience in animation software. "
    )
    parts = [line.part for line in split(wall)]
    assert parts[0] != REQUIREMENTS and parts[-1] == REQUIREMENTS
    assert vote("We are an equal opportunity employer.") == LEGAL


def test_prose_wrapped_in_short_lines_under_details_is_the_pages_account_not_logistics():
    text = (
        "Details\nThis time we have been collaborating with two studios and\n"
        "we will have two talks on the language.\nWhere\nRoom 4, Main Street 12"
    )
    parts = [line.part for line in split(text)]
    assert parts[1] != "logistics" and parts[2] != "logistics"
    assert parts[-1] == "logistics"


@pytest.mark.parametrize(
    ("title", "description", "kind"),
    [
        ("Singles Mixer: Speed Dating Night", "Meet singles over drinks.", "dating"),
        ("Rovers vs United", "Kick-off 3pm, tournament final.", "sports"),
        ("City Council Meeting", "Public hearing on zoning; agenda attached.", "civic"),
        ("Book Club: a novel of two sisters", "We discuss the novel over tea.", "leisure"),
        ("Data Engineering Meetup", "Two talks, then networking with recruiters.", "career"),
    ],
)
def test_events_are_judged_for_what_they_are(title, description, kind):
    event = complete(
        {"kind": "event", "title": title, "description": description, "start": "2031-03-01"}
    )
    assert analyse(event)["event_kind"]["id"] == kind


def test_a_non_career_event_is_worth_only_what_touches_the_persons_field():
    tour = complete(
        {
            "kind": "event",
            "title": "Guided tour of a historic house museum",
            "description": "An hour-long guided tour of the house and its heritage gardens, "
            "led by the museum's curators.",
            "start": "2031-03-01T12:00:00+00:00",
            "location": {"text": "Bath, GB", "locality": "Bath", "country": "GB"},
        }
    )
    curator = {
        "target_roles": ["museum curator"],
        "industries": ["heritage", "museums"],
        "location": "Bath, GB",
    }
    engineer = {**ENGINEER, "location": "Bath, GB"}
    assert _run(tour, curator)["score"] > _run(tour, engineer)["score"]
    assert any("not a career event" in n for n in _run(tour, engineer)["notes"])


def test_evidence_is_the_pages_words_or_says_the_page_is_silent():
    result = _run(_job("Python services."))
    for lens in result["lenses"]:
        for reason in lens["reasons"]:
            assert reason["evidence"] not in ("title", "description", "baseSalary (absent)")
    offer = {x["id"]: x for x in result["lenses"]}["offer_upside"]
    assert offer["reasons"][0]["evidence"] == "The page does not state the pay."


def test_pay_from_the_listings_details_is_quoted_where_the_page_says_it_never_by_field_name():
    pay = {"min": 130000, "max": 160000, "currency": "AUD", "period": "YEAR"}
    said = _job("Python services. The base salary is AUD 130,000 - 160,000 plus super.", pay=pay)
    silent = _job("Python services.", pay=pay)
    for job, words in ((said, "The base salary is AUD 130,000 - 160,000 plus super."),
                       (silent, "The listing's details state the pay")):  # fmt: skip
        offer = {x["id"]: x for x in _run(job)["lenses"]}["offer_upside"]
        assert offer["reasons"][0]["evidence"] == words
        assert offer["reasons"][0]["text"].startswith("Pay ")


def test_an_event_names_no_gaps_only_a_job_does():
    event = complete(
        {
            "kind": "event",
            "title": "Book Club",
            "description": "Requirements:\nFluent French and Terraform experience required.",
            "start": "2031-03-01T18:00:00+01:00",
        }
    )
    result = _run(event)
    assert "gaps" not in {c["id"] for c in result["costs"]}
    job = _job("Requirements:\nTerraform and Helm experience required.")
    assert "gaps" in {c["id"] for c in _run(job)["costs"]}


def test_a_skill_is_found_in_the_page_as_the_person_wrote_it():
    from api.core.model import read_profile
    from api.core.model.relation import relate

    job = _job("You have significant experience with 3D animation software.")
    me = read_profile({**ENGINEER, "skills": ["3d animation", "presentations"]})
    known = relate(job, analyse(job), me).skill_known
    assert "3d animation" in known


def test_two_remote_areas_are_quoted_both_and_asked_for_someone_in_only_one():
    job = _job(
        "Requirements:\nYou are located in the Americas.",
        location={
            "text": "Remote (United States)",
            "country": "US",
            "remote": True,
            "remote_scope": {"countries": ["US"], "evidence": "Remote (United States)"},
        },
    )
    toronto = {**ENGINEER, "location": "Toronto, ON, CA"}
    found = _findings(_run(job, toronto))["remote_scope"]
    assert found["status"] == "contradiction" and "the Americas" in found["text"]
    assert "United States" in found["evidence"] and "Americas" in found["evidence"]
    assert _findings(_run(job))["remote_scope"]["status"] == "blocks"  # Berlin: in neither


def test_a_degrees_subjects_and_the_works_requirements_are_not_skills_asked():
    job = _job(
        "Responsibilities:\nEnsure compliance with governance requirements in project management."
        "\nRequirements:\nA bachelor's degree in Accounting, Finance or a related field is "
        "required.\nFive years of experience with Terraform."
    )
    asked = {s["name"]: s["required"] for s in analyse(job)["skills"]}
    assert asked.get("Terraform") is True
    assert asked["accounting"] is False and asked["project management"] is False


def test_an_acronym_the_page_spells_out_is_the_persons_and_abilities_are_not_lacked():
    from api.core.model import read_profile
    from api.core.model.relation import relate

    job = _job(
        "Requirements:\nYou raise Overall Equipment Effectiveness on the line. Leadership and "
        "problem solving."
    )
    me = read_profile({**ENGINEER, "skills": ["oee", "python"]})
    rel = relate(job, analyse(job), me)
    assert "oee" in rel.skill_known
    assert not {n.lower() for n, _ in rel.skill_new} & {"leadership", "problem solving"}
    other = relate(job, analyse(job), read_profile({**ENGINEER, "skills": ["tpm"]}))
    assert "tpm" not in other.skill_known


def test_landing_a_job_raises_the_obvious_value_of_a_role_one_wants():
    job = _job(
        "Requirements:\nPython, PostgreSQL and Kubernetes.",
        location={"text": "Berlin, DE", "locality": "Berlin", "country": "DE"},
    )
    landing = _run(job, {**ENGINEER, "goals": ["land"]})["score"]
    assert landing > _run(job, {**ENGINEER, "goals": []})["score"]


def test_a_skip_far_from_ones_aims_says_so_first_and_a_near_one_does_not():
    job = _job(
        "Requirements:\nExperience with Cisco routing, BGP and firewalls.\n"
        "Benefits:\nMeal vouchers and a yearly bonus.",
        title="Network Reliability Engineer",
    )
    nurse = {"target_roles": ["registered nurse"], "skills": ["patient care"],
             "seniority": "entry", "location": "Berlin, DE"}  # fmt: skip
    result = _run(job, nurse)
    assert result["verdict"] == "skip"
    first = result["reasons"][0]
    assert first["text"].startswith("Far from what you aim for (registered nurse)")
    assert first["evidence"] == "Network Reliability Engineer"  # the page's words
    near = _run(job, {**ENGINEER, "target_roles": ["site reliability engineer"]})
    assert not any(r["text"].startswith("Far from") for r in near["reasons"])


@pytest.mark.parametrize(
    ("title", "named"),
    [("Rust Meetup", True), ("Ignite Portland 4", False),
     ("Board Meeting – November 13, 2018", False),
     ("Do You Know How To Read Jamaican? A First-Ever Webinar on Reading It", False)],
)  # fmt: skip
def test_an_ended_events_plan_names_the_next_one_only_by_a_title_that_fits_it(title, named):
    event = complete({"kind": "event", "title": title, "organization": "Harbor Guild",
                      "description": "Talks and conversation.", "start": "2019-03-01T18:00:00",
                      "status": "past"})  # fmt: skip
    result = _run(event)
    assert result["verdict"] == "ended"
    first = result["plan"][0]
    assert (title in first) is named
    assert first.endswith("from Harbor Guild.")


def test_the_pays_silence_is_a_question_in_its_lens_never_a_top_reason():
    job = _job(
        "About the role:\nBuild our billing services in Python and PostgreSQL.\n"
        "Requirements:\nPython, PostgreSQL.",
        location={"text": "Berlin, DE", "locality": "Berlin", "country": "DE"},
    )
    result = _run(job)
    upside = next(lens for lens in result["lenses"] if lens["id"] == "offer_upside")
    assert any("not stated" in r["text"] for r in upside["reasons"])  # kept where it belongs
    assert result["reasons"]  # the answer still has its reasons…
    assert not any("not stated" in r["text"] for r in result["reasons"])  # …none a silence


def test_hiring_across_teams_said_in_the_sentence_that_counts_the_roles_is_one_door():
    job = _job("We are hiring for 25 open positions across platform and data teams.\n"
               "Requirements:\nPython, PostgreSQL.")  # fmt: skip
    doors = next(lens for lens in _run(job)["lenses"] if lens["id"] == "other_openings")
    assert doors["reasons"][0]["text"].startswith("25 open roles")
    assert [r["text"] for r in doors["reasons"]].count("Hiring across teams") == 0
    elsewhere = _job(
        "We are hiring for 25 open positions.\n"
        "Roles are open across many teams and offices.\nRequirements:\nPython."
    )
    doors = next(lens for lens in _run(elsewhere)["lenses"] if lens["id"] == "other_openings")
    assert any(r["text"] == "Hiring across teams" for r in doors["reasons"])
