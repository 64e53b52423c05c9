"""Shapes of place, remote scope and work mode the web writes (issue 8, sixth round), each on
small pages written for these tests: an address block that ends where its lines end, towns in
the locative of Czech, Slovak and Polish ("v Praze", "w Warszawie"), a place beside the title
or in a header byline on pages without markup, remote scope in titles and markup, and work
mode in labelled lines; with pages that must not change beside them (no place made of a
company's name or a street word)."""

from __future__ import annotations

import json

import pytest

from api.core.extraction.gazetteer import read_place
from tests.core.extraction.pages import AUFGABEN, DUTIES, page, read, where, work_mode

POVINNOSTI = ("<h2>Náplň práce</h2><ul><li>Vývoj a provoz naší datové platformy</li><li>Revize "
              "kódu a podpora juniorních kolegů</li></ul><h2>Požadujeme</h2><ul><li>3 roky "
              "praxe s Pythonem</li></ul><p>Odpovědět na inzerát</p>")  # fmt: skip
OBOWIAZKI = ("<h2>Zakres obowiązków</h2><ul><li>Rozwój i utrzymanie naszej platformy danych</li>"
             "<li>Przeglądy kodu i wsparcie młodszych kolegów</li></ul><h2>Wymagania</h2><ul>"
             "<li>3 lata doświadczenia z Pythonem</li></ul><p>Aplikuj teraz</p>")  # fmt: skip
REQUISITOS = ("<h2>Responsabilidades</h2><ul><li>Diseñar y mantener nuestros servicios de "
              "datos</li></ul><h2>Requisitos</h2><ul><li>3 años de experiencia con Python</li>"
              "</ul><p>Inscríbete ahora.</p>")  # fmt: skip


# -- An address block ends at its own lines ----------------------------------------------------

AGENDA = "".join(f"<p>Talk {n}: a small tool for data, number {n}</p>" for n in range(1, 9))


@pytest.mark.parametrize("block, city, evidence", [
    ("<p>The Lantern Hall</p><p>3702 Harbour Road</p><p>Portland, Oregon 97214</p>"
     "<p>Category:</p><p>Social</p>", "Portland", "3702 Harbour Road, Portland, Oregon 97214"),
    ("<div>Old Mill</div><div>45 River Road</div><div>Leeds LS1 4DY</div><div>Tags:</div>"
     "<div>Community, Data</div>", "Leeds", "45 River Road, Leeds LS1 4DY"),
    ("<p>Old Mill<br>45 River Road<br>Leeds LS1 4DY<br>United Kingdom</p><p>Doors 18:00</p>",
     "Leeds", "Old Mill, 45 River Road, Leeds LS1 4DY, United Kingdom"),
    ("<p>Kulturhaus<br>Hauptstraße 5<br>10115 Berlin</p><p>Kategorie: Vortrag</p>", "Berlin",
     "Kulturhaus, Hauptstraße 5, 10115 Berlin"),
    ("<p>Centro Cívico<br>Calle Mayor 3<br>28013 Madrid</p><p>Entrada libre</p>", "Madrid",
     "Centro Cívico, Calle Mayor 3, 28013 Madrid"),
])  # fmt: skip
def test_an_address_block_ends_where_its_lines_end(block, city, evidence):
    body = ("<main><h1>Spring Data Meetup</h1><p>Thursday, April 16, 2026, 6:30 PM</p>" + AGENDA
            + block + "<p>Talks on small data tools, then pizza and a walk to the river.</p>"
            "</main>")  # fmt: skip
    kind, event = read(page("Spring Data Meetup", body))
    assert kind == "event"
    assert event["location"]["locality"] == city
    assert event["location"]["evidence"] == evidence


