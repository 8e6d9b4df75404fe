"""The Unicode font family every PDF embeds (DejaVu Sans, shipped in the package).

reportlab's built-in Helvetica cannot print Polish, Greek or Cyrillic letters,
so every document uses these names instead.
"""

from __future__ import annotations

import threading
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "CafedeskSans"
BOLD = "CafedeskSans-Bold"
ITALIC = "CafedeskSans-Italic"
BOLD_ITALIC = "CafedeskSans-BoldItalic"
CONDENSED_BOLD = "CafedeskSansCondensed-Bold"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the family once per process (safe to call from worker threads)."""
    global _registered
    with _lock:
        if _registered:
            return
        folder = resources.files("cafedesk") / "resources" / "fonts"
        for name, file_name in _FILES.items():
            with resources.as_file(folder / file_name) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        _registered = True
