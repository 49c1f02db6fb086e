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
    path = settings.live_facts_path if settings.live_facts_path.exists() else settings.facts_path
    return load_table(path)


def load_knowledge(settings: Settings, table: Path | None = None) -> KnowledgeBase:
    """The knowledge ``usrok ask`` and the console answer from: the file ``table`` when one is named
    (``--facts FILE`` means that file, even when the worker has published a live table), else ``load_facts``."""
    facts = load_table(table) if table is not None else load_facts(settings)
    return KnowledgeBase(facts, min_confidence=settings.min_confidence)
