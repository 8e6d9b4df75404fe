"""Settings kept between runs (recent files, window geometry, last page), in an INI file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from cafedesk.domain.notes import Branding

MAX_RECENT = 10


class AppSettings:
    def __init__(self, path: Path) -> None:
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def recent_files(self) -> list[Path]:
        value = self._qs.value("files/recent", [], type=list)
        paths = value if isinstance(value, list) else []
        return [Path(str(p)) for p in paths if Path(str(p)).is_file()]

    def add_recent(self, path: Path) -> None:
        paths = [str(path.resolve())] + [
            str(p) for p in self.recent_files() if p.resolve() != path.resolve()
        ]
        self._qs.setValue("files/recent", paths[:MAX_RECENT])

    def last_folder(self) -> str:
        return str(self._qs.value("files/lastFolder", "", type=str))

    def set_last_folder(self, folder: Path) -> None:
        self._qs.setValue("files/lastFolder", str(folder))

    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)

    # What is remembered per event file (so another event, or the demo the first
    # time, does not open on the page or at the zoom this one was left at).
    @staticmethod
    def _of_event(path: Path, name: str) -> str:
        digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:16]
        return f"events/{digest}/{name}"

    def last_page(self, event: Path) -> int:
        value = self._qs.value(self._of_event(event, "lastPage"), 0, type=int)
        return value if isinstance(value, int) else 0

    def set_last_page(self, event: Path, index: int) -> None:
        self._qs.setValue(self._of_event(event, "lastPage"), index)

    def wall_zoom(self, event: Path) -> float | None:
        value = self._qs.value(self._of_event(event, "wallZoom"), 0.0, type=float)
        return value if isinstance(value, float) and value > 0 else None

    def set_wall_zoom(self, event: Path, zoom: float) -> None:
        self._qs.setValue(self._of_event(event, "wallZoom"), round(zoom, 4))

    def branding(self) -> Branding:
        """The facilitator's name, contact and accent colour, set once in Preferences."""
        return Branding(
            facilitator=str(self._qs.value("branding/name", "", type=str)),
            contact=str(self._qs.value("branding/contact", "", type=str)),
            accent=str(self._qs.value("branding/accent", "", type=str)),
        )

    def set_branding(self, branding: Branding) -> None:
        self._qs.setValue("branding/name", branding.facilitator)
        self._qs.setValue("branding/contact", branding.contact)
        self._qs.setValue("branding/accent", branding.accent)
        self._qs.sync()

    def sync(self) -> None:
        self._qs.sync()
