"""Extraction against hand-labelled golden files: recall ≥ 95% and precision ≥ 90% per kind of fact.

To relabel a document, draft from the extractor and review every line by hand:
``.venv/bin/python -m tests.golden_tool draft PATH``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import DEV_DOCS, SEEDS, WRITTEN_DOCS, dev_docs_or_skip
from tests.golden_tool import GOLDEN_DIR, Score, score_document

RECALL, PRECISION = 0.95, 0.90


def _score_set(golden_dir: Path, docs_dir: Path, pattern: str = "*.json") -> dict[str, Score]:
    totals = {kind: Score(kind) for kind in ("officials", "dates", "pledges")}
    goldens = sorted(golden_dir.glob(pattern))
    assert goldens, f"no golden files in {golden_dir}"
    for golden_path in goldens:
        golden = json.loads(golden_path.read_text(encoding="utf-8"))
        for kind, score in score_document(golden, docs_dir / golden["document"]).items():
            totals.setdefault(kind, Score(kind)).add(score)
    return totals


def _assert_bar(totals: dict[str, Score]) -> None:
    report = "\n".join(score.report() for score in totals.values())
    print(report)
    failing = [s.kind for s in totals.values() if s.recall < RECALL or s.precision < PRECISION]
    assert not failing, f"below the bar for {failing}:\n{report}"


@pytest.mark.parametrize("kind", ["officials", "dates", "pledges"])
def test_seed_extraction_meets_the_bar(kind: str) -> None:
    _assert_bar({kind: _score_set(GOLDEN_DIR / "seeds", SEEDS)[kind]})


@pytest.mark.parametrize("kind", ["officials", "dates", "pledges"])
def test_extraction_meets_the_bar_on_documents_written_for_the_tests(kind: str) -> None:
    _assert_bar({kind: _score_set(GOLDEN_DIR / "written", WRITTEN_DOCS)[kind]})


@pytest.mark.parametrize("kind", ["officials", "dates", "pledges"])
def test_extraction_meets_the_bar_on_the_shared_dev_documents(kind: str) -> None:
    dev_docs_or_skip()
    # 01–06 hold the bar; 07–26 were labelled blind and are scored against the floors of the extraction issue.
    _assert_bar({kind: _score_set(GOLDEN_DIR / "dev", DEV_DOCS, "0[1-6]_*.json")[kind]})


def test_every_golden_file_names_a_document_that_exists() -> None:
    for folder, docs in (("seeds", SEEDS), ("written", WRITTEN_DOCS)):
        for golden_path in (GOLDEN_DIR / folder).glob("*.json"):
            assert (docs / json.loads(golden_path.read_text())["document"]).exists(), golden_path
