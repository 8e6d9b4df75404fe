"""Printed dates follow the language's own pattern, not just translated words."""

import datetime as dt

from cafedesk.exports.pdf_style import format_date, format_dates

GERMAN = {"{day} {month} {year}": "{day}. {month} {year}", "March": "März", "Saturday": "Samstag"}


def german(text: str) -> str:
    return GERMAN.get(text, text)


def test_english_and_german_dates() -> None:
    day = dt.date(2026, 3, 14)
    # No-break spaces inside a date: it never wraps as "14 March / 2026" (issue 15, finding 18).
    assert format_date(day).replace("\u00a0", " ") == "Saturday, 14 March 2026"
    assert format_date(day, german).replace("\u00a0", " ") == "Samstag, 14. März 2026"
    assert format_dates(day, day + dt.timedelta(days=1), german).replace("\u00a0", " ") == (
        "14. März 2026 – 15. März 2026"
    )
    assert format_date(day, weekday=False) == "14\u00a0March\u00a02026"
