"""JSON-LD pages: JobPosting and Event (with subtypes) read into opportunities."""

import json

import pytest

from api.core.extraction import read_page
from api.core.opportunity import blank
from tests.shared import SCENARIOS


def _job(**extra):
    node = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Backend Engineer",
        "description": "<p>Build services.</p><p>Second <b>paragraph</b>.</p>",
        "datePosted": "2031-01-02",
        "validThrough": "2031-03-01T00:00:00+01:00",
        "hiringOrganization": {"@type": "Organization", "name": "Northwind"},
        "jobLocation": {
            "@type": "Place",
            "address": {"@type": "PostalAddress", "addressLocality": "Boston",
                        "addressRegion": "MA", "addressCountry": "US"},
        },
    }  # fmt: skip
    node.update(extra)
    return node


def _event(**extra):
    node = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Python Meetup",
        "startDate": "2031-04-10T18:00:00-04:00",
        "endDate": "2031-04-10T21:00:00-04:00",
        "location": {"@type": "Place", "name": "Hall",
                     "address": {"@type": "PostalAddress", "addressLocality": "Boston"}},
    }  # fmt: skip
    node.update(extra)
    return node


def read_one(*nodes, **page):
    result = read_page({"url": "https://example.org/x", "jsonld": list(nodes), **page})
    assert len(result["opportunities"]) == 1, result
    return result["page_kind"], result["opportunities"][0]


def test_job_posting_fields_are_read_with_every_contract_key():
    kind, job = read_one(_job(employmentType=["FULL_TIME", "Part-time"], skills="Go, SQL"))
    assert kind == "job"
    assert set(job) == set(blank("job"))
    assert job["title"] == "Backend Engineer"
    assert job["organization"] == "Northwind"
    assert job["description"] == "Build services.\nSecond paragraph."
    assert job["location"]["locality"] == "Boston" and job["location"]["country"] == "US"
    assert job["date_posted"] == "2031-01-02"
    assert job["valid_through"] == "2031-03-01T00:00:00+01:00"
    assert job["employment_type"] == ["FULL_TIME", "PART_TIME"]
    assert job["skills"] == ["Go", "SQL"]
    assert job["sources"]["title"] == "jsonld"


@pytest.mark.parametrize(
    ("salary", "expected"),
    [
        ({"@type": "MonetaryAmount", "currency": "USD",
          "value": {"@type": "QuantitativeValue", "minValue": 100, "maxValue": 120,
                    "unitText": "HOUR"}},
         {"min": 100.0, "max": 120.0, "currency": "USD", "period": "HOUR"}),
        ({"@type": "MonetaryAmount", "currency": "EUR",
          "value": {"@type": "QuantitativeValue", "value": "55,000", "unitText": "YEAR"}},
         {"min": 55000.0, "max": 55000.0, "currency": "EUR", "period": "YEAR"}),
        (90000, {"min": 90000.0, "max": 90000.0, "currency": None, "period": None}),
    ],
)  # fmt: skip
def test_base_salary_in_each_written_form(salary, expected):
    _, job = read_one(_job(baseSalary=salary))
    assert job["pay"] == expected


def test_telecommute_job_is_remote_with_the_applicant_area():
    area = {"@type": "Country", "name": "USA"}
    _, job = read_one(
        _job(jobLocation=None, jobLocationType="TELECOMMUTE", applicantLocationRequirements=area)
    )
    assert job["location"]["remote"] is True
    assert job["location"]["text"] == "Remote (USA)"


@pytest.mark.parametrize("event_type", ["SocialEvent", "BusinessEvent", "MusicEvent",
                                        "EducationEvent", "Festival", "Hackathon"])  # fmt: skip
def test_event_subtypes_are_events(event_type):
    kind, event = read_one(_event(**{"@type": event_type}))
    assert kind == "event"
    assert event["event_type"] == event_type


