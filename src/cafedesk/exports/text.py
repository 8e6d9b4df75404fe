"""User text into reportlab paragraphs: always escaped, line breaks kept, every script."""

from __future__ import annotations

from cafedesk.exports import fonts, scripts


def para_text(user_text: str, base: str = fonts.REGULAR) -> str:
    """Escape ``<``, ``&`` and ``>`` so markup-like text prints literally; keep line breaks.

    Each run of text the paragraph's font (``base``) cannot draw is set in a shipped
    fallback font, and right-to-left names are laid out in reading order
    (exports/scripts.py).

    Long words (URLs, compound nouns) are left whole: every paragraph style splits a word
    wider than its column by itself (``splitLongWords``), so nothing invisible is inserted
    that would break a copied URL or the PDF viewer's search.
    """
    return scripts.markup(user_text, base)
