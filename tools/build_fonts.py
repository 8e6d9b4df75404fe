"""Build the fallback fonts shipped in resources/fonts (run by hand, not at run time).

reportlab embeds TrueType outlines only, so the CJK font (Noto Sans CJK SC, CFF
outlines in an OpenType collection) is subset and converted to quadratic
TrueType outlines here. The subset keeps the characters of the national
standard sets that cover everyday names: GB 2312 (simplified Chinese), Big5
level 1 (common traditional Chinese), JIS X 0208 (Japanese kanji and kana) and
KS X 1001 (the 2,350 common Hangul syllables), plus CJK punctuation and
full-width forms. Rare characters outside these sets fall back to the
replacement box drawn by the caller, which the PDF layer reports.

The emoji font is Symbola cut down to the symbol and emoji blocks (monochrome
outlines; reportlab cannot draw colour bitmap fonts).

Usage:
    python tools/build_fonts.py --cjk NotoSansCJK-Regular.ttc \
        --symbola Symbola_hint.ttf --arabic NotoNaskhArabic-Regular.ttf \
        --arabic-bold NotoNaskhArabic-Bold.ttf --hebrew NotoSansHebrew-Regular.ttf \
        --hebrew-bold NotoSansHebrew-Bold.ttf
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

OUT = Path(__file__).resolve().parent.parent / "src" / "cafedesk" / "resources" / "fonts"
CJK_INDEX_SC = 2  # Noto Sans CJK SC inside the collection


def _decodable(codec: str, lead: range, trail: range) -> set[int]:
    found: set[int] = set()
    for a in lead:
        for b in trail:
            try:
                text = bytes([a, b]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(text) == 1:
                found.add(ord(text))
    return found


def cjk_codepoints() -> set[int]:
    points = set(range(0x3000, 0x3100))  # punctuation, hiragana, katakana
    points |= set(range(0xFF00, 0xFFF0))  # full-width forms
    points |= set(range(0x3130, 0x3190))  # Hangul compatibility jamo
    points |= _decodable("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
    points |= _decodable("big5", range(0xA4, 0xC7), range(0x40, 0xFF))  # level 1
    points |= _decodable("euc_jp", range(0xA1, 0xF5), range(0xA1, 0xFF))
    points |= _decodable("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF))  # Hangul
    return {p for p in points if p >= 0x2E80}


def _cff_to_glyf(font: TTFont) -> None:
    """Replace CFF outlines by quadratic TrueType outlines (fontTools' otf2ttf recipe)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0  # no glyph names: smaller
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font.sfntVersion = "\x00\x01\x00\x00"


def _subset(font: TTFont, codepoints: set[int], layout: bool) -> None:
    options = subset.Options()
    options.layout_features = ["*"] if layout else []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    sub = subset.Subsetter(options)
    sub.populate(unicodes=codepoints)
    sub.subset(font)


def build_cjk(source: Path) -> None:
    font = TTCollection(str(source)).fonts[CJK_INDEX_SC]
    _subset(font, cjk_codepoints(), layout=False)
    _cff_to_glyf(font)
    font.save(str(OUT / "NotoSansCJKsc-Subset.ttf"))


def build_symbols(source: Path) -> None:
    font = TTFont(str(source))
    points = set(range(0x2600, 0x27C0)) | set(range(0x2B00, 0x2C00)) | set(range(0x1F000, 0x1FB00))
    _subset(font, points, layout=False)
    font.save(str(OUT / "Symbola-Emoji.ttf"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("cjk", "symbola", "arabic", "arabic-bold", "hebrew", "hebrew-bold"):
        parser.add_argument(f"--{name}", type=Path, required=True)
    args = parser.parse_args()
    build_cjk(args.cjk)
    build_symbols(args.symbola)
    for path in (args.arabic, args.arabic_bold, args.hebrew, args.hebrew_bold):
        shutil.copyfile(path, OUT / path.name)


if __name__ == "__main__":
    main()
