"""Benchmark: scanning a folder of 10,000 unchanged documents, and ingesting 100 new ones.

The ingest is timed as the worker runs it: reading, extracting and recording the new files with their digest and
extending the knowledge in hand (the scan), then a question about one of the new documents answered, then,
separately, the new table published in the background for the other processes (its JSON in the database).

.venv/bin/python -m bench.digest_bench [--docs 10000] [--new 100]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from bench.corpus import write_corpus
from bot.digest import DigestService
from bot.knowledge_holder import KnowledgeHolder
from bot.settings import load_settings
from bot.state import StateStore
from knowledge.answer.answers import KnowledgeBase
from knowledge.build import extract_files
from knowledge.models import FactTable


def _age(paths: list[Path], when: float) -> None:
    for path in paths:
        os.utime(path, (when, when))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--new", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        _age(write_corpus(folder, args.docs), time.time() - 3600)
        settings = load_settings({}, seeds_dir=folder, state_dir=Path(tmp) / "state")
        service = DigestService(
            settings,
            StateStore(settings.database_url),
            KnowledgeHolder(KnowledgeBase(FactTable())),
            client=None,
            background_index=True,
        )
        start = time.perf_counter()
        service.scan()
        service.tables.wait()
        print(f"baseline: {args.docs:,} documents read and extracted in {time.perf_counter() - start:.1f} s")
        timings = []
        for _ in range(5):
            start = time.perf_counter()
            report = service.scan()
            timings.append(time.perf_counter() - start)
            assert report.unchanged == args.docs and not report.ingested
        print(
            f"scan of {args.docs:,} unchanged documents: best {min(timings) * 1000:.0f} ms, "
            f"median {sorted(timings)[2] * 1000:.0f} ms (nothing re-read)"
        )
        new = write_corpus(folder, args.new, start=args.docs)
        _age(new, time.time() - 3600)
        last = extract_files(new[-1:]).facts[0]  # a sentence of the last new document, asked for
        question = "search " + max((p.text for p in last.passages), key=len)

        def cites_it() -> bool:
            answers = service.knowledge.get().answer(question).answers
            return any(a.source.document_id == last.document.id for a in answers)

        assert not cites_it()
        start = time.perf_counter()
        report = service.scan()
        ingested = time.perf_counter() - start
        found = cites_it()
        answered = time.perf_counter() - start
        service.tables.wait()
        published = time.perf_counter() - start
        facts = service.knowledge.get().table.counts()
        service.release()  # the file-reading helper stopped before the interpreter exits
        print(
            f"ingest of {len(report.ingested)} new documents: {ingested:.2f} s to read, extract and record them "
            f"with their digest (queued for posting) and extend the knowledge; a question about the last one "
            f"answered from it ({'yes' if found else 'NO'}) {answered:.2f} s after the scan began; the table "
            f"({facts['documents']:,} documents, {sum(facts.values()) - facts['documents']:,} facts) published for "
            f"other processes {published:.2f} s after it began, in the background"
        )


if __name__ == "__main__":
    main()
