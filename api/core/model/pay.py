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


def pay(opportunity: dict, body: Text) -> dict | None:
    """Return the pay band with its yearly equivalent and evidence, or None."""
    pay = opportunity.get("pay") or None
    evidence = "baseSalary"
    if not pay or not (pay.get("min") or pay.get("max")):
        pay, evidence = _pay_from_text(body)
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
