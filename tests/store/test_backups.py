import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from cafedesk.domain.errors import EventFileError
from cafedesk.services import spaces
from cafedesk.store import backups
from cafedesk.store.eventfile import EventFileLocked, open_event_file
from cafedesk.store.fileops import TEMP_MARK
from cafedesk.store.lock import FileLock
from tests.faults import child_env


def test_backup_of_a_live_file_is_consistent_and_restorable(
    tmp_path: Path, demo_path: Path
) -> None:
    root = tmp_path / "backups"
    ef = open_event_file(demo_path, root)
    try:
        first = backups.make_backup(demo_path, root, "open")
        spaces.add_space(ef, "After the backup", 9)
    finally:
        ef.close()
    assert backups.check_integrity(first)
    backups.restore_backup(first, demo_path, root)
    ef = open_event_file(demo_path, root)
    try:
        assert "After the backup" not in [s.name for s in spaces.list_spaces(ef)]
    finally:
        ef.close()
    reasons = [b.reason for b in backups.list_backups(demo_path, root)]
    assert "before-restore" in reasons, (
        "the state before a restore is kept, so a restore can be undone"
    )


def test_identical_rolling_backups_are_not_kept(tmp_path: Path, demo_path: Path) -> None:
    """Finding 14: twelve opens without a change left twelve identical copies."""
    root = tmp_path / "backups"
    for _ in range(12):
        backups.make_backup(demo_path, root, "open")
    assert len(backups.list_backups(demo_path, root)) == 1
    ef = open_event_file(demo_path, root)
    try:
        spaces.add_space(ef, "A change", 9)
        backups.make_backup(demo_path, root, "timer")
    finally:
        ef.close()
    assert len(backups.list_backups(demo_path, root)) == 2


def _info(path: Path, created: dt.datetime, size: int = 1000) -> backups.BackupInfo:
    return backups.BackupInfo(path, created, "timer", size)


def test_history_is_kept_by_age_newest_few_then_hourly_then_daily() -> None:
    now = dt.datetime(2026, 12, 5, 12, 0, 0)
    every_five_minutes = [
        _info(Path(f"m{i}"), now - dt.timedelta(minutes=5 * i)) for i in range(0, 24 * 12)
    ]
    daily = [_info(Path(f"d{i}"), now - dt.timedelta(days=i, hours=3)) for i in range(2, 60)]
    keep = backups.rolling_to_keep(every_five_minutes + daily, now)
    kept_recent = [b for b in every_five_minutes if b.path in keep]
    assert every_five_minutes[: backups.KEEP_NEWEST] == kept_recent[: backups.KEEP_NEWEST]
    hours = {(b.created.date(), b.created.hour) for b in kept_recent}
    assert len(hours) >= 23, "one backup an hour over the last day"
    kept_days = {b.created.date() for b in daily if b.path in keep}
    assert len(kept_days) == sum(1 for b in daily if now - b.created <= backups.KEEP_DAILY_FOR)
    assert not any(b.path in keep for b in daily if now - b.created > backups.KEEP_DAILY_FOR)
    assert len(keep) < 24 + 31 + backups.KEEP_NEWEST


def test_big_events_give_old_history_way_to_disk_space() -> None:
    now = dt.datetime(2026, 12, 5, 12, 0, 0)
    huge = backups.ROLLING_BUDGET // 4
    found = [_info(Path(f"h{i}"), now - dt.timedelta(hours=i), huge) for i in range(20)]
    keep = backups.rolling_to_keep(found, now)
    assert all(b.path in keep for b in found[: backups.KEEP_NEWEST]), "the newest stay"
    assert len(keep) == backups.KEEP_NEWEST


def test_special_backups_are_kept_apart(tmp_path: Path, demo_path: Path) -> None:
    root = tmp_path / "backups"
    backups.make_backup(demo_path, root, "timer")
    backups.make_backup(demo_path, root, "before-upgrade")
    found = backups.list_backups(demo_path, root)
    assert {b.reason for b in found} == {"timer", "before-upgrade"}
    assert found == sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def test_damaged_backup_is_not_restored(tmp_path: Path, demo_path: Path) -> None:
    bad = tmp_path / "bad.cafedesk"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = demo_path.read_bytes()
    with pytest.raises(EventFileError, match="damaged"):
        backups.restore_backup(bad, demo_path, tmp_path / "b")
    assert demo_path.read_bytes() == before


def test_damaged_backups_are_listed_as_such_never_counted_never_restored(
    tmp_path: Path, demo_path: Path
) -> None:
    """Finding 6: a 0-byte or cut-off backup under a final name took a good one's place."""
    root = tmp_path / "backups"
    good = backups.make_backup(demo_path, root, "timer")
    folder = good.parent
    empty = folder / "20991231-235959-timer.cafedesk"
    empty.write_bytes(b"")
    cut = folder / "20991231-235958-timer.cafedesk"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    listed = {b.path: b for b in backups.list_backups(demo_path, root)}
    assert listed[empty].damaged and listed[cut].damaged and not listed[good].damaged
    backups.prune(folder)
    assert good.exists(), "damaged copies never push a good one out"
    before = demo_path.read_bytes()
    for bad in (empty, cut):
        with pytest.raises(EventFileError, match="damaged"):
            backups.restore_backup(bad, demo_path, root)
    assert demo_path.read_bytes() == before
    assert [s.count for s in backups.list_backup_sets(root)] == [1]


