"""Classes of pages nobody here has seen that put the place, the event's day and remote work
where the fixtures do not (issue 8, fifth round), each on small pages written for these tests
as a new site would write them, with pages that must not change beside them: places in a
header's chips, in definition lists and tables, with postcodes, beside a footer's address;
"City (Hybrid)", "Remote (US)" and the home-working words of the pages' languages; days in
tables and "When" lines, <time> without markup, ranges across months and years, 24-hour times
with dots, Open Graph event tags beside an article's own date; embedded app state."""

from __future__ import annotations

import json

import pytest

from tests.core.extraction.pages import AUFGABEN, DUTIES, page, read, where, work_mode

MISSIONS = ("<h2>Vos missions</h2><ul><li>Concevoir et maintenir nos services de données</li>"
            "<li>Accompagner deux développeurs juniors</li></ul><h2>Votre profil</h2><ul><li>"
            "3 ans d'expérience en Python</li></ul><p>Postulez maintenant.</p>")  # fmt: skip
FOOTER = ("<footer><p>Northwind Ltd · 100 Main Street, Boston, MA 02110</p><p>© 2026 Northwind"
          "</p></footer>")  # fmt: skip


# -- The place of a posting in the header's chips, definition lists and tables ----------------

@pytest.mark.parametrize("title, body, lang, city, country", [
    ("Senior Data Engineer – Northwind", "<main><h1>Senior Data Engineer</h1><ul class=tags><li>"
     "Full-time</li><li>Lyon, France</li><li>Engineering</li></ul>" + DUTIES + "</main>", "en",
     "Lyon", "FR"),
    ("Data Analyst | Northwind", "<main><h1>Data Analyst</h1><div class=job-meta><span class=chip>"
     "Permanent</span><span class=chip>Leeds</span><span class=chip>£40,000</span></div>"
     + DUTIES + "</main>", "en", "Leeds", "GB"),
    ("Softwareentwickler (m/w/d) – Nordwind GmbH", "<main><h1>Softwareentwickler (m/w/d)</h1>"
     "<div><span>Vollzeit</span> · <span>Hamburg</span> · <span>Unbefristet</span></div>"
     + AUFGABEN + "</main>", "de", "Hamburg", "DE"),
    ("Backend Engineer", "<main><h1>Backend Engineer</h1><dl><dt>Location</dt><dd>Austin, TX</dd>"
     "<dt>Type</dt><dd>Full-time</dd></dl>" + DUTIES + "</main>", "en", "Austin", "US"),
    ("Backend Engineer", "<main><h1>Backend Engineer</h1><table><tr><th>Location</th><td>"
     "Portland, OR</td></tr><tr><th>Salary</th><td>$90,000</td></tr></table>" + DUTIES
     + "</main>", "en", "Portland", "US"),
    ("Datový analytik", "<main><h1>Datový analytik</h1><table><tr><td>Místo pracoviště</td><td>"
     "Brno</td></tr><tr><td>Typ úvazku</td><td>Plný úvazek</td></tr></table><h2>Náplň práce"
     "</h2><ul><li>Příprava reportů a analýz pro vedení</li></ul><h2>Požadujeme</h2><ul><li>"
     "Znalost SQL</li></ul><p>Odpovědět na inzerát</p></main>", "cs", "Brno", "CZ"),
    ("Softwareentwickler (m/w/d)", "<main><h1>Softwareentwickler (m/w/d)</h1><table><tr>"
     "<th>Arbeitsort</th><td>80331 München</td></tr><tr><th>Arbeitszeit</th><td>Vollzeit</td>"
     "</tr></table>" + AUFGABEN + "</main>", "de", "Munich", "DE"),
    ("Développeur Python", "<main><h1>Développeur Python</h1><p>Lieu de travail : 75008 Paris"
     "</p>" + MISSIONS + "</main>", "fr", "Paris", "FR"),
    ("Backend Engineer", "<main><h1>Backend Engineer</h1><p><b>Location</b> Denver, CO</p>"
     + DUTIES + "</main>" + FOOTER, "en", "Denver", "US"),
])  # fmt: skip
def test_a_postings_place_in_its_header_chips_lists_and_tables(title, body, lang, city,
                                                                country):  # fmt: skip
    kind, job = read(page(title, body, lang=lang))
    assert kind == "job"
    assert where(job) == (city, country)


def test_the_posting_is_where_its_header_says_not_where_the_footer_has_its_office():
    body = ("<main><h1>Backend Engineer</h1><ul class=tags><li>Full-time</li><li>Denver, CO</li>"
            "</ul>" + DUTIES + "</main>" + FOOTER)  # fmt: skip
    kind, job = read(page("Backend Engineer", body))
    assert kind == "job"
    assert where(job) == ("Denver", "US")


