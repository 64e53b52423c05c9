"""schema.org items (from JSON-LD, microdata or RDFa) read into opportunities."""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import urljoin

from api.core.opportunity import blank

from .agency import is_agency
from .dates import iso_date
from .jsonld import short_name, types_of
from .locations import remote_hybrid_flags
from .numbers import AMOUNT, SPACES, read_capacity, read_counts, to_amount
from .text import fragment_text, squash

JOB_TYPES = frozenset({"JobPosting"})
# Event subtypes whose name does not end in "Event", and "...Event" types that are not events.
EXTRA_EVENT_TYPES = frozenset({"Festival", "Hackathon", "EventSeries", "CourseInstance"})
NOT_EVENT_TYPES = frozenset(
    {"DeliveryEvent", "PublicationEvent", "OnDemandEvent", "UserInteraction", "EventReservation"}
)

STATUS = {
    "eventcancelled": "cancelled",
    "eventpostponed": "postponed",
    "eventrescheduled": "rescheduled",
    "eventmovedonline": "moved_online",
    "eventscheduled": "scheduled",
}
ATTENDANCE = {"offline": "offline", "online": "online", "mixed": "mixed"}
PERIODS = {
    "HOUR": "HOUR", "HOURLY": "HOUR", "PERHOUR": "HOUR", "PT1H": "HOUR",
    "DAY": "DAY", "DAILY": "DAY", "PERDAY": "DAY", "P1D": "DAY",
    "WEEK": "WEEK", "WEEKLY": "WEEK", "PERWEEK": "WEEK", "P1W": "WEEK",
    "MONTH": "MONTH", "MONTHLY": "MONTH", "PERMONTH": "MONTH", "P1M": "MONTH",
    "YEAR": "YEAR", "YEARLY": "YEAR", "ANNUAL": "YEAR", "ANNUALLY": "YEAR", "PERYEAR": "YEAR",
    "PERANNUM": "YEAR", "ANNUM": "YEAR", "P1Y": "YEAR", "ANN": "YEAR",
}  # fmt: skip
EMPLOYMENT = {
    "FULLTIME": "FULL_TIME", "PARTTIME": "PART_TIME", "CONTRACT": "CONTRACTOR",
    "CONTRACTOR": "CONTRACTOR", "FREELANCE": "CONTRACTOR", "TEMPORARY": "TEMPORARY",
    "TEMP": "TEMPORARY", "INTERN": "INTERN", "INTERNSHIP": "INTERN", "VOLUNTEER": "VOLUNTEER",
    "PERDIEM": "PER_DIEM", "OTHER": "OTHER", "PERMANENT": "FULL_TIME",
}  # fmt: skip
ONLINE_WORDS = re.compile(r"\b(?:online|virtual|zoom|webinar|livestream|remote)\b", re.I)
# "50,000 - 70,000" written as one string; bounded (see numbers.AMOUNT).
_RANGE = re.compile(rf"(?<![\d.,])({AMOUNT}){SPACES}(?:-|\u2013|to){SPACES}({AMOUNT})")
SPEAKER_KEYS = ("performer", "performers", "speaker", "speakers", "actor", "host", "hosts")


def is_job(node: dict[str, Any]) -> bool:
    """True for a schema.org JobPosting."""
    return any(t in JOB_TYPES for t in types_of(node))


def is_event(node: dict[str, Any]) -> bool:
    """True for schema.org Event or any of its subtypes."""
    for name in types_of(node):
        if name in NOT_EVENT_TYPES:
            continue
        if name in EXTRA_EVENT_TYPES or name == "Event" or name.endswith("Event"):
            return True
    return False


def is_opportunity(node: Any) -> bool:
    """True for a node that is a job posting or an event."""
    return isinstance(node, dict) and (is_job(node) or is_event(node))


def first(value: Any) -> Any:
    """The first non-empty item of a list, or the value itself."""
    if isinstance(value, list):
        return next((v for v in value if v not in (None, "", [], {})), None)
    return value


