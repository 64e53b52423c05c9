"""The failure classes issue 8 names, each on small pages written for these tests as a new
site would write them (several variants a class): event nouns in German, Swedish, Dutch and
Czech, blog posts announcing an event, long-form and ordinal dates with "+ N other dates",
remote postings limited to a country, cities beside a title, boards vs employers, careers
landing pages and results pages in other layouts."""

from __future__ import annotations

import pytest

from api.core.extraction.cues import DATE, names_event
from tests.core.extraction.pages import page, read

ARTICLE = '<meta property="og:type" content="article">'
DUTIES = ("<h2>Responsibilities</h2><ul><li>Design and run the data pipelines our analysts "
          "use every day.</li><li>Review code and mentor two junior engineers.</li></ul>"
          "<h2>Requirements</h2><ul><li>4+ years of experience with Python and SQL.</li>"
          "<li>Experience with a cloud data warehouse.</li></ul><p>Apply now.</p>")  # fmt: skip


# -- Event nouns written as compounds, and in the other languages of the pages ---------------

@pytest.mark.parametrize("text", [
    "Jobmesse Oberland", "Fachkonferenz Digitale Verwaltung", "Karriereforum Maschinenbau",
    "Ausbildungstag 2026", "Arbetsmarknadsdagen", "Banenbeurs Utrecht", "Sommerfest",
    "Entwicklertreffen", "Veletrh pracovních příležitostí", "Konferens om AI",
])  # fmt: skip
def test_words_that_call_something_an_event_in_the_pages_languages(text):
    assert names_event(text)


@pytest.mark.parametrize("text", [
    "Montag bis Freitag", "Unbefristeter Vertrag", "Beitrag von gestern", "Feiertag",
    "Arbeitstag", "Stichtag", "Alltag im Team", "måndag till fredag", "Manifest",
    "Senior Developer", "Mitarbeiter Vertrieb",
])  # fmt: skip
def test_days_contracts_and_job_words_are_not_events(text):
    assert not names_event(text)


@pytest.mark.parametrize("title, body, lang, day", [
    ("Jobmesse Oberland", "<h1>Jobmesse Oberland</h1><p>Samstag, 7. März 2026 · 10:00 – 16:00 "
     "Uhr</p><p>Über 50 Betriebe aus der Region stellen Ausbildungsplätze und Stellen vor.</p>",
     "de", "2026-03-07"),
    ("Karriereforum Maschinenbau 2026 – Hochschule Nord", "<h1>Karriereforum Maschinenbau 2026"
     "</h1><p>Am 12. November 2026 von 10:00 bis 15:00 öffnet das Karriereforum im Audimax. "
     "Studierende treffen Unternehmen aus der Region.</p>", "de", "2026-11-12"),
    ("Fachkonferenz Digitale Verwaltung", "<h1>Fachkonferenz Digitale Verwaltung</h1><p>Die "
     "Fachkonferenz bringt am 5. Juni 2026 Praktiker aus Bund, Ländern und Kommunen zusammen."
     "</p>", "de", "2026-06-05"),
    ("Arbetsmarknadsdagen 2026", "<h1>Arbetsmarknadsdagen 2026</h1><p>Den 4 februari 2026 "
     "kl. 10:00–16:00 träffar du över 100 arbetsgivare i Kårhuset.</p>", "sv", "2026-02-04"),
    ("Veletrh pracovních příležitostí", "<h1>Veletrh pracovních příležitostí</h1><p>Ve čtvrtek "
     "15. října 2026 v hale A. Přijďte se potkat s firmami z regionu.</p>", "cs", "2026-10-15"),
    ("Banenbeurs Techniek", "<h1>Banenbeurs Techniek</h1><p>Op 9 april 2026 vindt de "
     "banenbeurs plaats in de Jaarbeurs. Meer dan 60 werkgevers.</p>", "nl", "2026-04-09"),
])  # fmt: skip
def test_an_event_named_by_a_compound_or_in_another_language_is_an_event(title, body, lang,
                                                                          day):  # fmt: skip
    kind, event = read(page(title, body, lang=lang))
    assert kind == "event"
    assert event["start"].startswith(day)


@pytest.mark.parametrize("text, day", [
    ("15. října 2026", "2026-10-15"), ("4 februari 2026", "2026-02-04"),
    ("3 września 2026", "2026-09-03"), ("12 maart 2026", "2026-03-12"),
    ("1. marts 2026", "2026-03-01"), ("5 de março de 2026", "2026-03-05"),
])  # fmt: skip
def test_full_month_names_of_the_pages_languages_are_dates(text, day):
    from api.core.extraction.dates import written_span

    assert DATE.search(text) and DATE.search(text).group(0) == text
    assert written_span(text)[0] == day


