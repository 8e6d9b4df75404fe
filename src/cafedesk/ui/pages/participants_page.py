"""Participants: who comes, from where, in which stakeholder group."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from cafedesk.domain.changes import Part
from cafedesk.domain.model import Participant
from cafedesk.services import participants
from cafedesk.services.base import Done
from cafedesk.services.files import Tombstone
from cafedesk.ui.document import EventDocument
from cafedesk.ui.models.domain_table import Column
from cafedesk.ui.pages.spaces_page import split_tags
from cafedesk.ui.pages.table_page import TablePage


class ParticipantsPage(TablePage[Participant]):
    parts = (Part.PARTICIPANTS,)

    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.import_button = QPushButton(self.tr("Import from CSV or Excel…"), self)
        self.import_button.clicked.connect(self.import_people)
        self.extra_buttons.insertWidget(self.extra_buttons.count() - 2, self.import_button)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ParticipantsPage", "Participants")

    def columns(self) -> Sequence[Column[Participant]]:
        def text(field: str) -> Column[Participant]:
            return Column(
                {
                    "name": self.tr("Name"),
                    "organisation": self.tr("Organisation"),
                    "group": self.tr("Stakeholder group"),
                    "email": self.tr("Email"),
                }[field],
                lambda p: getattr(p, field),
                lambda p, v: dataclasses.replace(p, **{field: str(v)}),
            )

        return [
            text("name"),
            text("organisation"),
            text("group"),
            text("email"),
            Column(
                self.tr("Roles"),
                lambda p: ", ".join(p.roles),
                lambda p, v: dataclasses.replace(p, roles=split_tags(v)),
                tooltip=self.tr("Comma-separated, e.g. convenor, host, caller"),
            ),
        ]

    def load(self) -> Sequence[Participant]:
        return participants.list_participants(self.document.file)

    def put(self, value: Participant) -> Done[Participant]:
        return participants.put_participant(self.document.file, value)

    def create_row(self) -> Done[Participant]:
        return participants.add_participant(self.document.file, self.tr("New participant"))

    def delete(self, key: int) -> Done[Tombstone]:
        return participants.delete_participant(self.document.file, key)

    def restore(self, tomb: Tombstone) -> Done[None]:
        return participants.restore_participant(self.document.file, tomb)

    def count_text(self, total: int, shown: int) -> str:
        groups = len({p.group for p in self.model.rows() if p.group})
        return self.tr("%n participant(s)", "", total) + " · " + self.tr("%n group(s)", "", groups)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.import_button.setEnabled(not read_only)

    def import_people(self) -> None:
        from cafedesk.ui.dialogs.import_dialog import ImportParticipantsDialog

        ImportParticipantsDialog.run(self, self.document)