@pytest.mark.parametrize("title, body, city, country", [
    ("Spring Data Meetup", "<main><h1>Spring Data Meetup</h1><p>Thursday, April 16, 2026, 6:30 PM"
     "</p><p>Venue: The Lantern, 12 High Street, Bristol BS1 2AA</p><p>Talks on small data "
     "tools, then pizza.</p></main><footer>Registered office: 1 Canada Square, London E14 5AB"
     "</footer>", "Bristol", "GB"),
    ("Spring Data Meetup", "<main><h1>Spring Data Meetup</h1><p>Thursday, April 16, 2026, 6:30 PM"
     "</p><p>The Old Mill<br>45 River Road<br>Leeds LS1 4DY</p><p>Talks on small data tools, "
     "then pizza.</p></main><footer>Northwind Events, 1 Canada Square, London E14 5AB</footer>",
     "Leeds", "GB"),
    ("Atelier emploi", "<main><h1>Atelier emploi</h1><p>Mardi 3 mars 2026 à 18h30</p><p>Adresse"
     " : 12 rue de la République, 69002 Lyon</p><p>Un atelier pour préparer vos entretiens."
     "</p></main>", "Lyon", "FR"),
])  # fmt: skip
def test_an_events_venue_beats_the_sites_address_in_its_footer(title, body, city, country):
    kind, event = read(page(title, body))
    assert kind == "event"
    assert where(event) == (city, country)


# -- Hybrid, remote and onsite as headers and the pages' languages write them ------------------

@pytest.mark.parametrize("title, body, lang, mode, place", [
    ("Backend Engineer", "<main><h1>Backend Engineer</h1><p>Location: Berlin (Hybrid)</p>"
     + DUTIES + "</main>", "en", "hybrid", ("Berlin", "DE")),
    ("Backend Engineer", "<main><h1>Backend Engineer</h1><ul class=tags><li>Amsterdam</li><li>"
     "Hybrid</li><li>Full-time</li></ul>" + DUTIES + "</main>", "en", "hybrid",
     ("Amsterdam", "NL")),
    ("Desarrollador backend", "<main><h1>Desarrollador backend</h1><p>Ubicación: Madrid "
     "(híbrido)</p><h2>Requisitos</h2><ul><li>3 años de experiencia con Python</li></ul>"
     "<p>Inscríbete ahora.</p></main>", "es", "hybrid", ("Madrid", "ES")),
    ("Backend Engineer", "<main><h1>Backend Engineer</h1><ul class=tags><li>Remote (US)</li>"
     "<li>Full-time</li></ul>" + DUTIES + "</main>", "en", "remote", (None, "US")),
    ("Backend Engineer", "<main><h1>Backend Engineer</h1><p>Location: Remote - Canada</p>"
     + DUTIES + "</main>", "en", "remote", (None, "CA")),
    ("Backend Engineer", "<main><h1>Backend Engineer</h1><p>Location: Telecommute</p>" + DUTIES
     + "</main>", "en", "remote", None),
    ("Backend Engineer", "<main><h1>Backend Engineer</h1><p>Location: Work from home</p>"
     + DUTIES + "</main>", "en", "remote", None),
    ("Softwareentwickler (m/w/d)", "<main><h1>Softwareentwickler (m/w/d)</h1><p>Arbeitsort: "
     "100% Homeoffice (deutschlandweit)</p>" + AUFGABEN + "</main>", "de", "remote", None),
    ("Softwareentwickler (m/w/d)", "<main><h1>Softwareentwickler (m/w/d)</h1><p>Die Stelle ist "
     "vollständig remote, du arbeitest von zu Hause aus.</p>" + AUFGABEN + "</main>", "de",
     "remote", None),
    ("Développeur Python", "<main><h1>Développeur Python</h1><p>Poste en télétravail complet"
     "</p>" + MISSIONS + "</main>", "fr", "remote", None),
    ("Développeur Python", "<main><h1>Développeur Python</h1><p>Lieu : 100 % télétravail</p>"
     + MISSIONS + "</main>", "fr", "remote", None),
    ("Formateur Python", "<main><h1>Formateur Python</h1><p>Mission en distanciel, depuis chez "
     "vous.</p>" + MISSIONS + "</main>", "fr", "remote", None),
    ("Desarrollador backend", "<main><h1>Desarrollador backend</h1><p>Trabajo 100% remoto desde "
     "cualquier lugar de España.</p><h2>Requisitos</h2><ul><li>3 años de experiencia con Python"
     "</li></ul><p>Inscríbete ahora.</p></main>", "es", "remote", None),
    ("Développeur Python", "<main><h1>Développeur Python</h1><p>Lyon · Hybride (2 jours de "
     "télétravail par semaine)</p>" + MISSIONS + "</main>", "fr", "hybrid", ("Lyon", "FR")),
])  # fmt: skip
def test_hybrid_and_remote_in_headers_and_the_pages_languages(title, body, lang, mode, place):
    kind, job = read(page(title, body, lang=lang))
    assert kind == "job"
    assert work_mode(job) == mode
    if place:
        assert where(job) == place


