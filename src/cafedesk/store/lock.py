"""A lock beside the event file, so a second window or process opens it read-only.

The lock is a small JSON file (``NAME.cafedesk.lock``) made with O_EXCL. A lock
left by a crashed cafedesk on this computer is recognised (its process is gone)
and taken over; a lock from another computer is respected.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: str


def lock_path_for(event_path: Path) -> Path:
    return event_path.with_name(event_path.name + ".lock")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes
        return "?"


class FileLock:
    def __init__(self, event_path: Path) -> None:
        self.path = lock_path_for(event_path)
        self.held = False

    def holder(self) -> LockHolder | None:
        """Who holds the lock now, or None when it is free or stale."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            holder = LockHolder(
                str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"])
            )
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError, OSError):
            return None  # unreadable lock: treat as stale
        if holder.host == socket.gethostname() and not _pid_alive(holder.pid):
            return None
        return holder

    def acquire(self) -> LockHolder | None:
        """Take the lock; return the other holder instead if someone has it."""
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = self.holder()
                if holder is not None:
                    return holder
                self.path.unlink(missing_ok=True)  # stale: its process is gone
                continue
            except OSError:
                return None  # read-only folder: nothing to lock, opening read-only anyway
            info = {
                "user": _user(),
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "since": dt.datetime.now().isoformat(timespec="seconds"),
            }
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(info, handle)
            self.held = True
            return None
        return self.holder()

    def release(self) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False
