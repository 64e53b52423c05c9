"""Everything a page says about itself: structured items, headline, text, meta, cards."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from .content import (
    body_of,
    element_text,
    headings,
    main_block,
    programme,
    squashed_text,
    title_parts,
    titled_element,
)
from .cues import DATE
from .jsonld import Graph, parse_blocks, types_of
from .markup import Document, decode_html
from .schema import is_opportunity, read_item
from .text import fragment_text, lines_of, squash

# schema.org types that say the page is about something other than a posting or an event.
OTHER_SUBJECTS = frozenset(
    "Article NewsArticle BlogPosting Blog Recipe Product Review Person ProfilePage Movie Book "
    "HowTo Occupation EducationalOccupationalProgram EducationalOccupationalCredential "
    "Restaurant LocalBusiness Course FAQPage QAPage VideoObject Reservation EventReservation "
    "CreativeWork TechArticle ScholarlyArticle Report".split()
)
SOURCES = ("jsonld", "microdata", "rdfa", "microformat")
# Embedded app state is read only when no markup names a posting or an event.
FALLBACK_SOURCE = "embedded"
MAX_ITEMS = 500  # a listing's marked-up items beyond this add nothing but time
ABOVE_LINES = 3  # lines over a title that still belong to its header


# Containers whose events are still the page's: a WordPress body marked as a Blog, a venue.
OPEN_CONTAINERS = frozenset({"CreativeWork", "Blog", "LocalBusiness", "Restaurant"})


def is_other_subject(node: dict[str, Any]) -> bool:
    """True for things whose nested events or postings are not the page's (a reservation's)."""
    return bool(set(types_of(node)) & (OTHER_SUBJECTS - OPEN_CONTAINERS))


def _echoes(heading: str, parts: list[str]) -> bool:
    """True when the <title> (or one of its parts) repeats the heading."""
    low = heading.lower()
    return any(low == p or (len(low) > 8 and (low in p or p in low)) for p in parts)


_COPYRIGHT = re.compile(r"(?:\u00a9|\(c\)|copyright)[^\n]{0,40}", re.I)


# The role a job description's opening sentence names as its subject: "The Senior Accountant
# will …", "The Pipeline Designer is responsible for …" (capitalised words, bounded).
_ROLE_SUBJECT = re.compile(
    r"\bThe ((?:[A-Z][\w&/-]{1,30} ){0,5}[A-Z][\w&/-]{1,30}) (?:will|is responsible|is a|"
    r"leads|reports|works|supports|provides|plays)\b"
)

HEADLINE_WALK = 20_000  # characters of a header's container read before the rest


class Evidence:
    """The page's evidence, computed lazily so that JSON-LD-only pages stay cheap."""

    def __init__(self, page: dict[str, Any]) -> None:
        self.page = page
        self.url: str | None = page.get("url") or None
        html = decode_html(page.get("html"))
        self.document = Document(html, self.url) if html.strip() else None
        raw_text = page.get("text") or ""
        if isinstance(raw_text, bytes):
            raw_text = raw_text.decode("utf-8", "replace")
        self.given_text = "\n".join(lines_of(raw_text[:1_000_000]))
        self.given_meta = {
            str(k).lower(): squash(v)[:5000]
            for k, v in list((page.get("meta") or {}).items())[:500]
            if isinstance(v, str | int | float)
        }

    @cached_property
    def is_fragment(self) -> bool:
        """True for a piece of a page (no <html> or <body>), as saved cards and snippets are."""
        if self.document is None:
            return False
        return not re.search(r"<(?:html|body)\b", self.document.html[:20_000], re.I)

    @property
    def root(self):
        """The parsed HTML, or None."""
        return self.document.root if self.document is not None else None

    @cached_property
    def structured(self) -> dict[str, list[Any]]:
        """Simplified schema.org values per markup syntax."""
        values: dict[str, list[Any]] = {source: [] for source in SOURCES}
        if self.page.get("jsonld") is not None:
            values["jsonld"] += parse_blocks(self.page.get("jsonld"))
        if self.document is not None:
            values["jsonld"] += parse_blocks(self.document.jsonld_scripts())
            values["microdata"] = parse_blocks(self.document.microdata())
            values["rdfa"] = parse_blocks(self.document.rdfa())
            values["microformat"] = parse_blocks(self.document.microformats())
        return values

    @cached_property
    def items(self) -> list[dict[str, Any]]:
        """Every JobPosting and Event the markup names, read into opportunities."""
        found: list[dict[str, Any]] = []
        for source in SOURCES:
            graph = Graph(self.structured[source])
            for node in graph.nodes(is_opportunity, barrier=is_other_subject):
                found.append(read_item(graph.embed(node), source, self.url, graph.resolve))
                if len(found) >= MAX_ITEMS:
                    return found
        if not found and self.document is not None and self.document.state_scripts():
            from .embedded import embedded_items, state_scripts

            for node in embedded_items(state_scripts(self.document.state_scripts())):
                found.append(read_item(node, FALLBACK_SOURCE, self.url))
        return found

    @cached_property
    def subject_types(self) -> set[str]:
        """schema.org types of the page's other main things (articles, recipes, products)."""
        found: set[str] = set()
        for source in SOURCES:
            graph = Graph(self.structured[source])
            for node in graph.nodes(lambda n: bool(set(types_of(n)) & OTHER_SUBJECTS)):
                found.update(set(types_of(node)) & OTHER_SUBJECTS)
        return found

    @cached_property
    def meta(self) -> dict[str, str]:
        """Meta tags: those the page's HTML has, then those the caller sent."""
        merged = dict(self.document.meta) if self.document is not None else {}
        for key, value in self.given_meta.items():
            merged.setdefault(key, value)
        return merged

    @cached_property
    def canonical(self) -> str | None:
        """The page's canonical address, as its <link rel="canonical"> gives it."""
        if self.root is None:
            return None
        for link in self.root.iter("link"):
            if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
                return link.get("href")
        return None

    @cached_property
    def declared_language(self) -> str | None:
        """The language the page declares: <html lang>, og:locale or Content-Language."""
        if self.root is not None and self.root.get("lang"):
            return self.root.get("lang")
        return self.meta.get("og:locale") or self.meta.get("content-language")

    @cached_property
    def day_first(self) -> bool:
        """Whether the page writes numeric days day first ("05/04/2026" is the 5th of April):
        a page in any language but English, or in English of a country other than the US
        (en-GB, en_AU); a page that declares none is judged by the language of its head."""
        declared = (self.declared_language or "").strip().replace("_", "-").lower()
        if declared:
            language, _, country = declared.partition("-")
            return language != "en" or country not in ("", "us")
        from .details import language_of

        found = language_of(self.headline_region[:2000], None)
        return found is not None and found != "en"

    @cached_property
    def title_tag(self) -> str:
        """The <title> (or the caller's title)."""
        given = self.page.get("title")
        if isinstance(given, bytes):
            given = given.decode("utf-8", "replace")
        if given:
            return squash(given)[:500]
        if self.root is not None:
            element = self.root.find(".//title")
            if element is not None:
                return squash(element.text_content())[:500]
        return ""

    @cached_property
    def h1s(self) -> list[str]:
        """The page's top headings."""
        return headings(self.root, ("h1",)) if self.root is not None else []

    @cached_property
    def headline(self) -> str:
        """The page's own title: the h1 that the <title> echoes, else the best we have."""
        title = self.title_tag
        og_title = self.meta.get("og:title", "")
        parts = [p.lower() for p in title_parts(title) + title_parts(og_title) + [title, og_title]]
        parts = [p for p in parts if p]
        for h1 in self.h1s:
            if _echoes(h1, parts):
                return h1
        if not self.h1s and self.root is not None:
            # Some boards title a posting with an h2 (and the company in the <title>).
            for h2 in headings(self.root, ("h2",))[:10]:
                if _echoes(h2, parts):
                    return h2
        generic = len(title.split()) <= 3 and not og_title
        if self.h1s and (not parts or (generic and len(self.h1s[0]) > len(title))):
            return self.h1s[0]
        if og_title:
            return og_title
        if parts:
            return title_parts(title)[0] if title else ""
        if self.root is not None:
            named = titled_element(self.root)
            if named:
                return named
            for level in (("h2",), ("h3",)):
                found = headings(self.root, level)
                if found:
                    return found[0]
            # A snippet that opens with a link: the link names the thing.
            opening = squash(self.text[:300])
            for anchor in self.root.iter("a"):
                label = squash(anchor.text_content())
                if len(label) >= 12 and opening.startswith(label[:40]):
                    return label[:300]
                break
        lines = self.text.splitlines()
        if lines and len(lines[0]) > 80:
            # A description with no title opens with a sentence: the role it names as its
            # subject ("Summary: The Pipeline Designer will produce …") is the title.
            named = _ROLE_SUBJECT.search(lines[0][:300])
            if named:
                return named.group(1)
        return lines[0][:200] if lines else ""

    @cached_property
    def headline_region(self) -> str:
        """The text around the headline: where a page states when, where and who."""
        if self.root is None:
            return self.given_text[:2000]
        headline = self.headline.lower()
        anchor = None
        for node in body_of(self.root).iter("h1", "h2", "h3"):
            text = squashed_text(node).lower()
            if text and (text == headline or (len(text) > 5 and text in headline)
                         or (len(headline) > 5 and headline in text)):  # fmt: skip
                anchor = node
                break
        if anchor is None:
            # No heading carries the title (it is only in <title>): the page's opening lines
            # are its header when they state when or where, else the description block.
            opening = self.furniture_free_text[:2000]  # a hero "banner" is the header
            return opening if DATE.search(opening[:300]) else self.main_text[:2000]
        container = anchor
        for _ in range(10):
            parent = container.getparent()
            if parent is None or parent.tag == "html":
                break
            container = parent
            if len(squashed_text(container)) >= 700 or parent.tag == "body":
                break
        wanted = squashed_text(anchor).lower()[:40]
        # The container may be the whole page: its first characters are read first (a walk's
        # text cut at a limit is the start of the whole walk's), and all of it only when the
        # 2,500 characters from the headline on are not all among them.
        text = element_text(container, skip_chrome=False, limit=HEADLINE_WALK)
        start = text.lower().find(wanted)
        if start < 0 or start + 2500 > len(text):
            text = element_text(container, skip_chrome=False)
            start = text.lower().find(wanted)
        return text[max(start, 0): max(start, 0) + 2500]

    @cached_property
    def published(self) -> str | None:
        """The page's own date as a post: article:published_time, or a <time> marked as it."""
        if self.meta.get("article:published_time"):
            return self.meta["article:published_time"]
        if self.root is None:
            return None
        from .prose import post_date

        return post_date(self.root)

    @cached_property
    def locale_country(self) -> str | None:
        """The country of the locale the page declares ("es-ES", og:locale "en_GB"), if any."""
        for value in (self.root.get("lang") if self.root is not None else None,
                      self.meta.get("og:locale"), self.meta.get("content-language")):  # fmt: skip
            match = re.fullmatch(r"[a-z]{2,3}[-_]([a-z]{2})", (value or "").strip(), re.I)
            if match:
                return match.group(1).upper()
        return None

    @cached_property
    def page_year(self) -> int | None:
        """The year the page was made in, as its copyright line says ("\u00a9 2008-2016 Yahoo!"):
        the year of a day it writes without one when it has no date of its own as a post."""
        years = [int(y) for line in _COPYRIGHT.findall(self.full_text[-20_000:])
                 for y in re.findall(r"\b(?:19|20)\d\d\b", line)]  # fmt: skip
        return max(years) if years else None

    @cached_property
    def lines_above_headline(self) -> list[str]:
        """The short lines right above the title (an event's banner often puts its date and
        venue there, "30. März 2020, 13:15 Uhr" over "Sprungbrett-Event")."""
        headline = self.headline.lower()
        lines = self.text.splitlines()
        for index, line in enumerate(lines[:400]):
            if headline and line.lower() == headline:
                return [above for above in lines[max(0, index - ABOVE_LINES): index]
                        if len(above) <= 120]  # fmt: skip
        return []

    @cached_property
    def banner_lines(self) -> list[str]:
        """The short lines of the page's own header above the title, its chrome included (a
        small employer's site prints its office there: "Office: Wrocław, Poland")."""
        headline = self.headline.lower()
        lines = self.full_text.splitlines()
        for index, line in enumerate(lines[:400]):
            if headline and line.lower() == headline:
                return [above for above in lines[max(0, index - 2 * ABOVE_LINES): index]
                        if len(above) <= 80]  # fmt: skip
        return []

    @cached_property
    def main(self):
        """The element holding the page's main text."""
        return main_block(self.root) if self.root is not None else None

    @cached_property
    def main_text(self) -> str:
        """The description block as clean text."""
        if self.main is not None:
            return element_text(self.main)
        return self.given_text

    @cached_property
    def text(self) -> str:
        """All the readable text of the page, chrome left out."""
        if self.root is not None:
            body = body_of(self.root)
            return element_text(body) if body is not None else ""
        return self.given_text

    @cached_property
    def furniture_free_text(self) -> str:
        """The page's text without navigation, footers, sidebars and widgets."""
        if self.root is not None:
            body = body_of(self.root)
            return element_text(body, skip_chrome="furniture") if body is not None else ""
        return self.given_text

    @cached_property
    def full_text(self) -> str:
        """All the text of the page, chrome included."""
        if self.root is not None:
            body = body_of(self.root)
            return element_text(body, skip_chrome=False) if body is not None else ""
        return self.given_text

    @cached_property
    def programme(self) -> str:
        """The event's programme (its time-stamped agenda), empty when the page has none."""
        return programme(self.root) if self.root is not None else ""

    def description(self, kind: str = "job") -> str:
        """The description block, or the meta description when the page has no body text; an
        event's programme joins it when the block leaves it out."""
        text = self.main_text or fragment_text(self.meta.get("og:description") or
                                               self.meta.get("description"))  # fmt: skip
        if kind == "event" and self.programme:
            opening = self.programme.splitlines()[0]
            if opening not in text:
                text = f"{text}\n{self.programme}" if text else self.programme
        return text