@pytest.mark.parametrize("lines, block", [
    (["3702 Harbour Road", "Portland, OR 97214", "Category:", "Social"],
     "3702 Harbour Road, Portland, OR 97214"),
    (["Hauptstraße 5", "10115 Berlin", "Deutschland", "Eintritt frei"],
     "Hauptstraße 5, 10115 Berlin, Deutschland"),
    (["12 rue de la République", "69002 Lyon", "Mardi 3 mars 2026"],
     "12 rue de la République, 69002 Lyon"),
    (["1200 Pine Avenue", "Prince George,", "BC", "V2N 1B2", "Free admission"],
     "1200 Pine Avenue, Prince George,, BC, V2N 1B2"),
    (["50 Milk Street", "Boston, MA 02110", "Join us for an evening of talks about data."],
     "50 Milk Street, Boston, MA 02110"),
])  # fmt: skip
def test_an_address_block_takes_its_own_lines_only(lines, block):
    from api.core.extraction.locations import address_block

    assert address_block(lines, 0) == block


# -- Towns in the locative ----------------------------------------------------------------------

@pytest.mark.parametrize("text, city, country", [
    ("Junior Python vývojář v Praze", "Prague", "CZ"),
    ("Datový analytik v Brně", "Brno", "CZ"),
    ("Tester ve Zlíně", "Zlín", "CZ"),
    ("Kancelář v Ostravě", "Ostrava", "CZ"),
    ("Pracoviště v Plzni", "Pilsen", "CZ"),
    ("Pobočka v Liberci", "Liberec", "CZ"),
    ("Práce v Českých Budějovicích", "České Budějovice", "CZ"),
    ("Programista Python w Warszawie", "Warsaw", "PL"),
    ("Praca w Krakowie", "Kraków", "PL"),
    ("Biuro we Wrocławiu", "Wrocław", "PL"),
    ("Praca w Poznaniu", "Poznań", "PL"),
    ("Praca w Gdańsku", "Gdańsk", "PL"),
    ("Praca w Katowicach", "Katowice", "PL"),
    ("Praca w Łodzi", "Łódź", "PL"),
    ("Analytik v Bratislave", "Bratislava", "SK"),
    ("Vývojár v Košiciach", "Košice", "SK"),
    ("Pobočka v Písku", "Písek", "CZ"),
    ("Praca w Opolu", "Opole", "PL"),
    ("Pisarna v Mariboru", "Maribor", "SI"),
    ("Kancelář v Budapešti", "Budapest", "HU"),
    ("Kancelář v Londýně", "London", "GB"),
])  # fmt: skip
def test_a_town_in_the_locative_is_read(text, city, country):
    place = read_place(text)
    assert place is not None
    assert (place.locality, place.country) == (city, country)
    assert place.evidence == text


@pytest.mark.parametrize("text, country", [
    ("Práce z domova kdekoli v Česku", "CZ"),
    ("Praca zdalna w Polsce", "PL"),
    ("Práca na Slovensku", "SK"),
])  # fmt: skip
def test_a_country_in_the_locative_is_read(text, country):
    place = read_place(text)
    assert place is not None and place.country == country


@pytest.mark.parametrize("text", [
    "Práce v týmu", "Praca w zespole", "Zkušenosti v Pythonu", "Doświadczenie w Javie",
    "Vývoj v Reactu", "v Microsoftu", "w Google", "Zkušenosti v Kubernetes", "na LinkedIn",
    "Trabalho na Empresa",
])  # fmt: skip
def test_locative_words_that_are_no_towns_are_not_places(text):
    assert read_place(text) is None


@pytest.mark.parametrize("title, body, lang, city, country", [
    ("Junior Python vývojář v Praze", "<main><h1>Junior Python vývojář v Praze</h1>" + POVINNOSTI
     + "</main>", "cs", "Prague", "CZ"),
    ("Programista Python – Nordwind", "<main><h1>Programista Python</h1><p>Praca w Krakowie, "
     "umowa o pracę</p>" + OBOWIAZKI + "</main>", "pl", "Kraków", "PL"),
])  # fmt: skip
def test_a_postings_town_in_the_locative(title, body, lang, city, country):
    kind, job = read(page(title, body, lang=lang))
    assert kind == "job"
    assert where(job) == (city, country)


