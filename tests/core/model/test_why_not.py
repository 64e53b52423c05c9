"""A skip for low value says first why the page is not worth the time, in the page's words or
saying that the page is silent; what little it offers follows. A word a title names the team or
field by is not a named requirement.

Opportunities here are written in the tests' own words, not copied from any fixture.
"""

from __future__ import annotations

from datetime import date

from api.core.model import analyse, estimate
from api.core.opportunity import complete

TODAY = date(2031, 1, 10)
LEAD = "Not worth your time"
BACKEND = {
    "target_roles": ["backend engineer"],
    "skills": ["python", "postgres", "kubernetes"],
    "industries": ["fintech"],
    "seniority": "senior",
    "location": "Boston, MA, US",
    "min_salary": {"amount": 160000, "currency": "USD", "period": "YEAR"},
    "recent_interviews": 6,
    "goals": ["land"],
}
NURSE = {
    "target_roles": ["registered nurse"],
    "skills": ["patient assessment", "medication administration", "epic"],
    "seniority": "entry",
    "location": "Chicago, IL, US",
    "min_salary": {"amount": 70000, "currency": "USD", "period": "YEAR"},
    "goals": ["land"],
}


def _run(fields, profile):
    opportunity = complete(fields)
    return estimate(opportunity, analyse(opportunity), profile, TODAY)


def _card(title, where="Remote - US", **fields):
    return {"kind": "job", "title": title, "location": {"text": where}, **fields}


def _gap_text(result) -> str:
    return next((c["text"] for c in result["costs"] if c["id"] == "gaps"), "")


def test_a_bare_card_skipped_for_low_value_says_first_what_it_lacks():
    for title in ("Platform Engineer, Payments", "Staff Data Engineer",
                  "Engineering Manager, Risk"):
        result = _run(_card(title, "New York, NY"), BACKEND)
        assert result["verdict"] == "skip", (title, result["score"])
        first = result["reasons"][0]
        assert first["text"].startswith(f"{LEAD}: not a backend engineer role"), first
        # The page is silent on pay and on the work: said so, never read as praise.
        assert "no pay stated" in first["text"]
        assert "nothing said about the work" in first["text"]
        assert first["evidence"] == title
        # What little it offers follows.
        assert len(result["reasons"]) >= 2
        assert not result["reasons"][1]["text"].startswith(LEAD)


def test_a_heavy_cost_is_named_with_the_pages_words_for_it():
    for title in ("Data Engineer", "DevOps Engineer"):
        result = _run(_card(title, "Seattle, WA"), BACKEND)
        assert result["verdict"] == "skip"
        first = result["reasons"][0]
        assert first["text"].startswith(LEAD)
        assert "km away (Seattle, WA)" in first["text"]
    # A page far from the person's aims says that first, as before.
    far = _run(_card("Account Executive", "Seattle, WA"), BACKEND)
    assert far["reasons"][0]["text"].startswith("Far from what you aim for")


def test_pay_below_the_floor_is_what_makes_it_not_worth_it():
    job = {
        "kind": "job",
        "title": "Registered Nurse, Night Shift",
        "organization": "Lakeside Clinic",
        "location": {"text": "Chicago, IL", "locality": "Chicago", "country": "US"},
        "description": (
            "About the role: you will care for patients on our night ward, give medications and "
            "keep records in Epic. Pay: $21 to $24 per hour. A registered nurse licence in "
            "Illinois is required. We are a small outpatient clinic on the north side."
        ),
    }
    result = _run(job, {**NURSE, "min_salary": {"amount": 95000, "currency": "USD",
                                                "period": "YEAR"}})  # fmt: skip
    if result["verdict"] == "skip":
        first = result["reasons"][0]
        assert first["text"].startswith(LEAD)
        assert "pay that tops out below your floor" in first["text"]
        assert "$21" in first["evidence"]


def test_a_page_naming_none_of_the_persons_skills_says_so():
    job = {
        "kind": "job",
        "title": "Warehouse Associate",
        "organization": "Northline Freight",
        "location": {"text": "Newark, NJ", "locality": "Newark", "country": "US"},
        "description": (
            "Requirements: experience with forklift operation and inventory management. You "
            "will load trucks, count stock and keep the dock clean. Shifts start at 5am. "
            "Pay: $18 per hour, with overtime. We move groceries for stores across the state."
        ),
    }
    result = _run(job, BACKEND)
    assert result["verdict"] == "skip"
    first = result["reasons"][0]
    assert first["text"].startswith(LEAD) or first["text"].startswith("Far from what you aim")
    texts = " ".join(r["text"] for r in result["reasons"])
    assert "much of the interview carries over" not in result["reasons"][0]["text"]
    assert texts


def test_a_small_meetup_says_how_few_people_one_would_meet():
    event = {
        "kind": "event",
        "title": "Quiet Python Evening",
        "organization": "Back Bay Pythonistas",
        "start": "2031-02-05T18:30:00-05:00",
        "end": "2031-02-05T20:00:00-05:00",
        "attendance_mode": "online",
        "description": "Two short talks on typing in Python, then questions. Online only.",
    }
    result = _run(event, {**BACKEND, "goals": ["land"], "recent_interviews": 0})
    if result["verdict"] == "skip":
        first = result["reasons"][0]
        assert first["text"].startswith(LEAD)
        assert "new conversations likely" in first["text"] or "km" in first["text"]
        assert first["evidence"]


