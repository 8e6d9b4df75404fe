"""File-level use cases for the window: create, open, back up, restore an event file.

The UI reaches the store only through services; these are the store's
lifecycle functions under the names the File menu speaks.
"""

from __future__ import annotations

from cafedesk.store.backups import BackupInfo, list_backups, make_backup, restore_backup
from cafedesk.store.eventfile import (
    EXTENSION,
    EventFile,
    EventFileLocked,
    create_event_file,
    open_event_file,
)
from cafedesk.store.graveyard import Tombstone

__all__ = [
    "EXTENSION",
    "BackupInfo",
    "EventFile",
    "EventFileLocked",
    "Tombstone",
    "create_event_file",
    "list_backups",
    "make_backup",
    "open_event_file",
    "restore_backup",
]
