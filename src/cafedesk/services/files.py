"""File-level use cases for the window: create, open, copy, clean, back up, restore.

The UI reaches the store only through services; these are the store's
lifecycle functions under the names the File menu speaks.
"""

from __future__ import annotations

from cafedesk.store.backups import (
    BackupInfo,
    BackupSet,
    backup_folder,
    list_backup_sets,
    list_backups,
    list_backups_in,
    make_backup,
    restore_backup,
)
from cafedesk.store.eventfile import (
    EXTENSION,
    EventFile,
    EventFileLocked,
    create_event_file,
    open_event_file,
)
from cafedesk.store.graveyard import Tombstone
from cafedesk.store.inspect import DamagedFileError, ForeignSchemaError
from cafedesk.store.lock import FileLock, LockHolder
from cafedesk.store.repair import make_cleaned_copy

__all__ = [
    "EXTENSION",
    "BackupInfo",
    "BackupSet",
    "DamagedFileError",
    "EventFile",
    "EventFileLocked",
    "ForeignSchemaError",
    "Tombstone",
    "backup_folder",
    "create_event_file",
    "list_backup_sets",
    "list_backups",
    "list_backups_in",
    "lock_holder",
    "make_backup",
    "make_cleaned_copy",
    "open_event_file",
    "restore_backup",
]


def lock_holder(path: object) -> LockHolder | None:
    """Who has the event file at ``path`` open now (None when nobody does)."""
    from pathlib import Path

    assert isinstance(path, Path)
    return FileLock(path.resolve()).holder()
