"""The state store's guarantees and the logs' hygiene."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest

from bot.logs import configure_logging
from bot.state import StateStore
from tests.databases import DATABASES, fresh_database


@pytest.fixture(params=DATABASES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return fresh_database(request.param, tmp_path)


def test_an_event_is_first_seen_once_and_old_ids_are_forgotten(db_url: str) -> None:
    now = [1000.0]
    store = StateStore(db_url, clock=lambda: now[0])
    assert store.first_sighting("Ev1") is True
    assert store.first_sighting("Ev1") is False
    now[0] += 2 * 86_400
    store.forget_events_before(now[0] - 86_400)
    assert store.first_sighting("Ev1") is True


def test_thread_subjects_are_remembered_per_thread(db_url: str) -> None:
    store = StateStore(db_url)
    store.remember_subject("C1", "1.1", "rok shipbuilding")
    store.remember_subject("C1", "1.1", "kim jina")
    store.remember_subject("C1", "2.2", "sed")
    assert (
        store.thread_subject("C1", "1.1"),
        store.thread_subject("C1", "2.2"),
        store.thread_subject("C2", "1.1"),
    ) == ("kim jina", "sed", None)


def test_logs_are_json_lines_with_tokens_redacted() -> None:
    stream = io.StringIO()
    configure_logging(stream=stream)
    try:
        logging.getLogger("usrok.test").warning("call failed with token xoxb-1234-5678-abcdef and xapp-1-A1-99")
    finally:
        logging.getLogger().handlers.clear()
    entry = json.loads(stream.getvalue().splitlines()[-1])
    assert entry["level"] == "warning" and entry["logger"] == "usrok.test"
    assert "xoxb" not in entry["message"] and "xapp" not in entry["message"]
    assert entry["message"].count("[redacted]") == 2
