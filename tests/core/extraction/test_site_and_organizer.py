"""The site a page sits on is `via`; the employer or organizer is the body the page names as
such. Small pages written for these tests, each in a shape the web is full of."""

from __future__ import annotations

import pytest

from api.core.extraction import read_page

URL = "https://example.test/page"


def read(html: str) -> dict:
    result = read_page({"url": URL, "html": html})
    return (result["opportunities"] or [{}])[0]


def page(title: str, body: str, head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


EVENT = ("<p>Thursday March 12, 2031 from 7:00pm - 9:00pm</p><p>Harbour Hall</p>"
         "<p>12 Quay Street, Auckland 1010, New Zealand</p>")  # fmt: skip


def test_a_calendar_site_where_people_add_events_is_the_site_not_the_organizer():
    html = page("Lightning Talks Night 7 - Happenly",
                "<nav><a href='/new'>Add an event</a></nav><h1>Lightning Talks Night 7</h1>"
                f"{EVENT}<p>Website: http://www.lightningtalksnight.org</p>"
                "<p>Added by maria on July 10, 2030</p><h3>Other events like this</h3>")
    event = read(html)
    assert event["via"] == "Happenly"
    assert event["organization"] == "Lightning Talks Night"  # the words that spell its website


def test_an_event_on_an_organizers_own_site_keeps_the_site_as_organizer():
    html = page("Spring Open Day - Harbour Makers Society",
                f"<h1>Spring Open Day</h1>{EVENT}<p>Free entry. Register to join our open day "
                "workshop and see what we build.</p>",
                head='<meta property="og:site_name" content="Harbour Makers Society">')
    event = read(html)
    assert event["organization"] == "Harbour Makers Society"
    assert not event.get("via")


def test_an_organizer_named_in_a_sentence_beats_the_sites_name():
    html = page("CodeFest 2031",
                f"<h1>CodeFest 2031</h1>{EVENT}<p>Two days of talks on software craft.</p>"
                "<footer><h4>Organisers</h4><p>CodeFest is organised with care by the Auckland "
                "Software Guild.</p></footer>",
                head='<meta property="og:site_name" content="CodeFest">')
    assert read(html)["organization"] == "Auckland Software Guild"


def test_a_news_post_about_an_event_gives_the_body_its_title_abbreviates_and_the_site_as_via():
    html = page("New NZSA workshops \u2013 Writers Weekly",
                "<h1>New NZSA workshops</h1><p>On 12 March 2031 the NZSA offers two online "
                "workshops on pitching to publishers.</p><p>Source: New Zealand Society of "
                "Authors (NZSA), 2 February 2031</p>",
                head='<meta property="og:type" content="article">'
                     '<meta property="og:site_name" content="Writers Weekly">')  # fmt: skip
    event = read(html)
    assert event["organization"] == "New Zealand Society of Authors (NZSA)"
    assert event["via"] == "Writers Weekly"


def test_a_saved_board_card_is_known_by_the_address_its_headline_links_to():
    html = ('<section><a href="https://nz.linkedin.com/jobs/view/data-engineer-at-kea-123">'
            "<h2>Data Engineer</h2></a><h3><span>Kea Analytics</span><span>Auckland, New "
            "Zealand</span></h3><div><h3>Responsibilities</h3><ul><li>Build and run the data "
            "pipelines our analysts use.</li></ul><h3>Requirements</h3><ul><li>3+ years of "
            "Python and SQL.</li></ul><p>Apply now</p></div></section>")  # fmt: skip
    job = read(html)
    assert job["via"] == "LinkedIn"
    assert job["organization"] == "Kea Analytics"


DUTIES = ("<h2>Responsibilities</h2><ul><li>Design and run the data pipelines our analysts "
          "use every day.</li><li>Review code and mentor two junior engineers.</li></ul>"
          "<h2>Requirements</h2><ul><li>4+ years of experience with Python and SQL.</li>"
          "<li>Experience with a cloud data warehouse.</li></ul><p>Apply now.</p>")  # fmt: skip


@pytest.mark.parametrize(("header", "prose", "countries", "regions", "anywhere"), [
    ("<p>Acme Robotics \u00b7 Remote</p>", "Candidates must reside in Canada to be considered.",
     ["CA"], [], False),
    ("<p>Acme Robotics \u00b7 Remote</p>", "We hire people anywhere in Europe.", [], ["Europe"],
     False),
    ("<p>Acme Robotics</p><p>Remote - you can work from anywhere in Germany.</p>", "", ["DE"],
     [], False),
    ("<span>Acme Robotics</span><span>Anywhere in the World</span>", "", [], [], True),
    ("<p>Acme Robotics</p><p>Location: Remote</p><p>Region: Europe Only</p>", "", [],
     ["Europe"], False),
])  # fmt: skip
def test_a_remote_posting_is_scoped_to_where_applicants_may_live(header, prose, countries,
                                                                 regions, anywhere):  # fmt: skip
    job = read(page("Backend Engineer", f"<h1>Backend Engineer</h1>{header}<p>{prose}</p>"
                                        f"{DUTIES}"))  # fmt: skip
    location = job["location"]
    assert location["remote"] is True
    scope = location["remote_scope"]
    assert scope["countries"] == countries and scope["regions"] == regions
    assert scope["anywhere"] is anywhere
    if len(countries) == 1:  # a remote job for one country's residents is in that country
        assert location["country"] == countries[0]


def test_a_posting_on_a_remote_only_board_is_remote():
    job = read(page("Senior DevOps Engineer", "<h1>Senior DevOps Engineer</h1><span>Acme "
                    f"Robotics</span><span>Full-Time</span>{DUTIES}",
                    head='<link rel="canonical" href="https://weworkremotely.com/jobs/1">'))
    assert job["via"] == "We Work Remotely"
    assert job["location"]["remote"] is True


@pytest.mark.parametrize(("text", "page_year", "start"), [
    ("April, 14, 2016", None, "2016-04-14"),  # "Month, DD, YYYY" as a note above an agenda
    ("Thu, Apr 14 \u00b7 7:00 PM CEST", 2016, "2016-04-14T19:00:00+02:00"),
    ("Jueves, 14 de abril \u00b7 19:00", 2017, "2016-04-14T19:00:00"),  # the weekday says 2016
    ("Mercredi 14 avril", 2016, None),  # no year near 2016 has that day on a Wednesday
])  # fmt: skip
def test_a_day_written_without_its_year_takes_the_pages_year_as_its_weekday_allows(
        text, page_year, start):  # fmt: skip
    from api.core.extraction.dates import written_span

    assert written_span(text, None, page_year)[0] == start


def test_an_event_page_without_a_year_beside_its_day_is_dated_by_its_copyright_line():
    html = page("Meetup de Python - Calendario Tech",
                "<h1>Meetup de Python</h1><p>Jueves, 14 de abril \u00b7 19:00</p><p>Lugar: "
                "Calle Mayor 3, 46001 Valencia</p><p>Charlas sobre Python y networking. "
                "Entrada gratuita, inscripci\u00f3n obligatoria.</p>"
                "<footer>\u00a9 2010-2016 Calendario Tech</footer>")  # fmt: skip
    event = read(html)
    assert event["start"] == "2016-04-14T19:00:00"


def test_a_venue_given_by_its_street_alone_is_in_the_town_of_the_sites_own_address():
    html = page("Harbour Board Meeting - Nov 20, 2031",
                "<main><h1>Harbour Board Meeting</h1><p>Wednesday, November 20, 2031, 8:30 AM</p>"
                "<p>Location: The Boat Shed 12 W. Quay St.</p><p>Monthly meeting of the board, "
                "open to the public. Agenda to follow.</p></main><footer><p>Waterfront Business "
                "Alliance</p><p>1448 W. Morse Ave.</p><p>Chicago, IL 60626</p></footer>")
    location = read(html)["location"]
    assert (location["locality"], location["region"], location["country"]) == ("Chicago", "IL",
                                                                                "US")
    assert "60626" in location["evidence"]


def test_open_graph_event_times_are_surer_than_the_first_date_of_the_text():
    html = page("Queer Book Club - London",
                "<h1>Queer Book Club - London</h1><p>Posted 1 October 2031</p><p>Venue: The "
                "Common Counter, London</p><p>Tickets \u00a36. Join us to talk about books.</p>",
                head='<meta property="event:start_time" content="2031-11-22T19:00:00+00:00">'
                     '<meta property="event:end_time" content="2031-11-22T21:00:00+00:00">')
    event = read(html)
    assert event["start"] == "2031-11-22T19:00:00+00:00"
    assert event["end"] == "2031-11-22T21:00:00+00:00"


def test_dated_lines_inside_the_events_own_span_are_not_other_dates():
    from api.core.extraction.dates import series_dates

    lines = ["Sat, Mar 14 2031 10am - 4pm", "Mon, Mar 16 2031 10am - 4pm",
             "Wed, Mar 18 2031 10am - 4pm"]  # fmt: skip
    assert series_dates(lines) == ["2031-03-14", "2031-03-16", "2031-03-18"]
    markup = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
              '"Event", "name": "Harbour Arts Festival", "startDate": "2031-03-13", '
              '"endDate": "2031-04-10", "location": {"@type": "Place", "name": "Harbour Hall", '
              '"address": "Auckland, New Zealand"}}</script>')
    festival = page("Harbour Arts Festival", "<h1>Harbour Arts Festival</h1><p>Open days:</p>"
                    + "".join(f"<p>{line}</p>" for line in lines), head=markup)
    event = read(festival)
    assert event["start"][:10] == "2031-03-13"
    assert event["other_dates"] == []  # the open days of one festival, not a series
    event = read(festival.replace("2031-04-10", "2031-03-13"))  # one day: the rest are others
    assert event["other_dates"] == ["2031-03-14", "2031-03-16", "2031-03-18"]


