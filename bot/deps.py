"""What listeners need, passed in once by the app factory (no globals, nothing hung on the app)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.digest import DigestService
from bot.knowledge_holder import KnowledgeHolder
from bot.settings import Settings
from bot.state import StateStore


@dataclass(frozen=True)
class Deps:
    settings: Settings
    knowledge: KnowledgeHolder
    store: StateStore
    digests: DigestService | None = None  # None where no digest runs (an app built only to answer)
