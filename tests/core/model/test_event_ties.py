"""Events by kind and audience: a non-career event is worth a look for the people it gathers.

A book club, a tour or a public meeting is not a career event, yet its hosts and regulars may be
the person's own field: the host's name is the field of their target role, it gathers the
community of a language they offer, it is their own craft done in public, or its kind of event
gathers the people of their work (a public body's meeting, for someone who aims at policy work).
Such ties are valued modestly (a networking chance, not a career event), as local ties, and the
plan names the page's hosts. Events and people are written in the tests' own words.
"""

from __future__ import annotations

from datetime import date

import pytest

from api.core.model import analyse, estimate
from api.core.opportunity import complete

TODAY = date(2031, 1, 10)
WHEN = "2031-03-01T19:00:00+00:00"


def _event(title, description, organization=None, city="Leeds", country="GB"):
    return complete(
        {
            "kind": "event",
            "title": title,
            "organization": organization,
            "description": description,
            "start": WHEN,
            "location": {"text": f"{city}, {country}", "locality": city, "country": country},
        }
    )


def _run(event, profile):
    return estimate(event, analyse(event), profile, TODAY)


def _lens(result, lens_id):
    return next(lens for lens in result["lenses"] if lens["id"] == lens_id)


READING_CIRCLE = _event(
    "Poetry Reading Circle: an evening of translated verse",
    "Members and guests read poems aloud and talk about them over tea. Free for members.",
    organization="The Portugal Circle",
)
LISBON_DESK = {
    "target_roles": ["portugal desk officer"],
    "skills": ["portuguese", "client relations"],
    "seniority": "entry",
    "location": "Leeds, GB",
    "goals": ["network"],
}
ACCOUNTANT = {
    "target_roles": ["accountant"],
    "skills": ["excel", "ifrs"],
    "seniority": "mid",
    "location": "Leeds, GB",
    "goals": ["network"],
}


def test_a_leisure_event_hosted_by_the_field_of_a_target_role_is_a_networking_chance():
    assert analyse(READING_CIRCLE)["event_kind"]["id"] == "leisure"
    desk = _run(READING_CIRCLE, LISBON_DESK)
    other = _run(READING_CIRCLE, ACCOUNTANT)
    assert desk["verdict"] in ("maybe", "worth_a_look")
    assert other["verdict"] == "skip"
    reach = _lens(desk, "network_reach")
    assert "The Portugal Circle" in reach["reasons"][0]["text"]
    # The plan names this page's hosts, not a stock sentence.
    assert any("The Portugal Circle" in step for step in desk["plan"])


def test_the_community_of_a_language_the_person_offers_is_a_tie():
    circle = _event(
        "Evening reading circle",
        "Members read short stories aloud and talk about them over tea.",
        organization="The Portugal Circle",
    )
    speaker = {**ACCOUNTANT, "languages": ["en", "pt"]}
    with_language = _run(circle, speaker)
    without = _run(circle, ACCOUNTANT)
    assert with_language["score"] > without["score"]
    texts = [r["text"] for r in _lens(with_language, "network_reach")["reasons"]]
    assert any("Portuguese" in t for t in texts)


def test_the_persons_own_craft_done_in_public_is_a_tie_read_in_any_word_order():
    walk = _event(
        "Guided walk along the old canal",
        "A two-hour guided walk with stories of the mills and the people who worked them.",
        organization="Canal Friends",
    )
    guide = {
        "target_roles": ["visitor experience assistant"],
        "skills": ["walk guiding", "storytelling"],
        "seniority": "entry",
        "location": "Leeds, GB",
        "goals": ["network", "land"],
    }
    result = _run(walk, guide)
    assert result["verdict"] in ("maybe", "worth_a_look")
    assert "walk guiding" in _lens(result, "network_reach")["reasons"][0]["text"]
    assert _run(walk, ACCOUNTANT)["verdict"] == "skip"


COMMISSION = _event(
    "Monthly Open Meeting",
    "The commissioners meet monthly to review rate filings. These meetings are open to the "
    "public.",
    organization="County Water Commission",
)


