"""The schema as the bot created it before migrations, plus the feedback table (issue 10).

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "thread_subjects",
        sa.Column("channel", sa.String(64), primary_key=True),
        sa.Column("thread_ts", sa.String(64), primary_key=True),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False),
    )
    op.create_table(
        "seen_events",
        sa.Column("event_id", sa.String(128), primary_key=True),
        sa.Column("seen_at", sa.Float, nullable=False),
    )
    op.create_table(
        "subscriptions",
        sa.Column("channel", sa.String(64), primary_key=True),
        sa.Column("added_by", sa.String(64), nullable=True),
        sa.Column("added_at", sa.Float, nullable=False),
    )
    op.create_table(
        "known_files",
        sa.Column("path", sa.String(1024), primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("mtime_ns", sa.BigInteger, nullable=False),
        sa.Column("document_id", sa.String(64), nullable=True),
        sa.Column("error", sa.Text, nullable=True),
        sa.Column("baseline", sa.Boolean, nullable=False),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("seen_at", sa.Float, nullable=False),
    )
    op.create_table(
        "document_facts",
        sa.Column("document_id", sa.String(64), primary_key=True),
        sa.Column("facts", sa.Text, nullable=False),
    )
    op.create_table(
        "flags",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("set_at", sa.Float, nullable=False),
    )
    op.create_table(
        "published_tables",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("facts", sa.Text, nullable=False),
        sa.Column("published_at", sa.Float, nullable=False),
    )
    op.create_table(
        "digest_outbox",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("scan_id", sa.String(64), nullable=False),
        sa.Column("channel", sa.String(64), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text, nullable=True),
        sa.Column("message_ts", sa.String(64), nullable=True),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    _create_feedback()


def _create_feedback() -> None:
    """Issue 10's table; created here only if a database made before migrations does not have it."""
    if "feedback" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("user_id", sa.String(64), nullable=False),
        sa.Column("channel", sa.String(64), nullable=True),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("comment", sa.Text, nullable=True),
    )


def downgrade() -> None:
    for name in (
        "feedback",
        "digest_outbox",
        "published_tables",
        "flags",
        "document_facts",
        "known_files",
        "subscriptions",
        "seen_events",
        "thread_subjects",
    ):
        op.drop_table(name)
