"""Reading a scan's files with the helper process: the same results, in the same order, as reading them here."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench.corpus import write_corpus
from bot.file_reading import MANY_FILES, FileReader, Item, read_files
from knowledge.models import DocumentFacts


def _items(paths: list[Path]) -> list[Item]:
    return [(p, p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in paths]


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="the helper is used only with a second core")
def test_files_shared_with_the_helper_come_back_in_order_as_if_read_here(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, 2 * MANY_FILES + 1)
    (tmp_path / "empty.txt").write_bytes(b"")
    first, second = _items(paths[:MANY_FILES]), _items([*paths[MANY_FILES:], tmp_path / "empty.txt"])
    prepared: list[DocumentFacts] = []
    reader = FileReader(2_000_000, helper=True, prepare=prepared.append)
    try:
        assert reader.read(first) == read_files(first, 2_000_000)  # read here while the helper starts
        shared = reader.read(second)  # every other file read by the helper
    finally:
        reader.close()
    assert shared == read_files(second, 2_000_000)
    assert shared[-1] is not None and shared[-1].skipped is not None  # the empty file, reported unreadable
    here = {s.facts.document.id for s in shared[1::2] if s is not None and s.facts is not None}
    assert {f.document.id for f in prepared} <= here  # only what was read here, while the helper read
