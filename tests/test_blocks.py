"""Block Kit rendering: escaping that hostile text cannot get around, and Slack's size limits."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from bot.blocks import MAX_BLOCKS, MAX_SECTION, PAGE_SIZE, button_value, escape, parse_button_value, render_answer
from knowledge.answer.answers import Answer, AnswerItem, SourceRef


def _item(text: str, quote: str) -> AnswerItem:
    source = SourceRef(document="d.txt", title="<!here> Title", date="2020-10-16", quote=quote)
    return AnswerItem(text=text, kind="pledge", score=1.0, source=source, label="pledges x")


@given(st.text())
def test_escaped_text_has_no_control_sequences(text: str) -> None:
    escaped = escape(text)
    assert "<" not in escaped and ">" not in escaped
    assert escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == text


@given(st.text(max_size=3000), st.integers(min_value=0, max_value=10**6))
def test_button_values_round_trip_and_fit(query: str, page: int) -> None:
    value = button_value(query, page)
    assert len(value) <= 2000
    parsed, parsed_page = parse_button_value(value)
    assert query.startswith(parsed) and parsed_page == page


@given(st.text(max_size=200))
def test_malformed_button_values_read_as_empty(value: str) -> None:
    query, page = parse_button_value(value)
    assert isinstance(query, str) and page >= 0


def test_huge_answers_stay_within_slack_limits() -> None:
    items = tuple(_item("<!channel> " + "x" * 5000, "<@U1> " + "q" * 9000) for _ in range(200))
    answer = Answer(query="<!everyone>", intent="pledges", answers=items[:PAGE_SIZE], total=200)
    text, blocks = render_answer(answer)
    assert len(blocks) <= MAX_BLOCKS
    for block in blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= MAX_SECTION
    raw = json.dumps(blocks, ensure_ascii=False)
    assert "<!channel>" not in raw and "<@U1>" not in raw and "<!here>" not in raw
    assert "Showing 1–8 of 200" in raw and len(text) <= 3000
