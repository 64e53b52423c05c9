"""Pay: the stated band, read from the fields or the text, and normalised to a year."""

from __future__ import annotations

import re

from .evidence import Text, snippet

# Periods to a year: 2080 working hours, 260 working days, 52 weeks, 12 months.
PERIOD_HOURS = {"HOUR": 2080, "DAY": 260, "WEEK": 52, "MONTH": 12, "YEAR": 1}
_PAY = re.compile(
    r"(?P<cur>[$£€])\s?(?P<lo>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?P<lk>[kK])?"
    r"(?:\s?(?:-|–|—|to)\s?[$£€]?\s?(?P<hi>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?P<hk>[kK])?)?"
    r"(?:\s*(?:per|an|a|/)\s*(?P<per>hour|hr|year|yr|annum|month|week|day))?"
)
_CURRENCY = {"$": "USD", "£": "GBP", "€": "EUR"}
# Rough rates to compare amounts across currencies: ticket prices, and pay against a floor set
# in another currency (then the reason says it was converted roughly).
USD_PER = {
    "USD": 1.0,
    "EUR": 1.08,
    "GBP": 1.27,
    "CAD": 0.73,
    "AUD": 0.66,
    "CHF": 1.13,
    "JPY": 0.0067,
    "INR": 0.012,
    "SGD": 0.74,
    "SEK": 0.095,
    "NOK": 0.093,
    "DKK": 0.145,
    "NZD": 0.6,
    "BRL": 0.18,
    "MXN": 0.055,
    "ZAR": 0.055,
    "PLN": 0.25,
    "CZK": 0.043,
    "HKD": 0.13,
    "TWD": 0.031,
}


def convert(amount: float, source: str | None, target: str | None) -> float | None:
    """``amount`` in ``source`` currency expressed in ``target`` (rough rates), or None."""
    if not source or not target:
        return None
    if source == target:
        return amount
    if source not in USD_PER or target not in USD_PER:
        return None
    return amount * USD_PER[source] / USD_PER[target]


def pay(opportunity: dict, body: Text) -> dict | None:
    """Return the pay band with its yearly equivalent and evidence, or None."""
    pay = opportunity.get("pay") or None
    if not pay or not (pay.get("min") or pay.get("max")):
        pay, evidence = _pay_from_text(body)
    else:
        evidence = _said(pay, body)
    if not pay:
        return None
    lo, hi = pay.get("min") or pay.get("max"), pay.get("max") or pay.get("min")
    period = (pay.get("period") or "").upper() or _guess_period(hi)
    factor = PERIOD_HOURS.get(period, 1)
    return {
        "min": lo,
        "max": hi,
        "currency": (pay.get("currency") or "").upper() or None,
        "period": period,
        "annual_min": lo * factor,
        "annual_max": hi * factor,
        "evidence": evidence,
    }


MARKUP_PAY = "The listing's details state the pay"  # pay given only in the page's markup


def _said(pay: dict, body: Text) -> str:
    """The page's sentence that states the pay its markup gives ("130,000", "130k", "130.000"),
    else a plain note that the listing's details give it: never a field's name."""
    whole = int(pay.get("min") or pay.get("max"))
    if whole < 1000:  # a small number ("25" an hour) is in too many other sentences
        return MARKUP_PAY
    forms = {f"{whole:,}", f"{whole:,}".replace(",", "."), f"{whole:,}".replace(",", " "),
             str(whole)}  # fmt: skip
    if whole % 1000 == 0:
        forms |= {f"{whole // 1000}k", f"{whole // 1000}K"}
    found = next((line for line in body.lines if any(form in line for form in forms)), None)
    return found or MARKUP_PAY


def _guess_period(amount):
    return "HOUR" if amount and amount < 300 else "YEAR"


def _pay_from_text(body):
    for line in body.lines:
        for m in _PAY.finditer(line):
            lo = _amount(m.group("lo"), m.group("lk"))
            hi = _amount(m.group("hi"), m.group("hk") or m.group("lk")) if m.group("hi") else lo
            per = (m.group("per") or "").lower()
            period = {
                "hour": "HOUR",
                "hr": "HOUR",
                "month": "MONTH",
                "week": "WEEK",
                "day": "DAY",
            }.get(per, "YEAR" if per else None)
            if period is None:
                # A bare amount is pay only when it reads like a salary or an hourly rate.
                if lo >= 20_000:
                    period = "YEAR"
                elif re.search(r"\b(?:pay|wage|rate|salary)\b", line, re.I) and lo < 300:
                    period = "HOUR"
                else:
                    continue
            return (
                {"min": lo, "max": hi, "currency": _CURRENCY[m.group("cur")], "period": period},
                snippet(line, m.start(), m.end()),
            )
    return None, None


def _amount(text, k):
    value = float(text.replace(",", ""))
    return value * 1000 if k else value