def test_a_public_bodys_meeting_gathers_the_people_of_public_work():
    assert analyse(COMMISSION)["event_kind"]["id"] == "civic"
    analyst = {
        "target_roles": ["utility policy analyst"],
        "skills": ["rate design"],
        "seniority": "entry",
        "location": "Leeds, GB",
        "goals": ["land"],
    }
    result = _run(COMMISSION, analyst)
    assert result["verdict"] in ("maybe", "worth_a_look")
    assert any("County Water Commission" in step for step in result["plan"])
    assert _run(COMMISSION, ACCOUNTANT)["verdict"] == "skip"


def test_a_non_career_events_people_are_local_ties_far_away_they_fade():
    near = _run(READING_CIRCLE, LISBON_DESK)
    far = _run(READING_CIRCLE, {**LISBON_DESK, "location": "Edinburgh, GB"})
    assert far["score"] < near["score"]
    assert far["verdict"] == "skip"
    assert "km from you" in _lens(far, "network_reach")["reasons"][0]["text"]


@pytest.mark.parametrize(
    "profile",
    [
        ACCOUNTANT,
        {"target_roles": ["nurse"], "skills": ["patient care"], "location": "Leeds, GB"},
    ],
)
def test_a_leisure_event_with_no_link_to_the_person_stays_a_skip(profile):
    market = _event(
        "Saturday farmers market",
        "Local growers, bakers and makers sell their produce in the square.",
        organization="Market Square Traders",
    )
    assert _run(market, profile)["verdict"] == "skip"


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Poet Ana Ruiz along with Historian Tom Becker will be hosting a webinar on dialects.",
            ["Poet Ana Ruiz", "Historian Tom Becker"],
        ),
        ("A workshop led by Dr Mia Chen and Sam Okafor.", ["Dr Mia Chen", "Sam Okafor"]),
        ("The Dialect Society will be hosting a webinar.", []),
        ("Join us: it will be fun.", []),
        # A talk's title with its speakers, across the page's broken lines, in two languages.
        (
            "We will have two talks:\nCaching without tears: what a CDN\nteaches about state by "
            "Ana\nRuiz and Tom Becker\nAbstract: a tour of cache keys.\n"
            "Pruebas de carga por Mia Chen\nResumen: una introducción.",
            ["Ana Ruiz", "Tom Becker", "Mia Chen"],
        ),
        ("Two talks tonight.\nCover photo by Sam Okafor", []),
        ("Talks all evening.\nPowered by Meetup Inc", []),
    ],
)
def test_hosts_named_only_in_the_pages_prose_are_read_as_people(sentence, names):
    event = complete({"kind": "event", "title": "Dialects online", "description": sentence})
    assert [h["name"] for h in analyse(event)["hosts"]] == names


def test_an_online_sessions_hosts_are_people_one_can_write_to_afterwards():
    webinar = complete(
        {
            "kind": "event",
            "title": "Webinar: reading a dialect aloud",
            "description": "Translator Ana Ruiz along with Teacher Tom Becker will be hosting "
            "a webinar on translating and teaching the dialect.",
            "start": WHEN,
            "location": {"online": True},
            "attendance_mode": "online",
        }
    )
    translator = {
        "target_roles": ["translator"],
        "skills": ["translation"],
        "seniority": "entry",
        "location": "Leeds, GB",
        "goals": ["learn", "network"],
    }
    result = _run(webinar, translator)
    reach = _lens(result, "network_reach")
    assert reach["score"] > 0 and "Translator Ana Ruiz" in reach["reasons"][0]["text"]
    assert any("Translator Ana Ruiz" in step and "write to them" in step for step in result["plan"])
    unrelated = _lens(_run(webinar, ACCOUNTANT), "network_reach")["score"]
    assert unrelated < reach["score"]


def test_an_event_naming_only_the_role_noun_of_a_target_is_not_its_field():
    conference = _event(
        "Craft Conference",
        "A day of talks by software engineers on testing and architecture, then workshops.",
        organization="Craft Conference",
    )
    mechanical = {
        "target_roles": ["mechanical engineer"],
        "skills": ["solidworks", "fea"],
        "seniority": "senior",
        "location": "Leeds, GB",
        "goals": ["learn"],
    }
    software = {**mechanical, "target_roles": ["software engineer"], "skills": ["java"]}
    texts = [r["text"] for r in _lens(_run(conference, mechanical), "learning")["reasons"]]
    assert not any("the work you want to do" in t for t in texts)
    assert _run(conference, software)["score"] > _run(conference, mechanical)["score"]


