"""Blind question rounds: typed expectations, one judge, the bot and a plain full-text baseline in the same run.

A round (``tests/questions/blind/round_NN.json``) was written from the documents alone and committed before
the bot ever ran on it. Each expectation names the fact itself (a person, an ISO date, a dollar amount, a number
with its noun, a place, organisations); the judge looks for that fact in the answer's headline, so an answer
that merely quotes the right sentence without stating the fact is not counted right.

    .venv/bin/python -m tests.blind_rounds 01 02        # the bot and the baseline on rounds 1 and 2
    .venv/bin/python -m tests.blind_rounds 01 --verbose  # every question with its outcome
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.normalize import fold
from knowledge.answer.result import Answer
from knowledge.build import assemble, extract_files
from knowledge.extract.documents import read_document
from knowledge.extract.sentences import split_sentences
from knowledge.models import FactTable
from knowledge.text.amounts import find_amounts, to_usd
from knowledge.text.dates import find_dates
from knowledge.text.names import name_key

ROUNDS_DIR = Path(__file__).parent / "questions" / "blind"
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV_DOCS = ROOT.parent / "shared" / "dev-docs"

Outcome = Literal["right", "wrong", "abstained"]


@dataclass(frozen=True)
class BlindCase:
    q: str
    type: str
    expect: Any = None
    expect_text: str | None = None
    unit: str | None = None
    thread: tuple[str, ...] = ()
    doc: str | None = None

    @property
    def out_of_scope(self) -> bool:
        return self.type == "abstain"


@dataclass
class RoundScore:
    name: str
    answerable: int = 0
    right: int = 0
    wrong: int = 0
    abstained: int = 0
    out_of_scope: int = 0
    out_of_scope_answered: int = 0
    lines: list[str] = field(default_factory=list)

    def add(self, case: BlindCase, outcome: Outcome, got: str | None) -> None:
        if case.out_of_scope:
            self.out_of_scope += 1
            self.out_of_scope_answered += outcome == "wrong"
        else:
            self.answerable += 1
            self.right += outcome == "right"
            self.wrong += outcome == "wrong"
            self.abstained += outcome == "abstained"
        mark = {"right": "✓", "wrong": "✗", "abstained": "·"}[outcome]
        want = "(abstain)" if case.out_of_scope else repr(case.expect)
        self.lines.append(f"{mark} {case.q!r} want {want} got {got!r}")

    def summary(self) -> str:
        asked = self.answerable + self.out_of_scope
        wrong_total = self.wrong + self.out_of_scope_answered
        return (
            f"{self.name}: right {self.right}/{self.answerable} ({_pct(self.right, self.answerable)}), "
            f"wrong {wrong_total}/{asked} ({_pct(wrong_total, asked)}), abstained {self.abstained}, "
            f"out of scope answered {self.out_of_scope_answered}/{self.out_of_scope}"
        )


def _pct(a: int, b: int) -> str:
    return f"{a / b:.0%}" if b else "n/a"


def load_round(path: Path) -> list[BlindCase]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        BlindCase(
            q=c["q"],
            type=c["type"],
            expect=c.get("expect"),
            expect_text=c.get("expect_text"),
            unit=c.get("unit"),
            thread=tuple(c.get("thread", ())),
            doc=c.get("doc"),
        )
        for c in data["questions"]
    ]


def round_path(name: str) -> Path:
    return ROUNDS_DIR / f"round_{int(name):02d}.json"


# The judge -----------------------------------------------------------------------------------------------------


def _numbers(text: str) -> set[float]:
    """Every number in a text, scaled words applied ('2.7 million' → 2700000 and 2.7)."""
    found: set[float] = set()
    for m in re.finditer(r"(\d[\d,]*(?:\.\d+)?)(?:\s*(million|billion|trillion|thousand))?", text, re.I):
        value = float(m.group(1).replace(",", ""))
        found.add(value)
        if m.group(2):
            found.add(float(to_usd(m.group(1), m.group(2))))
    # ('a thousand new jobs' states 1000)
    found |= {
        float(_ROUND_WORDS[w.lower()]) for w in re.findall(r"\b(?:a|one)\s+(hundred|thousand|million)\b", text, re.I)
    }
    return found


_ROUND_WORDS = {"hundred": 100, "thousand": 1000, "million": 1_000_000}


def _dates(text: str) -> set[str]:
    found = {m.iso for m in find_dates(text, base=date(2000, 1, 1))}
    found |= set(re.findall(r"\b(?:19|20)\d\d(?:-\d\d(?:-\d\d)?)?\b", text))
    return found


def _date_right(expected: str, text: str) -> bool:
    """The expected date, or a more precise one inside it ('2023-04' is met by April 26, 2023)."""
    return any(d == expected or d.startswith(expected + "-") for part in _dates(text) for d in part.split("/"))


def _name_in(name: str, text: str) -> bool:
    """The person is named in the text in any spelling or order ('Youngsoo Kwon', 'Kwon Young-soo')."""
    key = name_key(name)
    tokens = re.findall(r"[A-Za-z][A-Za-z'’\-.]*", text)
    for size in range(1, 5):
        for i in range(len(tokens) - size + 1):
            if name_key(" ".join(tokens[i : i + size])) == key:
                return True
    return False


def fact_stated(case: BlindCase, text: str) -> bool:
    """Whether ``text`` states the expected fact (case-insensitive; names in any order or spacing)."""
    kind, want = case.type, case.expect
    if kind == "person":
        return _name_in(str(want), text)
    if kind == "date":
        return _date_right(str(want), text)
    if kind == "amount":
        return int(want) in {a.usd for a in find_amounts(text)} or float(want) in _numbers(text)
    if kind == "number":
        return bool(_numbers(str(want)) & _numbers(text))
    if kind == "list":
        return all(_plain(str(item)) in _plain(text) for item in want)
    return _plain(str(want)) in _plain(text)


def _plain(text: str) -> str:
    """Letters and digits only, folded: 'Washington, D.C.' and 'Washington DC' are one place."""
    return re.sub(r"[^a-z0-9]", "", fold(text))


def judge(case: BlindCase, texts: Sequence[str] | None) -> Outcome:
    """``texts``: the answer's headlines (a list answer has several), or None when the bot said it does not know."""
    if not texts:
        return "abstained"
    if case.out_of_scope:
        return "wrong"
    joined = "\n".join(texts) if case.type == "list" else texts[0]
    return "right" if fact_stated(case, joined) else "wrong"


