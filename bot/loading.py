"""Loading the fact table a command answers from: light on purpose (no Slack runtime, no database), so
`usrok ask` starts quickly."""

from __future__ import annotations

from pathlib import Path

from bot.settings import Settings
from knowledge.answer.answers import KnowledgeBase
from knowledge.build import load_table
from knowledge.models import FactTable


def load_facts(settings: Settings) -> FactTable:
    """The live table when the worker has published one, else the configured (committed) table."""
    return load_table(facts_path(settings))


def facts_path(settings: Settings) -> Path:
    """The table file commands answer from: the live table when the worker has published one, else the
    configured (committed) one."""
    return settings.live_facts_path if settings.live_facts_path.exists() else settings.facts_path


def saved_index_path(table: Path) -> Path:
    """Where the sentence index of the table file ``table`` is saved and reused (``facts/seeds.json`` →
    ``facts/seeds.json.index.sqlite``): a large table then loads without indexing its sentences again."""
    return table.with_name(table.name + ".index.sqlite")


def load_knowledge(settings: Settings, table: Path | None = None) -> KnowledgeBase:
    """The knowledge ``usrok ask`` and the console answer from: the file ``table`` when one is named
    (``--facts FILE`` means that file, even when the worker has published a live table), else ``facts_path``."""
    path = table if table is not None else facts_path(settings)
    return KnowledgeBase(load_table(path), min_confidence=settings.min_confidence, saved_at=saved_index_path(path))
