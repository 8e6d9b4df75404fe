"""The life of one ``.cafedesk`` file: create, open (lock, check, migrate), write, close.

Every write happens inside ``EventFile.write()``, one short transaction that is
committed before control returns, so there is nothing to "save". Several
writes inside ``EventFile.batch()`` share one transaction: a user action that
calls several services lands whole or not at all.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session as DbSession

from cafedesk.domain.errors import ReadOnlyError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.store import migrate
from cafedesk.store.backups import backup_folder, clean_stale_temps, make_backup
from cafedesk.store.dberrors import storage_errors
from cafedesk.store.engine import APPLICATION_ID, WRITES, make_engine
from cafedesk.store.fileops import (
    copy_verified,
    fold_wal,
    looks_like_event,
    remove_leftover_temps,
    remove_sidecars,
    replace_file,
    temp_beside,
)
from cafedesk.store.inspect import (
    EXTENSION,
    EventFileLocked,
    FileCheck,
    check_openable,
    folder_writable,
    inspect_file,
    recover_hot_journal,
    refuse,
)
from cafedesk.store.lock import FileLock

__all__ = [
    "EXTENSION",
    "EventFile",
    "EventFileLocked",
    "FileCheck",
    "create_event_file",
    "inspect_file",
    "open_event_file",
]

log = logging.getLogger(__name__)

READ_ONLY_FILE = QT_TRANSLATE_NOOP(
    "cafedesk",
    "“{name}” cannot be changed where it is (the file or its folder is read-only, "
    "e.g. a locked USB stick), so it is open read-only. "
    "Use File › Save a Copy As… to work on a copy.",
)


class EventFile:
    """An open event file. Use ``read()`` and ``write()`` for short sessions."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        read_only: bool,
        lock: FileLock | None,
        read_only_reason: str = "",
    ) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        # Why the file is read-only when nobody asked for it (a template, values in
        # ``read_only_values``); empty when it was opened read-only on purpose.
        self.read_only_reason = read_only_reason
        self.read_only_values: dict[str, object] = {"name": path.name}
        self._lock = lock
        self._local = threading.local()  # the open batch of this thread, if any
        self.write_count = 0  # lets the backup timer skip unchanged files

    # --- transactions -------------------------------------------------------------
    def _batch_connection(self) -> Connection | None:
        return getattr(self._local, "connection", None)

    def message_for_read_only(self, translate: Translate = identity) -> str:
        """Why this file is read-only though nobody asked for it ("" when asked for)."""
        if not self.read_only_reason:
            return ""
        return translate(self.read_only_reason).format(**self.read_only_values)

    def _refuse_write(self) -> ReadOnlyError:
        if self.read_only_reason:
            return ReadOnlyError(self.read_only_reason, **self.read_only_values)
        return ReadOnlyError(
            QT_TRANSLATE_NOOP("cafedesk", "This event is open read-only; changes are not possible.")
        )

    @contextmanager
    def batch(self) -> Iterator[Connection]:
        """One transaction for everything written in the block (on this thread)."""
        current = self._batch_connection()
        if current is not None:
            yield current
            return
        if self.read_only:
            raise self._refuse_write()
        with storage_errors():
            connection = self.engine.connect()
            try:
                connection.execution_options(**{WRITES: True})
                with connection.begin():
                    self._local.connection = connection
                    try:
                        yield connection
                    finally:
                        self._local.connection = None
            finally:
                connection.close()
        self.write_count += 1

    @contextmanager
    def read(self) -> Iterator[DbSession]:
        """A session for reading; inside a batch it sees the batch's own writes."""
        connection = self._batch_connection()
        with storage_errors():
            if connection is not None:
                with DbSession(bind=connection, join_transaction_mode="rollback_only") as session:
                    yield session
            else:
                with DbSession(self.engine) as session:
                    yield session

    @contextmanager
    def write(self) -> Iterator[DbSession]:
        with (
            self.batch() as connection,
            storage_errors(),
            DbSession(bind=connection, join_transaction_mode="rollback_only") as session,
        ):
            yield session
            session.flush()

    # --- the file -----------------------------------------------------------------
    def checkpoint(self) -> None:
        """Fold the WAL into the file, so a plain copy of it holds every change so far."""
        if self.read_only or self._batch_connection() is not None:
            return
        with storage_errors():
            raw = self.engine.raw_connection()
            try:
                driver = raw.driver_connection
                assert isinstance(driver, sqlite3.Connection)
                driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()  # never waits
            finally:
                raw.close()

    def save_copy(self, target: Path) -> None:
        """A consistent copy of the live file, written beside the target and then moved
        over it, so a failure (a full stick) leaves any previous copy untouched."""
        target = target.resolve()
        if target == self.path.resolve():
            raise refuse(
                QT_TRANSLATE_NOOP("cafedesk", "Choose another name than “{name}” for the copy."),
                target,
            )
        if target.is_dir():
            raise refuse(QT_TRANSLATE_NOOP("cafedesk", "“{name}” is a folder."), target)
        lock = FileLock(target)
        holder = lock.acquire()
        if holder is not None:
            raise EventFileLocked(target.name, holder)
        try:
            copy_verified(self.path, target)
        finally:
            lock.release()

    def close(self) -> None:
        self.engine.dispose()
        if not self.read_only:
            # Fold the WAL back so the file can be copied or mailed on its own.
            try:
                fold_wal(self.path)
            except sqlite3.Error:
                log.warning("could not fold the WAL of %s on close", self.path)
        if self._lock is not None:
            self._lock.release()


