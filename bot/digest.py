"""Watching the documents folder: ingest new documents, swap the table, post each digest exactly once.

One scan has two steps with a durable ledger between them:

1. *Ingest* (one process at a time: the one holding the scanner lease): new or changed files (not those
   still being written) are extracted; in one transaction — which first checks the lease is still held —
   the files, their facts and one outbox row per subscribed channel are recorded. Then the new table is
   swapped in and published, so every process knows them.
2. *Post* (any process): pending outbox rows are claimed one at a time and sent (``bot.posting``).

A file is announced once, under its first readable version: a later change to the same file (a writer that
paused longer than the settle time, an edit) updates the table without a second announcement. The same content
under two names is one document. Links to outside the folder are refused (``knowledge.build.list_folder``).
A file that vanishes mid-scan was removed, not unreadable. The files present at the first start are the
baseline: known, never announced.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from slack_sdk import WebClient

from bot.blocks import Block
from bot.digest_blocks import render_digest
from bot.file_reading import FileReader, Item
from bot.ingest import TableBuilder
from bot.knowledge_holder import KnowledgeHolder
from bot.ledger import Ledger
from bot.metrics import Metrics
from bot.outbox import DigestOutbox, LeaseLost, Leases
from bot.posting import DigestPoster
from bot.settings import Settings
from bot.state import KnownFile, ScannedFile, StateStore
from knowledge.answer.index_change import warm_forms
from knowledge.build import display_path
from knowledge.folder import list_folder
from knowledge.models import DocumentFacts, SkippedFile

log = logging.getLogger("usrok.digest")


def process_id() -> str:
    """Who holds a lease or a claim: host, process and a random part (a restarted process is someone new)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass
