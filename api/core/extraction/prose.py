"""Postings and events written as prose, with no markup: read what a person would read."""

from __future__ import annotations

import re
from typing import Any

from api.core.opportunity import blank

from .agency import is_agency
from .content import is_furniture, title_parts
from .cues import DATE, EVENT_NOUNS, TIME
from .dates import iso_date, written_span
from .labels import WHERE_LABELS, labelled_at, labelled_organization
from .locations import address_line, looks_like_address, remote_hybrid_flags
from .numbers import AMOUNT, SPACES, read_capacity, read_counts, to_amount
from .prices import read_price
from .schema import EMPLOYMENT
from .text import squash

_AT_ORG = re.compile(r"\s{1,3}(?:at|@|bei|chez)\s{1,3}(.{2,80})$", re.I)
# A salary range: "$150,000 - $185,000 a year", "170 - 190 CZK/h", "€60k to €75k". Amounts
# and the spaces between the parts are bounded (see numbers.AMOUNT), so no run of digits and
# spaces can make it retry every split of the run.
_SALARY = re.compile(
    rf"(?P<cur>[$\u20ac\u00a3]|usd|eur|gbp|chf|czk|k\u010d)?{SPACES}(?<![\d.,])(?P<low>{AMOUNT})(?P<k>k)?"
    rf"{SPACES}(?:[-\u2013]|to){SPACES}(?P<cur2>[$\u20ac\u00a3])?{SPACES}(?P<high>{AMOUNT})(?P<k2>k)?"
    rf"{SPACES}(?P<cur3>usd|eur|gbp|chf|czk|k\u010d)?{SPACES}(?:/|per|an|a)?{SPACES}(?P<per>hour|hr"
    r"|h\b|year|yr|annum|month|mo|week|day)?",
    re.I,
)
_CURRENCY = {"$": "USD", "\u20ac": "EUR", "\u00a3": "GBP", "k\u010d": "CZK"}
_PERIOD = {"hour": "HOUR", "hr": "HOUR", "h": "HOUR", "year": "YEAR", "yr": "YEAR", "annum": "YEAR",
           "month": "MONTH", "mo": "MONTH", "week": "WEEK", "day": "DAY"}  # fmt: skip


def _where(lines: list[str], root, kind: str) -> str | None:
    """Where it happens: a labelled line, an element called the venue, or an address line.

    A venue's name and its street often sit on two lines ("Venue: The Foundry" above
    "410 Townsend St"); both are kept.
    """
    found = labelled_at(lines, WHERE_LABELS)
    if found:
        value, end = found
        following = lines[end + 1] if end + 1 < len(lines) else ""
        if not looks_like_address(value) and looks_like_address(following):
            value = f"{value}, {squash(following)}"
        return value
    placed = place_by_class(root)
    if placed or kind != "event":
        return placed
    index = address_line(lines)
    if index is None:
        return None
    return _address_block(root, lines[index]) or squash(lines[index])


def _address_block(root, line: str) -> str | None:
    """The address with the lines of its own block ("Student Union<br>1200 University Ave")."""
    if root is None:
        return None
    from .text import BLOCK_TAGS

    wanted = squash(line)

    def holds(node) -> bool:
        return (isinstance(node.tag, str) and node.tag in BLOCK_TAGS and node.tag != "br"
                and len(text := squash(node.text_content())) <= 200 and wanted in text)  # fmt: skip

    best = None
    for count, node in enumerate(root.iter()):
        if count > 20_000:
            break
        if holds(node) and not any(is_furniture(a) for a in node.iterancestors()):
            best = node  # the first place the page writes it, outside footers and sidebars
            break
    # The smallest block inside it that still holds the whole line.
    while best is not None:
        inner = next((child for child in best if holds(child)), None)
        if inner is None:
            break
        best = inner
    if best is None:
        return None
    from .content import element_text

    parts = [squash(p) for p in element_text(best, skip_chrome=False).splitlines()]
    parts = [p for p in parts if p and not (DATE.search(p) or TIME.search(p))]
    joined = ", ".join(parts)
    return joined if wanted in joined and len(joined) <= 200 else None


