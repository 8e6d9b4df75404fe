"""What the café setup's tabs share: a list page without its own heading."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from cafedesk.domain.changes import Part
from cafedesk.services import cafe, participants
from cafedesk.services.base import Done
from cafedesk.services.files import Tombstone
from cafedesk.ui.document import EventDocument
from cafedesk.ui.pages.table_page import TablePage

PARTS = (Part.CAFE, Part.PARTICIPANTS, Part.EVENT)


class Panel(TablePage[Any]):
    """A TablePage shown inside a tab: the tab names it, so its own heading goes."""

    parts = PARTS

    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.heading.hide()
        self.page_layout.setContentsMargins(0, 6, 0, 0)

    def people_choices(self, blank: str) -> list[tuple[Any, str]]:
        people = sorted(participants.list_participants(self.document.file), key=lambda p: p.name)
        return [(-1, blank), *((p.id, p.name) for p in people)]

    def names(self) -> dict[int, str]:
        return {p.id: p.name for p in participants.list_participants(self.document.file)}

    def restore(self, tomb: Tombstone) -> Done[None]:
        return cafe.restore(self.document.file, tomb)


def person_id(value: object) -> int | None:
    return None if value in (None, -1, "") else int(str(value))
