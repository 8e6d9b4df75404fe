"""What keeps the wall usable on a 1366×768 laptop.

- The conflicts panel folds away: a toolbar button with the count shows it; it
  starts folded on narrow windows and whenever there is nothing to list.
- Notices float over the foot of the wall instead of pushing it down, so a drag
  aimed while "Swapped…" appears still lands where it was aimed.
- The zoom is kept per event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from cafedesk.ui.settings import AppSettings
    from cafedesk.ui.wall.page import WallPage

WIDE_ENOUGH = 1500  # px of page: from here the conflicts panel starts open
BAR_MARGIN = 8


class WallChrome(QObject):
    def __init__(self, page: WallPage) -> None:
        super().__init__(page)
        self.page = page
        self._chosen_by_person = False
        self._zoom_restored = False

        self.toggle = QAction(self.tr("Conflicts"), page)
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.tr("Show or hide the list of conflicts"))
        self.toggle.triggered.connect(self._toggled_by_person)
        self.toggle.toggled.connect(page.panel.setVisible)
        page.toolbar.addAction(self.toggle)
        page.panel.hide()  # until the page knows its width and its conflicts

        # The notice floats over the wall (it no longer takes a row of the page).
        bar = page.message_bar
        page.page_layout.removeWidget(bar)
        bar.setParent(page.view)
        bar.installEventFilter(self)
        page.view.installEventFilter(self)
        page.view.zoomed.connect(self._remember_zoom)

    # --- the conflicts panel ---------------------------------------------------------
    def _toggled_by_person(self, _checked: bool) -> None:
        self._chosen_by_person = True

    def conflicts_changed(self, count: int) -> None:
        self.toggle.setText(
            self.tr("Conflicts (%1)").replace("%1", str(count))
            if count
            else self.tr("No conflicts")
        )
        self.toggle.setEnabled(count > 0)
        if count == 0:
            self.toggle.setChecked(False)
        elif not self._chosen_by_person:
            self.toggle.setChecked(self.page.width() >= WIDE_ENOUGH)

    # --- the floating notice ---------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place_bar()
        return False

    def _place_bar(self) -> None:
        bar, view = self.page.message_bar, self.page.view
        width = max(100, view.viewport().width() - 2 * BAR_MARGIN)
        height = bar.heightForWidth(width)
        # At the foot of the wall: the space names at the top stay readable.
        top = max(BAR_MARGIN, view.viewport().height() - height - BAR_MARGIN)
        bar.setGeometry(BAR_MARGIN, top, width, height)
        bar.raise_()

    # --- zoom per event --------------------------------------------------------------
    def _settings(self) -> AppSettings | None:
        settings = getattr(self.page.window(), "settings", None)
        from cafedesk.ui.settings import AppSettings

        return settings if isinstance(settings, AppSettings) else None

    def restore_zoom(self) -> bool:
        """Go back to this event's last zoom; False when there is none."""
        settings = self._settings()
        zoom = settings.wall_zoom(self.page.document.file.path) if settings else None
        self._zoom_restored = True
        if zoom is None:
            return False
        self.page.view.set_zoom(zoom)
        return True

    def _remember_zoom(self, zoom: float) -> None:
        settings = self._settings()
        if settings is not None and self._zoom_restored:
            settings.set_wall_zoom(self.page.document.file.path, zoom)