def test_a_german_blog_post_announcing_a_conference_is_the_event_not_its_byline():
    body = ("<article><h1>Auf zur Entwicklerkonferenz nach Leipzig</h1>"
            "<p>von Lena Vogt, 2. Februar 2026</p><p>Am 18. und 19. Mai 2026 findet in Leipzig "
            "wieder die Entwicklerkonferenz statt. Zwei Tage lang gibt es Vorträge zu Cloud, "
            "Sicherheit und Teamarbeit. Tickets kosten 299 Euro.</p></article>")  # fmt: skip
    kind, event = read(page("Auf zur Entwicklerkonferenz nach Leipzig", body, head=ARTICLE,
                            lang="de"))  # fmt: skip
    assert kind == "event"
    assert event["start"].startswith("2026-05-18")


def test_a_company_blog_post_saying_it_will_be_at_a_fair_is_the_fair():
    body = ("<article><h1>Firmenkontaktmesse 2026: wir sind dabei</h1>"
            "<p>Veröffentlicht am 3. März 2026</p><p>Auch in diesem Jahr sind wir auf der "
            "Firmenkontaktmesse der Hochschule vertreten, am 22. April 2026 im Kongresszentrum. "
            "Besucht uns an Stand 14!</p></article>")  # fmt: skip
    kind, event = read(page("Firmenkontaktmesse 2026: wir sind dabei", body, lang="de"))
    assert kind == "event"
    assert event["start"].startswith("2026-04-22")


@pytest.mark.parametrize("title, body", [
    ("Rückblick: Karrieretag 2026", "<article><h1>Rückblick: Karrieretag 2026</h1><p>Von Jonas "
     "Brandt, 20. März 2026</p><p>Der Karrieretag fand am 18. März 2026 mit 60 Ausstellern "
     "statt. Wir danken allen Besucherinnen und Besuchern.</p></article>"),
    ("Our day at the spring job fair", "<article><h1>Our day at the spring job fair</h1><p>By "
     "Maya Lin, April 9, 2026</p><p>The fair was held on April 7, 2026 in the Field House and "
     "our team met 200 students.</p></article>"),
])  # fmt: skip
def test_an_article_reporting_an_event_that_took_place_is_not_the_event(title, body):
    kind, _ = read(page(title, body, head=ARTICLE))
    assert kind == "other"


def test_a_german_posting_with_working_days_and_a_contract_is_a_job():
    body = ("<h1>Sachbearbeiter Buchhaltung (m/w/d)</h1><p>Kanzlei Berger · Regensburg</p>"
            "<h2>Ihre Aufgaben</h2><ul><li>Kontierung und Buchung laufender Geschäftsvorfälle"
            "</li><li>Vorbereitung der Monatsabschlüsse</li></ul><h2>Ihr Profil</h2><ul><li>"
            "Abgeschlossene Ausbildung</li></ul><h2>Wir bieten</h2><p>Unbefristeter Vertrag, "
            "Arbeitszeit Montag bis Freitag, 30 Urlaubstage.</p><p>Jetzt bewerben!</p>")
    kind, job = read(page("Sachbearbeiter Buchhaltung (m/w/d) – Kanzlei Berger", body,
                          lang="de"))  # fmt: skip
    assert kind == "job"
    assert job["location"]["locality"] == "Regensburg"


# -- Long-form dates with ordinal days, "+ N other dates", "Month, DD, YYYY" -----------------

@pytest.mark.parametrize("when, start", [
    ("Saturday, March 14th 2026 (+ 2 other dates)</p><p>7:00 PM - 11:00 PM",
     "2026-03-14T19:00:00"),
    ("Sat 14th Mar 2026, 19:30 - 23:00 (+2 more dates)", "2026-03-14T19:30:00"),
    ("Saturday 14th of March, 2026 at 7.30pm + 2 other dates", "2026-03-14T19:30:00"),
])  # fmt: skip
def test_an_ordinal_long_form_date_with_other_dates_keeps_the_note(when, start):
    body = (f"<h1>Night Market Pop-up</h1><p>{when}</p><p>Hosted by Riverside Makers</p>"
            "<p>Warehouse 9, 14 Dock Road, Leeds LS1 4AP</p><p>Street food, live music and "
            "local makers selling their work. Tickets £5.</p>")  # fmt: skip
    kind, event = read(page("Night Market Pop-up | Tixly", body))
    assert kind == "event"
    assert event["start"] == start
    assert "other dates" in event["evidence"]["other_dates"] or (
        "more dates" in event["evidence"]["other_dates"])


