"""One user action is one transaction, and storage failures arrive as sentences."""

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from cafedesk.domain.errors import StorageError
from cafedesk.services import participants, spaces, topics
from cafedesk.store import dberrors, graveyard
from cafedesk.store.eventfile import EventFile, open_event_file


def test_deleting_several_topics_is_one_transaction(
    tmp_path: Path, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding 7: a failure part-way left a half-done delete that undo could not reverse."""
    ef = open_event_file(demo_path, tmp_path / "b")
    try:
        ids = [t.id for t in topics.list_topics(ef)][:3]
        real = graveyard.bury
        calls = []

        def failing_on_the_third(*args: object, **kwargs: object) -> graveyard.Tombstone:
            calls.append(1)
            if len(calls) == 3:
                raise sqlite3.OperationalError("disk I/O error")
            return real(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(topics, "bury", failing_on_the_third)
        with pytest.raises(StorageError, match="The disk reported an error"):
            topics.delete_topics(ef, ids)
        assert {t.id for t in topics.list_topics(ef)} >= set(ids), "none of them went"
    finally:
        ef.close()


def test_a_batch_of_service_calls_lands_whole_or_not_at_all(event_file: EventFile) -> None:
    with pytest.raises(RuntimeError), event_file.batch():
        spaces.add_space(event_file, "Inside the batch", 9)
        assert [s.name for s in spaces.list_spaces(event_file)] == ["Inside the batch"]
        raise RuntimeError("the second half of the action failed")
    assert spaces.list_spaces(event_file) == []
    with event_file.batch():
        spaces.add_space(event_file, "Kept", 9)
        participants.add_participant(event_file, "Ana")
    assert [s.name for s in spaces.list_spaces(event_file)] == ["Kept"]
    assert event_file.write_count == 1


def test_readers_on_other_threads_do_not_see_an_open_batch(event_file: EventFile) -> None:
    import threading

    seen: list[int] = []
    with event_file.batch():
        spaces.add_space(event_file, "Not committed yet", 9)
        worker = threading.Thread(target=lambda: seen.append(len(spaces.list_spaces(event_file))))
        worker.start()
        worker.join()
    assert seen == [0]
    assert len(spaces.list_spaces(event_file)) == 1


@pytest.mark.parametrize(
    ("code", "message", "sentence"),
    [
        (13, "database or disk is full", "The disk is full"),
        (10, "disk I/O error", "The disk reported an error"),
        (5, "database is locked", "busy"),
        (8, "attempt to write a readonly database", "cannot be changed"),
        (11, "database disk image is malformed", "damaged"),
    ],
)
def test_database_failures_become_sentences(code: int, message: str, sentence: str) -> None:
    raw = sqlite3.OperationalError(message)
    raw.sqlite_errorcode = code  # type: ignore[attr-defined]
    wrapped = OperationalError("INSERT …", {}, raw)
    for exc in (raw, wrapped):
        mapped = dberrors.storage_error(exc)
        assert isinstance(mapped, StorageError)
        assert sentence in mapped.message()


def test_a_broken_rule_of_the_schema_stays_a_bug_not_a_disk_problem() -> None:
    with pytest.raises(sqlite3.IntegrityError), dberrors.storage_errors():
        raise sqlite3.IntegrityError("UNIQUE constraint failed")
