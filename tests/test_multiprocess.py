"""Exactly once across processes: three workers and two overlapping `usrok digest --once` runs on one database
(PostgreSQL and SQLite), documents arriving meanwhile, and one process killed with SIGKILL while Slack holds its
post. The fake Slack counts: every document reaches every channel exactly once."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.schema import digest_outbox
from bot.state import StateStore
from knowledge.extract.documents import read_document
from tests.conftest import ROOT, SEEDS, WRITTEN_DOCS, until
from tests.databases import DATABASES, fresh_database
from tests.fake_slack import FakeSlack

ARRIVING = [
    "fact_sheet_seventh_sed.txt",
    "joint_statement_semiconductors.md",
    "kita_release_blind4.md",
    "news_shipbuilding_blind.txt",
    "release_energy_blind.md",
    "state_readout_blind3.md",
    "yonhap_chips_blind2.txt",
    "mofa_press_blind10.txt",
]
CHANNELS = ("C1", "C2")


class Fleet:
    """The processes of one test, each started here and ended here (by its own pid, never by name)."""

    def __init__(self, tmp_path: Path, env: dict[str, str]) -> None:
        self.tmp_path = tmp_path
        self.env = env
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self, name: str, *args: str) -> subprocess.Popen[bytes]:
        env = {**self.env, "USROK_STATE_DIR": str(self.tmp_path / f"state-{name}")}  # as if on its own host
        log = (self.tmp_path / f"{name}.log").open("wb")
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", *args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
        )
        self.procs.append(proc)
        return proc

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(30)


@pytest.fixture()
def fake() -> Iterator[FakeSlack]:
    server = FakeSlack().start()
    server.hang_seconds = 3.0
    yield server
    server.stop()


SLOW = 90.0  # several processes starting on a loaded machine


def announcements(fake: FakeSlack, channel: str, name: str) -> int:
    """How many digest messages in ``channel`` list the document: each listed document has one 'Ask about this
    document' button whose value carries the document's id."""
    document_id = read_document(WRITTEN_DOCS / name).id
    return sum(json.dumps(c.params["blocks"]).count(document_id) for c in fake.posted(channel=channel))


@pytest.mark.parametrize("kind", DATABASES)
def test_every_document_reaches_every_channel_exactly_once_with_many_processes_and_a_kill(
    kind: str, tmp_path: Path, fake: FakeSlack
) -> None:
    url = fresh_database(kind, tmp_path)
    folder = tmp_path / "docs"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, folder / seed.name)
        os.utime(folder / seed.name, (time.time() - 3600,) * 2)
    env = {
        "PATH": os.environ.get("PATH", ""),
        "USROK_ENV_FILE": os.devnull,
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_APP_TOKEN": "xapp-test",
        "SLACK_API_URL": fake.url,
        "USROK_DB": url,
        "USROK_SEEDS_DIR": str(folder),
        "USROK_DIGEST_CHANNELS": ",".join(CHANNELS),
        "USROK_SCAN_INTERVAL": "0.3",
        "USROK_SCANNER_LEASE": "2",
        "USROK_CLAIM_SECONDS": "2",
    }
    fleet = Fleet(tmp_path, env)
    store = StateStore(url)
    try:
        workers = [fleet.start(f"worker{i}", "serve") for i in range(3)]
        assert until(store.baseline_recorded, SLOW), (tmp_path / "worker0.log").read_text()[-3000:]
        killed = None
        for i, name in enumerate(ARRIVING):
            target = folder / name
            shutil.copy(WRITTEN_DOCS / name, folder / f".{name}.part")
            os.utime(folder / f".{name}.part", (time.time() - 60,) * 2)
            os.replace(folder / f".{name}.part", target)  # arrives whole, already settled
            if i == 2:  # two overlapping cron runs
                runs = [fleet.start(f"once{j}", "digest", "--once") for j in range(2)]
                for run in runs:
                    run.wait(120)
            if i == 4:  # the next accepted post hangs, and its process is killed while Slack holds it
                fake.then("chat.postMessage", "hang")
                assert until(lambda: bool(fake.hung), SLOW)
                outbox_id = fake.hung[0].params["metadata"]["event_payload"]["outbox_id"]
                with store.engine.connect() as conn:
                    holder = conn.execute(
                        select(digest_outbox.c.claimed_by).where(digest_outbox.c.id == outbox_id)
                    ).scalar_one()
                pid = int(holder.split(":")[1])
                killed = next(p for p in fleet.procs if p.pid == pid)  # only a process this test started
                os.kill(pid, signal.SIGKILL)
                killed.wait(30)

        def all_delivered() -> bool:
            everything = all(announcements(fake, c, n) >= 1 for c in CHANNELS for n in ARRIVING)
            with store.engine.connect() as conn:
                statuses = set(conn.execute(select(digest_outbox.c.status)).scalars())
            return everything and statuses <= {"posted"}

        assert until(all_delivered, SLOW), {n: [announcements(fake, c, n) for c in CHANNELS] for n in ARRIVING}
        assert killed is not None and killed.returncode == -signal.SIGKILL
        assert sum(p.poll() is None for p in workers) >= 2
    finally:
        fleet.stop()
    counts = {(c, n): announcements(fake, c, n) for c in CHANNELS for n in ARRIVING}
    assert counts == {key: 1 for key in counts}
