"""Exactly once with one worker and with several: claims, the scanner lease, dropped connections, unreadable history."""

from __future__ import annotations

import io
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.outbox import PENDING, UNCONFIRMED
from bot.runtime import digest_once
from bot.schema import digest_outbox
from bot.state import StateStore
from tests.conftest import ROOT, WRITTEN_DOCS
from tests.databases import DATABASES, fresh_database
from tests.digest_world import World
from tests.fake_slack import Scripted

SED = WRITTEN_DOCS / "fact_sheet_seventh_sed.txt"


def _rows(world: World) -> list[tuple[str, int]]:
    with StateStore(world.settings.database_url).engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(digest_outbox.c.status, digest_outbox.c.attempts))]  # type: ignore[misc]


def test_a_connection_reset_after_slack_accepted_is_not_retried_blindly(world: World) -> None:
    world.service().run_once()
    world.add(SED)
    world.fake.then("chat.postMessage", "drop")  # Slack takes the first message, then the connection resets
    first = world.service().run_once()
    assert len(world.digests("C1")) == 1 and first.pending == 1  # no second post at once
    second = world.service().run_once()  # looks in the history first, and finds it
    assert second.pending == 0
    assert len(world.digests("C1")) == 1 and len(world.digests("C2")) == 1


def test_when_the_history_cannot_be_read_the_digest_is_not_posted_again(world: World) -> None:
    world.service().run_once()
    world.add(SED)
    world.fake.then("chat.postMessage", "drop")
    world.service().run_once()
    world.fake.script("conversations.history", Scripted(200, {"ok": False, "error": "missing_scope"}))
    out, err = io.StringIO(), io.StringIO()
    assert digest_once(world.settings, out, err) == 1  # not silent: the exit status and one line say so
    assert "not re-posted" in err.getvalue() and "C1" in err.getvalue()
    assert len(world.digests("C1")) == 1
    assert sorted(_rows(world)) == [("posted", 1), (UNCONFIRMED, 1)]
    assert world.service().run_once().posted == 0 and len(world.digests("C1")) == 1


def test_a_passing_history_failure_leaves_the_row_pending_without_posting(world: World) -> None:
    world.service().run_once()
    world.add(SED)
    world.fake.then("chat.postMessage", "drop")
    world.service().run_once()
    unavailable = Scripted(503, {"ok": False, "error": "service_unavailable"})
    world.fake.script("conversations.history", unavailable, unavailable)  # a run posts before and after its scan
    assert world.service().run_once().pending == 1 and len(world.digests("C1")) == 1
    assert world.service().run_once().pending == 0 and len(world.digests("C1")) == 1


