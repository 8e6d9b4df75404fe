import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from cafedesk.domain.errors import EventFileError, ReadOnlyError
from cafedesk.services import event as event_service
from cafedesk.services import spaces
from cafedesk.store import migrate
from cafedesk.store.backups import backup_folder
from cafedesk.store.eventfile import (
    EventFile,
    EventFileLocked,
    create_event_file,
    open_event_file,
)
from cafedesk.store.lock import lock_path_for
from tests.conftest import FIXTURES


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_has_current_schema_and_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "a.cafedesk"
    ef = create_event_file(path)
    spaces.add_space(ef, "Great Barn", 40)
    ef.close()
    assert not lock_path_for(path).exists()
    assert not Path(str(path) + "-wal").exists(), "closing folds the WAL into the file"
    ef = open_event_file(path, tmp_path / "backups")
    try:
        assert [s.name for s in spaces.list_spaces(ef)] == ["Great Barn"]
        with ef.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
    finally:
        ef.close()


def test_plain_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.cafedesk"
    path.write_text("shopping list", encoding="utf-8")
    with pytest.raises(EventFileError, match="is not a cafedesk event file"):
        open_event_file(path, tmp_path / "b")


def test_foreign_sqlite_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.cafedesk"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE x (a)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(EventFileError, match="is not a cafedesk event file"):
        open_event_file(path, tmp_path / "b")
    assert digest(path) == before


def test_damaged_file_is_refused_with_restore_advice(tmp_path: Path, demo_path: Path) -> None:
    data = bytearray(demo_path.read_bytes())
    # Scribble over the middle pages but keep the header, as a bad disk sector would.
    for i in range(8192, min(len(data), 40960)):
        data[i] = 0xA5
    demo_path.write_bytes(bytes(data))
    with pytest.raises(EventFileError, match="damaged .* Restore from Backup"):
        open_event_file(demo_path, tmp_path / "b")


def test_newer_file_is_refused_and_not_touched(tmp_path: Path, demo_path: Path) -> None:
    con = sqlite3.connect(demo_path)
    con.execute("UPDATE alembic_version SET version_num = '0999'")
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    before = digest(demo_path)
    with pytest.raises(
        EventFileError, match="newer version of cafedesk .*format 999.* not changed"
    ):
        open_event_file(demo_path, tmp_path / "b")
    assert digest(demo_path) == before
    assert not lock_path_for(demo_path).exists()


def test_every_older_schema_fixture_migrates_with_a_backup_first(tmp_path: Path) -> None:
    fixtures = sorted(FIXTURES.glob("schema_*.cafedesk"))
    versions = {f.stem.split("_")[1] for f in fixtures}
    assert versions == set(migrate.known_revisions()[:-1]), "a fixture per past schema version"
    for fixture in fixtures:
        path = tmp_path / fixture.name
        shutil.copy(fixture, path)
        original = fixture.read_bytes()
        ef = open_event_file(path, tmp_path / "backups")
        try:
            snap = event_service.snapshot(ef)
            assert snap.event.title == "Old Fair 2025"
            assert {s.name for s in snap.spaces} == {"Großer Saal", "Café Ecke"}
            assert snap.topics[0].title == "Bänke für den Platz" and snap.topics[0].placed
            assert snap.topics[0].convenor_ids == (1,)
            with ef.engine.connect() as connection:
                assert migrate.current_revision(connection) == migrate.head_revision()
            version = migrate.revision_number(fixture.stem.split("_")[1])
            check_data_of_version(ef, version)
        finally:
            ef.close()
        folder = backup_folder(path, tmp_path / "backups")
        backups = list(folder.glob("*before-upgrade.cafedesk"))
        assert backups, "a copy is taken before migrating"
        con = sqlite3.connect(backups[0])
        assert (
            con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            == fixture.stem.split("_")[1]
        )
        con.close()
        assert original == fixture.read_bytes()


def check_data_of_version(ef: EventFile, version: int) -> None:
    """What each schema version added is still there after migrating to the newest."""
    from cafedesk.services import notes, wall

    state = wall.read_wall(ef)
    if version >= 2:
        assert state.signups[1] == frozenset({2})
        assert next(t for t in state.topics if t.id == 2).tally == 7
        assert (2, 2) in state.unavailable
    if version >= 3:
        report = notes.get_report(ef, 1)
        assert report.summary == "Mehr Schatten & Bänke <b>jetzt</b>"
        assert report.follow_ups[0].who == "Zoë" and report.participant_ids == (2,)
    if version >= 4:
        from cafedesk.services import cafe

        snap = cafe.load_cafe(ef)
        assert snap.tables[0].name == "Fenster" and snap.callers[0].next_steps == "Stadtrat fragen"
        assert snap.harvest_of(1, 1).questions == "Wer pflegt die Bäume?"
        assert snap.plan.seats[1][1] == (1, 2)
    # Tables added later start empty and work at once.
    from cafedesk.services import convergence

    assert convergence.list_votes(ef) == {}
    convergence.set_tally(ef, 1, 5)
    assert convergence.list_votes(ef)[1].total == 5


def test_second_open_is_told_who_holds_the_file(tmp_path: Path, demo_path: Path) -> None:
    first = open_event_file(demo_path, tmp_path / "b")
    try:
        with pytest.raises(EventFileLocked, match="already open in cafedesk") as info:
            open_event_file(demo_path, tmp_path / "b")
        assert info.value.holder.pid > 0
        viewer = open_event_file(demo_path, tmp_path / "b", read_only=True)
        try:
            assert len(spaces.list_spaces(viewer)) == 6
            spaces.add_space(first, "New Tent", 12)
            assert len(spaces.list_spaces(viewer)) == 7, "a read-only view sees committed changes"
            with pytest.raises(ReadOnlyError):
                spaces.add_space(viewer, "Sneaky", 3)
        finally:
            viewer.close()
    finally:
        first.close()
    open_event_file(demo_path, tmp_path / "b").close()


def test_stale_lock_from_a_dead_process_is_taken_over(tmp_path: Path, demo_path: Path) -> None:
    import json
    import socket

    lock_path_for(demo_path).write_text(
        json.dumps(
            {"user": "x", "host": socket.gethostname(), "pid": 2**22 + 12345, "since": "2026"}
        ),
        encoding="utf-8",
    )
    open_event_file(demo_path, tmp_path / "b").close()


def test_save_copy_is_a_consistent_standalone_file(tmp_path: Path, demo_path: Path) -> None:
    ef = open_event_file(demo_path, tmp_path / "b")
    try:
        spaces.add_space(ef, "Just added", 5)
        copy = tmp_path / "copy.cafedesk"
        ef.save_copy(copy)
        with pytest.raises(EventFileError):
            ef.save_copy(demo_path)
    finally:
        ef.close()
    other = open_event_file(copy, tmp_path / "b")
    try:
        assert "Just added" in [s.name for s in spaces.list_spaces(other)]
    finally:
        other.close()


def test_revision_names_match_what_alembic_knows() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_current_head() == migrate.head_revision()
    assert {r.revision for r in script.walk_revisions()} == set(migrate.known_revisions())
