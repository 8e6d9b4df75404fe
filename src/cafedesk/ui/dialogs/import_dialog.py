"""Import participants: pick a file, say where its header is and which column holds what,
see every problem next to its row, then import all at once (or nothing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cafedesk.domain.changes import Changes
from cafedesk.domain.errors import CafedeskError
from cafedesk.domain.model import Participant
from cafedesk.services import participants
from cafedesk.services.files import make_backup
from cafedesk.services.import_cli import describe
from cafedesk.services.participant_import import (
    FIELDS,
    ImportPlan,
    RawTable,
    apply_import,
    guess_mapping,
    plan_import,
    read_table,
    table_from,
)
from cafedesk.services.sheet_reader import ENCODINGS
from cafedesk.ui.document import EventDocument, ServiceCommand, qt_translate
from cafedesk.ui.models.sheet_preview import SheetPreviewModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_LISTED = 500  # problems listed one by one; the count says if there are more


class ImportParticipantsDialog(QDialog):
    def __init__(self, parent: QWidget, document: EventDocument, path: Path, raw: RawTable) -> None:
        super().__init__(parent)
        self.document = document
        self.path = path
        self.raw = raw
        self.plan = ImportPlan(())
        self.setWindowTitle(self.tr("Import participants from %1").replace("%1", path.name))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Which row holds the column names, and which column holds what? "
                "Nothing is imported until every row is right."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._file_settings())
        layout.addLayout(self._mapping_grid())
        self.how_read = QLabel(self)
        self.how_read.setTextFormat(Qt.TextFormat.PlainText)  # holds the file's name
        self.how_read.setWordWrap(True)
        layout.addWidget(self.how_read)

        self.model = SheetPreviewModel()
        self.preview = QTableView(self)
        self.preview.setModel(self.model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.verticalHeader().setDefaultSectionSize(24)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.report = QListWidget(self)
        self.report.setWordWrap(True)
        self.report.currentItemChanged.connect(self._show_row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.preview)
        splitter.addWidget(self.report)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fit_to_screen()
        self._set_table(raw)

    # --- layout -----------------------------------------------------------------------
    def _file_settings(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.header_spin = QSpinBox(self)
        numbers = self.raw.sheet.row_numbers()
        self.header_spin.setRange(numbers[0], numbers[-1])
        self.header_spin.setValue(self.raw.header_row)
        self.header_spin.setToolTip(self.tr("As your spreadsheet numbers its rows"))
        self.header_spin.valueChanged.connect(lambda: self._reread(same_file=True))
        header_label = QLabel(self.tr("Column names in row"), self)
        header_label.setBuddy(self.header_spin)
        row.addWidget(header_label)
        row.addWidget(self.header_spin)
        self.encoding_combo = QComboBox(self)
        for code, label in ENCODINGS.items():
            self.encoding_combo.addItem(QCoreApplication.translate("cafedesk", label), code)
        self.encoding_combo.currentIndexChanged.connect(lambda: self._reread(same_file=False))
        self.encoding_label = QLabel(self.tr("Characters"), self)
        self.encoding_label.setBuddy(self.encoding_combo)
        row.addSpacing(18)
        row.addWidget(self.encoding_label)
        row.addWidget(self.encoding_combo)
        is_text = bool(self.raw.sheet.encoding)
        self.encoding_label.setVisible(is_text)
        self.encoding_combo.setVisible(is_text)
        row.addStretch(1)
        return row

    def _mapping_grid(self) -> QGridLayout:
        grid = QGridLayout()
        self.combos: dict[str, QComboBox] = {}
        per_row = 4
        for i, (field, label) in enumerate(FIELDS.items()):
            combo = QComboBox(self)
            combo.currentIndexChanged.connect(self._recheck)
            self.combos[field] = combo
            caption = QLabel(QCoreApplication.translate("cafedesk", label), self)
            caption.setBuddy(combo)
            grid.addWidget(caption, i // per_row, (i % per_row) * 2)
            grid.addWidget(combo, i // per_row, (i % per_row) * 2 + 1)
        for column in range(per_row):
            grid.setColumnStretch(column * 2 + 1, 1)
        return grid

    def _fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(min(1180, int(room.width() * 0.92)), min(820, int(room.height() * 0.9)))

    # --- reading and checking ----------------------------------------------------------
    def _set_table(self, raw: RawTable) -> None:
        self.raw = raw
        guessed = guess_mapping(raw.headers)
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), -1)
            for column, header in enumerate(raw.headers):
                combo.addItem(header, column)
            combo.setCurrentIndex(combo.findData(guessed.get(field, -1)))
            combo.blockSignals(False)
        self.model.set_table(raw)
        self.preview.clearSpans()
        for at, row in enumerate(raw.sheet.rows):
            # A title above the header reads across the table instead of widening column A.
            if row.number < raw.header_row and sum(1 for c in row.cells if c) == 1:
                self.preview.setSpan(at, 0, 1, max(1, self.model.columnCount()))
        self.preview.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column) + 12, 280))
        self._recheck()

    def _reread(self, same_file: bool) -> None:
        """The table again from another header row, or the file in another encoding."""
        try:
            if same_file:
                raw = table_from(self.raw.sheet, self.header_spin.value())
            else:
                encoding = str(self.encoding_combo.currentData() or "")
                raw = read_table(self.path, self.header_spin.value(), encoding)
        except CafedeskError as exc:
            self._show_lines([], [(None, exc.message(qt_translate))])
            self.import_button.setEnabled(False)
            return
        except OSError as exc:
            self._show_lines([], [(None, str(exc))])
            self.import_button.setEnabled(False)
            return
        self._set_table(raw)

    def mapping(self) -> dict[str, int]:
        return {
            f: int(c.currentData()) for f, c in self.combos.items() if int(c.currentData()) >= 0
        }

    def _recheck(self) -> None:
        existing = participants.list_participants(self.document.file)
        mapping = self.mapping()
        self.plan = plan = plan_import(self.raw, mapping, existing)
        self.how_read.setText(describe(self.raw, mapping, qt_translate)[0])
        problems = {p.row: p.message(qt_translate) for p in plan.errors}
        notes: dict[int, str] = {}
        known = self.tr("Already in the event or earlier in the file; skipped.")
        for row, _ in plan.duplicates:
            notes[row] = known
        for same in plan.same_names:
            for row in same.rows:
                notes[row] = same.message(qt_translate)
        self.model.set_marks(problems, notes)

        summary = [self.tr("%n new participant(s) to import.", "", len(plan.people))]
        items: list[tuple[int | None, str]] = []
        if plan.errors:
            summary.append(self.tr("%n problem(s) to fix first:", "", len(plan.errors)))
            items += [(p.row, p.message(qt_translate)) for p in plan.errors[:MAX_LISTED]]
        if plan.duplicates:
            rows = ", ".join(str(row) for row, _ in plan.duplicates[:30])
            more = "…" if len(plan.duplicates) > 30 else ""
            summary.append(
                self.tr("%n already known, skipped (rows %1).", "", len(plan.duplicates)).replace(
                    "%1", rows + more
                )
            )
        items += [(same.rows[0], same.message(qt_translate)) for same in plan.same_names]
        self._show_lines(summary, items)
        self.import_button.setEnabled(plan.ok and bool(plan.people))

    def _show_lines(self, summary: list[str], items: list[tuple[int | None, str]]) -> None:
        self.report.clear()
        head = QListWidgetItem(" ".join(summary))
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        self.report.addItem(head)
        for row, text in items:
            item = QListWidgetItem(text)
            item.setData(ROW_ROLE, row)
            self.report.addItem(item)

    def report_text(self) -> str:
        return "\n".join(self.report.item(i).text() for i in range(self.report.count()))

    def _show_row(self, item: QListWidgetItem | None) -> None:
        row = item.data(ROW_ROLE) if item is not None else None
        at = self.model.row_of(int(row)) if row is not None else -1
        if at >= 0:
            index = self.model.index(at, 0)
            self.preview.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            self.preview.selectRow(at)

    # --- running it -------------------------------------------------------------------
    @staticmethod
    def run(parent: QWidget, document: EventDocument, path: Path | None = None) -> bool:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                parent,
                QCoreApplication.translate("ImportParticipantsDialog", "Import participants"),
                "",
                QCoreApplication.translate(
                    "ImportParticipantsDialog",
                    "Participant lists (*.csv *.xlsx *.txt);;All files (*)",
                ),
            )
            if not name:
                return False
            path = Path(name)
        try:
            raw = read_table(path)
        except CafedeskError as exc:
            document.failed.emit(exc.message(qt_translate))
            return False
        except OSError as exc:
            document.failed.emit(
                QCoreApplication.translate("ImportParticipantsDialog", "“%1” cannot be read: %2")
                .replace("%1", path.name)
                .replace("%2", exc.strerror or str(exc))
            )
            return False
        dialog = ImportParticipantsDialog(parent, document, path, raw)
        if not dialog.exec():
            return False
        return dialog.import_now()

    def import_now(self) -> bool:
        plan = self.plan
        ef = self.document.file
        make_backup(ef.path, self.document.backups_root, "before-import")
        stored: list[Participant] = []

        def do() -> Changes:
            if stored:
                return participants.add_many(ef, stored).changes
            done = apply_import(ef, plan)
            stored.extend(done.value)
            return done.changes

        def undo() -> Changes:
            return participants.delete_many(ef, [p.id for p in stored]).changes

        text = self.tr("Import %n participant(s)", "", len(plan.people))
        return self.document.push(ServiceCommand(self.document, text, do, undo))