def test_spanish_and_catalan_labels_name_the_organizer_and_the_place():
    html = page("Charla: c\u00f3mo proteger tu idea",
                "<h1>Charla: c\u00f3mo proteger tu idea</h1><p>Fecha: 14/04/2031 19:00</p>"
                "<p>Direcci\u00f3n: Calle Mayor 3, 46001 Valencia</p><p>Organiza: Valencia "
                "Emprende</p><p>Una charla sobre patentes y marcas para emprendedores. Entrada "
                "gratuita, inscripci\u00f3n obligatoria.</p>"
                ).replace("<html>", '<html lang="es-ES">')
    event = read(html)
    assert event["organization"] == "Valencia Emprende"
    assert event["location"]["locality"] == "Valencia" and event["location"]["country"] == "ES"
    assert event["start"] == "2031-04-14T19:00:00"


def test_a_city_named_without_its_country_is_the_one_in_the_pages_declared_country():
    from api.core.extraction.details import in_locale_country
    from api.core.extraction.gazetteer import read_place

    place = read_place("Calle Mayor 3, 46001 Valencia")
    assert in_locale_country(place, "ES").country == "ES"
    said = read_place("Valencia, Venezuela")
    assert in_locale_country(said, "ES").country == "VE"  # the text names its country


def test_a_site_known_only_by_its_address_is_named_as_the_page_spells_its_abbreviation():
    html = page("Howard Street Commissioners Meeting - Nov 20, 2031",
                "<main><h1>Howard Street Commissioners Meeting</h1><p>Wednesday, November 20, "
                "2031, 8:30 AM</p><p>Location: The Factory Theater, Chicago, IL</p><p>Monthly "
                "meeting of the commissioners, open to the public.</p></main><footer><p>About "
                "RPBA</p><p>Riverside Park Business Alliance, 1448 W. Morse Ave.</p></footer>",
                head='<meta property="og:url" content="https://business.rpba.org/events/1">')
    assert read(html)["via"] == "Riverside Park Business Alliance"


