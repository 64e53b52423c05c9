"""Embedded JSON state: the data a single-page app ships in its HTML (``__NEXT_DATA__``, Nuxt,
Apollo caches, ``window.__INITIAL_STATE__``), searched for posting- or event-shaped objects
that are then read like schema.org markup.

An object is posting- or event-shaped when it has a title, a description and at least one of
where, when or who; keys are matched by the names apps give them (``jobTitle``, ``startsAt``,
``companyName`` …), never by a site's own structure. Everything is bounded: the scripts read,
the depth and the number of objects walked.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_SCRIPTS = 30
MAX_SCRIPT_CHARS = 2_000_000
MAX_DEPTH = 14
MAX_OBJECTS = 20_000
MAX_FOUND = 50
MIN_DESCRIPTION = 60  # characters: shorter "descriptions" are captions and teasers

# Inline scripts that assign an app's state to a global, as the common frameworks do.
# Any other global an app names as its data or state ("window.__appData", "window.jobState",
# "window.__SERVER_PROPS__") is read too, when an object literal follows.
STATE_ASSIGNMENT = re.compile(
    r"(?:window\.|self\.)?(?:__NEXT_DATA__|__NUXT__|__APOLLO_STATE__|__INITIAL_STATE__"
    r"|__PRELOADED_STATE__|__INITIAL_DATA__|__DATA__|__STATE__|__remixContext)\s{0,3}=\s{0,3}"
    r"|(?:window|self)\.(?:__\w{2,40}|\w{2,30}(?:State|Data|Props|Store|Context))\s{0,3}=\s{0,3}"
    r"(?=[{\[])"
)
# Where apps keep an Apollo cache inside other state (Next.js puts it in its page props).
APOLLO_KEYS = ("__APOLLO_STATE__", "apolloState", "__APOLLO_CACHE__", "apolloCache",
               "initialApolloState")  # fmt: skip
TITLE_KEYS = ("jobTitle", "title", "name", "headline", "position", "positionName", "eventName")
DESCRIPTION_KEYS = ("description", "jobDescription", "descriptionHtml", "descriptionPlain",
                    "content", "body", "details", "summary", "about", "text")  # fmt: skip
START_KEYS = ("startDate", "startsAt", "startAt", "start_at", "start_time", "startTime",
              "dateTime", "start", "beginsAt", "eventDate", "date")  # fmt: skip
END_KEYS = ("endDate", "endsAt", "endAt", "end_at", "end_time", "endTime", "end")
LOCATION_KEYS = ("location", "locations", "jobLocation", "venue", "address", "place", "city",
                 "locationName", "officeLocation", "workLocation")  # fmt: skip
ORGANIZATION_KEYS = ("hiringOrganization", "company", "companyName", "organization",
                     "organisation", "employer", "organizer", "organiser", "host", "group",
                     "brand")  # fmt: skip
JOB_KEYS = ("jobTitle", "employmentType", "salary", "baseSalary", "compensation", "company",
            "companyName", "hiringOrganization", "employer", "workplaceType", "remote",
            "isRemote", "applyUrl", "jobId", "requisitionId", "department")  # fmt: skip
WORKPLACE_KEYS = ("workplaceType", "remote", "isRemote", "remoteType", "locationType",
                  "workplace", "jobLocationType")  # fmt: skip


def state_scripts(script_texts: list[tuple[str, str, str]]) -> list[Any]:
    """The JSON values of a page's state scripts, given as (id, type, text) of each script."""
    values: list[Any] = []
    for script_id, kind, text in script_texts[:MAX_SCRIPTS]:
        text = (text or "")[:MAX_SCRIPT_CHARS].strip()
        if not text:
            continue
        if "json" in kind and "ld+json" not in kind or script_id == "__NEXT_DATA__":
            try:
                values.append(json.loads(text))
            except (ValueError, RecursionError):
                continue
            continue
        assignment = STATE_ASSIGNMENT.search(text[:5000])
        if assignment:
            value = _js_object(text[assignment.end():])
            if value is not None:
                values.append(value)
    return values


def _js_object(text: str) -> Any:
    """A JavaScript object literal read as JSON (single quotes, bare keys, trailing commas)."""
    import chompjs

    try:
        return chompjs.parse_js_object(text)
    except (ValueError, RecursionError, TypeError):
        return None