@pytest.mark.parametrize("title, body, lang, city", [
    ("Setkání datových analytiků", "<main><h1>Setkání datových analytiků</h1><p>Čtvrtek 15. "
     "října 2026 od 18:00</p><p>Setkání se koná v Brně v prostorách knihovny.</p><p>Přednášky o "
     "malých datových nástrojích.</p></main>", "cs", "Brno"),
    ("Spotkanie analityków danych", "<main><h1>Spotkanie analityków danych</h1><p>Czwartek, 15 "
     "października 2026, 18:00</p><p>Spotkanie odbędzie się w Warszawie w bibliotece.</p><p>"
     "Prelekcje o małych narzędziach danych.</p></main>", "pl", "Warsaw"),
    ("Datenabend", "<main><h1>Datenabend</h1><p>Donnerstag, 9. April 2026, 18:30 Uhr</p><p>Der "
     "Abend findet in München in der Stadtbibliothek statt.</p><p>Vorträge über kleine "
     "Datenwerkzeuge.</p></main>", "de", "Munich"),
])  # fmt: skip
def test_an_event_announced_in_a_town_in_the_locative(title, body, lang, city):
    kind, event = read(page(title, body, lang=lang))
    assert kind == "event"
    assert event["location"]["locality"] == city


# -- A place beside the title or in a header byline on a page without markup -------------------

@pytest.mark.parametrize("title, body, lang, city, country", [
    ("Senior Data Engineer", "<main><h1>Senior Data Engineer</h1><p>Northwind Analytics · "
     "Rotterdam, Netherlands · Full-time</p>" + DUTIES + "</main>", "en", "Rotterdam", "NL"),
    ("Senior Data Engineer", "<main><h1>Senior Data Engineer <small>Glasgow</small></h1>"
     + DUTIES + "</main>", "en", "Glasgow", "GB"),
    ("Senior Data Engineer - Toronto, ON - Northwind", "<main><h1>Senior Data Engineer</h1>"
     + DUTIES + "</main>", "en", "Toronto", "CA"),
    ("Softwareentwickler (m/w/d)", "<main><div class=byline>Nordwind GmbH | Stuttgart | "
     "Vollzeit</div><h1>Softwareentwickler (m/w/d)</h1>" + AUFGABEN + "</main>", "de",
     "Stuttgart", "DE"),
    ("Desarrollador backend", "<main><h1>Desarrollador backend</h1><p>Nordwind · Sevilla, "
     "España</p>" + REQUISITOS + "</main>", "es", "Sevilla", "ES"),
])  # fmt: skip
def test_a_place_beside_the_title_or_in_a_byline(title, body, lang, city, country):
    kind, job = read(page(title, body, lang=lang))
    assert kind == "job"
    assert where(job) == (city, country)


@pytest.mark.parametrize("title, body, lang", [
    ("Data Engineer", "<main><h1>Data Engineer</h1><p>Phoenix Analytics · Full-time</p>"
     + DUTIES + "</main>", "en"),
    ("Data Engineer", "<main><h1>Data Engineer</h1><p>Orlando Software Ltd</p>" + DUTIES
     + "</main>", "en"),
    ("Data Engineer", "<main><h1>Data Engineer</h1><p>Our office is on Victoria Street, next to "
     "the station.</p>" + DUTIES + "</main>", "en"),
    ("Softwareentwickler (m/w/d)", "<main><h1>Softwareentwickler (m/w/d)</h1><p>Berliner "
     "Datenwerk GmbH</p>" + AUFGABEN + "</main>", "de"),
])  # fmt: skip
def test_no_place_from_a_company_name_or_a_street_word(title, body, lang):
    kind, job = read(page(title, body, lang=lang))
    assert kind == "job"
    assert where(job) == (None, None)


# -- Remote scope from the title and from markup -----------------------------------------------

