"""A non-career event worth a look for its people: the T1 round of the real-page panel.

Someone would first say "not interested" in a race, a reading or a game, yet its organisers and
crowd may be the very people who hire for the work they want. These tests pin what that round
found: one's own work is staging such events (a race director at a race), a literary evening
gathers the people of books, a goal to network counts for such an event too, two ties can make a
cheap local evening worth a look while one never does, a league's "Conference" does not make a
game a conference, and an exhibition open for months is one visit. Events and people are written
in the tests' own words.
"""

from __future__ import annotations

from datetime import date

from api.core.model import analyse, estimate
from api.core.opportunity import complete

TODAY = date(2031, 1, 10)
WHEN = "2031-03-01T09:00:00+00:00"


def _event(title, description, city="Leeds", country="GB", price=None, **fields):
    event = {
        "kind": "event",
        "title": title,
        "description": description,
        "start": WHEN,
        "location": {"text": f"{city}, {country}", "locality": city, "country": country},
        **fields,
    }
    if price is not None:
        event["price"] = {"min": price, "max": price, "currency": "GBP", "free": price == 0}
    return complete(event)


def _run(event, profile):
    return estimate(event, analyse(event), profile, TODAY)


def _lens(result, lens_id):
    return next(lens for lens in result["lenses"] if lens["id"] == lens_id)


FELL_RACE = _event(
    "Harewood Fell Race 10k",
    "A hilly 10k through the estate, organised by the Leeds Running Club. Water stations at 3k "
    "and 7k; medals for every finisher.",
    price=0,
)
RACE_DIRECTOR = {
    "target_roles": ["race director", "events coordinator"],
    "skills": ["volunteer coordination", "permits"],
    "industries": ["sport"],
    "seniority": "entry",
    "location": "Leeds, GB",
    "goals": ["network"],
}


def test_staging_such_events_is_ones_own_work_and_two_ties_make_a_local_race_worth_a_look():
    result = _run(FELL_RACE, RACE_DIRECTOR)
    reach = _lens(result, "network_reach")
    texts = " ".join(r["text"] for r in reach["reasons"])
    assert "Running events like this one is the work you aim for (race director)" in texts
    assert "people who run sport" in texts
    assert result["verdict"] == "worth_a_look"
    assert not result["reasons"][0]["text"].startswith("Far from what you aim for")


def test_one_tie_alone_never_makes_a_non_career_event_worth_a_look():
    # The sport's people are in the room, but running races is not the work they aim for.
    fan = {**RACE_DIRECTOR, "target_roles": ["sports marketing coordinator"]}
    result = _run(FELL_RACE, fan)
    assert result["verdict"] == "maybe"
    texts = " ".join(r["text"] for r in _lens(result, "network_reach")["reasons"])
    assert "Running events like this one" not in texts
    # A target that merely contains "event" words elsewhere is not one that stages events.
    analyst = {**RACE_DIRECTOR, "target_roles": ["data analyst"], "industries": ["retail"]}
    assert _run(FELL_RACE, analyst)["verdict"] == "skip"


def test_a_goal_to_network_raises_a_non_career_events_people_as_it_does_a_career_events():
    with_goal = _run(FELL_RACE, RACE_DIRECTOR)
    without = _run(FELL_RACE, {**RACE_DIRECTOR, "goals": ["land"]})
    assert _lens(with_goal, "network_reach")["score"] > _lens(without, "network_reach")["score"]
    assert with_goal["score"] > without["score"]


READINGS = _event(
    "Second Tuesday Readings",
    "Three local novelists read from work in progress at the Canal Street bookshop, then "
    "sign copies. Buy the books online at Pagefold.org.",
    price=0,
)


def test_a_literary_evening_gathers_the_people_of_books_for_someone_who_aims_at_that_work():
    editor = {
        "target_roles": ["editorial assistant"],
        "skills": ["proofreading"],
        "industries": ["publishing"],
        "seniority": "entry",
        "location": "Leeds, GB",
        "goals": ["network"],
    }
    result = _run(READINGS, editor)
    texts = " ".join(r["text"] for r in _lens(result, "network_reach")["reasons"])
    assert "A literary evening" in texts
    assert result["verdict"] in ("maybe", "worth_a_look")
    accountant = {**editor, "target_roles": ["accountant"], "industries": ["banking"]}
    assert _run(READINGS, accountant)["verdict"] == "skip"


def test_a_shops_web_address_alone_is_not_a_literary_evening():
    quiz = _event("Thursday Quiz Night", "Teams of four. Prizes from bookshop.org.")
    editor = {
        "target_roles": ["editorial assistant"],
        "industries": ["publishing"],
        "seniority": "entry",
        "location": "Leeds, GB",
    }
    result = _run(quiz, editor)
    texts = " ".join(r["text"] for lens in result["lenses"] for r in lens["reasons"])
    assert "A literary evening" not in texts


def test_a_leagues_conference_in_a_games_title_does_not_make_it_a_conference():
    game = _event(
        "Northern Conference Playoff Tickets: Leeds Rhinos at York Knights - Game 2 (Home Game 1)",
        "Kick-off 7:30 pm. 1200 tickets left.",
    )
    assert analyse(game)["event_kind"]["id"] == "sports"
    summit = _event("Northern Data Conference", "Two days of talks and workshops for analysts.")
    assert analyse(summit)["event_kind"]["id"] == "career"


def test_an_exhibition_open_for_months_is_one_visit_not_months_of_sessions():
    show = _event(
        "Hats Through Time",
        "We present over 300 hats from four centuries, from felt tricorns to couture.",
        end="2031-09-30",
        event_type="ExhibitionEvent",
    )
    found = analyse(show)
    assert found["event_kind"]["id"] == "arts"
    assert "conference" not in {f["id"] for f in found["formats"]}
    assert found["duration"]["days"] == 1
    milliner = {
        "target_roles": ["milliner"],
        "skills": ["hat blocking"],
        "industries": ["hats", "fashion"],
        "seniority": "entry",
        "location": "Leeds, GB",
    }
    result = _run(show, milliner)
    assert not [c for c in result["costs"] if c["id"] == "time"]
    # A trade exhibition stays a career event.
    trade = _event("Northern Packaging Trade Exhibition", "Meet 80 exhibitors over two days.")
    assert analyse(trade)["event_kind"]["id"] == "career"