@pytest.mark.parametrize("title, body, lang", [
    ("Remote Sensing Analyst", "<main><h1>Remote Sensing Analyst</h1><p>Location: Boulder, CO"
     "</p><p>Analyse satellite imagery in our Boulder lab.</p>" + DUTIES + "</main>", "en"),
    ("Backend Engineer", "<main><h1>Backend Engineer</h1><p>Location: Denver, CO</p><p>This is "
     "an on-site role; remote work is not possible.</p>" + DUTIES + "</main>", "en"),
    ("Softwareentwickler (m/w/d)", "<main><h1>Softwareentwickler (m/w/d)</h1><p>Arbeitsort: "
     "Hamburg</p><p>Homeoffice ist bei dieser Stelle leider nicht möglich.</p>" + AUFGABEN
     + "</main>", "de"),
    ("Développeur Python", "<main><h1>Développeur Python</h1><p>Lieu : Lyon</p><p>Poste en "
     "présentiel, pas de télétravail.</p>" + MISSIONS + "</main>", "fr"),
    ("Backend Engineer", "<header><nav><a href=/remote>Remote jobs</a> <a href=/jobs>All jobs"
     "</a></nav></header><main><h1>Backend Engineer</h1><p>Location: Denver, CO</p>" + DUTIES
     + "</main>", "en"),
])  # fmt: skip
def test_onsite_postings_stay_onsite(title, body, lang):
    kind, job = read(page(title, body, lang=lang))
    assert kind == "job"
    assert work_mode(job) == "onsite"


# -- The event's day in tables, "When" lines and <time>, ranges and 24-hour dotted times ------

@pytest.mark.parametrize("title, body, lang, start, end", [
    ("Spring Data Meetup", "<main><h1>Spring Data Meetup</h1><table><tr><th>Date</th><td>"
     "Saturday, 14 March 2026</td></tr><tr><th>Time</th><td>10:00 – 16:00</td></tr></table>"
     "<p>Talks on small data tools.</p></main>", "en", "2026-03-14T10:00", "2026-03-14T16:00"),
    ("Spring Data Meetup", "<main><h1>Spring Data Meetup</h1><dl><dt>When</dt><dd>Tue 3 March "
     "2026<br>19:00 - 21:00</dd><dt>Where</dt><dd>Old Mill, Leeds</dd></dl><p>Talks on small "
     "data tools.</p></main>", "en", "2026-03-03T19:00", "2026-03-03T21:00"),
    ("Data Night", "<main><h1>Data Night</h1><p>When: Thursday 9 April 2026, 18.00–20.00</p>"
     "<p>Talks on small data tools.</p></main>", "en", "2026-04-09T18:00", "2026-04-09T20:00"),
    ("Datenabend", "<main><h1>Datenabend</h1><p>Wann: Donnerstag, 9. April 2026, 18.30 – 21.00 "
     "Uhr</p><p>Vorträge über kleine Datenwerkzeuge.</p></main>", "de", "2026-04-09T18:30",
     "2026-04-09T21:00"),
    ("Datakväll", "<main><h1>Datakväll</h1><p>Torsdag 9 april 2026 kl. 18.00–20.00</p><p>Föredrag"
     " om små dataverktyg.</p></main>", "sv", "2026-04-09T18:00", "2026-04-09T20:00"),
    ("Python Summit", "<main><h1>Python Summit</h1><p>30 Sept – 2 Oct 2026, Lisbon</p><p>Three "
     "days of talks and workshops.</p></main>", "en", "2026-09-30", None),
    ("Winter Data Camp", "<main><h1>Winter Data Camp</h1><p>30 Dec – 2 Jan 2027 · Oslo</p><p>Four"
     " days of workshops over the new year.</p></main>", "en", "2026-12-30", None),
    ("Python Summit", "<main><h1>Python Summit</h1><p>September 30 – October 2, 2026</p><p>Three "
     "days of talks and workshops in Lisbon.</p></main>", "en", "2026-09-30", None),
    ("Data Night", "<main><h1>Data Night</h1><p><time datetime=\"2026-05-04T18:00\">Monday, May 4"
     "</time> at the Old Mill</p><p>Talks on small data tools.</p></main>", "en",
     "2026-05-04T18:00", None),
    ("Kdy a kde", "<main><h1>Setkání datových analytiků</h1><p>Kdy: 15. 10. 2026 od 17:00</p>"
     "<p>Přednášky o malých datových nástrojích.</p></main>", "cs", "2026-10-15T17:00", None),
])  # fmt: skip
def test_an_events_day_in_tables_labels_time_elements_and_ranges(title, body, lang, start, end):
    kind, event = read(page(title, body, lang=lang))
    assert kind == "event"
    assert (event["start"] or "").startswith(start)
    if end:
        assert (event["end"] or "").startswith(end)


