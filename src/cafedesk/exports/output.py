"""Writing a finished document: all or nothing at the target, and cooperative cancel."""

from __future__ import annotations

import contextlib
import io
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from cafedesk.domain.errors import CafedeskError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
PART = ".part"

# Where each export in flight notes its temporary file, so that one cut off by a
# crash or a kill is removed at the next start (set by the app; None: not noted).
_pending_folder: Path | None = None


class ExportCancelled(CafedeskError):
    """The person pressed Cancel; nothing was written."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("cafedesk", "Export cancelled"))


class NothingToPrint(CafedeskError):
    """Every item asked for is empty for this event (e.g. space headers with no spaces yet);
    a PDF without pages would not open, so nothing is written."""

    def __init__(self, items: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "There is nothing to print yet for: {items}. Add what they show first "
                "(e.g. spaces, topics or participants); no file was written.",
            ),
            items=items,
        )


def check_cancel(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled()


def pdf_target(out: BinaryIO | Path | str) -> BinaryIO | str:
    """What reportlab takes: a file name, or a stream (e.g. atomic_output's)."""
    return str(out) if isinstance(out, str | Path) else out


def set_pending_folder(folder: Path | None) -> None:
    global _pending_folder
    _pending_folder = folder


def clean_pending() -> list[Path]:
    """Remove the temporary files of exports that never finished; returns them."""
    removed: list[Path] = []
    if _pending_folder is None or not _pending_folder.is_dir():
        return removed
    for note in _pending_folder.glob("*.txt"):
        try:
            temp = Path(note.read_text(encoding="utf-8").strip())
            if temp.name.endswith(PART) and temp.exists():
                temp.unlink()
                removed.append(temp)
            note.unlink()
        except (OSError, ValueError):
            continue
    return removed


def _note(temp: Path) -> Path | None:
    if _pending_folder is None:
        return None
    try:
        _pending_folder.mkdir(parents=True, exist_ok=True)
        note = _pending_folder / f"{os.getpid()}-{secrets.token_hex(6)}.txt"
        note.write_text(str(temp), encoding="utf-8")
    except OSError:
        return None
    return note


@contextlib.contextmanager
def atomic_output(out: BinaryIO | Path | str) -> Iterator[BinaryIO]:
    """Yield a buffer; only when the block succeeds does it reach ``out``.

    A path gets a temporary file beside it that is renamed over the target at
    the end, so a crash or a cancel never leaves half a PDF (or destroys the
    previous one). A stream gets the bytes in one write at the end.
    """
    if not isinstance(out, str | Path):
        buffer = io.BytesIO()
        yield buffer
        out.write(buffer.getvalue())
        return
    target = Path(out)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}{PART}")
    # Made like any new file of the person's (their umask), not private like mkstemp's.
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    note = _note(temp)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
        if note is not None:
            note.unlink(missing_ok=True)
