"""The main window: navigation on the left, one page at a time, menus, undo."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.errors import CafedeskError
from cafedesk.domain.model import Method
from cafedesk.paths import AppPaths
from cafedesk.services import event as event_service
from cafedesk.services.files import EventFile, make_backup
from cafedesk.ui.cafe.harvest_page import HarvestPage
from cafedesk.ui.cafe.seating_page import SeatingPage
from cafedesk.ui.cafe.setup_page import CafeSetupPage
from cafedesk.ui.convergence.plans_page import ActionPlansPage
from cafedesk.ui.convergence.report_page import ClientReportPage
from cafedesk.ui.convergence.votes_page import ConvergencePage
from cafedesk.ui.document import EventDocument
from cafedesk.ui.handoff import EventChannel
from cafedesk.ui.notes.editor_page import NotesPage
from cafedesk.ui.notes.news_wall_page import NewsWallPage
from cafedesk.ui.pages.base import Page
from cafedesk.ui.pages.event_page import EventPage
from cafedesk.ui.pages.export_page import ExportPage
from cafedesk.ui.pages.participants_page import ParticipantsPage
from cafedesk.ui.pages.print_page import PrintPage
from cafedesk.ui.pages.slots_page import SlotsPage
from cafedesk.ui.pages.spaces_page import SpacesPage
from cafedesk.ui.settings import AppSettings
from cafedesk.ui.style import STYLE_SHEET
from cafedesk.ui.tasks import Task
from cafedesk.ui.wall.page import WallPage
from cafedesk.ui.welcome import WelcomePage

BACKUP_EVERY_MS = 5 * 60 * 1000
log = logging.getLogger(__name__)
OPEN_SPACE = frozenset({Method.OPEN_SPACE})
CAFES = frozenset({Method.WORLD_CAFE, Method.PRO_ACTION_CAFE})
EVERY_METHOD = frozenset(Method)


@dataclass(frozen=True)
class PageEntry:
    page: type[Page]
    methods: frozenset[Method] = EVERY_METHOD  # the events whose navigation lists it


def page_entries() -> list[PageEntry]:
    """The pages in navigation order; later features add theirs here."""
    return [
        PageEntry(EventPage),
        PageEntry(SpacesPage),
        PageEntry(SlotsPage),
        PageEntry(ParticipantsPage),
        PageEntry(WallPage, OPEN_SPACE),
        PageEntry(NotesPage, OPEN_SPACE),
        PageEntry(NewsWallPage, OPEN_SPACE),
        PageEntry(CafeSetupPage, CAFES),
        PageEntry(SeatingPage, CAFES),
        PageEntry(HarvestPage, CAFES),
        PageEntry(ConvergencePage, OPEN_SPACE),
        PageEntry(ActionPlansPage),
        PageEntry(ClientReportPage),
        PageEntry(PrintPage),
        PageEntry(ExportPage),
    ]


def first_size(available: QSize) -> tuple[int, int]:
    """The window's size the first time: 1200×800, or the whole of a smaller screen
    (on a 1366×768 laptop 800 px tall hid the bottom of every page)."""
    if available.width() < 1400:
        return available.width(), min(800, available.height())
    return min(1200, available.width()), min(800, available.height())


def redo_keys() -> list[QKeySequence]:
    """Ctrl+Shift+Z and Ctrl+Y everywhere, plus the platform's own, each once.

    The platform's Redo binding already holds Ctrl+Shift+Z on Linux; binding it
    twice to one action makes Qt call the shortcut ambiguous and do nothing.
    """
    keys: list[QKeySequence] = []
    wanted = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    for key in [*wanted, *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]:
        if key.toString() not in {k.toString() for k in keys}:
            keys.append(key)
    return keys


class MainWindow(QMainWindow):
    def __init__(self, paths: AppPaths, settings: AppSettings, unattended: bool = False) -> None:
        super().__init__()
        self.paths = paths
        self.settings = settings
        # Unattended (the smoke test): no dialog may wait for a person; refusals are
        # printed and make the run end with ``exit_code``.
        self.unattended = unattended
        self.exit_code = 0
        self.document: EventDocument | None = None
        self.entries = page_entries()
        # Pages are built the first time they are shown: opening a big event paints at once.
        self.pages: dict[int, Page] = {}
        self._backup_task: Task | None = None
        self.channel: EventChannel | None = None
        self._backed_up_at = -1

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget(central)
        self.nav.setFixedWidth(190)
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet(STYLE_SHEET)
        self.nav.currentRowChanged.connect(self._show_page)
        self.stack = QStackedWidget(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.welcome = WelcomePage(self)
        self.stack.addWidget(self.welcome)
        self.read_only_label = QLabel(self.tr("Read-only"), self)
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.read_only_label.hide()

        from cafedesk.ui.file_actions import FileActions

        self.files = FileActions(self)
        self._build_menus()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_EVERY_MS)
        self.backup_timer.timeout.connect(lambda: self.backup_now("timer"))
        self.resize(*first_size(self.screen().availableGeometry().size()))
        geometry = settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._update_title()

    def _import_event(self) -> None:
        from cafedesk.ui.import_event import import_event

        import_event(self)

    def _save_template(self) -> None:
        from cafedesk.ui.template_actions import save_as_template

        if self.document is not None:
            save_as_template(self, self.paths, self.document.file)

    # --- menus ---------------------------------------------------------------------
    def _build_menus(self) -> None:
        files = self.files
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(
            self._make(self.tr("&New Event…"), files.new_event, QKeySequence.StandardKey.New)
        )
        file_menu.addAction(
            self._make(self.tr("&Open…"), files.open_dialog, QKeySequence.StandardKey.Open)
        )
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self._make(self.tr("&Import Event…"), self._import_event))
        file_menu.addSeparator()
        self.copy_action = self._make(
            self.tr("Save a &Copy As…"), files.save_copy, QKeySequence("Ctrl+Shift+S")
        )
        self.template_action = self._make(self.tr("Save as &Template…"), self._save_template)
        self.restore_action = self._make(self.tr("Restore from &Backup…"), files.restore_backup)
        self.close_action = self._make(
            self.tr("&Close Event"), files.close_event, QKeySequence.StandardKey.Close
        )
        for action in (
            self.copy_action,
            self.template_action,
            self.restore_action,
            self.close_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self._make(self.tr("&Preferences…"), self.preferences))
        file_menu.addAction(self._make(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._make(self.tr("&About cafedesk"), files.about))
        self._set_document_actions()

    def _make(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        owner: QObject | None = None,
    ) -> QAction:
        action = QAction(text, owner or self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _go_to_row(self, row: int) -> Callable[[], None]:
        return lambda: self.nav.setCurrentRow(row)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.files.open_path(p))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent events")).setEnabled(False)

    def _set_document_actions(self) -> None:
        has = self.document is not None
        # Restore stays reachable with no event open: a damaged file's backups are there.
        for action in (self.copy_action, self.template_action, self.close_action):
            action.setEnabled(has)
        self.edit_menu.clear()
        self.view_menu.clear()
        if self.document is not None:
            # Owned by the menus, so clearing a menu deletes its old actions too.
            undo = self.document.undo_stack.createUndoAction(self.edit_menu, self.tr("&Undo"))
            undo.setShortcut(QKeySequence.StandardKey.Undo)
            redo = self.document.undo_stack.createRedoAction(self.edit_menu, self.tr("&Redo"))
            redo.setShortcuts(redo_keys())
            self.edit_menu.addAction(undo)
            self.edit_menu.addAction(redo)
            visible = [row for row in range(self.nav.count()) if not self.nav.item(row).isHidden()]
            for number, row in enumerate(visible, start=1):
                title = self.entries[row].page.title()
                action = self._make(title, self._go_to_row(row), owner=self.view_menu)
                if number <= 9:
                    action.setShortcut(QKeySequence(f"Ctrl+{number}"))
                self.view_menu.addAction(action)
            self.view_menu.addSeparator()
            convenor = self._make(
                self.tr("&Convenor Mode…"), self._start_convenor_mode, owner=self.view_menu
            )
            convenor.setEnabled(not self.document.read_only)
            self.view_menu.addAction(convenor)
        else:
            self.edit_menu.addAction(self.tr("Nothing to undo")).setEnabled(False)

    def preferences(self) -> None:
        from cafedesk.ui.dialogs.preferences_dialog import PreferencesDialog

        PreferencesDialog(self.settings, self).exec()

    def _start_convenor_mode(self) -> None:
        row = next(i for i, entry in enumerate(self.entries) if entry.page is NotesPage)
        page = self.page_at(row)
        if isinstance(page, NotesPage):
            page.start_convenor_mode()

    # --- documents -----------------------------------------------------------------
    def set_document(self, event_file: EventFile | None) -> None:
        """Show ``event_file`` (or the welcome page when None); closes the previous one."""
        self._drop_document()
        if event_file is None:
            self.stack.setCurrentWidget(self.welcome)
            self.welcome.refresh_recent()
            self._set_document_actions()
            self._update_title()
            return
        document = EventDocument(event_file, self.paths.backups, self)
        self.document = document
        document.changed.connect(self._on_changed)
        document.failed.connect(self.show_error)
        for entry in self.entries:
            QListWidgetItem(entry.page.title(), self.nav)
        self._show_pages_for_method()
        self.read_only_label.setVisible(document.read_only)
        last = min(self.settings.last_page(document.file.path), len(self.entries) - 1)
        self.nav.setCurrentRow(last if not self.nav.item(last).isHidden() else 0)
        self._set_document_actions()
        self._update_title()
        if not document.read_only:
            self.settings.add_recent(event_file.path)
            self.backup_now("open")
            self.backup_timer.start()
            # Double-clicking this event again brings this window forward.
            self.channel = EventChannel(self, event_file.path)

    def _drop_document(self) -> None:
        self.backup_timer.stop()
        if self.channel is not None:
            self.channel.stop()
            self.channel.deleteLater()
            self.channel = None
        if self.document is None:
            return
        # A backup still being written when the event closes (or the app quits) is
        # finished first: it is often the newest copy there is.
        if self._backup_task is not None and not self._backup_task.wait_ended(120):
            log.warning("a backup of %s did not finish in time", self.document.file.path)
        self.backup_now("close", wait=True)
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.document.idle_timer.stop()
        self.document.undo_stack.clear()
        self.document.file.close()
        self.document.deleteLater()
        self.document = None
        self.read_only_label.hide()

    def page_at(self, row: int) -> Page:
        """The page in navigation row ``row``, built now if it was not yet."""
        page = self.pages.get(row)
        if page is None:
            assert self.document is not None
            page = self.entries[row].page(self.document)
            page.set_read_only(self.document.read_only)
            self.stack.addWidget(page)
            self.pages[row] = page
        return page

    def open_page(self, page_type: type[Page]) -> Page | None:
        """Show the page of that type (pages use this to send the user elsewhere)."""
        for row, entry in enumerate(self.entries):
            if entry.page is page_type and self.document is not None:
                self.nav.setCurrentRow(row)
                return self.page_at(row)
        return None

    def _show_page(self, row: int) -> None:
        if self.document is not None and 0 <= row < len(self.entries):
            self.stack.setCurrentWidget(self.page_at(row))
            self.settings.set_last_page(self.document.file.path, row)

    def _show_pages_for_method(self) -> bool:
        """List only the pages that belong to the event's method; True if that changed."""
        assert self.document is not None
        method = event_service.get_event(self.document.file).method
        changed = False
        for row, entry in enumerate(self.entries):
            hidden = method not in entry.methods
            changed |= self.nav.item(row).isHidden() != hidden
            self.nav.item(row).setHidden(hidden)
        current = self.nav.currentRow()
        if current >= 0 and self.nav.item(current).isHidden():
            self.nav.setCurrentRow(0)
        return changed

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def _on_changed(self, changes: Changes) -> None:
        for page in list(self.pages.values()):
            page.refresh(changes)
        if changes.touches(Part.EVENT):
            self._update_title()
            if self._show_pages_for_method():
                self._set_document_actions()  # the View menu lists the visible pages

    def show_error(self, message: str) -> None:
        page = self.current_page()
        if page is not None:
            page.message_bar.show_message(message)
        else:
            self.statusBar().showMessage(message, 8000)

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle("cafedesk")
            return
        title = event_service.get_event(self.document.file).title or self.tr("Untitled event")
        suffix = self.tr(" [read-only]") if self.document.read_only else ""
        self.setWindowTitle(f"{title} — {self.document.file.path.name}{suffix} — cafedesk")

    # --- backups -------------------------------------------------------------------
    def backup_now(self, reason: str, wait: bool = False) -> None:
        """Rolling backup off the GUI thread, skipped when nothing changed since the last."""
        document = self.document
        if document is None or document.read_only:
            return
        count = document.file.write_count
        if reason != "open" and count == self._backed_up_at:
            return
        self._backed_up_at = count
        path, root = document.file.path, self.paths.backups
        if wait:
            try:
                make_backup(path, root, reason)
            except CafedeskError as exc:  # closing must not fail on a full disk
                log.warning("no %s backup of %s: %s", reason, path, exc)
            return
        if self._backup_task is not None and self._backup_task.running:
            return
        self._backup_task = Task(lambda _report, _cancelled: make_backup(path, root, reason), self)
        self._backup_task.failed.connect(self.show_error)
        self._backup_task.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.set_document(None)
        self.settings.sync()
        super().closeEvent(event)

    def open_path(self, path: Path, read_only: bool = False) -> bool:
        return self.files.open_path(path, read_only)

    def page_titles(self) -> list[str]:
        return [entry.page.title() for entry in self.entries]
