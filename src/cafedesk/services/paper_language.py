"""The event's "Language of the paper": the translate callable every printed text goes through.

Paper is for the client and the participants, so it follows the event's language, not the
facilitator's interface. The compiled translations that ship with the package (.qm, the
same files the window loads) are read here without Qt, so the window, the print centre and
the command line print the same words.

The .qm layout (Qt's own, stable since Qt 4): a 16-byte magic, then blocks of
``tag (1 byte), length (4 bytes big-endian), data``; the messages block holds records of
tagged fields ending in ``END``: translations in UTF-16BE, context and source in UTF-8.
"""

from __future__ import annotations

import struct
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from cafedesk.domain.i18n import Translate, identity

if TYPE_CHECKING:
    from cafedesk.store.eventfile import EventFile

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
MESSAGES_BLOCK = 0x69
END, SOURCE16, TRANSLATION, CONTEXT16, OBSOLETE1 = 1, 2, 3, 4, 5
SOURCE, CONTEXT, COMMENT, OBSOLETE2 = 6, 7, 8, 9
CONTEXT_NAME = "cafedesk"  # every text meant for paper is marked in this context


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """(context, source) → translation of a compiled Qt translation file; plural forms
    keep their first (singular) form, which paper never needs."""
    if not data.startswith(MAGIC):
        raise ValueError("not a Qt translation file")
    found: dict[tuple[str, str], str] = {}
    at = len(MAGIC)
    while at + 5 <= len(data):
        tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
        if tag == MESSAGES_BLOCK:
            _read_messages(data[at + 5 : at + 5 + length], found)
        at += 5 + length
    return found


def _read_messages(block: bytes, found: dict[tuple[str, str], str]) -> None:
    at = 0
    translations: list[str] = []
    context = source = ""
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == END:
            if translations and source:
                found.setdefault((context, source), translations[0])
            translations, context, source = [], "", ""
            continue
        if tag == OBSOLETE1:  # a 4-byte field without a length
            at += 4
            continue
        if tag == OBSOLETE2:
            continue
        length = struct.unpack_from(">I", block, at)[0]
        at += 4
        if length == 0xFFFFFFFF:  # a null string
            continue
        raw = block[at : at + length]
        at += length
        if tag == TRANSLATION:
            translations.append(raw.decode("utf-16-be"))
        elif tag == SOURCE:
            source = raw.decode("utf-8")
        elif tag == CONTEXT:
            context = raw.decode("utf-8")
        elif tag == SOURCE16:
            source = raw.decode("utf-16-be")
        elif tag == CONTEXT16:
            context = raw.decode("utf-16-be")


@cache
def _table(language: str) -> dict[str, str]:
    folder = resources.files("cafedesk") / "resources" / "translations"
    qm = folder / f"cafedesk_{language}.qm"
    if not language.isalpha() or not qm.is_file():
        return {}
    return {
        source: text
        for (context, source), text in read_qm(qm.read_bytes()).items()
        if context == CONTEXT_NAME and text
    }


def _base(language: str) -> str:
    return (language or "en").split("_")[0].split("-")[0].lower()


def has_paper_translation(language: str) -> bool:
    """Whether paper in ``language`` prints in it (English always does)."""
    return _base(language) == "en" or bool(_table(_base(language)))


def paper_translate(language: str) -> Translate:
    """Translate for paper in ``language`` (e.g. "de"); English, or a language cafedesk
    has no translation for, prints the English source."""
    table = _table(_base(language))
    if not table:
        return identity

    def translate(text: str) -> str:
        return table.get(text, text)

    return translate


def paper_translate_for(ef: EventFile, override: Translate | None = None) -> Translate:
    """The translate callable for the paper of the event in ``ef``: ``override`` when a
    caller gives one (tests, a preview in another language), else the event's language."""
    if override is not None:
        return override
    from cafedesk.services.event import get_event

    return paper_translate(get_event(ef).language)
