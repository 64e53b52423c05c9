"""An event's text spread over sibling fields is read whole, and the head count an attendance
box prints as a line of its own ("178 Going"), often in a sidebar, is the event's (synthetic
pages in several languages and shapes, written for these rules)."""

from api.core.extraction import read_page
from api.core.extraction.numbers import attendance_line


def read(body: str, title: str = "Codecraft 2031") -> dict:
    page = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    (event,) = read_page({"url": "https://example.org/e", "html": page})["opportunities"]
    return event


def _fields(about: str, label: str, practical: str, when: str) -> str:
    # A CMS's event page: its own text in one field, practical notes (longer) in another.
    return (
        "<h1>Codecraft 2031</h1><div class='content'>"
        f"<div class='field field-body'><div class='items'><div class='item'>{about}</div></div>"
        "</div><div class='field field-when'><div class='label'>Date:</div>"
        f"<div class='items'><div class='item'>{when}</div></div></div>"
        f"<div class='field field-notes'><div class='label'>{label}</div>"
        f"<div class='items'><div class='item'>{practical}</div></div></div></div>"
    )


WHEN = {"en": "12 March 2031, 13:00 - 15:00", "de": "12. März 2031, 13:00 - 15:00 Uhr",
        "fr": "12 mars 2031, de 13h00 à 15h00"}
SPREAD = {
    "en": (
        "<p>Come to the library for a hands-on afternoon of science with our partners from the "
        "city museum, the college and the university's engineering outreach team.</p>"
        "<p>Build a bridge, test a circuit, and more!</p>",
        "Accessibility information:",
        "<p>What to expect:<br>Takes place indoors in a busy, crowded space<br>The lighting is "
        "adjustable<br>Washrooms are available nearby<br>Participants can sit or stand<br>"
        "Participants may leave the room at any time, and quiet rooms are open nearby.</p>"
        "<p>Our branches are fully accessible. If you have questions about accessibility or need "
        "accommodations, please write to us with the program title and your question.</p>",
    ),
    "de": (
        "<p>Ein Nachmittag zum Mitmachen in der Stadtbibliothek: das Stadtmuseum, die Hochschule "
        "und das Ingenieurteam der Universität zeigen Versuche zum Anfassen.</p>"
        "<p>Baut eine Brücke, testet einen Stromkreis und mehr!</p>",
        "Barrierefreiheit:",
        "<p>Was Sie erwartet:<br>Die Veranstaltung findet drinnen in einem vollen Raum statt<br>"
        "Das Licht ist regelbar<br>Barrierefreie Toiletten gibt es in der Nähe<br>Sie können "
        "sitzen oder stehen und den Raum jederzeit verlassen, ein ruhiger Raum ist offen.</p>"
        "<p>Unsere Zweigstellen sind barrierefrei. Bei Fragen zur Barrierefreiheit oder zu "
        "Hilfen schreiben Sie uns bitte mit dem Titel der Veranstaltung und Ihrer Frage.</p>",
    ),
    "fr": (
        "<p>Un après-midi de sciences à la bibliothèque : le musée de la ville, le collège et "
        "l'équipe d'ingénierie de l'université proposent des expériences à manipuler.</p>"
        "<p>Construisez un pont, testez un circuit, et plus encore !</p>",
        "Accessibilité :",
        "<p>À quoi s'attendre :<br>L'activité a lieu à l'intérieur, dans une salle animée<br>"
        "L'éclairage est réglable<br>Des toilettes accessibles sont à proximité<br>Les "
        "participants peuvent s'asseoir ou rester debout et sortir à tout moment.</p>"
        "<p>Nos succursales sont entièrement accessibles. Pour toute question sur "
        "l'accessibilité, écrivez-nous avec le titre de l'activité et votre question.</p>",
    ),
}


def test_an_events_text_spread_over_sibling_fields_is_read_whole():
    for language, (about, label, practical) in SPREAD.items():
        title = "Atelier : sciences en famille" if language == "fr" else "Codecraft 2031"
        body = _fields(about, label, practical, WHEN[language]).replace("Codecraft 2031", title)
        description = read(body, title)["description"]
        opening = about[3:40]
        assert opening in description, language  # its own account, not only the notes
        assert practical.split("<br>")[1][:30] in description, language


def test_a_rival_block_too_far_away_is_not_joined():
    # The event's own long text beside a block of other events as long: the block holding
    # both would be far larger than an event's, so the description stays the event's.
    own = "".join(
        f"<p>Part {n} of the day: workshops on testing, design and architecture, with "
        "practitioners, hands-on labs, reviews of real code and time for questions, "
        "discussion and the hallway track.</p>" for n in range(20)
    )
    others = "".join(
        f"<p>Another afternoon at the library, week {n}, crafts, stories and games.</p>"
        for n in range(20)
    )
    body = (
        "<h1>Codecraft 2031</h1><p>12 March 2031, 13:00 - 15:00</p>"
        f"<div><div><div>{own}</div></div><div><div>{others}</div></div></div>"
    )
    description = read(body)["description"]
    assert "Part 19 of the day" in description
    assert "week 19" not in description


def _with_sidebar(box: str) -> str:
    return (
        "<h1>Codecraft 2031</h1><div id='main'><p>12 March 2031, 19:00 - 21:00, Bagdad Theater, "
        "Portland. Five-minute talks on ideas, projects and the city, twenty slides each, "
        "followed by drinks with the speakers.</p></div>"
        f"<div id='eventSidebar'><div class='attending'><div class='title'>{box}</div></div></div>"
    )


def test_an_attendance_line_in_a_sidebar_is_the_events_head_count():
    for box, heads in (("178 Going", 178), ("45 attendees", 45), ("120 RSVPs", 120),
                       ("32 people are going", 32), ("1,204 registered", 1204),
                       ("45 Teilnehmer", 45), ("32 inscrits", 32),
                       ("120 asistentes", 120)):  # fmt: skip
        event = read(_with_sidebar(box))
        assert event["counts"]["attendees"] == heads, box
        assert event["evidence"]["counts.attendees"] == box


def test_the_texts_own_count_comes_first():
    body = _with_sidebar("178 Going").replace("followed by", "for about 300 attendees, then")
    assert read(body)["counts"]["attendees"] == 300


def test_a_list_of_counts_is_no_events_head_count():
    assert attendance_line(["Ignite 3", "178 going", "Ignite 4", "92 going"]) is None
    assert attendance_line(["45 attendees", "x", "45 attendees"]) == (45, "45 attendees")
    # Not a line of its own, or not a head count.
    assert attendance_line(["188 people saved this event."]) is None
    assert attendance_line(["45 minutes"]) is None
    assert attendance_line(["2031 members"]) is None
    assert attendance_line(["Room 12"]) is None
    # People in general are heads only when they attend: servings and quantities are not.
    assert attendance_line(["6 personnes"]) is None
    assert attendance_line(["4 people"]) is None
    assert attendance_line(["32 personas asistirán"]) == (32, "32 personas asistirán")
    assert attendance_line(["12 Personen sind angemeldet"]) == (12, "12 Personen sind angemeldet")
