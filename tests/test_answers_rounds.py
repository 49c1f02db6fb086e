"""The development rounds (blind rounds already run once and fixed against) keep what they reached.

Asked against seeds plus ../shared/dev-docs, as the rounds were written; skipped where that folder is absent.
The first-run figures of every round are in tests/questions/blind/FIRST_RUNS.md.
"""

from __future__ import annotations

import json

import pytest

from knowledge.answer.answers import KnowledgeBase
from tests.blind_rounds import (
    DEV_DOCS,
    ROUNDS_DIR,
    bot_asker,
    document_paths,
    knowledge_table,
    load_round,
    round_path,
    score_round,
)

DEVELOPMENT = json.loads((ROUNDS_DIR / "development.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dev_kb() -> KnowledgeBase:
    if not DEV_DOCS.is_dir():
        pytest.skip(f"the shared dev documents are not here ({DEV_DOCS} is absent)")
    return KnowledgeBase(knowledge_table(document_paths()))


def test_development_rounds_keep_their_right_answers_and_add_no_wrong_ones(dev_kb: KnowledgeBase) -> None:
    asker = bot_asker(dev_kb)
    scores = [score_round(name, load_round(round_path(name)), asker) for name in DEVELOPMENT["rounds"]]
    right = sum(s.right for s in scores)
    wrong = sum(s.wrong + s.out_of_scope_answered for s in scores)
    out_of_scope = sum(s.out_of_scope_answered for s in scores)
    report = (
        "\n".join(s.summary() for s in scores)
        + "\n"
        + "\n".join(line for s in scores for line in s.lines if line.startswith("✗"))
    )
    print(report)
    assert out_of_scope <= DEVELOPMENT["out_of_scope_answered_at_most"], report
    assert wrong <= DEVELOPMENT["wrong_at_most"], report
    assert right >= DEVELOPMENT["right_at_least"], report
