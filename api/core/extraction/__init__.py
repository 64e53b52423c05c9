"""Extraction: read a page (markup, meta, text) into opportunities.

Public interface (used by the HTTP API and the CLI)::

    read_page(page: dict) -> {"page_kind": "job"|"event"|"list"|"other",
                              "opportunities": [opportunity, ...]}

``page`` has ``url`` and any of ``jsonld`` (a list of objects or of JSON strings, or one
object), ``html``, ``text``, ``title`` and ``meta`` (name -> content). Opportunities follow
``api.core.opportunity``. A page that cannot be read at all raises ``PageError`` (a
``ValueError``); anything else gets a best-effort answer.

How a page is read:

- ``evidence``: everything the page says about itself, computed lazily so a JSON-LD-only
  page never touches lxml: schema.org items (``jsonld``, ``markup`` for microdata, RDFa
  and hCalendar, both read by ``schema``), meta tags, the headline and the description
  block (``content``), repeated cards (``lists``).
- ``kinds``: markup is evidence, not proof. Marked-up items count when the page shows them
  outside its sidebars and widgets and, on article-like pages, names them; otherwise an
  ordered list of rules reads the prose (``cues``, ``prose``, ``numbers``, ``dates``,
  ``prices``, ``locations``).
- ``evaluation``: the figures on a folder of real pages (``worth-a-look eval-pages DIR``).
"""

from .errors import PageError
from .page import read_page

__all__ = ["PageError", "read_page"]
