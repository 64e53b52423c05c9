"""A job posting and an event page as the extension sends them, for the service's own use.

The warm-up of a server process reads and estimates them (api.estimating.warm_up), and the
cache compresses entries against what they read as (api.cache.preset_dictionary).
"""

from __future__ import annotations

# A small job posting in markup and an event in prose: between them they reach every lazily
# loaded part (the occupation and skill index, places, date and price parsers, lxml) and hold
# the words most entries share (fields, cue labels).
SAMPLE_ITEMS = (
    {"page": {"url": "https://example.org/jobs/1", "jsonld": [{
        "@type": "JobPosting", "title": "Data Analyst", "datePosted": "2030-01-05",
        "description": "<p>SQL and Python. Pay $70,000 a year. Interviews: a case study.</p>",
        "hiringOrganization": {"name": "Example Co"},
        "jobLocation": {"address": {"addressLocality": "Denver", "addressCountry": "US"}}}]}},
    {"page": {"url": "https://example.org/events/1", "html": (
        "<html><head><title>Data meetup</title></head><body><h1>Data meetup</h1>"
        "<p>When: 12 May 2031, 18:00 to 20:00</p><p>Where: Boston, MA</p>"
        "<p>Tickets: $10. Two talks, then networking with 80 analysts.</p></body></html>")}},
)
SAMPLE_PROFILE = {"target_roles": ["data engineer"], "skills": ["python", "sql"],
                  "location": "Boston, MA, US", "min_salary": {"amount": 60000}}
