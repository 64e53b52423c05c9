"""A remote scope read from a header's inline pieces is quoted as the page shows it: one
element's text, never pieces of several elements run together. Pages written for these tests."""

from __future__ import annotations

from api.core.extraction import read_page

URL = "https://example.test/careers/role"
DUTIES = ("<h2>What you will do</h2><ul><li>Build the models our product teams rely on every "
          "week.</li><li>Explain results to people outside the data team.</li></ul>"
          "<h2>What you bring</h2><ul><li>3+ years of experience with SQL and Python.</li></ul>")


def _scope(header: str, title: str = "Data Scientist") -> dict:
    html = (f"<html><head><title>{title} | Ferrow</title></head><body><section>"
            f"<h1>{title}</h1>{header}</section>{DUTIES}</body></html>")
    job = read_page({"url": URL, "html": html})["opportunities"][0]
    return job["location"].get("remote_scope") or {}


def test_a_scope_split_over_inline_elements_is_quoted_as_its_element_shows_it():
    # A team, then the place written in spans: "Remote (United States)".
    scope = _scope("<div class=features><div>Data</div><div>Remote <span>(<span>United States"
                   "</span>)</span></div><div>Full time</div></div>")
    assert scope["countries"] == ["US"]
    assert scope["evidence"] == "Remote (United States)"
    # Another team and country, the same shape.
    scope = _scope("<div><div>Infrastructure Engineering</div><div>Remote <span>(<span>Canada"
                   "</span>)</span></div></div>", title="Engineering Manager")
    assert scope["countries"] == ["CA"]
    assert scope["evidence"] == "Remote (Canada)"


def test_pieces_of_separate_elements_are_never_glued_into_one_quote():
    # "Remote" and the country are separate elements, beside a team name: the country's own
    # element is the quote, not "Design Remote Germany".
    scope = _scope("<ul><li>Design</li><li>Remote</li><li>Germany</li></ul>",
                   title="Product Designer")
    assert scope["countries"] == ["DE"]
    assert scope["evidence"] == "Germany"
    scope = _scope("<div><span>Marketing</span><span>Remote</span><span>|</span><span>Spain</span>"
                   "</div>", title="Content Lead")
    assert scope["countries"] == ["ES"]
    assert "Marketing" not in scope["evidence"] and "Spain" in scope["evidence"]


def test_a_scope_the_page_writes_in_one_element_keeps_its_words():
    scope = _scope("<p>Remote - Australia</p>", title="Backend Engineer")
    assert scope["countries"] == ["AU"]
    assert scope["evidence"] == "Remote - Australia"
