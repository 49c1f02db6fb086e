"""Alembic's environment: the connection (and its transaction, holding the upgrade lock) comes from bot.migrate."""

from __future__ import annotations

from alembic import context

context.configure(connection=context.config.attributes["connection"], target_metadata=None)
with context.begin_transaction():
    context.run_migrations()
