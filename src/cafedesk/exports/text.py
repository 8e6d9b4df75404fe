"""User text into reportlab paragraphs: always escaped, line breaks kept."""

from __future__ import annotations

from xml.sax.saxutils import escape


def para_text(user_text: str) -> str:
    """Escape ``<``, ``&`` and ``>`` so markup-like text prints literally; keep line breaks.

    Long words (URLs, compound nouns) are left whole: every paragraph style splits a word
    wider than its column by itself (``splitLongWords``), so nothing invisible is inserted
    that would break a copied URL or the PDF viewer's search.
    """
    return "<br/>".join(escape(line) for line in user_text.splitlines() or [""])
