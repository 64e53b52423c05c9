"""From requests to estimates: read the page, analyse (through the cache), personalize.

Plain Python: the HTTP views and the command line both call these functions.

The cache holds, for each item as it was sent (a page: its url and content; or an
opportunity), the opportunity read from it, that opportunity's analysis and the job board
it links to: everything between the request and ``model.estimate``, which with the board's
open roles (cached apart, api.boards) is all a hit still runs: the only steps that depend
on the profile or on what changes by the hour. The profile is never part of a key or an
entry. Keys carry ``CACHE_VERSION``, which changes with the code of extraction, the model
and its data, the schemas that validate an item, and the libraries they run on, so no
entry outlives the code that made it.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import re
from importlib import metadata
from pathlib import Path
from typing import Any

from api.boards import BoardRef, find_board
from api.cache import CacheUnavailable, cache_key
from api.core import model
from api.core.extraction import PageError, read_page
from api.core.opportunity import complete
from api.samples import SAMPLE_ITEMS, SAMPLE_PROFILE

PACKAGE = Path(__file__).resolve().parent
# What an entry stands for: every module of the core (extraction, the opportunity contract,
# the model) and its data, the schemas that validated the item, how the job board an item
# links to is found, and the entry's format.
VERSIONED = ("core/**/*.py", "data/*.json.gz", "resources/schemas.py", "boards/refs.py",
             "estimating.py", "cache.py", "samples.py")
DISTRIBUTION = "worth-a-look"


class NotAListing(ValueError):
    """The page holds no single job or event to estimate."""


def fingerprint(root: Path = PACKAGE, patterns: tuple[str, ...] = VERSIONED) -> str:
    """Return a short hash of the files under ``root`` that decide what an entry holds."""
    digest = hashlib.sha256()
    for path in sorted({p for pattern in patterns for p in root.glob(pattern)}):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:8]


def _libraries() -> str:
    # extruct, lxml, dateparser and the others read the pages: an upgrade can change a reading.
    try:
        needs = metadata.requires(DISTRIBUTION) or []
    except metadata.PackageNotFoundError:  # run from a bare checkout: the code hash must do
        return ""
    names = sorted({re.match(r"[\w.-]+", need).group(0)
                    for need in needs if "extra ==" not in need})
    found = []
    for name in names:
        try:
            found.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}=-")
    return hashlib.sha256("\n".join(found).encode()).hexdigest()[:8]


CACHE_VERSION = f"{model.MODEL_VERSION}+{fingerprint()}{_libraries()}"


def item_text(item: dict[str, Any]) -> bytes | None:
    """Return an item as sent in a canonical form, or None unless it is ``{"page": {...}}`` or
    ``{"opportunity": {...}}`` (other keys aside; such an item is validated, and refused).

    Only the page or the opportunity counts (never the profile, never other fields): canonical
    JSON, so the same page sent again finds its entry before any validation. Its hash names
    the entry, and its entry is compressed against it (``api.cache.encode``).
    """
    if not isinstance(item, dict) or ("page" in item) == ("opportunity" in item):
        return None
    part = "page" if "page" in item else "opportunity"
    if not isinstance(item[part], dict):
        return None
    canonical = json.dumps({part: item[part]}, sort_keys=True, separators=(",", ":"),
                           ensure_ascii=False, default=str)
    return canonical.encode("utf-8", "surrogatepass")


def item_hash(item: dict[str, Any]) -> str | None:
    """Return the hash of an item as sent (``item_text``), or None when it has none."""
    text = item_text(item)
    return _digest(text) if text is not None else None


def _digest(text: bytes) -> str:
    # 128 bits name an item well enough for a cache, in half the key memory of 256.
    return hashlib.sha256(text).hexdigest()[:32]


def opportunity_of(item: dict[str, Any]) -> dict[str, Any]:
    """Return the one opportunity an item names: given outright, or read off its page."""
    if item.get("opportunity") is not None:
        return complete(item["opportunity"])
    reading = read_page(item["page"])
    kind, found = reading["page_kind"], reading["opportunities"]
    if kind == "list" and len(found) == 1:
        return found[0]  # a list of one (a job pane beside its own link) is that listing
    if kind == "list":
        raise NotAListing(
            f"This page lists {len(found) or 'several'} jobs or events, not one. Open one of "
            "them, or send them to POST /v1/estimates/batch (POST /v1/extract reads them)."
        )
    if kind not in ("job", "event") or not found:
        raise NotAListing(
            "No job posting or event was found on this page. Send a job or event page "
            "(its JSON-LD, HTML or text), or an opportunity."
        )
    return found[0]


# Per item: its key, its entry (None for a miss) and its text as sent; and the cache's status.
Found = tuple[list[str | None], list[dict[str, Any] | None], str, list[bytes | None]]


def cached_entries(sent: list[Any], cache, prefix: str = "wal") -> Found:
    """Look items up as sent: their keys, their entries (None for a miss), the cache status,
    and their texts as sent (what their entries are compressed against)."""
    keys, texts = [], []
    for item in sent:
        text = item_text(item)
        texts.append(text)
        keys.append(cache_key(prefix, CACHE_VERSION, _digest(text)) if text is not None
                    else None)
    looked_up = [key for key in keys if key]
    try:
        entries = iter(cache.get_many(looked_up, [text for text in texts if text is not None])
                       if looked_up else [])
    except CacheUnavailable:
        return keys, [None] * len(keys), "off", texts
    return keys, [next(entries) if key else None for key in keys], "miss", texts


def entry_of(item: dict[str, Any]) -> dict[str, Any]:
    """Return what the cache keeps of a valid item: its opportunity, the opportunity's
    analysis, and the job board it sits on or links to (a reference, not the board)."""
    opportunity = opportunity_of(item)
    ref = find_board(item.get("page"), opportunity)
    return {"opportunity": opportunity, "analysis": model.analyse(opportunity),
            "board": [ref.provider, ref.token, ref.posting_id] if ref else None}


def board_ref(entry: dict[str, Any]) -> BoardRef | None:
    """The job board an entry's item sits on or links to, if any."""
    return BoardRef(*entry["board"]) if entry.get("board") else None


