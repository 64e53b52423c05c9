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


# Pages that are not one posting or one event, in shapes the fixtures lack: a résumé, an
# advice article about interviews, a company page, news about a fair that took place; and
# listings in three layouts (a Swedish vacancy table, a conference programme, a group's
# event cards).
KIND_CASES = {
    'resume': (
        '<html><head><title>Jana Novak – Data Engineer – CV</title></head><body><h1>Jana Nova'
        'k</h1><p>Data Engineer · Brno, Czechia</p><h2>Experience</h2><ul><li>2021–2031 Senio'
        'r Data Engineer, Moravia Soft: built the ingestion platform.</li><li>2018–2021 Data '
        'Analyst, Kestrel Freight.</li></ul><h2>Education</h2><p>MSc Computer Science, Masary'
        'k University, 2018</p><h2>Skills</h2><p>Python, SQL, Airflow, Kubernetes</p><p>Downl'
        'oad my résumé (PDF)</p></body></html>'
    ),
    'advice': (
        "<html><head><title>How to answer 'Why do you want this job?' in an interview</title>"
        "</head><body><article><h1>How to answer 'Why do you want this job?' in an interview<"
        '/h1><p>By Sam Lee</p><p>Recruiters ask it in almost every interview. Here is how to '
        'prepare: read the job description, list the requirements you meet and say what you w'
        'ant to learn. Candidates who apply for many positions often give generic answers.</p'
        '><h2>Example answers</h2><p>For a data engineer role: I want to build pipelines at s'
        'cale…</p></article></body></html>'
    ),
    'company': (
        '<html><head><title>About Northwind Labs</title></head><body><h1>About Northwind Labs'
        '</h1><p>We build logistics software for 400 customers from offices in Prague, Berlin'
        ' and Austin.</p><h2>Our teams</h2><p>Engineering, Product, Sales and Support work to'
        'gether.</p><h2>Benefits</h2><p>Flexible hours, learning budget, 25 days of holiday.<'
        "/p><p><a href='/careers'>See open positions</a></p></body></html>"
    ),
    'news': (
        '<html><head><title>Record turnout at the spring career fair</title><meta property="o'
        'g:type" content="article"></head><body><article><h1>Record turnout at the spring car'
        'eer fair</h1><p>Published on April 3, 2031</p><p>More than 1,200 students met 80 emp'
        "loyers at the fair in the Field House last Wednesday, organisers said. Next year's f"
        'air will move to a larger hall.</p></article></body></html>'
    ),
    'vacancy-table': (
        '<html><head><title>Lediga tjänster – Exempeluniversitetet</title></head><body><h1>Le'
        'diga tjänster</h1><table><tr><th>Titel</th><th>Ort</th><th>Sista ansökningsdag</th><'
        "/tr><tr><td><a href='/j/1'>Doktorand i fysik</a></td><td>Lund</td><td>2031-01-15</td"
        "></tr><tr><td><a href='/j/2'>Universitetslektor i kemi</a></td><td>Lund</td><td>2031"
        "-02-15</td></tr><tr><td><a href='/j/3'>Systemutvecklare</a></td><td>Lund</td><td>203"
        "1-03-15</td></tr><tr><td><a href='/j/4'>Ekonom</a></td><td>Lund</td><td>2031-04-15</"
        "td></tr><tr><td><a href='/j/5'>Bibliotekarie</a></td><td>Lund</td><td>2031-05-15</td"
        '></tr></table></body></html>'
    ),
    'programme': (
        '<html><head><title>Programme – PyData Example 2031</title></head><body><h1>Programme'
        '</h1><h2>Friday 12 September 2031</h2><div class=session><span class=time>9:00</span'
        "><a href='/talk/0'>Opening keynote: data in the wild</a><span class=speaker>A. Rossi"
        "</span></div><div class=session><span class=time>10:00</span><a href='/talk/1'>Fast "
        'dataframes</a><span class=speaker>B. Chen</span></div><div class=session><span class'
        "=time>11:00</span><a href='/talk/2'>Testing notebooks</a><span class=speaker>C. Osei"
        "</span></div><div class=session><span class=time>13:00</span><a href='/talk/3'>Causa"
        'l inference in practice</a><span class=speaker>D. Novak</span></div><div class=sessi'
        "on><span class=time>14:00</span><a href='/talk/4'>Lightning talks</a><span class=spe"
        'aker>Many</span></div></body></html>'
    ),
    'group-events': (
        '<html><head><title>Upcoming events – Rust Lisbon</title></head><body><h1>Upcoming ev'
        "ents</h1><div class=event-card><a href='/e/1'>Rust Lisbon #12</a><time datetime='203"
        "1-01-18T19:00'>Thu, Jan 18</time><span class=venue>LACS, Lisbon</span></div><div cla"
        "ss=event-card><a href='/e/2'>Rust Lisbon #13</a><time datetime='2031-02-18T19:00'>Th"
        'u, Feb 15</time><span class=venue>LACS, Lisbon</span></div><div class=event-card><a '
        "href='/e/3'>Embedded Rust workshop</a><time datetime='2031-03-18T19:00'>Sat, Mar 9</"
        'time><span class=venue>LACS, Lisbon</span></div></body></html>'
    ),
}  # fmt: skip
EXPECTED_KINDS = {"resume": "other", "advice": "other", "company": "other", "news": "other",
                  "vacancy-table": "list", "programme": "list", "group-events": "list"}


@pytest.mark.parametrize("name", sorted(EXPECTED_KINDS))
def test_pages_of_other_shapes_are_read_as_what_they_are(name):
    kind, _ = read(KIND_CASES[name])
    assert kind == EXPECTED_KINDS[name]


@pytest.mark.parametrize("title, body", [
    ("Parks Advisory Committee Regular Meeting", "Parks Advisory Committee"),
    ("Board of Trustees Meeting", "Board of Trustees"),
    ("Board Meeting – March 3, 2031", None),  # names only the kind of body
    ("Regular Open Meeting", None),
    ("Rust meetup: async in practice", None),
])  # fmt: skip
def test_a_public_meeting_is_organized_by_the_body_its_title_names(title, body):
    from api.core.extraction.details import organizer_in_meeting_title

    assert organizer_in_meeting_title(title) == body
