"""Any input gets a best-effort answer in bounded time, or a PageError; never anything else."""

from __future__ import annotations

import json
import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.core.extraction import PageError, read_page
from api.core.opportunity import blank

KINDS = {"job", "event", "list", "other"}
OPPORTUNITY_KEYS = set(blank("job"))
SECONDS = 10.0  # catches hangs; a page normally takes milliseconds

KEYS = ["@type", "@graph", "@id", "@context", "name", "title", "startDate", "endDate",
        "location", "address", "hiringOrganization", "organizer", "offers", "price",
        "baseSalary", "value", "minValue", "description", "performer", "eventStatus",
        "jobLocationType", "itemListElement", "item", "subEvent", "mainEntity"]  # fmt: skip
TYPES = ["Event", "JobPosting", "SocialEvent", "Place", "VirtualLocation", "Organization",
         "MonetaryAmount", "Offer", "ItemList", "NewsArticle", "EventSeries"]  # fmt: skip
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
    st.sampled_from(TYPES), st.sampled_from(["2031-04-10T18:00:00-04:00", "#a", "#b", "0", "$5"]),
    st.text(max_size=40),
)  # fmt: skip
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5),
        st.dictionaries(st.sampled_from(KEYS), inner, max_size=6),
    ),
    max_leaves=40,
)

TAGS = ["div", "p", "span", "a", "h1", "h2", "li", "ul", "nav", "aside", "article", "table",
        "tr", "td", "time", "script", "header", "footer", "section"]  # fmt: skip
CLASSES = ["", "event-title", "sidebar", "job-card", "widget", "nav", "title", "location",
           "has-sidebar", "related", "vevent", "dtstart", "summary"]  # fmt: skip
ATTRS = ["", ' itemscope itemtype="https://schema.org/Event"', ' itemprop="name"',
         ' itemprop="startDate" content="2031-01-01"', ' property="name"', ' href="/x"',
         ' typeof="Event" vocab="https://schema.org/"', ' datetime="2031-05-01T10:00"']  # fmt: skip
WORDS = st.sampled_from(["Apply now", "Register", "When:", "Where:", "Friday, May 9, 2031",
                         "7:00 pm", "Senior Engineer", "Meetup", "Requirements", "$120,000",
                         "40+ roles", "Jobs", "Events", "&amp;", "<", "\x00",
                         "caf\u00e9"])  # fmt: skip


@st.composite
def html_trees(draw, depth=0):
    """Random HTML: nested tags with the classes, attributes and words real pages carry."""
    if depth > 4 or draw(st.booleans()):
        return draw(st.one_of(WORDS, st.text(max_size=30)))
    tag = draw(st.sampled_from(TAGS))
    cls = draw(st.sampled_from(CLASSES))
    attrs = draw(st.sampled_from(ATTRS)) + (f' class="{cls}"' if cls else "")
    children = draw(st.lists(html_trees(depth=depth + 1), max_size=4))
    closing = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", ""]))  # unclosed tags happen
    return f"<{tag}{attrs}>{''.join(children)}{closing}"


def check(result):
    assert set(result) == {"page_kind", "opportunities"}
    assert result["page_kind"] in KINDS
    for opportunity in result["opportunities"]:
        assert set(opportunity) == OPPORTUNITY_KEYS
        assert opportunity["kind"] in ("job", "event")
        json.dumps(opportunity)  # plain data, ready to hash and send


def read_in_bounded_time(page):
    started = time.perf_counter()
    try:
        result = read_page(page)
    except PageError as error:
        assert str(error)
        return None
    assert time.perf_counter() - started < SECONDS
    check(result)
    return result