def answer(entry: dict[str, Any], profile: dict[str, Any] | model.Person | None, status: str,
           today: dt.date | None = None, board=None) -> dict[str, Any]:
    """Return the estimate of an entry for ``profile``, with what is known of its board."""
    result = model.estimate(entry["opportunity"], entry["analysis"], profile, today=today,
                            board=board)
    result["cache"] = status
    return result


def estimate_items(
    items: list[dict[str, Any] | None],
    profile: dict[str, Any] | None,
    cache,
    today: dt.date | None = None,
    prefix: str = "wal",
    found: Found | None = None,
    boards=None,
) -> list[dict[str, Any] | None]:
    """Estimate each item; an item that cannot be estimated gets an error, not an exception.

    ``found`` is what ``cached_entries`` returned for the items as they were sent, when
    the caller looked them up before validating them; then an item may be None where it
    was refused (its result is None), and needs no validation where it was found.
    ``boards`` (api.boards.Boards, optional) reads the employers' job boards the items sit on.
    """
    keys, entries, status, texts = found or cached_entries(items, cache, prefix)
    results: list[dict[str, Any] | None] = []
    fresh: dict[str, dict] = {}
    contexts: dict[str, bytes] = {}  # a fresh entry's item as sent, to compress it against
    ready: list[tuple[int, dict[str, Any], str]] = []  # (result's index, entry, cache status)
    for index, item in enumerate(items):
        entry, hit = entries[index], entries[index] is not None
        key = keys[index]
        if not hit and key:
            entry = fresh.get(key)
        if entry is None and item is None:
            results.append(None)
            continue
        if entry is None:
            try:
                entry = entry_of(item)
            except (NotAListing, PageError) as exc:
                results.append({"error": {"status": 422, "message": str(exc)}})
                continue
            if key:
                fresh[key], contexts[key] = entry, texts[index]
        ready.append((len(results), entry, "hit" if hit else status))
        results.append(None)

    on_board: list = [None] * len(ready)
    if boards is not None:  # the employers' own boards, within a small time budget
        on_board = boards.look_up([board_ref(entry) for _, entry, _ in ready])
    # The profile is read once for all the items (in a batch of cards, reading it again for
    # each was 40% of the time); the reading lives as long as this call, like the profile.
    person = model.read_profile(profile) if len(ready) > 1 else profile
    for (index, entry, cache_status), board in zip(ready, on_board, strict=True):
        results[index] = answer(entry, person, cache_status, today, board)

    if fresh and status != "off":
        try:
            cache.set_many(fresh, contexts)
        except CacheUnavailable:
            for result in results:
                if result and result.get("cache") == "miss":
                    result["cache"] = "off"
    return results


def warm_up() -> None:
    """Load now what the first requests would otherwise load (about 2 s of data and imports).

    Call it once in each server process before it takes requests: gunicorn's ``post_fork``
    (or at start with ``preload_app``). It reads and estimates the sample pages, through no
    cache, so p99 latency after a start is not the cost of loading indexes.
    """
    # extruct's readers load when a page first has microdata, RDFa or microformats (about
    # 0.4 s): the sample pages have none of these.
    import extruct.microformat  # noqa: F401
    import extruct.rdfa  # noqa: F401
    import extruct.w3cmicrodata  # noqa: F401

    from api.cache import preset_dictionary
    from api.core.extraction import gazetteer

    preset_dictionary()
    gazetteer.load()  # the place index in full, not only what the samples happen to touch
    for item in SAMPLE_ITEMS:
        opportunity = opportunity_of(item)
        model.estimate(opportunity, model.analyse(opportunity), SAMPLE_PROFILE)
    # What is loaded now lives as long as the process: keep it out of the collector's sight.
    # A full collection would otherwise walk its ~170,000 objects (about 100 ms here), a stall
    # for whichever request sets it off; and with preload_app, forked workers share it longer.
    gc.collect()
    gc.freeze()
