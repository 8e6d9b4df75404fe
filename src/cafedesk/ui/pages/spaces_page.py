"""Spaces: the rooms and corners where sessions happen."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from cafedesk.domain.changes import Part
from cafedesk.domain.model import Space
from cafedesk.services import spaces
from cafedesk.services.base import Done
from cafedesk.services.files import Tombstone
from cafedesk.ui.models.domain_table import Column
from cafedesk.ui.pages.table_page import TablePage


def split_tags(text: object) -> tuple[str, ...]:
    return tuple(part.strip() for part in str(text).split(",") if part.strip())


class SpacesPage(TablePage[Space]):
    parts = (Part.SPACES,)
    reorderable = True

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SpacesPage", "Spaces")

    def columns(self) -> Sequence[Column[Space]]:
        return [
            Column(
                self.tr("Name"), lambda s: s.name, lambda s, v: dataclasses.replace(s, name=str(v))
            ),
            Column(
                self.tr("Capacity"),
                lambda s: s.capacity,
                lambda s, v: dataclasses.replace(s, capacity=int(v)),
                numeric=True,
                tooltip=self.tr("How many people the space holds"),
            ),
            Column(
                self.tr("Equipment"),
                lambda s: ", ".join(s.equipment),
                lambda s, v: dataclasses.replace(s, equipment=split_tags(v)),
                tooltip=self.tr("Comma-separated, e.g. flipchart, projector"),
            ),
            Column(
                self.tr("Notes"),
                lambda s: s.notes,
                lambda s, v: dataclasses.replace(s, notes=str(v)),
            ),
            Column(self.tr("Order"), lambda s: s.position, numeric=True),
        ]

    def load(self) -> Sequence[Space]:
        return spaces.list_spaces(self.document.file)

    def put(self, value: Space) -> Done[Space]:
        return spaces.put_space(self.document.file, value)

    def create_row(self) -> Done[Space]:
        taken = {s.name.casefold() for s in self.model.rows()}
        base = self.tr("New space")
        name, n = base, 1
        while name.casefold() in taken:
            n += 1
            name = f"{base} {n}"
        return spaces.add_space(self.document.file, name, 15, ("flipchart",))

    def delete(self, key: int) -> Done[Tombstone]:
        return spaces.delete_space(self.document.file, key)

    def restore(self, tomb: Tombstone) -> Done[None]:
        return spaces.restore_space(self.document.file, tomb)

    def reorder(self, ordered_keys: list[int]) -> Done[list[int]]:
        return spaces.reorder_spaces(self.document.file, ordered_keys)

    def count_text(self, total: int, shown: int) -> str:
        seats = sum(s.capacity for s in self.model.rows())
        return self.tr("%n space(s)", "", total) + " · " + self.tr("%n seat(s) in all", "", seats)
