"""Event pages with no markup: the price, the venue and the hours a person reads on them."""

import pytest

from api.core.extraction import read_page
from api.core.extraction.dates import written_span
from api.core.extraction.locations import looks_like_address
from api.core.extraction.numbers import read_counts
from api.core.extraction.prices import read_price

MEETUP_PAGE = """<html><head><title>Go Night: Generics in Practice | Denver Gophers | Meetup
</title></head><body><header><a href="/">Meetup</a><nav><a href="/find">Find events</a></nav>
</header><main><h1>Go Night: Generics in Practice</h1>
<p>Hosted by Denver Gophers</p>
<div class="event-info"><p>Thursday, April 17, 2031</p><p>6:30 PM to 8:30 PM MDT</p>
<p>Galvanize Platte<br>1644 Platte St, Denver, CO 80202</p></div>
<h2>Details</h2>
<p>Two talks on generics in real code bases, then pizza and open networking. Feel free to
bring a laptop if you want to pair on the exercises.</p>
<p>80 gophers attending. Free.</p>
<p><a href="/rsvp">Attend</a></p></main>
<footer>Meetup HQ, 1 Main Street, New York, NY 10001</footer></body></html>"""

WORKSHOP_PAGE = """<html><head><title>Hands-on Kubernetes Workshop — Bay Cloud Guild</title>
</head><body><nav><a href="/">Home</a> <a href="/workshops">Workshops</a></nav>
<article><h1>Hands-on Kubernetes Workshop</h1>
<p>Date: Saturday, May 10, 2031</p>
<p>Time: 18:00–20:30</p>
<p>Venue</p><p>The Foundry</p><p>410 Townsend St, San Francisco, CA 94107</p>
<p>Tickets: $25 (includes dinner). Limited to 24 participants.</p>
<h2>What you will learn</h2>
<p>Deploy a small service to a cluster, roll it back, and debug a failing pod. The venue
raised $2M for its maker space last year; laptops required.</p>
<p><a href="/book">Book your seat</a></p></article>
<footer>Bay Cloud Guild · Contact</footer></body></html>"""

CAREER_FAIR_PAGE = """<html><head><title>Spring Tech Career Fair 2031 | Riverside College</title>
</head><body><header class="site-header"><a href="/">Riverside College</a></header>
<main><h1>Spring Tech Career Fair 2031</h1>
<p>Wednesday, March 5, 2031 · 10:00 AM – 3:00 PM</p>
<p>Student Union Ballroom<br>1200 University Ave, Riverside, CA 92507</p>
<p>Meet recruiters from more than 40 employers hiring for internships and full-time roles.
Over 1,200 students attended last year.</p>
<p>Admission: Free for students, $10 for alumni.</p>
<p>Bring copies of your resume and dress business casual.</p>
<p><a href="/register">Register now</a></p></main>
<footer>Riverside College Career Center</footer></body></html>"""

WEBINAR_PAGE = """<html><head><title>Webinar: Designing Data Contracts | Streamline</title></head>
<body><nav><a href="/">Streamline</a></nav>
<main><h1>Designing Data Contracts</h1>
<p>A live webinar with questions from the audience.</p>
<p>June 12, 2031, 11:00 AM - 12:00 PM EDT</p>
<p>Online · the Zoom link is sent after registration</p>
<p>No cost to attend.</p>
<p>Our speakers walk through how schema changes break pipelines and how contracts between
producers and consumers prevent it. About 300 data engineers attended the last edition.</p>
<p><a href="/register">Save my spot</a></p></main></body></html>"""


def read(html):
    result = read_page({"url": "https://example.org/e", "html": html})
    assert result["page_kind"] == "event"
    (event,) = result["opportunities"]
    return event


def test_a_meetup_page_counts_its_attendees_apart_from_its_free_price():
    event = read(MEETUP_PAGE)
    assert event["organization"] == "Denver Gophers"
    assert event["price"] == {"min": 0.0, "max": 0.0, "currency": None, "free": True}
    assert event["counts"]["attendees"] == 80
    assert event["location"]["text"] == "Galvanize Platte, 1644 Platte St, Denver, CO 80202"
    assert event["start"] == "2031-04-17T18:30:00-06:00"
    assert event["end"] == "2031-04-17T20:30:00-06:00"


def test_a_workshop_page_gives_its_ticket_price_venue_and_24_hour_span():
    event = read(WORKSHOP_PAGE)
    assert event["price"] == {"min": 25.0, "max": 25.0, "currency": "USD", "free": False}
    assert event["location"]["text"] == "The Foundry, 410 Townsend St, San Francisco, CA 94107"
    assert (event["start"], event["end"]) == ("2031-05-10T18:00:00", "2031-05-10T20:30:00")
    assert event["capacity"] == 24


