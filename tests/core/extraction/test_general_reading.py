"""General reading that holds on pages of any shape (issue 8, fourth round), each on small
pages written for these tests: text rendered with the spaces a browser shows between cells
and inline-block pieces, a place named only in a sentence that announces the event, times
written as ranges in words, and a host named in a "hosted by" line rather than the site."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from api.core.extraction import read_page
from api.core.extraction.content import element_text
from api.core.extraction.text import BLOCK_TAGS, fragment_text

URL = "https://example.test/page"


def read(html: str, url: str = URL) -> tuple[str, dict]:
    result = read_page({"url": url, "html": html})
    return result["page_kind"], (result["opportunities"] or [{}])[0]


def page(title: str, body: str, head: str = "", lang: str = "en") -> str:
    return (f"<html lang={lang}><head><title>{title}</title>{head}</head><body>{body}</body>"
            "</html>")  # fmt: skip


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
