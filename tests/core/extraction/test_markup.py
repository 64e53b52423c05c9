"""Markup other than JSON-LD: microdata, RDFa, hCalendar, OpenGraph and meta tags."""

from api.core.extraction import read_page

MICRODATA_EVENT = """
<div itemscope itemtype="https://schema.org/MusicEvent">
  <h2 itemprop="name">Jazz in the Park</h2>
  <meta itemprop="startDate" content="2031-07-04T19:30:00-05:00">
  <div itemprop="location" itemscope itemtype="https://schema.org/Place">
    <span itemprop="name">Grant Park</span>
    <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
      <span itemprop="addressLocality">Chicago</span>, <span itemprop="addressRegion">IL</span>
    </div>
  </div>
  <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
    <meta itemprop="price" content="0"><meta itemprop="priceCurrency" content="USD">
  </div>
  <div itemprop="performer" itemscope itemtype="https://schema.org/MusicGroup">
    <span itemprop="name">The Quartet</span>
  </div>
</div>"""

MICRODATA_JOB = """
<html><body><article itemscope itemtype="http://schema.org/JobPosting">
  <h1 itemprop="title">Data Engineer</h1>
  <div itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization">
    <span itemprop="name">Acme Analytics</span></div>
  <meta itemprop="datePosted" content="2031-01-15">
  <span itemprop="employmentType">Full-time</span>
  <div itemprop="description"><p>Build pipelines in Python.</p><p>We have 25 open roles.</p></div>
</article></body></html>"""

RDFA_EVENT = """
<div vocab="https://schema.org/" typeof="Event">
  <span property="name">CANCELLED - Data Night</span>
  <meta property="startDate" content="2031-09-14T21:30">
  <link property="eventStatus" href="https://schema.org/EventCancelled">
  <div property="location" typeof="Place"><span property="name">The Hall</span>
    <div property="address" typeof="PostalAddress">
      <span property="addressLocality">Denver</span></div></div>
</div>"""

HCALENDAR = """
<html><body><div class="vevent">
  <a class="url" href="https://conf.example.org/"><span class="summary">Web Conference</span></a>:
  <abbr class="dtstart" title="2031-10-05">October 5</abbr>-
  <abbr class="dtend" title="2031-10-07">7</abbr>,
  at the <span class="location">Argent Hotel, San Francisco, CA</span>
</div></body></html>"""


def read(html, url="https://example.org/page"):
    return read_page({"url": url, "html": html})


def test_microdata_event_with_place_offer_and_performer():
    result = read(MICRODATA_EVENT)
    assert result["page_kind"] == "event"
    (event,) = result["opportunities"]
    assert event["title"] == "Jazz in the Park"
    assert event["start"] == "2031-07-04T19:30:00-05:00"
    assert event["location"]["locality"] == "Chicago"
    assert event["price"]["free"] is True
    assert event["speakers"] == ["The Quartet"]
    assert event["sources"]["title"] == "microdata"


def test_microdata_job_with_counts_from_its_description():
    result = read(MICRODATA_JOB)
    assert result["page_kind"] == "job"
    (job,) = result["opportunities"]
    assert job["organization"] == "Acme Analytics"
    assert job["employment_type"] == ["FULL_TIME"]
    assert job["counts"]["open_roles"] == 25
    assert job["description"] == "Build pipelines in Python.\nWe have 25 open roles."


def test_rdfa_event_with_status():
    result = read(RDFA_EVENT)
    assert result["page_kind"] == "event"
    (event,) = result["opportunities"]
    assert event["status"] == "cancelled"
    assert event["start"] == "2031-09-14T21:30:00"
    assert event["location"]["locality"] == "Denver"
    assert event["sources"]["title"] == "rdfa"


def test_hcalendar_event():
    result = read(HCALENDAR)
    assert result["page_kind"] == "event"
    (event,) = result["opportunities"]
    assert event["title"] == "Web Conference"
    assert event["start"] == "2031-10-05"
    assert event["end"] == "2031-10-07"
    assert "Argent Hotel" in event["location"]["text"]
    assert event["sources"]["title"] == "microformat"


def test_opengraph_names_a_posting_whose_body_is_drawn_by_script():
    html = """<html><head><title>Position detail | Fio Ltd</title>
      <meta property="og:title" content="Senior Systems Administrator">
      <meta property="og:description" content="Do you have experience with Linux and scripting?
        Responsibilities: run our servers. Requirements: 3 years of experience. Apply now.">
      </head><body><div id="app"></div></body></html>"""
    result = read(html)
    assert result["page_kind"] == "job"
    job = result["opportunities"][0]
    assert job["title"] == "Senior Systems Administrator"
    assert job["organization"] == "Fio Ltd"


def test_meta_sent_by_the_extension_is_used_without_html():
    page = {"url": "https://example.org/x", "title": "Careers",
            "meta": {"og:title": "Backend Developer", "description": "Requirements: Go. "
                     "Responsibilities: APIs. Salary $120,000 - $140,000 a year. Apply now."},
            "text": "Backend Developer\nResponsibilities: build APIs\nRequirements: Go, SQL\n"
                    "Salary $120,000 - $140,000 a year\nApply now"}  # fmt: skip
    result = read_page(page)
    assert result["page_kind"] == "job"
    job = result["opportunities"][0]
    assert job["pay"] == {"min": 120000.0, "max": 140000.0, "currency": "USD", "period": "YEAR"}


