"""What listeners need, passed in once by the app factory (no globals, nothing hung on the app)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.knowledge_holder import KnowledgeHolder
from bot.settings import Settings
from bot.state import StateStore

if TYPE_CHECKING:
    from bot.digest import DigestService


@dataclass(frozen=True)
class Deps:
    settings: Settings
    knowledge: KnowledgeHolder
    store: StateStore
    digests: DigestService | None = None
