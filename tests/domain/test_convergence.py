"""Ranking with ties, topic numbers typed as dots, the summary's structure, the email template,
and who met whom."""

from __future__ import annotations

import pytest

from cafedesk.domain.client_report import BlockKind, summary_blocks, toggle_bullets
from cafedesk.domain.community import community_graph, group_sizes, meetings
from cafedesk.domain.convergence import (
    TopicVotes,
    name_key,
    parse_topic_numbers,
    rank_text,
    rank_topics,
    top_ranked,
)
from cafedesk.domain.email_draft import default_template, fill, human_size
from cafedesk.domain.model import Participant, Topic


def topics(count: int) -> list[Topic]:
    return [Topic(i, i, f"Topic {i}") for i in range(1, count + 1)]


def test_equal_votes_share_a_place_and_the_next_place_is_skipped() -> None:
    votes = {1: TopicVotes(1, tally=5), 2: TopicVotes(2, tally=9), 3: TopicVotes(3, named=5)}
    votes[4] = TopicVotes(4, tally=5, named=40)  # the wall's count wins over named dots
    ranked = rank_topics(topics(5), votes)
    assert [(r.topic.number, r.rank, r.votes, r.tied) for r in ranked] == [
        (2, 1, 9, False),
        (1, 2, 5, True),
        (3, 2, 5, True),
        (4, 2, 5, True),
        (5, 5, 0, False),
    ]
    assert [rank_text(r) for r in ranked[:2]] == ["1", "=2"]


def test_the_top_places_take_a_tie_at_the_cut_whole_and_never_zero_votes() -> None:
    votes = {1: TopicVotes(1, 10), 2: TopicVotes(2, 7), 3: TopicVotes(3, 7), 4: TopicVotes(4, 1)}
    ranked = rank_topics(topics(6), votes)
    assert [r.topic.id for r in top_ranked(ranked, 2)] == [1, 2, 3]
    assert [r.topic.id for r in top_ranked(ranked, 10)] == [1, 2, 3, 4]


def test_topic_numbers_are_dots_and_words_are_refused() -> None:
    assert parse_topic_numbers(" 3, 7 7;12 ") == [3, 7, 7, 12]
    assert parse_topic_numbers("") == []
    with pytest.raises(ValueError, match="seven"):
        parse_topic_numbers("3, seven")


def test_summary_paragraphs_and_bullets_are_plain_structure() -> None:
    text = (
        "First paragraph,\nstill the first.\n\n"
        "Three threads:\n• fair <b>prices</b>\n- shared work & more\n* less waste\n\n\n"
        "Closing words."
    )
    blocks = summary_blocks(text)
    assert [b.kind for b in blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
        BlockKind.BULLETS,
        BlockKind.PARAGRAPH,
    ]
    assert blocks[0].lines == ("First paragraph,", "still the first.")
    assert blocks[2].lines == ("fair <b>prices</b>", "shared work & more", "less waste")
    assert summary_blocks("  \n\n ") == ()


def test_the_bullet_button_toggles_lines_on_and_off() -> None:
    lines = ["shade", "", "benches"]
    on = toggle_bullets(lines)
    assert on == ["• shade", "", "• benches"]
    assert toggle_bullets(on) == lines
    assert toggle_bullets(["• one", "two"]) == ["• one", "• two"]  # mixed: all on


def test_the_email_template_fills_known_placeholders_only() -> None:
    values = {"event": "Marktplatz {2030}", "client": "Stadt", "contact": ""}
    text = fill("Hi {client}, {event} {unknown} {\nRegards\n{facilitator}\n{contact}", values)
    assert text == "Hi Stadt, Marktplatz {2030} {unknown} {\nRegards"
    german = default_template("de_DE")
    assert "Bericht" in german.subject and "{client}" in german.body
    assert default_template("xx") == default_template("en")
    assert human_size(2048) == "2 KB" and human_size(21 * 1024 * 1024) == "21.0 MB"


def test_who_met_whom_counts_each_shared_gathering() -> None:
    people = [
        Participant(1, "Ana", group="farmers"),
        Participant(2, "Bo", group="farmers"),
        Participant(3, "Cem", group=" staff "),
        Participant(4, "Dee"),
        Participant(5, "Eli", group="staff"),  # came to nothing: not on the map
    ]
    gatherings = [{1, 2, 3}, {2, 3}, {3, 4}, {4}]
    assert meetings(gatherings) == {(1, 2): 1, (1, 3): 1, (2, 3): 2, (3, 4): 1}
    graph = community_graph(people, gatherings)
    assert [p.id for p in graph.people] == [1, 2, 3, 4]
    assert graph.groups() == [("farmers", 2), ("", 1), ("staff", 1)]
    # Cem met three people of other groups, Bo one, Ana one, Dee one.
    assert [(p.name, n) for p, n in graph.bridges(2)] == [("Cem", 3), ("Ana", 1)]
    assert group_sizes(people) == [("farmers", 2), ("staff", 2), ("", 1)]


def test_names_typed_in_a_hurry_find_the_participant() -> None:
    assert name_key("ELIF  YILMAZ") == name_key("Elif Yılmaz")
    assert name_key("noemie") == name_key("Noémie") and name_key("Łukasz") != name_key("Lukas")