def test_event_fields_status_mode_price_capacity_performers():
    kind, event = read_one(_event(
        eventStatus="https://schema.org/EventMovedOnline",
        eventAttendanceMode="https://schema.org/MixedEventAttendanceMode",
        offers=[{"@type": "Offer", "price": "0", "priceCurrency": "GBP"},
                {"@type": "Offer", "price": "15.50", "priceCurrency": "GBP"}],
        maximumAttendeeCapacity="120",
        organizer=[{"@type": "Organization", "name": "PyData"}],
        performer=[{"@type": "Person", "name": "Ana"}, "Tom"],
    ))  # fmt: skip
    assert event["start"] == "2031-04-10T18:00:00-04:00"
    assert event["status"] == "moved_online"
    assert event["attendance_mode"] == "mixed"
    assert event["location"]["online"] is True
    assert event["price"] == {"min": 0.0, "max": 15.5, "currency": "GBP", "free": False}
    assert event["capacity"] == 120
    assert event["organization"] == "PyData"
    assert event["speakers"] == ["Ana", "Tom"]


def test_virtual_location_is_online():
    _, event = read_one(_event(location={"@type": "VirtualLocation", "url": "https://x.org"}))
    assert event["location"]["online"] is True


def test_cancelled_event_status():
    _, event = read_one(_event(eventStatus="EventCancelled"))
    assert event["status"] == "cancelled"


def test_graph_with_references_resolves_the_organizer():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "#org", "name": "Guild"},
        {"@type": "WebPage", "mainEntity": {"@id": "#ev"}},
        _event(**{"@id": "#ev", "organizer": {"@id": "#org"}}),
    ]}  # fmt: skip
    kind, event = read_one(graph)
    assert kind == "event" and event["organization"] == "Guild"


def test_jsonld_given_as_strings_even_broken_ones():
    broken = json.dumps(_job())[:-1] + ",}"  # a trailing comma
    kind, job = read_one(broken, "{not json", "[]")
    assert kind == "job" and job["title"] == "Backend Engineer"


def test_a_single_object_instead_of_a_list():
    result = read_page({"url": "https://example.org", "jsonld": _event()})
    assert result["page_kind"] == "event"


def test_several_postings_make_a_list_page():
    result = read_page({"url": "https://example.org",
                        "jsonld": [_job(title="A"), _job(title="B"), _job(title="C")]})
    assert result["page_kind"] == "list"
    assert [o["title"] for o in result["opportunities"]] == ["A", "B", "C"]


def test_jsonld_inside_html_is_read():
    html = ("<html><head><script type='application/ld+json'>" + json.dumps(_job())
            + "</script></head><body><h1>Backend Engineer</h1></body></html>")
    result = read_page({"url": "https://example.org", "html": html})
    assert result["page_kind"] == "job"
    assert result["opportunities"][0]["organization"] == "Northwind"


def test_agency_posting_for_a_client_is_flagged():
    _, job = read_one(_job(description="Our client, a fast-growing SaaS company, is hiring.",
                           hiringOrganization={"name": "Brightpath Talent"}))  # fmt: skip
    assert job["is_agency"] is True


def test_counts_read_from_the_description():
    _, job = read_one(_job(description="We are hiring for 40+ roles. Offices in 12 cities."))
    assert job["counts"]["open_roles"] == 40


def _scenario_pages():
    if not SCENARIOS.exists():
        return []
    pages = []
    for line in SCENARIOS.read_text().splitlines():
        case = json.loads(line)
        requests = [case["request"]] if "request" in case else [case["a"], case["b"]]
        pages += [(case["id"], r["page"]) for r in requests]
    return pages


@pytest.mark.parametrize(("case_id", "page"), _scenario_pages())
def test_dev_scenario_pages_read_as_one_opportunity(case_id, page):
    result = read_page(page)
    node = page["jsonld"][0]
    assert result["page_kind"] == ("job" if node["@type"] == "JobPosting" else "event")
    (opportunity,) = result["opportunities"]
    assert opportunity["title"] == node.get("title", node.get("name"))
    assert opportunity["description"] and "<" not in opportunity["description"]


def test_salary_written_as_one_range_string():
    _, job = read_one(_job(baseSalary="50,000 - 70,000"))
    assert (job["pay"]["min"], job["pay"]["max"]) == (50000.0, 70000.0)


