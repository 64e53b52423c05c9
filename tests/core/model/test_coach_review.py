"""A coach's review of real answers: cues read in their sense, what a page offers is not what it
asks, a posting in two languages, and plan steps that belong to the kind of page.

Opportunities here are written in the tests' own words, not copied from any fixture.
"""

from __future__ import annotations

from datetime import date

from api.core.model import analyse, estimate
from api.core.model.cues import other_sense
from api.core.opportunity import complete

TODAY = date(2031, 1, 10)
ELECTRICIAN = {
    "target_roles": ["electrician"],
    "skills": ["electrical wiring", "conduit bending", "blueprint reading"],
    "industries": ["oil and gas"],
    "seniority": "entry",
    "location": "Houston, TX, US",
    "goals": ["land", "network"],
}
ANALYST = {
    "target_roles": ["data analyst"],
    "skills": ["sql", "excel", "power bi"],
    "seniority": "mid",
    "location": "Leeds, GB",
    "languages": ["en"],
    "goals": ["land"],
}


def _job(description: str, title="Analytics Engineer", org="Brightwater Labs", **fields) -> dict:
    base = {"kind": "job", "title": title, "organization": org}
    return complete({**base, "description": description, **fields})


def _run(opportunity, profile):
    return estimate(opportunity, analyse(opportunity), profile, TODAY)


def _texts(result) -> str:
    lines = [r["text"] for r in result["reasons"]]
    lines += [r["text"] for lens in result["lenses"] for r in lens["reasons"]]
    return "\n".join(lines + result["plan"])


def test_an_industry_word_with_another_sense_is_read_in_the_sense_its_neighbours_give():
    assert other_sense("oil and gas", "You will work upstream with engineering on data models.")
    assert other_sense("oil and gas", "Own the CI/CD pipelines and release tooling.")
    assert not other_sense("oil and gas", "We design gathering pipelines for upstream operators.")
    # A word of the industry without another sense keeps it, whatever stands beside it.
    assert not other_sense("oil and gas", "Data for our oil and gas pipelines.")
    assert other_sense("media", "Streaming data through Kafka in real time.")
    assert not other_sense("media", "A streaming service for films and series.")

    data_job = _job(
        "About the role:\nYou will work upstream with engineering to see how data is created in "
        "our production systems.\nYou will build dashboards for finance."
    )
    assert analyse(data_job)["industries"] == []
    result = _run(data_job, ELECTRICIAN)
    assert "oil and gas" not in _texts(result)
    # The same industry said plainly is read.
    energy_job = _job(
        "About us:\nWe build and run natural gas pipelines across Texas.",
        title="Pipeline Technician",
        org="Gulf Line Services",
    )
    assert [h["id"] for h in analyse(energy_job)["industries"]] == ["oil and gas"]
    assert "oil and gas, an industry you named" in _texts(_run(energy_job, ELECTRICIAN))


def test_a_skill_named_where_the_page_speaks_of_pay_is_not_asked_even_under_requirements():
    job = _job(
        "Requirements:\n5 years of experience with SQL and dashboards.\n"
        "Beyond base salary we pay annual bonuses, commissions for sales roles and stock grants.",
    )
    skills = {s["name"]: s for s in analyse(job)["skills"]}
    assert skills["SQL"]["required"]
    assert not skills["sales"]["required"]
    gaps = next((c for c in _run(job, ANALYST)["costs"] if c["id"] == "gaps"), None)
    assert gaps is None or "sales" not in gaps["text"]
    # Asked in so many words, a pay line still asks it.
    asked = _job("Requirements:\nSales experience required; salary and bonus on target.")
    assert {s["name"]: s for s in analyse(asked)["skills"]}["sales"]["required"]


FRENCH = (
    "Description du poste. Vous travaillerez avec les équipes produits et les clients pour "
    "comprendre leurs besoins et définir la stratégie de mise sur le marché de nos logiciels. "
    "Vous devez avoir une expérience significative des logiciels et des grandes organisations. "
)
ENGLISH = (
    "Job description. You will work with the product teams and with customers to understand "
    "their needs and define the go-to-market strategy for our software. You must have "
    "significant experience of software and of large organisations. "
)


def test_a_posting_in_two_languages_blocks_no_one_who_reads_either():
    both = _job(FRENCH * 2 + ENGLISH * 2, language="fr", title="Strategy Manager")
    assert set(analyse(both)["written_in"]) == {"fr", "en"}
    findings = {f["id"] for f in _run(both, ANALYST)["eligibility"]["findings"]}
    assert "language" not in findings
    # French alone still blocks someone who reads only English.
    french = _job(FRENCH * 4, language="fr", title="Strategy Manager")
    assert analyse(french)["written_in"] == ["fr"]
    blocked = _run(french, ANALYST)
    assert blocked["verdict"] == "skip"
    assert "French" in blocked["reasons"][0]["text"]


