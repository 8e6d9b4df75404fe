"""The lock beside an event file: one writer at a time, whatever happened before."""

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cafedesk.store.lock import FileLock, lock_path_for
from tests.faults import child_env

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from cafedesk.store.lock import FileLock
    lock = FileLock(Path(sys.argv[1]))
    assert lock.acquire() is None
    print("held", flush=True)
    time.sleep(60)
    """
)

CONTENDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from cafedesk.store.lock import FileLock
    go, done = Path(sys.argv[2]), Path(sys.argv[3])
    print("ready", flush=True)
    while not go.exists():
        time.sleep(0.0002)
    lock = FileLock(Path(sys.argv[1]))
    won = lock.acquire() is None
    print("won" if won else "lost", flush=True)
    while not done.exists():  # keep it while the other one tries
        time.sleep(0.001)
    """
)


def _start(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=child_env()
    )


def test_a_killed_holders_lock_is_taken_over_by_exactly_one_of_two(tmp_path: Path) -> None:
    """Finding 13: two processes taking over the same stale lock both got read-write."""
    event = tmp_path / "event.cafedesk"
    event.write_bytes(b"")
    both_won = 0
    runs = 40
    for run in range(runs):
        holder = _start(HOLDER, str(event))
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
        holder.stdout.close()
        assert lock_path_for(event).exists(), "the killed holder left its lock file"
        go, done = tmp_path / f"go-{run}", tmp_path / f"done-{run}"
        contenders = [_start(CONTENDER, str(event), str(go), str(done)) for _ in range(2)]
        for proc in contenders:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        go.touch()
        results = []
        for proc in contenders:
            assert proc.stdout is not None
            results.append(proc.stdout.readline().strip())
        done.touch()
        for proc in contenders:
            proc.wait()
            assert proc.stdout is not None
            proc.stdout.close()
        assert results.count("won") >= 1, results
        both_won += results.count("won") == 2
    assert both_won == 0, f"both contenders held the lock in {both_won} of {runs} runs"


def test_a_lock_naming_a_live_but_unrelated_process_is_taken_over(tmp_path: Path) -> None:
    """Finding 16: a lock whose process id was reused was honoured for ever."""
    event = tmp_path / "event.cafedesk"
    lock_path_for(event).write_text(
        json.dumps(
            {"user": "x", "host": socket.gethostname(), "pid": os.getppid(), "since": "2026"}
        ),
        encoding="utf-8",
    )
    lock = FileLock(event)
    assert lock.acquire() is None
    lock.release()


def test_a_second_window_in_the_same_process_is_kept_out(tmp_path: Path) -> None:
    event = tmp_path / "event.cafedesk"
    first, second = FileLock(event), FileLock(event)
    assert first.acquire() is None
    holder = second.acquire()
    assert holder is not None and holder.pid == os.getpid()
    assert first.holder() is None and FileLock(event).holder() is not None
    first.release()
    assert not lock_path_for(event).exists()
    assert second.acquire() is None
    second.release()


def test_a_lock_from_another_computer_is_respected(tmp_path: Path) -> None:
    event = tmp_path / "event.cafedesk"
    info = {"user": "ana", "host": "other-laptop", "pid": 1, "since": "2026-12-05T09:00:00"}
    lock_path_for(event).write_text(json.dumps(info), encoding="utf-8")
    holder = FileLock(event).acquire()
    assert holder is not None and holder.host == "other-laptop"
