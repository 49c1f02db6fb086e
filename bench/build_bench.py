"""Benchmark: build a fact table from 1,000 generated documents; prints documents/s and peak memory.

.venv/bin/python -m bench.build_bench [--docs 1000] [--one-line-mb 2]

With ``--one-line-mb N`` it times one document of N MB without a line break instead (the 2 MB limit's worst
case: extraction must stay linear in line length).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from bench.corpus import write_corpus
from knowledge.build import build_table


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--one-line-mb", type=float, default=0.0)
    args = parser.parse_args()
    if args.one_line_mb:
        one_line(args.one_line_mb)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_corpus(folder, args.docs)
        build_table(folder / "nothing")  # load rules before timing, as a running bot has
        start = time.perf_counter()
        table = build_table(folder)
        elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    counts = table.counts()
    print(f"build: {args.docs} documents in {elapsed:.2f} s = {args.docs / elapsed:.0f} documents/s (one core)")
    print(f"facts: {counts}")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


def one_line(megabytes: float) -> None:
    """Build a table from one generated document of ``megabytes`` MB with every line break replaced by a space."""
    with tempfile.TemporaryDirectory() as tmp:
        source, folder = Path(tmp) / "source", Path(tmp) / "docs"
        paths = write_corpus(source, 400)
        text = " ".join(p.read_text(encoding="utf-8").replace("\n", " ") for p in paths)
        size = int(megabytes * 1_000_000)
        while len(text.encode()) < size:
            text += " " + text
        folder.mkdir()
        data = text.encode()[: size - 1].decode(errors="ignore")
        (folder / "one-line.txt").write_text(data, encoding="utf-8")
        build_table(Path(tmp) / "nothing")
        start = time.perf_counter()
        table = build_table(folder, max_bytes=size + 1)
        elapsed = time.perf_counter() - start
    print(f"build: one {len(data.encode()) / 1e6:.1f} MB document without line breaks in {elapsed:.2f} s")
    print(f"facts: {table.counts()}; skipped: {[s.reason for s in table.skipped]}")


if __name__ == "__main__":
    main()
