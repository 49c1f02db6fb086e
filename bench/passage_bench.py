"""Benchmark: answering when every sentence is searched too — latency of answered questions and abstentions,
memory, load time, and the plain full-text baseline (the top BM25 sentence) and the naive fuzzy scan in the same
run.

A generated table of ``--facts`` facts and ``--sentences`` sentences (about 33 a document, as real releases
have), with questions that the sentences answer ('how many participants …', 'where …') and questions about
names no document has. The knowledge is built twice: first indexing every sentence into a saved index (as the
first load of a table does), then again from the saved index (every later load); ``--in-memory`` builds it the
way it was built before saved indexes, in memory only. Cold start: ``usrok ask`` on the seed table.

    .venv/bin/python -m bench.passage_bench [--facts 100000] [--sentences 1000000] [--in-memory]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.query_bench import TOPICS, _word, generated_table, naive_answerer, percentiles, rss_mb
from knowledge.answer.answers import KnowledgeBase
from knowledge.models import DocumentInfo, FactTable, PassageList

ROOT = Path(__file__).resolve().parent.parent
PER_DOCUMENT = 33


def with_sentences(table: FactTable, n: int, seed: int = 5) -> tuple[FactTable, list[tuple[str, int]], list[str]]:
    """The table plus ``n`` generated sentences, questions they answer (with the count each answer must give)
    and questions nothing answers."""
    rng = random.Random(seed)
    places = [_word(rng).capitalize() for _ in range(5000)]
    docs: list[DocumentInfo] = list(table.documents)
    answered: list[tuple[str, int]] = []
    documents: list[str] = []
    texts: list[str] = []
    for i in range(n):
        doc = f"s{i // PER_DOCUMENT:07d}"
        if i % PER_DOCUMENT == 0:
            docs.append(DocumentInfo(id=doc, path=f"generated/{doc}.txt", title=f"Talks in {rng.choice(places)}"))
        a, b, topic, count = rng.choice(places), rng.choice(places), rng.choice(TOPICS), rng.randint(10, 900)
        text = (
            f"Officials from {a} and {b} discussed {topic} in {rng.choice(places)} on March {rng.randint(1, 28)}, "
            f"with {count} participants and ${rng.randint(1, 900)} million for {rng.choice(TOPICS)}."
        )
        documents.append(doc)
        texts.append(text)
        if len(answered) < 300 and rng.random() < 0.01:
            asked = f"how many participants did officials from {a} and {b} have when they discussed {topic}"
            answered.append((asked, count))
    unknown = [f"how many participants came from {_word(rng).capitalize()}zz" for _ in range(100)]
    passages = PassageList.columns(
        documents, texts, [0] * n, [len(t) for t in texts], [i % PER_DOCUMENT for i in range(n)]
    )  # no object per sentence: the table holds them as the store does
    full = table.model_copy(update={"documents": tuple(docs), "passages": passages})
    return full, answered, unknown


def bm25_baseline(table: FactTable) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE s USING fts5(text)")
    db.executemany("INSERT INTO s(text) VALUES (?)", ((table.passages.text(i),) for i in range(len(table.passages))))
    return db


def timed(answer: object, questions: list[str]) -> tuple[float, float]:
    samples = []
    for q in questions:
        start = time.perf_counter()
        answer(q)  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return percentiles(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--in-memory", action="store_true", help="no saved index: every load indexes every sentence")
    args = parser.parse_args()

    start = time.perf_counter()
    subprocess.run(
        [str(ROOT / ".venv" / "bin" / "usrok"), "ask", "who is kim jina"], cwd=ROOT, check=True, capture_output=True
    )
    print(f"cold 'usrok ask' on the seed table: {time.perf_counter() - start:.2f} s")

    table, answered, unknown = with_sentences(generated_table(args.facts), args.sentences)
    print(f"generated {args.facts:,} facts and {len(table.passages):,} sentences: process {rss_mb():.0f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        saved = None if args.in_memory else Path(tmp) / "table.json.index.sqlite"
        start = time.perf_counter()
        kb = KnowledgeBase(table, saved_at=saved)
        print(
            f"knowledge built, every sentence indexed: {time.perf_counter() - start:.1f} s, process {rss_mb():.0f} MB"
        )
        if saved is not None:
            del kb
            start = time.perf_counter()
            kb = KnowledgeBase(table, saved_at=saved)
            print(
                f"knowledge built again from the saved index ({saved.stat().st_size / 2**20:.0f} MB on disk): "
                f"{time.perf_counter() - start:.1f} s, process {rss_mb():.0f} MB"
            )
        _answering(kb, table, answered, unknown)


def _answering(kb: KnowledgeBase, table: FactTable, answerable: list[tuple[str, int]], unknown: list[str]) -> None:
    kb.answer("warm up")
    answered = [q for q, _ in answerable]
    replies = [kb.answer(q).answers for q, _ in answerable]
    got = sum(bool(r) for r in replies)
    # Right: the first answer gives the participants of that meeting, not only some answer.
    right = sum(
        bool(r) and f"{count} participants" in r[0].text for r, (_, count) in zip(replies, answerable, strict=True)
    )
    p50, p99 = timed(kb.answer, answered)
    print(
        f"usrok, answerable questions ({got}/{len(answered)} answered, {right} with the right count): "
        f"p50 {p50:.1f} ms, p99 {p99:.1f} ms"
    )
    wrong = sum(bool(kb.answer(q).answers) for q in unknown)
    p50, p99 = timed(kb.answer, unknown)
    print(f"usrok, questions nothing answers ({wrong}/{len(unknown)} answered): p50 {p50:.1f} ms, p99 {p99:.1f} ms")

    db = bm25_baseline(table)

    def top_sentence(q: str) -> object:
        match = " OR ".join(f'"{w}"' for w in q.split())
        return db.execute("SELECT text FROM s WHERE s MATCH ? ORDER BY bm25(s) LIMIT 1", (match,)).fetchone()

    p50, p99 = timed(top_sentence, answered[:100])
    print(f"baseline, top BM25 sentence (never abstains): p50 {p50:.1f} ms, p99 {p99:.1f} ms")
    naive = naive_answerer(table, 0)
    p50, p99 = timed(naive, answered[:10])
    print(f"naive fuzzy scan over the facts: p50 {p50:.0f} ms, p99 {p99:.0f} ms")
    print(f"process at the end: {rss_mb():.0f} MB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