def test_a_jobs_plan_never_names_its_title_as_a_place_or_the_person_who_taught_you():
    job = _job(
        "Draft pipeline layouts in AutoCAD. Associate degree and five years of drafting required.",
        title="Pipeline Designer",
        org=None,
    )
    for goals in (["network"], ["learn"]):
        plan = _run(job, {**ELECTRICIAN, "goals": goals})["plan"]
        assert not any("Pipeline Designer taught" in s or "at Pipeline Designer" in s for s in plan)
    event = complete(
        {
            "kind": "event",
            "title": "Spring Trades Mixer",
            "organization": "Gulf Trades Guild",
            "start": "2031-03-05T18:00:00-06:00",
            "description": "Electricians, apprentices and contractors meet for an evening of "
            "open networking. Twenty contractors are hiring.",
            "location": {"text": "Houston, TX", "locality": "Houston", "country": "US"},
        }
    )
    plan = _run(event, ELECTRICIAN)["plan"]
    assert any("Spring Trades Mixer" in s for s in plan)


def test_a_page_far_from_ones_aims_asks_about_people_who_hold_the_role_in_plain_words():
    houston = {"text": "Houston, TX", "locality": "Houston", "country": "US"}
    perks = _job(
        "Own the quarterly close and the general ledger. We offer flexible hours and remote work.",
        title="Financial Controller",
        location=houston,
    )
    accountant = {"target_roles": ["accountant"], "skills": ["general ledger", "excel"]}
    text = _texts(_run(perks, {**accountant, "location": "Houston, TX, US"}))
    assert "(the title is not an accountant role)" in text
    assert "a accountant" not in text
    job = _job("Own the quarterly close.", title="Financial Controller", location=houston)
    plan = _run(job, ELECTRICIAN)["plan"]
    assert plan[0].startswith("Little in Financial Controller leads toward electrician")
    assert "whether anyone at Brightwater Labs works as an electrician" in plan[1]
    assert not any("electrician work" in s for s in plan)
    fair = complete(
        {
            "kind": "event",
            "title": "Summer Craft Fair",
            "start": "2031-06-05T10:00:00-06:00",
            "description": "Food trucks, a kids zone, a costume contest and local makers.",
            "location": {"text": "Houston, TX", "locality": "Houston", "country": "US"},
        }
    )
    plan = _run(fair, ANALYST)["plan"]
    assert not any("at the organizers" in s for s in plan)
    assert not any("data analyst work" in s for s in plan)


ENGINEER = {
    "target_roles": ["senior mechanical engineer"],
    "skills": ["solidworks", "fea", "autocad", "gd&t"],
    "seniority": "senior",
    "location": "Denver, CO, US",
    "goals": ["land"],
}


def _drafting(qualification: str) -> dict:
    return _job(
        f"Qualifications:\n{qualification}\n"
        "Prepare as-built drawings in AutoCAD and Civil 3D for utility routes.",
        title="Conduit Designer",
        org="Northfield Utilities",
        location={"text": "Denver, CO", "locality": "Denver", "country": "US"},
    )


def test_an_associates_degree_with_a_curly_apostrophe_is_read_as_a_degree():
    job = _drafting("Associate’s degree from a two-year technical school and five years of work.")
    degrees = [c["value"] for c in analyse(job)["conditions"] if c["id"] == "degree"]
    assert degrees == ["associate"]


def test_a_loosely_read_title_is_below_a_senior_when_the_degree_asked_agrees_with_its_level():
    asks_less = _drafting("Associate’s degree from a two-year technical school; 5 years of work.")
    silent = _drafting("Five years of related work.")
    role = analyse(asks_less)["role"]
    assert role["job_zone"] == 3 and role["confidence"] < 0.5  # a drafter, read loosely
    below = _run(asks_less, ENGINEER)
    assert below["verdict"] == "skip"
    assert below["reasons"][0]["text"].startswith("Work that asks less preparation")
    # Without the degree the loose reading alone decides nothing.
    unsure = _run(silent, ENGINEER)
    assert not unsure["reasons"][0]["text"].startswith("Work that asks less preparation")
    assert unsure["score"] > below["score"]


FIRMWARE = {
    "target_roles": ["firmware engineer"],
    "skills": ["embedded c", "rtos", "stm32"],
    "seniority": "mid",
    "location": "Lyon, FR",
    "languages": ["fr", "en"],
    "avoid": ["defence"],
    "goals": ["land"],
}


def _firmware_job(about: str, org="Skyline Systems") -> dict:
    return _job(
        f"About us:\n{about}\nRequirements:\nEmbedded C on STM32 with an RTOS.\n"
        "We offer flexible hours and training.",
        title="Firmware Engineer",
        org=org,
        location={"text": "Lyon, France", "locality": "Lyon", "country": "FR"},
    )


