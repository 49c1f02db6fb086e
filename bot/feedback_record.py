"""One piece of feedback on an answer, as the state database keeps it and ``usrok feedback`` lists it."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text

VERDICTS = ("up", "down", "problem")


class Feedback(NamedTuple):
    user_id: str
    channel: str | None
    question: str
    answer: str
    verdict: str  # 'up' | 'down' | 'problem'
    comment: str | None = None
    created_at: float = 0.0  # set by the store
    id: int = 0  # set by the store


def feedback_table(metadata: MetaData) -> Table:
    """The ``feedback`` table, in the state database's metadata."""
    return Table(
        "feedback",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("created_at", Float, nullable=False),
        Column("user_id", String(64), nullable=False),
        Column("channel", String(64), nullable=True),
        Column("question", Text, nullable=False),
        Column("answer", Text, nullable=False),
        Column("verdict", String(16), nullable=False),  # up | down | problem
        Column("comment", Text, nullable=True),
    )
