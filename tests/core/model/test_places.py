"""Places to coordinates, offline, and the distances between them."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api.core.model import places
from api.core.model.places import distance_km, locate


def where(location) -> tuple[str, str]:
    found = locate(location)
    assert found is not None, location
    return found["name"], found["country"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Boston, MA, US", "Boston", "US"),
        ("Chicago, IL", "Chicago", "US"),  # IL is Illinois here, not Israel
        ("Denver, CO", "Denver", "US"),  # CO is Colorado, not Colombia
        ("Singapore", "Singapore", "SG"),
        ("London, UK", "London", "GB"),
        ("London", "London", "GB"),  # the most populous London
        ("Cambridge, MA", "Cambridge", "US"),
        ("Cambridge, UK", "Cambridge", "GB"),
        ("Portland, ME", "Portland", "US"),
        ("Atlanta, Georgia", "Atlanta", "US"),
        ("Tbilisi, Georgia", "Tbilisi", "GE"),
        ("Toronto, ON, Canada", "Toronto", "CA"),
        ("München, Germany", "Munich", "DE"),
        ("New York, NY 10001", "New York City", "US"),
        ("Austin TX", "Austin", "US"),
        ("Greater Boston Area", "Boston", "US"),
        ("San Francisco Bay Area", "San Francisco", "US"),
        ("St. Louis, MO", "St. Louis", "US"),
        ("Hybrid - Boston, MA", "Boston", "US"),
        # Written from the continent down: the narrowest place, not the province's namesake.
        ("AMER - Canada - Ontario - Ottawa - 12 Bank Street", "Ottawa", "CA"),
        ("Canada - Quebec - Montreal", "Montréal", "CA"),
        ("Germany, Berlin", "Berlin", "DE"),
    ],
)
def test_locate_reads_the_ways_places_are_written(text, name, country):
    assert where(text) == (name, country)


def test_locate_prefers_the_region_given_over_population():
    maine = locate("Portland, ME")
    oregon = locate("Portland, OR")
    assert maine["lon"] > -75 > oregon["lon"]


def test_locate_takes_an_opportunity_location():
    assert where({"locality": "Boston", "region": "MA", "country": "US"}) == ("Boston", "US")
    assert where({"locality": "Cambridge", "country": "GB"}) == ("Cambridge", "GB")
    assert where({"text": "Chicago, IL", "locality": None}) == ("Chicago", "US")
    assert where({"locality": "Cambridge", "region": "Massachusetts"}) == ("Cambridge", "US")


def test_a_country_or_state_alone_stands_for_a_place_in_it():
    germany = locate("Germany")
    assert (germany["country"], germany["precision"]) == ("DE", "country")
    state = locate("Massachusetts")
    assert (state["country"], state["precision"]) == ("US", "region")


@pytest.mark.parametrize(
    "location",
    [
        "",
        "Remote",
        "Online",
        "Remote - US",
        "Anywhere",
        "qwzx blorf",
        None,
        42,
        {"text": "Online", "online": True},
        {},
    ],
)
def test_no_place_for_remote_online_or_unknown(location):
    assert locate(location) is None


def test_locate_returns_a_fresh_dict_each_time():
    first = locate("Boston, MA")
    first["name"] = "changed"
    assert locate("Boston, MA")["name"] == "Boston"


def test_distances():
    boston = locate("Boston, MA, US")
    assert distance_km(boston, locate("Cambridge, MA")) < 10
    assert 2700 < distance_km(boston, locate("Denver, CO")) < 2900
    assert distance_km(boston, locate("Singapore")) > 15000
    assert distance_km(boston, boston) == 0
    assert distance_km(boston, locate("London, UK")) == pytest.approx(
        distance_km(locate("London, UK"), boston)
    )


@given(st.text(max_size=120))
@settings(max_examples=150, deadline=None)
def test_any_text_locates_to_a_real_point_or_nothing(text):
    found = locate(text)
    if found is not None:
        assert -90 <= found["lat"] <= 90 and -180 <= found["lon"] <= 180
        assert len(found["country"]) == 2


def test_a_country_written_last_bounds_the_place_and_within_it_a_country_has_no_distance():
    # A suburb the gazetteer does not hold is somewhere in its country, not a namesake abroad.
    found = places.locate("Nowhereville, VIC, AU", cached=False)
    assert found is not None and found["country"] == "AU" and found["precision"] == "country"
    melbourne = places.locate("Melbourne, AU", cached=False)
    assert places.known_distance(found, melbourne) is None
    assert places.known_distance(melbourne, places.locate("Perth, AU", cached=False)) > 2000
    assert places.known_distance(found, places.locate("Leeds, GB", cached=False)) > 10000


def test_a_place_an_applicant_tracking_system_codes_is_shown_as_a_person_writes_it():
    from api.core.model.places import display

    coded = {"text": "US-IL-Yorkville", "locality": "Yorkville", "region": "IL", "country": "US"}
    assert display(coded) == "Yorkville, IL"
    assert display({"text": "DE - Berlin", "locality": "Berlin", "country": "DE"}) == (
        "Berlin, Germany"
    )
    path = {"text": "EMEA - Germany - Bavaria - Munich - Ludwigstraße 8", "locality": "Munich",
            "region": "BY", "country": "DE"}  # fmt: skip
    assert display(path) == "Munich, BY"
    # The page's own words stay where they are words: a dash in a name, a remote line.
    assert display({"text": "Winston-Salem", "locality": "Winston-Salem"}) == "Winston-Salem"
    assert display({"text": "Remote - US", "country": "US"}) == "Remote - US"
    assert display({"text": "Boston, MA", "locality": "Boston"}) == "Boston, MA"
    assert display({"locality": "Leeds"}) == "Leeds"
