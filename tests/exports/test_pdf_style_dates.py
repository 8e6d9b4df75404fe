"""Printed dates follow the language's own pattern, not just translated words."""

import datetime as dt

from cafedesk.exports.pdf_style import format_date, format_dates

GERMAN = {"{day} {month} {year}": "{day}. {month} {year}", "March": "März", "Saturday": "Samstag"}


def german(text: str) -> str:
    return GERMAN.get(text, text)


def test_english_and_german_dates() -> None:
    day = dt.date(2026, 3, 14)
    assert format_date(day) == "Saturday, 14 March 2026"
    assert format_date(day, german) == "Samstag, 14. März 2026"
    assert format_dates(day, day + dt.timedelta(days=1), german) == "14. März 2026 – 15. März 2026"
