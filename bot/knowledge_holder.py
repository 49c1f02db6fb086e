"""The current knowledge, swapped whole when documents change, so a question never sees a half-built table."""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from bot.metrics import Metrics
from bot.state import StateStore
from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.result import Answer
from knowledge.models import FactTable

log = logging.getLogger("usrok.knowledge")


def settle_in() -> None:
    """Tell the cyclic garbage collector to leave the objects alive now alone (``gc.freeze``): the knowledge in
    hand lives until the next swap, and walking its millions of objects again in a full collection took over a
    second at 10,000 documents, falling in the middle of the first answers after an ingest. Objects freed later
    by reference counting (a table swapped out) are freed as ever; only cycles among them would stay."""
    gc.freeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while the knowledge is extended: the extension makes objects that all live on
    (to be frozen by ``settle_in`` at the swap), and the young-generation collections walking them again and again
    took 40 ms of the 0.3 s an extension by 100 documents took at 10,000. What it frees, reference counting frees.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class TableSource(Protocol):
    """Where the worker publishes the table it keeps current, for other processes to pick up."""

    def version(self) -> Hashable | None: ...

    def load(self) -> FactTable: ...


class StoreTableSource:
    """The table published in the state database: works across hosts when USROK_DB is shared (PostgreSQL)."""

    def __init__(self, store: StateStore) -> None:
        self.store = store

    def version(self) -> Hashable | None:
        return self.store.published_table_version()

    def load(self) -> FactTable:
        text = self.store.published_table()
        if text is None:
            raise ValueError("no table has been published yet")
        return FactTable.model_validate_json(text)


class CountedKnowledgeBase(KnowledgeBase):
    """A KnowledgeBase that counts its answers and abstentions in ``metrics``."""

    def __init__(self, table: FactTable, min_confidence: float, metrics: Metrics) -> None:
        super().__init__(table, min_confidence)
        self.metrics = metrics
        # The two series looked up once: ``labels`` takes a lock and builds a key on every call.
        self._abstained, self._answered = metrics.answers.labels("abstained"), metrics.answers.labels("answered")

    def answer(self, *args: Any, **kwargs: Any) -> Answer:
        result = super().answer(*args, **kwargs)
        (self._abstained if result.abstained else self._answered).inc()
        return result


class KnowledgeHolder:
    """Holds one KnowledgeBase; ``swap`` replaces it in one reference assignment (atomic in CPython).

    With a ``source``, ``get`` also notices a table the worker process published (checked at most every
    ``check_every`` seconds), which is how the web process learns new documents. A large table takes seconds
    to index, longer than Slack waits for an answer, so by default it is loaded in the background while
    questions keep getting answers from the table in hand.
    """

    def __init__(
        self,
        knowledge: KnowledgeBase,
        source: TableSource | None = None,
        check_every: float = 2.0,
        min_confidence: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        background: bool = True,
        wall_clock: Callable[[], float] = time.time,
        metrics: Metrics | None = None,
        version: Hashable | None = None,
    ) -> None:
        self._knowledge = knowledge
        self._wall_clock = wall_clock
        self.updated_at = wall_clock()  # when the table in hand arrived (shown on the home tab)
        self.metrics = metrics
        self._source = source
        self._check_every = check_every
        self._min_confidence = min_confidence if min_confidence is not None else knowledge.min_confidence
        self._clock = clock
        self._background = background
        self._next_check = 0.0
        self._version = version if version is not None or source is None else source.version()
        self._lock = threading.Lock()
        self.reloaded = threading.Event()  # set after each reload from the source

    def get(self) -> KnowledgeBase:
        if self._source is not None and self._clock() >= self._next_check and self._lock.acquire(blocking=False):
            self._next_check = self._clock() + self._check_every
            try:
                version = self._source.version()
            except Exception:
                log.exception("could not check for a newer table")
                version = None
            if version is None or version == self._version:
                self._lock.release()
            elif self._background:
                threading.Thread(target=self._reload, args=(version,), daemon=True, name="usrok-reload").start()
            else:
                self._reload(version)
        return self._knowledge

    def _reload(self, version: Hashable) -> None:
        """Load the published table and swap it in; runs with the lock held and releases it."""
        try:
            assert self._source is not None
            self._knowledge = self.build(self._source.load())
            settle_in()
            self.updated_at = self._wall_clock()
            self._version = version
            self.reloaded.set()
        except ValueError as exc:
            log.warning("could not load the published table yet: %s", exc)
        finally:
            self._lock.release()

    def build(self, table: FactTable) -> KnowledgeBase:
        """A KnowledgeBase for ``table`` (counting its answers when the holder has metrics)."""
        if self.metrics is not None:
            return CountedKnowledgeBase(table, self._min_confidence, self.metrics)
        return KnowledgeBase(table, self._min_confidence)

    def swap(self, knowledge: KnowledgeBase, version: Hashable | None = None) -> None:
        """Answer from ``knowledge`` from now on; ``version`` is the published table it is (not reloaded again)."""
        self._knowledge = knowledge
        self.updated_at = self._wall_clock()
        if version is not None:
            self._version = version
        settle_in()

    @property
    def current(self) -> KnowledgeBase:
        """The knowledge in hand, without looking for a newer published table (the worker extends it)."""
        return self._knowledge

    def published(self, version: Hashable) -> None:
        """This process published ``version`` from the knowledge it holds (or held: an extension swapped in since
        is newer still), so that version is not to be reloaded from the source."""
        self._version = version

    @property
    def version(self) -> Hashable | None:
        """The published table version in use (None: the committed table, or one never published)."""
        return self._version
