"""The state database's tables (SQLAlchemy Core). Changes to them go through a migration in bot/migrations."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
)
from sqlalchemy.engine import Engine

SQLITE_BUSY_MS = 30_000
WRITE_OPTION = "usrok_write"

metadata = MetaData()

thread_subjects = Table(
    "thread_subjects",
    metadata,
    Column("channel", String(64), primary_key=True),
    Column("thread_ts", String(64), primary_key=True),
    Column("subject", Text, nullable=False),
    Column("updated_at", Float, nullable=False),
)
seen_events = Table(
    "seen_events",
    metadata,
    Column("event_id", String(128), primary_key=True),
    Column("seen_at", Float, nullable=False),
)
subscriptions = Table(
    "subscriptions",
    metadata,
    Column("channel", String(64), primary_key=True),
    Column("added_by", String(64), nullable=True),
    Column("added_at", Float, nullable=False),
)
known_files = Table(
    "known_files",
    metadata,
    Column("path", String(1024), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("mtime_ns", BigInteger, nullable=False),  # nanoseconds: beyond a 32-bit integer (PostgreSQL's INTEGER)
    Column("document_id", String(64), nullable=True),
    Column("error", Text, nullable=True),
    Column("baseline", Boolean, nullable=False, default=False),
    Column("title", Text, nullable=True),
    Column("seen_at", Float, nullable=False),
)
document_facts = Table(
    "document_facts",
    metadata,
    Column("document_id", String(64), primary_key=True),
    Column("facts", Text, nullable=False),  # DocumentFacts as JSON: the table is rebuilt without re-reading files
)
flags = Table(
    "flags",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("set_at", Float, nullable=False),
)
published_tables = Table(
    "published_tables",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("facts", Text, nullable=False),  # the whole FactTable as JSON
    Column("published_at", Float, nullable=False),
)
digest_outbox = Table(
    "digest_outbox",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("scan_id", String(64), nullable=False),
    Column("channel", String(64), nullable=False),
    Column("payload", Text, nullable=False),  # the digest message (JSON), fixed when the scan is recorded
    Column("status", String(16), nullable=False, default="pending"),  # pending | posted | skipped | unconfirmed
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text, nullable=True),
    Column("message_ts", String(64), nullable=True),
    Column("created_at", Float, nullable=False),
    # Who is posting it and until when (a worker that dies mid-post loses the claim when it expires).
    Column("claimed_by", String(128), nullable=True),
    Column("claimed_until", Float, nullable=True),
    Index("digest_outbox_status", "status", "id"),
)
leases = Table(
    "leases",
    metadata,
    Column("name", String(64), primary_key=True),  # 'scanner': one process scans at a time
    Column("holder", String(128), nullable=False),
    Column("expires_at", Float, nullable=False),
)


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets its folder created, WAL mode, and transactions that say when they write.

    pysqlite's own transaction handling begins a transaction only at the first write, so a read-then-write
    transaction can find the database changed under it and fail at once ('database is locked'). Here every
    transaction is begun explicitly: ``BEGIN IMMEDIATE`` (the write lock up front, waiting up to the busy timeout)
    on connections from ``writer(engine)``, a plain ``BEGIN`` for reads.
    """
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            dbapi_connection.isolation_level = None  # BEGIN is ours (below), not the driver's
            cursor = dbapi_connection.cursor()
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")  # first: switching to WAL may wait too
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):  # type: ignore[no-untyped-def]
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")

    return engine


def writer(engine: Engine) -> Engine:
    """The engine for write transactions: on SQLite they take the write lock when they begin."""
    return engine.execution_options(**{WRITE_OPTION: True})
