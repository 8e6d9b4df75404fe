"""Writing a finished document: all or nothing at the target, and cooperative cancel."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from cafedesk.domain.errors import CafedeskError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


class ExportCancelled(CafedeskError):
    """The person pressed Cancel; nothing was written."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("cafedesk", "Export cancelled"))


def check_cancel(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled()


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
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
