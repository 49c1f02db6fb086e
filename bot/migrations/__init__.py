"""Alembic's migration environment for the state database (run by ``bot.migrate``)."""
