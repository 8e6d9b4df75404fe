"""Errors a facilitator can read: a template with named placeholders, translated late."""

from __future__ import annotations

from typing import Any

from cafedesk.domain.i18n import Translate, identity


class CafedeskError(Exception):
    """Base of every error cafedesk shows to a person.

    ``template`` is English text with ``{name}`` placeholders; ``message()``
    translates the template first, then fills in the values, so user text in
    the values is never treated as part of the translation.
    """

    def __init__(self, template: str, **values: Any) -> None:
        self.template = template
        self.values = values
        super().__init__(self.message())

    def message(self, translate: Translate = identity) -> str:
        values = dict(self.values)
        if isinstance(values.get("what"), str):
            # "what" names a kind of thing ("space", "topic"), marked for translation too.
            values["what"] = translate(values["what"])
        return translate(self.template).format(**values)


class ValidationError(CafedeskError):
    """Input that breaks a rule of the event (duplicate name, end before start...)."""

    def __init__(self, template: str, field: str = "", **values: Any) -> None:
        self.field = field
        super().__init__(template, **values)


class NotFoundError(CafedeskError):
    """Something that was deleted meanwhile (e.g. by an undo) was asked for."""


class EventFileError(CafedeskError):
    """An event file that cannot be opened as it is (corrupt, newer, locked, foreign)."""


class ReadOnlyError(CafedeskError):
    """A change was attempted on an event opened read-only."""


class StorageError(CafedeskError):
    """The event file could not be read or written (full disk, unplugged stick, busy file).

    Nothing was changed: the transaction that failed was rolled back whole.
    """
