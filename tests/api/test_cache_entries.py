"""How an entry is stored: compressed against its item as sent, which a hit has in hand."""

from __future__ import annotations

import json

from api.cache import WINDOW, decode, encode, preset_dictionary, window_start
from api.estimating import entry_of, item_text
from tests.api.pages import JOB, page


def test_an_entry_decodes_with_its_own_item_only():
    item = {"page": JOB}
    entry = entry_of(item)
    stored = encode(entry, item_text(item))
    assert decode(stored, item_text(item)) == entry
    other = {"page": page(JOB, title="Platform Engineer")}
    assert decode(stored, item_text(other)) is None  # zlib checks the dictionary: a miss
    assert decode(stored) is None


def test_a_long_page_is_compressed_against_the_part_that_holds_its_description():
    description = " ".join(f"<p>We build payment rails, part {n}, for small shops everywhere.</p>"
                           for n in range(12))
    posting = json.dumps({**JOB["jsonld"][0], "description": description})
    filler = "<div class='nav'>" + "<a href='/x'>menu entry</a>" * 3000 + "</div>"
    item = {"page": {"url": JOB["url"], "html": (
        f"<html><head><title>Site Reliability Engineer</title></head><body>{filler}"
        f"<script type='application/ld+json'>{posting}</script>{filler}</body></html>")}}
    entry = entry_of(item)
    context = item_text(item)
    assert len(context) > 2 * WINDOW
    start = window_start(entry, context)
    assert 0 < start < context.find(b"part 0,") < start + WINDOW - len(preset_dictionary())
    stored = encode(entry, context)
    assert decode(stored, context) == entry
    assert len(stored) < len(encode(entry, context[-WINDOW:]))  # than against the page's end
