"""What an event costs, read from its text: an amount is money only with its currency or
its label ("$25", "25 EUR", "Tickets: 25"); "Free", "No cost", "Free for students" say free."""

from __future__ import annotations

import itertools
import re
from typing import Any

from .numbers import AMOUNT as _AMOUNT
from .numbers import SPACES, to_amount

_SYMBOLS = {"$": "USD", "\u20ac": "EUR", "\u00a3": "GBP", "\u00a5": "JPY", "k\u010d": "CZK"}
_CODES = r"usd|eur|gbp|chf|czk|k\u010d|cad|aud|nzd|sek|nok|dkk|pln|jpy|inr"
# An amount with its currency before or after it: "$25", "US$ 25", "25 \u20ac", "CHF 40.-".
_MONEY = re.compile(
    rf"(?:(?P<sym>[$\u20ac\u00a3\u00a5])|\b(?P<code>{_CODES})\b\.?)\s?(?P<a1>{_AMOUNT})"
    r"(?!\d|\s?(?:[km]|bn|mn|million|billion|thousand)\b)"
    rf"|(?<![\w.,])(?P<a2>{_AMOUNT})\s?(?:(?P<sym2>[$\u20ac\u00a3\u00a5])|(?P<code2>{_CODES})\b)",
    re.I,
)
# Labels a page puts before what an event costs.
_PRICE_LABEL = re.compile(
    r"^\s*(?:price|prices|pricing|cost|costs|fee|fees|entry|entry fee|entrance|admission"
    r"|tickets?|ticket price|registration fee|eintritt|kosten|preis|prix|tarif|entr\u00e9e"
    r"|precio|entrada|vstupn\u00e9|cena)\s*(?::|$)",
    re.I,
)
# "Register: free": a sign-up label with no other answer than free.
_SIGNUP_FREE = re.compile(r"^\s*(?:register|registration|rsvp|sign[- ]?up|anmeldung|inscription)"
                          r"\s*:\s*free\b", re.I)  # fmt: skip
_LABELLED_NUMBER = re.compile(rf":{SPACES}(?P<a>{_AMOUNT})(?:{SPACES}(?:[-\u2013]|to){SPACES}"
                              rf"(?P<b>{_AMOUNT}))?{SPACES}(?:[.,;(]|$)")  # fmt: skip
# "Free" as the whole answer ("Free.", "Register - free", "(free)") or said of admission.
_FREE_ALONE = re.compile(
    r"(?:^|[.!;(|\u2022\u00b7]|\s[-\u2013\u2014]|,)\s*(?:it(?:'s|\u2019s| is)\s+)?(?:totally\s+"
    r"|completely\s+|always\s+)?free(?:\s+to\s+(?:attend|join|register|the\s+public)"
    r"|\s+(?:and\s+open\s+to\s+(?:all|everyone|the\s+public)|for\s+(?:all|everyone)))?"
    r"\s*(?:[.!;,)]|$|\s[-\u2013\u2014(]|\s+(?:for|to|with)\b)",
    re.I,
)
_FREE_SAID = re.compile(
    r"(?<!-)\bfree(?:\s+(?:admission|entry|entrance|of\s+charge|registration|tickets?|to\s+attend"
    r"|for\s+(?:students|members|everyone|all|attendees|alumni|kids|children|the\s+public))\b"
    r"|,?\s+(?:(?:online|virtual|live|in-person|info|information|public|community)[,\s]+){0,2}"
    r"(?:event|webinar|workshop|meetup|talk|session|class|course|seminar|conference|fair"
    r"|lecture)s?\b)"
    r"|\b(?:admission|entry|entrance|tickets?|attendance|registration|participation|price|cost"
    r"|it)\s*(?:is|are|:|-|\u2013)\s*(?:completely\s+|totally\s+)?free\b"
    r"|\bno\s+(?:cost|charge|fee|entry\s+fee|admission(?:\s+fee)?|registration\s+fee|ticket)s?\b"
    r"|\bat\s+no\s+(?:cost|charge)\b|\bcomplimentary\s+(?:admission|entry|tickets?|registration)"
    r"|\b(?:kostenlos|kostenfrei|eintritt\s+frei|freier\s+eintritt|gratuit|entr\u00e9e\s+libre"
    r"|entrada\s+(?:libre|gratuita)|gratis|zdarma|vstup\s+zdarma)\b",
    re.I,
)


