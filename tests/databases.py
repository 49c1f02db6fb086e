"""The state databases the state and digest tests run on: SQLite always, PostgreSQL when USROK_TEST_DB names one.

.ci/run starts a real PostgreSQL server and sets USROK_TEST_DB, so in CI each of those tests runs on both.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.schema import make_engine

POSTGRES_URL = os.environ.get("USROK_TEST_DB")
DATABASES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


def fresh_database(kind: str, tmp_path: Path) -> str:
    """An empty database of ``kind`` ('sqlite' or 'postgresql'; skipped when no PostgreSQL is configured)."""
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'state' / 'usrok.db'}"
    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL (set USROK_TEST_DB=postgresql+psycopg://…; .ci/run starts one)")
    engine = make_engine(POSTGRES_URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return POSTGRES_URL
