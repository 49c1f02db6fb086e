"""The table the worker keeps current from the ledger: rebuilt after a scan, swapped in, published for the rest."""

from __future__ import annotations

from collections.abc import Sequence

from bot.knowledge_holder import KnowledgeHolder
from bot.metrics import Metrics
from bot.settings import Settings
from bot.state import ScannedFile, StateStore
from knowledge.build import assemble, table_json, write_table
from knowledge.models import DocumentFacts, FactTable


class TableBuilder:
    """Facts of the documents present, read from the ledger once and then kept in memory, made into the table."""

    def __init__(self, settings: Settings, store: StateStore, knowledge: KnowledgeHolder, metrics: Metrics) -> None:
        self.settings = settings
        self.store = store
        self.knowledge = knowledge
        self.metrics = metrics
        self._facts: dict[str, DocumentFacts] | None = None

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
            self._swap(assemble(facts))

    def publish(self, fresh: Sequence[ScannedFile], removed: Sequence[str]) -> FactTable:
        """After a recorded scan: the new table, swapped in here and published (file and database) for the others."""
        self._stored().update({f.facts.document.id: f.facts for f in fresh if f.facts is not None})
        table = assemble(self.current_facts())
        self._swap(table)
        return table

    def _swap(self, table: FactTable) -> None:
        write_table(table, self.settings.live_facts_path)
        version = self.store.publish_table(table_json(table))
        self.knowledge.swap(self.knowledge.build(table), version)
        self.metrics.documents.set(len(table.documents))
        self.metrics.table_version.set(version)