_BY = re.compile(
    r"\b(?:(?i:hosted|organi[sz]ed|presented|run|brought to you|co-hosted) by"
    r"|(?i:veranstaltet|organisiert|ausgerichtet|pr\u00e4sentiert) von"
    r"|(?i:organizad[oa]|presentad[oa]) por|(?i:organis\u00e9e?|pr\u00e9sent\u00e9e?) par"
    r"|(?i:organiserad|arrangerad) av|(?i:georganiseerd) door|(?i:po\u0159\u00e1d\u00e1) )"
    r"\s{1,3}(?:(?i:the|der|die|dem|den|el|la|le|l')\s{0,3})?"
    r"([A-Z\u00c0-\u017d][^\n,.;:!?()]{1,60})"
)


# Small words inside a name ("Agentur für Arbeit", "Friends of the Park", "Casa de la Cultura").
_NAME_PARTICLES = frozenset("of the and for at de del la las los el y e für der die das und "
                            "du des et le van von den och i di da dei &".split())


def name_run(text: str) -> str:
    """The name at the start of ``text``: its capitalised words and the small words between
    them, up to the first other word ("Asociación Empleo Joven" of "… Joven para preparar")."""
    words = text.split()
    kept = 0
    for index, word in enumerate(words[:12]):
        if word[:1].isupper() or word[:1].isdigit():
            kept = index + 1
        elif word.lower() not in _NAME_PARTICLES:
            break
    return " ".join(words[:kept])


def _said_by(text: str) -> str | None:
    """The organizer named in a sentence near the title ('Hosted by Boston Python')."""
    match = _BY.search(text[:3000])
    return (name_run(squash(match.group(1))) or None) if match else None


_HIRING = re.compile(r"^(.{2,60}?)\s{1,3}(?:is\s{1,3})?hiring\b", re.I)
_GENERIC_PART = re.compile(r"\b(?:detail|details|home|careers?|jobs?|tickets?|events?|search)\b",
                           re.I)  # fmt: skip
# A part of a title that only says what kind of thing it is ("Webinar", "Free Online Workshop").
_KIND_PART = re.compile(
    rf"(?:(?:free|live|online|virtual|upcoming|in-person|hybrid)\s{{1,3}}){{0,4}}"
    rf"(?:{EVENT_NOUNS.pattern})",
    re.I,
)


# What a ticket site adds after the event's own words in its <title> ("… event tickets from
# TicketSource", "… Tickets | Eventbrite", "… Tickets, Sat 5 Jun"): the site's, not the host's.
_TICKETS_TAIL = re.compile(
    r"\s{1,3}(?:(?:event|events|online)\s{1,3})?(?:tickets?|billets?|tickets?\s{1,3}kaufen"
    r"|entradas|karten|biglietti)\b(?:\s{0,3}(?:from|on|at|via|bei|sur|en|\||[-\u2013,:]).*)?$",
    re.I,
)


def organization_from_title(title_tag: str, headline: str, site_name: str | None) -> str | None:
    """The organization named beside the headline in the <title>, else the site's name."""
    hiring = _HIRING.match(title_tag)
    if hiring:
        return hiring.group(1).strip()
    match = _AT_ORG.search(title_tag.split(" | ")[0])
    if match and headline and headline.lower() in title_tag.lower():
        named = _TICKETS_TAIL.sub("", title_parts(match.group(1))[0])
        if named and not (DATE.search(named) or TIME.search(named) or named[:1].isdigit()):
            return named
    low = headline.lower()
    others = [
        p for p in title_parts(title_tag)
        if low and p.lower() not in low and low not in p.lower() and len(p) <= 60
        and not DATE.search(p) and not _GENERIC_PART.search(p) and not p.isdigit()
        and not _KIND_PART.fullmatch(p)
    ]  # fmt: skip
    if others:
        return others[0]
    return site_name or None


