"""The state database: thread subjects, seen events, subscriptions, and the digest ledger.

SQLAlchemy Core over SQLite by default (``USROK_DB`` may name PostgreSQL instead).
Every write is one short transaction; uniqueness constraints, not read-then-write
checks, decide 'first time', so two threads or processes never both win. All the
bot's SQL is in this module: the rest asks ``StateStore`` in words.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from bot.feedback_record import Feedback, feedback_table
from knowledge.models import DocumentFacts, SkippedFile

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
    Column("status", String(16), nullable=False, default="pending"),  # pending | posted | skipped
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text, nullable=True),
    Column("message_ts", String(64), nullable=True),
    Column("created_at", Float, nullable=False),
)
feedback = feedback_table(metadata)  # verdicts on answers: bot/feedback_record.py has its columns


BASELINE_FLAG = "baseline"  # set by the first scan: the files present then are known, never announced


class KnownFile(NamedTuple):
    """A document file as the ledger last saw it."""

    path: str
    size: int
    mtime_ns: int
    document_id: str | None


@dataclass(frozen=True)
class ScannedFile:
    """A new or changed file found by a scan: its facts, or why it could not be read."""

    path: str
    size: int
    mtime_ns: int
    facts: DocumentFacts | None = None
    skipped: SkippedFile | None = None


class PendingDigest(NamedTuple):
    """One digest message waiting in the outbox for one channel."""

    id: int
    channel: str
    payload: str  # the message as JSON, fixed when its scan was recorded
    attempts: int


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets its folder created and WAL mode for concurrent readers."""
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.close()

    return engine