@pytest.mark.parametrize("title, countries, regions, timezones", [
    ("Backend Engineer (Remote | Australia)", ["AU"], [], []),
    ("Backend Engineer - Remote (US only)", ["US"], [], []),
    ("Backend Engineer, remote within EU", [], ["EU"], []),
    ("Backend Engineer – Remote, Europe", [], ["Europe"], []),
    ("Backend Engineer (Remote, UTC-3 to UTC+3)", [], [], ["UTC-3 to UTC+3"]),
    ("Backend Engineer — Remote LATAM", [], ["LATAM"], []),
    ("Backend Engineer (Remote – Germany or Austria)", ["DE", "AT"], [], []),
])  # fmt: skip
def test_remote_scope_from_the_title(title, countries, regions, timezones):
    kind, job = read(page(title, f"<main><h1>{title}</h1>" + DUTIES + "</main>"))
    assert kind == "job"
    location = job["location"]
    assert location["remote"] is True
    scope = location["remote_scope"]
    assert scope["countries"] == countries
    assert scope["regions"] == regions
    assert scope["timezones"] == timezones


def _posting(**fields) -> str:
    item = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Backend Engineer",
            "description": "Design and run the data pipelines our analysts use every day. "
            "Review code and mentor two junior engineers.", "datePosted": "2026-03-01",
            "hiringOrganization": {"@type": "Organization", "name": "Northwind"}, **fields}
    return page("Backend Engineer", "<main><h1>Backend Engineer</h1>" + DUTIES + "</main>",
                head=f"<script type=application/ld+json>{json.dumps(item)}</script>")


@pytest.mark.parametrize("requirements, countries", [
    ({"@type": "Country", "name": "Canada"}, ["CA"]),
    ([{"@type": "Country", "name": "US"}, {"@type": "Country", "name": "Mexico"}], ["US", "MX"]),
    ({"@type": "AdministrativeArea", "name": "Germany"}, ["DE"]),
    ("United Kingdom", ["GB"]),
])  # fmt: skip
def test_remote_scope_from_markup(requirements, countries):
    kind, job = read(_posting(jobLocationType="TELECOMMUTE",
                              applicantLocationRequirements=requirements))
    assert kind == "job"
    location = job["location"]
    assert location["remote"] is True
    assert location["remote_scope"]["countries"] == countries


# -- Work mode in labelled lines ---------------------------------------------------------------

@pytest.mark.parametrize("title, line, lang, mode", [
    ("Backend Engineer", "<p>Workplace type: Hybrid</p><p>Location: Denver, CO</p>", "en",
     "hybrid"),
    ("Backend Engineer", "<dl><dt>Workplace type</dt><dd>On-site</dd><dt>Location</dt><dd>"
     "Denver, CO</dd></dl><p>We build tools for remote teams.</p>", "en", "onsite"),
    ("Backend Engineer", "<p>Remote: No</p><p>Location: Denver, CO</p>", "en", "onsite"),
    ("Backend Engineer", "<p>Remote: Yes</p>", "en", "remote"),
    ("Backend Engineer", "<p>Work mode: Fully remote</p>", "en", "remote"),
    ("Softwareentwickler (m/w/d)", "<p>Arbeitsmodell: Hybrid</p><p>Arbeitsort: Köln</p>", "de",
     "hybrid"),
    ("Softwareentwickler (m/w/d)", "<p>Arbeitsort: Remote</p>", "de", "remote"),
    ("Desarrollador backend", "<p>Modalidad: Presencial</p><p>Ubicación: Valencia</p>", "es",
     "onsite"),
    ("Desarrollador backend", "<p>Modalidad: Remoto</p>", "es", "remote"),
    ("Programista Python", "<p>Tryb pracy: hybrydowy</p><p>Lokalizacja: Kraków</p>", "pl",
     "hybrid"),
    ("Programista Python", "<p>Tryb pracy: zdalna</p>", "pl", "remote"),
    ("Programista Python", "<p>Tryb pracy: stacjonarna</p><p>Lokalizacja: Kraków</p>", "pl",
     "onsite"),
    ("Python vývojář", "<p>Forma práce: hybridní</p><p>Místo pracoviště: Praha</p>", "cs",
     "hybrid"),
    ("Développeur Python", "<p>Mode de travail : Hybride</p><p>Lieu : Nantes</p>", "fr",
     "hybrid"),
])  # fmt: skip
def test_work_mode_from_a_labelled_line(title, line, lang, mode):
    duties = {"de": AUFGABEN, "es": REQUISITOS, "pl": OBOWIAZKI, "cs": POVINNOSTI}.get(lang,
                                                                                      DUTIES)
    kind, job = read(page(title, f"<main><h1>{title}</h1>{line}{duties}</main>", lang=lang))
    assert kind == "job"
    assert work_mode(job) == mode


