"""Extraction against hand-labelled golden files, per set, against the floors in ``tests/extraction_floors.json``.

Every set is scored and reported (run with ``-s`` to see the figures). The seeds and the documents written
for the tests hold a fixed bar (recall 95%, precision 90%). The real dev documents hold a ratchet: floors
start at the measured figures and are raised as fixes land (``python -m tests.golden_tool ratchet``), so a
change that loses ground fails here. The blind documents, labelled and run once for their first-run figures,
are development documents since (every later fix was checked on them), so they hold a ratchet too
(``python -m tests.golden_tool ratchet blind``): nothing else would stop their figures from falling.

To relabel a document, draft from the extractor and review every line by hand:
``.venv/bin/python -m tests.golden_tool draft PATH``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import BLIND_DOCS, DEV_DOCS, SEEDS, WRITTEN_DOCS, blind_docs_or_skip, dev_docs_or_skip
from tests.golden_tool import FLOORS_FILE, GOLDEN_DIR, Score, below_floor, load_floors, score_folder

SETS: dict[str, Path] = {"seeds": SEEDS, "written": WRITTEN_DOCS, "dev": DEV_DOCS, "blind": BLIND_DOCS}


@cache
def _scores(name: str) -> dict[str, Score]:
    if name == "dev":
        dev_docs_or_skip()
    if name == "blind":
        blind_docs_or_skip()
    return score_folder(GOLDEN_DIR / name, SETS[name])


def _cases() -> list[tuple[str, str]]:
    return [(name, kind) for name, kinds in load_floors().items() for kind in kinds]


@pytest.mark.parametrize(("name", "kind"), _cases())
def test_extraction_holds_its_floor(name: str, kind: str) -> None:
    score = _scores(name)[kind]
    print(f"[{name}] {score.report()}")
    failures = below_floor(score, load_floors()[name][kind])
    assert not failures, f"[{name}] {kind} below its floor in {FLOORS_FILE.name}: {failures}\n{score.report()}"


def test_every_set_has_floors_for_every_kind_it_scores() -> None:
    floors = load_floors()
    assert set(floors) == set(SETS)
    for name in ("seeds", "written"):
        assert set(floors[name]) >= {"officials", "dates", "pledges"}, name
    for name in ("dev", "blind"):
        assert set(floors[name]) == {
            "officials",
            "dates",
            "pledges",
            "pledges with an amount",
            "pledges without an amount",
        }, name


def test_a_floor_fails_a_figure_below_it() -> None:
    score = Score("pledges", expected=10, found=10, correct=5, detail_right=5)
    assert below_floor(score, {"recall": 0.6, "precision": 0.4}) == ["recall 50% < 60%"]
    assert below_floor(score, {"recall": 0.5, "precision": 0.5, "detail": 1.0}) == []


def test_every_golden_file_names_a_document_that_exists() -> None:
    for folder, docs in (("seeds", SEEDS), ("written", WRITTEN_DOCS)):
        for golden_path in (GOLDEN_DIR / folder).glob("*.json"):
            assert (docs / json.loads(golden_path.read_text())["document"]).exists(), golden_path