class StateStore:
    """All the bot's durable state, behind methods that say what they do."""

    def __init__(self, url: str, clock: Callable[[], float] = time.time) -> None:
        self.engine = make_engine(url)
        self.clock = clock
        self._sightings = 0
        metadata.create_all(self.engine)

    # Threads --------------------------------------------------------------------------------------------
    def thread_subject(self, channel: str, thread_ts: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(
                select(thread_subjects.c.subject).where(
                    thread_subjects.c.channel == channel, thread_subjects.c.thread_ts == thread_ts
                )
            ).scalar_one_or_none()

    def remember_subject(self, channel: str, thread_ts: str, subject: str) -> None:
        with self.engine.begin() as conn:
            done = conn.execute(
                update(thread_subjects)
                .where(
                    thread_subjects.c.channel == channel,
                    thread_subjects.c.thread_ts == thread_ts,
                )
                .values(subject=subject, updated_at=self.clock())
            ).rowcount
            if not done:
                conn.execute(
                    insert(thread_subjects).values(
                        channel=channel, thread_ts=thread_ts, subject=subject, updated_at=self.clock()
                    )
                )

    # Events ---------------------------------------------------------------------------------------------
    def first_sighting(self, event_id: str) -> bool:
        """True the first time an event id is seen; a retry of it returns False.

        Slack retries within minutes, so ids older than a day are forgotten now and then.
        """
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(seen_events).values(event_id=event_id, seen_at=self.clock()))
        except IntegrityError:
            return False
        self._sightings += 1
        if self._sightings % 500 == 0:
            self.forget_events_before(self.clock() - 86_400)
        return True

    def forget_events_before(self, cutoff: float) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(seen_events).where(seen_events.c.seen_at < cutoff))

    # Flags ----------------------------------------------------------------------------------------------
    def flag_is_set(self, name: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(flags.c.name).where(flags.c.name == name)).first() is not None

    def baseline_recorded(self) -> bool:
        """Whether the first scan has run (its files are the silent baseline)."""
        return self.flag_is_set(BASELINE_FLAG)

    # The published table ---------------------------------------------------------------------------------
    def publish_table(self, facts_json: str) -> int:
        """Store the worker's current table for other processes; only the newest is kept."""
        with self.engine.begin() as conn:
            key = conn.execute(
                insert(published_tables).values(facts=facts_json, published_at=self.clock())
            ).inserted_primary_key
            assert key is not None
            new_id = int(key[0])
            conn.execute(delete(published_tables).where(published_tables.c.id < new_id))
        return new_id

    def published_table_version(self) -> int | None:
        with self.engine.connect() as conn:
            return conn.execute(select(func.max(published_tables.c.id))).scalar_one_or_none()

    def published_table(self) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(
                select(published_tables.c.facts).order_by(published_tables.c.id.desc()).limit(1)
            ).scalar_one_or_none()

    # Subscriptions --------------------------------------------------------------------------------------
    def subscribe(self, channel: str, user: str | None) -> bool:
        """Subscribe a channel to the digest; False when it already was."""
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(subscriptions).values(channel=channel, added_by=user, added_at=self.clock()))
            return True
        except IntegrityError:
            return False

    def unsubscribe(self, channel: str) -> bool:
        with self.engine.begin() as conn:
            return bool(conn.execute(delete(subscriptions).where(subscriptions.c.channel == channel)).rowcount)

    def subscribed_channels(self) -> list[str]:
        with self.engine.connect() as conn:
            return list(conn.execute(select(subscriptions.c.channel).order_by(subscriptions.c.channel)).scalars())

    # The document ledger -----------------------------------------------------------------------------
    def known_files(self) -> dict[str, KnownFile]:
        """Every file the ledger has seen, by its shown path."""
        columns = (known_files.c.path, known_files.c.size, known_files.c.mtime_ns, known_files.c.document_id)
        with self.engine.connect() as conn:
            return {row.path: KnownFile(*row) for row in conn.execute(select(*columns))}

    def stored_document_facts(self) -> dict[str, DocumentFacts]:
        """The facts of every document ever ingested, by document id (so files are not re-read)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(document_facts.c.document_id, document_facts.c.facts)).all()
        return {doc_id: DocumentFacts.model_validate_json(facts) for doc_id, facts in rows}

    def known_document_ids(self) -> list[str]:
        """Ids of the documents whose files are present now, in path order, each once."""
        with self.engine.connect() as conn:
            ids = conn.execute(
                select(known_files.c.document_id)
                .where(known_files.c.document_id.is_not(None))
                .order_by(known_files.c.path)
            ).scalars()
            return list(dict.fromkeys(ids))

    def record_scan(
        self,
        files: Sequence[ScannedFile],
        removed: Sequence[str],
        *,
        baseline: bool,
        scan_id: str,
        digest_payload: str | None,
        channels: Sequence[str],
    ) -> None:
        """One scan's ingest in one transaction: files, facts and an outbox row per channel stand or fall together.

        With ``baseline`` the baseline flag is set too. Without a ``digest_payload`` nothing is queued and the
        files are recorded as baseline (known, never announced).
        """
        now = self.clock()
        with self.engine.begin() as conn:
            if baseline:
                conn.execute(insert(flags).values(name=BASELINE_FLAG, set_at=now))
            for path in removed:
                conn.execute(delete(known_files).where(known_files.c.path == path))
            for file in files:
                conn.execute(delete(known_files).where(known_files.c.path == file.path))
                conn.execute(
                    insert(known_files).values(
                        path=file.path,
                        size=file.size,
                        mtime_ns=file.mtime_ns,
                        seen_at=now,
                        baseline=digest_payload is None,
                        document_id=file.facts.document.id if file.facts else None,
                        error=file.skipped.reason if file.skipped else None,
                        title=file.facts.document.title if file.facts else None,
                    )
                )
                if file.facts is not None:
                    doc_id = file.facts.document.id
                    conn.execute(delete(document_facts).where(document_facts.c.document_id == doc_id))
                    conn.execute(insert(document_facts).values(document_id=doc_id, facts=file.facts.model_dump_json()))
            if digest_payload is not None:
                for channel in channels:
                    conn.execute(
                        insert(digest_outbox).values(
                            scan_id=scan_id,
                            channel=channel,
                            payload=digest_payload,
                            status="pending",
                            attempts=0,
                            created_at=now,
                        )
                    )

    # The digest outbox -------------------------------------------------------------------------------
    def pending_digests(self) -> list[PendingDigest]:
        """Digest messages not yet posted nor skipped, oldest first."""
        columns = (digest_outbox.c.id, digest_outbox.c.channel, digest_outbox.c.payload, digest_outbox.c.attempts)
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(*columns).where(digest_outbox.c.status == "pending").order_by(digest_outbox.c.id)
            ).all()
        return [PendingDigest(*row) for row in rows]

    def count_pending_digests(self) -> int:
        with self.engine.connect() as conn:
            return int(
                conn.execute(
                    select(func.count()).select_from(digest_outbox).where(digest_outbox.c.status == "pending")
                ).scalar_one()
            )

    def note_digest_attempt(self, digest_id: int, attempts: int) -> None:
        """Record that a post is about to be tried, so a crash after it is looked for before posting again."""
        self._update_digest(digest_id, attempts=attempts)

    def mark_digest_posted(self, digest_id: int, message_ts: str) -> None:
        self._update_digest(digest_id, status="posted", message_ts=message_ts)

    def mark_digest_skipped(self, digest_id: int, error: str) -> None:
        """The channel cannot take it (the bot was removed, the channel archived): never try again."""
        self._update_digest(digest_id, status="skipped", last_error=error)

    def note_digest_failure(self, digest_id: int, error: str) -> None:
        """A failure worth retrying: the message stays pending for the next run."""
        self._update_digest(digest_id, last_error=error)

    def _update_digest(self, digest_id: int, **values: object) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(digest_outbox).where(digest_outbox.c.id == digest_id).values(**values))

    def latest_digest_payload(self) -> str | None:
        """The most recently queued digest message (JSON), whatever became of it."""
        with self.engine.connect() as conn:
            return conn.execute(
                select(digest_outbox.c.payload).order_by(digest_outbox.c.id.desc()).limit(1)
            ).scalar_one_or_none()

    # Feedback on answers ------------------------------------------------------------------------------
    def add_feedback(self, entry: Feedback) -> int:
        """Store one verdict on an answer (its ``id`` and ``created_at`` are set here); returns the new id."""
        values = entry._asdict() | {"created_at": self.clock()}
        values.pop("id")
        with self.engine.begin() as conn:
            key = conn.execute(insert(feedback).values(**values)).inserted_primary_key
        return int(key[0]) if key else 0

    def list_feedback(self, verdict: str | None = None, limit: int = 50) -> list[Feedback]:
        """Feedback newest first, all of it or one verdict ('problem')."""
        query = select(*(feedback.c[name] for name in Feedback._fields)).order_by(feedback.c.id.desc()).limit(limit)
        with self.engine.connect() as conn:
            rows = conn.execute(query.where(feedback.c.verdict == verdict) if verdict else query).all()
        return [Feedback(*row) for row in rows]
