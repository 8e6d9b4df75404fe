"""Rolling backups made with SQLite's online backup API (safe while the file is open).

A backup is written under a temporary name, verified (integrity, cafedesk's
id, a schema) and only then renamed, so a backup killed half-way or cut short
by a full disk never looks like one. Rolling backups that would be identical
to the newest one are not kept; the rest are thinned out by age: every one of
the last few, then one an hour for a day, then one a day for a month.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cafedesk.domain.errors import EventFileError, StorageError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.store.dberrors import storage_errors
from cafedesk.store.fileops import (
    TEMP_MARK,
    CopyFailed,
    copy_database,
    looks_like_event,
    remove_sidecars,
    replace_file,
    verify_copy,
)

log = logging.getLogger(__name__)

KEEP_NEWEST = 6  # rolling backups kept whatever their age
KEEP_HOURLY_FOR = dt.timedelta(days=1)
KEEP_DAILY_FOR = dt.timedelta(days=31)
KEEP_SPECIAL = 10  # before a migration, import, restore or replace
ROLLING_BUDGET = 2 * 1024**3  # bytes of rolling backups per event, beyond the newest few
ROLLING_REASONS = frozenset({"open", "timer", "close"})
DAMAGED_REASON = "damaged"  # the bytes of an event that could not be read, kept before a restore
ORIGIN = "origin.json"  # which event file a folder's backups belong to
STALE_TEMP_AGE = 600.0  # seconds: older temporary files are leftovers of a killed backup
_NAME = re.compile(r"^(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)\.cafedesk$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int
    damaged: bool = False  # did not verify: listed so people see it, never counted or restored


@dataclass(frozen=True)
class BackupSet:
    """The backups of one event file, found in the backups folder."""

    folder: Path
    event_path: Path | None  # None for folders made before their origin was recorded
    name: str
    latest: dt.datetime
    count: int


def backup_folder(event_path: Path, backups_root: Path) -> Path:
    """One folder per event file; the hash keeps two "event.cafedesk" files apart."""
    digest = hashlib.sha1(str(event_path.resolve()).encode("utf-8")).hexdigest()[:8]
    return backups_root / f"{event_path.stem}-{digest}"


def _digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            hasher.update(block)
    return hasher.hexdigest()


def _record_origin(folder: Path, event_path: Path) -> None:
    origin = folder / ORIGIN
    if not origin.exists():
        data = {"path": str(event_path.resolve()), "name": event_path.name}
        origin.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def make_backup(event_path: Path, backups_root: Path, reason: str) -> Path:
    """Copy the event into its backup folder; returns the backup that holds its content.

    A rolling backup identical to the newest one is not kept (the newest is returned).
    """
    folder = backup_folder(event_path, backups_root)
    with storage_errors(os_errors=True):
        folder.mkdir(parents=True, exist_ok=True)
        _record_origin(folder, event_path)
        clean_stale_temps(folder)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = folder / f"{stamp}-{reason}.cafedesk"
        counter = 1
        while target.exists():
            counter += 1
            target = folder / f"{stamp}-{counter}-{reason}.cafedesk"
        temp = folder / f".{target.name}{TEMP_MARK}backup"
        try:
            copy_database(event_path, temp)
            try:
                verify_copy(temp)
            except CopyFailed as exc:
                raise StorageError(
                    QT_TRANSLATE_NOOP(
                        "cafedesk",
                        "The backup of “{name}” could not be completed ({detail}); the "
                        "older backups are kept.",
                    ),
                    name=event_path.name,
                    detail=str(exc),
                ) from exc
            if reason in ROLLING_REASONS:
                newest = next(
                    (
                        b
                        for b in list_backups(event_path, backups_root)
                        if b.reason in ROLLING_REASONS and not b.damaged
                    ),
                    None,
                )
                if newest is not None and _digest(newest.path) == _digest(temp):
                    return newest.path  # nothing changed since: no new copy
            replace_file(temp, target)
        finally:
            temp.unlink(missing_ok=True)
            remove_sidecars(temp)
        prune(folder)
    return target


def clean_stale_temps(folder: Path, older_than: float = STALE_TEMP_AGE) -> None:
    """Remove what a killed backup left behind (never a backup that is being written).

    Whoever holds the event's lock may pass ``older_than=0``: every backup of an
    event is written under its lock, so then no other one can be in progress.
    """
    now = time.time()
    for path in folder.glob(f".*{TEMP_MARK}*"):
        try:
            if now - path.stat().st_mtime >= older_than:
                path.unlink()
        except OSError:
            pass


def _scan(folder: Path) -> list[BackupInfo]:
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        try:
            created = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        damaged = match["reason"] == DAMAGED_REASON or not looks_like_event(path)
        found.append(BackupInfo(path, created, match["reason"], size, damaged))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def list_backups(event_path: Path, backups_root: Path) -> list[BackupInfo]:
    """Newest first; damaged ones are listed with ``damaged`` set."""
    return _scan(backup_folder(event_path, backups_root))


def list_backups_in(folder: Path) -> list[BackupInfo]:
    return _scan(folder)


def list_backup_sets(backups_root: Path) -> list[BackupSet]:
    """Every event that has backups, most recently backed up first."""
    sets: list[BackupSet] = []
    if not backups_root.is_dir():
        return sets
    for folder in backups_root.iterdir():
        good = [b for b in _scan(folder) if not b.damaged]
        if not good:
            continue
        event_path: Path | None = None
        name = folder.name.rsplit("-", 1)[0] + ".cafedesk"
        try:
            origin = json.loads((folder / ORIGIN).read_text(encoding="utf-8"))
            event_path, name = Path(origin["path"]), str(origin["name"])
        except (OSError, ValueError, KeyError, TypeError):
            pass
        sets.append(BackupSet(folder, event_path, name, good[0].created, len(good)))
    sets.sort(key=lambda s: s.latest, reverse=True)
    return sets


def rolling_to_keep(backups: Iterable[BackupInfo], now: dt.datetime) -> set[Path]:
    """The rolling backups worth keeping: the newest few, then one an hour, one a day."""
    keep: set[Path] = set()
    seen_hours: set[tuple[int, int, int, int]] = set()
    seen_days: set[dt.date] = set()
    spent = 0
    for index, backup in enumerate(sorted(backups, key=lambda b: b.created, reverse=True)):
        age = now - backup.created
        hour = (backup.created.year, backup.created.month, backup.created.day, backup.created.hour)
        wanted = index < KEEP_NEWEST
        if not wanted and age <= KEEP_HOURLY_FOR and hour not in seen_hours:
            wanted = True
        if not wanted and age <= KEEP_DAILY_FOR and backup.created.date() not in seen_days:
            wanted = True
        if wanted and index >= KEEP_NEWEST and spent + backup.size > ROLLING_BUDGET:
            wanted = False  # a big event: older history gives way to disk space
        if wanted:
            keep.add(backup.path)
            seen_hours.add(hour)
            seen_days.add(backup.created.date())
            spent += backup.size
    return keep


def prune(folder: Path, now: dt.datetime | None = None) -> None:
    """Thin out verified backups; damaged ones are never counted (and never pruned for)."""
    backups = [b for b in _scan(folder) if not b.damaged]
    rolling = [b for b in backups if b.reason in ROLLING_REASONS]
    special = [b for b in backups if b.reason not in ROLLING_REASONS]
    keep = rolling_to_keep(rolling, now or dt.datetime.now())
    doomed = [b.path for b in rolling if b.path not in keep] + [
        b.path for b in special[KEEP_SPECIAL:]
    ]
    for path in doomed:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove old backup %s", path)


def check_integrity(path: Path) -> bool:
    try:
        verify_copy(path)
    except Exception:  # any failure to read it means it is no good as a backup
        return False
    return True


def keep_damaged(event_path: Path, backups_root: Path) -> Path | None:
    """Put a byte-for-byte copy of a damaged event among its backups, listed as damaged."""
    import shutil

    folder = backup_folder(event_path, backups_root)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{stamp}-{DAMAGED_REASON}.cafedesk"
    temp = folder / f".{target.name}{TEMP_MARK}damaged"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _record_origin(folder, event_path)
        shutil.copyfile(event_path, temp)
        os.replace(temp, target)
    except OSError:
        temp.unlink(missing_ok=True)
        return None
    return target


def restore_backup(backup: Path, event_path: Path, backups_root: Path) -> None:
    """Replace the event file's content with a backup's.

    The backup is verified first; the event's lock is taken, so a file open in
    another window is never replaced under it; the current content is backed up
    (when it is readable), so a restore can itself be undone; the backup's copy
    is written beside the event and moved over it only when whole.
    """
    from cafedesk.store.fileops import copy_verified
    from cafedesk.store.inspect import EventFileLocked, inspect_file
    from cafedesk.store.lock import FileLock

    if not check_integrity(backup):
        raise EventFileError(
            QT_TRANSLATE_NOOP("cafedesk", "The backup “{name}” is damaged; choose another one."),
            name=backup.name,
        )
    inspect_file(backup)
    lock = FileLock(event_path)
    holder = lock.acquire()
    if holder is not None:
        raise EventFileLocked(event_path.name, holder)
    try:
        if event_path.exists() and looks_like_event(event_path):
            try:
                make_backup(event_path, backups_root, "before-restore")
            except (StorageError, OSError):
                # Unreadable as a database: keep its bytes as they are, for a specialist.
                kept = keep_damaged(event_path, backups_root)
                log.warning(
                    "%s could not be backed up before the restore; kept as %s", event_path, kept
                )
        copy_verified(backup, event_path)
    finally:
        lock.release()
