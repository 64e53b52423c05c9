"""An event's description is its own account: not its sponsors' blurbs, not an address alone;
its programme and its end time are read (synthetic pages, one rule each)."""

from api.core.extraction import read_page
from api.core.extraction.dates import written_span

ABOUT = (
    "<p>Codecraft is a two-day conference on software design, testing and architecture, "
    "with keynotes by practitioners and a day of hands-on workshops for working engineers.</p>"
)
BLURB = (
    "<p>{name} is a lending marketplace that has attracted over 5,000 investors from more than "
    "30 countries, with offices in Riga, Warsaw, London and Vilnius, and a growing team of "
    "analysts, engineers, designers and product managers across the region.</p>"
)


def read(body: str) -> dict:
    page = f"<html><head><title>Codecraft 2031</title></head><body>{body}</body></html>"
    (event,) = read_page({"url": "https://example.org/e", "html": page})["opportunities"]
    return event


def _sponsors(heading: str) -> str:
    blurbs = "".join(BLURB.format(name=name) for name in ("Lendco", "Fundly", "Paybit"))
    return f"<section><div><h2>{heading}</h2>{blurbs}</div></section>"


def _page(extra: str) -> str:
    return (
        "<h1>Codecraft 2031</h1><p>12 March 2031, 9:00 - 18:00, Riga Congress Hall</p>"
        f"<section><div>{ABOUT}</div></section>{extra}"
    )


def test_a_sponsors_block_is_not_the_description():
    for heading in ("Backed by Platinum Sponsors", "Our partners", "Supported by"):
        event = read(_page(_sponsors(heading)))
        assert "software design" in event["description"], heading
        assert "investors" not in event["description"], heading
        assert event["counts"]["attendees"] != 5000


def test_a_sponsors_block_named_by_its_class_is_not_the_description():
    event = read(_page(f"<div class='sponsor-wall'>{BLURB.format(name='Lendco')}</div>"))
    assert "investors" not in event["description"]
    assert "software design" in event["description"]


def test_hiring_partners_name_who_attends_and_stay():
    employers = (
        "<p>Acme Robotics, Borealis Labs and Cobalt Health are hiring graduates in engineering, "
        "data and design, and their recruiters will meet students at their stands all day.</p>"
    )
    event = read(_page(f"<section><div><h2>Hiring partners</h2>{employers * 3}</div></section>"))
    assert "Acme Robotics" in event["description"]


def test_a_section_header_is_the_sections_opening_not_the_pages_banner():
    body = (
        "<header><nav><a href='/'>Home</a></nav></header><h1>Codecraft 2031</h1>"
        "<section><div><header><p>Codecraft is a two-day conference on software design and "
        "testing, with keynotes by practitioners.</p></header>"
        "<div><h3>12 March 2031, 9:00 - 18:00</h3><h3>Riga Congress Hall</h3></div>"
        "</div></section>"
        + _sponsors("Sponsors")
    )
    event = read(body)
    assert event["description"].startswith("Codecraft is a two-day conference")
    assert "Home" not in event["description"]


def test_an_address_alone_widens_to_the_block_that_holds_the_meeting():
    body = (
        "<div class='container'><div class='row'><h1>Regular Open Meeting</h1>"
        "<p>December 14, 2031 11:30 AM</p>"
        "<div class='col'><p>City Utility Commission</p><p>160 North LaSalle Street</p>"
        "<p>Eighth Floor</p><p>Chicago, Illinois 60601</p></div>"
        "<h2>Documents</h2><ul><li>Regular Open Meeting Agenda</li><li>Bench Agenda</li>"
        "<li>Public Utility Cover Letter</li></ul></div></div>"
    )
    event = read(body)
    assert "Regular Open Meeting Agenda" in event["description"]
    assert "LaSalle" in event["description"]


def test_a_programme_of_timed_lines_joins_the_description_and_sets_the_end():
    body = (
        "<section><h1>Career Afternoon</h1><p>30 March 2031, 13:15 Uhr</p>"
        "<p>An afternoon of company visits and workshops for students and graduates, followed "
        "by a reception where line managers and recruiters meet the participants.</p></section>"
        "<section><div><h2>Programme</h2>"
        "<div><p>13:15 - 17:00</p><p>Company visit and workshop</p></div>"
        "<div><p>17:30 - 19:00</p><p>Reception with line managers</p></div></div></section>"
    )
    event = read(body)
    assert "Reception with line managers" in event["description"]
    assert event["start"] == "2031-03-30T13:15:00"


def test_a_time_range_written_with_uhr_gives_the_end():
    start, end = written_span("30. März 2031, 13:15 Uhr - 19:00 Uhr")
    assert (start, end) == ("2031-03-30T13:15:00", "2031-03-30T19:00:00")


def test_a_day_in_the_title_takes_the_hours_written_with_the_same_day_below():
    text = "Board Meeting - November 13, 2031\nEvent Details\nNovember 13, 2031\n2:30 pm - 3:30 pm"
    assert written_span(text) == ("2031-11-13T14:30:00", "2031-11-13T15:30:00")
    # another day below is another event's: the title's day stands alone
    other = ("Board Meeting - November 13, 2031\nThe board meets monthly in the Daley Center."
             "\nNext: December 11, 2031 2:30 pm - 3:30 pm")
    assert written_span(other) == ("2031-11-13", None)


def test_one_tab_of_a_meetings_panels_widens_to_all_of_them():
    def panel(kind: str, work: str, rows: int) -> str:
        row = (f"<tr><td>Project: {work} School Annex, Company: Terracon Engineers, "
               f"Amount: $129,164.75, Notes: {work} Services</td></tr>")
        return (f"<div class='tab-panel'><div class='panel-body'><h4>{kind}</h4>"
                f"<table><tbody>{row * rows}</tbody></table></div></div>")

    body = (
        "<h1>Board Meeting - November 13, 2031</h1><p>November 13, 2031 2:30 pm - 3:30 pm</p>"
        "<div class='tabs'>" + panel("Task Order Awarded", "Environmental Engineering", 3)
        + panel("Change Order Approved", "Construction", 5)
        + "<p class='tabs-note'>Board actions approved at the meeting.</p></div>"
    )
    event = read(body)
    assert "Environmental Engineering Services" in event["description"]
    assert "Construction Services" in event["description"]
    assert event["end"] == "2031-11-13T15:30:00"


def test_a_struck_out_price_is_not_what_one_pays():
    event = read(_page("<p>Day pass: \u20ac199 <s>\u20ac249</s></p>"))
    assert (event["price"]["min"], event["price"]["max"]) == (199.0, 199.0)
