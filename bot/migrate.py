"""Bringing the state database to the newest schema with Alembic, once, however many processes start together.

The migrations are in ``bot/migrations/versions``; each process runs ``upgrade head`` when it opens the store,
inside one transaction that first takes a lock (``pg_advisory_xact_lock`` on PostgreSQL, ``BEGIN IMMEDIATE`` on
SQLite), so a second process waits, then finds the schema current and does nothing. A database made before
migrations existed (tables, no ``alembic_version``) is stamped at the first revision, which is that schema, and
upgraded from there: its data stays.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BEFORE_MIGRATIONS = "0001"  # the schema the bot created itself (create_all) before there were migrations
HEAD = "head"
_LOCK_KEY = 0x7573726F6B  # 'usrok': one schema upgrade at a time per PostgreSQL database


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade_schema(engine: Engine, revision: str = HEAD) -> None:
    """Upgrade to ``revision`` under a lock; ``engine`` must begin write transactions (``bot.state.writer``).

    >>> upgrade_schema(writer(make_engine("sqlite:///state/usrok.db")))  # doctest: +SKIP
    """
    config = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        tables = set(inspect(conn).get_table_names())
        config.attributes["connection"] = conn
        if "alembic_version" not in tables and "digest_outbox" in tables:
            command.stamp(config, BEFORE_MIGRATIONS)
        command.upgrade(config, revision)
