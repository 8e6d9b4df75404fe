"""Suggest placement: run the solver off the GUI thread, preview, then Accept or Discard.

The dialog is not modal, so the wall behind it shows the preview (moved cards
highlighted) while the facilitator decides. Accept is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cafedesk.planning.common import SolverProgress
from cafedesk.services import placement
from cafedesk.services.placement import Figures, PlacementProposal
from cafedesk.services.wall import PARKING, read_wall
from cafedesk.ui.document import EventDocument, ServiceCommand, qt_translate
from cafedesk.ui.tasks import Report, Task, run_task

if TYPE_CHECKING:
    from cafedesk.ui.wall.page import WallPage

Preview = Callable[[PlacementProposal | None], None]


def figures_text(figures: Figures) -> str:
    return (
        QCoreApplication.translate(
            "SuggestPlacementDialog", "%1 placed · %2 clash(es) · %3 seat(s) short"
        )
        .replace("%1", str(figures.placed))
        .replace("%2", str(figures.clashes))
        .replace("%3", str(figures.overflow))
    )


class SuggestPlacementDialog(QDialog):
    def __init__(self, parent: QWidget, document: EventDocument, preview: Preview) -> None:
        super().__init__(parent)
        self.document = document
        self.preview = preview
        self.proposal: PlacementProposal | None = None
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Suggest placement"))
        placement.prepare_solver()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.replace = QCheckBox(
            self.tr("Also move topics already on the wall (pinned ones stay)"), self
        )
        form.addRow(self.replace)
        self.seconds = QDoubleSpinBox(self)
        self.seconds.setRange(0.5, 120.0)
        self.seconds.setValue(5.0)
        self.seconds.setSuffix(self.tr(" s"))
        form.addRow(self.tr("Search for at most"), self.seconds)
        layout.addLayout(form)
        self.start_button = QPushButton(self.tr("Find a placement"), self)
        self.start_button.clicked.connect(self.start)
        layout.addWidget(self.start_button)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.changes = QListWidget(self)
        layout.addWidget(self.changes, 1)
        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(
            self.tr("Accept"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = self.buttons.addButton(
            self.tr("Discard"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.accept_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept_proposal)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(680, 480)  # room for a title and its new cell on one line

    def start(self) -> None:
        ef = self.document.file
        replace = self.replace.isChecked()
        limit = self.seconds.value()
        self.start_button.setEnabled(False)
        self.accept_button.setEnabled(False)

        def work(report: Report, cancelled: Callable[[], bool]) -> PlacementProposal:
            def progress(p: SolverProgress) -> None:
                best = p.best
                text = QCoreApplication.translate(
                    "SuggestPlacementDialog", "Best so far: %1 clash(es), %2 seat(s) short"
                )
                report(
                    p.fraction,
                    text.replace("%1", str(best.get("clashes", "–"))).replace(
                        "%2", str(best.get("overflow", "–"))
                    ),
                )

            return placement.suggest_placement(
                ef,
                replace_unpinned=replace,
                time_limit=limit,
                progress=progress,
                should_stop=cancelled,
                translate=qt_translate,
            )

        self.task = run_task(
            self,
            self.tr("Looking for a placement…"),
            work,
            self.show_proposal,
            self.failed,
            cancel_text=self.tr("Stop and keep the best"),
        )

    def failed(self, message: str) -> None:
        self.start_button.setEnabled(True)
        self.summary.setText(message)

    def show_proposal(self, result: Any) -> None:
        assert isinstance(result, PlacementProposal)
        self.proposal = result
        self.start_button.setEnabled(True)
        before, after = figures_text(result.before), figures_text(result.after)
        lines = [
            self.tr("Now: %1").replace("%1", before),
            self.tr("Proposed: %1").replace("%1", after),
        ]
        lines += list(result.issues)
        self.summary.setText("\n".join(lines))
        self.changes.clear()
        wall = read_wall(self.document.file)
        titles = {t.id: f"{t.number} {t.title}" for t in wall.topics}
        spaces = {s.id: s.name for s in wall.spaces}
        slots = {s.id: s.label or f"{s.start:%H:%M}" for s in wall.slots}
        for tid in result.moved:
            cell = result.placements[tid]
            where = f"{spaces[cell[0]]}, {slots[cell[1]]}" if cell else self.tr("parking lane")
            self.changes.addItem(f"{titles.get(tid, '?')}  →  {where}")
        if not result.moved:
            self.changes.addItem(self.tr("Nothing to move: the wall is as good as it gets."))
        self.accept_button.setEnabled(bool(result.moved))
        self.preview(result)

    def accept_proposal(self) -> None:
        proposal = self.proposal
        if proposal is None:
            return
        ef = self.document.file
        moved = {tid: proposal.placements[tid] for tid in proposal.moved}
        previous: dict[int, Any] = {}

        def do() -> Any:
            done = placement.apply_placement(ef, moved)
            previous.update(done.value)
            return done

        def undo() -> Any:
            return placement.apply_placement(ef, dict(previous))

        text = self.tr("Suggested placement (%n topic(s))", "", len(moved))
        self.preview(None)
        if self.document.push(ServiceCommand(self.document, text, do, undo)):
            self.accept()

    def done(self, result: int) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        self.preview(None)
        super().done(result)


def install_suggest_placement(page: WallPage) -> QAction:
    """Add "Suggest placement…" to the wall page's toolbar, previewing on its wall."""

    def preview(proposal: PlacementProposal | None) -> None:
        if proposal is None:
            page.clear_preview()
            return
        places = {tid: proposal.placements[tid] or PARKING for tid in proposal.moved}
        page.show_preview(places)

    def open_dialog() -> None:
        if page.document.read_only:
            page.message_bar.show_message(
                QCoreApplication.translate("WallPage", "This event is open read-only.")
            )
            return
        dialog = SuggestPlacementDialog(page, page.document, preview)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    action = QAction(QCoreApplication.translate("WallPage", "Suggest placement…"), page)
    action.setToolTip(
        QCoreApplication.translate(
            "WallPage",
            "Place the parking lane's topics where the fewest people have to choose (Ctrl+Shift+P)",
        )
    )
    action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: open_dialog())
    page.addAction(action)
    page.add_toolbar_action(action)
    return action