@pytest.mark.parametrize("said", [
    "Nab\u00edz\u00edme hybridn\u00ed re\u017eim pr\u00e1ce, 2 dny v t\u00fddnu z domova.",
    "Hybrides Arbeiten: 3 Tage pro Woche im B\u00fcro.",
    "Modelo h\u00edbrido: 2 d\u00edas a la semana en la oficina.",
    "Nab\u00edz\u00edme mo\u017enost pr\u00e1ce \u010d\u00e1ste\u010dn\u011b z domova.",
    "Teilweise mobiles Arbeiten m\u00f6glich.",
    "2 jours de t\u00e9l\u00e9travail par semaine.",
    "2 d\u00edas de teletrabajo a la semana.",
])  # fmt: skip
def test_hybrid_work_is_read_in_the_pages_languages(said):
    from api.core.extraction.locations import remote_hybrid_flags

    assert remote_hybrid_flags("Engineer", "", said) == (False, True)
    assert remote_hybrid_flags("Engineer", "", "We run a hybrid cloud on AWS.") == (False, False)


def test_a_tourism_board_or_a_newspaper_publishing_an_event_is_the_site_not_the_organizer():
    html = page("Harbour Renaissance Faire - Tourism Harbourton",
                f"<h1>Harbour Renaissance Faire</h1>{EVENT}<p>Duels, costumes and food trucks. "
                "Free entry for kids.</p>")  # fmt: skip
    event = read(html)
    assert event["via"] == "Tourism Harbourton"
    assert not event.get("organization")


