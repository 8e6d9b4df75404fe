"""Import participants: pick a file, map its columns, see every problem, then import all at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cafedesk.domain.changes import Changes
from cafedesk.domain.errors import CafedeskError
from cafedesk.domain.model import Participant
from cafedesk.services import participants
from cafedesk.services.files import make_backup
from cafedesk.services.participant_import import (
    FIELDS,
    ImportPlan,
    RawTable,
    apply_import,
    guess_mapping,
    plan_import,
    read_table,
)
from cafedesk.ui.document import EventDocument, ServiceCommand, qt_translate

PREVIEW_ROWS = 50


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
            self.tr("Which column holds what? Nothing is imported until every row is right."), self
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        self.combos: dict[str, QComboBox] = {}
        guessed = guess_mapping(raw.headers)
        for i, (field, label) in enumerate(FIELDS.items()):
            combo = QComboBox(self)
            combo.addItem(self.tr("(not in the file)"), -1)
            for column, header in enumerate(raw.headers):
                combo.addItem(header, column)
            combo.setCurrentIndex(combo.findData(guessed.get(field, -1)))
            combo.currentIndexChanged.connect(self._recheck)
            self.combos[field] = combo
            grid.addWidget(
                QLabel(QCoreApplication.translate("cafedesk", label), self), i // 2, (i % 2) * 2
            )
            grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
        layout.addLayout(grid)
        self.preview = QTableWidget(min(len(raw.rows), PREVIEW_ROWS), len(raw.headers), self)
        self.preview.setHorizontalHeaderLabels(list(raw.headers))
        self.preview.setVerticalHeaderLabels([str(n + 2) for n in range(self.preview.rowCount())])
        for r, row in enumerate(raw.rows[:PREVIEW_ROWS]):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)  # item views show plain text
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.preview.setItem(r, c, item)
        layout.addWidget(self.preview, 1)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(130)
        layout.addWidget(self.report)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(820, 600)
        self._recheck()

    def mapping(self) -> dict[str, int]:
        return {
            f: int(c.currentData()) for f, c in self.combos.items() if int(c.currentData()) >= 0
        }

    def _recheck(self) -> None:
        existing = participants.list_participants(self.document.file)
        self.plan = plan_import(self.raw, self.mapping(), existing)
        lines = [self.tr("%n new participant(s) to import.", "", len(self.plan.people))]
        if self.plan.duplicates:
            rows = ", ".join(str(row) for row, _ in self.plan.duplicates[:20])
            lines.append(
                self.tr(
                    "%n already known, skipped (rows %1).", "", len(self.plan.duplicates)
                ).replace("%1", rows)
            )
        if self.plan.errors:
            lines.append(self.tr("%n problem(s) to fix first:", "", len(self.plan.errors)))
            lines += [problem.message(qt_translate) for problem in self.plan.errors[:200]]
        self.report.setPlainText("\n".join(lines))
        self.import_button.setEnabled(self.plan.ok and bool(self.plan.people))

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
        except (CafedeskError, OSError) as exc:
            document.failed.emit(
                exc.message(qt_translate) if isinstance(exc, CafedeskError) else str(exc)
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
