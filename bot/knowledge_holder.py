"""The current knowledge, swapped whole when documents change, so a question never sees a half-built table."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from knowledge.answers import KnowledgeBase
from knowledge.table import load_table

log = logging.getLogger("usrok.knowledge")


class KnowledgeHolder:
    """Holds one KnowledgeBase; ``swap`` replaces it in one reference assignment (atomic in CPython).

    With ``watch`` set, ``get`` also notices a table file the worker process rewrote (checked at most
    every ``check_every`` seconds), which is how the web process learns new documents. A large table takes
    seconds to index, longer than Slack waits for an answer, so by default it is loaded in the background
    while questions keep getting answers from the table in hand.
    """

    def __init__(
        self,
        knowledge: KnowledgeBase,
        watch: Path | None = None,
        check_every: float = 2.0,
        min_confidence: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        background: bool = True,
    ) -> None:
        self._knowledge = knowledge
        self._watch = watch
        self._check_every = check_every
        self._min_confidence = min_confidence if min_confidence is not None else knowledge.min_confidence
        self._clock = clock
        self._background = background
        self._next_check = 0.0
        self._mtime = self._stat()
        self._lock = threading.Lock()
        self.reloaded = threading.Event()  # set after each reload from the watched file

    def _stat(self) -> int | None:
        try:
            return self._watch.stat().st_mtime_ns if self._watch else None
        except OSError:
            return None

    def get(self) -> KnowledgeBase:
        if self._watch is not None and self._clock() >= self._next_check and self._lock.acquire(blocking=False):
            self._next_check = self._clock() + self._check_every
            mtime = self._stat()
            if mtime is None or mtime == self._mtime:
                self._lock.release()
            elif self._background:
                threading.Thread(target=self._reload, args=(mtime,), daemon=True, name="usrok-reload").start()
            else:
                self._reload(mtime)
        return self._knowledge

    def _reload(self, mtime: int) -> None:
        """Load the watched table and swap it in; runs with the lock held and releases it."""
        try:
            assert self._watch is not None
            self._knowledge = KnowledgeBase(load_table(self._watch), self._min_confidence)
            self._mtime = mtime
            self.reloaded.set()
        except ValueError as exc:
            log.warning("could not load the published table yet: %s", exc)
        finally:
            self._lock.release()

    def swap(self, knowledge: KnowledgeBase) -> None:
        self._knowledge = knowledge
