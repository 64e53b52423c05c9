"""Small pages written for the extraction tests, and what `read_page` takes from them."""

from __future__ import annotations

from api.core.extraction import read_page

URL = "https://example.test/page"


def read(html: str, url: str = URL) -> tuple[str, dict]:
    """The page's kind and its first opportunity (empty when there is none)."""
    result = read_page({"url": url, "html": html})
    return result["page_kind"], (result["opportunities"] or [{}])[0]


def page(title: str, body: str, head: str = "", lang: str = "en") -> str:
    return (f"<html lang={lang}><head><title>{title}</title>{head}</head><body>{body}</body>"
            "</html>")  # fmt: skip


# The body of a posting, in English and German: duties and requirements under headings.
DUTIES = ("<h2>Responsibilities</h2><ul><li>Design and run the data pipelines our analysts "
          "use every day.</li><li>Review code and mentor two junior engineers.</li></ul>"
          "<h2>Requirements</h2><ul><li>4+ years of experience with Python and SQL.</li>"
          "<li>Experience with a cloud data warehouse.</li></ul><p>Apply now.</p>")  # fmt: skip
AUFGABEN = ("<h2>Ihre Aufgaben</h2><ul><li>Entwicklung und Betrieb unserer Datenplattform</li>"
            "<li>Code-Reviews und Betreuung von Werkstudierenden</li></ul><h2>Ihr Profil</h2>"
            "<ul><li>Abgeschlossenes Studium der Informatik</li><li>Erfahrung mit Python</li>"
            "</ul><p>Jetzt bewerben!</p>")  # fmt: skip


def where(opportunity: dict) -> tuple:
    location = opportunity["location"]
    return location.get("locality"), location.get("country")


def work_mode(opportunity: dict) -> str:
    location = opportunity["location"]
    return ("remote" if location.get("remote") else "hybrid" if location.get("hybrid")
            else "onsite")  # fmt: skip
