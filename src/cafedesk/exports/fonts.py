"""The fonts every PDF embeds, all shipped in the package (nothing is fetched).

reportlab's built-in Helvetica cannot print Polish, Greek or Cyrillic letters, so every
document uses DejaVu Sans under the names below. Scripts DejaVu lacks fall back, run by
run (exports/scripts.py), to Noto Sans Hebrew, Noto Naskh Arabic, a subset of Noto Sans
CJK SC and Symbola's emoji (tools/build_fonts.py makes the last two).
"""

from __future__ import annotations

import threading
import unicodedata
from importlib import resources

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import tables
from reportlab.platypus.paraparser import ParaParser

REGULAR = "CafedeskSans"
BOLD = "CafedeskSans-Bold"
ITALIC = "CafedeskSans-Italic"
BOLD_ITALIC = "CafedeskSans-BoldItalic"
CONDENSED_BOLD = "CafedeskSansCondensed-Bold"
HEBREW = "CafedeskHebrew"
HEBREW_BOLD = "CafedeskHebrew-Bold"
ARABIC = "CafedeskArabic"
ARABIC_BOLD = "CafedeskArabic-Bold"
CJK = "CafedeskCJK"
SYMBOLS = "CafedeskSymbols"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
_FALLBACK_FILES = {
    HEBREW: "NotoSansHebrew-Regular.ttf",
    HEBREW_BOLD: "NotoSansHebrew-Bold.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
    CJK: "NotoSansCJKsc-Subset.ttf",
    SYMBOLS: "Symbola-Emoji.ttf",
}
BOLD_BASES = frozenset({BOLD, BOLD_ITALIC, CONDENSED_BOLD})
_lock = threading.Lock()
_registered = False
_fallbacks_registered = False


def fallback_fonts(base: str) -> tuple[str, ...]:
    """Fonts tried, in order, for a character the base font lacks."""
    if base in BOLD_BASES:
        return (HEBREW_BOLD, ARABIC_BOLD, CJK, SYMBOLS)
    return (HEBREW, ARABIC, CJK, SYMBOLS)


def family_of(font: str) -> str:
    """The fallback family of a face (its regular face's name), for paragraph markup."""
    return {HEBREW_BOLD: HEBREW, ARABIC_BOLD: ARABIC}.get(font, font)


FALLBACK_FAMILIES = frozenset({HEBREW, ARABIC, CJK, SYMBOLS})


def register_fonts() -> None:
    """Register the fonts once per process (safe to call from worker threads)."""
    global _registered
    with _lock:
        if _registered:
            return
        _register(_FILES)
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        _install_text_hooks()
        # A canvas starts its pages in this font: with Helvetica, every page referenced
        # an unembedded font that print shops' preflight flags.
        rl_config.canvas_basefontname = REGULAR
        tables.CellStyle.fontname = REGULAR  # a table cell sets its font even when empty
        _registered = True


def register_fallbacks() -> None:
    """Register the script fallbacks, once, when the first text needs them: reading the
    CJK font takes a noticeable moment, and most events never print a character of it."""
    global _fallbacks_registered
    if _fallbacks_registered:
        return
    register_fonts()
    with _lock:
        if _fallbacks_registered:
            return
        _register(_FALLBACK_FILES)
        for family, bold in (
            (HEBREW, HEBREW_BOLD),
            (ARABIC, ARABIC_BOLD),
            (CJK, CJK),
            (SYMBOLS, SYMBOLS),
        ):
            addMapping(family, 0, 0, family)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, family)
            addMapping(family, 1, 1, bold)
        _fallbacks_registered = True


def _register(files: dict[str, str]) -> None:
    folder = resources.files("cafedesk") / "resources" / "fonts"
    for name, file_name in files.items():
        with resources.as_file(folder / file_name) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF written as UTF-16 pairs
    (reportlab writes an emoji as ``<1F600>``, not valid there: viewers copied the wrong
    characters) and joined Arabic forms mapped to their letters."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo\n<< /Registry ({fontname})\n/Ordering ({fontname})\n/Supplement 0\n>> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_utf16_hex(_unicode_of(v))}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def _unicode_of(code: int) -> str:
    """What a glyph stands for when copied: a joined Arabic form is its base letters
    (a lam-alef ligature both letters, in typed order)."""
    char = chr(code)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        base = unicodedata.normalize("NFKC", char)
        if base.strip():
            return base
    return char


def _install_text_hooks() -> None:
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    _keep_weight_in_fallback_runs()


def _keep_weight_in_fallback_runs() -> None:
    """``<font name="CafedeskHebrew">`` around a fallback run keeps the bold or italic of
    the text around it (a bold heading, a ``<b>`` name in a list).

    reportlab's ``<font name=…>`` resets bold and italic to those of the named face, so a
    Hebrew name inside a bold line would print regular; for the fallback families only,
    the tag sets the family and leaves the weight to the paragraph.
    """
    original = ParaParser.start_font
    if getattr(original, "cafedesk_hook", False):
        return

    def start_font(self: ParaParser, attr: dict[str, str]) -> None:
        name = attr.get("name") or attr.get("face")
        if name in FALLBACK_FAMILIES and len(attr) == 1:
            self._push("font", fontName=name)
        else:
            original(self, attr)

    start_font.cafedesk_hook = True  # type: ignore[attr-defined]
    ParaParser.start_font = start_font
