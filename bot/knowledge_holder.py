"""The current knowledge, swapped whole when documents change, so a question never sees a half-built table."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from knowledge.answers import KnowledgeBase
from knowledge.table import load_table


class KnowledgeHolder:
    """Holds one KnowledgeBase; ``swap`` replaces it in one reference assignment (atomic in CPython).

    With ``watch`` set, ``get`` also picks up a table file the worker process rewrote (checked at most
    every ``check_every`` seconds), which is how the web process learns new documents.
    """

    def __init__(
        self,
        knowledge: KnowledgeBase,
        watch: Path | None = None,
        check_every: float = 2.0,
        min_confidence: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._knowledge = knowledge
        self._watch = watch
        self._check_every = check_every
        self._min_confidence = min_confidence if min_confidence is not None else knowledge.min_confidence
        self._clock = clock
        self._next_check = 0.0
        self._mtime = self._stat()
        self._lock = threading.Lock()

    def _stat(self) -> int | None:
        try:
            return self._watch.stat().st_mtime_ns if self._watch else None
        except OSError:
            return None

    def get(self) -> KnowledgeBase:
        if self._watch is not None and self._clock() >= self._next_check and self._lock.acquire(blocking=False):
            try:
                self._next_check = self._clock() + self._check_every
                mtime = self._stat()
                if mtime is not None and mtime != self._mtime:
                    self._mtime = mtime
                    self._knowledge = KnowledgeBase(load_table(self._watch), self._min_confidence)
            except ValueError:
                pass  # a table being replaced; the next check picks it up
            finally:
                self._lock.release()
        return self._knowledge

    def swap(self, knowledge: KnowledgeBase) -> None:
        self._knowledge = knowledge