_PLACE_MARK = re.compile(r"(?:^|[\s_-])(?:location|venue|place|address|where)(?:$|[\s_-])", re.I)


def place_by_class(root) -> str | None:
    """The text of the first element whose class calls it the location or venue."""
    if root is None:
        return None
    for count, node in enumerate(root.iter()):
        if count > 20_000:
            break
        if isinstance(node.tag, str) and _PLACE_MARK.search(node.get("class") or ""):
            text = squash(node.text_content())
            if 2 <= len(text) <= 150 and not is_furniture(node) and not _in_form(node):
                return text
    return None


# Where a reader types or clicks: a search box's "location" field is not the page's place.
_FORM_TAGS = frozenset({"form", "button", "input", "select", "option", "textarea"})


def _in_form(node) -> bool:
    return node.tag in _FORM_TAGS or any(a.tag in _FORM_TAGS for a in node.iterancestors())


# Marks of a post's own date (WordPress "entry-date", "posted-on", schema datePublished): a
# <time> so marked dates the page, not the event it announces.
_POST_DATE_MARK = re.compile(r"publish|posted|byline|entry-(?:date|meta)|post-(?:date|meta)"
                             r"|updated|modified|article-date|meta-date", re.I)  # fmt: skip


def post_date(root) -> str | None:
    """The datetime of a <time> marked as the post's own date ("entry-date", "posted-on")."""
    for count, node in enumerate(root.iter("time")):
        if count > 50:
            break
        marks = [f"{e.get('class') or ''} {e.get('itemprop') or ''} {e.get('id') or ''}"
                 for e in [node, *list(node.iterancestors())[:3]]]  # fmt: skip
        moment = iso_date(node.get("datetime"))
        if moment and any(_POST_DATE_MARK.search(mark) for mark in marks):
            return moment
    return None


def time_element_moment(root, published: str | None = None) -> str | None:
    """The first <time datetime="..."> outside the page's furniture that is not the page's own
    publication date: a machine-readable date of the event."""
    if root is None:
        return None
    for count, node in enumerate(root.iter("time")):
        if count > 50:
            break
        moment = iso_date(node.get("datetime"))
        if not moment or any(is_furniture(a) for a in node.iterancestors()):
            continue
        if published and moment[:10] == published[:10]:
            continue
        marks = [f"{e.get('class') or ''} {e.get('itemprop') or ''} {e.get('id') or ''}"
                 for e in [node, *list(node.iterancestors())[:3]]]  # fmt: skip
        if any(_POST_DATE_MARK.search(mark) for mark in marks):
            continue
        return moment
    return None


def read_pay(text: str) -> dict[str, Any] | None:
    """A salary range written in prose ('$150,000 - $185,000 a year')."""
    for match in _SALARY.finditer(text[:20_000]):
        currency = match.group("cur") or match.group("cur2") or match.group("cur3")
        if not currency:
            continue
        low = to_amount(match.group("low").replace(" ", ""))
        high = to_amount(match.group("high").replace(" ", ""))
        if low is None or high is None:
            continue
        low *= 1000 if match.group("k") or match.group("k2") else 1
        high *= 1000 if match.group("k2") or match.group("k") else 1
        if not 0 < low <= high:
            continue
        period = _PERIOD.get((match.group("per") or "").lower())
        if period is None and low >= 20_000:
            period = "YEAR"  # an amount this large with no period is a yearly salary
        code = _CURRENCY.get(currency.lower(), currency.upper())
        return {"min": low, "max": high, "currency": code, "period": period}
    return None