@pytest.mark.parametrize("lines, countries, regions, timezones, anywhere", [
    ("<p>Remote OK: Worldwide</p>", [], [], [], True),
    ("<p>Location: Remote</p><p>We hire in Spain and Portugal.</p>", ["ES", "PT"], [], [],
     False),
    ("<p>Location: Remote</p><p>We can only hire people from the EU for this role.</p>", [],
     ["EU"], [], False),
    ("<p>Remote details: Preferred timezones: (GMT-08:00) Pacific Time to (GMT+02:00) Eastern "
     "European Time</p>", [], ["Europe"], ["GMT-08:00 to GMT+02:00"], False),
    ("<p>Remote (GMT-05:00 to GMT+01:00)</p>", [], [], ["GMT-05:00 to GMT+01:00"], False),
    ("<p>Location: Remote (Must be located in the US)</p>", ["US"], [], [], False),
])  # fmt: skip
def test_remote_scope_in_a_header_line_or_a_hiring_sentence(lines, countries, regions,
                                                             timezones, anywhere):  # fmt: skip
    kind, job = read(page("Backend Engineer", "<main><h1>Backend Engineer</h1>" + lines + DUTIES
                          + "</main>"))  # fmt: skip
    assert kind == "job"
    scope = job["location"]["remote_scope"]
    assert (scope["countries"], scope["regions"], scope["timezones"], scope["anywhere"]) == (
        countries, regions, timezones, anywhere)


def test_a_word_beside_remote_is_no_state():
    assert read_place("Remote OK") is None
    assert read_place("Tulsa, OK").region == "OK"


@pytest.mark.parametrize("line, lang, mode, place", [
    ("<div class=top-card><span>Northwind</span><span>Prague, Czechia</span><span>On-site</span>"
     "</div>", "en", "onsite", ("Prague", "CZ")),
    ("<p>Location: Dublin, Ireland · In-office</p><p>Our product helps remote teams work "
     "together.</p>", "en", "onsite", ("Dublin", "IE")),
    ("<p>Location: London (Office-based)</p>", "en", "onsite", ("London", "GB")),
    ("<p>Ubicación: Barcelona · Presencial</p>", "es", "onsite", ("Barcelona", "ES")),
    ("<p>Lokalizacja: Warszawa (praca hybrydowa)</p>", "pl", "hybrid", ("Warsaw", "PL")),
    ("<p>Miejsce pracy: Kraków</p><p>Praca stacjonarna</p>", "pl", "onsite", ("Kraków", "PL")),
    ("<p>Lokalita: Praha</p><p>Typ práce: Hybridní</p>", "cs", "hybrid", ("Prague", "CZ")),
    ("<p>Standort: Remote (Deutschland)</p>", "de", "remote", (None, "DE")),
])  # fmt: skip
def test_work_mode_beside_the_place_in_a_header(line, lang, mode, place):
    duties = {"de": AUFGABEN, "es": REQUISITOS, "pl": OBOWIAZKI, "cs": POVINNOSTI}.get(lang,
                                                                                      DUTIES)
    kind, job = read(page("Backend Engineer", f"<main><h1>Backend Engineer</h1>{line}{duties}"
                          "</main>", lang=lang))  # fmt: skip
    assert kind == "job"
    assert work_mode(job) == mode
    assert where(job) == place


