"""Running the question corpus: shared by the test and the benchmark (same questions, same scoring)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).parent / "questions.json"


@dataclass(frozen=True)
class Case:
    q: str
    expect: str | None
    abstain: bool


@dataclass
class Result:
    answered: int = 0
    correct: int = 0
    out_of_scope: int = 0
    abstained: int = 0
    failures: list[str] | None = None

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 1.0

    @property
    def abstention(self) -> float:
        return self.abstained / self.out_of_scope if self.out_of_scope else 1.0


def load_cases() -> list[Case]:
    data = json.loads(CORPUS.read_text(encoding="utf-8"))
    return [Case(c["q"], c.get("expect"), bool(c.get("abstain"))) for c in data["questions"]]


def run_cases(cases: list[Case], top_answer: Callable[[str], str | None]) -> Result:
    """``top_answer`` gives the text of the first answer, or None when the bot abstains."""
    result = Result(failures=[])
    assert result.failures is not None
    for case in cases:
        got = top_answer(case.q)
        if case.abstain:
            result.out_of_scope += 1
            if got is None:
                result.abstained += 1
            else:
                result.failures.append(f"should abstain: {case.q!r} → {got!r}")
        else:
            result.answered += 1
            if got is not None and case.expect is not None and case.expect in got:
                result.correct += 1
            else:
                result.failures.append(f"{case.q!r}: expected {case.expect!r}, got {got!r}")
    return result
