"""Pages in shapes the shared fixtures do not have, written for these tests, each with what a
careful reader takes from it: the place with its words, remote scope, the employer and the
site, dates of a series, status, language, and postings that live only in embedded JSON."""

from __future__ import annotations

import json

import pytest

from api.core.extraction import read_page
from api.core.extraction.gazetteer import read_place

URL = "https://example.test/page"


def read(html: str) -> tuple[str, dict]:
    result = read_page({"url": URL, "html": html})
    return result["page_kind"], (result["opportunities"] or [{}])[0]


def page(title: str, body: str, head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


DUTIES = ("<h2>Responsibilities</h2><ul><li>Design and run the data pipelines our analysts "
          "use every day.</li><li>Review code and mentor two junior engineers.</li></ul>"
          "<h2>Requirements</h2><ul><li>4+ years of experience with Python and SQL.</li>"
          "<li>Experience with a cloud data warehouse.</li></ul><p>Apply now.</p>")  # fmt: skip


def test_a_careers_app_whose_posting_lives_only_in_next_data_is_read_like_markup():
    state = {"props": {"pageProps": {"posting": {
        "id": "a1", "title": "Site Reliability Engineer",
        "descriptionHtml": "<p>Keep our clusters healthy, automate the boring parts and share "
                           "the on-call rotation with five other engineers.</p>",
        "company": {"name": "Kestrel Freight"}, "employmentType": "FULL_TIME",
        "location": {"city": "Brisbane", "country": "Australia"}, "workplaceType": "REMOTE"}}}}
    html = page("Careers", '<div id="__next"></div><script id="__NEXT_DATA__" '
                f'type="application/json">{json.dumps(state)}</script>')  # fmt: skip
    kind, job = read(html)
    assert kind == "job"
    assert job["title"] == "Site Reliability Engineer"
    assert job["organization"] == "Kestrel Freight"
    assert job["location"]["locality"] == "Brisbane" and job["location"]["country"] == "AU"
    assert job["location"]["remote"] is True
    assert job["sources"]["title"] == "embedded"


def test_an_event_in_an_apollo_cache_follows_its_references():
    cache = {
        "Event:9": {"__typename": "Event", "title": "Kotlin User Group: coroutines in depth",
                    "description": "Two talks on structured concurrency, then questions and "
                                   "pizza with the speakers and the organisers.",
                    "dateTime": "2031-05-06T18:30:00+02:00", "venue": {"__ref": "Venue:3"},
                    "group": {"__ref": "Group:1"}},
        "Venue:3": {"name": "Impact Hub", "city": "Vienna", "country": "at"},
        "Group:1": {"name": "Kotlin Vienna"},
    }  # fmt: skip
    html = page("Kotlin User Group", "<div id=app></div><script>window.__APOLLO_STATE__ = "
                f"{json.dumps(cache)};</script>")  # fmt: skip
    kind, event = read(html)
    assert kind == "event"
    assert event["start"].startswith("2031-05-06T18:30")
    assert event["organization"] == "Kotlin Vienna"
    assert event["location"]["locality"] == "Vienna" and event["location"]["country"] == "AT"


def test_window_state_written_as_a_javascript_literal_is_read():
    literal = ("{meetup: {name: 'Rust Lisbon #12', startsAt: '2031-09-18T19:00:00+01:00', "
               "description: 'Lightning talks about embedded Rust and a panel on hiring for "
               "Rust teams, then drinks on the terrace.', venue: {name: 'LACS', city: 'Lisbon', "
               "country: 'Portugal'},},}")  # fmt: skip
    html = page("Rust Lisbon", f"<main></main><script>window.__INITIAL_STATE__ = {literal}"
                "</script>")  # fmt: skip
    kind, event = read(html)
    assert kind == "event"
    assert event["title"] == "Rust Lisbon #12"
    assert event["location"]["country"] == "PT"


def test_remote_bar_country_in_the_title_gives_the_scope():
    html = page("Remote | Australia - Backend Engineer",
                "<h1>Backend Engineer (Remote | Australia)</h1><p>Harbour Analytics</p>" + DUTIES)
    kind, job = read(html)
    assert kind == "job"
    location = job["location"]
    assert location["remote"] is True
    assert location["remote_scope"]["countries"] == ["AU"]
    assert "Australia" in location["remote_scope"]["evidence"]


def test_a_remote_posting_that_says_where_applicants_must_live_is_scoped_to_it():
    html = page("Data Engineer – Lattice Works",
                "<h1>Data Engineer</h1><p>Lattice Works</p><p>Remote</p>" + DUTIES
                + "<p>This is a remote role: you must be based in Germany or Austria.</p>")
    kind, job = read(html)
    assert kind == "job" and job["location"]["remote"]
    assert job["location"]["remote_scope"]["countries"] == ["DE", "AT"]


def test_a_header_byline_beside_the_title_gives_the_employer_and_the_place():
    html = page("QA Analyst - Fernwood Health",
                "<div class=top><h1>QA Analyst</h1><div><a href=/c>Fernwood Health</a>"
                "<span>Halifax, NS</span><span>3 days ago</span></div></div>" + DUTIES)
    kind, job = read(html)
    assert kind == "job"
    assert job["organization"] == "Fernwood Health"
    assert (job["location"]["locality"], job["location"]["country"]) == ("Halifax", "CA")
    assert job["location"]["evidence"] == "Halifax, NS"


def test_the_job_board_is_the_site_not_the_employer():
    html = page("Tidewater Bank hiring Risk Analyst in Leeds, England, United Kingdom | LinkedIn",
                "<h1>Risk Analyst</h1><div><a>Tidewater Bank</a><span>Leeds, England, United "
                "Kingdom</span></div>" + DUTIES,
                head='<meta property="og:site_name" content="LinkedIn">')
    kind, job = read(html)
    assert kind == "job"
    assert job["organization"] == "Tidewater Bank"
    assert job["via"] == "LinkedIn"
    assert job["location"]["locality"] == "Leeds" and job["location"]["country"] == "GB"


def test_a_czech_posting_is_read_in_czech_with_its_place():
    body = ("<h1>Vývojář Java</h1><p>Místo pracoviště: Brno</p><h2>Náplň práce</h2>"
            "<p>Budete navrhovat a vyvíjet nové služby pro naše zákazníky v bankovnictví.</p>"
            "<h2>Požadujeme</h2><ul><li>zkušenosti s Javou alespoň tři roky</li>"
            "<li>znalost SQL a Gitu</li></ul><h2>Nabízíme</h2><p>Pět týdnů dovolené.</p>")
    kind, job = read(page("Vývojář Java – Moravia Soft", body))
    assert kind == "job"
    assert job["language"] == "cs"
    assert job["location"]["locality"] == "Brno" and job["location"]["country"] == "CZ"


def test_a_closed_posting_says_so():
    html = page("Account Manager - Birchline",
                "<h1>Account Manager</h1><p class=notice>This job is no longer accepting "
                "applications.</p>" + DUTIES)
    kind, job = read(html)
    assert kind == "job"
    assert job["status"] == "closed"
    assert "no longer accepting" in job["evidence"]["status"]


def test_an_event_series_gives_its_next_date_and_the_others():
    body = ("<h1>Saturday Repair Café</h1><p>Sat, Mar 7 2031, 10am - 1pm</p>"
            "<p>Sat, Apr 4 2031, 10am - 1pm</p><p>Sat, May 2 2031, 10am - 1pm</p>"
            "<p>Where: Eastside Library, 210 Grove Street, Madison, WI 53703</p>"
            "<p>Bring a broken toaster, lamp or bike; volunteers fix it with you. Free.</p>")
    kind, event = read(page("Saturday Repair Café", body))
    assert kind == "event"
    assert event["start"].startswith("2031-03-07")
    assert event["other_dates"] == ["2031-04-04", "2031-05-02"]
    assert event["location"]["locality"] == "Madison" and event["location"]["region"] == "WI"


def test_an_event_that_took_place_is_past():
    body = ("<h1>Spring Career Fair</h1><p>When: April 2, 2031, 10:00 AM - 3:00 PM</p>"
            "<p>Where: Field House, 100 College Ave, Ithaca, NY 14850</p>"
            "<p>The fair took place with 60 employers; thank you to everyone who attended.</p>")
    kind, event = read(page("Spring Career Fair", body))
    assert kind == "event"
    assert event["status"] == "past"


def test_a_deadline_is_not_the_day_of_the_event():
    body = ("<h1>Karrieretag Technik</h1><p>Anmeldeschluss: 1. März 2031</p>"
            "<p>Datum: Freitag, 20. März 2031, 13:00 - 17:00 Uhr</p>"
            "<p>Ort: Messe Graz, Messeplatz 1, 8010 Graz</p>"
            "<p>Treffen Sie 40 Aussteller aus der Region. Eintritt frei.</p>")
    kind, event = read(page("Karrieretag Technik", body))
    assert kind == "event"
    assert event["start"].startswith("2031-03-20")
    assert event["language"] == "de"
    assert event["location"]["locality"] == "Graz" and event["location"]["country"] == "AT"


@pytest.mark.parametrize("text, city, country", [
    ("Camberwell VIC 3124", "Camberwell", "AU"),
    ("Praha – Michle", "Prague", "CZ"),
    ("Göteborg", "Gothenburg", "SE"),
    ("US-IL-Yorkville", "Yorkville", "US"),
    ("McLean, VA", "McLean", "US"),
    ("Remote (United States)", None, "US"),
    ("13/14 Cornwall Terrace, London NW1 4QP", "London", "GB"),
])  # fmt: skip
def test_the_gazetteer_reads_location_lines_as_a_person_does(text, city, country):
    place = read_place(text)
    assert place is not None and (place.locality, place.country) == (city, country)
    assert place.evidence  # the words it was read from


@pytest.mark.parametrize("text", ["Full Time", "Date", "Mobile app developer", "IT Support",
                                  "Apply now", "Jordan Peterson"])  # fmt: skip
def test_words_that_happen_to_name_small_towns_are_not_places(text):
    assert read_place(text) is None


def test_a_banner_above_the_title_gives_the_event_its_day_and_place():
    body = ("<div class=hero><p>June 12, 2031 · 6:00 PM - 9:00 PM</p><p>Kraftwerk, Zürich"
            "</p><h1>Product Managers Meetup</h1></div><p>RSVP by June 1, 2031.</p>"
            "<p>Three short talks on discovery, then drinks with the speakers.</p>")
    kind, event = read(page("Product Managers Meetup | Example Guild", body))
    assert kind == "event"
    assert event["start"].startswith("2031-06-12T18:00")
    assert event["location"]["locality"] == "Zürich" and event["location"]["country"] == "CH"


def test_a_news_post_dates_a_day_written_without_its_year_from_its_own_date():
    body = ("<article><h1>Neue Online-Seminare im Frühjahr</h1><time class=entry-date "
            "datetime='2031-02-03T10:00:00+01:00'>3. Februar 2031</time>"
            "<p>Der Verband bietet zwei Online-Seminare an. Das erste findet am 4. und 5. März "
            "statt, das zweite am 11. und 12. März. Die Teilnahme kostet 50 Euro.</p></article>")
    kind, event = read(page("Neue Online-Seminare im Frühjahr", body,
                            head='<meta property="og:type" content="article">'))
    assert kind == "event"
    assert event["start"].startswith("2031-03-04")


@pytest.mark.parametrize("short, text, full", [
    ("PGPL", "Visit the Prince George Public Library downtown.", "Prince George Public Library"),
    ("PBC Chicago", "© 2031 Public Building Commission of Chicago", "Public Building Commission "
                                                                   "of Chicago"),
    ("ACME", "No such name here.", None),
])  # fmt: skip
def test_an_abbreviated_organization_is_spelled_out_from_its_page(short, text, full):
    from api.core.extraction.details import expand_abbreviation

    assert expand_abbreviation(short, text) == full
