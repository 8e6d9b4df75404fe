"""The life of one ``.cafedesk`` file: create, open (check, lock, migrate), write, close.

Every write happens inside ``EventFile.write()``, one short transaction that is
committed before control returns, so there is nothing to "save".
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session as DbSession

from cafedesk.domain.errors import EventFileError, ReadOnlyError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.store import migrate
from cafedesk.store.backups import copy_database, make_backup
from cafedesk.store.engine import APPLICATION_ID, SQLITE_MAGIC, connect_raw, make_engine
from cafedesk.store.lock import FileLock, LockHolder

EXTENSION = ".cafedesk"
log = logging.getLogger(__name__)


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


@dataclass(frozen=True)
class FileCheck:
    schema_version: int
    needs_migration: bool


def _refuse(template: str, path: Path, **values: object) -> EventFileError:
    return EventFileError(template, name=path.name, **values)


def inspect_file(path: Path) -> FileCheck:
    """Decide whether ``path`` is a cafedesk event we can open, without changing it."""
    if not path.is_file():
        raise _refuse(QT_TRANSLATE_NOOP("cafedesk", "“{name}” does not exist."), path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("cafedesk", "“{name}” cannot be read: {reason}"),
            path,
            reason=exc.strerror,
        ) from exc
    if header != SQLITE_MAGIC:
        raise _refuse(QT_TRANSLATE_NOOP("cafedesk", "“{name}” is not a cafedesk event file."), path)
    try:
        con = connect_raw(path, read_only=True)
        try:
            if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            has_version = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            revision = (
                con.execute("SELECT version_num FROM alembic_version").fetchone()
                if has_version
                else None
            )
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "“{name}” is damaged and cannot be opened safely. "
                "Use File › Restore from Backup to go back to an earlier copy.",
            ),
            path,
        ) from exc
    if app_id != APPLICATION_ID or revision is None:
        raise _refuse(QT_TRANSLATE_NOOP("cafedesk", "“{name}” is not a cafedesk event file."), path)
    rev = str(revision[0])
    if not migrate.is_known_revision(rev):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "“{name}” was made by a newer version of cafedesk (file format {version}). "
                "Please update cafedesk to open it; the file was not changed.",
            ),
            path,
            version=migrate.revision_number(rev),
        )
    return FileCheck(migrate.revision_number(rev), rev != migrate.head_revision())


class EventFile:
    """An open event file. Use ``read()`` and ``write()`` for short sessions."""

    def __init__(self, path: Path, engine: Engine, read_only: bool, lock: FileLock | None) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._lock = lock
        self.write_count = 0  # lets the backup timer skip unchanged files

    @contextmanager
    def read(self) -> Iterator[DbSession]:
        with DbSession(self.engine) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[DbSession]:
        if self.read_only:
            raise ReadOnlyError(
                QT_TRANSLATE_NOOP(
                    "cafedesk", "This event is open read-only; changes are not possible."
                )
            )
        with DbSession(self.engine) as session, session.begin():
            yield session
        self.write_count += 1

    def save_copy(self, target: Path) -> None:
        """A consistent copy of the live file (never a plain file copy: WAL)."""
        if target.resolve() == self.path.resolve():
            raise _refuse(
                QT_TRANSLATE_NOOP("cafedesk", "Choose another name than “{name}” for the copy."),
                target,
            )
        target.unlink(missing_ok=True)
        source = connect_raw(self.path, read_only=True)
        try:
            copy_database(source, target)
        finally:
            source.close()

    def close(self) -> None:
        self.engine.dispose()
        if not self.read_only:
            # Fold the WAL back so the file can be copied or mailed on its own.
            try:
                con = sqlite3.connect(self.path)
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                con.execute("PRAGMA journal_mode=DELETE")
                con.close()
            except sqlite3.Error:
                pass
        if self._lock is not None:
            self._lock.release()


def create_event_file(path: Path) -> EventFile:
    """Create an empty event file with the current schema; an existing file is replaced."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    lock = FileLock(path)
    holder = lock.acquire()
    if holder is not None:
        raise EventFileLocked(path.name, holder)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.close()
    engine = make_engine(path)
    with engine.begin() as connection:
        migrate.upgrade(connection)
    return EventFile(path, engine, read_only=False, lock=lock)


def open_event_file(path: Path, backups_root: Path, *, read_only: bool = False) -> EventFile:
    """Open an existing event file after checking it; migrate an older one (backup first).

    Raises EventFileError with a sentence a facilitator understands; a locked
    file raises EventFileLocked so the caller can offer to open it read-only.
    """
    path = path.resolve()
    check = inspect_file(path)
    lock: FileLock | None = None
    if not read_only:
        lock = FileLock(path)
        holder = lock.acquire()
        if holder is not None:
            raise EventFileLocked(path.name, holder)
    try:
        if check.needs_migration:
            if read_only:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "cafedesk",
                        "“{name}” comes from an older cafedesk and must be updated before it can "
                        "be shown, which is not possible read-only.",
                    ),
                    path,
                )
            backup = make_backup(path, backups_root, "before-upgrade")
            log.info(
                "updating %s from format %d (copy kept as %s)", path, check.schema_version, backup
            )
            engine = make_engine(path)
            with engine.begin() as connection:
                migrate.upgrade(connection)
        else:
            engine = make_engine(path, read_only=read_only)
        log.info("opened %s%s", path, " read-only" if read_only else "")
        return EventFile(path, engine, read_only=read_only, lock=lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
