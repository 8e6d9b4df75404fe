"""User text into reportlab paragraphs: always escaped, long words breakable."""

from __future__ import annotations

from xml.sax.saxutils import escape

# A zero-width space lets reportlab break words longer than this (URLs, compound nouns).
LONG_WORD = 24
ZWSP = "\u200b"


def _breakable(word: str) -> str:
    if len(word) <= LONG_WORD:
        return word
    return ZWSP.join(word[i : i + 12] for i in range(0, len(word), 12))


def para_text(user_text: str) -> str:
    """Escape ``<``, ``&`` and ``>`` so markup-like text prints literally; keep line breaks."""
    lines = []
    for line in user_text.splitlines() or [""]:
        words = [_breakable(w) for w in line.split(" ")]
        lines.append(escape(" ".join(words)))
    return "<br/>".join(lines)
