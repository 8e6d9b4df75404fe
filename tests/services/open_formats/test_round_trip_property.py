"""Random small events built through the services come back from JSON with every read-out equal."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cafedesk.domain.model import SlotKind
from cafedesk.services import participants, slots, spaces, topics
from cafedesk.services.open_formats import event_json as ej
from cafedesk.store.eventfile import EventFile, create_event_file

names = st.from_regex(
    r"[A-Za-zÄÖÜäöüßéçłİ0-9=+@-][A-Za-zÄÖÜäöüßéçłİ0-9 '&-]{0,20}[A-Za-z0-9ß]", fullmatch=True
)


def _readout(ef: EventFile) -> tuple[object, ...]:
    return (
        participants.list_participants(ef),
        topics.list_topics(ef),
        spaces.list_spaces(ef),
        slots.list_slots(ef),
    )


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    people=st.lists(names, max_size=6, unique_by=str.casefold),
    titles=st.lists(names, max_size=5),
    rooms=st.lists(names, max_size=3, unique_by=str.casefold),
)
def test_random_events_come_back_whole(
    people: list[str], titles: list[str], rooms: list[str]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)

        def build(ef: EventFile) -> None:
            for name in people:
                participants.add_participant(ef, name)
            for room in rooms:
                spaces.add_space(ef, room, 10)
            slots.add_slot(ef, dt.date(2027, 1, 5), dt.time(9), dt.time(10), "S", SlotKind.SESSION)
            ids = [p.id for p in participants.list_participants(ef)]
            for i, title in enumerate(titles):
                topics.add_topic(
                    ef, title, tuple(ids[i % len(ids) : i % len(ids) + 1]) if ids else ()
                )

        ef = create_event_file(tmp / "a.cafedesk", build=build)
        text = ej.dumps(ej.export_event(ef))
        (tmp / "a.json").write_text(text, encoding="utf-8")
        back = ej.import_json(tmp / "a.json", tmp / "b.cafedesk")
        try:
            assert _readout(back) == _readout(ef)
            assert ej.dumps(ej.export_event(back)) == text
        finally:
            back.close()
            ef.close()