def test_an_event_widget_beside_a_news_article_is_not_the_page():
    html = """<html><head><title>Council votes on the budget - City News</title>
      <meta property="article:published_time" content="2031-03-01T10:00:00Z">
      <script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event",
        "name": "Spring Book Fair", "startDate": "2031-04-02"}</script></head>
      <body><article><h1>Council votes on the budget</h1>
      <p>The council voted on Tuesday to approve the budget after a long debate about roads,
      schools and the new library. Members argued for hours before the final vote.</p></article>
      <aside class="sidebar"><h3>Coming up</h3><a href="/fair">Spring Book Fair</a></aside>
      </body></html>"""
    assert read(html)["page_kind"] == "other"


def test_broken_encoding_and_a_declared_charset_are_survived():
    html = ('<html><head><meta charset="iso-8859-1"><title>Caf\xe9 Meetup</title></head>'
            "<body><h1>Caf\xe9 Meetup</h1></body></html>").encode("latin-1")  # fmt: skip
    result = read(html)
    assert result["page_kind"] in ("event", "other")
    junk = read(b"\xff\xfe\x00<h1>\x80\x81 broken</h1>\xc3\x28")
    assert junk["page_kind"] in ("job", "event", "list", "other")


def test_an_event_inside_a_blog_marked_body_is_found_but_not_inside_a_reservation():
    html = """<html><body itemscope itemtype="http://schema.org/Blog"><main>
      <div itemscope itemtype="http://schema.org/Event"><h1 itemprop="name">Board Meeting</h1>
      <meta itemprop="startDate" content="2031-11-13T10:00"></div></main></body></html>"""
    assert read(html)["page_kind"] == "event"
    reservation = {"@context": "https://schema.org", "@type": "EventReservation",
                   "reservationFor": {"@type": "Event", "name": "Concert",
                                      "startDate": "2031-01-01"}}  # fmt: skip
    assert read_page({"url": "https://x.org", "jsonld": [reservation]})["page_kind"] == "other"


def test_a_utf16_page_with_its_byte_order_mark():
    html = "<html><body><h1>Café Meetup</h1><p>When: May 9, 2031 7:00 PM</p>" \
           "<p>Where: Café Nero</p></body></html>"  # fmt: skip
    result = read(html.encode("utf-16"))
    assert result["page_kind"] == "event"
    assert result["opportunities"][0]["title"] == "Café Meetup"


def test_the_markup_gates_answer_as_their_patterns_whatever_the_case():
    from api.core.extraction.markup import _GATE_WORDS, Document

    pages = [
        '<div ITEMSCOPE itemtype="https://schema.org/Event"></div>',
        '<div class="VEVENT"><span class="summary">A</span></div>',
        '<div class="h-Event"></div><div class="vcalendar vfreebusy"></div>',
        '<div typeof="schema:Event"></div>',
        '<div class="vevent">',  # no closing quote: no gate opens
        "<p>item scope, v event, type of</p>",
        '<div \u0130TEMSCOPE class="vcalendar vfreebu\u017fy"></div>',  # letters that match i and s
        "<div \u0131temscope></div>",
    ]
    for page in pages:
        document = Document(page)
        for gate in _GATE_WORDS:
            assert document._has(gate) == bool(gate.search(document.html)), (page, gate)


RDFA_PERFORMERS = """<html><body vocab="http://schema.org/"><div typeof="MusicEvent">
<h1 property="name">Symphony night</h1><time property="startDate" datetime="2031-05-02T19:30">
May 2</time><div property="performer" typeof="Person"><span property="name">Ana Ruiz</span></div>
<div property="performer" typeof="MusicGroup"><span property="name">City Orchestra</span></div>
<div property="performer" typeof="Person"><span property="name">Lee Park</span></div>
<div property="location" typeof="Place"><span property="name">Hall</span></div>
</div></body></html>"""


def test_an_rdfa_pages_reading_does_not_change_with_the_hash_seed():
    # An RDF graph is a set: rdflib hands out a property's values in an order that follows
    # the process's hash seed, so two workers read the same page two ways (and cache one).
    import subprocess
    import sys

    script = ("import json, sys; from api.core.extraction import read_page; "
              "print(json.dumps(read_page({'url': 'https://example.org/e', "
              "'html': sys.stdin.read()})['opportunities'], sort_keys=True))")  # fmt: skip
    readings = {
        subprocess.run([sys.executable, "-c", script], input=RDFA_PERFORMERS, text=True,
                       capture_output=True, check=True, env={"PYTHONHASHSEED": str(seed)}).stdout
        for seed in range(1, 9)
    }  # fmt: skip
    assert len(readings) == 1
    assert "City Orchestra" in readings.pop()


def test_a_microdata_place_given_by_links_is_read_from_its_words_not_their_addresses():
    # Microdata's value of a property on an <a> is its href: a venue's name and address
    # written as links arrive as URLs, which say nothing of where.
    html = """<html><body><div itemscope itemtype="http://schema.org/Event">
    <h1 itemprop="name">Guided tour of the old mill</h1>
    <meta itemprop="startDate" content="2031-06-14T11:00">
    <div itemprop="location" itemscope itemtype="http://schema.org/Place">
      <a itemprop="name" href="/venues/old-mill">The Old Mill</a>
      <a itemprop="address" href="/whats-on/york">York</a></div>
    <p>The Old Mill, Mill Lane, York, YO1 7HP. Tickets £8.</p></div></body></html>"""
    event = read_page({"url": "https://tickets.example.org/e/9", "html": html})["opportunities"][0]
    assert "http" not in (event["location"]["text"] or "")
