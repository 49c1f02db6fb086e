"""Watching the documents folder: ingest new documents, swap the table, post each digest exactly once.

One scan has two steps with a durable ledger between them:

1. *Ingest*: new or changed files (not those still being written) are extracted; in one
   transaction the files, their facts and one outbox row per subscribed channel are
   recorded. Then the new table is swapped in, so the bot knows them at once.
2. *Post*: every pending outbox row is sent with chat.postMessage and marked posted.
   A 429 is retried after Retry-After; a network error or 5xx leaves the row pending
   for the next run; ``not_in_channel``/``channel_not_found`` mark it skipped.

A crash between the steps leaves pending rows that the next run posts. A crash after
Slack accepted a message but before it was marked is caught by the message metadata:
a row that was attempted before is first looked up in the channel's recent history.
The files present at the first start are the baseline: known, never announced.
"""

from __future__ import annotations

import json
import logging
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy import delete, insert, select, update

from bot.blocks import Block
from bot.digest_blocks import render_digest
from bot.knowledge_holder import KnowledgeHolder
from bot.settings import Settings
from bot.state import StateStore, digest_outbox, document_facts, flags, known_files
from knowledge.answer.answers import KnowledgeBase
from knowledge.build import assemble, display_path, document_entries, table_json, write_table
from knowledge.extract.document_facts import extract_document
from knowledge.extract.documents import UnreadableDocument, read_document
from knowledge.models import DocumentFacts, FactTable, SkippedFile

log = logging.getLogger("usrok.digest")
GONE_CHANNEL_ERRORS = {"not_in_channel", "channel_not_found", "is_archived", "account_inactive", "restricted_action"}
METADATA_EVENT = "usrok_digest"


@dataclass
class ScanReport:
    baseline: bool = False
    ingested: list[str] = field(default_factory=list)
    unreadable: list[SkippedFile] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    unchanged: int = 0
    posted: int = 0
    skipped_channels: list[str] = field(default_factory=list)
    pending: int = 0

    def summary(self) -> str:
        parts = [
            "baseline recorded" if self.baseline else f"{len(self.ingested)} new document(s)",
            f"{self.unchanged} unchanged",
            f"{len(self.waiting)} still being written",
            f"{len(self.unreadable)} unreadable",
            f"{self.posted} digest message(s) posted",
            f"{self.pending} pending",
        ]
        if self.skipped_channels:
            parts.append("skipped channels: " + ", ".join(self.skipped_channels))
        return "; ".join(parts)


