"""The page's chrome, judged once a reading: the same answers as judging each walk afresh."""

from lxml import html

from api.core.extraction.content import body_of, inside_chrome, is_chrome, judging_once


def _deep(levels: int, inner: str) -> str:
    return "<div>" * levels + inner + "</div>" * levels


PAGE = (
    "<html><body>"
    "<nav><ul><li><a href='/'>Home</a></li><li>"
    + _deep(70, "<p>deep in the nav</p>")
    + "</li></ul></nav>"
    "<div class='content'><div class='sidebar'>" + _deep(5, "<span>side</span>") + "</div>"
    "<article><p>The posting.</p>" + _deep(65, "<p>deep in the article</p>") + "</article></div>"
    "<div class='footer' hidden>" + _deep(3, "<p>small print</p>") + "</div>"
    "</body></html>"
)


def test_chrome_judged_once_a_reading_is_chrome_judged_afresh():
    root = html.document_fromstring(PAGE)
    body = body_of(root)
    elements = list(body.iter())
    fresh = [(is_chrome(e), inside_chrome(e, body), inside_chrome(e, None)) for e in elements]
    with judging_once():
        # twice, and from the deepest element first, so that later walks meet counted ones
        for _ in range(2):
            once = [(is_chrome(e), inside_chrome(e, body), inside_chrome(e, None))
                    for e in reversed(elements)][::-1]  # fmt: skip
            assert once == fresh
    assert any(inside for _, inside, _ in fresh) and not all(inside for _, inside, _ in fresh)
    # more than 60 levels below the nav, the walk up stops before reaching it, as it always did
    deep = next(e for e in elements if e.text == "deep in the nav")
    assert not inside_chrome(deep, body)
