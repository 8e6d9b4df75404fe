"""Session reports: round trip, follow-ups, status, undo of deletes, the news wall, proceedings."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading

import pytest

from cafedesk.domain.errors import ValidationError
from cafedesk.domain.model import Event
from cafedesk.domain.notes import FollowUp, ReportStatus, SessionReport
from cafedesk.services import event as event_service
from cafedesk.services import notes, photos, proceedings, slots, spaces, topics
from cafedesk.services.participants import (
    add_participant,
    delete_participant,
    list_participants,
    restore_participant,
)
from cafedesk.store.eventfile import EventFile
from tests.services.test_photos import flipchart_jpeg


@pytest.fixture
def demo(event_file: EventFile) -> EventFile:
    """A small Open Space: two rooms, two sessions, three topics (one not placed yet)."""
    ef = event_file
    day = dt.date(2026, 3, 14)
    event_service.put_event(ef, Event("Test Open Space", facilitator="Marie-Hélène Brandt"))
    barn = spaces.add_space(ef, "Barn", 30).value.id
    tent = spaces.add_space(ef, "Tent", 12).value.id
    late = slots.add_slot(ef, day, dt.time(14), dt.time(15), "Session 2").value.id
    early = slots.add_slot(ef, day, dt.time(10), dt.time(11), "Session 1").value.id
    people = [add_participant(ef, f"Person {i}").value.id for i in range(8)]
    topics.add_topic(ef, "Unplaced", (people[0],))
    topics.add_topic(ef, "Late in the tent", (people[1],), space_id=tent, slot_id=late)
    topics.add_topic(ef, "Early in the tent", (people[2],), space_id=tent, slot_id=early)
    topics.add_topic(ef, "Early in the barn", (people[3],), space_id=barn, slot_id=early)
    return ef


def first_topic(ef: EventFile) -> int:
    return notes.agenda_order(event_service.snapshot(ef))[0].id


def test_report_round_trip_with_follow_ups_and_people(demo: EventFile) -> None:
    tid = first_topic(demo)
    people = [p.id for p in list_participants(demo)[:3]]
    report = SessionReport(
        topic_id=tid,
        participant_ids=(people[2], people[0], people[2]),
        summary="  Wir haben über faire Preise gesprochen — <b>nicht</b> HTML.  ",
        key_points="One\nTwo",
        recommendations="Ask the board",
        follow_ups=(
            FollowUp("Draft a price model", "Jörg", dt.date(2026, 4, 1)),
            FollowUp("", "", None),  # an empty line of the table is dropped
            FollowUp("Invite the bakery", "Ana"),
        ),
        resources="A room with a projector",
        status=ReportStatus.COMPLETE,
    )
    stored = notes.put_report(demo, report).value
    again = notes.get_report(demo, tid)
    assert again == stored
    assert again.participant_ids == (people[2], people[0])
    assert again.summary.startswith("Wir haben") and "<b>" in again.summary
    assert [f.what for f in again.follow_ups] == ["Draft a price model", "Invite the bakery"]
    assert again.follow_ups[0].due == dt.date(2026, 4, 1)
    assert again.updated is not None and again.attendance == 2
    # Reordering follow-ups keeps their new order.
    swapped = dataclasses.replace(again, follow_ups=again.follow_ups[::-1])
    notes.put_report(demo, swapped)
    assert notes.get_report(demo, tid).follow_ups[0].what == "Invite the bakery"


def test_status_missing_until_something_is_written(demo: EventFile) -> None:
    tid = first_topic(demo)
    assert notes.get_report(demo, tid) == SessionReport(tid)
    done = notes.put_report(demo, SessionReport(tid, summary="a start"))
    assert done.value.status is ReportStatus.DRAFT
    assert notes.set_status(demo, tid, ReportStatus.COMPLETE).value.status is ReportStatus.COMPLETE
    counted = notes.put_report(demo, SessionReport(tid, participant_count=14)).value
    assert counted.attendance == 14
    with pytest.raises(ValidationError):
        notes.put_report(demo, SessionReport(tid, participant_count=-1))


def test_new_names_become_participants_and_undo_removes_them(demo: EventFile) -> None:
    tid = first_topic(demo)
    before_people = list_participants(demo)
    before_topic = topics.get_topic(demo, tid)
    old = notes.get_report(demo, tid)
    newcomers = notes.new_people(demo, ["Zoë Ålander", "Kai Nguyen"])
    ids = tuple(p.id for p in newcomers)
    convenors = (*before_topic.convenor_ids, ids[0])
    notes.put_report(
        demo,
        SessionReport(tid, participant_ids=ids),
        convenor_ids=convenors,
        new_people=newcomers,
    )
    assert topics.get_topic(demo, tid).convenor_ids == convenors
    assert [p.name for p in list_participants(demo)[-2:]] == ["Zoë Ålander", "Kai Nguyen"]
    # The undo: old values back, the people made on the fly gone again.
    notes.put_report(demo, old, convenor_ids=before_topic.convenor_ids, drop_people=ids)
    assert list_participants(demo) == before_people
    assert topics.get_topic(demo, tid) == before_topic
    assert notes.get_report(demo, tid).participant_ids == ()


def test_deleting_a_topic_buries_report_and_photos_and_undo_brings_them_back(
    demo: EventFile,
) -> None:
    tid = first_topic(demo)
    person = list_participants(demo)[5].id
    report = notes.put_report(
        demo,
        SessionReport(tid, (person,), summary="x", follow_ups=(FollowUp("do it", "me"),)),
    ).value
    jpeg, w, h = photos.downscale(flipchart_jpeg(800, 600))
    photo = photos.add_photo(demo, tid, jpeg, w, h, "wall.jpg").value
    tomb = topics.delete_topic(demo, tid).value
    assert tid not in notes.list_reports(demo) and photos.list_photos(demo, tid) == []
    topics.restore_topic(demo, tomb)
    assert notes.get_report(demo, tid) == report
    assert photos.list_photos(demo, tid) == [photo]
    assert photos.photo_bytes(demo, photo.id) == jpeg

    # Deleting a participant takes them off the report; undo puts them back.
    ptomb = delete_participant(demo, person).value
    assert notes.get_report(demo, tid).participant_ids == ()
    restore_participant(demo, ptomb)
    assert notes.get_report(demo, tid).participant_ids == (person,)

    # Throwing a report away and bringing it back.
    rtomb = notes.delete_report(demo, tid).value
    assert notes.get_report(demo, tid).status is ReportStatus.MISSING
    notes.restore_report(demo, rtomb)
    assert notes.get_report(demo, tid) == report


def test_news_wall_in_agenda_order_with_status_photos_and_attendance(demo: EventFile) -> None:
    snap = event_service.snapshot(demo)
    order = notes.agenda_order(snap)
    placed = [t for t in order if t.placed]
    assert order[: len(placed)] == placed, "unplaced topics come last"
    slot_start = {s.id: (s.day, s.start) for s in snap.slots}
    starts = [slot_start[t.slot_id] for t in placed if t.slot_id]
    assert starts == sorted(starts)
    tid = order[0].id
    notes.put_report(demo, SessionReport(tid, participant_count=12, summary="ok"))
    jpeg, w, h = photos.downscale(flipchart_jpeg(400, 300))
    photos.add_photo(demo, tid, jpeg, w, h)
    wall = notes.news_wall(demo)
    assert [e.topic.id for e in wall] == [t.id for t in order]
    first = wall[0]
    assert (first.status, first.photos, first.attendance, first.missing) == (
        ReportStatus.DRAFT,
        1,
        12,
        False,
    )
    assert first.space is not None and first.slot is not None
    assert first.convenors == ("Person 3",)
    assert [e.topic.title for e in wall] == [
        "Early in the barn",
        "Early in the tent",
        "Late in the tent",
        "Unplaced",
    ]
    assert all(e.missing for e in wall[1:]) and wall[-1].slot is None


def test_proceedings_data_is_complete_and_loads_photos_from_another_thread(
    demo: EventFile,
) -> None:
    tid = first_topic(demo)
    notes.put_report(demo, SessionReport(tid, summary="done", status=ReportStatus.COMPLETE))
    jpeg, w, h = photos.downscale(flipchart_jpeg(640, 480))
    photo = photos.add_photo(demo, tid, jpeg, w, h).value
    proceedings.set_logo(demo, flipchart_jpeg(300, 100))
    proceedings.set_organisation(demo, "Brandt Moderation")
    data = proceedings.proceedings_data(demo, today=dt.date(2026, 3, 15))
    assert data.snapshot == event_service.snapshot(demo)
    assert data.reports[tid].summary == "done"
    assert data.photos == {tid: (photo,)}
    assert data.branding.facilitator == "Marie-Hélène Brandt"
    assert data.branding.organisation == "Brandt Moderation"
    assert data.branding.logo is not None and data.branding.logo.startswith(b"\x89PNG")
    assert data.generated == dt.date(2026, 3, 15)
    assert data.load_photo is not None
    loaded: list[bytes] = []
    worker = threading.Thread(target=lambda: loaded.append(data.load_photo(photo.id)))  # type: ignore[misc]
    worker.start()
    worker.join(10)
    assert loaded == [jpeg]
    proceedings.set_logo(demo, None)
    assert proceedings.branding(demo).logo is None