def test_the_other_dates_a_note_counts_are_read_from_the_list_that_follows_it():
    body = ("<h1>Pottery Taster Class</h1><p>Sun 5th Apr 2026, 2:00pm (+ 2 more dates)</p>"
            "<p>Location: Clayworks Studio, Bristol</p><p>A two-hour class at the wheel. "
            "Book now.</p><h3>Choose a date</h3><ul><li>Sun 5th Apr, 2:00pm</li>"
            "<li>Sun 19th Apr, 2:00pm</li><li>Sun 3rd May, 2:00pm</li></ul>")  # fmt: skip
    kind, event = read(page("Pottery Taster Class", body))
    assert kind == "event"
    assert event["start"].startswith("2026-04-05")
    assert event["other_dates"] == ["2026-04-19", "2026-05-03"]


@pytest.mark.parametrize("note, day", [
    ("Note: this year the event takes place on September, 22, 2026 at the Civic Hall.",
     "2026-09-22"),
    ("<em>Updated schedule for October, 7, 2026:</em>", "2026-10-07"),
])  # fmt: skip
def test_a_month_comma_day_comma_year_note_above_an_agenda_dates_the_event(note, day):
    body = (f"<h1>Community Data Day</h1><p>{note}</p><h2>Agenda</h2><ul><li>9:00 Welcome</li>"
            "<li>9:30 Keynote</li><li>11:00 Workshops</li><li>13:00 Lunch</li></ul>")
    kind, event = read(page("Community Data Day", body))
    assert kind == "event"
    assert event["start"].startswith(day)


# -- Remote postings limited to a country, a region or time zones ----------------------------

@pytest.mark.parametrize("header, prose, countries, regions, timezones", [
    ("<p>Finch Health · Remote (US only)</p>", "", ["US"], [], []),
    ("<p>Finch Health</p><p>Remote | Australia</p>", "", ["AU"], [], []),
    ("<p>Finch Health</p><p>US-Remote</p>", "", ["US"], [], []),
    ("<p>Finch Health · Remote</p>", "We hire anywhere between UTC-5 to UTC+1 so that we "
     "overlap for at least four hours.", [], [], ["UTC-5 to UTC+1"]),
    ("<p>Finch Health · Remote</p>", "Our team is spread across three continents. Because of "
     "payroll law we can only hire people who are residents of the United Kingdom at this "
     "stage.", ["GB"], [], []),
    ("<p>Finch Health · Remote</p>", "We're remote-first. This role is open to applicants who "
     "are eligible to work in the United States.", ["US"], [], []),
    ("<p>Finch Health · Remote</p>", "Applicants must currently reside within the US and have "
     "the right to work here.", ["US"], [], []),
    ("<p>Finch Health · Remote</p>", "This position is fully remote, but for tax reasons "
     "candidates need a permanent address in Spain or Portugal.", ["ES", "PT"], [], []),
    ("<p>Finch Health · Remote</p>", "Remote within North American time zones (EST to PST).",
     [], ["North America"], ["EST to PST"]),
])  # fmt: skip
def test_where_remote_applicants_must_live_is_read_from_headers_and_paragraphs(
        header, prose, countries, regions, timezones):  # fmt: skip
    kind, job = read(page("Backend Engineer", f"<h1>Backend Engineer</h1>{header}<p>{prose}"
                                              f"</p>{DUTIES}"))  # fmt: skip
    assert kind == "job"
    scope = job["location"]["remote_scope"]
    assert job["location"]["remote"] is True
    assert (scope["countries"], scope["regions"], scope["timezones"]) == (countries, regions,
                                                                          timezones)
    assert scope["anywhere"] is False and scope["evidence"]


# -- A city beside the title or in the page's header on markup-free job pages ----------------

@pytest.mark.parametrize("title, body, city, country", [
    ("Junior Accountant", "<div class=header><span>Lumen Partners</span><span>Office: Wrocław, "
     "Poland</span></div><h1>Junior Accountant</h1>", "Wrocław", "PL"),
    ("Customer Support Agent (Lisbon)", "<h1>Customer Support Agent (Lisbon)</h1><p>Tidepool "
     "Games</p>", "Lisbon", "PT"),
    ("Marketing Coordinator | Oakridge Foods", "<h1>Marketing Coordinator</h1><p>Sacramento, CA "
     "· Full-time</p>", "Sacramento", "US"),
    ("Data Analyst | Nordhavn | Aarhus", "<h1>Data Analyst</h1><div>Nordhavn | Aarhus | "
     "Permanent</div>", "Århus", "DK"),
])  # fmt: skip
def test_a_city_beside_the_title_or_in_the_header_is_the_postings_place(title, body, city,
                                                                        country):  # fmt: skip
    kind, job = read(page(title, body + DUTIES))
    assert kind == "job"
    assert (job["location"]["locality"], job["location"]["country"]) == (city, country)
    assert job["location"]["evidence"]
    assert job["via"] != city  # the place in the <title> is not the site


