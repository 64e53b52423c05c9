"""General reading that holds on pages of any shape (issue 8, fourth round), each on small
pages written for these tests: text rendered with the spaces a browser shows between cells
and inline-block pieces, a place named only in a sentence that announces the event, times
written as ranges in words, and a host named in a "hosted by" line rather than the site."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from api.core.extraction.content import element_text
from api.core.extraction.text import BLOCK_TAGS, fragment_text
from tests.core.extraction.pages import page, read

# -- Text with the spaces a browser shows ------------------------------------------------------

@pytest.mark.parametrize("fragment, expected", [
    ("<table><tr><td>09:00</td><td>Registration</td></tr><tr><td>09:30</td><td>Keynote</td>"
     "</tr></table>", "09:00 Registration\n09:30 Keynote"),
    ("<div><span class=company>Northwind</span><span class=city>Brno</span></div>",
     "Northwind Brno"),
    ("<ul><li>Python</li><li>SQL</li></ul>", "Python\nSQL"),
    ("<dl><dt>Venue</dt><dd>Town Hall</dd></dl>", "Venue\nTown Hall"),
    ("<div><div>Date</div><div>4 March 2026</div></div>", "Date\n4 March 2026"),
    ("<p>Friday 14<sup>th</sup> March, <b>Where</b>: the <a href=#>Old Mill</a>.</p>",
     "Friday 14th March, Where: the Old Mill."),
    ("<p>Tickets (<b>free</b>) at <span>$</span><span>15</span> for guests</p>",
     "Tickets (free) at $15 for guests"),
    ("<details><summary>Agenda</summary><p>Talks</p></details>", "Agenda\nTalks"),
])  # fmt: skip
def test_cells_and_adjacent_pieces_read_apart_and_words_stay_whole(fragment, expected):
    assert element_text(lxml_html.fromstring(f"<div>{fragment}</div>")) == expected
    assert fragment_text(fragment) == expected


def test_the_line_breaking_elements_include_html_texts_layout():
    html_text = pytest.importorskip("html_text")
    assert html_text.NEWLINE_TAGS | html_text.DOUBLE_NEWLINE_TAGS <= BLOCK_TAGS


@pytest.mark.parametrize("body", [
    "<h1>Spring Data Meetup</h1><table><tr><th>Date</th><td>Thursday, April 16, 2026</td></tr>"
    "<tr><th>Time</th><td>6:30 PM - 9:00 PM</td></tr><tr><th>Venue</th><td>Old Mill, "
    "Portland, OR</td></tr></table><p>Talks on small data tools, then pizza.</p>",
    "<h1>Spring Data Meetup</h1><div class=facts><span>Thursday, April 16, 2026</span><span>6:30 "
    "PM</span></div><p>Talks on small data tools, then pizza, at the Old Mill in Portland, "
    "Oregon.</p>",
])  # fmt: skip
def test_a_date_and_time_in_adjacent_cells_are_read_together(body):
    kind, opportunity = read(page("Spring Data Meetup", body))
    assert kind == "event"
    assert opportunity["start"].startswith("2026-04-16T18:30")


# -- An event's place named only in a sentence that announces it -------------------------------

@pytest.mark.parametrize("title, body, lang, city, country", [
    ("Jobmesse Mitteldeutschland 2026", "<h1>Jobmesse Mitteldeutschland 2026</h1><p>Die Jobmesse "
     "findet am 14. März 2026 von 10 bis 16 Uhr in Leipzig statt. Über 80 Betriebe stellen "
     "Ausbildungsplätze und offene Stellen vor.</p>", "de", "Leipzig", "DE"),
    ("Rocky Mountain Data Summit", "<h1>Rocky Mountain Data Summit</h1><p>The summit will be "
     "held at the Grand Lodge Hotel in Denver on June 4, 2026. Two days of talks on data "
     "engineering, with a job fair on the second afternoon.</p>", "en", "Denver", "US"),
    ("Encuentro de desarrolladoras", "<h1>Encuentro de desarrolladoras</h1><p>El encuentro se "
     "celebrará en Madrid el 4 de marzo de 2026. Charlas, talleres y networking para mujeres "
     "que programan.</p>", "es", "Madrid", "ES"),
    ("Forum emploi numérique", "<h1>Forum emploi numérique</h1><p>Le forum aura lieu à Lyon le "
     "12 mai 2026, de 9h à 17h. Une cinquantaine d'entreprises du numérique recrutent.</p>",
     "fr", "Lyon", "FR"),
    ("Open Source Summit", "<h1>Open Source Summit</h1><p>This year the summit takes place in "
     "Gothenburg "
     "on 9 October 2026, with talks from maintainers and a contributors' workshop.</p>", "en",
     "Gothenburg", "SE"),
])  # fmt: skip
def test_an_event_named_only_in_an_announcing_sentence_is_placed_there(title, body, lang, city,
                                                                        country):
    kind, opportunity = read(page(title, body, lang=lang))
    assert kind == "event"
    location = opportunity["location"]
    assert (location["locality"], location["country"]) == (city, country)
    assert city.lower() in location["evidence"].lower()


def test_a_labelled_venue_wins_over_a_town_in_a_sentence():
    body = ("<h1>Data Conference</h1><p>Where: Town Hall, Brno, Czech Republic</p><p>Last year "
            "the conference took place in Vienna. On 4 June 2026 it comes home.</p>")
    _, opportunity = read(page("Data Conference", body))
    assert opportunity["location"]["locality"] == "Brno"


@pytest.mark.parametrize("sentence", [
    "The meetup takes place online on 4 June 2026, 18:00 CET.",
    "The workshop will be held in the Main Hall on 4 June 2026.",
    "It takes place in March, on 4 March 2026.",
])  # fmt: skip
def test_an_announcing_sentence_without_a_town_places_nothing(sentence):
    _, opportunity = read(page("Data Workshop", f"<h1>Data Workshop</h1><p>{sentence}</p>"))
    assert not opportunity["location"].get("locality")


# -- Times written as ranges and hours in words ------------------------------------------------

@pytest.mark.parametrize("lang, line, start, end", [
    ("de", "Samstag, 7. März 2026, von 10 bis 16 Uhr", "2026-03-07T10:00", "2026-03-07T16:00"),
    ("cs", "Sobota 7. března 2026 od 10 do 16 hodin", "2026-03-07T10:00", "2026-03-07T16:00"),
    ("fr", "Samedi 7 mars 2026 de 10h à 16h30", "2026-03-07T10:00", "2026-03-07T16:30"),
    ("es", "Sábado 7 de marzo de 2026, de 10 a 14 h", "2026-03-07T10:00", "2026-03-07T14:00"),
    ("nl", "Zaterdag 7 maart 2026 van 10 tot 16 uur", "2026-03-07T10:00", "2026-03-07T16:00"),
    ("en", "Join us from 10am to 4pm on Saturday, March 7, 2026", "2026-03-07T10:00",
     "2026-03-07T16:00"),
    ("sv", "Lördag 7 mars 2026 kl. 10–16", "2026-03-07T10:00", "2026-03-07T16:00"),
    ("de", "Am 7. März 2026 um 19 Uhr", "2026-03-07T19:00", None),
    ("fr", "Le 7 mars 2026 à 18h", "2026-03-07T18:00", None),
    ("es", "El 7 de marzo de 2026 a las 18 h", "2026-03-07T18:00", None),
])  # fmt: skip
def test_times_written_as_ranges_and_hours_in_words_give_start_and_end(lang, line, start, end):
    body = (f"<h1>Career Meetup</h1><p>{line}</p><p>Meet employers, bring your CV and ask "
            "about open positions in the region.</p>")
    kind, opportunity = read(page("Career Meetup", body, lang=lang))
    assert kind == "event"
    assert opportunity["start"].startswith(start)
    assert (opportunity.get("end") or "")[:16] == (end or "")


@pytest.mark.parametrize("line", [
    "Saturday, March 7, 2026. Groups of 8 to 12 people.",
    "Saturday, March 7, 2026 – a course of 8-10 hodin a week.",
    "Saturday, March 7, 2026. Ages 10 to 16.",
])  # fmt: skip
def test_ranges_of_numbers_are_not_times(line):
    _, opportunity = read(page("Career Meetup", f"<h1>Career Meetup</h1><p>{line}</p>"))
    assert opportunity["start"] == "2026-03-07"


# -- The host named in a line, not the site ----------------------------------------------------

@pytest.mark.parametrize("title, body, lang, host", [
    ("Spring Hack Night | Riverside Makers", "<h1>Spring Hack Night</h1><p>Thursday, April 16, "
     "2026, 6:30 PM</p><p>An evening of building things together, organised by the Riverside "
     "Python User Group, with pizza.</p>", "en", "Riverside Python User Group"),
    ("Bewerbungsworkshop – Stadtbibliothek Nord", "<h1>Bewerbungsworkshop</h1><p>Dienstag, 3. "
     "März 2026, 17:00 Uhr</p><p>Ein Abend rund um Lebenslauf und Anschreiben, veranstaltet von "
     "der Agentur für Arbeit Nord.</p>", "de", "Agentur für Arbeit Nord"),
    ("Taller de entrevistas - Casa Joven", "<h1>Taller de entrevistas</h1><p>Martes, 3 de marzo "
     "de 2026, 18:00</p><p>Un taller práctico organizado por Asociación Empleo Joven para "
     "preparar entrevistas de trabajo.</p>", "es", "Asociación Empleo Joven"),
    ("Portfolio Review Night — Studio Kite", "<h1>Portfolio Review Night</h1><p>April 16, 2026, "
     "7 PM</p><p>Bring your portfolio. Presented by Designers of Tomorrow.</p>", "en",
     "Designers of Tomorrow"),
])  # fmt: skip
def test_a_host_named_in_the_events_account_is_the_organizer_not_the_site(title, body, lang, host):
    kind, opportunity = read(page(title, body, lang=lang))
    assert kind == "event"
    assert opportunity["organization"] == host


def test_the_copyright_holder_is_the_organizer_only_when_nothing_else_names_one():
    body = ("<h1>Open Studio Evening</h1><p>Thursday, April 16, 2026, 6:30 PM</p><p>See the "
            "workshop, meet the team, ask about apprenticeships.</p>"
            "<footer><p>© 2019–2026 Northwind Woodworks. All rights reserved.</p></footer>")
    _, opportunity = read(page("Open Studio Evening", body))
    assert opportunity["organization"] == "Northwind Woodworks"
    hosted = body.replace("ask about apprenticeships.", "ask about apprenticeships. Hosted by "
                          "the Carpenters' Guild.")
    _, opportunity = read(page("Open Studio Evening", hosted))
    assert opportunity["organization"] == "Carpenters' Guild"
