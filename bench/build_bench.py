"""Benchmark: build a fact table from generated documents and from real-length ones; prints documents/s.

The generated documents are short; the real-length set repeats the seeds and the shared dev and blind documents
(every one of at least 250 words), each copy made distinct by a last line so none is deduplicated.

.venv/bin/python -m bench.build_bench [--docs 1000] [--real 500] [--one-line-mb 2]

With ``--one-line-mb N`` it times one document of N MB without a line break instead (the 2 MB limit's worst
case: extraction must stay linear in line length).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.corpus import write_corpus
from knowledge.build import build_table
from knowledge.extract.documents import DEFAULT_MAX_BYTES
from knowledge.models import FactTable

ROOT = Path(__file__).resolve().parent.parent
REAL_SOURCES = (ROOT / "seeds", ROOT.parent / "shared" / "dev-docs", ROOT.parent / "shared" / "blind-docs")
MIN_WORDS = 250


def real_length_texts() -> list[str]:
    """The seeds, dev and blind documents of at least 250 words (the shared ones only where they are present)."""
    texts = []
    for folder in REAL_SOURCES:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            text = path.read_text(encoding="utf-8")
            if len(text.split()) >= MIN_WORDS:
                texts.append(text)
    return texts


def write_real_corpus(folder: Path, count: int) -> int:
    """``count`` real-length documents, the sources repeated; returns their mean length in words."""
    texts = real_length_texts()
    words = 0
    for i in range(count):
        text = texts[i % len(texts)]
        words += len(text.split())
        (folder / f"real_{i:05d}.txt").write_text(f"{text}\n\nCopy {i}.\n", encoding="utf-8")
    return words // max(count, 1)


def _timed(folder: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[float, float, FactTable]:
    """Wall time and CPU time of one build (CPU time holds steady when other processes share the machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    table = build_table(folder, max_bytes=max_bytes)
    return time.perf_counter() - wall, time.process_time() - cpu, table


def _run(label: str, count: int, write: Callable[[Path], object]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        detail = write(folder)
        wall, cpu, table = _timed(folder)
    extra = f", {detail} words each on average" if isinstance(detail, int) else ""
    print(
        f"{label}: {count} documents{extra} in {wall:.2f} s = {count / wall:.0f} documents/s wall, "
        f"{count / cpu:.0f} documents/s of CPU time (one core)"
    )
    print(f"  facts: {table.counts()}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=1000, help="generated documents")
    parser.add_argument("--real", type=int, default=500, help="real-length documents (seeds, dev, blind documents)")
    parser.add_argument("--one-line-mb", type=float, default=0.0, help="time one document of N MB on one line")
    args = parser.parse_args()
    if args.one_line_mb:
        one_line(args.one_line_mb)
        return
    build_table(Path("/nonexistent"))  # load rules before timing, as a running bot has
    _run("generated", args.docs, lambda folder: write_corpus(folder, args.docs))
    if real_length_texts():
        _run("real-length", args.real, lambda folder: write_real_corpus(folder, args.real))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
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
        elapsed, cpu, table = _timed(folder, max_bytes=size + 1)
    print(
        f"build: one {len(data.encode()) / 1e6:.1f} MB document without line breaks in {elapsed:.2f} s "
        f"({cpu:.2f} s of CPU time)"
    )
    print(f"facts: {table.counts()}; skipped: {[s.reason for s in table.skipped]}")


if __name__ == "__main__":
    main()
