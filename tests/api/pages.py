"""Small requests built in the tests' own words (not the scenarios'), for the API tests."""

from __future__ import annotations

import copy

JOB = {
    "url": "https://careers.example.com/jobs/1042",
    "jsonld": [{
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Site Reliability Engineer",
        "description": "<p>Keep our Kubernetes clusters healthy and automate with Terraform and "
                       "Python. We are hiring for 25 open positions across platform and data "
                       "teams.</p><p>Interviews: a recruiter call, a troubleshooting exercise "
                       "and a panel with the team.</p>",
        "datePosted": "2026-10-01",
        "validThrough": "2031-01-31",
        "employmentType": "FULL_TIME",
        "hiringOrganization": {"@type": "Organization", "name": "Calder Logistics"},
        "jobLocation": {"@type": "Place", "address": {
            "@type": "PostalAddress", "addressLocality": "Denver", "addressRegion": "CO",
            "addressCountry": "US"}},
        "baseSalary": {"@type": "MonetaryAmount", "currency": "USD", "value": {
            "@type": "QuantitativeValue", "minValue": 140000, "maxValue": 170000,
            "unitText": "YEAR"}},
    }],
}

EVENT = {
    "url": "https://events.example.com/e/77",
    "jsonld": [{
        "@context": "https://schema.org",
        "@type": "BusinessEvent",
        "name": "Denver Platform Engineering Night",
        "description": "<p>Two short talks on observability, then open networking over "
                       "drinks. Hiring managers from local startups attend.</p>",
        "startDate": "2031-03-12T18:00:00-07:00",
        "endDate": "2031-03-12T21:00:00-07:00",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventScheduled",
        "location": {"@type": "Place", "name": "Union Station Hall", "address": {
            "@type": "PostalAddress", "addressLocality": "Denver", "addressRegion": "CO",
            "addressCountry": "US"}},
        "offers": {"@type": "Offer", "price": "0", "priceCurrency": "USD"},
        "maximumAttendeeCapacity": 120,
        "organizer": {"@type": "Organization", "name": "Front Range Ops"},
    }],
}

ARTICLE = {
    "url": "https://news.example.com/2026/garden",
    "html": "<html><head><title>Ten tips for a winter garden</title></head><body><article>"
            "<h1>Ten tips for a winter garden</h1><p>Mulch your beds, water less, and "
            "plan the spring. Garlic goes in now.</p><p>Cover tender plants on frosty "
            "nights.</p></article></body></html>",
}

PROFILE = {
    "target_roles": ["platform engineer"],
    "skills": ["python", "kubernetes", "linux"],
    "industries": ["logistics"],
    "seniority": "senior",
    "location": "Denver, CO, US",
    "min_salary": {"amount": 150000, "currency": "USD", "period": "YEAR"},
    "recent_interviews": 1,
    "goals": ["practice", "network"],
    "avoid": ["gambling"],
}


def page(base: dict, **changes) -> dict:
    """Return a copy of a page, with its first JSON-LD block changed."""
    copied = copy.deepcopy(base)
    copied["jsonld"][0].update(changes)
    return copied