def test_what_one_avoids_named_only_in_a_jobs_body_is_a_doubt_not_a_headline_to_look_past():
    plain = _run(_firmware_job("We build flight controllers for satellites."), FIRMWARE)
    doubt = _run(_firmware_job("We build flight controllers for defence drones."), FIRMWARE)
    assert "headline puts you off" not in _texts(doubt)
    avoided = next(c for c in doubt["costs"] if c["id"] == "avoided")
    assert avoided["text"] == "The page speaks of defence, which you avoid"
    assert avoided["evidence"] == "We build flight controllers for defence drones."
    assert "touches defence" in doubt["plan"][0]
    assert doubt["score"] < plain["score"]
    assert not any(c["id"] == "avoided" for c in plain["costs"])
    # Where the headline names it too, the body's words say the headline again: a second look.
    agency = {**FIRMWARE, "avoid": ["defence contractor"]}
    named = _run(
        _firmware_job("We are a defence contractor, but this team builds satellite firmware.",
                      org="Skyline Defence"),  # fmt: skip
        agency,
    )
    assert "(it mentions defence contractor, which you avoid)" in _texts(named)
    assert not any(c["id"] == "avoided" for c in named["costs"])


def test_the_craft_a_target_role_is_named_for_is_never_a_gap_of_someone_aiming_at_it():
    job = _job(
        "Requirements:\nStrong skills in data analysis and project management are required.",
        title="Insights Lead",
        location={"text": "Leeds", "locality": "Leeds", "country": "GB"},
    )
    gaps = next(c for c in _run(job, ANALYST)["costs"] if c["id"] == "gaps")
    assert "project management" in gaps["text"]
    assert "data analysis" not in gaps["text"]
    # For someone aiming elsewhere, the same requirement is a gap.
    other = _run(job, {**ANALYST, "target_roles": ["brand manager"]})
    gaps = next(c for c in other["costs"] if c["id"] == "gaps")
    assert "data analysis" in gaps["text"]


def test_a_doubt_a_lens_already_gives_is_said_once_among_the_reasons():
    marketer = {
        "target_roles": ["marketing manager"],
        "skills": ["seo", "brand strategy"],
        "seniority": "senior",
        "location": "Denver, CO, US",
    }
    result = _run(_drafting("Associate’s degree and 5 years."), marketer)
    texts = [r["text"] for r in result["reasons"]]
    assert any(t.startswith("Work that asks less preparation than a marketing") for t in texts)
    assert len(texts) == len(set(texts))


def test_a_presence_in_many_places_is_said_as_the_page_counts_it_not_as_hiring_everywhere():
    job = _job(
        "About us:\nThe company has operations in more than 30 countries.\n"
        "Requirements:\nSQL and dashboards.",
        location={"text": "Leeds", "locality": "Leeds", "country": "GB"},
    )
    doors = next(lens for lens in _run(job, ANALYST)["lenses"] if lens["id"] == "other_openings")
    texts = [r["text"] for r in doors["reasons"]]
    assert "Present in 30+ countries: openings beyond this one" in texts
    assert not any("Hiring across" in t for t in texts)


WEB = {
    "target_roles": ["frontend developer"],
    "skills": ["react", "javascript", "sql"],
    "seniority": "entry",
    "location": "Portland, OR, US",
}


def test_the_persons_skill_named_only_in_the_organisations_account_is_not_their_work_there():
    def page(about: str) -> dict:
        return _job(
            f"About us:\n{about}\nAbout the role:\nBuild forecasts and experiments for finance.\n"
            "Requirements:\nSQL and statistics.",
            title="Data Scientist",
            org="Lumen Cloud",
            location={"text": "Portland, OR", "locality": "Portland", "country": "US"},
        )

    def body_skills(result) -> str:
        look = next(lens for lens in result["lenses"] if lens["id"] == "second_look")
        return next((r["text"] for r in look["reasons"] if "in the body" in r["text"]), "")

    blurb = _run(page("Our team leads the React ecosystem and serves developers."), WEB)
    assert body_skills(blurb) == "1 of your skills is in the body (SQL)"
    # Named where the role's work is described, it is theirs.
    work = _job(
        "About the role:\nYou will build React dashboards for our forecasts.\n"
        "Requirements:\nSQL and statistics.",
        title="Data Scientist",
        org="Lumen Cloud",
        location={"text": "Portland, OR", "locality": "Portland", "country": "US"},
    )
    assert "React" in body_skills(_run(work, WEB))


def test_the_rehearsal_names_the_target_role_the_page_is_nearest_to():
    job = _job("Build forecasting models in Python and SQL; present them to finance leads.",
               title="Data Scientist")  # fmt: skip
    person = {"target_roles": ["accountant", "financial analyst"],
              "skills": ["excel", "financial reporting"]}  # fmt: skip
    result = _run(job, person)
    practice = {lens["id"]: lens for lens in result["lenses"]}["practice"]
    first = practice["reasons"][0]["text"] if practice["reasons"] else ""
    assert "financial analyst" in first and "accountant" not in first, first
