"""Reading and extracting the files a scan found new, on a second core when there are many.

Extraction is pure Python and holds the interpreter, so threads would not share it; a helper process can. The
helper is started by a fork server (a fresh interpreter: none of the worker's threads or locks come with it) the
first time a scan has many files to read, and that scan reads them here while it starts, so starting it never
delays one; later scans send every other file to it and read the rest here, then, while the helper finishes,
``prepare`` what was read here for what comes next (the scanner warms the normal forms the extension of the
knowledge will ask for). Each file is read as before (``read_listed``: no link out of the folder, no pipe), in
the helper or here, and the results come back in the order of the files. Should the helper die, its files are
read here and no helper is used again.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from bot.state import ScannedFile
from knowledge.extract.document_facts import extract_document
from knowledge.extract.documents import UnreadableDocument
from knowledge.folder import read_listed
from knowledge.models import DocumentFacts, SkippedFile

MANY_FILES = 32
"""A scan reading at least this many files shares them with the helper (fewer are read here: sending them and
their facts back costs more than it saves)."""

log = logging.getLogger("usrok.reading")

Item = tuple[Path, str, int, int]  # the file, its shown path, its size and its modification time


def read_file(path: Path, shown: str, size: int, mtime_ns: int, max_bytes: int) -> ScannedFile | None:
    """A new or changed file's facts, or why it could not be read; None when it was deleted since the listing."""
    try:
        document = read_listed(path, max_bytes, display_path=shown)
    except UnreadableDocument as exc:
        if isinstance(exc.__cause__, FileNotFoundError):
            return None
        return ScannedFile(shown, size, mtime_ns, skipped=SkippedFile(path=shown, reason=str(exc)))
    return ScannedFile(shown, size, mtime_ns, facts=extract_document(document))


def read_files(items: Sequence[Item], max_bytes: int) -> list[ScannedFile | None]:
    return [read_file(*item, max_bytes) for item in items]


class FileReader:
    """Reads a scan's files, with a helper process when ``helper`` is allowed and the machine has a second core."""

    def __init__(
        self, max_bytes: int, helper: bool = False, prepare: Callable[[DocumentFacts], None] | None = None
    ) -> None:
        self.max_bytes = max_bytes
        self.prepare = prepare
        self._allowed = helper and (os.cpu_count() or 1) > 1
        self._pool: ProcessPoolExecutor | None = None

    def read(self, items: Sequence[Item]) -> list[ScannedFile | None]:
        """Each file's result, in the order given."""
        if len(items) < MANY_FILES or not self._allowed:
            return read_files(items, self.max_bytes)
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("forkserver"))
            # Started (importing this) while this scan reads here, and made to read one of its files too, result
            # unused: extracting the first document compiles the rules' patterns, which cost the first scan that
            # shared its files 20-30 ms.
            self._pool.submit(read_files, items[:1], self.max_bytes)
            return read_files(items, self.max_bytes)
        sent: Future[list[ScannedFile | None]] = self._pool.submit(read_files, items[::2], self.max_bytes)
        here = read_files(items[1::2], self.max_bytes)
        self._prepared(here, sent)
        try:
            there = sent.result()
        except BrokenProcessPool:
            log.warning("the helper reading files stopped; reading them here from now on")
            self._allowed, self._pool = False, None
            there = read_files(items[::2], self.max_bytes)
        results: list[ScannedFile | None] = [None] * len(items)
        results[::2], results[1::2] = there, here
        return results

    def _prepared(self, results: list[ScannedFile | None], sent: Future[list[ScannedFile | None]]) -> None:
        """``prepare`` the documents read here, one by one while the helper is still reading (they took 15-35 ms
        less than its share: the same work later, on the scan's path, is what this saves)."""
        for scanned in results:
            if self.prepare is None or sent.done():
                return
            if scanned is not None and scanned.facts is not None:
                self.prepare(scanned.facts)

    def close(self) -> None:
        """Stops the helper, if one was started."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
