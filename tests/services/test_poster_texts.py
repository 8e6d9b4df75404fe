"""The facilitator's poster wording: kept per event, printed, cleared back to our default."""

from __future__ import annotations

import io

import pytest

from cafedesk.domain.errors import ValidationError
from cafedesk.exports.wallkit.items import write_item
from cafedesk.services.poster_texts import poster_texts, set_poster_text
from cafedesk.services.print_centre import wall_kit
from cafedesk.store.eventfile import EventFile
from tests.exports.wallkit.pdf_read import all_text


def _posters(ef: EventFile) -> str:
    out = io.BytesIO()
    write_item(wall_kit(ef), "posters", out)
    return " ".join(all_text(out.getvalue()).split())


def test_own_wording_is_kept_printed_and_cleared_back(event_file: EventFile) -> None:
    assert "Whoever comes are the right people." in _posters(event_file)
    done = set_poster_text(
        event_file, "principles.body", "Wer kommt, ist richtig.\n  Ende & <b>aus  "
    )
    assert done.value == "Wer kommt, ist richtig.\nEnde & <b>aus"
    assert poster_texts(event_file) == {"principles.body": "Wer kommt, ist richtig.\nEnde & <b>aus"}
    text = _posters(event_file)
    assert "Wer kommt, ist richtig." in text and "Ende & <b>aus" in text
    assert "Whoever comes are the right people." not in text
    set_poster_text(event_file, "principles.body", "   ")
    assert poster_texts(event_file) == {}
    assert "Whoever comes are the right people." in _posters(event_file)


def test_unknown_keys_and_overlong_texts_are_refused(event_file: EventFile) -> None:
    with pytest.raises(ValidationError):
        set_poster_text(event_file, "nonsense.body", "x")
    with pytest.raises(ValidationError):
        set_poster_text(event_file, "news.body", "x" * 2001)
    assert poster_texts(event_file) == {}
