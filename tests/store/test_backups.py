import sqlite3
from pathlib import Path

import pytest

from cafedesk.domain.errors import EventFileError
from cafedesk.services import spaces
from cafedesk.store import backups
from cafedesk.store.eventfile import open_event_file


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


def test_rolling_backups_keep_only_the_newest(tmp_path: Path, demo_path: Path) -> None:
    root = tmp_path / "backups"
    for _ in range(backups.KEEP_ROLLING + 5):
        backups.make_backup(demo_path, root, "timer")
    backups.make_backup(demo_path, root, "before-upgrade")
    found = backups.list_backups(demo_path, root)
    assert sum(b.reason == "timer" for b in found) == backups.KEEP_ROLLING
    assert any(b.reason == "before-upgrade" for b in found)
    assert found == sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def test_damaged_backup_is_not_restored(tmp_path: Path, demo_path: Path) -> None:
    bad = tmp_path / "bad.cafedesk"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = demo_path.read_bytes()
    with pytest.raises(EventFileError, match="damaged"):
        backups.restore_backup(bad, demo_path, tmp_path / "b")
    assert demo_path.read_bytes() == before


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
