"""Costs: whether it is over, what the ticket means for its kind, how far, how long."""

from __future__ import annotations

from datetime import date

from api.core.model import analyse, estimate
from api.core.opportunity import complete

TODAY = date(2026, 11, 25)
BOSTON = {"location": "Boston, MA, US", "target_roles": ["backend engineer"]}


def _event(description="Open networking and drinks.", **fields):
    base = {
        "kind": "event",
        "title": "Evening",
        "description": description,
        "start": "2031-04-10T18:00:00-04:00",
        "end": "2031-04-10T21:00:00-04:00",
        "location": {"locality": "Boston", "region": "MA", "country": "US"},
    }
    return complete({**base, **fields})


def _costs(opportunity, profile=BOSTON, today=TODAY):
    result = estimate(opportunity, analyse(opportunity), profile, today)
    return {c["id"]: c for c in result["costs"]}, result


def test_a_past_event_is_ended_and_says_so():
    costs, result = _costs(
        _event(start="2020-02-11T18:30:00-05:00", end="2020-02-11T20:30:00-05:00")
    )
    assert result["verdict"] == "ended"
    assert costs["ended"]["text"] == "It ended on 11 February 2020"
    assert result["reasons"][0]["text"] == "It ended on 11 February 2020"
    assert any("ended" in note for note in result["notes"])


def test_a_closed_posting_or_a_past_status_is_ended_and_says_when():
    closed = complete(
        {
            "kind": "job",
            "title": "Nurse",
            "status": "closed",
            "start": None,
            "date_posted": "2031-01-05",
            "valid_through": None,
        }
    )
    assert _costs(closed)[1]["verdict"] == "ended"
    past = _event(start="2031-05-01T18:00:00", end=None, status="past")
    costs, result = _costs(past, today=date(2031, 5, 2))
    assert result["verdict"] == "ended" and "01 May 2031" in costs["ended"]["text"]
    undated = _event(start=None, end=None, status="past")
    assert _costs(undated)[1]["verdict"] == "ended"


def test_a_status_holds_for_the_pages_own_dates():
    # "Took place" or "sold out" was said of the dates the page gave: the same event held
    # again on dates ahead is not over, and a full house is a question, not an end.
    again = _event(start="2031-05-01T18:00:00", end=None, status="past")
    assert _costs(again)[1]["verdict"] != "ended"
    full = _event(status="closed")
    costs, result = _costs(full)
    assert result["verdict"] != "ended" and "ended" not in costs
    assert any(f["id"] == "sold_out" for f in result["eligibility"]["findings"])


def test_a_series_with_a_date_still_to_come_is_not_ended():
    series = _event(start="2020-02-11T18:30:00", other_dates=["2031-03-01T18:30:00"])
    assert _costs(series)[1]["verdict"] != "ended"


def test_a_cancelled_event_and_a_closed_job_are_ended():
    assert _costs(_event(status="cancelled"))[1]["verdict"] == "ended"
    job = complete({"kind": "job", "title": "Analyst", "valid_through": "2025-01-31"})
    assert _costs(job)[1]["verdict"] == "ended"


def test_today_decides_what_has_ended():
    event = _event(start="2031-04-10T18:00:00-04:00", end="2031-04-10T21:00:00-04:00")
    assert _costs(event, today=date(2031, 4, 11))[1]["verdict"] == "ended"
    assert _costs(event, today=date(2031, 4, 10))[1]["verdict"] != "ended"


def test_a_ticket_is_judged_against_its_kind_of_event():
    workshop = _costs(_event("A hands-on workshop.", price={"min": 20, "currency": "USD"}))[0]
    mixer = _costs(_event(price={"min": 400, "currency": "USD"}))[0]
    assert workshop["price"]["weight"] < 0.1 < mixer["price"]["weight"]
    assert "cheap" in workshop["price"]["text"] and "a lot" in mixer["price"]["text"]


def test_travel_grows_with_distance_and_vanishes_online():
    near = _costs(_event())[0]["travel"]["weight"]
    far = _costs(_event(location={"locality": "Singapore", "country": "SG"}))[0]["travel"]
    online = _costs(_event(attendance_mode="online", location={"online": True}))[0]["travel"]
    assert online["weight"] == 0 < near < 0.1 < 0.6 < far["weight"]


def test_a_multi_day_event_costs_time():
    costs = _costs(_event(start="2031-09-14T09:00:00+08:00", end="2031-09-16T18:00:00+08:00"))[0]
    assert costs["time"]["weight"] >= 0.2 and "3 days" in costs["time"]["text"]


def test_an_on_site_job_is_out_of_reach_for_a_remote_only_person_and_the_first_reason_says_so():
    job = complete(
        {
            "kind": "job",
            "title": "Backend Engineer",
            "description": "Go services.",
            "location": {"locality": "Boston", "region": "MA", "country": "US"},
        }
    )
    result = _costs(job, {**BOSTON, "remote_only": True})[1]
    assert result["verdict"] == "skip"
    assert "remote roles only" in result["reasons"][0]["text"]
    assert result["eligibility"]["status"] == "ineligible"


def test_a_price_beyond_any_ticket_is_questioned_not_counted():
    # "199 <strike>249 €</strike>" flattened reads as EUR 199,249: no ticket costs that.
    misread = _event(price={"min": 199249.0, "max": 199249.0, "currency": "EUR", "free": False})
    costs, _ = _costs(misread)
    assert costs["price"]["weight"] == 0.0 and "check the price" in costs["price"]["text"]
    dear = _event(price={"min": 400.0, "max": 400.0, "currency": "USD", "free": False})
    assert _costs(dear)[0]["price"]["weight"] > 0.3
