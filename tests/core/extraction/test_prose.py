"""Pages with no markup: event pages, careers pages and listings written for people."""

from api.core.extraction import read_page

EVENT_PAGE = """<html><head><title>Python Night: Testing in Practice | Civic Tech Club</title>
</head><body><nav><a href="/">Home</a><a href="/events">Events</a></nav>
<div class="cookie-banner">We use cookies. Accept all cookies?</div>
<main><h1>Python Night: Testing in Practice</h1>
<p>When: Thursday, March 13, 2031, 6:30 PM - 9:00 PM</p>
<p>Where: Innovation Hub, 50 Milk Street, Boston</p>
<p>Organized by: Civic Tech Club</p>
<p>Two short talks on property-based testing, then open networking. About 120 developers
attend every month; 40 seats left.</p>
<p><a href="/register">Register</a> - free</p></main>
<footer>Copyright Civic Tech Club</footer></body></html>"""

CAREERS_PAGE = """<html><head><title>Senior Data Engineer – Northwind</title></head><body>
<header><a href="/">Northwind</a><nav><a href="/jobs">All jobs</a></nav></header>
<main><h1>Senior Data Engineer</h1>
<p>Location: Remote (US)</p>
<h2>About the role</h2><p>You will build the pipelines behind our payments products. We are
hiring for more than 30 open positions across engineering this year.</p>
<h2>Requirements</h2><ul><li>5+ years of experience with Python and SQL</li>
<li>Experience with Airflow</li></ul>
<h2>Benefits</h2><p>Salary: $150,000 - $180,000 per year, full-time, equity.</p>
<p><a href="/apply">Apply now</a></p></main>
<aside class="similar-jobs"><h3>Similar jobs</h3><a href="/j/2">Data Analyst</a></aside>
</body></html>"""

LISTING_PAGE = """<html><head><title>Jobs at Acme - 4 open positions</title></head><body>
<h1>Open positions</h1><ul class="jobs">
<li class="job-card"><a href="/jobs/1">Backend Engineer</a>
  <span class="location">Berlin</span><span class="company">Acme</span></li>
<li class="job-card"><a href="/jobs/2">Product Designer</a>
  <span class="location">Remote</span><span class="company">Acme</span></li>
<li class="job-card"><a href="/jobs/3">Data Analyst</a>
  <span class="location">London</span><span class="company">Acme</span></li>
<li class="job-card"><a href="/jobs/4">Support Specialist</a>
  <span class="location">Berlin</span><span class="company">Acme</span></li>
</ul></body></html>"""

ARTICLE_PAGE = """<html><head><title>Why cities plant trees - Daily News</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2031-03-01T08:00:00Z"></head><body>
<article><h1>Why cities plant trees</h1><p class="byline">March 1, 2031, 8:00 AM</p>
<p>Trees cool streets, soak up rain and make neighbourhoods calmer. City planners have known
this for decades, but budgets rarely follow. A new study shows how much a single street tree
is worth over its life, and the numbers are surprising.</p></article></body></html>"""


def read(html):
    return read_page({"url": "https://example.org/page", "html": html})


def test_a_when_where_register_page_is_an_event():
    result = read(EVENT_PAGE)
    assert result["page_kind"] == "event"
    (event,) = result["opportunities"]
    assert event["title"] == "Python Night: Testing in Practice"
    assert event["start"] == "2031-03-13T18:30:00"
    assert event["location"]["text"] == "Innovation Hub, 50 Milk Street, Boston"
    assert event["organization"] == "Civic Tech Club"
    assert event["counts"]["attendees"] == 120
    assert event["capacity"] == 40
    assert "cookies" not in event["description"]
    assert "Copyright" not in event["description"]


def test_a_careers_page_in_prose_is_a_job():
    result = read(CAREERS_PAGE)
    assert result["page_kind"] == "job"
    (job,) = result["opportunities"]
    assert job["title"] == "Senior Data Engineer"
    assert job["organization"] == "Northwind"
    assert job["location"]["remote"] is True
    assert job["pay"] == {"min": 150000.0, "max": 180000.0, "currency": "USD", "period": "YEAR"}
    assert job["employment_type"] == ["FULL_TIME"]
    assert job["counts"]["open_roles"] == 30
    assert "Similar jobs" not in job["description"]


def test_a_listing_page_returns_its_cards():
    result = read(LISTING_PAGE)
    assert result["page_kind"] == "list"
    titles = [o["title"] for o in result["opportunities"]]
    assert titles == ["Backend Engineer", "Product Designer", "Data Analyst", "Support Specialist"]
    first = result["opportunities"][0]
    assert first["url"] == "https://example.org/jobs/1"
    assert first["location"]["text"] == "Berlin"
    assert first["organization"] == "Acme"