def _employment(text: str) -> list[str]:
    kinds = []
    for phrase in re.findall(r"\b(full[- ]time|part[- ]time|contract(?:or)?|internship|temporary"
                             r"|freelance|permanent)\b", text[:20_000], re.I):  # fmt: skip
        label = EMPLOYMENT.get(re.sub(r"[^A-Z]", "", phrase.upper()))
        if label and label not in kinds:
            kinds.append(label)
    return kinds


def read_prose(kind: str, evidence, title: str | None = None) -> dict[str, Any]:
    """Read one job or event from the page's text."""
    opportunity = blank(kind, title or evidence.headline)
    description = evidence.description(kind)
    lines = description.splitlines()
    region_lines = evidence.headline_region.splitlines()
    opportunity["description"] = description
    opportunity["url"] = evidence.url
    site = evidence.meta.get("og:site_name")
    organization = (
        labelled_organization(region_lines + lines, kind)
        or _said_by(evidence.headline_region)
        # An event's own account names its host ("organised by …") more surely than the
        # <title>, whose other part is most often the site's name.
        or (_said_by(description) if kind == "event" else None)
        or organization_from_title(evidence.title_tag, opportunity["title"], site)
    )
    opportunity["organization"] = organization
    where = _where(region_lines + lines, evidence.root, kind)
    location = opportunity["location"]
    location["text"] = where
    remote, hybrid = remote_hybrid_flags(opportunity["title"], where or "", description)
    location["remote"], location["hybrid"] = remote, hybrid
    if kind == "event":
        above = "\n".join(evidence.lines_above_headline)
        said = f"{opportunity['title']}\n{above}\n{evidence.headline_region}\n{description}"
        start, end = written_span(said, evidence.published, evidence.page_year,
                                  evidence.day_first)
        published = evidence.published
        marked = time_element_moment(evidence.root, published)
        if marked and marked[:10] != (start or "")[:10]:
            start, end = marked, None
        elif marked and end and len(marked) > 19 and len(end) == 19:
            end += marked[19:]  # the end is in the marked start's time zone
        opportunity["start"], opportunity["end"] = marked or start, end
        if re.search(r"\b(?:online|virtual|webinar|zoom|livestream)\b", description[:3000], re.I):
            location["online"] = True
        opportunity["price"] = read_price(region_lines + lines)
        if re.search(r"\bcancel+ed\b|\babgesagt\b|\bannul\u00e9\b|\bcancelado\b",
                     opportunity["title"] + " " + description[:500], re.I):  # fmt: skip
            opportunity["status"] = "cancelled"
        opportunity["capacity"] = read_capacity(description)
    else:
        opportunity["pay"] = read_pay(description)
        opportunity["employment_type"] = _employment(description)
        opportunity["is_agency"] = is_agency(organization, description)
    counts = read_counts(description)
    opportunity["counts"] = counts
    opportunity["sources"] = {
        field: "text"
        for field in ("title", "description", "organization", "start", "end", "pay", "price")
        if opportunity.get(field)
    }  # fmt: skip
    if site and organization == site:
        opportunity["sources"]["organization"] = "opengraph"
    return opportunity


def read_card(kind: str, fields: dict[str, Any]) -> dict[str, Any]:
    """An opportunity from one card of a listing page."""
    opportunity = blank(kind, fields["title"])
    opportunity["url"] = fields.get("url")
    opportunity["organization"] = fields.get("organization")
    opportunity["location"]["text"] = fields.get("location")
    when = fields.get("when")
    if kind == "event":
        opportunity["start"] = when
    else:
        opportunity["date_posted"] = when
    text = fields.get("text") or ""
    opportunity["description"] = text
    remote, hybrid = remote_hybrid_flags(fields["title"], fields.get("location") or "", text)
    opportunity["location"]["remote"], opportunity["location"]["hybrid"] = remote, hybrid
    if kind == "job":
        opportunity["pay"] = read_pay(text)
    opportunity["sources"] = {"title": "text"}
    return opportunity
