"""Extraction: read a page (markup, meta, text) into opportunities.

Public interface (used by the HTTP API and the CLI)::

    read_page(page: dict) -> {"page_kind": "job"|"event"|"list"|"other",
                              "opportunities": [opportunity, ...]}

``page`` has ``url`` and any of ``jsonld`` (a list of objects or of JSON strings),
``html``, ``text``, ``title`` and ``meta`` (name -> content). Opportunities follow
``api.core.opportunity``. A page that cannot be read at all raises ``PageError``.
"""

from .errors import PageError
from .page import read_page

__all__ = ["PageError", "read_page"]