def test_a_news_article_with_a_date_is_other():
    assert read(ARTICLE_PAGE) == {"page_kind": "other", "opportunities": []}


def test_plain_text_only_event():
    text = ("Founders Breakfast\nWhen: Friday, May 9, 2031 8:00 AM\nWhere: Cafe Nero, Leeds\n"
            "Register: free, limited to 30 people")  # fmt: skip
    result = read_page({"url": "https://example.org/e", "text": text})
    assert result["page_kind"] == "event"
    event = result["opportunities"][0]
    assert event["title"] == "Founders Breakfast"
    assert event["start"] == "2031-05-09T08:00:00"
    assert event["capacity"] == 30


def test_a_posting_titled_by_an_h2_with_the_company_in_the_title_tag():
    html = """<html><head><title>Acme - Senior Backend Engineer</title></head><body>
      <div class="posting-headline"><h2>Senior Backend Engineer</h2><div>Berlin</div></div>
      <div><h3>What you will do</h3><ul><li>Build APIs in Go</li><li>Own services</li></ul></div>
      <div><h3>Requirements</h3><ul><li>5 years of experience</li></ul></div>
      <a href="/apply">Apply for this job</a></body></html>"""
    result = read(html)
    assert result["page_kind"] == "job"
    job = result["opportunities"][0]
    assert (job["title"], job["organization"]) == ("Senior Backend Engineer", "Acme")


def test_a_meeting_schedule_is_a_list_of_dated_events():
    rows = "".join(
        f"<tr><td>{day}</td><td>10:00 AM</td><td>Board Meeting</td>"
        f"<td><a href='/m/{i}.pdf'>Agenda</a></td></tr>"
        for i, day in enumerate(["January 12, 2031", "February 9, 2031", "March 9, 2031",
                                 "April 13, 2031"])
    )  # fmt: skip
    html = (f"<html><head><title>Board Meetings 2031</title></head><body><h1>Board Meetings"
            f"</h1><table><tbody>{rows}</tbody></table></body></html>")  # fmt: skip
    result = read(html)
    assert result["page_kind"] == "list"
    starts = [o["start"] for o in result["opportunities"]]
    assert starts[:2] == ["2031-01-12T10:00:00", "2031-02-09T10:00:00"]
    assert {o["title"] for o in result["opportunities"]} == {"Board Meeting"}


def test_a_small_board_whose_cards_are_the_whole_page_is_a_list():
    card = ('<div class="posting"><a class="posting-title" href="/acme/{0}"><h5>{1}</h5>'
            '<span class="location">{2}</span></a><a href="/acme/{0}/apply">Apply</a></div>')
    html = ("<html><head><title>Acme</title></head><body><div class='postings-group'>"
            + card.format(1, "Site Reliability Engineer", "Toronto")
            + card.format(2, "Frontend Engineer", "Remote") + "</div></body></html>")  # fmt: skip
    result = read(html)
    assert result["page_kind"] == "list"
    assert [(o["title"], o["location"]["text"]) for o in result["opportunities"]] == [
        ("Site Reliability Engineer", "Toronto"), ("Frontend Engineer", "Remote")]


def test_event_cards_under_day_headings_on_a_calendar_page():
    card = ('<div class="card-wrapper"><a class="event-link" aria-label="{0}" href="/{1}"></a>'
            '<div class="event-time">6:30 PM</div><h3>{0}</h3><div>Cambridge</div></div>')
    html = ("<html><head><title>AI Builders · Events Calendar</title></head><body>"
            "<div class='date-title'>Tue, Mar 4</div>" + card.format("LLM Evals Night", "evals")
            + card.format("Founders Breakfast", "breakfast") + "</body></html>")  # fmt: skip
    result = read(html)
    assert result["page_kind"] == "list"
    assert [o["kind"] for o in result["opportunities"]] == ["event", "event"]
    assert result["opportunities"][0]["url"] == "https://example.org/evals"


def test_a_blog_post_about_a_conference_is_not_the_event():
    html = """<html><head><title>What I learned at PyCon 2031 - Jane's blog</title>
      <meta property="og:type" content="article">
      <meta property="article:published_time" content="2031-05-20T09:00:00Z"></head><body>
      <article><h1>What I learned at PyCon 2031</h1><p class="meta">May 20, 2031 9:00 AM</p>
      <p>PyCon took place May 14-22, 2031 in Pittsburgh. The keynote at 9:00 AM on Friday was
      amazing, and the sprints were the best part. Tickets were $400.</p>
      <p>Here are my notes from the talks I attended.</p></article></body></html>"""
    assert read(html)["page_kind"] == "other"


