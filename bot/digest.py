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
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.blocks import Block
from bot.digest_blocks import render_digest
from bot.knowledge_holder import KnowledgeHolder
from bot.settings import Settings
from bot.state import PendingDigest, ScannedFile, StateStore
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
            self._facts = self.store.stored_document_facts()
        return [self._facts[i] for i in self.store.known_document_ids() if i in self._facts]

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
    def _channels(self) -> list[str]:
        return sorted(set(self.store.subscribed_channels()) | set(self.settings.digest_channels))

    def scan(self) -> ScanReport:
        """Step 1: find new and changed files, extract them, record them with their outbox rows, swap the table."""
        report = ScanReport()
        known = self.store.known_files()
        baseline = not self.store.baseline_recorded()
        report.baseline = baseline
        now = self.clock()
        seen_paths: set[str] = set()
        fresh: list[ScannedFile] = []
        folder_shown = display_path(self.settings.seeds_dir, self.root)
        for path, stat in document_entries(self.settings.seeds_dir):
            shown = f"{folder_shown}/{path.name}"
            seen_paths.add(shown)
            previous = known.get(shown)
            if previous is not None and (previous.size, previous.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
                report.unchanged += 1
                continue
            if not baseline and now - stat.st_mtime_ns / 1e9 < self.settle_seconds:
                report.waiting.append(shown)  # still being written: the next scan takes it
                continue
            size, mtime_ns = stat.st_size, stat.st_mtime_ns
            try:
                document = read_document(path, self.settings.max_document_bytes, display_path=shown)
                fresh.append(ScannedFile(shown, size, mtime_ns, facts=extract_document(document)))
            except UnreadableDocument as exc:
                fresh.append(ScannedFile(shown, size, mtime_ns, skipped=SkippedFile(path=shown, reason=str(exc))))
        removed = [p for p in known if p not in seen_paths]
        if not fresh and not removed and not baseline:
            return report
        present = {f.document.id for f in self._stored_facts()}
        new_facts = [f.facts for f in fresh if f.facts is not None and f.facts.document.id not in present]
        report.ingested = [f.document.path for f in new_facts]
        report.unreadable = [f.skipped for f in fresh if f.skipped is not None]
        announce = not baseline and bool(new_facts or report.unreadable)
        message = render_digest(new_facts, report.unreadable) if announce else None
        self._record(fresh, removed, new_facts, message, baseline)
        self._publish(self._stored_facts())
        return report

    def _record(
        self,
        fresh: list[ScannedFile],
        removed: list[str],
        new_facts: list[DocumentFacts],
        message: dict[str, Any] | None,
        baseline: bool,
    ) -> None:
        """The ingest, in one transaction: files, facts and this scan's outbox rows stand or fall together."""
        scan_id = uuid.uuid4().hex
        self.store.record_scan(
            fresh,
            removed,
            baseline=baseline,
            scan_id=scan_id,
            digest_payload=json.dumps({**message, "scan_id": scan_id}) if message is not None else None,
            channels=self._channels() if message is not None else (),
        )
        if self._facts is not None:
            self._facts.update({f.facts.document.id: f.facts for f in fresh if f.facts is not None})
        if new_facts:
            log.info("ingested %d document(s) in scan %s", len(new_facts), scan_id)

    # Posting ----------------------------------------------------------------------------------------------
    def post_pending(self, report: ScanReport | None = None) -> ScanReport:
        """Step 2: send every pending digest message; each row is marked as soon as Slack has it."""
        report = report or ScanReport()
        if self.client is not None:
            for digest in self.store.pending_digests():
                outcome = self._deliver(self.client, digest)
                if outcome == "posted":
                    report.posted += 1
                elif outcome == "skipped":
                    report.skipped_channels.append(digest.channel)
        report.pending = self.store.count_pending_digests()
        return report

    def _already_posted(self, client: WebClient, digest: PendingDigest) -> str | None:
        """The ts of a message this digest already produced, found by its metadata in recent history."""
        try:
            history = client.conversations_history(channel=digest.channel, limit=50, include_all_metadata=True)
        except (SlackApiError, OSError):
            return None
        for message in history.get("messages") or []:
            meta = message.get("metadata") or {}
            if meta.get("event_type") == METADATA_EVENT and meta.get("event_payload", {}).get("outbox_id") == digest.id:
                return str(message.get("ts"))
        return None

    def _deliver(self, client: WebClient, digest: PendingDigest) -> str:
        if digest.attempts > 0:
            ts = self._already_posted(client, digest)
            if ts is not None:
                self.store.mark_digest_posted(digest.id, ts)
                return "posted"
        self.store.note_digest_attempt(digest.id, digest.attempts + 1)
        message = json.loads(digest.payload)
        try:
            response = client.chat_postMessage(
                channel=digest.channel,
                text=message["text"],
                blocks=message["blocks"],
                unfurl_links=False,
                metadata={
                    "event_type": METADATA_EVENT,
                    "event_payload": {"outbox_id": digest.id, "scan_id": message["scan_id"]},
                },
            )
        except SlackApiError as exc:
            error = str(exc.response.get("error") or exc.response.status_code)
            if error in GONE_CHANNEL_ERRORS:
                log.warning("digest not posted to %s: %s; skipping that channel", digest.channel, error)
                self.store.mark_digest_skipped(digest.id, error)
                return "skipped"
            log.warning("digest to %s failed (%s); it stays pending for the next run", digest.channel, error)
            self.store.note_digest_failure(digest.id, error)
            return "pending"
        except OSError as exc:
            log.warning("digest to %s failed (%s); it stays pending for the next run", digest.channel, exc)
            self.store.note_digest_failure(digest.id, str(exc))
            return "pending"
        self.store.mark_digest_posted(digest.id, str(response.get("ts")))
        return "posted"

    def run_once(self) -> ScanReport:
        """One scan and post: the scheduler's job and ``usrok digest --once``."""
        report = self.scan()
        return self.post_pending(report)

    def latest_digest(self) -> tuple[str, list[Block]] | None:
        """(fallback text, blocks) of the most recent digest, for ``/usrok digest``."""
        payload = self.store.latest_digest_payload()
        if payload is None:
            return None
        message = json.loads(payload)
        return message["text"], message["blocks"]
