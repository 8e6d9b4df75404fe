"""Database and file-system failures turned into sentences a facilitator can act on.

Everything that touches the event file goes through ``EventFile`` (or the
backup and copy helpers), and they translate failures here, at the store's
boundary, so no raw SQLite or OS error ever reaches a person.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, IntegrityError

from cafedesk.domain.errors import StorageError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP

DISK_FULL = QT_TRANSLATE_NOOP(
    "cafedesk",
    "The disk is full, so the last change was not stored (everything before it is safe). "
    "Free some space, or save a copy of the event on another drive, then try again.",
)
DISK_ERROR = QT_TRANSLATE_NOOP(
    "cafedesk",
    "The disk reported an error, so the last change was not stored. If the event is on a "
    "USB stick, check that it is still plugged in, then save a copy on the laptop.",
)
BUSY = QT_TRANSLATE_NOOP(
    "cafedesk",
    "The event file is busy (another program is using it), so the last change was not "
    "stored. Try again in a moment.",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "cafedesk",
    "The event file cannot be changed (it or its folder is read-only), so the last change "
    "was not stored. Use File › Save a Copy As… to keep working on a copy.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "cafedesk",
    "The event file is damaged, so the last change was not stored. Use File › Restore "
    "from Backup… to go back to an earlier copy.",
)
COPY_FAILED = QT_TRANSLATE_NOOP(
    "cafedesk",
    "The copy could not be written completely (is the drive full or failing?), so nothing "
    "was replaced. Try another drive.",
)
OTHER = QT_TRANSLATE_NOOP(
    "cafedesk",
    "The event file could not be read or written ({detail}); the last change was not stored.",
)

# SQLite's primary result codes (https://www.sqlite.org/rescode.html).
_SQLITE_SENTENCES = {
    5: BUSY,  # SQLITE_BUSY
    6: BUSY,  # SQLITE_LOCKED
    8: READ_ONLY,  # SQLITE_READONLY
    10: DISK_ERROR,  # SQLITE_IOERR
    11: DAMAGED,  # SQLITE_CORRUPT
    13: DISK_FULL,  # SQLITE_FULL
    14: DISK_ERROR,  # SQLITE_CANTOPEN
    26: DAMAGED,  # SQLITE_NOTADB
}
_OS_SENTENCES = {
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.EIO: DISK_ERROR,
    errno.ENODEV: DISK_ERROR,
    errno.ENXIO: DISK_ERROR,
}


def storage_error(exc: BaseException) -> StorageError:
    """The sentence for a failed database or file operation."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(original, sqlite3.Error):
        code = getattr(original, "sqlite_errorcode", None)
        sentence = _SQLITE_SENTENCES.get(code & 0xFF) if isinstance(code, int) else None
        if sentence is None:
            sentence = _by_message(str(original))
        return StorageError(sentence or OTHER, detail=str(original))
    if isinstance(original, OSError):
        sentence = _OS_SENTENCES.get(original.errno or 0)
        return StorageError(sentence or OTHER, detail=original.strerror or str(original))
    return StorageError(OTHER, detail=str(original))


def _by_message(message: str) -> str | None:
    """For errors raised without a result code (older Pythons, some pysqlite paths)."""
    text = message.lower()
    for fragment, sentence in (
        ("disk is full", DISK_FULL),
        ("disk i/o", DISK_ERROR),
        ("locked", BUSY),
        ("readonly", READ_ONLY),
        ("read-only", READ_ONLY),
        ("malformed", DAMAGED),
        ("not a database", DAMAGED),
    ):
        if fragment in text:
            return sentence
    return None


def is_storage_failure(exc: BaseException, os_errors: bool = False) -> bool:
    """Failures of the medium or the file; a broken rule of the schema is a bug instead."""
    if isinstance(exc, IntegrityError | sqlite3.IntegrityError) or isinstance(
        getattr(exc, "orig", None), sqlite3.IntegrityError
    ):
        return False
    if isinstance(exc, OSError):
        return os_errors
    return isinstance(exc, DBAPIError | sqlite3.Error)


@contextmanager
def storage_errors(os_errors: bool = False) -> Iterator[None]:
    """Turn storage failures inside the block into StorageError.

    ``os_errors``: the block only handles the event's own files (copies, backups),
    so an OSError is about them too; elsewhere it may be about a photo or a PDF.
    """
    try:
        yield
    except StorageError:
        raise
    except Exception as exc:
        if is_storage_failure(exc, os_errors):
            raise storage_error(exc) from exc
        raise
