"""The analysis reads what a page says, each finding with the sentence it came from."""

from __future__ import annotations

import json

import pytest

from api.core.model import MODEL_VERSION, analyse
from api.core.model.evidence import Matcher, Text, find, required_literals, sentences, to_number
from api.core.opportunity import complete


def _job(description: str, **fields) -> dict:
    return complete(
        {"kind": "job", "title": "Backend Engineer", "description": description, **fields}
    )


def _event(description: str, **fields) -> dict:
    return complete({"kind": "event", "title": "Evening", "description": description, **fields})


def test_interview_steps_are_read_with_their_sentence():
    a = analyse(
        _job(
            "Hello.\nInterview process: a recruiter screen, a take-home exercise and "
            "a system design interview, then a panel with the hiring manager."
        )
    )
    steps = {s["id"]: s for s in a["interview_steps"]}
    assert {"recruiter_screen", "take_home", "system_design", "panel", "hiring_manager"} <= set(
        steps
    )
    assert steps["take_home"]["evidence"].startswith("Interview process:")


def test_a_design_interview_is_not_counted_twice():
    a = analyse(_job("Interviews: a system design interview."))
    assert [s["id"] for s in a["interview_steps"]] == ["system_design"]


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("We are hiring for 40+ roles across the company.", "open_roles", 40),
        ("Meet 85 employers hiring interns.", "employers", 85),
        ("Recruiters from eight fintech startups attend.", "employers", 8),
        ("Sixty founders, operators and investors meet.", "attendees", 60),
        ("Brightpath places more than 200 candidates a year.", "placements", 200),
        ("We are hiring across 12 offices.", "sites", 12),
        ("Everyone leaves with a dozen new contacts.", "contacts", 12),
    ],
)
def test_quantities_are_read_from_prose(text, key, value):
    q = analyse(_event(text))["quantities"]
    assert q[key]["value"] == value
    assert q[key]["evidence"] == text


def test_a_count_field_and_capacity_are_quantities_whose_evidence_reads_as_words_not_fields():
    q = analyse(_event("Drinks.", capacity=250, counts={"open_roles": 7}))["quantities"]
    assert q["capacity"] == {"value": 250, "plus": False, "evidence": "Capacity: 250"}
    assert q["open_roles"]["evidence"] == "7 open roles, as the page counts them"
    said = analyse(_event("Drinks.", capacity=250, evidence={"capacity": "Only 250 seats"}))
    assert said["quantities"]["capacity"]["evidence"] == "Only 250 seats"


def test_event_formats_and_attendees_are_read():
    a = analyse(
        _event(
            "Short talks from the CTO of Ledgerly, then open networking. "
            "Recruiters from eight startups attend."
        )
    )
    assert {"talk", "mixer"} <= {f["id"] for f in a["formats"]}
    attendees = {x["id"]: x for x in a["attendees"]}
    assert attendees["recruiters"]["count"] == 8
    assert "executives" in attendees


def test_an_online_event_without_interaction_is_a_broadcast():
    a = analyse(_event("Our CFO presents the results.", attendance_mode="online"))
    assert "webinar" in {f["id"] for f in a["formats"]}


def test_pay_is_read_from_text_and_annualised():
    pay = analyse(_job("Compensation: $210,000–$250,000 base and equity."))["pay"]
    assert (pay["min"], pay["max"], pay["currency"], pay["period"]) == (
        210000,
        250000,
        "USD",
        "YEAR",
    )
    hourly = analyse(_job("x", pay={"min": 20, "max": 25, "currency": "USD", "period": "HOUR"}))
    assert hourly["pay"]["annual_max"] == 25 * 2080


def test_compensation_extras_and_perks_are_read():
    a = analyse(
        _job(
            "Meaningful equity and a $20,000 signing bonus. Fully remote. "
            "Internal moves between teams are encouraged."
        )
    )
    assert {"equity", "signing_bonus"} <= {e["id"] for e in a["extras"]}
    assert {"remote", "mobility"} <= {p["id"] for p in a["perks"]}


