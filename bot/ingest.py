"""The table the worker keeps current from the ledger: extended after a scan, swapped in, published for the rest.

A scan's critical path is reading the new files, recording them and queueing their digest: a fraction of a
second for 100 documents. The knowledge in hand is then extended by the documents that came and went
(``KnowledgeBase.extended``: proportional to the change, not the table), so the new documents answer as soon as
the scan ends. Publishing the table for other processes (its JSON, proportional to the whole table) and building
a table from scratch (at start, or when most of the table changed) take seconds at 10,000 documents, so with
``background=True`` (the worker) they run on one thread of their own, newest request first and coalesced; the
JSON is made in pieces with a pause between them, so that thread never keeps a question waiting for long.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Mapping, Sequence

from bot.knowledge_holder import KnowledgeHolder, collector_paused, settle_in
from bot.ledger import present_document_ids
from bot.metrics import Metrics
from bot.settings import Settings
from bot.state import KnownFile, ScannedFile, StateStore
from knowledge.answer.answers import KnowledgeBase
from knowledge.build import assemble, table_json, table_json_parts, write_table
from knowledge.models import DocumentFacts, FactTable

REBUILD_SHARE = 0.5
"""A change to more than this share of the table's documents builds the table anew instead of extending it."""

YIELD_SECONDS = 0.0005
"""The background publish pauses this long between pieces of the table's JSON, so questions arriving meanwhile
(the first ones about the new documents) are answered at once instead of after the whole table is serialised."""

log = logging.getLogger("usrok.ingest")


def _yielding(parts: Iterator[str]) -> Iterator[str]:
    for part in parts:
        yield part
        time.sleep(YIELD_SECONDS)  # lets the threads answering questions have the interpreter


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
        # The newest table asked for, not yet built or published: facts to build from, or a table already in use.
        self._wanted: list[DocumentFacts] | FactTable | None = None
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
        return [stored[i] for i in self._current_ids()]

    def _current_ids(self) -> list[str]:
        stored = self._stored()
        return [i for i in self.store.known_document_ids() if i in stored]

    def load_current(self) -> None:
        """At start: the table from the ledger, so documents ingested before a restart are known at once."""
        facts = self.current_facts()
        if facts:
            self._swap(facts)

    def publish(self, fresh: Sequence[ScannedFile], ledger: Mapping[str, KnownFile]) -> None:
        """After a recorded scan: the new table, swapped in here and published (file and database) for the others.
        ``ledger``: the ledger as the scan left it (``bot.ledger``), so the documents present are not read again."""
        stored = self._stored()
        stored.update({f.facts.document.id: f.facts for f in fresh if f.facts is not None})
        extended = self._extend(ledger)
        wanted: list[DocumentFacts] | FactTable
        if extended is None:
            wanted = [stored[i] for i in present_document_ids(ledger) if i in stored]
        else:
            wanted = extended.table
        if not self.background:
            self._build(wanted)
            return
        with self._changed:
            self._wanted = wanted
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
                wanted, self._wanted, self._busy = self._wanted, None, True
            try:
                assert wanted is not None
                self._build(wanted)
            except Exception:
                log.exception("building the new table failed; the next scan will try again")
            finally:
                with self._changed:
                    self._busy = False
                    self._changed.notify_all()

    def _extend(self, ledger: Mapping[str, KnownFile]) -> KnowledgeBase | None:
        """The knowledge in hand extended to the documents the ledger has present and swapped in, when it holds
        most of them already (compared by id: neither the documents' models nor the ledger's paths are sorted;
        only the documents to add are put in path order)."""
        current = self.knowledge.current
        held = current.views.documents.keys()
        stored = self._stored()
        wanted = {f.document_id for f in ledger.values() if f.document_id is not None}
        wanted.intersection_update(stored.keys())
        missing = wanted.difference(held)
        removed = held - wanted
        if not held or len(missing) + len(removed) > REBUILD_SHARE * len(wanted):
            return None
        first_paths = sorted((f.path, f.document_id) for f in ledger.values() if f.document_id in missing)
        added = [stored[i] for i in dict.fromkeys(i for _, i in first_paths)]
        started = time.perf_counter()
        with collector_paused():
            knowledge = current.extended(added, removed)
            self.knowledge.swap(knowledge)
        took = time.perf_counter() - started
        log.debug("knowledge extended by %d, less %d, in %.3f s", len(added), len(removed), took)
        return knowledge

    def _build(self, wanted: list[DocumentFacts] | FactTable) -> None:
        """Publish ``wanted``: a table in use already (extended), or facts to build a new one from and swap in."""
        if isinstance(wanted, FactTable):
            self._publish(wanted, None)
            self.knowledge.current.views.warm()  # what the extension left to first use, made off the answering path
            settle_in()  # and left out of the collector's full walks, like the rest of the knowledge in hand
        else:
            self._swap(wanted)

    def _swap(self, facts: list[DocumentFacts]) -> FactTable:
        table = assemble(facts)
        self._publish(table, self.knowledge.build(table))
        return table

    def _publish(self, table: FactTable, knowledge: KnowledgeBase | None) -> None:
        """The table published (database and file) for other processes; ``knowledge`` swapped in as it."""
        started = time.perf_counter()
        text = table_json(table) if not self.background else "".join(_yielding(table_json_parts(table)))
        version = self.store.publish_table(text)
        if knowledge is not None:
            self.knowledge.swap(knowledge, version)
        else:
            self.knowledge.published(version)
        write_table(table, self.settings.live_facts_path, text=text)
        self.metrics.documents.set(len(table.documents))
        self.metrics.table_version.set(version)
        log.debug("table %s published in %.2f s", version, time.perf_counter() - started)