class DigestService:
    """Scans ``settings.seeds_dir``, keeps the knowledge current and posts digests through ``client``."""

    def __init__(
        self,
        settings: Settings,
        store: StateStore,
        knowledge: KnowledgeHolder,
        client: WebClient | None,
        clock: Callable[[], float] = time.time,
        settle_seconds: float = 2.0,
    ) -> None:
        self.settings = settings
        self.store = store
        self.knowledge = knowledge
        self.client = client
        self.clock = clock
        self.settle_seconds = settle_seconds
        self.root = settings.seeds_dir.resolve().parent
        self._facts: dict[str, DocumentFacts] | None = None

    # The table --------------------------------------------------------------------------------------------
    def _stored_facts(self) -> list[DocumentFacts]:
        """Facts of every document the ledger knows, read from the ledger (files are not re-read)."""
        if self._facts is None:
            with self.store.engine.connect() as conn:
                rows = conn.execute(select(document_facts.c.document_id, document_facts.c.facts)).all()
            self._facts = {doc_id: DocumentFacts.model_validate_json(facts) for doc_id, facts in rows}
        with self.store.engine.connect() as conn:
            ids = list(
                dict.fromkeys(
                    conn.execute(
                        select(known_files.c.document_id)
                        .where(known_files.c.document_id.is_not(None))
                        .order_by(known_files.c.path)
                    ).scalars()
                )
            )
        return [self._facts[i] for i in ids if i in self._facts]

    def _publish(self, facts: list[DocumentFacts]) -> FactTable:
        """Swap the new table in here, and publish it (file and database) for the web process."""
        table = assemble(facts)
        write_table(table, self.settings.live_facts_path)
        self.store.publish_table(table_json(table))
        self.knowledge.swap(KnowledgeBase(table, self.settings.min_confidence))
        return table

    def load_current(self) -> None:
        """At start: the table from the ledger, so documents ingested before a restart are known at once."""
        facts = self._stored_facts()
        if facts:
            self._publish(facts)

    # Scanning ---------------------------------------------------------------------------------------------
    def _known(self) -> dict[str, tuple[int, int, str | None]]:
        with self.store.engine.connect() as conn:
            return {
                r.path: (r.size, r.mtime_ns, r.document_id)
                for r in conn.execute(
                    select(known_files.c.path, known_files.c.size, known_files.c.mtime_ns, known_files.c.document_id)
                )
            }

    def _channels(self) -> list[str]:
        return sorted(set(self.store.subscribed_channels()) | set(self.settings.digest_channels))

    def scan(self) -> ScanReport:
        """Step 1: find new and changed files, extract them, record them with their outbox rows, swap the table."""
        report = ScanReport()
        known = self._known()
        baseline = not self.store.flag_is_set("baseline")
        report.baseline = baseline
        now = self.clock()
        seen_paths: set[str] = set()
        fresh: list[tuple[str, os.stat_result, DocumentFacts | None, SkippedFile | None]] = []
        folder_shown = display_path(self.settings.seeds_dir, self.root)
        for path, stat in document_entries(self.settings.seeds_dir):
            shown = f"{folder_shown}/{path.name}"
            seen_paths.add(shown)
            previous = known.get(shown)
            if previous is not None and previous[:2] == (stat.st_size, stat.st_mtime_ns):
                report.unchanged += 1
                continue
            if not baseline and now - stat.st_mtime_ns / 1e9 < self.settle_seconds:
                report.waiting.append(shown)  # still being written: the next scan takes it
                continue
            try:
                document = read_document(path, self.settings.max_document_bytes, display_path=shown)
                fresh.append((shown, stat, extract_document(document), None))
            except UnreadableDocument as exc:
                skipped = SkippedFile(path=shown, reason=str(exc))
                fresh.append((shown, stat, None, skipped))
        removed = [p for p in known if p not in seen_paths]
        if not fresh and not removed and not baseline:
            return report
        present = {f.document.id for f in self._stored_facts()}
        new_facts = [f for _, _, f, _ in fresh if f is not None and f.document.id not in present]
        report.ingested = [f.document.path for f in new_facts]
        report.unreadable = [s for _, _, _, s in fresh if s is not None]
        announce = not baseline and bool(new_facts or report.unreadable)
        message = render_digest(new_facts, report.unreadable) if announce else None
        self._record(fresh, removed, new_facts, message, baseline)
        self._publish(self._stored_facts())
        return report

    def _record(
        self,
        fresh: list[tuple[str, os.stat_result, DocumentFacts | None, SkippedFile | None]],
        removed: list[str],
        new_facts: list[DocumentFacts],
        message: dict[str, Any] | None,
        baseline: bool,
    ) -> None:
        """The ingest, in one transaction: files, facts and this scan's outbox rows stand or fall together."""
        now = self.clock()
        scan_id = uuid.uuid4().hex
        with self.store.engine.begin() as conn:
            if baseline:
                conn.execute(insert(flags).values(name="baseline", set_at=now))
            for path in removed:
                conn.execute(delete(known_files).where(known_files.c.path == path))
            for shown, stat, facts, skipped in fresh:
                conn.execute(delete(known_files).where(known_files.c.path == shown))
                conn.execute(
                    insert(known_files).values(
                        path=shown,
                        size=stat.st_size,
                        mtime_ns=stat.st_mtime_ns,
                        seen_at=now,
                        baseline=message is None,
                        document_id=facts.document.id if facts else None,
                        error=skipped.reason if skipped else None,
                        title=facts.document.title if facts else None,
                    )
                )
                if facts is not None:
                    conn.execute(delete(document_facts).where(document_facts.c.document_id == facts.document.id))
                    conn.execute(
                        insert(document_facts).values(document_id=facts.document.id, facts=facts.model_dump_json())
                    )
                    if self._facts is not None:
                        self._facts[facts.document.id] = facts
            if message is not None:
                payload = json.dumps({**message, "scan_id": scan_id})
                for channel in self._channels():
                    conn.execute(
                        insert(digest_outbox).values(
                            scan_id=scan_id,
                            channel=channel,
                            payload=payload,
                            status="pending",
                            attempts=0,
                            created_at=now,
                        )
                    )
        if new_facts:
            log.info("ingested %d document(s) in scan %s", len(new_facts), scan_id)

    # Posting ----------------------------------------------------------------------------------------------
    def post_pending(self, report: ScanReport | None = None) -> ScanReport:
        """Step 2: send every pending digest message; each row is marked as soon as Slack has it."""
        report = report or ScanReport()
        if self.client is None:
            report.pending = self._count_pending()
            return report
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                select(digest_outbox).where(digest_outbox.c.status == "pending").order_by(digest_outbox.c.id)
            ).all()
        for row in rows:
            outcome = self._deliver(row)
            if outcome == "posted":
                report.posted += 1
            elif outcome == "skipped":
                report.skipped_channels.append(row.channel)
        report.pending = self._count_pending()
        return report

    def _count_pending(self) -> int:
        with self.store.engine.connect() as conn:
            return len(conn.execute(select(digest_outbox.c.id).where(digest_outbox.c.status == "pending")).all())

    def _mark(self, row_id: int, **values: Any) -> None:
        with self.store.engine.begin() as conn:
            conn.execute(update(digest_outbox).where(digest_outbox.c.id == row_id).values(**values))

    def _already_posted(self, channel: str, row_id: int) -> str | None:
        """The ts of a message this row already produced, found by its metadata in recent history."""
        assert self.client is not None
        try:
            history = self.client.conversations_history(channel=channel, limit=50, include_all_metadata=True)
        except (SlackApiError, OSError):
            return None
        for message in history.get("messages") or []:
            meta = message.get("metadata") or {}
            if meta.get("event_type") == METADATA_EVENT and meta.get("event_payload", {}).get("outbox_id") == row_id:
                return str(message.get("ts"))
        return None

    def _deliver(self, row: Any) -> str:
        assert self.client is not None
        if row.attempts > 0:
            ts = self._already_posted(row.channel, row.id)
            if ts is not None:
                self._mark(row.id, status="posted", message_ts=ts)
                return "posted"
        self._mark(row.id, attempts=row.attempts + 1)
        message = json.loads(row.payload)
        try:
            response = self.client.chat_postMessage(
                channel=row.channel,
                text=message["text"],
                blocks=message["blocks"],
                unfurl_links=False,
                metadata={
                    "event_type": METADATA_EVENT,
                    "event_payload": {"outbox_id": row.id, "scan_id": message["scan_id"]},
                },
            )
        except SlackApiError as exc:
            error = str(exc.response.get("error") or exc.response.status_code)
            if error in GONE_CHANNEL_ERRORS:
                log.warning("digest not posted to %s: %s; skipping that channel", row.channel, error)
                self._mark(row.id, status="skipped", last_error=error)
                return "skipped"
            log.warning("digest to %s failed (%s); it stays pending for the next run", row.channel, error)
            self._mark(row.id, last_error=error)
            return "pending"
        except OSError as exc:
            log.warning("digest to %s failed (%s); it stays pending for the next run", row.channel, exc)
            self._mark(row.id, last_error=str(exc))
            return "pending"
        self._mark(row.id, status="posted", message_ts=str(response.get("ts")))
        return "posted"

    def run_once(self) -> ScanReport:
        """One scan and post: the scheduler's job and ``usrok digest --once``."""
        report = self.scan()
        return self.post_pending(report)

    def latest_digest(self) -> tuple[str, list[Block]] | None:
        with self.store.engine.connect() as conn:
            payload = conn.execute(
                select(digest_outbox.c.payload).order_by(digest_outbox.c.id.desc()).limit(1)
            ).scalar_one_or_none()
        if payload is None:
            return None
        message = json.loads(payload)
        return message["text"], message["blocks"]
