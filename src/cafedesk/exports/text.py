"""User text into reportlab paragraphs: always escaped, line breaks kept, every script."""

from __future__ import annotations

import re

from cafedesk.exports import fonts, scripts

NBSP = "\u00a0"
# A number and its unit stay on one line ("30 km", "2 h", "15 %", "20 €").
_UNIT = re.compile(
    r"(?<=\d) (?=(?:km|m|cm|mm|kg|g|t|l|ml|h|min|s|ha|m²|m³|km/h|kWh|kW|MW|°C|%|€|\$|£)(?![\w/]))"
)
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)\]}'’”]")


def keep_units(text: str) -> str:
    """Join a number to the unit after it with a no-break space."""
    return _UNIT.sub(NBSP, text)


def para_text(user_text: str, base: str = fonts.REGULAR) -> str:
    """Escape ``<``, ``&`` and ``>`` so markup-like text prints literally; keep line breaks.

    Each run of text the paragraph's font (``base``) cannot draw is set in a shipped
    fallback font, and right-to-left names are laid out in reading order
    (exports/scripts.py).

    Long words (URLs, compound nouns) are left whole: every paragraph style splits a word
    wider than its column by itself (``splitLongWords``), so nothing invisible is inserted
    that would break a copied URL or the PDF viewer's search. Web addresses become links.
    """
    return scripts.markup(keep_units(user_text), base, links=_URL)
