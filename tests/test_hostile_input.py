"""Parsers fed hostile input: whatever a user types or a document holds, nothing crashes."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.query import parse_query
from knowledge.extract.sentences import split_sentences
from knowledge.text.amounts import find_amounts, find_bare_amounts
from knowledge.text.dates import find_dates
from knowledge.text.full_dates import parse_full_date

WORDS = st.sampled_from(
    [
        "who",
        "when",
        "pledges",
        "timeline",
        "sources",
        "search",
        "help",
        "$",
        "2.5bn",
        "ROK",
        "U.S.",
        "<!channel>",
        "October",
        "31",
        "2020-",
        "Kim",
        "Jina",
        "the",
        "and",
        "that?",
        "-",
        "—",
        "\u200b",
        "\x00",
        "🇰🇷",
        "SED",
    ]
)
QUESTIONS = st.one_of(st.text(max_size=200), st.lists(WORDS, max_size=12).map(" ".join))


@pytest.fixture(scope="module")
def kb(seed_table) -> KnowledgeBase:
    return KnowledgeBase(seed_table)


@settings(max_examples=300, deadline=None)
@given(QUESTIONS, st.one_of(st.none(), st.text(max_size=40)), st.integers(min_value=0, max_value=500))
def test_any_question_gets_an_answer_or_an_honest_abstention(
    kb: KnowledgeBase, q: str, context: str | None, offset: int
) -> None:
    answer = kb.answer(q, context_subject=context, offset=offset, limit=8)
    assert answer.usage is not None or answer.answers or answer.note
    assert all(0.0 <= a.score <= 1.0 for a in answer.answers)
    assert parse_query(q).intent in {"help", "who", "when", "pledges", "timeline", "sources", "search"}


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31)))
def test_date_finding_never_crashes_and_keeps_offsets(text: str, base: date) -> None:
    for mention in find_dates(text, base):
        assert text[mention.start : mention.end] == mention.text
        assert mention.precision in {"day", "month", "year", "range"}
    parse_full_date(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_amounts_and_sentences_never_crash(text: str) -> None:
    for amount in find_amounts(text):
        assert amount.usd >= 0 and text[amount.start : amount.end].strip() == amount.text
    find_bare_amounts(text)
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