def test_the_open_graph_event_time_is_the_day_and_the_articles_own_date_is_not():
    head = ('<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2026-01-10T09:00:00Z">')  # fmt: skip
    body = ("<article><h1>Spring Data Meetup</h1><p>When: 14 February 2026 at 6:30 PM</p><p>Our "
            "spring meetup is at the Old Mill, Leeds: talks on small data tools.</p></article>")
    kind, event = read(page("Spring Data Meetup", body, head=head))
    assert kind == "event"
    assert event["start"].startswith("2026-02-14T18:30")
    head = '<meta property="event:start_time" content="2026-03-03T19:00:00+01:00">'
    body = ("<main><h1>Spring Data Meetup</h1><p>Tue 3 March · 19:00</p><p>Talks on small data "
            "tools, then pizza, at the Old Mill in Leeds.</p></main>")  # fmt: skip
    kind, event = read(page("Spring Data Meetup", body, head=head))
    assert event["start"] == "2026-03-03T19:00:00+01:00"


# -- Embedded app state: place, remote and day in the shapes apps write ------------------------

TEXT = ("We are looking for an engineer to build and run the data pipelines our analysts use "
        "every day, review code and mentor two juniors.")  # fmt: skip


def state_page(script: str) -> str:
    return page("Careers", f"<div id=app></div><script>{script}</script>")


def test_nuxt_state_with_a_nested_office_and_a_hybrid_workplace():
    state = {"data": [{"job": {"title": "Data Engineer", "description": TEXT, "employmentType":
             "FULL_TIME", "workplaceType": "hybrid", "location": {"city": "Lisbon", "country":
             "PT"}}}]}  # fmt: skip
    kind, job = read(state_page("window.__NUXT__=" + json.dumps(state)))
    assert kind == "job"
    assert where(job) == ("Lisbon", "PT")
    assert work_mode(job) == "hybrid"


def test_apollo_state_with_a_referenced_location_and_a_remote_flag():
    state = {"Job:1": {"__typename": "Job", "title": "Data Engineer", "description": TEXT,
                       "isRemote": True, "company": {"name": "Northwind"},
                       "location": {"__ref": "Location:5"}},
             "Location:5": {"city": "Oslo", "countryCode": "NO"}}  # fmt: skip
    kind, job = read(state_page("window.__APOLLO_STATE__=" + json.dumps(state)))
    assert kind == "job"
    assert work_mode(job) == "remote"
    assert job["organization"] == "Northwind"


def test_initial_state_event_whose_venue_holds_its_address():
    state = {"event": {"name": "Vienna Data Night", "description": TEXT, "startsAt":
             "2026-06-01T18:00:00+02:00", "venue": {"name": "Kulturhaus", "address":
             {"city": "Wien", "country": "AT"}}}}  # fmt: skip
    kind, event = read(state_page("window.__INITIAL_STATE__=" + json.dumps(state)))
    assert kind == "event"
    assert event["start"] == "2026-06-01T18:00:00+02:00"
    assert event["location"]["locality"] in ("Wien", "Vienna")  # as the state writes it
    assert event["location"]["country"] == "AT"


# -- Events on several days, numeric days as the page's language writes them -----------------

@pytest.mark.parametrize("body, start, others", [
    ("<main><h1>Queer Pottery Club</h1><p>Multiple dates</p><ul><li>Sat 4th Oct 2025, 2:00pm"
     "</li><li>Sat 1st Nov 2025, 2:00pm</li><li>Sat 6th Dec 2025, 2:00pm</li></ul><p>Make a pot"
     " with us, clay and tea included. £12</p></main>", "2025-10-04", ["2025-11-01",
                                                                      "2025-12-06"]),
    ("<main><h1>Queer Pottery Club</h1><p>Choose a date</p><div class=dates><a>Sat 4th Oct 2025 "
     "14:00</a><a>Sat 1st Nov 2025 14:00</a></div><p>Make a pot with us, clay and tea included."
     " £12</p></main>", "2025-10-04", ["2025-11-01"]),
])  # fmt: skip
def test_an_event_on_several_days_starts_on_the_first(body, start, others):
    kind, event = read(page("Queer Pottery Club", body))
    assert kind == "event"
    assert event["start"].startswith(start)
    assert event["other_dates"] == others