def test_duration_comes_from_the_dates_or_the_prose_of_an_event():
    timed = analyse(_event("x", start="2031-04-10T18:00:00-04:00", end="2031-04-10T21:00:00-04:00"))
    assert timed["duration"]["hours"] == 3.0
    prose = analyse(_event("A relaxed three-hour class for beginners."))
    assert prose["duration"]["hours"] == 3.0
    assert analyse(_job("A four-day work week."))["duration"] is None


def test_the_analysis_is_plain_json_and_carries_the_model_version():
    a = analyse(_job("Go and Python on PostgreSQL."))
    assert json.loads(json.dumps(a)) == a
    assert a["model_version"] == MODEL_VERSION


def test_an_empty_opportunity_is_analysed_without_error():
    a = analyse(complete({"kind": "event", "title": ""}))
    assert a["skills"] == [] and a["interview_steps"] == [] and a["duration"] is None


def test_a_cue_scans_only_sentences_holding_its_required_words():
    assert required_literals(r"\bspeed[- ]networking\b|\bin rounds\b") == (
        "in rounds",
        "networking",
    )
    assert required_literals(r"\b\w+ly\b") is None
    text = Text(sentences("Nothing here. We meet in rounds of five."))
    hit = find(Matcher(r"\bin rounds\b"), text)
    assert hit and hit[1] == "We meet in rounds of five."


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("40+", 40),
        ("1,500", 1500),
        ("2.5k", 2500),
        ("twenty-five", 25),
        ("more than 200", 200),
        ("a dozen", 12),
        ("eight", 8),
    ],
)
def test_numbers_are_read_as_written(written, value):
    assert to_number(written) == value


def test_on_site_interviews_at_an_event_are_held_on_the_day_not_a_final_round():
    at_event = analyse(_event("Twenty employers. On-site interviews for graduates."))
    for_job = analyse(_job("The last step is an on-site interview with the team."))
    assert [s["id"] for s in at_event["interview_steps"]] == ["on_the_spot"]
    assert [s["id"] for s in for_job["interview_steps"]] == ["onsite"]


def test_an_event_is_about_the_skills_its_name_names_even_run_into_one_word():
    def topics(title):
        return analyse(complete({"kind": "event", "title": title, "description": ""}))["topics"]

    assert "Python" in topics("EuroPython 2025")
    assert "JavaScript" in topics("JavaScript Day") and "Java" not in topics("JavaScript Day")
    assert topics("LinkedIn Local") == []


def test_countries_are_places_it_works_from_only_when_the_clause_says_so():
    def sites(text):
        return analyse(complete({"kind": "job", "title": "Engineer", "description": text}))[
            "quantities"
        ].get("sites")

    assert sites("We have offices in 30 countries.")["value"] == 30
    assert sites("Our brands are sold in more than 180 countries.") is None
    assert sites("Customers in 195 countries use our app.") is None


def test_a_partner_organization_is_not_an_executive_in_the_room():
    def attendees(text):
        event = complete({"kind": "event", "title": "Seminar", "description": text})
        return {a["id"] for a in analyse(event)["attendees"]}

    assert "executives" not in attendees("Partner ist das Journalistenzentrum Herne.")
    assert "executives" not in attendees("Run with our partner, the city library.")
    assert "executives" in attendees("Meet managing partners from six law firms.")


def test_a_career_event_in_a_room_has_conversations_even_when_its_format_is_unstated():
    from api.core.model.lenses.network_reach import conversations

    fair = complete(
        {"kind": "event", "title": "Career Evening", "description": "Employers meet graduates."}
    )
    analysis = {**analyse(fair), "formats": []}
    talks, basis = conversations(analysis, fair)
    assert talks > 0 and "format not stated" in basis
    online = {**fair, "attendance_mode": "online"}
    assert conversations(analysis, online)[0] == 0


def test_the_skills_a_posting_asks_for_choose_among_the_occupations_its_title_could_name():
    job = complete(
        {
            "kind": "job",
            "title": "QA Packaging Engineer",
            "description": "Requirements:\nExperience with FMEA, DOE and Six Sigma is required.",
        }
    )
    assert analyse(job)["role"]["display_name"] == "industrial engineer"
