"""Regenerate the setup-page screenshots in docs/screenshots from the demo event.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cafedesk.app import demo_file  # noqa: E402
from cafedesk.paths import portable_paths  # noqa: E402
from cafedesk.ui.i18n import install_translators  # noqa: E402
from cafedesk.ui.main_window import MainWindow  # noqa: E402
from cafedesk.ui.settings import AppSettings  # noqa: E402

PAGES = {
    "Event": "setup-event",
    "Spaces": "setup-spaces",
    "Time slots": "setup-slots",
    "Participants": "setup-participants",
}


def main() -> None:
    app = QApplication([])
    install_translators(app, "en")
    with tempfile.TemporaryDirectory() as tmp:
        paths = portable_paths(Path(tmp)).ensure()
        window = MainWindow(paths, AppSettings(paths.settings_file))
        window.open_path(demo_file(paths))
        window.resize(1200, 760)
        window.show()
        for title, name in PAGES.items():
            window.nav.setCurrentRow(window.page_titles().index(title))
            app.processEvents()
            window.grab().save(str(ROOT / "docs" / "screenshots" / f"{name}.png"))
        window.close()


if __name__ == "__main__":
    main()