FAST = settings(
    max_examples=int(os.environ.get("WAL_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FAST
@given(st.lists(JSON_VALUES, max_size=4))
def test_any_jsonld_values_are_read_or_refused(values):
    read_in_bounded_time({"url": "https://example.org/", "jsonld": values})


@FAST
@given(st.lists(JSON_VALUES, max_size=3), st.integers(min_value=0, max_value=3))
def test_jsonld_as_strings_even_truncated(values, cut):
    strings = [json.dumps(v)[: -cut or None] for v in values]
    read_in_bounded_time({"url": "https://example.org/", "jsonld": strings})


@FAST
@given(JSON_VALUES, st.sampled_from(KEYS))
def test_jsonld_with_a_cycle(value, key):
    node = {"@type": "Event", "name": "Loop", "startDate": "2031-01-01"}
    node[key] = node  # a node that contains itself
    holder = {"@graph": [node, value], "organizer": node}
    node["location"] = holder
    result = read_in_bounded_time({"url": "https://example.org/", "jsonld": [holder]})
    assert result is not None


@FAST
@given(st.lists(html_trees(), min_size=1, max_size=5), st.booleans())
def test_any_html_is_read_or_refused(fragments, as_bytes):
    html = "<html><body>" + "".join(fragments) + "</body></html>"
    page = {"url": "https://example.org/", "html": html.encode() if as_bytes else html}
    read_in_bounded_time(page)


@FAST
@given(st.binary(max_size=2000))
def test_binary_junk_is_survived(junk):
    read_in_bounded_time({"url": "https://example.org/", "html": junk, "text": junk})


def test_absurdly_nested_jsonld_is_cut_off():
    deep: dict = {"@type": "Event", "name": "Deep"}
    cursor = deep
    for _ in range(5000):
        cursor["subEvent"] = {"@type": "Event", "name": "deeper"}
        cursor = cursor["subEvent"]
    text = "[" * 100_000 + "]" * 100_000
    result = read_in_bounded_time({"url": "https://example.org/", "jsonld": [deep, text]})
    assert result["page_kind"] == "event"


def test_deeply_nested_html_is_read():
    html = "<div>" * 20_000 + "<h1>Deep Meetup</h1>" + "</div>" * 20_000
    read_in_bounded_time({"url": "https://example.org/", "html": html})


def test_a_huge_page_is_read_in_bounded_time():
    card = ('<div class="job-card"><a href="/j/{0}">Engineer {0}</a>'
            '<span class="location">Berlin</span></div>')  # fmt: skip
    html = "<html><body><h1>Jobs</h1>" + "".join(card.format(i) for i in range(40_000))
    assert len(html) > 2_000_000
    result = read_in_bounded_time({"url": "https://example.org/", "html": html})
    assert result["page_kind"] == "list"


@pytest.mark.parametrize(
    "page",
    [None, [], "https://example.org", 42, {"url": 5}, {"url": "https://x.org", "html": 5},
     {"url": "https://x.org", "meta": ["og:title"]}, {"url": "https://x.org", "title": {}}],
)  # fmt: skip
def test_pages_that_cannot_be_read_raise_a_page_error(page):
    with pytest.raises(PageError) as raised:
        read_page(page)
    assert isinstance(raised.value, ValueError)
    assert str(raised.value)


@pytest.mark.parametrize("jsonld", [42, "null", "[1, 2]", None, [None, 3.5, True], {"@graph": 7}])
def test_jsonld_that_is_not_an_object_reads_as_nothing(jsonld):
    assert read_page({"url": "https://x.org", "jsonld": jsonld})["page_kind"] == "other"


def test_a_page_full_of_rdfa_events_is_read_in_bounded_time():
    item = ('<div vocab="https://schema.org/" typeof="Event"><span property="name">Talk {0}'
            '</span><meta property="startDate" content="2031-01-01"></div>')
    html = "<html><body><h1>Events</h1>" + "".join(item.format(i) for i in range(5000))
    result = read_in_bounded_time({"url": "https://example.org/", "html": html})
    assert result["page_kind"] == "list"


def test_a_page_full_of_hcalendar_events_is_read_in_bounded_time():
    item = '<div class="vevent"><span class="summary">Talk {0}</span><abbr class="dtstart" ' \
           'title="2031-01-01">Jan 1</abbr></div>'  # fmt: skip
    html = "<html><body><h1>Events</h1>" + "".join(item.format(i) for i in range(8000))
    result = read_in_bounded_time({"url": "https://example.org/", "html": html})
    assert result["page_kind"] == "list"