def test_two_workers_posting_at_once_send_each_message_once(world: World) -> None:
    world.service().run_once()
    for name in ("joint_statement_semiconductors.md", "fact_sheet_seventh_sed.txt", "kita_release_blind4.md"):
        world.add(WRITTEN_DOCS / name)
        world.service().scan()  # three scans: three outbox rows per channel, none posted yet
    workers = [world.service(holder=f"worker-{i}") for i in range(4)]
    start = threading.Barrier(len(workers))

    def post(service):  # type: ignore[no-untyped-def]
        start.wait()
        service.post_pending()

    threads = [threading.Thread(target=post, args=(w,)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(world.digests("C1")) == 3 and len(world.digests("C2")) == 3
    assert all(status == "posted" and attempts == 1 for status, attempts in _rows(world))


def test_only_the_lease_holder_scans_and_another_takes_over_when_it_expires(world: World) -> None:
    leader, other = world.service(holder="leader"), world.service(holder="other")
    assert leader.run_once().baseline
    world.add(SED)
    assert other.run_once().scanned is False and world.digests() == []
    world.clock.now += world.settings.scanner_lease + 1  # the leader died without letting go
    report = other.run_once()
    assert report.ingested == ["docs/fact_sheet_seventh_sed.txt"] and len(world.digests()) == 2
    assert leader.scan().scanned is False


def test_a_scanner_that_lost_its_lease_mid_scan_records_nothing(world: World) -> None:
    slow, fast = world.service(holder="slow"), world.service(holder="fast")
    slow.run_once()
    world.add(SED)
    original = slow.store.record_scan

    def overtaken(*args, **kwargs):  # type: ignore[no-untyped-def]
        world.clock.now += world.settings.scanner_lease + 1  # slow stalls past its lease; fast takes over
        fast.run_once()
        return original(*args, **kwargs)

    slow.store.record_scan = overtaken  # type: ignore[method-assign]
    report = slow.run_once()
    assert report.scanned is False
    assert len(world.digests("C1")) == 1 and len(world.digests("C2")) == 1


@pytest.mark.parametrize("kind", DATABASES)
def test_two_processes_opening_a_fresh_database_at_the_same_instant_both_start(kind: str, tmp_path: Path) -> None:
    url = fresh_database(kind, tmp_path)
    code = "import sys; from bot.state import StateStore; StateStore(sys.argv[1]); print('ok')"
    procs = [
        subprocess.Popen([sys.executable, "-c", code, url], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(3)
    ]
    results = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [r[1].decode()[-500:] for r in results]
    assert StateStore(url).subscribed_channels() == []


def test_pending_rows_stay_pending_without_a_client(world: World) -> None:
    world.service().run_once()
    world.add(SED)
    service = world.service()
    service.poster.client = None
    assert service.run_once().pending == 2
    assert sorted(_rows(world)) == [(PENDING, 0), (PENDING, 0)]


def test_with_the_index_built_in_the_background_the_digest_goes_out_and_the_table_follows(world: World) -> None:
    service = world.service()
    service.tables.background = True  # as the worker and `digest --once` run
    service.run_once()
    assert service.tables.wait(60)
    world.add(SED)
    assert service.run_once().posted == 2
    assert service.tables.wait(60)
    assert not world.holder.get().answer("who is Laura Whitfield").abstained
    assert world.holder.version == service.store.published_table_version()


def test_a_live_scanner_keeps_its_lease_through_a_long_scan(world: World) -> None:
    world.settings = world.settings.model_copy(update={"scanner_lease_seconds": 1.5})
    real_now = __import__("time").time
    leader, other = world.service(holder="leader"), world.service(holder="other")
    for service in (leader, other):  # real time here: the renewal thread runs on the clock
        service.store.clock = real_now
    taken: list[bool] = []
    original = leader.store.known_files

    def slow_listing():  # type: ignore[no-untyped-def]
        done = threading.Event()
        done.wait(3.0)  # a scan twice as long as the lease (renewed every 0.5 s)
        taken.append(other.leases.acquire())
        return original()

    leader.store.known_files = slow_listing  # type: ignore[method-assign]
    assert leader.scan().scanned is True
    assert taken == [False]


def test_a_post_slower_than_its_claim_keeps_the_row_from_other_workers(world: World) -> None:
    world.settings = world.settings.model_copy(update={"claim_seconds": 1.5})
    real_now = __import__("time").time
    world.service().run_once()
    world.add(SED)
    world.service().scan()  # two rows queued, one per channel
    poster, other = world.service(holder="poster"), world.service(holder="other")
    for service in (poster, other):  # real time here: the renewal thread runs on the clock
        service.store.clock = real_now
    world.fake.hang_seconds = 3.0  # Slack holds the post twice as long as the claim lasts
    world.fake.then("chat.postMessage", "hang")
    posting = threading.Thread(target=poster.post_pending)
    posting.start()
    try:
        assert world.fake.wait_for("chat.postMessage", 1, timeout=10)
        taken = threading.Event()
        taken.wait(2.5)  # past the claim's length, while the post still hangs
        claimed = other.outbox.claim_next()
        assert claimed is None or claimed.channel != world.fake.hung[0].params["channel"]
        if claimed is not None:
            other.outbox.release(claimed.id, "only looking")
    finally:
        posting.join(30)
    other.post_pending()
    assert len(world.digests("C1")) == 1 and len(world.digests("C2")) == 1
