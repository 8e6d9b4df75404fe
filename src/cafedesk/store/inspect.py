"""Deciding whether a file is a cafedesk event this version can open, without changing it.

Order matters: the path, then the lock (by the caller), then a hot journal is
rolled back, then the content is judged: header, integrity, application id,
revision, and the schema against what this cafedesk made for that revision.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from cafedesk.domain.errors import EventFileError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.store import migrate, schema
from cafedesk.store.engine import APPLICATION_ID, SQLITE_MAGIC, connect_raw
from cafedesk.store.fileops import sidecar
from cafedesk.store.lock import LockHolder

EXTENSION = ".cafedesk"

DAMAGED = QT_TRANSLATE_NOOP(
    "cafedesk",
    "“{name}” is damaged and cannot be opened safely. "
    "Use File › Restore from Backup… to go back to an earlier copy.",
)
PARTS_MISSING = QT_TRANSLATE_NOOP(
    "cafedesk",
    "“{name}” is damaged: parts of the event are missing ({parts}). "
    "Use File › Restore from Backup… to go back to an earlier copy.",
)
CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "cafedesk",
    "“{name}” was changed by another program: it carries things cafedesk did not make "
    "({parts}), which could change or delete your data when you edit it. "
    "It was not opened and not changed.",
)


class EventFileLocked(EventFileError):
    """Someone else has the file open; the UI may offer to open it read-only."""

    def __init__(self, name: str, holder: LockHolder) -> None:
        self.holder = holder
        super().__init__(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "“{name}” is already open in cafedesk (by {user} on {host} since {since}).",
            ),
            name=name,
            user=holder.user,
            host=holder.host,
            since=holder.since.replace("T", " "),
        )


class DamagedFileError(EventFileError):
    """The file cannot be trusted as it is; its backups may help."""


class ForeignSchemaError(EventFileError):
    """Another program added objects to the file; a cleaned copy can be made of it."""

    def __init__(self, template: str, cleanable: bool, **values: object) -> None:
        self.cleanable = cleanable
        super().__init__(template, **values)


@dataclass(frozen=True)
class FileCheck:
    schema_version: int
    needs_migration: bool
    revision: str = ""


def refuse(template: str, path: Path, **values: object) -> EventFileError:
    return EventFileError(template, name=path.name, **values)


def folder_writable(path: Path) -> bool:
    """SQLite writes its journal beside the file: the folder must take new files."""
    return os.access(path.parent, os.W_OK | os.X_OK)


def check_openable(path: Path) -> None:
    if path.is_dir():
        raise refuse(
            QT_TRANSLATE_NOOP("cafedesk", "“{name}” is a folder, not a cafedesk event file."),
            path,
        )
    if not path.exists():
        raise refuse(QT_TRANSLATE_NOOP("cafedesk", "“{name}” does not exist."), path)


def recover_hot_journal(path: Path) -> None:
    """Let SQLite roll back a change that was cut off (a killed restore or write).

    A read-only check cannot do that and would call the file damaged; this needs
    the lock held and the file writable, which the caller has made sure of.
    """
    if not any(sidecar(path, s).exists() for s in ("-journal", "-wal")):
        return
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=5.0)
        try:
            con.execute("PRAGMA trusted_schema=OFF")
            con.execute("SELECT count(*) FROM sqlite_master").fetchall()  # rolls back
        finally:
            con.close()
    except sqlite3.DatabaseError:
        pass  # judged below, read-only, like any other damage


def inspect_file(path: Path, immutable: bool = False) -> FileCheck:
    """Decide whether ``path`` is a cafedesk event we can open, without changing it."""
    check_openable(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise refuse(
            QT_TRANSLATE_NOOP("cafedesk", "“{name}” cannot be read: {reason}"),
            path,
            reason=exc.strerror,
        ) from exc
    if not header:
        # What a copy cut short (a full stick, a pulled cable) leaves behind.
        raise refuse(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "“{name}” is empty: it holds no event. If it was copied, copy it again "
                "from where it came from, or use File › Restore from Backup.",
            ),
            path,
        )
    if header != SQLITE_MAGIC:
        raise refuse(QT_TRANSLATE_NOOP("cafedesk", "“{name}” is not a cafedesk event file."), path)
    try:
        con = connect_raw(path, read_only=True, immutable=immutable)
        try:
            if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            has_version = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            row = (
                con.execute("SELECT version_num FROM alembic_version").fetchone()
                if has_version
                else None
            )
            revision = None if row is None else str(row[0])
            report = (
                schema.verify(con, revision)
                if revision is not None and migrate.is_known_revision(revision)
                else None
            )
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedFileError(DAMAGED, name=path.name) from exc
    if app_id != APPLICATION_ID or revision is None:
        raise refuse(QT_TRANSLATE_NOOP("cafedesk", "“{name}” is not a cafedesk event file."), path)
    if not migrate.is_known_revision(revision):
        raise _newer(path, revision)
    assert report is not None
    if report.damaged:
        raise DamagedFileError(PARTS_MISSING, name=path.name, parts=_listed(report.damaged))
    if not report.ok:
        parts = [*report.foreign, *(f"column {t}.{c}" for t, c in report.extra_columns)]
        raise ForeignSchemaError(
            CHANGED_ELSEWHERE, cleanable=report.cleanable, name=path.name, parts=_listed(parts)
        )
    number = migrate.revision_number(revision)
    return FileCheck(number, revision != migrate.head_revision(), revision)


def _listed(parts: tuple[str, ...] | list[str], most: int = 4) -> str:
    shown = ", ".join(parts[:most])
    return shown + (f" … (+{len(parts) - most})" if len(parts) > most else "")


def _newer(path: Path, revision: str) -> EventFileError:
    if revision.isdigit():
        return refuse(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "“{name}” was made by a newer version of cafedesk (file format {version}). "
                "Please update cafedesk to open it; the file was not changed.",
            ),
            path,
            version=int(revision),
        )
    return refuse(
        QT_TRANSLATE_NOOP(
            "cafedesk",
            "“{name}” was made by a different or newer version of cafedesk (its file format "
            "“{version}” is unknown here). Please update cafedesk to open it; the file was "
            "not changed.",
        ),
        path,
        version=revision[:40],
    )
