"""Moving whole event files safely: temporary files beside the target, verified copies,
atomic replacement, and the SQLite side files that must go with them."""

from __future__ import annotations

import os
import secrets
import sqlite3
import sys
from pathlib import Path

from cafedesk.domain.errors import StorageError
from cafedesk.store.dberrors import COPY_FAILED, storage_errors
from cafedesk.store.engine import APPLICATION_ID, SQLITE_MAGIC, connect_raw

SIDECARS = ("-wal", "-shm", "-journal")
TEMP_MARK = ".cafedesk-tmp-"  # every temporary name has it, so leftovers can be found


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def remove_sidecars(path: Path) -> None:
    for suffix in SIDECARS:
        sidecar(path, suffix).unlink(missing_ok=True)


def temp_beside(target: Path, purpose: str) -> Path:
    """A hidden, unique name in the target's folder (same file system: rename is atomic)."""
    return target.with_name(f".{target.name}{TEMP_MARK}{purpose}-{secrets.token_hex(4)}")


def remove_leftover_temps(target: Path) -> list[Path]:
    """Remove what a killed new-event, copy or restore left beside ``target``.

    Call only while holding ``target``'s lock: everything that writes such a
    temporary file holds that lock, so none of them can be in use.
    """
    removed = []
    for leftover in target.parent.glob(f".{target.name}{TEMP_MARK}*"):
        try:
            leftover.unlink()
            removed.append(leftover)
        except OSError:
            continue
    return removed


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (POSIX; Windows has no such call)."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def replace_file(temp: Path, target: Path) -> None:
    os.replace(temp, target)
    sync_folder(target.parent)


def fold_wal(path: Path) -> None:
    """Checkpoint the WAL into the file and leave it in rollback mode: one file, complete."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        con.execute("PRAGMA journal_mode=DELETE").fetchall()
    finally:
        con.close()


class CopyFailed(sqlite3.DatabaseError):
    """The copy did not verify (treated as a disk error by the caller)."""


def looks_like_event(path: Path) -> bool:
    """Cheap check of a closed copy: SQLite header, cafedesk's id, and not cut short."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError:
        return False
    if len(header) < 100 or header[:16] != SQLITE_MAGIC:
        return False
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is valid when its change counters agree.
    if header[24:28] == header[92:96] and pages:
        return size >= pages * page_size
    return size >= page_size * 2


def verify_copy(path: Path) -> None:
    """A copy must be whole before it replaces anything: integrity, id and a schema."""
    if not looks_like_event(path):
        raise CopyFailed("not a complete cafedesk file")
    con = connect_raw(path, read_only=True)
    try:
        if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise CopyFailed("integrity check failed")
        tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()
        if not tables or tables[0] < 2:
            raise CopyFailed("no tables")
    finally:
        con.close()


def copy_database(source: Path, target: Path) -> None:
    """SQLite's online backup: consistent even while the source is being written."""
    src = connect_raw(source, read_only=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            dst.close()
    finally:
        src.close()


def copy_verified(source: Path, target: Path) -> None:
    """Copy ``source`` over ``target`` only once the copy is whole; else leave it be."""
    temp = temp_beside(target, "copy")
    try:
        with storage_errors(os_errors=True):
            try:
                copy_database(source, temp)
                verify_copy(temp)
            except CopyFailed as exc:
                raise StorageError(COPY_FAILED, detail=str(exc)) from exc
            remove_sidecars(target)
            replace_file(temp, target)
    finally:
        temp.unlink(missing_ok=True)
        remove_sidecars(temp)
