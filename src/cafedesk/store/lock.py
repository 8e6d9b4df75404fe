"""A lock beside the event file, so a second window or process opens it read-only.

The lock is a small file (``NAME.cafedesk.lock``) that says who holds it, and
is held through the operating system's own file lock (flock on Linux and
macOS, a byte-range lock on Windows). The system releases that lock when the
process ends, however it ends, so a crashed cafedesk never leaves a lock
behind, a reused process id cannot keep one alive, and two processes taking
over at the same moment cannot both win. A holder on another computer (a
shared folder whose file system may not pass the lock on) is respected by
what the file says, until that cafedesk closes the event.
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
from typing import IO

_WINDOWS_LOCK_OFFSET = 1 << 30  # far beyond the text, so readers are never blocked


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: str


def lock_path_for(event_path: Path) -> Path:
    return event_path.with_name(event_path.name + ".lock")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes
        return "?"


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
        except OSError:
            return False
        finally:
            handle.seek(0)
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _read_holder(path: Path) -> LockHolder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockHolder(
            str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _same_file(handle: IO[str], path: Path) -> bool:
    """Whether ``path`` still names the file we locked (the holder may have removed it)."""
    try:
        return os.path.samestat(os.fstat(handle.fileno()), os.stat(path))
    except OSError:
        return False


class FileLock:
    def __init__(self, event_path: Path) -> None:
        self.path = lock_path_for(event_path)
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def holder(self) -> LockHolder | None:
        """Who holds the lock now (None when it is free), without taking it."""
        if self.held:
            return None
        probe = FileLock(self.path.with_name(self.path.name[: -len(".lock")]))
        other = probe.acquire()
        probe.release()
        return other

    def acquire(self) -> LockHolder | None:
        """Take the lock; return the other holder instead if someone has it.

        In a folder where no lock file can be made (read-only media) there is
        nobody to keep out and nothing anybody could write: None, not held.
        """
        for _attempt in range(20):
            try:
                handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (kept open)
            except OSError:
                return None
            if not _try_lock(handle):
                handle.close()
                return _read_holder(self.path) or LockHolder("?", "?", 0, "?")
            if not _same_file(handle, self.path):
                handle.close()  # the holder released and removed it meanwhile: try again
                continue
            handle.seek(0)
            previous = _read_holder(self.path)
            if previous is not None and previous.host != socket.gethostname():
                handle.close()  # held on another computer; its lock may not reach us
                return previous
            info = {
                "user": _user(),
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "since": dt.datetime.now().isoformat(timespec="seconds"),
            }
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps(info))
            handle.flush()
            self._handle = handle
            return None
        return _read_holder(self.path)

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        # Remove the file while still holding the lock, so nobody locks a file that is
        # about to disappear (they check that the name still leads to what they locked).
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            if sys.platform == "win32":  # an open file cannot be removed there: empty it
                handle.seek(0)
                handle.truncate()
        handle.close()
