"""Action plans: an editable table, every edit one undo step; follow-ups promoted in one step."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.convergence import ActionPlan, owner_names
from cafedesk.domain.model import Method, Participant, Topic
from cafedesk.services import action_plans, convergence, participants
from cafedesk.services import event as event_service
from cafedesk.services.base import Done
from cafedesk.services.files import Tombstone
from cafedesk.ui.convergence.plan_delegates import DateDelegate, PeopleDelegate, show_date, to_date
from cafedesk.ui.delegates import ChoiceDelegate
from cafedesk.ui.document import EventDocument, ServiceCommand
from cafedesk.ui.models.domain_table import Column
from cafedesk.ui.pages.table_page import TablePage

ACTION, FOR, WHO, FIRST_STEP, DUE, HELP, RELATED = range(7)


class ActionPlansPage(TablePage[ActionPlan]):
    parts = (Part.ACTIONS, Part.TOPICS, Part.PARTICIPANTS, Part.CAFE, Part.VOTES)
    reorderable = True
    stretch_column = ACTION

    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.for_delegate = ChoiceDelegate(self._purposes(), self.view)
        self.view.setItemDelegateForColumn(FOR, self.for_delegate)
        self.view.setItemDelegateForColumn(WHO, PeopleDelegate(lambda: self._people, self.view))
        self.view.setItemDelegateForColumn(DUE, DateDelegate(self.view))
        self.view.setWordWrap(True)
        self.promote_button = QPushButton(self.tr("From session reports…"), self)
        self.promote_button.setToolTip(
            self.tr("Take follow-up actions from the session reports into the plan")
        )
        self.promote_button.clicked.connect(self.promote_follow_ups)
        self.callers_button = QPushButton(self.tr("From the callers' next steps"), self)
        self.callers_button.clicked.connect(self.promote_callers)
        for button in (self.promote_button, self.callers_button):
            self.extra_buttons.insertWidget(self.extra_buttons.count() - 2, button)
        self._show_method_buttons()
        for column, width in (
            (FOR, 190),
            (WHO, 150),
            (FIRST_STEP, 180),
            (DUE, 95),
            (HELP, 160),
            (RELATED, 110),
        ):
            self.view.setColumnWidth(column, width)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ActionPlansPage", "Action plans")

    # --- lookups, refreshed on every load ---------------------------------------------
    def _refresh_lookups(self) -> None:
        ef = self.document.file
        self._people: list[Participant] = participants.list_participants(ef)
        self._names = {p.id: p.name for p in self._people}
        snap = event_service.snapshot(ef)
        self._topics: dict[int, Topic] = {t.id: t for t in snap.topics}
        self._by_number = {t.number: t.id for t in snap.topics}
        self._method = snap.event.method
        self._chosen = {tid for tid, v in convergence.list_votes(ef).items() if v.chosen}
        self._callers = {
            c.id: (
                self._names.get(c.participant_id, "") + (f": {c.question}" if c.question else "")
            )
            for c in action_plans.callers(ef)
        }

    def _purposes(self) -> list[tuple[Any, str]]:
        choices: list[tuple[Any, str]] = [("", "—")]
        topics = sorted(self._topics.values(), key=lambda t: (t.id not in self._chosen, t.number))
        for topic in topics:
            mark = "★ " if topic.id in self._chosen else ""
            choices.append((f"t{topic.id}", f"{mark}{topic.number}. {topic.title}"))
        choices += [(f"c{cid}", label) for cid, label in self._callers.items()]
        return choices

    def _purpose_key(self, plan: ActionPlan) -> str:
        if plan.topic_id is not None:
            return f"t{plan.topic_id}"
        return f"c{plan.caller_id}" if plan.caller_id is not None else ""

    def _purpose_text(self, plan: ActionPlan) -> str:
        topic = self._topics.get(plan.topic_id or -1)
        if topic is not None:
            return f"{topic.number}. {topic.title}"
        return self._callers.get(plan.caller_id or -1, "")

    def _show_method_buttons(self) -> None:
        self.promote_button.setVisible(self._method is Method.OPEN_SPACE)
        self.callers_button.setVisible(self._method is Method.PRO_ACTION_CAFE)

    # --- TablePage ------------------------------------------------------------------------
    def columns(self) -> Sequence[Column[ActionPlan]]:
        def text(field: str) -> Any:
            return lambda plan, value: dataclasses.replace(plan, **{field: str(value)})

        return [
            Column(self.tr("Action"), lambda p: p.action, text("action")),
            Column(
                self.tr("For"),
                self._purpose_text,
                self._edit_purpose,
                editor=self._purpose_key,
                tooltip=self.tr("The chosen topic (★) or caller's project the action serves"),
            ),
            Column(
                self.tr("Who"),
                lambda p: ", ".join(owner_names(p, self._names)),
                self._edit_owners,
                tooltip=self.tr("Participants, or any names, separated by commas"),
            ),
            Column(self.tr("First step"), lambda p: p.first_step, text("first_step")),
            Column(
                self.tr("By when"),
                lambda p: show_date(p.due),
                lambda p, v: dataclasses.replace(p, due=to_date(v)),
                editor=lambda p: p.due,
                sort=lambda p: p.due.isoformat() if p.due else "9999",
            ),
            Column(self.tr("Help needed"), lambda p: p.help_needed, text("help_needed")),
            Column(
                self.tr("Related topics"),
                lambda p: ", ".join(
                    str(self._topics[t].number) for t in p.related_topic_ids if t in self._topics
                ),
                self._edit_related,
                tooltip=self.tr("Numbers of other topics this action touches, e.g. 3, 12"),
            ),
        ]

    def _edit_purpose(self, plan: ActionPlan, value: Any) -> ActionPlan:
        key = str(value or "")
        topic = int(key[1:]) if key.startswith("t") else None
        caller = int(key[1:]) if key.startswith("c") else None
        return dataclasses.replace(plan, topic_id=topic, caller_id=caller)

    def _edit_owners(self, plan: ActionPlan, value: Any) -> ActionPlan:
        ids, others = action_plans.split_owners(str(value), self._people)
        return dataclasses.replace(plan, owner_ids=ids, other_owners=others)

    def _edit_related(self, plan: ActionPlan, value: Any) -> ActionPlan:
        ids = []
        for part in str(value).replace(";", ",").replace(" ", ",").split(","):
            if not part.strip():
                continue
            if not part.strip().isdigit() or int(part) not in self._by_number:
                raise ValueError(
                    self.tr("There is no topic number %1.").replace("%1", part.strip())
                )
            ids.append(self._by_number[int(part)])
        return dataclasses.replace(plan, related_topic_ids=tuple(ids))

    def key(self, value: ActionPlan) -> int:
        return value.id

    def what(self, value: ActionPlan) -> str:
        return value.action or self.tr("new action")

    def load(self) -> Sequence[ActionPlan]:
        self._refresh_lookups()
        return action_plans.list_plans(self.document.file)

    def reload(self) -> None:
        super().reload()
        if hasattr(self, "for_delegate"):
            self.for_delegate.choices = self._purposes()
            self._show_method_buttons()
        self.view.resizeRowsToContents()

    def put(self, value: ActionPlan) -> Done[ActionPlan]:
        return action_plans.put_plan(self.document.file, value)

    def create_row(self) -> Done[ActionPlan]:
        return action_plans.add_plan(self.document.file)

    def delete(self, key: int) -> Done[Tombstone]:
        return action_plans.delete_plan(self.document.file, key)

    def restore(self, tomb: Tombstone) -> Done[None]:
        return action_plans.restore_plan(self.document.file, tomb)

    def reorder(self, ordered_keys: list[int]) -> Done[list[int]]:
        return action_plans.reorder_plans(self.document.file, ordered_keys)

    def count_text(self, total: int, shown: int) -> str:
        return self.tr("%n action(s)", "", total)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for button in (self.promote_button, self.callers_button):
            button.setEnabled(not read_only)

    # --- promoting --------------------------------------------------------------------
    def add_drafted(self, plans: list[ActionPlan], text: str) -> bool:
        """Store ready-made plans (ids given) as one undo step."""
        if not plans:
            return False
        ef = self.document.file
        ids = [p.id for p in plans]

        def undo() -> Changes:
            return action_plans.delete_plans(ef, ids).changes

        return self.document.push(
            ServiceCommand(self.document, text, lambda: action_plans.add_plans(ef, plans), undo)
        )

    def promote_follow_ups(self) -> None:
        from cafedesk.ui.convergence.promote_dialog import PromoteDialog

        ef = self.document.file
        dialog = PromoteDialog(action_plans.follow_up_candidates(ef), self._topics, self)
        if not dialog.exec():
            return
        chosen = dialog.chosen()
        plans = action_plans.plans_from_follow_ups(ef, chosen, self._people)
        text = self.tr("Promote %n follow-up action(s)", "", len(plans))
        if self.add_drafted(plans, text):
            self.select_keys([p.id for p in plans])

    def promote_callers(self) -> None:
        plans = action_plans.plans_from_callers(self.document.file)
        if not plans:
            self.message_bar.show_message(
                self.tr("Every caller with next steps already has an action in the plan."),
                error=False,
            )
            return
        if self.add_drafted(plans, self.tr("Actions from %n caller(s)", "", len(plans))):
            self.select_keys([p.id for p in plans])

    def refresh(self, changes: Changes) -> None:
        if changes.touches(*self.parts, Part.EVENT):
            self.reload()
