"""A cleaned copy of a file another program added things to: the data back, the rest gone.

The original is only read (through SQLite's backup API, which runs none of the
file's triggers or views); the copy has the foreign objects dropped and must
then pass the same checks as any file before it is put in place.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cafedesk.domain.errors import EventFileError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.store import schema
from cafedesk.store.dberrors import storage_errors
from cafedesk.store.engine import apply_pragmas
from cafedesk.store.fileops import copy_database, remove_sidecars, replace_file, temp_beside
from cafedesk.store.inspect import inspect_file

NOT_CLEANABLE = QT_TRANSLATE_NOOP(
    "cafedesk",
    "A cleaned copy of “{name}” could not be made: what was changed cannot be taken out "
    "safely. Use File › Restore from Backup… instead.",
)


def make_cleaned_copy(source: Path, target: Path) -> None:
    """Write ``target``: ``source`` without the objects cafedesk did not create."""
    if target.resolve() == source.resolve():
        raise EventFileError(
            QT_TRANSLATE_NOOP("cafedesk", "Choose another name than “{name}” for the copy."),
            name=target.name,
        )
    temp = temp_beside(target, "clean")
    try:
        with storage_errors(os_errors=True):
            copy_database(source, temp)
            con = sqlite3.connect(temp)
            try:
                apply_pragmas(con, read_only=True)  # defensive pragmas, journal as copied
                revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
                report = schema.verify(con, str(revision))
                if not report.cleanable and not report.ok:
                    raise EventFileError(NOT_CLEANABLE, name=source.name)
                with con:
                    schema.remove_foreign(con, report)
                con.execute("VACUUM")  # no trace of what was dropped stays in free pages
            except sqlite3.DatabaseError as exc:
                raise EventFileError(NOT_CLEANABLE, name=source.name) from exc
            finally:
                con.close()
            inspect_file(temp)  # the copy must now pass like any event file
            remove_sidecars(target)
            replace_file(temp, target)
    finally:
        temp.unlink(missing_ok=True)
        remove_sidecars(temp)