@pytest.mark.parametrize("lang, text, start", [
    ("es", "Fecha: 05/04/2016 19:00", "2016-04-05T19:00"),
    ("fr", "Le 05/04/2026 à 18h30", "2026-04-05T18:30"),
    ("en-GB", "Date: 05/04/2026, 6:00 PM", "2026-04-05T18:00"),
    ("en-US", "Date: 05/04/2026, 6:00 PM", "2026-05-04T18:00"),
    ("de", "Datum: 05.04.2026, 18:00 Uhr", "2026-04-05T18:00"),
])  # fmt: skip
def test_a_numeric_day_is_read_in_the_order_of_the_pages_language(lang, text, start):
    body = (f"<main><h1>Meetup de datos</h1><p>{text}</p><p>Lugar: Lanzadera, Valencia</p><p>"
            "Charlas sobre herramientas de datos y networking.</p></main>")  # fmt: skip
    kind, event = read(page("Meetup de datos", body, lang=lang))
    assert kind == "event"
    assert event["start"].startswith(start)


# -- An event the page says is over, and one that is not ---------------------------------------

@pytest.mark.parametrize("lang, line", [
    ("en", "This event has ended"), ("en", "Past event"), ("en", "This event has passed"),
    ("es", "Este evento ya ha finalizado"), ("de", "Diese Veranstaltung ist bereits vorbei"),
    ("fr", "Cet événement est terminé"), ("cs", "Akce již proběhla"),
])  # fmt: skip
def test_an_event_the_page_says_is_over_is_past(lang, line):
    body = (f"<main><h1>Spring Data Meetup</h1><p>{line}</p><p>Thursday, April 16, 2026, "
            "6:30 PM</p><p>Venue: Old Mill, Leeds</p><p>Talks on small data tools.</p></main>")
    kind, event = read(page("Spring Data Meetup", body, lang=lang))
    assert kind == "event"
    assert event["status"] == "past"


def test_an_events_sidebar_of_past_events_does_not_make_it_past():
    body = ("<main><h1>Spring Data Meetup</h1><p>Thursday, April 16, 2026, 6:30 PM</p><p>Venue: "
            "Old Mill, Leeds</p><p>Talks on small data tools. Sales end on April 15.</p></main>"
            "<aside><h2>Past events</h2><ul><li>Winter Data Meetup</li><li>Autumn Data Meetup"
            "</li></ul></aside>")  # fmt: skip
    kind, event = read(page("Spring Data Meetup", body))
    assert kind == "event"
    assert event["status"] in (None, "open")


# -- Hybrid work as postings in Czech, German and Spanish say it in their text ----------------

@pytest.mark.parametrize("lang, sentence", [
    ("cs", "Nabízíme 2x týdně home office a flexibilní pracovní dobu."),
    ("cs", "Částečný home office po dohodě."),
    ("cs", "Pracujeme v kombinaci práce z kanceláře a z domova."),
    ("de", "Homeoffice nach Absprache, Büro in der Innenstadt."),
    ("es", "Modalidad de trabajo: híbrida."),
    ("en", "We work in a hybrid model: three days in the office."),
])  # fmt: skip
def test_some_days_at_home_is_hybrid(lang, sentence):
    body = (f"<main><h1>Backend Engineer</h1><p>Location: Praha</p><p>{sentence}</p>" + DUTIES
            + "</main>")  # fmt: skip
    kind, job = read(page("Backend Engineer", body, lang=lang))
    assert kind == "job"
    assert work_mode(job) == "hybrid"


@pytest.mark.parametrize("sentence", [
    "Experience with hybrid mobile apps (Ionic) is a plus for this role.",
    "You will build our hybrid cloud platform.",
])  # fmt: skip
def test_hybrid_things_are_not_hybrid_work(sentence):
    body = (f"<main><h1>Backend Engineer</h1><p>Location: Denver, CO</p><p>{sentence}</p>"
            + DUTIES + "</main>")  # fmt: skip
    kind, job = read(page("Backend Engineer", body))
    assert work_mode(job) == "onsite"


# -- Where remote applicants must live, as postings put it ------------------------------------

@pytest.mark.parametrize("header, sentence, countries, regions, anywhere", [
    ("Remote", "This position can be performed remotely from anywhere in the United States.",
     ["US"], [], False),
    ("Remote", "We can hire in the following countries: Germany, Netherlands and Spain.",
     ["DE", "NL", "ES"], [], False),
    ("Remote", "Applicants must be located in one of the following US states: CA, NY, TX.",
     ["US"], [], False),
    ("Remote, US", "Join our platform team.", ["US"], [], False),
    ("US Remote", "Join our platform team.", ["US"], [], False),
    ("Remote (Worldwide)", "Join our platform team.", [], [], True),
    ("Remote", "We hire remotely across Europe.", [], ["Europe"], False),
])  # fmt: skip
def test_where_remote_applicants_must_live(header, sentence, countries, regions, anywhere):
    body = (f"<main><h1>Backend Engineer</h1><p>Location: {header}</p><p>{sentence}</p>"
            + DUTIES + "</main>")  # fmt: skip
    kind, job = read(page("Backend Engineer", body))
    assert kind == "job"
    assert work_mode(job) == "remote"
    scope = job["location"]["remote_scope"]
    assert (scope["countries"], scope["regions"], scope["anywhere"]) == (countries, regions,
                                                                           anywhere)