def _first(node: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = node.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return _text(_first(value, ("html", "text", "value", "plain", "name")))
    return ""


def _caches(root: Any, depth: int = 0) -> list[dict[str, Any]]:
    """The Apollo caches held inside a state object (a few levels down, by their keys)."""
    if not isinstance(root, dict) or depth > 4:
        return []
    found = [root[key] for key in APOLLO_KEYS if isinstance(root.get(key), dict)]
    for value in list(root.values())[:50]:
        if isinstance(value, dict):
            found += _caches(value, depth + 1)
    return found


def _resolver(root: Any):
    """Follow Apollo-style references ({"__ref": "Job:42"}) to the objects of the cache: the
    root's own keys, and those of the caches nested in it."""
    table = dict(root) if isinstance(root, dict) else {}
    for cache in _caches(root):
        table.update(cache)

    def resolve(value: Any) -> Any:
        if isinstance(value, dict) and set(value) <= {"__ref", "id", "type", "typename"} and (
                isinstance(value.get("__ref"), str)):  # fmt: skip
            return table.get(value["__ref"], value)
        return value

    return resolve


def _shaped(node: dict[str, Any], resolve) -> str | None:
    """'job' or 'event' for an object shaped like a posting or an event, else None."""
    title = _first(node, TITLE_KEYS)
    description = _text(resolve(_first(node, DESCRIPTION_KEYS)))
    if not isinstance(title, str) or not 2 <= len(title) <= 300:
        return None
    if len(description) < MIN_DESCRIPTION:
        return None
    start = _first(node, START_KEYS)
    where = _first(node, LOCATION_KEYS)
    who = _first(node, ORGANIZATION_KEYS)
    if not (start or where or who):
        return None
    if any(key in node for key in JOB_KEYS):
        return "job"
    return "event" if isinstance(start, str | int | float) else None


def _place(value: Any, resolve) -> Any:
    """A location as apps write it, as schema.org Place or PostalAddress nodes."""
    value = resolve(value)
    if isinstance(value, list):
        return [_place(item, resolve) for item in value[:10]]
    if not isinstance(value, dict):
        return value if isinstance(value, str) else None
    inner = resolve(value.get("address"))
    if isinstance(inner, dict):
        # A venue that holds its address: {"name": "Kulturhaus", "address": {"city": "Wien"}}.
        value = {**inner, **{k: v for k, v in value.items() if k != "address"}}
    city = _first(value, ("city", "addressLocality", "locality", "town", "cityName"))
    region = _first(value, ("region", "state", "addressRegion", "province", "stateCode"))
    country = _first(value, ("country", "countryCode", "addressCountry", "country_code",
                             "countryName"))  # fmt: skip
    if isinstance(country, str) and len(country) == 2:
        country = country.upper()  # "ca", "es": apps write ISO codes in lower case too
    address = {"@type": ["PostalAddress"], "addressLocality": _text(city) or city,
               "addressRegion": _text(region) or region,
               "addressCountry": _text(country) or country,
               "streetAddress": _first(value, ("street", "streetAddress", "address1"))}  # fmt: skip
    name = _first(value, ("name", "label", "displayName", "venueName"))
    address = {k: v for k, v in address.items() if isinstance(v, str | list) and v}
    if not name and len(address) > 1:
        return address
    return {"@type": ["Place"], "name": _text(name) or None, "address": address}


def _as_schema(kind: str, node: dict[str, Any], resolve) -> dict[str, Any]:
    """The object in schema.org's shape, for the markup reader."""
    organization = resolve(_first(node, ORGANIZATION_KEYS))
    if isinstance(organization, dict):
        organization = {"name": _text(_first(organization, ("name", "displayName", "title")))}
    schema: dict[str, Any] = {
        "@type": ["JobPosting" if kind == "job" else "Event"],
        "description": _text(resolve(_first(node, DESCRIPTION_KEYS))),
        "url": node.get("url") if isinstance(node.get("url"), str) else None,
    }
    title = _first(node, TITLE_KEYS)
    place = _place(_first(node, LOCATION_KEYS), resolve)
    if kind == "job":
        posted = _first(node, ("datePosted", "publishedAt", "postedAt", "createdAt"))
        closes = _first(node, ("validThrough", "expiresAt", "closingDate"))
        schema.update(title=title, hiringOrganization=organization, jobLocation=place,
                      employmentType=node.get("employmentType"), datePosted=posted,
                      validThrough=closes)  # fmt: skip
        workplace = " ".join(str(resolve(node.get(k))) for k in WORKPLACE_KEYS if k in node)
        if re.search(r"hybrid", workplace, re.I):
            schema["jobLocationType"] = "HYBRID"  # not schema.org's, read as apps write it
        elif re.search(r"remote|true|telecommute", workplace, re.I):
            schema["jobLocationType"] = "TELECOMMUTE"
    else:
        schema.update(name=title, organizer=organization, location=place,
                      startDate=_first(node, START_KEYS), endDate=_first(node, END_KEYS))
    return {k: v for k, v in schema.items() if v not in (None, "", [], {})}


def embedded_items(values: list[Any]) -> list[dict[str, Any]]:
    """Posting- and event-shaped objects in a page's state, in schema.org's shape."""
    found: list[dict[str, Any]] = []
    budget = MAX_OBJECTS
    for root in values:
        resolve = _resolver(root)
        stack: list[tuple[Any, int]] = [(root, 0)]
        while stack and budget > 0 and len(found) < MAX_FOUND:
            value, depth = stack.pop()
            budget -= 1
            if depth > MAX_DEPTH:
                continue
            if isinstance(value, list):
                stack.extend((item, depth + 1) for item in reversed(value[:500]))
            elif isinstance(value, dict):
                kind = _shaped(value, resolve)
                if kind:
                    found.append(_as_schema(kind, value, resolve))
                    continue  # a posting's parts are not postings
                stack.extend((item, depth + 1) for item in reversed(list(value.values())[:500]))
    return found