Builder = Callable[[EventFile], None]


def create_event_file(
    path: Path, build: Builder | None = None, backups_root: Path | None = None
) -> EventFile:
    """A new event at ``path`` with the current schema, filled by ``build``.

    The lock is taken first, so a file open in another window is never touched;
    the new event is made whole in a temporary file beside the target and only
    then moved over it, so a failure leaves any existing file as it was. An
    event file that is replaced is backed up first when ``backups_root`` is given.
    """
    path = path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_dir():
        raise refuse(QT_TRANSLATE_NOOP("cafedesk", "“{name}” is a folder."), path)
    lock = FileLock(path)
    holder = lock.acquire()
    if holder is not None:
        raise EventFileLocked(path.name, holder)
    temp = temp_beside(path, "new")
    try:
        with storage_errors(os_errors=True):
            con = sqlite3.connect(temp)
            con.execute(f"PRAGMA application_id={APPLICATION_ID}")
            con.close()
            engine = make_engine(temp)
            with engine.begin() as connection:
                migrate.upgrade(connection)
            if build is not None:
                build(EventFile(temp, engine, read_only=False, lock=None))
            engine.dispose()
            fold_wal(temp)
            if backups_root is not None and looks_like_event(path):
                make_backup(path, backups_root, "before-replace")
            remove_sidecars(path)
            replace_file(temp, path)
        return EventFile(path, make_engine(path), read_only=False, lock=lock)
    except BaseException:
        lock.release()
        raise
    finally:
        temp.unlink(missing_ok=True)
        remove_sidecars(temp)


def open_event_file(path: Path, backups_root: Path, *, read_only: bool = False) -> EventFile:
    """Open an existing event file after checking it; migrate an older one (backup first).

    Raises EventFileError with a sentence a facilitator understands; a locked
    file raises EventFileLocked so the caller can offer to open it read-only.
    A file that cannot be written where it is opens read-only with the reason.
    """
    path = path.resolve()
    check_openable(path)
    reason = ""
    if not read_only and not (os.access(path, os.W_OK) and folder_writable(path)):
        read_only, reason = True, READ_ONLY_FILE
    lock: FileLock | None = None
    if not read_only:
        lock = FileLock(path)
        holder = lock.acquire()
        if holder is not None:
            raise EventFileLocked(path.name, holder)
    try:
        if not read_only:
            remove_leftover_temps(path)
            clean_stale_temps(backup_folder(path, backups_root), older_than=0)
            recover_hot_journal(path)
        immutable = read_only and not folder_writable(path)
        check = inspect_file(path, immutable=immutable)
        if check.needs_migration:
            if read_only:
                raise refuse(
                    QT_TRANSLATE_NOOP(
                        "cafedesk",
                        "“{name}” comes from an older cafedesk and must be updated before it "
                        "can be shown, which is not possible read-only. Copy it to a folder "
                        "you can write to and open the copy.",
                    ),
                    path,
                )
            backup = make_backup(path, backups_root, "before-upgrade")
            log.info(
                "updating %s from format %d (copy kept as %s)", path, check.schema_version, backup
            )
            engine = make_engine(path)
            with storage_errors(), engine.begin() as connection:
                migrate.upgrade(connection)
        else:
            engine = make_engine(path, read_only=read_only, immutable=immutable)
        log.info("opened %s%s", path, " read-only" if read_only else "")
        return EventFile(path, engine, read_only=read_only, lock=lock, read_only_reason=reason)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
