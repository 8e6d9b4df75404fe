"""Rolling backups made with SQLite's online backup API (safe while the file is open)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from cafedesk.domain.errors import EventFileError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.store.engine import connect_raw

KEEP_ROLLING = 12  # backups taken on open and on the timer
KEEP_SPECIAL = 10  # before a migration, import or restore
ROLLING_REASONS = frozenset({"open", "timer", "close"})
_NAME = re.compile(r"^(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)\.cafedesk$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int


def backup_folder(event_path: Path, backups_root: Path) -> Path:
    """One folder per event file; the hash keeps two "event.cafedesk" files apart."""
    digest = hashlib.sha1(str(event_path.resolve()).encode("utf-8")).hexdigest()[:8]
    return backups_root / f"{event_path.stem}-{digest}"


def copy_database(source: sqlite3.Connection, target_path: Path) -> None:
    target = sqlite3.connect(target_path)
    try:
        source.backup(target)
    finally:
        target.close()


def make_backup(event_path: Path, backups_root: Path, reason: str) -> Path:
    folder = backup_folder(event_path, backups_root)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{stamp}-{reason}.cafedesk"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{stamp}-{counter}-{reason}.cafedesk"
    source = connect_raw(event_path, read_only=True)
    try:
        copy_database(source, target)
    finally:
        source.close()
    prune(folder)
    return target


def list_backups(event_path: Path, backups_root: Path) -> list[BackupInfo]:
    """Newest first."""
    folder = backup_folder(event_path, backups_root)
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        created = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        found.append(BackupInfo(path, created, match["reason"], path.stat().st_size))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def prune(folder: Path) -> None:
    rolling: list[Path] = []
    special: list[Path] = []
    for path in sorted(folder.glob("*.cafedesk"), reverse=True):
        match = _NAME.match(path.name)
        if match:
            (rolling if match["reason"] in ROLLING_REASONS else special).append(path)
    for path in rolling[KEEP_ROLLING:] + special[KEEP_SPECIAL:]:
        path.unlink(missing_ok=True)


def check_integrity(path: Path) -> bool:
    try:
        con = connect_raw(path, read_only=True)
        try:
            return bool(con.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def restore_backup(backup: Path, event_path: Path, backups_root: Path) -> None:
    """Replace the (closed) event file's content with a backup's.

    The current content is backed up first, so a restore can itself be undone.
    """
    if not check_integrity(backup):
        raise EventFileError(
            QT_TRANSLATE_NOOP("cafedesk", "The backup “{name}” is damaged; choose another one."),
            name=backup.name,
        )
    if event_path.exists():
        make_backup(event_path, backups_root, "before-restore")
    source = connect_raw(backup, read_only=True)
    try:
        target = sqlite3.connect(event_path)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
