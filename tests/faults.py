"""Faults a test can make for real: a small file system that fills up, read-only media,
and a writer killed at a random moment.

Mounting needs root (or the capability to mount) on Linux; where the test
cannot make one, it is skipped with the reason, never faked.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = str(Path(__file__).resolve().parents[1] / "src")


def child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}


def _mount(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


@contextlib.contextmanager
def mounted_tmpfs(size_kb: int, read_only: bool = False) -> Iterator[Path]:
    """A fresh tmpfs of ``size_kb``; the block fills it as it likes; unmounted after."""
    if sys.platform != "linux" or shutil.which("mount") is None:
        pytest.skip("needs Linux and mount(8) to make a small file system")
    folder = Path(tempfile.mkdtemp(prefix="cafedesk-fs-"))
    done = _mount(["-t", "tmpfs", "-o", f"size={size_kb}k,mode=0777", "tmpfs", str(folder)])
    if done.returncode != 0:
        folder.rmdir()
        pytest.skip(f"cannot mount a test file system here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        with contextlib.suppress(OSError):
            folder.rmdir()


def remount_read_only(folder: Path) -> None:
    done = _mount(["-o", "remount,ro", str(folder)])
    if done.returncode != 0:
        pytest.skip(f"cannot make the test file system read-only: {done.stderr.strip()}")


def fill_up(folder: Path, leave: int = 0) -> None:
    """Write until the file system is full, then free ``leave`` bytes."""
    filler = folder / "filler.bin"
    block = b"\0" * 65536
    with filler.open("wb", buffering=0) as handle:
        try:
            while handle.write(block):
                pass
        except OSError:
            pass
    if leave:
        size = filler.stat().st_size
        os.truncate(filler, max(0, size - leave))