def says_free(line: str) -> bool:
    """True when the line says attending costs nothing (not "free pizza", "feel free")."""
    return bool(_FREE_SAID.search(line) or _FREE_ALONE.search(line))


def _money(line: str) -> tuple[list[float], str | None]:
    amounts, currency = [], None
    for match in _MONEY.finditer(line):
        amount = to_amount(match.group("a1") or match.group("a2"))
        if amount is None or amount < 0 or amount >= 1e7:
            continue
        mark = (match.group("sym") or match.group("code") or match.group("sym2")
                or match.group("code2") or "").lower()  # fmt: skip
        currency = currency or _SYMBOLS.get(mark, mark.upper())
        amounts.append(amount)
    return amounts, currency


# Words that make money on a line the price of attending, not a budget or a salary.
_PRICE_WORDS = re.compile(
    r"\b(?:tickets?|admission|entry|entrance|price[sd]?|pricing|cost|fees?|per person|door"
    r"|register|registration|rsvp|members?|non-members?|students?|adults?|child(?:ren)?"
    r"|general|early[- ]bird|pass(?:es)?|donation|suggested|book|eintritt|preis|prix|entr\u00e9e"
    r"|tarif|precio|entrada|vstupn\u00e9)\b",
    re.I,
)
# The first run is possessive: what it gives back could only be taken by the last one.
_ONLY_MONEY = re.compile(r"^[\s$\u20ac\u00a3\u00a5\d.,\-\u2013/()]*+(?:[A-Za-z]{3})?[\s.]*$")


def read_price(lines: list[str]) -> dict[str, Any] | None:
    """The price of an event, from the first line that states one.

    A labelled line ("Tickets: $25", "Admission: Free for students, $10 for alumni") wins
    over the first other line that says what attending costs; a number is a price only with
    its currency or right after a price label, so "80 gophers attending. Free." is free.
    """
    loose = None
    for index, line in enumerate(lines[:120]):
        label = _PRICE_LABEL.match(line)
        if label:
            text = line
            if not line[label.end() :].strip():
                # "Cost:" with its answers on the lines below ("$85" ... "$125").
                below = list(itertools.takewhile(_states_money, lines[index + 1 : index + 6]))
                text = f"{line.rstrip(': ')}: {' / '.join(below or lines[index + 1 : index + 2])}"
            found = _read(text, labelled=True)
            if found:
                return found
        if loose is None and _loose_price_line(line, lines[index - 1] if index else ""):
            loose = _read(line, labelled=False)
    return loose


def _states_money(line: str) -> bool:
    return bool(_MONEY.search(line) or says_free(line))


def _loose_price_line(line: str, before: str) -> bool:
    """A line that says what attending costs though no price label stands before it."""
    if says_free(line) or _PRICE_WORDS.search(line):
        return True
    # A lone amount ("$13.00" under the venue) is the ticket price, unless the line above
    # is some other label ("Task Order Amount:").
    return bool(_ONLY_MONEY.match(line) and _MONEY.search(line)) and not (
        before.rstrip().endswith(":") and not _PRICE_LABEL.match(before)
    )


def _read(line: str, labelled: bool) -> dict[str, Any] | None:
    amounts, currency = _money(line)
    if not amounts and labelled:
        bare = _LABELLED_NUMBER.search(line)
        if bare:
            amounts = [a for a in (to_amount(bare.group("a")), to_amount(bare.group("b") or ""))
                       if a is not None]  # fmt: skip
    free = (
        says_free(line)
        or bool(_SIGNUP_FREE.match(line))
        or (labelled and bool(re.search(r":\s*(?:free|gratis|kostenlos)\b", line, re.I)))
    )
    if free:
        amounts.append(0.0)
    if not amounts:
        return None
    low, high = min(amounts), max(amounts)
    return {"min": low, "max": high, "currency": currency, "free": free or high == 0.0}
