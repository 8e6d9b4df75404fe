"""Files from other people and other programs: checked before anything runs on them."""

import hashlib
import sqlite3
from pathlib import Path

import pytest

from cafedesk.domain.errors import EventFileError
from cafedesk.services import notes, participants
from cafedesk.store import migrate, schema
from cafedesk.store.eventfile import open_event_file
from cafedesk.store.inspect import DamagedFileError, ForeignSchemaError
from cafedesk.store.repair import make_cleaned_copy


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tamper(path: Path, *statements: str) -> None:
    con = sqlite3.connect(path)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()


PLANTED_TRIGGER = (
    "CREATE TRIGGER wipe_reports AFTER INSERT ON participant "
    "BEGIN DELETE FROM session_report; DELETE FROM follow_up; END"
)


def test_a_planted_trigger_is_refused_and_the_file_untouched(
    tmp_path: Path, demo_path: Path
) -> None:
    """Finding 2: adding one participant deleted every session report."""
    tamper(demo_path, PLANTED_TRIGGER)
    before = digest(demo_path)
    with pytest.raises(ForeignSchemaError, match="changed by another program") as caught:
        open_event_file(demo_path, tmp_path / "b")
    assert "trigger wipe_reports" in caught.value.message()
    assert caught.value.cleanable
    assert digest(demo_path) == before


def test_a_cleaned_copy_keeps_the_data_and_drops_what_was_added(
    tmp_path: Path, demo_path: Path
) -> None:
    tamper(
        demo_path,
        PLANTED_TRIGGER,
        "CREATE VIEW spy AS SELECT name FROM participant",
        "CREATE TABLE extra (a)",
        "CREATE INDEX ix_extra ON extra (a)",
        "ALTER TABLE space ADD COLUMN note TEXT",
    )
    original = digest(demo_path)
    cleaned = tmp_path / "cleaned.cafedesk"
    make_cleaned_copy(demo_path, cleaned)
    assert digest(demo_path) == original, "the original is never touched"
    ef = open_event_file(cleaned, tmp_path / "b")
    try:
        reports_before = len(notes.list_reports(ef))
        assert reports_before > 0
        participants.add_participant(ef, "Newcomer")
        assert len(notes.list_reports(ef)) == reports_before
        with ef.read() as session:
            raw = session.connection().connection.driver_connection
            assert schema.verify(raw, migrate.head_revision()).ok
    finally:
        ef.close()


@pytest.mark.parametrize(
    "statement",
    ["DROP TABLE follow_up", "ALTER TABLE topic DROP COLUMN description"],
    ids=["dropped table", "dropped column"],
)
def test_a_damaged_schema_is_refused(tmp_path: Path, demo_path: Path, statement: str) -> None:
    """Finding 3: a file with a table or column gone opened and failed later with raw SQL."""
    tamper(demo_path, statement)
    with pytest.raises(DamagedFileError, match="parts of the event are missing"):
        open_event_file(demo_path, tmp_path / "b")
    with pytest.raises(EventFileError, match="could not be made"):
        make_cleaned_copy(demo_path, tmp_path / "c.cafedesk")


def test_the_manifest_matches_what_the_migrations_make(tmp_path: Path) -> None:
    """A new migration needs `python -m cafedesk.store.schema` run again."""
    assert schema.build_manifest() == schema.manifest(), (
        "schema_manifest.json is out of date: run `python -m cafedesk.store.schema`"
    )


def test_a_folder_named_like_an_event_is_called_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "x.cafedesk"
    folder.mkdir()
    with pytest.raises(EventFileError, match="is a folder"):
        open_event_file(folder, tmp_path / "b")


def test_an_unknown_format_is_named_not_called_format_zero(tmp_path: Path, demo_path: Path) -> None:
    tamper(demo_path, "UPDATE alembic_version SET version_num = 'zz9'")
    with pytest.raises(EventFileError, match="“zz9” is unknown") as caught:
        open_event_file(demo_path, tmp_path / "b")
    assert "format 0" not in caught.value.message()
