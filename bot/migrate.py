"""Bringing the state database to the newest schema with Alembic, once, however many processes start together.

The migrations are in ``bot/migrations/versions``; each process runs ``upgrade head`` when it opens the store,
inside one transaction that first takes a lock (``pg_advisory_xact_lock`` on PostgreSQL, ``BEGIN IMMEDIATE`` on
SQLite), so a second process waits, then finds the schema current and does nothing. A database made before
migrations existed (tables, no ``alembic_version``) is stamped at the first revision, which is that schema, and
upgraded from there: its data stays.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BEFORE_MIGRATIONS = "0001"  # the schema the bot created itself (create_all) before there were migrations
HEAD = "head"
HEAD_REVISION = "0002"  # the newest file in bot/migrations/versions (a test checks): a current database skips Alembic
_LOCK_KEY = 0x7573726F6B  # 'usrok': one schema upgrade at a time per PostgreSQL database


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic is imported only when a schema is upgraded (80 ms at start-up)

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade_schema(engine: Engine, revision: str = HEAD) -> None:
    """Upgrade to ``revision`` under a lock; ``engine`` must begin write transactions (``bot.state.writer``).

    >>> upgrade_schema(writer(make_engine("sqlite:///state/usrok.db")))  # doctest: +SKIP
    """
    if revision == HEAD and current_revision(engine) == HEAD_REVISION:
        return
    from alembic import command

    config = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        tables = set(inspect(conn).get_table_names())
        config.attributes["connection"] = conn
        if "alembic_version" not in tables and "digest_outbox" in tables:
            command.stamp(config, BEFORE_MIGRATIONS)
        command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision (None before the first migration)."""
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()
    except DBAPIError:
        return None