@pytest.mark.parametrize("sentence", [
    "Our headquarters are in Berlin and we have offices in London and New York.",
    "Our customers are based in Germany and France.",
])  # fmt: skip
def test_a_remote_postings_offices_and_customers_are_not_where_applicants_live(sentence):
    body = (f"<main><h1>Backend Engineer</h1><p>Location: Remote</p><p>{sentence}</p>" + DUTIES
            + "</main>")  # fmt: skip
    kind, job = read(page("Backend Engineer", body))
    assert work_mode(job) == "remote"
    scope = job["location"]["remote_scope"] or {}
    assert not scope.get("countries")


# -- An event's place given by a map link, a pin, a Spanish address or a sentence with a street -

MEETUP = "<p>Thursday, April 16, 2026, 6:30 PM</p>"
TALKS = "<p>Talks on small data tools, then pizza and drinks with the speakers.</p>"


@pytest.mark.parametrize("where_html, city, country", [
    ('<p><a href="https://www.google.com/maps/search/?api=1&amp;query=Lanzadera%2C+Valencia">'
     "Lanzadera</a></p>", "Valencia", "ES"),
    ('<p>At <a href="https://www.google.com/maps/place/Kulturhaus+Dock+4,+Kassel/@51.3,9.5,17z">'
     "Kulturhaus Dock 4</a></p>", "Kassel", "DE"),
    ('<p><a href="https://maps.apple.com/?q=Old+Mill&amp;address=45+River+Road,+Leeds+LS1+4DY">'
     "The Old Mill</a></p>", "Leeds", "GB"),
    ('<iframe src="https://www.google.com/maps/embed/v1/place?key=K&amp;q=Espai+Rambleta,'
     'Valencia+Spain"></iframe>', "Valencia", "ES"),
    ("<p>📍 Lanzadera, Valencia</p>", "Valencia", "ES"),
    ("<p>Dirección: C/ de Colón 4, 46004 València</p>", "Valencia", "ES"),
    ("<p>The meeting will be held at the Cook County Building, 69 W. Washington St., 22nd Floor,"
     " Chicago, IL 60602.</p>", "Chicago", "US"),
])  # fmt: skip
def test_an_events_place_from_a_map_link_a_pin_or_an_address_in_a_sentence(where_html, city,
                                                                           country):  # fmt: skip
    body = f"<main><h1>Spring Data Meetup</h1>{MEETUP}{where_html}{TALKS}</main>"
    kind, event = read(page("Spring Data Meetup", body))
    assert kind == "event"
    # "Valencia" alone is as surely Venezuela's (the larger) as Spain's on an English page.
    assert where(event) == (city, country) if city != "Valencia" else where(event)[0] == city


def test_an_online_events_footer_map_link_is_not_its_place():
    body = ("<main><h1>Spring Data Webinar</h1>" + MEETUP + "<p>Online, on Zoom: the link comes "
            "with your ticket.</p>" + TALKS + "</main><footer><a href=\"https://www.google.com/"
            "maps/place/Northwind,+Leeds\">Our office</a></footer>")  # fmt: skip
    kind, event = read(page("Spring Data Webinar", body))
    assert kind == "event"
    assert where(event) == (None, None)


@pytest.mark.parametrize("line, city, country", [
    ("Location: San Francisco Bay Area", "San Francisco", "US"),
    ("Location: Greater Munich Metropolitan Area", "Munich", "DE"),
    ("Locations: Berlin, Munich, Hamburg", "Berlin", "DE"),
    ("Location: Prague, Prague, Czechia", "Prague", "CZ"),
])  # fmt: skip
def test_a_postings_area_or_list_of_offices_is_placed_at_its_city(line, city, country):
    body = f"<main><h1>Backend Engineer</h1><p>{line}</p>" + DUTIES + "</main>"
    kind, job = read(page("Backend Engineer", body))
    assert kind == "job"
    assert where(job) == (city, country)


# -- Spans of days give their end; an applicant tracking system's path gives its city ---------

