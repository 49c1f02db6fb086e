"""The state database: thread subjects, seen events, subscriptions, and the digest ledger.

SQLAlchemy Core over SQLite by default (``USROK_DB`` may name PostgreSQL instead).
Every write is one short transaction (on SQLite it takes the write lock when it begins);
uniqueness constraints, not read-then-write checks, decide 'first time', so two threads
or processes never both win. The bot's SQL is here, in ``bot.outbox`` (claiming digest
rows, the scanner lease) and in the migrations; the tables are in ``bot.schema``. The
rest asks ``StateStore`` in words.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import (
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from bot.feedback_record import Feedback, feedback_table
from bot.migrate import upgrade_schema
from bot.schema import (
    digest_outbox,
    document_facts,
    flags,
    known_files,
    make_engine,
    metadata,
    published_tables,
    seen_events,
    subscriptions,
    thread_subjects,
    writer,
)
from knowledge.models import DocumentFacts, SkippedFile

__all__ = ["StateStore", "KnownFile", "ScannedFile", "digest_outbox", "feedback", "make_engine", "metadata"]

feedback = feedback_table(metadata)  # verdicts on answers: bot/feedback_record.py has its columns


BASELINE_FLAG = "baseline"  # set by the first scan: the files present then are known, never announced
LAST_SCAN_FLAG = "last_scan"  # its time is when the last scan finished
# Not a time: how many scans have been recorded (``record_scan`` adds one in its transaction), so a scanner that
# keeps the ledger in memory knows whether another process has changed it since (``bot.ledger``).
LEDGER_VERSION_FLAG = "ledger_version"


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


def _known_file_row(file: ScannedFile, now: float, baseline: bool) -> dict[str, Any]:
    return {
        "path": file.path,
        "size": file.size,
        "mtime_ns": file.mtime_ns,
        "seen_at": now,
        "baseline": baseline,
        "document_id": file.facts.document.id if file.facts else None,
        "error": file.skipped.reason if file.skipped else None,
        "title": file.facts.document.title if file.facts else None,
    }


def _next_ledger_version(conn: Connection) -> int:
    """The ledger's version counted up by one, in the recording's transaction (whose write lock, or on PostgreSQL
    the row's, keeps two recordings from counting the same number)."""
    counted = conn.execute(
        update(flags)
        .where(flags.c.name == LEDGER_VERSION_FLAG)
        .values(set_at=flags.c.set_at + 1)
        .returning(flags.c.set_at)
    ).scalar_one_or_none()
    if counted is not None:
        return int(counted)
    conn.execute(insert(flags).values(name=LEDGER_VERSION_FLAG, set_at=1))
    return 1


class StateStore:
    """All the bot's durable state, behind methods that say what they do.

    The schema is brought to the newest migration when the store opens (``bot.migrations``), once per database
    even when several processes start at the same instant.
    """

    def __init__(self, url: str, clock: Callable[[], float] = time.time) -> None:
        self.engine = make_engine(url)
        self.writer = writer(self.engine)
        self.clock = clock
        self._sightings = 0
        upgrade_schema(self.writer)

    # Threads --------------------------------------------------------------------------------------------
    def thread_subject(self, channel: str, thread_ts: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(
                select(thread_subjects.c.subject).where(
                    thread_subjects.c.channel == channel, thread_subjects.c.thread_ts == thread_ts
                )
            ).scalar_one_or_none()

    def remember_subject(self, channel: str, thread_ts: str, subject: str) -> None:
        with self.writer.begin() as conn:
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
            with self.writer.begin() as conn:
                conn.execute(insert(seen_events).values(event_id=event_id, seen_at=self.clock()))
        except IntegrityError:
            return False
        self._sightings += 1
        if self._sightings % 500 == 0:
            self.forget_events_before(self.clock() - 86_400)
        return True

    def forget_events_before(self, cutoff: float) -> None:
        with self.writer.begin() as conn:
            conn.execute(delete(seen_events).where(seen_events.c.seen_at < cutoff))

    # Flags ----------------------------------------------------------------------------------------------
    def flag_is_set(self, name: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(flags.c.name).where(flags.c.name == name)).first() is not None

    def baseline_recorded(self) -> bool:
        """Whether the first scan has run (its files are the silent baseline)."""
        return self.flag_is_set(BASELINE_FLAG)

    def ledger_state(self) -> tuple[bool, int]:
        """(whether the baseline is recorded, the ledger's version: recorded scans, 0 before any), in one query."""
        with self.engine.connect() as conn:
            rows = dict(
                conn.execute(
                    select(flags.c.name, flags.c.set_at).where(flags.c.name.in_((BASELINE_FLAG, LEDGER_VERSION_FLAG)))
                ).all()
            )
        return BASELINE_FLAG in rows, int(rows.get(LEDGER_VERSION_FLAG) or 0)

    # The published table ---------------------------------------------------------------------------------
    def publish_table(self, facts_json: str) -> int:
        """Store the worker's current table for other processes; only the newest is kept."""
        with self.writer.begin() as conn:
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
            with self.writer.begin() as conn:
                conn.execute(insert(subscriptions).values(channel=channel, added_by=user, added_at=self.clock()))
            return True
        except IntegrityError:
            return False

    def unsubscribe(self, channel: str) -> bool:
        with self.writer.begin() as conn:
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
        fence: Callable[[Connection], None] | None = None,
    ) -> int:
        """One scan's ingest in one transaction: files, facts and an outbox row per channel stand or fall together.

        ``fence`` runs first in the same transaction and raises to abort it (the scanner checks it still holds its
        lease, so a scanner that lost it to another never records a second copy). With ``baseline`` the baseline
        flag is set too. Without a ``digest_payload`` nothing is queued and the
        files are recorded as baseline (known, never announced). Returns the ledger's new version (the one before
        it, plus one).
        """
        now = self.clock()
        with self.writer.begin() as conn:
            if fence is not None:
                fence(conn)
            if baseline:
                conn.execute(insert(flags).values(name=BASELINE_FLAG, set_at=now))
            version = _next_ledger_version(conn)
            # Each statement once for all the files (executemany), not once per file: 400 statements took 35 ms
            # for 100 new documents. The same content under two names is one row of facts, the last file's.
            gone = [{"path": path} for path in [*removed, *(f.path for f in files)]]
            if gone:
                conn.execute(delete(known_files).where(known_files.c.path == bindparam("path")), gone)
            if files:
                conn.execute(insert(known_files), [_known_file_row(f, now, digest_payload is None) for f in files])
            facts = {f.facts.document.id: f.facts for f in files if f.facts is not None}
            if facts:
                doc_ids = [{"doc_id": doc_id} for doc_id in facts]
                conn.execute(delete(document_facts).where(document_facts.c.document_id == bindparam("doc_id")), doc_ids)
                rows = [{"document_id": d, "facts": f.model_dump_json()} for d, f in facts.items()]
                conn.execute(insert(document_facts), rows)
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
        return version

    # Scans ------------------------------------------------------------------------------------------------
    def note_scan(self) -> None:
        """Record that a scan finished now (shown by /healthz)."""
        with self.writer.begin() as conn:
            conn.execute(delete(flags).where(flags.c.name == LAST_SCAN_FLAG))
            conn.execute(insert(flags).values(name=LAST_SCAN_FLAG, set_at=self.clock()))

    def last_scan_at(self) -> float | None:
        with self.engine.connect() as conn:
            return conn.execute(select(flags.c.set_at).where(flags.c.name == LAST_SCAN_FLAG)).scalar_one_or_none()

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
