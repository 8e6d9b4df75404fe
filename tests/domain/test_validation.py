import datetime as dt

import pytest

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.errors import ValidationError
from cafedesk.domain.model import SlotKind, TimeSlot
from cafedesk.domain.validation import (
    check_capacity,
    check_slot,
    check_unique_name,
    clean_email,
    clean_name,
    clean_tags,
    clean_text,
)

DAY = dt.date(2026, 5, 4)


def slot(sid: int, start: str, end: str, kind: SlotKind = SlotKind.SESSION) -> TimeSlot:
    return TimeSlot(
        sid, DAY, dt.time.fromisoformat(start), dt.time.fromisoformat(end), f"S{sid}", kind
    )


def test_names_are_trimmed_and_empty_names_refused() -> None:
    assert clean_name("  Great   Barn ", "space") == "Great Barn"
    with pytest.raises(ValidationError, match="needs a name"):
        clean_name("   ", "space")
    with pytest.raises(ValidationError, match="too long"):
        clean_name("x" * 201, "space")


def test_duplicate_names_are_refused_ignoring_case() -> None:
    with pytest.raises(ValidationError, match="already a space called “barn”"):
        check_unique_name("barn", ["Garden", "Barn"], "space")
    check_unique_name("Barn 2", ["Garden", "Barn"], "space")


@pytest.mark.parametrize("capacity", [0, -3])
def test_capacity_must_be_positive(capacity: int) -> None:
    with pytest.raises(ValidationError, match="at least one person"):
        check_capacity(capacity)


def test_slot_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValidationError, match="ends .* before it starts"):
        check_slot(slot(1, "11:00", "10:00"), [])


def test_overlapping_session_slots_are_refused_but_touching_ones_pass() -> None:
    existing = [slot(1, "09:00", "10:00")]
    with pytest.raises(ValidationError, match="overlaps “S1”"):
        check_slot(slot(2, "09:30", "10:30"), existing)
    check_slot(slot(2, "10:00", "11:00"), existing)
    # two breaks may overlap each other (parallel coffee corners); a session may not
    check_slot(
        slot(3, "09:30", "09:45", SlotKind.BREAK), [slot(4, "09:30", "09:45", SlotKind.BREAK)]
    )


def test_slot_on_another_day_does_not_overlap() -> None:
    other = TimeSlot(2, DAY + dt.timedelta(days=1), dt.time(9), dt.time(10))
    check_slot(slot(1, "09:00", "10:00"), [other])


def test_email_and_tags() -> None:
    assert clean_email(" a@b.org ") == "a@b.org"
    assert clean_email("") == ""
    with pytest.raises(ValidationError, match="does not look like an email"):
        clean_email("anna at example")
    assert clean_tags(["Flipchart", " projector ", "flipchart", ""]) == ("flipchart", "projector")


def test_changes_record() -> None:
    changes = Changes.of(Part.SPACES, ids={3}) | Changes.of(Part.TOPICS)
    assert changes.touches(Part.TOPICS) and not changes.touches(Part.SLOTS)
    assert Changes.of(Part.EVERYTHING).touches(Part.SLOTS)
    assert not Changes()


def test_error_message_translates_template_before_filling_values() -> None:
    error = ValidationError(
        "There is already a {what} called “{name}”.", what="space", name="{what}"
    )
    assert error.message(lambda t: t.replace("There is already", "Es gibt schon")) == (
        "Es gibt schon a space called “{what}”."
    )


def test_control_characters_are_removed_and_line_breaks_kept() -> None:
    assert clean_name("Anna\x00 \x07Berg\x1b", "participant") == "Anna Berg"
    assert clean_text("one\r\ntwo\rthree\u2028four\x00\x9f") == "one\ntwo\nthree\nfour"
    assert clean_text("tab\there") == "tab\there"
    assert clean_email(" anna@example.org\x00 ") == "anna@example.org"
    assert clean_tags(["Flip\x00chart"]) == ("flipchart",)


def test_decomposed_accents_are_stored_composed() -> None:
    assert clean_name("Rene\u0301e", "participant") == "Ren\u00e9e"


def test_a_lone_surrogate_is_refused_with_a_sentence() -> None:
    for clean in (lambda v: clean_name(v, "participant"), clean_text, clean_email):
        with pytest.raises(ValidationError) as caught:
            clean("Smile \ud83d please")
        assert "broken character" in caught.value.message()
    # A whole emoji (a proper pair, as Python holds it) is kept.
    assert clean_text("Smile \U0001f600") == "Smile \U0001f600"
