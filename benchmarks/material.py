"""What the benchmarks send: a person, listings and pages of a chosen size, cards, real pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from benchmarks.bench_estimate import PARAGRAPHS, TITLES

PROFILE = {
    "target_roles": ["backend engineer"],
    "skills": ["python", "go", "postgresql", "kafka", "distributed systems"],
    "industries": ["fintech"],
    "seniority": "senior",
    "location": "Boston, MA, US",
    "min_salary": {"amount": 160000, "currency": "USD", "period": "YEAR"},
    "recent_interviews": 2,
    "goals": ["practice", "network"],
    "avoid": ["banking"],
}


def paragraphs(size: int, salt: str) -> list[str]:
    """Paragraphs of a job description, about ``size`` characters in all, one naming ``salt``."""
    out, i = [f"Requisition {salt}."], 0
    total = len(out[0]) + 9  # kept as it grows: summing the list again each time was quadratic
    while total < size:
        out.append(f"{PARAGRAPHS[i % len(PARAGRAPHS)]} (team {i // len(PARAGRAPHS)})")
        total += len(out[-1]) + 9
        i += 1
    return out


def jsonld_listing(size: int, salt: str) -> dict:
    """A job page as the extension sends it: its JSON-LD, with a ``size``-character description."""
    return {
        "url": f"https://careers.northwind.example/jobs/{salt}",
        "jsonld": [{
            "@context": "https://schema.org", "@type": "JobPosting",
            "title": "Backend Engineer, Payments Platform",
            "description": "".join(f"<p>{p}</p>" for p in paragraphs(size, salt)),
            "datePosted": "2026-10-01", "validThrough": "2031-06-30",
            "employmentType": "FULL_TIME",
            "hiringOrganization": {"@type": "Organization", "name": "Northwind Bank"},
            "jobLocation": {"@type": "Place", "address": {
                "@type": "PostalAddress", "addressLocality": "Boston", "addressRegion": "MA",
                "addressCountry": "US"}},
            "baseSalary": {"@type": "MonetaryAmount", "currency": "USD", "value": {
                "@type": "QuantitativeValue", "minValue": 150000, "maxValue": 185000,
                "unitText": "YEAR"}},
        }],
    }


def html_page(size: int, salt: str) -> dict:
    """A raw job page of about ``size`` bytes, no markup of schema.org: the text must do."""
    chrome = ("<header><nav><a href='/'>Home</a> <a href='/jobs'>Jobs</a> "
              "<a href='/about'>About us</a></nav></header>")
    body = "".join(f"<p>{p}</p>" for p in paragraphs(max(0, size - 600), salt))
    html = (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Backend "
            f"Engineer, Payments Platform - Northwind Bank</title></head><body>{chrome}"
            f"<main><h1>Backend Engineer, Payments Platform</h1><p>Northwind Bank - Boston, MA "
            f"- Full-time</p>{body}<p><a href='/apply'>Apply now</a></p></main>"
            "<footer>Northwind Bank, 1 Federal St, Boston, MA</footer></body></html>")
    return {"url": f"https://careers.northwind.example/jobs/{salt}", "html": html}


def card(salt: str, index: int) -> dict:
    """A card of a results page, as the extension's adapters send it: a small opportunity."""
    return {"opportunity": {
        "kind": "job", "title": TITLES[index % len(TITLES)].title(),
        "organization": f"Company {index} {salt}",
        "url": f"https://www.linkedin.com/jobs/view/{index}-{salt}",
        "location": {"text": ("Boston, MA", "Remote", "Cambridge, MA")[index % 3]},
    }}


def real_pages(folder: Path) -> Iterator[tuple[Path, str]]:
    """Every real page (job, event, index, negative), read in place."""
    for path in sorted(folder.glob("*/*.html")):
        yield path, path.read_bytes().decode("utf-8", errors="replace")


def raw_page_near(folder: Path, size: int) -> tuple[Path, str]:
    """The real job page whose size is nearest ``size`` bytes."""
    path = min(sorted((folder / "job").glob("*.html")),
               key=lambda p: abs(p.stat().st_size - size))
    return path, path.read_bytes().decode("utf-8", errors="replace")