class ScanReport:
    scanned: bool = True  # False when another process holds the scanner lease
    baseline: bool = False
    ingested: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)  # files changed since they were announced: not again
    unreadable: list[SkippedFile] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    unchanged: int = 0
    posted: int = 0
    skipped_channels: list[str] = field(default_factory=list)
    unconfirmed: list[str] = field(default_factory=list)
    pending: int = 0

    def summary(self) -> str:
        if not self.scanned:
            parts = ["scan left to the process holding the scanner lease"]
        else:
            parts = [
                "baseline recorded" if self.baseline else f"{len(self.ingested)} new document(s)",
                f"{self.unchanged} unchanged",
                f"{len(self.waiting)} still being written",
                f"{len(self.unreadable)} unreadable",
            ]
            if self.updated:
                parts.append(f"{len(self.updated)} updated")
        parts += [f"{self.posted} digest message(s) posted", f"{self.pending} pending"]
        if self.skipped_channels:
            parts.append("skipped channels: " + ", ".join(self.skipped_channels))
        if self.unconfirmed:
            parts.append("not re-posted, history unreadable: " + ", ".join(self.unconfirmed))
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
        quiet_seconds: float = 30.0,
        holder: str | None = None,
        metrics: Metrics | None = None,
        background_index: bool = False,
    ) -> None:
        self.settings = settings
        self.store = store
        self.knowledge = knowledge
        self.client = client
        self.clock = clock
        self.settle_seconds = settle_seconds
        self.quiet_seconds = quiet_seconds
        self._sightings: dict[str, tuple[int, int]] = {}  # new files seen by this process, not yet taken
        self.holder = holder or process_id()
        self.metrics = metrics or knowledge.metrics or Metrics()
        self.root = settings.seeds_dir.resolve().parent
        self.outbox = DigestOutbox(store, self.holder, settings.claim_seconds)
        self.leases = Leases(store, self.holder, settings.scanner_lease)
        self.poster = DigestPoster(self.outbox, client, self.metrics)
        self.tables = TableBuilder(settings, store, knowledge, self.metrics, background=background_index)
        self.ledger = Ledger(store)
        self.reader = FileReader(settings.max_document_bytes, helper=background_index, prepare=warm_forms)

    def load_current(self) -> None:
        """At start: the table from the ledger, so documents ingested before a restart are known at once."""
        self.tables.load_current()

    # Scanning ---------------------------------------------------------------------------------------------
    def _channels(self) -> list[str]:
        return sorted(set(self.store.subscribed_channels()) | set(self.settings.digest_channels))

    def scan(self) -> ScanReport:
        """Step 1, under the scanner lease: find new and changed files, extract and record them, swap the table."""
        report = ScanReport()
        if not self.leases.acquire():
            report.scanned = False
            return report
        started = time.perf_counter()
        try:
            with self.leases.kept():
                self._scan(report)
        except LeaseLost as exc:
            log.warning("scan dropped: %s", exc)
            report.scanned = False
        finally:
            self.metrics.scan_seconds.observe(time.perf_counter() - started)
        return report

    def _scan(self, report: ScanReport) -> None:
        recorded, version = self.store.ledger_state()
        baseline = not recorded
        known = self.ledger.files(version)
        report.baseline = baseline
        now = self.clock()
        seen_paths: set[str] = set()
        fresh: list[ScannedFile] = []
        folder_shown = display_path(self.settings.seeds_dir, self.root)
        listing = list_folder(self.settings.seeds_dir)
        for path, stat, reason in listing.refused:
            shown = f"{folder_shown}/{path.name}"
            seen_paths.add(shown)
            if not self._unchanged(known.get(shown), stat):
                fresh.append(
                    ScannedFile(shown, stat.st_size, stat.st_mtime_ns, skipped=SkippedFile(path=shown, reason=reason))
                )
        to_read: list[Item] = []
        prefix = f"{folder_shown}/"
        for name, stat in listing.named:  # every file of the folder: kept lean
            shown = prefix + name
            previous = known.get(shown)
            if previous is not None and previous.mtime_ns == stat.st_mtime_ns and previous.size == stat.st_size:
                seen_paths.add(shown)
                report.unchanged += 1
                continue
            if not baseline and not self._settled(shown, stat, now):
                seen_paths.add(shown)
                report.waiting.append(shown)  # still being written: the next scan takes it
                continue
            self._sightings.pop(shown, None)
            to_read.append((listing.folder / name, shown, stat.st_size, stat.st_mtime_ns))
        for scanned in self.reader.read(to_read):
            if scanned is not None:  # None: deleted since the listing, so removed like any other
                seen_paths.add(scanned.path)
                fresh.append(scanned)
        removed = [p for p in known if p not in seen_paths]
        self._sightings = {p: seen for p, seen in self._sightings.items() if p in seen_paths}  # gone: forgotten
        if not fresh and not removed and not baseline:
            self.store.note_scan()
            return
        present = {f.document_id for f in known.values() if f.document_id is not None}  # as the ledger has it
        new_facts: dict[str, DocumentFacts] = {}
        for file in fresh:
            previous = known.get(file.path)
            if file.facts is None or file.facts.document.id in present:
                continue
            if previous is not None and previous.document_id is not None:
                report.updated.append(file.path)  # announced under an earlier version
                continue
            new_facts.setdefault(file.facts.document.id, file.facts)  # the same content twice is one document
        report.ingested = [f.document.path for f in new_facts.values()]
        report.unreadable = [f.skipped for f in fresh if f.skipped is not None]
        announce = not baseline and bool(new_facts or report.unreadable)
        message = render_digest(list(new_facts.values()), report.unreadable) if announce else None
        ledger = self._record(fresh, removed, list(new_facts.values()), message, baseline)
        self.tables.publish(fresh, ledger)

    def _settled(self, shown: str, stat: os.stat_result, now: float) -> bool:
        """Whether a new or changed file looks finished: untouched for ``settle_seconds``, and then either quiet
        for ``quiet_seconds`` or the same as this process saw it one scan ago (a writer that pauses between
        parts is not caught mid-file by a scan that happens to fall in a pause)."""
        age = now - stat.st_mtime_ns / 1e9
        if age < self.settle_seconds:
            return False
        if age >= self.quiet_seconds:
            return True
        seen, self._sightings[shown] = self._sightings.get(shown), (stat.st_size, stat.st_mtime_ns)
        return seen == (stat.st_size, stat.st_mtime_ns)

    @staticmethod
    def _unchanged(previous: KnownFile | None, stat: os.stat_result) -> bool:
        return previous is not None and (previous.size, previous.mtime_ns) == (stat.st_size, stat.st_mtime_ns)

    def _record(
        self,
        fresh: list[ScannedFile],
        removed: list[str],
        new_facts: list[DocumentFacts],
        message: dict[str, Any] | None,
        baseline: bool,
    ) -> dict[str, KnownFile]:
        """The ingest, in one transaction: files, facts and this scan's outbox rows stand or fall together.
        Returns the ledger as it made it."""
        scan_id = uuid.uuid4().hex
        version = self.store.record_scan(
            fresh,
            removed,
            baseline=baseline,
            scan_id=scan_id,
            digest_payload=json.dumps({**message, "scan_id": scan_id}) if message is not None else None,
            channels=self._channels() if message is not None else (),
            fence=self.leases.fence(),
        )
        ledger = self.ledger.recorded(fresh, removed, version)
        self.store.note_scan()
        if new_facts:
            log.info("ingested %d document(s) in scan %s", len(new_facts), scan_id)
        return ledger

    # Posting ----------------------------------------------------------------------------------------------
    def post_pending(self, report: ScanReport | None = None) -> ScanReport:
        """Step 2: send every pending digest message this process can claim."""
        report = report or ScanReport()
        posts = self.poster.post_pending()
        report.posted += posts.posted
        report.skipped_channels += posts.skipped_channels
        report.unconfirmed += posts.unconfirmed
        report.pending = posts.pending
        return report

    def run_once(self) -> ScanReport:
        """Post, scan (when this process holds the scanner lease), post: the scheduler's job and ``digest --once``.

        Posting first sends what earlier runs left pending before a long scan (a huge document) can delay it.
        """
        earlier = self.post_pending()
        report = self.post_pending(self.scan())
        report.posted += earlier.posted
        report.skipped_channels[:0] = earlier.skipped_channels
        report.unconfirmed[:0] = earlier.unconfirmed
        return report

    def release(self, timeout: float = 600.0) -> None:
        """A clean exit: the table being built is published first, then the scanner lease is let go, so another
        process scans without waiting for it to expire."""
        self.tables.wait(timeout)
        self.reader.close()
        self.leases.release()

    def latest_digest(self) -> tuple[str, list[Block]] | None:
        """(fallback text, blocks) of the most recent digest, for ``/usrok digest``."""
        payload = self.store.latest_digest_payload()
        if payload is None:
            return None
        message = json.loads(payload)
        return message["text"], message["blocks"]