def as_list(value: Any) -> list[Any]:
    """The value as a list."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def name_of(value: Any, resolve=lambda v: v) -> str:
    """The name of a thing given as a string, a node or a list of either."""
    value = resolve(first(value))
    if isinstance(value, str):
        if value.lower().startswith(("http://", "https://", "_:", "mailto:")):
            return ""
        # Names are plain text; some pages escape their entities twice ("R&amp;D").
        return squash(html.unescape(value) if "&" in value else value)[:300]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        for key in ("name", "legalName", "alternateName", "title"):
            name = name_of(value.get(key))
            if name:
                return name
    return ""


def names_of(value: Any, resolve=lambda v: v) -> list[str]:
    """The names of each thing in a value, without repeats."""
    names: list[str] = []
    for item in as_list(value)[:50]:
        name = name_of(item, resolve)
        if name and name not in names:
            names.append(name)
    return names


def _address_parts(address: Any) -> dict[str, str | None]:
    if isinstance(address, str):
        # Microdata gives a link's address, not its words, for a property on an <a>: an
        # address that is a URL says nothing of where.
        text = None if address.lower().startswith(("http://", "https://")) else squash(address)
        return {"text": text, "locality": None, "region": None, "country": None}
    if not isinstance(address, dict):
        return {"text": None, "locality": None, "region": None, "country": None}
    parts = {
        "locality": name_of(address.get("addressLocality")) or None,
        "region": name_of(address.get("addressRegion")) or None,
        "country": name_of(address.get("addressCountry")) or None,
    }
    street = name_of(address.get("streetAddress"))
    pieces = [p for p in (street, parts["locality"], parts["region"], parts["country"]) if p]
    parts["text"] = ", ".join(dict.fromkeys(pieces)) or name_of(address) or None
    return parts


def read_place(value: Any, resolve=lambda v: v) -> dict[str, Any]:
    """Read schema.org Place / PostalAddress / VirtualLocation / text into a location."""
    location: dict[str, Any] = {"text": None, "locality": None, "region": None,
                                "country": None, "remote": False, "hybrid": False,
                                "online": False}  # fmt: skip
    texts: list[str] = []
    for item in as_list(value)[:20]:
        item = resolve(item)
        if isinstance(item, str):
            if not item.startswith(("http://", "https://")):
                texts.append(squash(item))
            if ONLINE_WORDS.search(item):
                location["online"] = True
            continue
        if not isinstance(item, dict):
            continue
        types = types_of(item)
        if "VirtualLocation" in types:
            location["online"] = True
            continue
        if "PostalAddress" in types or "addressLocality" in item:
            parts = _address_parts(item)
            place_name = ""
        else:
            parts = _address_parts(resolve(first(item.get("address"))))
            place_name = name_of(item.get("name"))
        for key in ("locality", "region", "country"):
            location[key] = location[key] or parts[key]
        # A place's name that its address already gives as one of its lines is said once.
        address_lines = [p.strip().lower() for p in (parts["text"] or "").split(",")]
        if place_name.lower() in address_lines:
            place_name = ""
        text = ", ".join(dict.fromkeys(p for p in (place_name, parts["text"]) if p))
        if text:
            texts.append(text)
    if texts:
        location["text"] = "; ".join(dict.fromkeys(texts))[:500]
    return location


def read_money(value: Any, resolve=lambda v: v) -> dict[str, Any] | None:
    """Read baseSalary / estimatedSalary: MonetaryAmount, QuantitativeValue or a number."""
    value = resolve(first(value))
    currency, period = None, None
    if isinstance(value, dict):
        currency = name_of(value.get("currency")) or None
        inner = resolve(first(value.get("value")))
        period = _period(value.get("unitText"))
        if isinstance(inner, dict):
            period = _period(inner.get("unitText")) or period
            low = to_amount(first(inner.get("minValue")))
            high = to_amount(first(inner.get("maxValue")))
            exact = to_amount(first(inner.get("value")))
        else:
            low = to_amount(first(value.get("minValue")))
            high = to_amount(first(value.get("maxValue")))
            exact = to_amount(inner)
    else:
        low = high = None
        exact = to_amount(value)
        # "50,000 - 70,000" written as one string
        spread = _RANGE.search(value) if isinstance(value, str) else None
        if spread:
            low, high = to_amount(spread.group(1).strip()), to_amount(spread.group(2).strip())
    low = low if low is not None else exact
    high = high if high is not None else exact if exact is not None else low
    if low is None and high is None:
        return None
    return {"min": low, "max": high, "currency": currency, "period": period}


def _period(value: Any) -> str | None:
    key = re.sub(r"[^A-Z0-9]", "", str(first(value) or "").upper())
    return PERIODS.get(key)


def read_offers(node: dict[str, Any], resolve=lambda v: v) -> dict[str, Any] | None:
    """Read offers (Offer, AggregateOffer, lists) and isAccessibleForFree into a price."""
    amounts: list[float] = []
    currency = None
    free_said = False
    for offer in as_list(node.get("offers"))[:50]:
        offer = resolve(offer)
        if isinstance(offer, str | int | float):
            offer = {"price": offer}
        if not isinstance(offer, dict):
            continue
        currency = currency or name_of(offer.get("priceCurrency")) or None
        for key in ("price", "lowPrice", "highPrice"):
            raw = first(offer.get(key))
            if isinstance(raw, str) and re.search(r"\bfree\b", raw, re.I):
                free_said = True
                amounts.append(0.0)
                continue
            amount = to_amount(raw)
            if amount is not None and amount >= 0:
                amounts.append(amount)
        spec = resolve(first(offer.get("priceSpecification")))
        if isinstance(spec, dict):
            currency = currency or name_of(spec.get("priceCurrency")) or None
            amount = to_amount(first(spec.get("price")))
            if amount is not None and amount >= 0:
                amounts.append(amount)
    free_flag = str(first(node.get("isAccessibleForFree"))).lower() in ("true", "1", "yes")
    if not amounts:
        if free_flag or free_said:
            return {"min": 0.0, "max": 0.0, "currency": currency, "free": True}
        return None
    low, high = min(amounts), max(amounts)
    return {"min": low, "max": high, "currency": currency, "free": high == 0.0 or free_flag}


def _employment(value: Any) -> list[str]:
    kinds: list[str] = []
    for item in as_list(value)[:10]:
        for piece in re.split(r"[,/;|]", str(item)):
            key = re.sub(r"[^A-Z]", "", piece.upper())
            if not key:
                continue
            label = EMPLOYMENT.get(key, re.sub(r"[^A-Z]+", "_", piece.strip().upper()).strip("_"))
            if label and label not in kinds:
                kinds.append(label)
    return kinds


def _skills(value: Any) -> list[str]:
    skills: list[str] = []
    for item in as_list(value)[:100]:
        if isinstance(item, dict):
            item = name_of(item)
        if not isinstance(item, str):
            continue
        text = fragment_text(item)
        pieces = re.split(r"[,;\n\u2022]", text) if len(text) < 2000 else []
        for piece in pieces:
            piece = squash(piece).strip(" .-")
            if piece and len(piece) <= 80 and piece not in skills:
                skills.append(piece)
    return skills[:60]


def _term(value: Any) -> str:
    """A vocabulary term given as text or as a reference ({"@id": ".../EventCancelled"})."""
    value = first(value)
    if isinstance(value, dict):
        value = value.get("@id") or value.get("name") or ""
    return short_name(value)


def _status(value: Any) -> str | None:
    key = _term(value).lower().replace(" ", "")
    return STATUS.get(key) or STATUS.get("event" + key)


def _attendance(value: Any) -> str | None:
    key = _term(value).lower()
    return next((mode for word, mode in ATTENDANCE.items() if key.startswith(word)), None)


def _int(value: Any) -> int | None:
    amount = to_amount(first(value))
    return int(amount) if amount is not None and 0 < amount < 10_000_000 else None


def read_item(node: dict[str, Any], source: str, page_url: str | None = None,
              resolve=lambda v: v) -> dict[str, Any]:  # fmt: skip
    """Read one JobPosting or Event node into an opportunity; ``source`` names the markup."""
    job = is_job(node)
    opportunity = blank("job" if job else "event")
    title = name_of(node.get("title")) if job else ""
    opportunity["title"] = title or name_of(node.get("name")) or name_of(node.get("headline"))
    description = fragment_text(first(node.get("description")))
    opportunity["description"] = description
    url = first(node.get("url")) or first(node.get("@id"))
    if isinstance(url, str) and not url.startswith("_:"):
        opportunity["url"] = urljoin(page_url or "", url.strip()) if page_url else url.strip()
    opportunity["url"] = opportunity["url"] or page_url

    if job:
        org_value = node.get("hiringOrganization") or node.get("employer")
        opportunity["organization"] = name_of(org_value, resolve) or None
        location = read_place(node.get("jobLocation"), resolve)
        types = " ".join(str(t) for t in as_list(node.get("jobLocationType"))).upper()
        if "HYBRID" in types:
            location["hybrid"] = True  # apps' word (embedded state), not schema.org's
        elif "TELECOMMUTE" in types or "REMOTE" in types:
            location["remote"] = True
            areas = names_of(node.get("applicantLocationRequirements"), resolve)
            if not location["text"]:
                location["text"] = "Remote" + (f" ({', '.join(areas)})" if areas else "")
            if areas:
                from .gazetteer import country_code

                codes = [country_code(area) for area in areas]
                location["remote_scope"] = {
                    "anywhere": False, "countries": [c for c in codes if c],
                    "regions": [a for a, c in zip(areas, codes, strict=True) if not c],
                    "timezones": [], "evidence": ", ".join(areas)}  # fmt: skip
        opportunity["date_posted"] = iso_date(node.get("datePosted"))
        opportunity["valid_through"] = iso_date(node.get("validThrough"))
        opportunity["pay"] = read_money(node.get("baseSalary"), resolve) or read_money(
            node.get("estimatedSalary"), resolve
        )
        opportunity["employment_type"] = _employment(node.get("employmentType"))
        opportunity["skills"] = _skills(node.get("skills"))
        opportunity["is_agency"] = is_agency(opportunity["organization"], description)
        if first(node.get("totalJobOpenings")) is not None:
            opportunity["counts"]["open_roles"] = _int(node.get("totalJobOpenings"))
    else:
        org_value = node.get("organizer") or node.get("organiser")
        opportunity["organization"] = name_of(org_value, resolve) or None
        location = read_place(node.get("location"), resolve)
        opportunity["start"] = iso_date(node.get("startDate"))
        opportunity["end"] = iso_date(node.get("endDate"))
        opportunity["price"] = read_offers(node, resolve)
        types = [t for t in types_of(node) if t != "Event" and is_event({"@type": t})]
        opportunity["event_type"] = types[0] if types else "Event"
        opportunity["status"] = _status(node.get("eventStatus"))
        opportunity["attendance_mode"] = _attendance(node.get("eventAttendanceMode"))
        if opportunity["attendance_mode"] is None and location["online"]:
            # No mode stated: a virtual location alone is online; beside a venue, mixed.
            opportunity["attendance_mode"] = "mixed" if location["text"] else "online"
        if opportunity["status"] == "moved_online" or opportunity["attendance_mode"] in (
            "online",
            "mixed",
        ):
            location["online"] = True
        opportunity["capacity"] = _int(node.get("maximumAttendeeCapacity"))
        speakers: list[str] = []
        for key in SPEAKER_KEYS:
            for name in names_of(node.get(key), resolve):
                if name not in speakers:
                    speakers.append(name)
        opportunity["speakers"] = speakers[:50]
    opportunity["location"] = location

    remote, hybrid = remote_hybrid_flags(opportunity["title"], location["text"] or "", description)
    location["remote"] = location["remote"] or remote
    location["hybrid"] = location["hybrid"] or hybrid
    counts = read_counts(description)
    for key, value in counts.items():
        if opportunity["counts"][key] is None:
            opportunity["counts"][key] = value
    if not job and opportunity["capacity"] is None:
        opportunity["capacity"] = read_capacity(description)
    opportunity["sources"] = {field: source for field in filled_fields(opportunity)}
    for field, value in counts.items():
        if value is not None:
            opportunity["sources"][f"counts.{field}"] = "text"
    return opportunity


def filled_fields(opportunity: dict[str, Any]) -> list[str]:
    """The names of the fields of an opportunity that hold something."""
    skip = ("kind", "sources", "counts", "location", "is_agency")
    names = [k for k, v in opportunity.items() if k not in skip and v not in (None, "", [], {})]
    if any(v for k, v in opportunity["location"].items()):
        names.append("location")
    return names
