"""Settings → the parts of a running bot: state store, knowledge holder, Slack client, digest service.

The CLI and the long-running processes build what they need here, and nothing here
imports them back, so the import graph runs one way: cli → runtime → wiring.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.digest import DigestService
from bot.knowledge_holder import CountedKnowledgeBase, KnowledgeHolder, StoreTableSource
from bot.loading import load_facts
from bot.metrics import Metrics
from bot.settings import Settings
from bot.slack_client import make_digest_client
from bot.state import StateStore


@dataclass(frozen=True)
class Services:
    """What a long-running process is made of, built from the settings in one place."""

    settings: Settings
    store: StateStore
    knowledge: KnowledgeHolder
    digests: DigestService  # its client is None without SLACK_BOT_TOKEN: digests are then queued, not posted
    metrics: Metrics


def build_services(settings: Settings, *, watch_live_table: bool) -> Services:
    """The store, the knowledge (watching for tables the worker publishes when asked), the client and the digest.

    >>> services = build_services(load_settings({}), watch_live_table=True)  # doctest: +SKIP
    """
    store = StateStore(settings.database_url)
    # The table the worker last published (in the state database, shared across hosts with PostgreSQL),
    # else the committed one; the web process keeps watching for newer ones.
    published = StoreTableSource(store)
    version = published.version()
    table = published.load() if version is not None else load_facts(settings)
    metrics = Metrics()
    knowledge = KnowledgeHolder(
        CountedKnowledgeBase(table, settings.min_confidence, metrics),
        source=published if watch_live_table else None,
        metrics=metrics,
        version=version,
    )
    metrics.documents.set(len(table.documents))
    client = make_digest_client(settings) if settings.has_slack_credentials else None
    # The worker and `digest --once` build the index of a new table in the background: the digest goes out first.
    digests = DigestService(settings, store, knowledge, client, metrics=metrics, background_index=True)
    return Services(settings=settings, store=store, knowledge=knowledge, digests=digests, metrics=metrics)
