"""Properties of the value model: more of a good thing never lowers its lens; costs never help."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from api.core.model import analyse, estimate
from api.core.opportunity import complete

TODAY = date(2026, 11, 25)
ENGINEER = {
    "target_roles": ["backend engineer"],
    "skills": ["python", "go", "postgresql"],
    "industries": ["fintech"],
    "seniority": "senior",
    "location": "Boston, MA, US",
    "min_salary": {"amount": 160000, "currency": "USD", "period": "YEAR"},
    "recent_interviews": 1,
    "goals": ["network"],
}
CITIES = [
    ("Boston", "MA", "US"),
    ("Cambridge", "MA", "US"),
    ("New York", "NY", "US"),
    ("Chicago", "IL", "US"),
    ("Denver", "CO", "US"),
    ("San Francisco", "CA", "US"),
    ("London", None, "GB"),
    ("Singapore", None, "SG"),
]
FORMATS = [
    # From most to fewest real conversations an hour.
    "Founders meet in five-minute speed networking rounds.",
    "Founders meet at small round tables over dinner.",
    "Founders meet for drinks and open networking.",
    "Founders listen to a keynote talk.",
    "Founders watch a webinar; attendees are muted.",
]
settings.register_profile("model", deadline=None, max_examples=40, derandomize=True)
settings.load_profile("model")


def _job(description: str, pay=None, city=("Boston", "MA", "US")) -> dict:
    return complete(
        {
            "kind": "job",
            "title": "Backend Engineer",
            "organization": "Example Payments",
            "description": description,
            "location": {"locality": city[0], "region": city[1], "country": city[2]},
            "valid_through": "2031-06-30",
            "pay": pay,
        }
    )


def _event(description: str, price=0.0, capacity=200, city=("Boston", "MA", "US")) -> dict:
    return complete(
        {
            "kind": "event",
            "title": "Fintech Evening",
            "organization": "Fintech Network",
            "description": description,
            "event_type": "SocialEvent",
            "start": "2031-04-10T18:00:00-04:00",
            "end": "2031-04-10T21:00:00-04:00",
            "location": {
                "text": ", ".join(p for p in city if p),
                "locality": city[0],
                "region": city[1],
                "country": city[2],
            },
            "attendance_mode": "offline",
            "capacity": capacity,
            "price": {"min": price, "max": price, "currency": "USD", "free": price == 0},
        }
    )


def _run(opportunity, profile=ENGINEER):
    return estimate(opportunity, analyse(opportunity), profile, TODAY)


def _lens(result, lens_id):
    return next(lens["score"] for lens in result["lenses"] if lens["id"] == lens_id)


@given(st.integers(2, 500), st.integers(2, 500))
def test_more_open_roles_never_lower_other_openings(a, b):
    lo, hi = sorted((a, b))
    text = "We are hiring for {} roles in payments. You will build Go services."
    assert _lens(_run(_job(text.format(hi))), "other_openings") >= _lens(
        _run(_job(text.format(lo))), "other_openings"
    )


@given(st.integers(20_000, 400_000), st.integers(20_000, 400_000), st.integers(0, 60_000))
def test_higher_stated_pay_never_lowers_offer_upside(a, b, spread):
    lo, hi = sorted((a, b))
    text = "You will build Go and Python services on PostgreSQL."

    def pay(base):
        return {"min": base, "max": base + spread, "currency": "USD", "period": "YEAR"}

    assert _lens(_run(_job(text, pay(hi))), "offer_upside") >= _lens(
        _run(_job(text, pay(lo))), "offer_upside"
    )


@given(st.integers(0, len(FORMATS) - 1), st.integers(0, len(FORMATS) - 1))
def test_a_more_interactive_format_never_lowers_network_reach(a, b):
    more, fewer = sorted((a, b))
    assert _lens(_run(_event(FORMATS[more])), "network_reach") >= _lens(
        _run(_event(FORMATS[fewer])), "network_reach"
    )


@given(st.integers(45, 100_000), st.integers(45, 100_000), st.sampled_from(FORMATS))
def test_a_smaller_crowd_never_lowers_network_reach(a, b, text):
    small, large = sorted((a, b))
    assert _lens(_run(_event(text, capacity=small)), "network_reach") >= _lens(
        _run(_event(text, capacity=large)), "network_reach"
    )


@given(st.sampled_from(CITIES), st.sampled_from(CITIES))
def test_a_nearer_place_never_lowers_the_score(a, b):
    from api.core.model import places

    home = places.locate("Boston, MA, US")
    da, db = (places.distance_km(home, places.locate(", ".join(p for p in c if p))) for c in (a, b))
    near, far = (a, b) if da <= db else (b, a)
    text = FORMATS[2] + " Recruiters from eight fintech startups attend."
    assert _run(_event(text, city=near))["score"] >= _run(_event(text, city=far))["score"]


@given(st.floats(0, 5000), st.floats(0, 5000))
def test_a_higher_price_never_raises_the_score(a, b):
    cheap, dear = sorted((a, b))
    text = FORMATS[1] + " Recruiters from eight fintech startups attend."
    assert _run(_event(text, price=dear))["score"] <= _run(_event(text, price=cheap))["score"]


@given(st.integers(0, 30), st.integers(0, 30))
def test_more_recent_interviews_never_raise_practice(a, b):
    few, many = sorted((a, b))
    job = _job("Interview process: a recruiter screen, a system design interview and a panel.")
    assert _lens(_run(job, {**ENGINEER, "recent_interviews": many}), "practice") <= _lens(
        _run(job, {**ENGINEER, "recent_interviews": few}), "practice"
    )


@given(
    st.sampled_from(FORMATS),
    st.integers(10, 5000),
    st.floats(0, 900),
    st.sampled_from(CITIES),
    st.one_of(st.none(), st.just(ENGINEER)),
)
def test_the_estimate_is_deterministic_and_plain_json(text, capacity, price, city, profile):
    opportunity = _event(text, price=price, capacity=capacity, city=city)
    first = _run(opportunity, profile)
    again = _run(json.loads(json.dumps(opportunity)), profile)
    assert json.dumps(first, sort_keys=True) == json.dumps(again, sort_keys=True)
    assert json.loads(json.dumps(analyse(opportunity))) == analyse(opportunity)


@given(st.sampled_from(FORMATS), st.one_of(st.none(), st.just(ENGINEER)))
def test_the_estimate_keeps_its_shape(text, profile):
    result = _run(_event(text), profile)
    assert result["verdict"] in ("worth_a_look", "maybe", "skip", "ended")
    assert 0 <= result["score"] <= 100 and 0 <= result["fit"] <= 100
    ids = [lens["id"] for lens in result["lenses"]]
    assert sorted(ids) == sorted(
        [
            "second_look",
            "other_openings",
            "offer_upside",
            "practice",
            "new_questions",
            "network_reach",
            "learning",
        ]
    )
    scores = [lens["score"] for lens in result["lenses"]]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= s <= 1 for s in scores)
    assert 2 <= len(result["plan"]) <= 5
    assert all(0 <= c["weight"] <= 1 for c in result["costs"])


_words = st.sampled_from(
    "hiring 40+ roles across teams panel interview take-home speed networking recruiters "
    "founders Python Go equity remote $120,000 per year free 3-hour workshop nurses "
    "executives for students entry-level career fair webinar muted eight startups".split()
)
_prose = st.lists(st.one_of(_words, st.text(max_size=12)), max_size=60).map(" ".join)


@given(
    kind=st.sampled_from(["job", "event"]),
    title=_prose,
    description=_prose,
    capacity=st.one_of(st.none(), st.integers(0, 10**6)),
    pay=st.one_of(
        st.none(),
        st.fixed_dictionaries(
            {
                "min": st.one_of(st.none(), st.floats(0, 10**7)),
                "max": st.one_of(st.none(), st.floats(0, 10**7)),
                "currency": st.sampled_from([None, "USD", "EUR"]),
                "period": st.sampled_from([None, "HOUR", "MONTH", "YEAR", "WEEK"]),
            }
        ),
    ),
    start=st.sampled_from([None, "2031-04-10T18:00:00-04:00", "2020-01-01", "garbage"]),
    profile=st.one_of(
        st.none(),
        st.fixed_dictionaries(
            {},
            optional={
                "target_roles": st.lists(_prose, max_size=2),
                "skills": st.lists(_words, max_size=4),
                "seniority": st.sampled_from(["intern", "mid", "executive", "wizard"]),
                "recent_interviews": st.integers(-5, 100),
                "goals": st.lists(st.sampled_from(["practice", "network", "x"]), max_size=3),
                "avoid": st.lists(_words, max_size=2),
                "min_salary": st.fixed_dictionaries(
                    {"amount": st.floats(-10, 10**6), "period": st.sampled_from(["HOUR", "YEAR"])}
                ),
            },
        ),
    ),
)
def test_any_opportunity_and_profile_give_a_well_formed_estimate(
    kind, title, description, capacity, pay, start, profile
):
    opportunity = complete(
        {
            "kind": kind,
            "title": title,
            "description": description,
            "capacity": capacity,
            "pay": pay,
            "start": start,
        }
    )
    result = _run(opportunity, profile)
    assert result["verdict"] in ("worth_a_look", "maybe", "skip", "ended")
    assert 0 <= result["score"] <= 100 and 0 <= result["fit"] <= 100
    assert len(result["lenses"]) == 7 and 2 <= len(result["plan"]) <= 5
    json.dumps(result)