@pytest.mark.parametrize("text", [
    "Posted on March 2, 2031\nWhen: April 14, 2031 7pm",
    "Added by maria on March 2, 2031\nThursday April 14, 2031 from 7:00pm",
    "Ver\u00f6ffentlicht: 2. M\u00e4rz 2031\nAm 14. April 2031, 19:00 Uhr",
])  # fmt: skip
def test_the_day_a_page_was_posted_is_not_the_events(text):
    from api.core.extraction.dates import written_span

    assert written_span(text)[0][:10] == "2031-04-14"


def test_the_labelled_facts_of_a_link_preview_give_the_place_and_the_day():
    from api.core.extraction.details import _WHEN_LABEL, meta_labelled
    from api.core.extraction.labels import WHERE_LABELS

    head = ('<meta name="twitter:label1" content="Date">'
            '<meta name="twitter:data1" content="Saturday 12th November 2031">'
            '<meta name="twitter:label2" content="Location">'
            '<meta name="twitter:data2" content="Hackney City Farm, London">')  # fmt: skip
    meta = {"twitter:label1": "Date", "twitter:data1": "Saturday 12th November 2031",
            "twitter:label2": "Location", "twitter:data2": "Hackney City Farm, London"}
    assert meta_labelled(meta, _WHEN_LABEL) == ["Saturday 12th November 2031"]
    assert meta_labelled(meta, WHERE_LABELS) == ["Hackney City Farm, London"]
    html = page("Queer Farm Club | Harbour Tickets",
                "<h1>Queer Farm Club</h1><p>When: Saturday 12th November 2031, 10am</p><p>A "
                "morning with the goats and a picnic after. Tickets \u00a35, book now.</p>",
                head=head)  # fmt: skip
    event = read(html)
    assert event["start"][:10] == "2031-11-12"
    assert event["location"]["locality"] == "London"


def test_a_search_forms_location_field_is_not_the_postings_place():
    # A job board's header holds a search form whose "location" box has a clear button: what
    # a reader types there is not where the job is.
    html = ('<html><body><header><nav><form><section class="search-input location">'
            '<input name="location" type="search"><button type="button">'
            '<label class="sr-only">Reset field</label></button></section></form></nav></header>'
            '<main><h1>Site Reliability Engineer</h1><div class="job-location">Leeds, England, '
            'United Kingdom</div><p>Full-time. Salary: £55,000 - £65,000 a year.</p>'
            '<h2>Requirements</h2><ul><li>3+ years of Linux</li><li>Python</li></ul>'
            '<p>Apply now.</p></main></body></html>')  # fmt: skip
    job = read_page({"url": "https://jobs.example.org/view/42", "html": html})["opportunities"][0]
    assert job["location"]["text"] == "Leeds, England, United Kingdom"
    assert job["location"]["locality"] == "Leeds"


def test_a_description_without_a_title_is_titled_by_the_role_its_opening_sentence_names():
    html = ("<html><body><div><p><strong>Overview:</strong> The Senior Payroll Accountant will "
            "run the monthly close for our three plants and report to the Controller. This "
            "position also maintains the payroll records.</p><p><strong>Requirements:</strong> "
            "5+ years of payroll accounting, a bachelor's degree in accounting.</p>"
            "<p>Full-time, on site. Apply with your CV.</p></div></body></html>")  # fmt: skip
    job = read_page({"url": "https://careers.example.org/j/5", "html": html})["opportunities"]
    assert job and job[0]["title"] == "Senior Payroll Accountant"


@pytest.mark.parametrize("title", [
    "Harbour Tour at Wharf Museum event tickets from Ticketly",
    "Harbour Tour at Wharf Museum Tickets | Ticketly",
    "Harbour Tour at Wharf Museum Tickets, Sat 5 Jun 2031 at 19:00",
    "Harbour Tour bei Wharf Museum Tickets kaufen",
])  # fmt: skip
def test_a_ticket_sites_words_after_the_host_in_the_title_are_not_the_hosts_name(title):
    event = read(page(title, f"<h1>Harbour Tour</h1>{EVENT}"))
    assert event.get("organization") == "Wharf Museum"


def test_a_host_whose_name_holds_the_word_tickets_keeps_it():
    job = read(page("Backend Engineer at Harbour Tickets Ltd",
                    "<h1>Backend Engineer</h1><p>We are hiring a backend engineer to build our "
                    "ticketing platform. Apply by sending your CV. Full-time, permanent.</p>"))
    assert job.get("organization") == "Harbour Tickets Ltd"
