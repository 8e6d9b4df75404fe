from pytestqt.qtbot import QtBot

from cafedesk.services.placement import PlacementProposal, current_placements
from cafedesk.ui.main_window import MainWindow
from cafedesk.ui.placement_dialog import SuggestPlacementDialog


def test_suggest_preview_accept_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    document = window.document
    assert document is not None
    before = current_placements(document.file)
    previews: list[PlacementProposal | None] = []
    dialog = SuggestPlacementDialog(window, document, previews.append)
    qtbot.addWidget(dialog)
    dialog.seconds.setValue(0.5)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=20000)
    proposal = dialog.proposal
    assert proposal is not None and previews[-1] is proposal, "the wall is shown the preview"
    assert current_placements(document.file) == before, "nothing is stored before Accept"
    assert dialog.changes.count() == len(proposal.moved) > 0
    assert "Proposed:" in dialog.summary.text()

    dialog.accept_button.click()
    assert previews[-1] is None, "the preview is cleared"
    after = current_placements(document.file)
    assert all(after[tid] == proposal.placements[tid] for tid in proposal.moved)
    assert document.undo_stack.undoText().startswith("Suggested placement")
    document.undo_stack.undo()
    assert current_placements(document.file) == before


def test_discard_stores_nothing(qtbot: QtBot, window: MainWindow) -> None:
    document = window.document
    assert document is not None
    before = current_placements(document.file)
    previews: list[PlacementProposal | None] = []
    dialog = SuggestPlacementDialog(window, document, previews.append)
    qtbot.addWidget(dialog)
    dialog.seconds.setValue(0.5)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=20000)
    dialog.discard_button.click()
    assert previews[-1] is None
    assert current_placements(document.file) == before
    assert not document.undo_stack.canUndo()


def test_wall_toolbar_opens_the_dialog_and_previews_moves(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    from cafedesk.ui.wall.page import WallPage
    from tests.ui.conftest import show_page

    page = show_page(window, "Wall")
    assert isinstance(page, WallPage)
    assert page.suggest_action in page.toolbar.actions()
    page.suggest_action.trigger()
    # Dialogs of earlier tests may still await deletion: take the one on this wall.
    dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, SuggestPlacementDialog) and w.parent() is page and w.isVisible()
    ]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    dialog.seconds.setValue(0.5)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=20000)
    assert dialog.proposal is not None and dialog.proposal.moved
    assert set(page.scene.preview) == set(dialog.proposal.moved), "moved cards are highlighted"
    dialog.accept_button.click()
    assert page.scene.preview == {}
