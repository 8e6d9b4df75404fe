"""Every wall action as one undo step that calls services (``ServiceCommand``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from cafedesk.domain.changes import Changes
from cafedesk.domain.errors import CafedeskError
from cafedesk.domain.model import Participant, Topic
from cafedesk.services import topics, wall, wall_edit, wall_merge
from cafedesk.services.base import Done
from cafedesk.services.name_matching import Answers
from cafedesk.services.wall import Place
from cafedesk.ui.document import EventDocument, ServiceCommand, qt_translate
from cafedesk.ui.wall.counts import COUNTS


def _fill(text: str, *values: object) -> str:
    for index, value in enumerate(values, start=1):
        text = text.replace(f"%{index}", str(value))
    return text


class WallCommands:
    def __init__(self, document: EventDocument) -> None:
        self.document = document
        self.ef = document.file

    def _push(self, text: str, do: Any, undo: Any) -> bool:
        return self.document.push(ServiceCommand(self.document, text, do, undo))

    def place(self, text: str, places: Mapping[int, Place]) -> bool:
        """Many cards to new places in one step (a move, a swap, an accepted suggestion)."""
        before: dict[int, Place] = {}

        def do() -> Done[Any]:
            done = wall.place_topics(self.ef, places)
            before.update(done.value)
            return done

        return self._push(text, do, lambda: wall.place_topics(self.ef, before, respect_pins=False))

    def move(self, topic: Topic, place: Place) -> bool:
        return self.place(
            _fill(QCoreApplication.translate("WallCommands", "Move topic %1"), topic.number),
            {topic.id: place},
        )

    def park(self, topic: Topic) -> bool:
        return self.place(
            _fill(QCoreApplication.translate("WallCommands", "Park topic %1"), topic.number),
            {topic.id: (None, None)},
        )

    def swap(self, first: Topic, second: Topic) -> bool:
        places = {
            first.id: (second.space_id, second.slot_id),
            second.id: (first.space_id, first.slot_id),
        }
        text = _fill(
            QCoreApplication.translate("WallCommands", "Swap topics %1 and %2"),
            first.number,
            second.number,
        )
        return self.place(text, places)

    def pin(self, topic_ids: Sequence[int], pinned: bool) -> bool:
        if pinned:
            text = COUNTS.pin(len(topic_ids))
        else:
            text = QCoreApplication.translate(
                "WallCommands", "Unpin %n topic(s)", "", len(topic_ids)
            )
        before: dict[int, bool] = {}

        def do() -> Done[Any]:
            done = wall.set_pinned(self.ef, {t: pinned for t in topic_ids})
            before.update(done.value)
            return done

        return self._push(text, do, lambda: wall.set_pinned(self.ef, before))

    def save(
        self,
        record: wall_edit.TopicRecord,
        previous: wall_edit.TopicRecord | None,
        new_people: Sequence[Participant],
        text: str,
    ) -> bool:
        """Store a created or edited topic (with any people named for the first time)."""
        people_ids = [p.id for p in new_people]

        def undo() -> Changes:
            if previous is None:
                return wall_edit.remove_record(self.ef, record.topic.id, people_ids).changes
            changes = wall_edit.put_record(self.ef, previous).changes
            if people_ids:
                changes |= wall_edit.remove_people(self.ef, people_ids).changes
            return changes

        return self._push(text, lambda: wall_edit.put_record(self.ef, record, new_people), undo)

    def _plan(
        self, convenors: Sequence[str], signups: Sequence[str], answers: Answers | None
    ) -> wall_edit.PeoplePlan | None:
        """Who the names mean; None (and the reason said) when a name is refused."""
        try:
            return wall_edit.plan_people(self.ef, convenors, signups, answers)
        except CafedeskError as exc:
            self.document.failed.emit(exc.message(qt_translate))
            return None

    def create(
        self,
        title: str,
        convenor_names: Sequence[str],
        place: Place,
        answers: Answers | None = None,
    ) -> int | None:
        plan = self._plan(convenor_names, (), answers)
        if plan is None:
            return None
        topic_id, number = wall_edit.new_topic_key(self.ef)
        topic = Topic(
            topic_id, number, title, plan.convenor_ids, space_id=place[0], slot_id=place[1]
        )
        record = wall_edit.TopicRecord(topic)
        text = _fill(
            QCoreApplication.translate("WallCommands", "New topic %1 “%2”"),
            number,
            " ".join(title.split()),
        )
        return topic_id if self.save(record, None, plan.new_people, text) else None

    def edit(
        self,
        previous: wall_edit.TopicRecord,
        values: Mapping[str, Any],
        answers: Answers | None = None,
    ) -> bool:
        plan = self._plan(values["convenors"], values["signups"], answers)
        if plan is None:
            return False
        topic = dataclasses.replace(
            previous.topic,
            title=values["title"],
            convenor_ids=plan.convenor_ids,
            description=values["description"],
            equipment=values["equipment"],
            expected_attendance=values["expected"],
            tally=values["tally"],
        )
        record = wall_edit.TopicRecord(topic, plan.signup_ids)
        if record == previous and not plan.new_people:
            return False
        text = _fill(QCoreApplication.translate("WallCommands", "Edit topic %1"), topic.number)
        return self.save(record, previous, plan.new_people, text)

    def delete(self, chosen: Sequence[Topic]) -> list[Any] | None:
        """Delete in one step; what went with the topics (their tombstones), None if refused."""
        ids = [topic.id for topic in chosen]
        tombs: list[Any] = []  # what the delete service returns, for its restore

        def do() -> Done[Any]:
            done = topics.delete_topics(self.ef, ids)
            tombs[:] = done.value
            return done

        if len(chosen) == 1:
            text = _fill(
                QCoreApplication.translate("WallCommands", "Delete topic %1"), chosen[0].number
            )
        else:
            text = COUNTS.delete(len(chosen))
        if self._push(text, do, lambda: topics.restore_topics(self.ef, tombs)):
            return tombs
        return None

    def merge(self, keep: Topic, other: Topic) -> bool:
        saved: list[wall_merge.MergeUndo] = []

        def do() -> Done[Any]:
            done = wall_merge.merge_topics(self.ef, keep.id, other.id)
            saved[:] = [done.value]
            return done

        text = _fill(
            QCoreApplication.translate("WallCommands", "Merge topics %1 and %2"),
            keep.number,
            other.number,
        )
        return self._push(text, do, lambda: wall_merge.unmerge(self.ef, saved[0]))

    def split(self, topic: Topic) -> bool:
        saved: list[wall_merge.SplitUndo] = []

        def do() -> Done[Any]:
            done = wall_merge.split_topic(self.ef, topic.id)
            saved[:] = [done.value]
            return done

        text = _fill(QCoreApplication.translate("WallCommands", "Split topic %1"), topic.number)
        return self._push(text, do, lambda: wall_merge.unsplit(self.ef, saved[0]))