@pytest.mark.parametrize("title, body, lang, city, country", [
    ("Backend Engineer", "<main><h1>Backend Engineer</h1><p>Location: Zlín</p>" + DUTIES
     + "</main>", "en", "Zlín", "CZ"),
    ("Développeur Python", "<main><h1>Développeur Python</h1><p>Lieu : Annecy</p>" + DUTIES
     + "</main>", "fr", "Annecy", "FR"),
    ("Softwareentwickler (m/w/d) in Dresden", "<main><h1>Softwareentwickler (m/w/d) in Dresden"
     "</h1>" + AUFGABEN + "</main>", "de", "Dresden", "DE"),
    ("Backend Engineer", "<main><h1>Backend Engineer</h1><span class=job-location>Zlín</span>"
     + DUTIES + "</main>", "en", "Zlín", "CZ"),
    ("Développeur Python", "<main><h1>Développeur Python</h1><p><i class='icon icon-map-marker'>"
     "</i> Annecy</p>" + DUTIES + "</main>", "fr", "Annecy", "FR"),
])  # fmt: skip
def test_a_small_town_a_label_or_the_markup_calls_the_place(title, body, lang, city, country):
    kind, job = read(page(title, body, lang=lang))
    assert kind == "job"
    assert where(job) == (city, country)


@pytest.mark.parametrize("body", [
    "<main><h1>Backend Engineer</h1><p>Location: Central</p>" + DUTIES + "</main>",
    "<main><h1>Backend Engineer</h1><p>Where: Downtown</p>" + DUTIES + "</main>",
    "<main><h1>Backend Engineer</h1><p>Team: Victoria Platform</p>" + DUTIES + "</main>",
    "<main><h1>Backend Engineer</h1>" + DUTIES + "</main><aside><a class=location-link "
    "href=/jobs/zlin>Zlín</a></aside>",
    "<nav><a class=location href=/jobs/annecy>Annecy</a></nav><main><h1>Backend Engineer</h1>"
    + DUTIES + "</main>",
])  # fmt: skip
def test_no_town_from_a_generic_word_a_team_name_or_a_link_to_other_listings(body):
    kind, job = read(page("Backend Engineer", body))
    assert kind == "job"
    assert where(job) == (None, None)


@pytest.mark.parametrize("line, lang, kind, city", [
    ("Místo konání: Zlín", "cs", "event", "Zlín"),
    ("Lieu de l'événement : Annecy", "fr", "event", "Annecy"),
    ("Locatie: Delft", "nl", "event", "Delft"),
    ("Lokalita: Zlín", "cs", "job", "Zlín"),
    ("Adresa: Náměstí Míru 12, Zlín", "cs", "job", "Zlín"),
    ("Pracovní místo: Zlín", "cs", "job", "Zlín"),
    ("Primary Location: Delft", "en", "job", "Delft"),
    ("Work Location(s): Annecy", "en", "job", "Annecy"),
    ("Sede di lavoro: Bergamo", "it", "job", "Bergamo"),
])  # fmt: skip
def test_place_labels_of_several_words_in_the_pages_languages(line, lang, kind, city):
    if kind == "event":
        body = ("<main><h1>Data Night</h1><p>Thursday 9 April 2026, 18:00–20:00</p>"
                f"<p>{line}</p><p>Talks on small data tools, then pizza.</p></main>")  # fmt: skip
    else:
        body = f"<main><h1>Backend Engineer</h1><p>{line}</p>{DUTIES}</main>"
    found, opportunity = read(page("Data Night" if kind == "event" else "Backend Engineer", body,
                                   lang=lang))  # fmt: skip
    assert found == kind
    assert opportunity["location"]["locality"] == city


@pytest.mark.parametrize("title, header, countries, anywhere", [
    ("Associate Software Engineer (Remote)", "<p>Northwind · Brno, Czechia</p>", ["CZ"], False),
    ("Backend Engineer - Remote", "<p>Location: Toronto, ON</p>", ["CA"], False),
    ("Backend Engineer - Remote", "<p>Location: Berlin, Germany</p><p>You can work from "
     "anywhere in the world.</p>", [], True),
    ("Backend Engineer - Remote", "<p>Location: Berlin, Germany</p><p>You must be based in "
     "Austria.</p>", ["AT"], False),
])  # fmt: skip
def test_a_remote_posting_placed_in_a_country_hires_there_unless_it_says_otherwise(
        title, header, countries, anywhere):  # fmt: skip
    kind, job = read(page(title, f"<main><h1>{title}</h1>{header}{DUTIES}</main>"))
    assert kind == "job"
    scope = job["location"]["remote_scope"]
    assert (scope["countries"], scope["anywhere"]) == (countries, anywhere)