def test_a_posting_with_its_place_in_a_classed_block_and_a_yearly_range():
    html = """<html><head><title>Job Application for Platform Engineer at Contoso</title></head>
      <body><div id="header"><h1 class="app-title">Platform Engineer</h1>
      <span class="company-name">at Contoso</span><div class="location">New York, NY</div></div>
      <div id="content"><p>Contoso builds software for logistics.</p><h3>What you'll do</h3>
      <ul><li>Design our Kubernetes platform</li><li>Mentor engineers</li></ul>
      <h3>Qualifications</h3><ul><li>6+ years of experience</li></ul>
      <p>The salary range for this role is $180,000 - $220,000.</p></div>
      <button>Apply for this Job</button></body></html>"""
    result = read(html)
    assert result["page_kind"] == "job"
    job = result["opportunities"][0]
    assert (job["title"], job["organization"]) == ("Platform Engineer", "Contoso")
    assert job["location"]["text"] == "New York, NY"
    assert job["pay"] == {"min": 180000.0, "max": 220000.0, "currency": "USD", "period": "YEAR"}


def test_an_event_page_in_spanish():
    html = """<html><head><title>Taller de Python - Valencia Tech</title></head><body>
      <h1>Taller de Python</h1><p>Fecha: 12 de marzo de 2031</p><p>Hora: 18:30</p>
      <p>Lugar: Las Naves, Valencia</p><p>Inscripción gratuita.</p></body></html>"""
    result = read(html)
    assert result["page_kind"] == "event"
    event = result["opportunities"][0]
    assert event["start"] == "2031-03-12T18:30:00"
    assert event["location"]["text"] == "Las Naves, Valencia"


def test_a_listicle_about_jobs_with_a_byline_is_an_article():
    html = """<html><head><title>The 10 best jobs in tech for 2031</title></head><body>
      <h1>The 10 best jobs in tech for 2031</h1><p>By Sam Lee, March 3, 2031</p>
      <p>Tech hiring is back. Here are the roles with the most growth.</p>
      <h2>1. Data Engineer</h2><p>Data engineers build pipelines. Median pay is $150,000.</p>
      <h2>2. Security Analyst</h2><p>Security analysts protect systems.</p>
      <h2>3. Product Manager</h2><p>Product managers decide what to build.</p></body></html>"""
    assert read(html)["page_kind"] == "other"


def test_a_conference_home_page_with_a_date_span():
    html = """<html><head><title>PyCon US 2031</title></head><body><nav><a>Schedule</a></nav>
      <div class="hero"><h1>PyCon US 2031</h1><p>May 14 - 22, 2031 · Pittsburgh, PA</p>
      <a href="/register">Register now</a></div><p>Tutorials, talks and sprints.</p>
      </body></html>"""
    result = read(html)
    assert result["page_kind"] == "event"
    assert result["opportunities"][0]["start"] == "2031-05-14"


def test_an_event_page_with_a_time_element_a_host_and_a_venue_block():
    html = """<html><head><title>Intro to Rust | Boston Rust Meetup</title></head><body><main>
      <h1>Intro to Rust</h1><div class="hosted">Hosted by Boston Rustaceans</div>
      <time datetime="2031-05-06T18:30:00-04:00">Tuesday, May 6, 2031 6:30 PM</time>
      <div class="venue">Cambridge Innovation Center, Cambridge, MA</div>
      <h2>Details</h2><p>An evening of Rust. 45 attendees going.</p><button>Attend</button>
      </main></body></html>"""
    result = read(html)
    assert result["page_kind"] == "event"
    event = result["opportunities"][0]
    assert event["start"] == "2031-05-06T18:30:00-04:00"
    assert event["organization"] == "Boston Rustaceans"
    assert event["location"]["text"] == "Cambridge Innovation Center, Cambridge, MA"
    assert event["counts"]["attendees"] == 45


def test_a_blog_post_about_getting_a_job_and_a_profile_are_not_postings():
    post = """<html><head><title>How I got my first job in tech</title></head><body>
      <h1>How I got my first job in tech</h1><p>After 200 applications, I was hired. Tailor your
      resume and cover letter for every job, ask about salary and benefits early, practise.</p>
      <p>Requirements in job posts are wish lists. Apply anyway. Candidates with 2 years of
      experience got offers. Full-time roles paid better than contract ones.</p></body></html>"""
    profile = """<html><head><title>Jane Doe - Senior Software Engineer - Acme</title></head>
      <body><h1>Jane Doe</h1><h2>Senior Software Engineer at Acme</h2><h3>Experience</h3>
      <p>Acme, 2019 - present. Hiring manager for the platform team.</p><h3>Skills</h3>
      <p>Python, Go</p></body></html>"""
    assert read(post)["page_kind"] == "other"
    assert read(profile)["page_kind"] == "other"
