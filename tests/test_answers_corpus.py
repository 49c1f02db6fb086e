"""The question corpus: ≥ 95% top-1 correct, and every out-of-scope question abstains."""

from __future__ import annotations

import pytest

from knowledge.answer.answers import KnowledgeBase
from tests.question_corpus import load_cases, run_cases


@pytest.fixture(scope="module")
def kb(full_table) -> KnowledgeBase:
    return KnowledgeBase(full_table)


def _top(kb: KnowledgeBase):
    def top(q: str) -> str | None:
        answer = kb.answer(q)
        return answer.answers[0].text if answer.answers else None

    return top


def test_corpus_is_big_enough() -> None:
    cases = load_cases()
    assert len(cases) >= 80
    assert sum(c.abstain for c in cases) >= 15


def test_top_answer_is_right_for_at_least_95_percent(kb: KnowledgeBase) -> None:
    result = run_cases([c for c in load_cases() if not c.abstain], _top(kb))
    print(f"top-1 accuracy {result.accuracy:.1%} ({result.correct}/{result.answered})")
    assert result.accuracy >= 0.95, "\n".join(result.failures or [])


def test_every_out_of_scope_question_abstains(kb: KnowledgeBase) -> None:
    result = run_cases([c for c in load_cases() if c.abstain], _top(kb))
    assert result.abstention == 1.0, "\n".join(result.failures or [])
