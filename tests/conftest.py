"""Shared fixtures: paths to the corpora, and tables built from them."""

from __future__ import annotations

import os
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import settings as hypothesis_settings
from slack_sdk.http_retry import builtin_handlers

from knowledge.answer.answers import KnowledgeBase
from knowledge.build import assemble, build_table, extract_files
from knowledge.models import FactTable

# CI runs the property tests on a fixed sequence of examples, so a landing never depends on luck;
# locally they explore new examples each run.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

pytest_plugins = ["tests.digest_world"]  # the ``world`` fixture of the digest tests

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
WRITTEN_DOCS = ROOT / "tests" / "documents"
DEV_DOCS = ROOT.parent / "shared" / "dev-docs"
BLIND_DOCS = ROOT.parent / "shared" / "blind-docs"
COMMITTED_TABLE = ROOT / "facts" / "seeds.json"


def dev_docs_or_skip() -> Path:
    if not DEV_DOCS.is_dir():
        pytest.skip(f"the shared dev documents are not here ({DEV_DOCS} is absent)")
    return DEV_DOCS


def blind_docs_or_skip() -> Path:
    if not BLIND_DOCS.is_dir():
        pytest.skip(f"the shared blind documents are not here ({BLIND_DOCS} is absent)")
    return BLIND_DOCS


@pytest.fixture(scope="module")
def kb(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    """The knowledge built from the invented ``DOCUMENTS`` of the test module asking for it (a module may define
    its own ``kb`` instead)."""
    from tests.test_reading_kinds import knowledge_of

    return knowledge_of(tmp_path_factory.mktemp("docs"), request.module.DOCUMENTS)


@pytest.fixture(scope="session")
def seed_table() -> FactTable:
    return build_table(SEEDS, root=ROOT)


@pytest.fixture(scope="session")
def full_table() -> FactTable:
    """Seeds plus the documents the tests wrote: the table the question corpus is asked against."""
    paths = sorted(SEEDS.glob("*.txt")) + sorted(WRITTEN_DOCS.iterdir())
    result = extract_files(paths, root=ROOT)
    return assemble(result.facts, result.skipped)


@pytest.fixture()
def retry_waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits slack_sdk's stock rate-limit handler asks for (Retry-After), recorded instead of slept."""
    waits: list[float] = []
    # Only that module's name ``time`` is replaced: other threads (servers, Socket Mode) keep the real sleep.
    monkeypatch.setattr(builtin_handlers, "time", SimpleNamespace(sleep=waits.append))
    return waits


def until(condition, timeout: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
    """Poll a condition on another process (a bounded wait, not a sleep standing in for one)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False
