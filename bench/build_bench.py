"""Benchmark: build a fact table from 1,000 generated documents; prints documents/s and peak memory.

.venv/bin/python -m bench.build_bench [--docs 1000]
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
    args = parser.parse_args()
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


if __name__ == "__main__":
    main()