KILLED_BACKUP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from cafedesk.store import backups, fileops
    real = fileops.copy_database

    def slow_copy(source, target):
        real(source, target)
        print("copied", flush=True)
        import time
        time.sleep(30)  # killed here: the copy exists, not yet verified or renamed

    backups.copy_database = slow_copy
    backups.make_backup(Path(sys.argv[1]), Path(sys.argv[2]), "timer")
    """
)


def test_a_backup_killed_half_way_is_never_listed_and_its_leftover_goes(
    tmp_path: Path, demo_path: Path
) -> None:
    root = tmp_path / "backups"
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_BACKUP, str(demo_path), str(root)],
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "copied"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    folder = backups.backup_folder(demo_path, root)
    leftovers = list(folder.glob(f"*{TEMP_MARK}*"))
    assert leftovers, "the killed backup left its temporary file"
    assert backups.list_backups(demo_path, root) == []
    # Whoever opens the event next holds its lock, under which every backup of it is
    # written: so the leftover is known dead and goes at once.
    open_event_file(demo_path, root).close()
    assert not list(folder.glob(f"*{TEMP_MARK}*"))
    assert backups.list_backups(demo_path, root) == []


def test_without_the_lock_only_old_leftovers_are_taken_for_dead(
    tmp_path: Path, demo_path: Path
) -> None:
    root = tmp_path / "backups"
    backups.make_backup(demo_path, root, "open")
    folder = backups.backup_folder(demo_path, root)
    young = folder / f".young{TEMP_MARK}backup"
    aged = folder / f".aged{TEMP_MARK}backup"
    young.write_bytes(b"maybe being written")
    aged.write_bytes(b"left by a kill")
    old = time.time() - backups.STALE_TEMP_AGE - 5
    os.utime(aged, (old, old))
    backups.clean_stale_temps(folder)
    assert young.exists() and not aged.exists()


def test_restore_refuses_a_file_open_in_another_window(tmp_path: Path, demo_path: Path) -> None:
    """Finding 12: restore from a read-only window overwrote the other window's file."""
    root = tmp_path / "backups"
    first = backups.make_backup(demo_path, root, "open")
    ef = open_event_file(demo_path, root)  # the other window
    try:
        spaces.add_space(ef, "Typed in the other window", 9)
        viewer = open_event_file(demo_path, root, read_only=True)
        viewer.close()
        with pytest.raises(EventFileLocked):
            backups.restore_backup(first, demo_path, root)
        assert "Typed in the other window" in [s.name for s in spaces.list_spaces(ef)]
    finally:
        ef.close()


def test_restore_is_atomic_so_no_journal_is_left(tmp_path: Path, demo_path: Path) -> None:
    root = tmp_path / "backups"
    first = backups.make_backup(demo_path, root, "open")
    backups.restore_backup(first, demo_path, root)
    assert not Path(str(demo_path) + "-journal").exists()
    assert not FileLock(demo_path).held
    con = sqlite3.connect(demo_path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_two_files_with_the_same_name_keep_separate_backups(
    tmp_path: Path, demo_path: Path
) -> None:
    other = tmp_path / "elsewhere" / demo_path.name
    other.parent.mkdir()
    other.write_bytes(demo_path.read_bytes())
    root = tmp_path / "b"
    assert backups.backup_folder(demo_path, root) != backups.backup_folder(other, root)
    con = sqlite3.connect(backups.make_backup(other, root, "open"))
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    names = {s.event_path for s in backups.list_backup_sets(root)}
    assert names == {other.resolve()}


def test_restoring_over_a_damaged_event_keeps_its_bytes_listed_as_damaged(
    tmp_path: Path, demo_path: Path
) -> None:
    """The restore dialog promises the event as it is now is kept; a damaged one too."""
    root = tmp_path / "backups"
    good = backups.make_backup(demo_path, root, "open")
    data = bytearray(demo_path.read_bytes())
    for i in range(8192, min(len(data), 40960)):
        data[i] = 0xA5
    demo_path.write_bytes(bytes(data))
    backups.restore_backup(good, demo_path, root)
    listed = backups.list_backups(demo_path, root)
    damaged = [b for b in listed if b.damaged]
    assert len(damaged) == 1 and damaged[0].path.read_bytes() == bytes(data)
    assert [b.path for b in listed if not b.damaged] == [good]
    with pytest.raises(EventFileError, match="damaged"):
        backups.restore_backup(damaged[0].path, demo_path, root)