def test_an_event_for_children_and_families_is_run_by_the_people_of_teaching_and_outreach():
    afternoon = _event(
        "Build and Play Afternoon",
        "Drop in with the kids: build a marble run and a paper rocket with our helpers.",
        organization="Riverside Library",
    )
    assert analyse(afternoon)["event_kind"]["id"] == "leisure"
    outreach = {
        "target_roles": ["science outreach officer"],
        "skills": ["lesson planning"],
        "seniority": "mid",
        "location": "Leeds, GB",
        "goals": ["network"],
    }
    assert _run(afternoon, outreach)["verdict"] in ("maybe", "worth_a_look")
    assert _run(afternoon, ACCOUNTANT)["verdict"] == "skip"


# --- staging by kind, event words in a host's name, heritage sites, partners named as running it


def test_a_staging_role_counts_only_events_of_the_kind_it_stages():
    from api.core.model.events import stages

    assert stages("race director", "sports")
    assert not stages("race director", "leisure")
    assert stages("talent buyer", "arts")
    assert stages("events coordinator", "leisure")  # names no kind: any event is its work
    assert not stages("corporate events manager", "leisure")  # a tour is not a corporate event
    assert not stages("conference manager", "arts")


TOUR = _event(
    "Guided tour of the old mill house",
    "An hour's tour of the historic house and its gardens, with the stories of the people who "
    "lived there. Adults 10, children 5.",
    organization="Mill House event tickets",
)
CORPORATE_EVENTS = {
    "target_roles": ["corporate events manager"],
    "skills": ["vendor management", "budgeting"],
    "seniority": "senior",
    "location": "Leeds, GB",
    "goals": ["land"],
}
HERITAGE_OFFICER = {
    "target_roles": ["heritage learning officer"],
    "skills": ["oral history", "volunteer coordination"],
    "industries": ["heritage"],
    "seniority": "mid",
    "location": "Leeds, GB",
    "goals": ["network", "land"],
}


def test_event_words_in_a_hosts_name_name_no_field_and_a_tour_is_no_corporate_event():
    result = _run(TOUR, CORPORATE_EVENTS)
    assert result["verdict"] == "skip"
    assert not _lens(result, "network_reach")["reasons"]


def test_a_historic_houses_own_event_is_run_by_the_people_of_heritage_work():
    officer = _run(TOUR, HERITAGE_OFFICER)
    assert officer["verdict"] in ("maybe", "worth_a_look")
    assert officer["score"] > _run(TOUR, ACCOUNTANT)["score"]
    texts = [r["text"] for r in _lens(officer, "network_reach")["reasons"]]
    assert any("heritage" in t or "your field" in t for t in texts)


def test_partners_named_as_running_an_event_can_be_the_field_of_a_target_role():
    from api.core.model.events import ties
    from api.core.model.profile import read

    afternoon = _event(
        "Build and play afternoon",
        "Drop in for towers, slime and robots.\n"
        "Demonstrations from our partners at the city science centre and the university's "
        "engineering outreach team.",
        organization="Central Library",
    )
    coordinator = read({**HERITAGE_OFFICER, "target_roles": ["science outreach coordinator"]})
    found = ties(afternoon, "leisure", coordinator, [])
    assert [t.id for t in found if t.id == "partner"] == ["partner"]
    assert "outreach" in next(t.evidence for t in found if t.id == "partner")
    assert not [t for t in ties(afternoon, "leisure", read(ACCOUNTANT), []) if t.id == "partner"]


def test_a_gathering_of_ones_field_that_recurs_is_ties_one_can_keep_up():
    once = _event(
        "Author night at the corner bookshop",
        "Readings by local authors, with tea. Free.",
    )
    again = _event(
        "Author night at the corner bookshop",
        "Join us the first and third Thursdays of each month for readings by local authors, "
        "with tea. Free.",
    )
    editor = {
        "target_roles": ["editorial assistant"],
        "skills": ["copy editing", "proofreading"],
        "industries": ["publishing"],
        "seniority": "entry",
        "location": "Leeds, GB",
        "goals": ["network"],
    }
    assert _run(again, editor)["score"] > _run(once, editor)["score"]
    texts = [r["text"] for r in _lens(_run(again, editor), "network_reach")["reasons"]]
    assert any("again and again" in t for t in texts)
    # Recurring amplifies a tie, never makes one: for someone with none it stays a skip.
    assert _run(again, ACCOUNTANT)["verdict"] == "skip"
