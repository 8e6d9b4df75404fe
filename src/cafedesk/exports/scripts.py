"""Names in every script on paper: a font per run of text, right-to-left runs laid out.

DejaVu Sans (the base family) has Latin, Greek, Cyrillic, Vietnamese and Turkish, but
no Arabic joining forms, no Hebrew and no CJK. So every line of user text is cut into
runs, each drawn with the first shipped font that has its glyphs (fonts.fallback_fonts).

Right-to-left runs: reportlab's own bidi needs ``rlbidi``, which is not published for
install, so the visual order comes from python-bidi (the Unicode bidi algorithm) and
Arabic letters take their joined forms from arabic-reshaper (presentation forms, which
Noto Naskh Arabic maps). Runs are written in visual order, as PDF text extractors
(PDFium, pypdf, Acrobat) expect: they put right-to-left runs back into reading order.
The fonts' ToUnicode maps give a joined Arabic form as its base letter (fonts.py), so a
copied name is the typed name.

A run of right-to-left words is kept on one line (its spaces become no-break spaces when
the run is short, as names are): wrapping happens after reordering, so a wrapped
right-to-left run would otherwise read its lines in the wrong order.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from cafedesk.exports import fonts

# Characters that only steer how a neighbour looks (emoji variation selectors, joiners):
# no font draws them as a glyph, and reportlab would print a box.
_INVISIBLE = {0xFE0E, 0xFE0F, 0x200D, 0x200C, 0x200E, 0x200F}
# Right-to-left runs up to this many characters (names, a short title) never wrap inside.
KEEP_TOGETHER = 40
NBSP = "\u00a0"

_reshaper = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


@dataclass(frozen=True)
class Run:
    font: str
    text: str  # in visual order, as drawn


def _covers(font: str, char: str) -> bool:
    return ord(char) in getFont(font).face.charToGlyph


def _script_font(char: str, base: str) -> str | None:
    """Hebrew and Arabic take their Noto face even where DejaVu has a glyph: DejaVu's
    Arabic is a sans stand-in and its Hebrew lacks the points."""
    code = ord(char)
    bold = base in fonts.BOLD_BASES
    if 0x0590 <= code <= 0x05FF or 0xFB1D <= code <= 0xFB4F:
        return fonts.HEBREW_BOLD if bold else fonts.HEBREW
    if (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    ):
        return fonts.ARABIC_BOLD if bold else fonts.ARABIC
    return None


def _font_for(char: str, base: str, current: str) -> str:
    """The font for one character: combining marks stay in the run they are in."""
    if unicodedata.category(char) in ("Mn", "Me") and _covers(current, char):
        return current
    script = _script_font(char, base)
    if script is None and _covers(base, char):
        return base
    fonts.register_fallbacks()
    if script is not None and _covers(script, char):
        return script
    if _covers(base, char):
        return base
    for candidate in fonts.fallback_fonts(base):
        if _covers(candidate, char):
            return candidate
    return base  # nothing has it: the base font's box, reported by missing_glyphs()


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _keep_rtl_together(text: str) -> str:
    """Join the words of each short right-to-left stretch with no-break spaces."""
    words = text.split(" ")
    out: list[str] = []
    stretch: list[str] = []

    def flush() -> None:
        if stretch:
            joined = " ".join(stretch)
            out.append(joined.replace(" ", NBSP) if len(joined) <= KEEP_TOGETHER else joined)
            stretch.clear()

    for word in words:
        if word and _has_rtl(word):
            stretch.append(word)
        else:
            flush()
            out.append(word)
    flush()
    return " ".join(out)


def visual_line(line: str) -> str:
    """One line in drawing order: Arabic joined, right-to-left stretches reversed."""
    line = "".join(ch for ch in line if ord(ch) not in _INVISIBLE)
    if not _has_rtl(line):
        return line
    line = _keep_rtl_together(line)
    return str(get_display(_reshaper.reshape(line), base_dir="L"))


def runs(line: str, base: str) -> list[Run]:
    """One line of user text as font runs in drawing order (a copy: callers may keep it)."""
    return list(_runs(line, base))


@functools.lru_cache(maxsize=8192)
def _runs(line: str, base: str) -> tuple[Run, ...]:
    """One line of user text as font runs in drawing order.

    Cached: cards and posters measure the same name at many sizes while fitting it.

    A space belongs to the fallback run around it only when the text on both sides is in
    that font; at the edge of a run it stays in the base font, so a name's words keep
    their spaces where the reader sees them.
    """
    fonts.register_fonts()
    if line.isascii():  # the base fonts have every printable ASCII character
        return (Run(base, line),)
    chars = visual_line(line)
    chosen: list[str | None] = []
    current = base
    for ch in chars:
        if ch.isspace():
            chosen.append(None)
            continue
        current = _font_for(ch, base, current)
        chosen.append(current)
    for i, ch in enumerate(chars):
        if chosen[i] is None:
            before = next((f for f in reversed(chosen[:i]) if f is not None), base)
            after = next((f for f in chosen[i + 1 :] if f is not None), base)
            chosen[i] = before if before == after and _covers(before, ch) else base
    found: list[Run] = []
    for ch, font in zip(chars, chosen, strict=True):
        assert font is not None
        if found and found[-1].font == font:
            found[-1] = Run(font, found[-1].text + ch)
        else:
            found.append(Run(font, ch))
    return tuple(found)


def _linked(text: str, links: re.Pattern[str] | None) -> str:
    """Escaped text with each address ``links`` finds made a link (a PDF link annotation)."""
    if links is None:
        return escape(text)
    out, last = [], 0
    for found in links.finditer(text):
        address = found.group(0)
        target = address if "://" in address else f"https://{address}"
        out.append(escape(text[last : found.start()]))
        out.append(f'<a href="{escape(target, {chr(34): "&quot;"})}">{escape(address)}</a>')
        last = found.end()
    out.append(escape(text[last:]))
    return "".join(out)


def markup(user_text: str, base: str, links: re.Pattern[str] | None = None) -> str:
    """User text as paragraph markup: escaped, a ``<font>`` per run, line breaks kept."""
    lines = []
    for line in user_text.splitlines() or [""]:
        parts = []
        for run in runs(line, base):
            if run.font == base:
                parts.append(_linked(run.text, links))
            else:
                # The family: the weight follows the paragraph (fonts._keep_weight_…).
                family = fonts.family_of(run.font)
                parts.append(f'<font name="{family}">{escape(run.text)}</font>')
        lines.append("".join(parts))
    return "<br/>".join(lines)


def text_width(text: str, font: str, size: float) -> float:
    """The printed width of one line of user text, each run in its own font."""
    return float(sum(stringWidth(r.text, r.font, size) for r in _runs(text, font)))


def draw_text(
    canvas: object, x: float, y: float, text: str, font: str, size: float, anchor: str = "start"
) -> float:
    """Draw one line of user text at (x, y); ``anchor`` is start, middle or end. Returns width."""
    found = runs(text, font)
    width = float(sum(stringWidth(r.text, r.font, size) for r in found))
    if anchor == "middle":
        x -= width / 2
    elif anchor == "end":
        x -= width
    obj = canvas.beginText(x, y)  # type: ignore[attr-defined]
    for run in found:
        obj.setFont(run.font, size)
        obj.textOut(run.text)
    canvas.drawText(obj)  # type: ignore[attr-defined]
    return width


def missing_glyphs(text: str, base: str) -> set[str]:
    """Characters no shipped font can draw (they would print as a box)."""
    return {
        ch
        for run in runs(text, base)
        for ch in run.text
        if not ch.isspace() and not _covers(run.font, ch)
    }
