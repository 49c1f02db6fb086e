"""A documents folder, a fake Slack and a state database (SQLite, and PostgreSQL when configured) for digest tests."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.digest import DigestService
from bot.knowledge_holder import KnowledgeHolder
from bot.settings import Settings, load_settings
from bot.slack_client import make_digest_client
from bot.state import StateStore
from knowledge.answer.answers import KnowledgeBase
from tests.conftest import SEEDS
from tests.databases import DATABASES, fresh_database
from tests.fake_slack import FakeSlack
from tests.slack_harness import SECRET


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@dataclass
class World:
    folder: Path
    settings: Settings
    fake: FakeSlack
    clock: FakeClock
    holder: KnowledgeHolder
    retry_waits: list[float]

    def service(self, holder: str = "worker") -> DigestService:
        """A fresh service on the same database: what a restarted worker builds (another process: another holder)."""
        store = StateStore(self.settings.database_url, clock=self.clock)
        client = make_digest_client(self.settings)
        return DigestService(self.settings, store, self.holder, client, clock=self.clock, holder=holder)

    def add(self, source: Path, name: str | None = None, age: float = 60.0) -> Path:
        target = self.folder / (name or source.name)
        shutil.copy(source, target)
        settle(target, self.clock.now - age)
        return target

    def digests(self, channel: str | None = None) -> list[dict]:
        return [c.params for c in self.fake.posted("chat.postMessage", channel)]


def settle(path: Path, when: float) -> None:
    os.utime(path, (when, when))


@pytest.fixture(params=DATABASES)
def world(request: pytest.FixtureRequest, tmp_path: Path, seed_table, retry_waits: list[float]) -> Iterator[World]:
    folder = tmp_path / "docs"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, folder / seed.name)
    fake = FakeSlack().start()
    env = {"USROK_DIGEST_CHANNELS": "C1,C2", "USROK_DB": fresh_database(request.param, tmp_path)}
    settings = load_settings(
        env,
        slack_bot_token="xoxb-test",
        slack_signing_secret=SECRET,
        slack_api_url=fake.url,
        state_dir=tmp_path / "state",
        seeds_dir=folder,
    )
    clock = FakeClock(2_000_000_000.0)
    for path in folder.iterdir():
        settle(path, clock.now - 3600)
    yield World(folder, settings, fake, clock, KnowledgeHolder(KnowledgeBase(seed_table)), retry_waits)
    fake.stop()