# The contestants -----------------------------------------------------------------------------------------------

Asker = Callable[[BlindCase], "list[str] | None"]


def bot_asker(kb: KnowledgeBase) -> Asker:
    """Asks as a Slack thread does: earlier questions first, each answer's subject carried to the next."""

    def ask(case: BlindCase) -> list[str] | None:
        subject: str | None = None
        for earlier in case.thread:
            subject = kb.answer(earlier, context_subject=subject).subject or subject
        answer: Answer = kb.answer(case.q, context_subject=subject)
        return [a.text for a in answer.answers] or None

    return ask


def baseline_asker(paths: Iterable[Path]) -> Asker:
    """Plain full-text search: every sentence in SQLite FTS5, the top BM25 sentence taken as the answer.

    It never abstains; this is what a user would have without usrok.
    """
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE s USING fts5(text)")
    for path in paths:
        doc = read_document(path)
        db.executemany("INSERT INTO s(text) VALUES (?)", [(s.text,) for s in split_sentences(doc.text)])

    def ask(case: BlindCase) -> list[str] | None:
        words = re.findall(r"\w+", " ".join((*case.thread, case.q)))
        if not words:
            return None
        match = " OR ".join(f'"{w}"' for w in words)
        row = db.execute("SELECT text FROM s WHERE s MATCH ? ORDER BY bm25(s) LIMIT 1", (match,)).fetchone()
        return [row[0]] if row else None

    return ask


def document_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) + sorted(DEV_DOCS.glob("*.txt"))


def knowledge_table(paths: Sequence[Path]) -> FactTable:
    result = extract_files(list(paths), root=ROOT.parent)
    return assemble(result.facts, result.skipped)


def score_round(name: str, cases: Sequence[BlindCase], asker: Asker) -> RoundScore:
    score = RoundScore(name)
    for case in cases:
        texts = asker(case)
        score.add(case, judge(case, texts), texts[0] if texts else None)
    return score


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rounds", nargs="+", help="round numbers, e.g. 01 02")
    parser.add_argument("--verbose", action="store_true", help="print every question and its outcome")
    args = parser.parse_args(argv)
    if not DEV_DOCS.is_dir():
        print(f"the shared dev documents are not here ({DEV_DOCS})", file=sys.stderr)
        return 2
    paths = document_paths()
    kb = KnowledgeBase(knowledge_table(paths))
    contestants = {"usrok": bot_asker(kb), "baseline (top BM25 sentence)": baseline_asker(paths)}
    for label, asker in contestants.items():
        total = RoundScore(f"{label}, all")
        for name in args.rounds:
            score = score_round(f"{label}, round {name}", load_round(round_path(name)), asker)
            print(score.summary())
            if args.verbose and label == "usrok":
                print("\n".join("    " + line for line in score.lines))
            for key in ("answerable", "right", "wrong", "abstained", "out_of_scope", "out_of_scope_answered"):
                setattr(total, key, getattr(total, key) + getattr(score, key))
        if len(args.rounds) > 1:
            print(total.summary())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