def test_online_location_without_a_mode_is_online_and_beside_a_venue_mixed():
    _, online = read_one(_event(location={"@type": "VirtualLocation", "url": "https://x.org"}))
    assert online["attendance_mode"] == "online"
    _, mixed = read_one(_event(location=[{"@type": "VirtualLocation", "url": "https://x.org"},
                                         {"@type": "Place", "name": "Hall"}]))  # fmt: skip
    assert mixed["attendance_mode"] == "mixed"
    _, written = read_one(_event(location="Online via Zoom"))
    assert written["location"]["online"] is True


def test_an_event_page_with_related_events_marked_up_is_the_named_event():
    main = _event(name="Data Science Day | PyData Boston")
    related = [_event(name=f"Other meetup {i}", startDate=f"2031-0{i}-01") for i in (5, 6)]
    cards = "".join(f"<li><a href='/e/{i}'>Other meetup {i}</a></li>" for i in (5, 6))
    html = ("<html><head><title>Data Science Day</title><script type='application/ld+json'>"
            + json.dumps([main, *related]) + "</script></head><body><h1>Data Science Day</h1>"
            "<p>A day of talks.</p><ul class='more-events'>" + cards + "</ul></body></html>")
    result = read_page({"url": "https://example.org/e/1", "html": html})
    assert result["page_kind"] == "event"
    assert result["opportunities"][0]["title"] == "Data Science Day | PyData Boston"


def test_jsonld_with_javascript_comments_and_escaped_entities():
    written = ('{"@context": "https://schema.org", // the posting\n "@type": "JobPosting",'
               ' "title": "R&amp;D Engineer", /* block */ "hiringOrganization": '
               '{"name": "Smith &amp; Co"},}')  # fmt: skip
    kind, job = read_one(written)
    assert (kind, job["title"], job["organization"]) == ("job", "R&D Engineer", "Smith & Co")


def test_a_career_fair_page_that_also_marks_up_postings_is_the_fair():
    fair = _event(name="Spring Career Fair", **{"@type": "BusinessEvent"})
    postings = [_job(title="Data Analyst"), _job(title="Nurse")]
    html = ("<html><head><title>Spring Career Fair</title><script type='application/ld+json'>"
            + json.dumps([*postings, fair]) + "</script></head><body><h1>Spring Career Fair"
            "</h1><p>Meet 85 employers.</p></body></html>")  # fmt: skip
    result = read_page({"url": "https://example.org/fair", "html": html})
    assert result["page_kind"] == "event"
    assert result["opportunities"][0]["counts"]["employers"] == 85


def test_a_cut_off_description_gives_way_to_the_whole_text_on_the_page():
    whole = (
        "This time we have been collaborating with two studios to prepare this special online "
        "event. We will have two talks: one on ownership and borrowing for self-taught "
        "programmers, one on writing smart contracts. Questions and drinks after the talks."
    )
    html = (
        "<html><head><title>Python Meetup</title>"
        '<script type="application/ld+json">'
        + json.dumps(_event(description=whole[:60]))
        + "</script></head><body><h1>Python Meetup</h1><h2>Details</h2><p>"
        + whole
        + "</p></body></html>"
    )
    result = read_page({"url": "https://example.org/x", "html": html})
    assert "smart contracts" in result["opportunities"][0]["description"]


def test_a_places_name_its_address_repeats_is_said_once():
    place = {"@type": "Place", "name": "Harbour Hall",
             "address": {"@type": "PostalAddress", "streetAddress": "Harbour Hall",
                         "addressLocality": "Wellington", "addressCountry": "NZ"}}  # fmt: skip
    _, event = read_one(_event(location=place))
    assert event["location"]["text"] == "Harbour Hall, Wellington, NZ"
    other = {**place, "address": {**place["address"], "streetAddress": "12 Quay Street"}}
    _, event = read_one(_event(location=other))
    assert event["location"]["text"] == "Harbour Hall, 12 Quay Street, Wellington, NZ"