@pytest.mark.parametrize("body", [
    "<h1>Store Manager – Graz</h1>",
    "<div class=header><span>Lumen Partners</span></div><h1>Junior Accountant</h1>",
])  # fmt: skip
def test_a_section_heading_or_a_duty_is_not_the_employer(body):
    _, job = read(page("Opening", body + DUTIES))
    assert job["organization"] not in ("Responsibilities", "Requirements")
    assert not (job["organization"] or "").endswith(".")


# -- Careers landing pages and results pages in other layouts --------------------------------

LANDINGS = [
    ("Careers at Brightwave", "<h1>Careers</h1><p>Build the future of energy storage with us. "
     "We are 300 people in Oslo and Bergen.</p><h2>Our teams</h2><ul><li><a href=/t/eng>"
     "Engineering</a></li><li><a href=/t/ops>Operations</a></li><li><a href=/t/sales>Sales</a>"
     "</li></ul><h2>Benefits</h2><p>Flexible hours, pension and a learning budget.</p><p><a "
     "href=/jobs>See all open positions</a></p>"),
    ("Jobs – Kettle & Co", "<h1>Jobs at Kettle & Co</h1><p>We are always looking for curious "
     "people who love food.</p><h2>Life at Kettle</h2><p>Our kitchen teams work four-day weeks."
     "</p><h2>How we hire</h2><p>A short call, a trial shift, and an offer.</p><a class=btn "
     "href=https://kettle.example/openings>View openings</a>"),
    ("Karriere – Holzmann AG", "<h1>Karriere bei Holzmann</h1><p>Ob Ausbildung, Studium oder "
     "Berufserfahrung: bei uns finden Sie Ihren Platz.</p><h2>Was wir bieten</h2><p>Flexible "
     "Arbeitszeiten und Weiterbildung.</p><h2>Unsere Werte</h2><p>Offen, fair, gründlich.</p>"
     "<p><a href=/stellen>Zu den offenen Stellen</a></p>"),
]  # fmt: skip


@pytest.mark.parametrize("title, body", LANDINGS)
def test_a_careers_landing_page_without_postings_is_not_a_listing(title, body):
    kind, _ = read(page(title, body))
    assert kind == "other"


def test_a_careers_page_that_lists_its_openings_is_still_a_listing():
    rows = "".join(f"<li><a href=/jobs/{i}>{name}</a> <span>Oslo · Full-time</span></li>"
                   for i, name in enumerate(["Battery Engineer", "Data Analyst",
                                             "Field Technician", "Account Manager"]))
    kind, cards = read(page("Careers at Brightwave", LANDINGS[0][1] + f"<ul>{rows}</ul>"))
    assert kind == "list"


@pytest.mark.parametrize("title, body", [
    ("Current opportunities - Northline Logistics", "<h1>Current opportunities</h1><dl>"
     + "".join(f"<dt><a href=/j/{i}>{t}</a></dt><dd>{c} — Full time</dd>" for i, (t, c) in
               enumerate([("Warehouse Operative", "Leeds"), ("Forklift Driver", "Bradford"),
                          ("Shift Supervisor", "Leeds"), ("Transport Planner", "Wakefield")]))
     + "</dl>"),
    ("DataDays 2026 – Schedule", "<h1>Conference schedule</h1><h2>Thursday 4 June 2026</h2>"
     "<table>" + "".join(f"<tr><td>{h}</td><td>{t}</td></tr>" for h, t in [
         ("09:00", "Registration and coffee"), ("09:30", "Keynote: small models"),
         ("10:30", "Panel: hiring juniors"), ("12:00", "Lunch"), ("13:00", "Workshops")])
     + "</table>"),
    ("Vacatures – Universiteit", "<h1>Vacatures</h1><table><tr><th>Functie</th><th>Plaats</th>"
     "</tr>" + "".join(f"<tr><td><a href=/v/{i}>{t}</a></td><td>Gent</td></tr>" for i, t in
                       enumerate(["Lab Technician", "Postdoctoral Researcher",
                                  "Financial Controller", "IT Support Officer"])) + "</table>"),
])  # fmt: skip
def test_results_pages_in_other_layouts_are_listings(title, body):
    kind, _ = read(page(title, body))
    assert kind == "list"