@pytest.mark.parametrize("line, start, end", [
    ("Sat 13 June 2015 – Sun 31 January 2016", "2015-06-13", "2016-01-31"),
    ("30 Sept – 2 Oct 2026", "2026-09-30", "2026-10-02"),
    ("30 Dec – 2 Jan 2027", "2026-12-30", "2027-01-02"),
    ("May 14 - 22, 2031", "2031-05-14", "2031-05-22"),
    ("4–6 May 2026", "2026-05-04", "2026-05-06"),
    ("am 4. und 5. März 2026", "2026-03-04", "2026-03-05"),
])  # fmt: skip
def test_a_span_of_days_gives_its_first_and_last_day(line, start, end):
    from api.core.extraction.dates import written_span

    assert written_span(line) == (start, end)


@pytest.mark.parametrize("line", ["May 14 - 22:00", "June 4 - 6pm", "April 16, 2026 - 9 people"])
def test_a_day_then_a_time_or_a_count_is_no_span(line):
    from api.core.extraction.dates import written_span

    assert written_span(line)[1] is None


def test_a_marked_up_locality_that_is_a_whole_path_gives_its_city():
    posting = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Data Engineer",
               "description": TEXT, "hiringOrganization": {"name": "Northwind"},
               "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress",
               "addressLocality": "AMER - Canada - Quebec - Montreal - 10 Rue Duke",
               "addressCountry": "CA"}}}  # fmt: skip
    head = f'<script type="application/ld+json">{json.dumps(posting)}</script>'
    kind, job = read(page("Data Engineer", "<h1>Data Engineer</h1>", head=head))
    assert kind == "job"
    assert where(job) == ("Montréal", "CA")  # GeoNames spelling
    assert "Rue Duke" in job["location"]["text"]


# -- More ways postings say where remote applicants may live, and "home office" as a benefit ---

@pytest.mark.parametrize("sentence, countries, regions, anywhere", [
    ("This is a remote position in the United States.", ["US"], [], False),
    ("Remote work is available in the following US states: Texas, Ohio and Utah.", ["US"], [],
     False),
    ("You can work from anywhere in the world, we are fully distributed.", [], [], True),
    ("We hire globally and pay in USD.", [], [], True),
    ("We are open to candidates worldwide.", [], [], True),
])  # fmt: skip
def test_more_ways_of_saying_where_remote_applicants_may_live(sentence, countries, regions,
                                                              anywhere):  # fmt: skip
    body = (f"<main><h1>Backend Engineer</h1><p>Location: Remote</p><p>{sentence}</p>" + DUTIES
            + "</main>")  # fmt: skip
    kind, job = read(page("Backend Engineer", body))
    assert work_mode(job) == "remote"
    scope = job["location"]["remote_scope"]
    assert (scope["countries"], scope["regions"], scope["anywhere"]) == (countries, regions,
                                                                           anywhere)


@pytest.mark.parametrize("sentence", [
    "We work with clients around the world.",
    "Our users live all over the world.",
])  # fmt: skip
def test_a_remote_postings_worldwide_customers_do_not_make_it_open_anywhere(sentence):
    body = (f"<main><h1>Backend Engineer</h1><p>Location: Remote</p><p>{sentence}</p>" + DUTIES
            + "</main>")  # fmt: skip
    kind, job = read(page("Backend Engineer", body))
    scope = job["location"]["remote_scope"] or {}
    assert not scope.get("anywhere")


@pytest.mark.parametrize("lang, body_text, mode", [
    ("cs", "<h2>Nabízíme</h2><ul><li>Home office</li><li>5 týdnů dovolené</li><li>Stravenky</li>"
     "</ul>", "hybrid"),
    ("cs", "<p>Benefity: home office, flexibilní pracovní doba, stravenky.</p>", "hybrid"),
    ("de", "<h2>Wir bieten</h2><ul><li>Homeoffice</li><li>30 Tage Urlaub</li></ul>", "hybrid"),
    ("en", "<p>This role is hybrid, based in our Prague office.</p>", "hybrid"),
    ("cs", "<p>Pracujeme v hybridním režimu.</p>", "hybrid"),
    ("en", "<p>You will report to our home office in Dallas.</p>", "onsite"),
])  # fmt: skip
def test_home_office_as_a_benefit_and_hybrid_said_of_the_role(lang, body_text, mode):
    body = f"<main><h1>Backend Engineer</h1><p>Location: Praha</p>{body_text}{DUTIES}</main>"
    kind, job = read(page("Backend Engineer", body, lang=lang))
    assert kind == "job"
    assert work_mode(job) == mode


# -- App state in more shapes: any window global, Apollo caches inside Next.js props ----------

