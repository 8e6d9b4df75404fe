"""Which person a typed name means: asked, never guessed (issue 14, finding 4)."""

from cafedesk.domain.model import Participant
from cafedesk.services import participants, wall_edit
from cafedesk.services.name_matching import questions_for
from cafedesk.store.eventfile import EventFile

PEOPLE = [
    Participant(1, "Ilse Tamm", organisation="Verein Nord", email="ilse@nord.example"),
    Participant(2, "Ilse  Tamm", organisation="Stadtwerke"),
    Participant(3, "Terry Okafor"),
    Participant(4, "Terry Brandt"),
    Participant(5, "Anna Berg"),
]


def test_a_shared_full_name_and_a_first_name_alone_are_questions() -> None:
    asked = {q.key: q for q in questions_for(PEOPLE, ["ilse tamm", "Terry", "Anna Berg", "Zoë"])}
    assert set(asked) == {"ilse tamm", "terry"}
    assert [p.id for p in asked["ilse tamm"].candidates] == [1, 2] and asked["ilse tamm"].shared
    assert [p.id for p in asked["terry"].candidates] == [3, 4] and not asked["terry"].shared


def test_a_first_name_of_one_person_is_still_asked_a_new_name_is_not() -> None:
    asked = questions_for(PEOPLE, ["Anna", "Anna Neu", "  "])
    assert [(q.typed, [p.id for p in q.candidates]) for q in asked] == [("Anna", [5])]


def test_answers_bind_the_chosen_person_or_a_new_one(event_file: EventFile) -> None:
    first = participants.add_participant(event_file, "Ilse Tamm", organisation="Nord").value
    second = participants.add_participant(event_file, "Ilse Tamm", organisation="Süd").value
    plan = wall_edit.plan_people(event_file, ["Ilse Tamm"], answers={"ilse tamm": second.id})
    assert plan.convenor_ids == (second.id,) and not plan.new_people
    plan = wall_edit.plan_people(event_file, ["Ilse"], answers={"ilse": None})
    assert [p.name for p in plan.new_people] == ["Ilse"]
    plan = wall_edit.plan_people(event_file, ["Ilse"], answers={"ilse": first.id})
    assert plan.convenor_ids == (first.id,) and not plan.new_people
