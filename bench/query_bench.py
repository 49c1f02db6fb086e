"""Benchmark: query latency (p50, p99) and memory, indexed vs a naive full rapidfuzz scan, side by side.

Tables: the seed table, and generated tables of 10,000 and 100,000 facts. Accuracy of both approaches is
measured on the question corpus (tests/questions.json) against seeds/ plus tests/documents/.

    .venv/bin/python -m bench.query_bench [--sizes 10000 100000] [--naive-queries 30]
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.blocks import PAGE_SIZE
from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.phrasing import fact_text
from knowledge.build import assemble, extract_files, load_table
from knowledge.models import DateFact, DocumentInfo, FactTable, Official, Pledge, Source
from tests.question_corpus import load_cases, run_cases

ROOT = Path(__file__).resolve().parent.parent
SYLLABLES = ["ka", "ren", "mo", "li", "tor", "san", "vel", "qui", "dan", "so", "ber", "lin", "ha", "ru", "mi", "zen"]
TOPICS = [
    "critical minerals",
    "export controls",
    "clean hydrogen",
    "supply chains",
    "6G networks",
    "quantum computing",
    "shipbuilding",
    "nuclear fuel",
    "biotechnology",
    "space",
    "batteries",
    "semiconductors",
    "ports",
    "vaccines",
]
TITLES = [
    "Deputy Minister of Trade",
    "Director of Economic Policy",
    "Assistant Secretary of Commerce",
    "Ambassador",
    "Vice Minister of Industry",
    "Governor",
    "Consul General",
    "Chief Executive Officer",
    "Senator",
    "Mayor",
]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def generated_table(n_facts: int, seed: int = 11) -> FactTable:
    """A table of ``n_facts`` synthetic facts with a large, realistic vocabulary (names, places, topics)."""
    rng = random.Random(seed)
    places = [_word(rng).capitalize() for _ in range(3000)]
    docs, officials, dates, pledges = [], [], [], []
    for i in range(n_facts):
        doc_id = f"gen{i // 10:06d}"
        if i % 10 == 0:
            docs.append(
                DocumentInfo(
                    id=doc_id,
                    path=f"generated/{doc_id}.txt",
                    title=f"Talks on {rng.choice(TOPICS)} in {rng.choice(places)}",
                    date=f"{rng.randint(2000, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                )
            )
        quote = f"Officials from {rng.choice(places)} discussed {rng.choice(TOPICS)} and {rng.choice(TOPICS)}."
        source = (Source(document=doc_id, quote=quote, start=0, end=len(quote)),)
        kind = i % 3
        if kind == 0:
            name = f"{_word(rng).capitalize()} {_word(rng).capitalize()}"
            officials.append(
                Official(
                    name=name,
                    title=f"{rng.choice(TITLES)} of {rng.choice(places)}",
                    country=rng.choice(["US", "ROK", "other"]),
                    sources=source,
                )
            )
        elif kind == 1:
            dates.append(
                DateFact(
                    date=docs[-1].date or "2020",
                    precision="day",
                    sources=source,
                    event=f"the {rng.randint(1, 40)}th {rng.choice(places)} dialogue on {rng.choice(TOPICS)}",
                )
            )
        else:
            amount = rng.randint(1, 900)
            pledges.append(
                Pledge(
                    actor=rng.choice(["U.S.", "ROK", "both", f"{rng.choice(places)} Corp"]),
                    amount_text=f"${amount} million",
                    amount_usd=amount * 10**6,
                    sources=source,
                    what=f"a {rng.choice(TOPICS)} facility in {rng.choice(places)}",
                )
            )
    return FactTable(documents=tuple(docs), officials=tuple(officials), dates=tuple(dates), pledges=tuple(pledges))


def rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def measured_knowledge(table: FactTable) -> tuple[KnowledgeBase, float, float]:
    """A KnowledgeBase for ``table``, the seconds it took to build and the memory (MB) it added."""
    gc.collect()
    before = rss_mb()
    start = time.perf_counter()
    kb = KnowledgeBase(table)
    build = time.perf_counter() - start
    gc.collect()
    return kb, build, rss_mb() - before


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000


def time_queries(answer: Callable[[str], object], questions: list[str], repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        for q in questions:
            start = time.perf_counter()
            answer(q)
            samples.append(time.perf_counter() - start)
    return percentiles(samples)


def naive_answerer(table: FactTable, cutoff: float) -> Callable[[str], str | None]:
    """The naive approach: rapidfuzz.process.extract over every fact string, best one wins."""
    facts = [*table.officials, *table.dates, *table.pledges, *table.statistics]
    strings = [fact_text(f) for f in facts]

    def answer(q: str) -> str | None:
        best = process.extract(q, strings, scorer=fuzz.WRatio, limit=1)
        return best[0][0] if best and best[0][1] >= cutoff else None

    return answer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--naive-queries", type=int, default=30, help="questions timed for the slow naive scan")
    args = parser.parse_args()
    cases = load_cases()
    questions = [c.q for c in cases]

    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "documents").iterdir())
    corpus_table = assemble(extract_files(paths, root=ROOT).facts)
    corpus_kb = KnowledgeBase(corpus_table)

    def top_answer(q: str) -> str | None:
        answer = corpus_kb.answer(q)
        return answer.answers[0].text if answer.answers else None

    ours = run_cases(cases, top_answer)
    print("accuracy on the question corpus (seeds + test documents):")
    print(
        f"  indexed: top-1 {ours.accuracy:.1%} ({ours.correct}/{ours.answered}), "
        f"abstains on out-of-scope {ours.abstention:.0%} ({ours.abstained}/{ours.out_of_scope})"
    )
    for cutoff in (0, 80, 90):
        naive = run_cases(cases, naive_answerer(corpus_table, cutoff))
        print(
            f"  naive (WRatio, cutoff {cutoff}): top-1 {naive.accuracy:.1%} ({naive.correct}/{naive.answered}), "
            f"abstains on out-of-scope {naive.abstention:.0%} ({naive.abstained}/{naive.out_of_scope})"
        )

    print(f"\nlatency per query (ms; lists one page of {PAGE_SIZE}, as Slack shows them) and memory:")
    print(
        f"{'table':>16} {'facts':>8} {'ours p50':>9} {'ours p99':>9} {'naive p50':>10} {'naive p99':>10} "
        f"{'index MB':>9} {'RSS MB':>7} {'build s':>8}"
    )
    tables: list[tuple[str, Callable[[], FactTable]]] = [("seeds", lambda: load_table(ROOT / "facts" / "seeds.json"))]
    tables += [(f"generated {n:,}", lambda n=n: generated_table(n)) for n in args.sizes]
    for name, make in tables:
        table = make()
        n_facts = len(table.officials) + len(table.dates) + len(table.pledges) + len(table.statistics)
        kb, build, index_mb = measured_knowledge(table)
        kb.answer("warm up")
        p50, p99 = time_queries(partial(kb.answer, limit=PAGE_SIZE), questions, repeat=3)
        naive = naive_answerer(table, 0)
        n50, n99 = time_queries(naive, questions[: args.naive_queries], repeat=1)
        print(
            f"{name:>16} {n_facts:>8,} {p50:>9.2f} {p99:>9.2f} {n50:>10.1f} {n99:>10.1f} "
            f"{index_mb:>9.0f} {rss_mb():>7.0f} {build:>8.1f}"
        )
        del kb, table, naive
        gc.collect()


if __name__ == "__main__":
    main()