def test_a_posting_in_an_app_global_of_another_name_with_its_workplace():
    state = {"organization": {"name": "Northwind"}, "posting": {"title": "Data Engineer",
             "descriptionHtml": f"<p>{TEXT}</p>", "locationName": "Berlin", "workplaceType":
             "Hybrid", "employmentType": "FullTime"}}  # fmt: skip
    kind, job = read(state_page("window.__appData = " + json.dumps(state) + ";"))
    assert kind == "job"
    assert where(job) == ("Berlin", "DE")
    assert work_mode(job) == "hybrid"


def test_an_event_in_an_apollo_cache_inside_next_data_with_a_referenced_venue():
    cache = {"Event:1": {"__typename": "Event", "title": "Toronto Data Night", "description":
             TEXT, "dateTime": "2026-06-01T18:00:00-04:00", "venue": {"__ref": "Venue:2"}},
             "Venue:2": {"__typename": "Venue", "name": "Old Mill", "city": "Toronto",
             "state": "ON", "country": "ca"}}  # fmt: skip
    data = {"props": {"pageProps": {"__APOLLO_STATE__": cache}}}
    html = page("Toronto Data Night", "<div id=__next></div><script id=__NEXT_DATA__ "
                f"type=application/json>{json.dumps(data)}</script>")  # fmt: skip
    kind, event = read(html)
    assert kind == "event"
    assert event["start"] == "2026-06-01T18:00:00-04:00"
    assert where(event) == ("Toronto", "CA")


def test_a_remote_posting_in_next_data_with_its_region():
    data = {"props": {"pageProps": {"job": {"title": "Data Engineer", "description": TEXT,
            "company": {"name": "Northwind"}, "location": "Remote - Europe", "isRemote": True}}}}
    html = page("Data Engineer", "<div id=__next></div><script id=__NEXT_DATA__ "
                f"type=application/json>{json.dumps(data)}</script>")  # fmt: skip
    kind, job = read(html)
    assert kind == "job"
    assert work_mode(job) == "remote"
    assert job["location"]["remote_scope"]["regions"] == ["Europe"]


@pytest.mark.parametrize("line, mode, place", [
    ("Hybrid remote in Austin, TX 78701", "hybrid", ("Austin", "US")),
    ("Remote-Hybrid · Leeds", "hybrid", ("Leeds", "GB")),
    ("Remote in Austin, TX", "remote", ("Austin", "US")),
    ("Anywhere", "remote", (None, None)),
])  # fmt: skip
def test_hybrid_remote_is_hybrid_and_remote_in_a_town_keeps_the_town(line, mode, place):
    body = f"<main><h1>Backend Engineer</h1><p>Location: {line}</p>" + DUTIES + "</main>"
    kind, job = read(page("Backend Engineer", body))
    assert kind == "job"
    assert work_mode(job) == mode
    assert where(job) == place


@pytest.mark.parametrize("text, times", [
    ("18.00–20.00", ["18.00"]), ("18.30 Uhr", ["18.30"]), ("€12.50 - 15.00", []),
    ("12.50 - 15.00 EUR", []),
])  # fmt: skip
def test_dotted_times_count_as_times_and_prices_do_not(text, times):
    from api.core.extraction.cues import TIME

    assert TIME.findall(text) == times


# -- Labels written as questions: "¿Cuándo?", "¿Dónde?", "Wo?", "Where?" -----------------------

@pytest.mark.parametrize("lang, when, where_, who, text, start, city, organizer", [
    ("es", "¿Cuándo?", "¿Dónde?", "¿Quién organiza?", "Charla sobre patentes y marcas para "
     "emprendedores, con turno de preguntas al final.", "2016-04-14T19:00", "Valencia",
     "Asociación de Emprendedores"),
    ("de", "Wann?", "Wo?", "Wer organisiert?", "Ein Abend über Patente und Marken für "
     "Gründerinnen und Gründer, mit Fragerunde am Ende.", "2016-04-14T19:00", "Leipzig",
     "Gründerverein Leipzig"),
    ("en", "When?", "Where?", "Who's organising?", "A talk on patents and trademarks for "
     "founders, with questions at the end.", "2016-04-14T19:00", "Leeds", "Founders Club Leeds"),
])  # fmt: skip
def test_labels_written_as_questions(lang, when, where_, who, text, start, city, organizer):
    day = "14/04/2016 19:00"
    venue = {"Valencia": "Lanzadera, Valencia", "Leipzig": "Basislager, Leipzig",
             "Leeds": "Old Mill, Leeds"}[city]  # fmt: skip
    body = (f"<main><h1>Patentes</h1><h3>{when}</h3><p>{day}</p><h3>{where_}</h3><p>{venue}</p>"
            f"<h3>{who}</h3><p>{organizer}</p><p>{text}</p></main>")  # fmt: skip
    kind, event = read(page("Patentes", body, lang=lang))
    assert kind == "event"
    assert event["start"].startswith(start)
    assert event["location"]["locality"] == city
    assert event["organization"] == organizer
