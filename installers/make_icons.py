"""Render the one SVG icon into what each system wants: PNGs (Linux), .ico, .icns.

    python installers/make_icons.py OUT_FOLDER

Qt renders the SVG (no extra tool); Pillow writes the .ico and .icns from the PNGs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "src" / "cafedesk" / "resources" / "icons" / "cafedesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int, out: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication([])
    for size in SIZES:
        render(size, out / f"cafedesk-{size}.png")
    biggest = Image.open(out / "cafedesk-512.png")
    biggest.save(out / "cafedesk.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    biggest.save(out / "cafedesk.icns")
    print(f"icons in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
