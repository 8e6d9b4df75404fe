"""Around the file: replacing it, copying it, read-only media, a full disk, a cut-off change."""

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cafedesk.domain.errors import ReadOnlyError, StorageError
from cafedesk.services import participants, spaces, topics
from cafedesk.store.eventfile import EventFileLocked, create_event_file, open_event_file
from cafedesk.store.fileops import TEMP_MARK
from tests.faults import child_env, fill_up, mounted_tmpfs, remount_read_only


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_event_never_replaces_a_file_open_elsewhere(tmp_path: Path, demo_path: Path) -> None:
    """Finding 1: "Replace" deleted the file and its WAL before it looked at the lock."""
    ef = open_event_file(demo_path, tmp_path / "b")  # the other window
    try:
        spaces.add_space(ef, "Only in the WAL so far", 9)
        with pytest.raises(EventFileLocked):
            create_event_file(demo_path)
        spaces.add_space(ef, "Still writing", 9)
        names = [s.name for s in spaces.list_spaces(ef)]
        assert {"Only in the WAL so far", "Still writing"} <= set(names)
    finally:
        ef.close()
    ef = open_event_file(demo_path, tmp_path / "b")
    try:
        assert "Still writing" in [s.name for s in spaces.list_spaces(ef)]
        assert topics.list_topics(ef), "the event is all there"
    finally:
        ef.close()


def test_a_new_event_is_made_whole_before_it_replaces_anything(
    tmp_path: Path, demo_path: Path
) -> None:
    before = digest(demo_path)

    def broken_template(ef: object) -> None:
        raise RuntimeError("template failed half-way")

    with pytest.raises(RuntimeError):
        create_event_file(demo_path, broken_template)
    assert digest(demo_path) == before
    assert not [p for p in demo_path.parent.iterdir() if TEMP_MARK in p.name]


def test_replacing_an_event_keeps_a_backup_of_it(tmp_path: Path, demo_path: Path) -> None:
    from cafedesk.store.backups import list_backups

    root = tmp_path / "backups"
    create_event_file(demo_path, backups_root=root).close()
    assert [b.reason for b in list_backups(demo_path, root)] == ["before-replace"]


def test_a_copy_of_the_file_alone_holds_the_edits_after_a_checkpoint(
    tmp_path: Path, demo_path: Path
) -> None:
    """Finding 11: the last 50 edits were all still in the -wal file."""
    ef = open_event_file(demo_path, tmp_path / "b")
    try:
        for i in range(50):
            participants.add_participant(ef, f"Late arrival {i}")
        ef.checkpoint()
        copy = tmp_path / "copied by hand.cafedesk"
        shutil.copyfile(demo_path, copy)  # no -wal beside it
    finally:
        ef.close()
    con = sqlite3.connect(copy)
    count = con.execute("SELECT count(*) FROM participant WHERE name LIKE 'Late arrival %'")
    assert count.fetchone()[0] == 50
    con.close()


def test_save_a_copy_on_a_full_stick_keeps_the_old_copy(tmp_path: Path, demo_path: Path) -> None:
    """Finding 10: the old good copy was deleted first and a 0-byte file left."""
    with mounted_tmpfs(size_kb=2048) as stick:
        old_copy = stick / "event copy.cafedesk"
        ef = open_event_file(demo_path, tmp_path / "b")
        try:
            ef.save_copy(old_copy)
            good = digest(old_copy)
            for i in range(300):
                topics.add_topic(ef, f"Topic {i}", description="x" * 4000)
            fill_up(stick, leave=64 * 1024)
            with pytest.raises(StorageError, match="could not be written completely|disk is full"):
                ef.save_copy(old_copy)
        finally:
            ef.close()
        assert digest(old_copy) == good
        assert not [p for p in stick.iterdir() if TEMP_MARK in p.name]


def test_a_full_disk_refuses_the_change_with_a_sentence_and_keeps_the_rest(
    tmp_path: Path, demo_template: Path
) -> None:
    """Finding 5: disk full reached the person as a raw SQLAlchemy error."""
    with mounted_tmpfs(size_kb=4096) as disk:
        path = disk / "event.cafedesk"
        shutil.copyfile(demo_template, path)
        ef = open_event_file(path, tmp_path / "b")
        try:
            spaces.add_space(ef, "Before the disk filled", 9)
            fill_up(disk)
            with pytest.raises(StorageError, match="The disk is full"):
                for i in range(2000):
                    topics.add_topic(ef, f"Topic {i}", description="y" * 20000)
            (disk / "filler.bin").unlink()
            assert "Before the disk filled" in [s.name for s in spaces.list_spaces(ef)]
        finally:
            ef.close()
        con = sqlite3.connect(path)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()


def test_a_file_on_read_only_media_opens_read_only_with_the_reason(
    tmp_path: Path, demo_template: Path
) -> None:
    """Finding 4: it opened as writable and every call raised "attempt to write"."""
    with mounted_tmpfs(size_kb=8192) as stick:
        path = stick / "event.cafedesk"
        shutil.copyfile(demo_template, path)
        remount_read_only(stick)
        ef = open_event_file(path, tmp_path / "b")
        try:
            assert ef.read_only
            assert "read-only" in ef.message_for_read_only()
            assert len(participants.list_participants(ef)) > 10
            with pytest.raises(ReadOnlyError, match="Save a Copy As"):
                spaces.add_space(ef, "Nope", 3)
            copy = tmp_path / "copy.cafedesk"
            ef.save_copy(copy)
        finally:
            ef.close()
        writable = open_event_file(copy, tmp_path / "b")
        assert not writable.read_only
        writable.close()


def test_a_read_only_file_in_a_writable_folder_opens_read_only(
    tmp_path: Path, demo_path: Path
) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write any file: the read-only media test covers this as root")
    demo_path.chmod(0o444)
    ef = open_event_file(demo_path, tmp_path / "b")
    try:
        assert ef.read_only and participants.list_participants(ef)
    finally:
        ef.close()


CUT_OFF_WRITER = textwrap.dedent(
    """
    import sqlite3, sys, time
    con = sqlite3.connect(sys.argv[1], isolation_level=None)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("BEGIN IMMEDIATE")
    con.execute("DELETE FROM participant")
    con.execute("PRAGMA cache_spill=1")
    con.execute("PRAGMA cache_size=1")
    con.execute("UPDATE topic SET title = title || ' (half-changed)'")
    print("writing", flush=True)
    time.sleep(60)
    """
)


def test_a_change_cut_off_half_way_is_rolled_back_not_called_damaged(
    tmp_path: Path, demo_path: Path
) -> None:
    """Finding 9: a killed restore left a hot journal; the read-only check called it damaged."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CUT_OFF_WRITER, str(demo_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "writing"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    journal = Path(str(demo_path) + "-journal")
    assert journal.exists() and journal.stat().st_size > 0, "a hot journal was left"
    ef = open_event_file(demo_path, tmp_path / "b")
    try:
        assert len(participants.list_participants(ef)) > 10, "the cut-off change was undone"
        assert not any("half-changed" in t.title for t in topics.list_topics(ef))
    finally:
        ef.close()