def test_a_career_fair_free_for_students_is_free_with_its_dearest_ticket_kept():
    event = read(CAREER_FAIR_PAGE)
    assert event["price"] == {"min": 0.0, "max": 10.0, "currency": "USD", "free": True}
    assert event["location"]["text"] == (
        "Student Union Ballroom, 1200 University Ave, Riverside, CA 92507"
    )
    assert (event["start"], event["end"]) == ("2031-03-05T10:00:00", "2031-03-05T15:00:00")
    # The postcode above the sentence is not a count of employers.
    assert event["counts"]["employers"] == 40
    assert event["counts"]["attendees"] == 1200


def test_a_webinar_page_keeps_the_time_zone_and_the_organizer_behind_the_format():
    event = read(WEBINAR_PAGE)
    assert event["organization"] == "Streamline"
    assert event["location"]["online"] is True
    assert event["price"]["free"] is True
    assert event["start"] == "2031-06-12T11:00:00-04:00"
    assert event["end"] == "2031-06-12T12:00:00-04:00"


def test_a_plain_text_meetup_with_a_dashed_venue_label():
    text = ("Rust Reading Group\nTuesday, September 9, 2031\n19:00 - 21:00 CEST\n"
            "\U0001f4cd Venue \u2013 Impact Hub, Rathausstra\u00dfe 8, 6020 Innsbruck\n"
            "25 Rustaceans going. Free admission, snacks at no extra charge.")  # fmt: skip
    (event,) = read_page({"url": "https://example.org/r", "text": text})["opportunities"]
    assert event["location"]["text"] == "Impact Hub, Rathausstra\u00dfe 8, 6020 Innsbruck"
    assert (event["start"], event["end"]) == ("2031-09-09T19:00:00+02:00",
                                              "2031-09-09T21:00:00+02:00")  # fmt: skip
    assert event["price"]["free"] is True
    assert event["counts"]["attendees"] == 25


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["80 gophers attending. Free."], (0.0, 0.0, True)),
        (["Free admission"], (0.0, 0.0, True)),
        (["No cost to attend."], (0.0, 0.0, True)),
        (["Join us at this free, online info session."], (0.0, 0.0, True)),
        (["Register: free, limited to 30 people"], (0.0, 0.0, True)),
        (["Tickets: $25"], (25.0, 25.0, False)),
        (["Cost:", "Early bird \u2013 $85", "Regular \u2013 $125", "About the course"],
         (85.0, 125.0, False)),
        (["Price: 12.50"], (12.5, 12.5, False)),
        (["Raised $5M last year", "Tickets: 15 EUR / 10 EUR reduced"], (10.0, 15.0, False)),
    ],
)  # fmt: skip
def test_a_price_is_money_or_free_said_of_attending(lines, expected):
    price = read_price(lines)
    assert (price["min"], price["max"], price["free"]) == expected


@pytest.mark.parametrize(
    "lines",
    [
        ["Feel free to bring a laptop.", "Free pizza and drinks after the talks."],
        ["Gluten-free options.", "Parking: free"],
        ["Task Order Amount:", "$118,378.65"],
        ["Our startup raised $5M and 80 people attend."],
    ],
)
def test_free_food_budgets_and_head_counts_are_not_a_price(lines):
    assert read_price(lines) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("April 17, 2031\n6:30 to 8:30 PM", ("2031-04-17T18:30:00", "2031-04-17T20:30:00")),
        ("May 9, 2031 11:00 - 1:00 PM (UTC+2)",
         ("2031-05-09T11:00:00+02:00", "2031-05-09T13:00:00+02:00")),
        ("Jan 9, 2031 22:00 - 02:00 CET",
         ("2031-01-09T22:00:00+01:00", "2031-01-10T02:00:00+01:00")),
        ("Nov 5, 2031 6pm Pacific Time", ("2031-11-05T18:00:00-08:00", None)),
        ("June 12, 2031 9am-5pm ET", ("2031-06-12T09:00:00-04:00", "2031-06-12T17:00:00-04:00")),
        ("Ages 9 - 12, on May 3, 2031", ("2031-05-03", None)),
    ],
)  # fmt: skip
def test_the_hours_of_an_event_and_their_time_zone(text, expected):
    assert written_span(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1644 Platte St, Denver, CO 80202", True),
        ("Hauptstra\u00dfe 5, 10115 Berlin", True),
        ("12 rue de Rivoli, 75004 Paris", True),
        ("The Old Library, London EC1V 9BX", True),
        ("Bring 2 copies and walk over", False),
        ("Spring 2031", False),
        ("Two talks on generics, then pizza and networking.", False),
    ],
)
def test_an_address_line_is_a_street_or_a_postcode(line, expected):
    assert looks_like_address(line) is expected


def test_a_count_does_not_reach_across_lines():
    counts = read_counts("Riverside, CA 92507\nMeet recruiters from 40 employers")
    assert counts["employers"] == 40
    assert read_counts("120 going")["attendees"] == 120
