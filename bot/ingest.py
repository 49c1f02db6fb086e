"""The table the worker keeps current from the ledger: rebuilt after a scan, swapped in, published for the rest.

A scan's critical path is reading the new files, recording them and queueing their digest: a fraction of a
second for 100 documents. Building the table's index is proportional to the whole table (seconds at 10,000
documents), so with ``background=True`` (the worker) it runs on one thread of its own, newest request first and
coalesced: questions keep getting answers from the table in hand until the new one is swapped in, as the web
process does when it picks up a published table.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence

from bot.knowledge_holder import KnowledgeHolder
from bot.metrics import Metrics
from bot.settings import Settings
from bot.state import ScannedFile, StateStore
from knowledge.build import assemble, table_json, write_table
from knowledge.models import DocumentFacts, FactTable

log = logging.getLogger("usrok.ingest")


class TableBuilder:
    """Facts of the documents present, read from the ledger once and then kept in memory, made into the table."""

    def __init__(
        self,
        settings: Settings,
        store: StateStore,
        knowledge: KnowledgeHolder,
        metrics: Metrics,
        background: bool = False,
    ) -> None:
        self.settings = settings
        self.store = store
        self.knowledge = knowledge
        self.metrics = metrics
        self.background = background
        self._facts: dict[str, DocumentFacts] | None = None
        self._wanted: list[DocumentFacts] | None = None  # the newest table asked for, not yet built
        self._busy = False
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None

    def _stored(self) -> dict[str, DocumentFacts]:
        if self._facts is None:
            self._facts = self.store.stored_document_facts()
        return self._facts

    def current_facts(self) -> list[DocumentFacts]:
        """Facts of every document whose file is present, in path order (files are not re-read)."""
        stored = self._stored()
        return [stored[i] for i in self.store.known_document_ids() if i in stored]

    def present_ids(self) -> set[str]:
        return set(self.store.known_document_ids())

    def load_current(self) -> None:
        """At start: the table from the ledger, so documents ingested before a restart are known at once."""
        facts = self.current_facts()
        if facts:
            self._swap(facts)

    def publish(self, fresh: Sequence[ScannedFile], removed: Sequence[str]) -> None:
        """After a recorded scan: the new table, swapped in here and published (file and database) for the others."""
        self._stored().update({f.facts.document.id: f.facts for f in fresh if f.facts is not None})
        facts = self.current_facts()
        if not self.background:
            self._swap(facts)
            return
        with self._changed:
            self._wanted = facts
            if self._thread is None:
                self._thread = threading.Thread(target=self._build_loop, daemon=True, name="usrok-table")
                self._thread.start()
            self._changed.notify_all()

    def wait(self, timeout: float | None = None) -> bool:
        """Until every table asked for is built and published (``digest --once`` waits before it exits)."""
        with self._changed:
            return self._changed.wait_for(lambda: self._wanted is None and not self._busy, timeout)

    def _build_loop(self) -> None:
        while True:
            with self._changed:
                self._changed.wait_for(lambda: self._wanted is not None)
                facts, self._wanted, self._busy = self._wanted, None, True
            try:
                assert facts is not None
                self._swap(facts)
            except Exception:
                log.exception("building the new table failed; the next scan will try again")
            finally:
                with self._changed:
                    self._busy = False
                    self._changed.notify_all()

    def _swap(self, facts: list[DocumentFacts]) -> FactTable:
        started = time.perf_counter()
        table = assemble(facts)
        knowledge = self.knowledge.build(table)
        text = table_json(table)
        version = self.store.publish_table(text)
        self.knowledge.swap(knowledge, version)
        write_table(table, self.settings.live_facts_path, text=text)
        self.metrics.documents.set(len(table.documents))
        self.metrics.table_version.set(version)
        log.debug("table %s built in %.2f s", version, time.perf_counter() - started)
        return table