def test_a_far_event_on_a_near_topic_names_the_distance_not_a_far_subject():
    event = {
        "kind": "event",
        "title": "Postgres Performance Day",
        "organization": "Nordic Database Society",
        "start": "2031-03-12T09:00:00+02:00",
        "end": "2031-03-12T17:00:00+02:00",
        "location": {"text": "Helsinki, Finland", "locality": "Helsinki", "country": "FI"},
        "description": "A day of talks on PostgreSQL tuning and query plans, with lunch.",
    }
    result = _run(event, BACKEND)
    assert result["verdict"] == "skip"
    first = result["reasons"][0]
    assert first["text"].startswith(LEAD)
    assert "km from you" in first["text"]
    assert "far from your field" not in first["text"]


def test_a_skip_that_blocks_keeps_its_blocking_reason_first():
    job = {"kind": "job", "title": "Backend Engineer",
           "location": {"text": "Remote - Canada", "remote": True},
           "description": "Remote only for people who live in Canada. Python and Postgres."}
    result = _run(job, BACKEND)
    assert result["verdict"] == "skip"
    assert not result["reasons"][0]["text"].startswith(LEAD)
    assert "Canada" in result["reasons"][0]["text"]


def test_a_maybe_or_better_opens_with_what_it_offers():
    job = {
        "kind": "job",
        "title": "Senior Backend Engineer",
        "organization": "Harbor Ledger",
        "location": {"text": "Boston, MA", "locality": "Boston", "country": "US"},
        "description": (
            "You will build Python services on Postgres and Kubernetes for our payments ledger. "
            "Salary: $175,000 - $205,000 per year. Interview: a coding exercise and a system "
            "design conversation."
        ),
    }
    result = _run(job, BACKEND)
    assert result["verdict"] != "skip"
    assert not any(r["text"].startswith(LEAD) for r in result["reasons"])


def test_a_field_a_title_names_is_not_a_named_requirement_but_a_product_it_names_is():
    # A team or a field after the role ("Payments", "Risk", "Machine Learning") is not asked.
    for title in ("Platform Engineer, Payments", "Software Engineer - Risk",
                  "Backend Engineer, Machine Learning", "Statistics Teacher"):
        assert "payments" not in _gap_text(_run(_card(title), BACKEND)), title
        assert not [s for s in analyse(complete(_card(title)))["skills"] if s["required"]], title
    assert not _gap_text(_run(_card("Payments Analyst"), NURSE))
    # A product the title names is what the work is done with ("Salesforce Administrator").
    assert "Salesforce" in _gap_text(_run(_card("Salesforce Administrator"), NURSE))
    # Asked in the description, a field is a named requirement all the same.
    asked = _card("Platform Engineer, Payments", description=(
        "Requirements: 5 years of experience building payment processing systems in Python."))
    assert "payments" in _gap_text(_run(asked, BACKEND))


def test_the_title_still_chooses_the_occupation_when_its_words_are_not_asked():
    role = analyse(complete(_card("Platform Engineer, Payments")))["role"]
    assert role and role["code"].startswith("15-")


def test_the_plan_of_a_skip_for_low_value_opens_by_saying_so_and_prepares_no_interview():
    for title in ("Platform Engineer, Payments", "Staff Data Engineer",
                  "Engineering Manager, Risk"):
        result = _run(_card(title, "New York, NY"), BACKEND)
        assert result["verdict"] == "skip"
        why = result["reasons"][0]["text"].partition(f"{LEAD}: ")[2]
        assert result["plan"][0] == f"Skip this one: {why[0].lower()}{why[1:]}."
        assert 2 <= len(result["plan"]) <= 3
        # No step readies them for an interview the verdict advises against.
        assert not any("Afterwards" in step or "Decide beforehand" in step
                       for step in result["plan"])


def test_the_plan_of_a_skip_for_a_role_far_below_opens_by_saying_so():
    role = _card("IT Support Technician", "Boston, MA",
                 description="Answer tickets and reset passwords for our staff. Entry level; "
                             "training provided.")  # fmt: skip
    result = _run(role, BACKEND)
    assert result["verdict"] == "skip"
    first = result["reasons"][0]["text"]
    assert "below yours" in first
    assert result["plan"][0] == f"Skip this one: {first[0].lower()}{first[1:]}."
    assert not any("Afterwards" in step or "Ask them where" in step for step in result["plan"])


def test_the_plan_of_a_skip_far_from_ones_aims_readies_no_attendance():
    club = {"kind": "event", "title": "Winter Book Club", "start": "2031-02-03T18:30:00-05:00",
            "description": "We read a novel together over tea. Members only: entry is by "
                           "approval of the committee.",
            "location": {"text": "Boston, MA", "locality": "Boston", "country": "US"}}  # fmt: skip
    result = _run(club, BACKEND)
    assert result["verdict"] == "skip"
    assert result["plan"][0].startswith("Little in Winter Book Club leads toward backend engineer")
    assert not any("Register" in step or "Afterwards" in step for step in result["plan"])
