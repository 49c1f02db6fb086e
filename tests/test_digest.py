"""The digest against a fake Slack Web API: baseline silent, each new document announced once per channel."""

from __future__ import annotations

import io
import json
import threading

from sqlalchemy import update

from bot.app import create_app
from bot.digest import DigestService
from bot.http import make_http_server
from bot.knowledge_holder import KnowledgeHolder, StoreTableSource
from bot.runtime import digest_once, start_scheduler
from bot.slack_client import make_web_client
from bot.state import StateStore, digest_outbox
from knowledge.answer.answers import KnowledgeBase
from tests.conftest import WRITTEN_DOCS
from tests.digest_world import World, settle
from tests.fake_slack import Scripted
from tests.slack_harness import SECRET, ServerThread, post, slash_body


def _blocks(message: dict) -> str:
    return json.dumps(message["blocks"], ensure_ascii=False)


def test_the_documents_present_at_first_start_are_a_silent_baseline(world: World) -> None:
    report = world.service().run_once()
    assert report.baseline and report.posted == 0
    assert world.fake.posted() == []
    assert world.service().run_once().posted == 0


def test_a_new_document_is_announced_once_to_each_subscribed_channel(world: World) -> None:
    world.service().run_once()
    world.add(WRITTEN_DOCS / "fact_sheet_seventh_sed.txt")
    report = world.service().run_once()
    assert report.ingested == ["docs/fact_sheet_seventh_sed.txt"] and report.posted == 2
    messages = world.digests()
    assert sorted(m["channel"] for m in messages) == ["C1", "C2"]
    blocks = _blocks(messages[0])
    assert "Seventh Senior Economic Dialogue" in blocks
    assert "Laura Whitfield — Under Secretary of State" in blocks
    assert "$30 million — ROK," in blocks
    assert "1 new document" in messages[0]["text"]
    assert world.service().run_once().posted == 0
    assert len(world.digests()) == 2


def test_channels_subscribed_with_the_slash_command_get_it_too(world: World) -> None:
    service = world.service()
    service.run_once()
    service.store.subscribe("C9", "U1")
    world.add(WRITTEN_DOCS / "joint_statement_semiconductors.md")
    service.run_once()
    assert sorted(m["channel"] for m in world.digests()) == ["C1", "C2", "C9"]


def test_two_rate_limits_then_success_give_exactly_one_message(world: World) -> None:
    world.service().run_once()
    limited = Scripted(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "1"})
    world.fake.script("chat.postMessage", limited, limited)
    world.add(WRITTEN_DOCS / "fact_sheet_seventh_sed.txt")
    report = world.service().run_once()
    assert report.posted == 2 and report.pending == 0
    assert len(world.digests("C1")) == 1 and len(world.digests("C2")) == 1
    assert len([c for c in world.fake.calls if c.method == "chat.postMessage"]) == 4
    assert len(world.retry_waits) == 2 and min(world.retry_waits) >= 1  # as long as Retry-After said


def test_a_server_error_leaves_the_digest_pending_for_the_next_run(world: World) -> None:
    world.service().run_once()
    world.fake.script("chat.postMessage", Scripted(500, {"ok": False, "error": "fatal_error"}))
    world.add(WRITTEN_DOCS / "fact_sheet_seventh_sed.txt")
    first = world.service().run_once()
    assert first.posted == 1 and first.pending == 1
    second = world.service().run_once()
    assert second.posted == 1 and second.pending == 0
    assert len(world.digests("C1")) == 1 and len(world.digests("C2")) == 1


def test_a_crash_between_ingest_and_post_posts_once_after_restart(world: World) -> None:
    world.service().run_once()
    world.add(WRITTEN_DOCS / "fact_sheet_seventh_sed.txt")
    crashed = world.service()
    crashed.scan()  # the process dies here, before posting
    assert world.fake.posted() == []
    restarted = world.service()
    assert restarted.run_once().posted == 2
    assert world.service().run_once().posted == 0
    assert len(world.digests()) == 2


def test_a_crash_after_slack_accepted_but_before_marking_does_not_post_twice(world: World) -> None:
    service = world.service()
    service.run_once()
    world.add(WRITTEN_DOCS / "fact_sheet_seventh_sed.txt")
    service.run_once()
    # Forge the state a crash right after chat.postMessage would leave: attempted, never marked.
    with service.store.engine.begin() as conn:
        conn.execute(update(digest_outbox).values(status="pending", attempts=1, message_ts=None))
    assert world.service().run_once().posted == 2
    assert len(world.digests()) == 2


def test_a_half_written_file_waits_until_it_is_complete(world: World) -> None:
    world.service().run_once()
    text = (WRITTEN_DOCS / "fact_sheet_seventh_sed.txt").read_text(encoding="utf-8")
    target = world.folder / "arriving.txt"
    target.write_text(text[: len(text) // 3], encoding="utf-8")
    settle(target, world.clock.now)  # just written
    report = world.service().run_once()
    assert report.waiting == ["docs/arriving.txt"] and report.ingested == [] and world.fake.posted() == []
    target.write_text(text, encoding="utf-8")
    settle(target, world.clock.now)
    world.clock.now += 30  # the writer has finished and the file has settled
    report = world.service().run_once()
    assert report.ingested == ["docs/arriving.txt"] and report.posted == 2
    assert "$15 million" in _blocks(world.digests()[0])


def test_an_unreadable_file_is_reported_while_the_others_are_posted(world: World) -> None:
    world.service().run_once()
    world.add(WRITTEN_DOCS / "joint_statement_semiconductors.md")
    broken = world.folder / "broken.txt"
    broken.write_bytes(b"\x00\x01\x02binary")
    settle(broken, world.clock.now - 60)
    report = world.service().run_once()
    assert [s.path for s in report.unreadable] == ["docs/broken.txt"] and report.posted == 2
    blocks = _blocks(world.digests("C1")[0])
    assert "Could not read `docs/broken.txt`: binary file" in blocks and "Daniel Brooks" in blocks


def test_a_channel_that_removed_the_bot_is_skipped_and_the_rest_still_receive(world: World) -> None:
    world.service().run_once()
    world.fake.channel_errors["C2"] = "not_in_channel"
    world.add(WRITTEN_DOCS / "fact_sheet_seventh_sed.txt")
    report = world.service().run_once()
    assert report.posted == 1 and report.skipped_channels == ["C2"] and report.pending == 0
    assert len(world.digests("C1")) == 1
    assert world.service().run_once().skipped_channels == []


def test_slash_command_answers_about_the_new_document_right_after_the_scan(world: World) -> None:
    service = world.service()
    service.run_once()
    app = create_app(
        world.settings,
        client=make_web_client(world.settings),
        knowledge=world.holder,
        store=service.store,
        digests=service,
    )
    server = ServerThread(make_http_server(app, host="127.0.0.1", port=0, threads=2, signing_secret=SECRET))
    try:

        def ask(text: str) -> dict:
            return post(
                f"{server.url}/slack/events",
                slash_body(text, world.fake.response_url()),
                "application/x-www-form-urlencoded",
            ).json()

        assert "not in the fact table" in ask("who is Laura Whitfield")["text"]
        world.add(WRITTEN_DOCS / "fact_sheet_seventh_sed.txt")
        service.run_once()
        assert "Laura Whitfield — Under Secretary of State" in ask("who is Laura Whitfield")["text"]
        assert "Seventh Senior Economic Dialogue" in json.dumps(ask("digest")["blocks"])
    finally:
        server.close()


def test_a_document_removed_from_the_folder_stops_answering_after_one_scan_and_a_new_one_answers(
    world: World,
) -> None:
    service = world.service()
    service.run_once()
    world.add(WRITTEN_DOCS / "fact_sheet_seventh_sed.txt")
    service.run_once()
    app = create_app(
        world.settings, client=make_web_client(world.settings), knowledge=world.holder, store=service.store
    )
    server = ServerThread(make_http_server(app, host="127.0.0.1", port=0, threads=2, signing_secret=SECRET))
    try:

        def ask(text: str) -> str:
            body = slash_body(text, world.fake.response_url())
            return json.dumps(post(f"{server.url}/slack/events", body, "application/x-www-form-urlencoded").json())

        assert "not in the fact table" not in ask("search KORUS Clean Hydrogen Partnership")
        (world.folder / "fact_sheet_seventh_sed.txt").unlink()
        service.run_once()  # the knowledge in hand is extended (less one document), not rebuilt
        assert "not in the fact table" in ask("search KORUS Clean Hydrogen Partnership")
        assert "not in the fact table" in ask("who is Laura Whitfield")
        world.add(WRITTEN_DOCS / "mofa_press_blind10.txt")
        service.run_once()
        assert "Kim Hong-kyun" in ask("who is Kim Hong-kyun")
    finally:
        server.close()


def test_the_web_process_picks_up_the_table_the_worker_published(world: World) -> None:
    world.service().run_once()
    now = [0.0]
    web = KnowledgeHolder(
        KnowledgeBase(world.holder.get().table),
        source=StoreTableSource(StateStore(world.settings.database_url)),  # another process, same database
        clock=lambda: now[0],
    )
    assert web.get().answer("who is Laura Whitfield").abstained
    world.add(WRITTEN_DOCS / "fact_sheet_seventh_sed.txt")
    world.service().run_once()
    now[0] += 10
    web.get()  # notices the new file and loads it in the background, answering from the old table meanwhile
    assert web.reloaded.wait(10)
    assert not web.get().answer("who is Laura Whitfield").abstained


def test_digest_once_exits_zero_with_an_unreadable_file(world: World) -> None:
    digest_once(world.settings, io.StringIO(), io.StringIO())
    (world.folder / "broken.txt").write_bytes(b"\x00\x01")
    settle(world.folder / "broken.txt", 1_000_000_000)
    out, err = io.StringIO(), io.StringIO()
    assert digest_once(world.settings, out, err) == 0
    assert "could not read docs/broken.txt" in err.getvalue()
    assert "2 digest message(s) posted" in out.getvalue()


def test_the_scheduler_runs_a_scan_at_once_and_then_on_its_interval(world: World) -> None:
    ran = threading.Event()

    class Watched(DigestService):
        def run_once(self):  # type: ignore[no-untyped-def]
            report = super().run_once()
            ran.set()
            return report

    base = world.service()
    service = Watched(world.settings, base.store, world.holder, base.client, clock=world.clock)
    scheduler = start_scheduler(service, interval=3600)
    try:
        assert ran.wait(10), "the first scan did not run"
        assert service.store.flag_is_set("baseline")
        assert scheduler.get_job("scan") is not None
    finally:
        scheduler.shutdown(wait=False)


def test_the_published_table_can_be_loaded_in_the_request_thread_too(world: World) -> None:
    world.service().run_once()
    now = [0.0]
    web = KnowledgeHolder(
        KnowledgeBase(world.holder.get().table),
        source=StoreTableSource(StateStore(world.settings.database_url)),
        clock=lambda: now[0],
        background=False,
    )
    world.add(WRITTEN_DOCS / "fact_sheet_seventh_sed.txt")
    world.service().run_once()
    now[0] += 10
    assert not web.get().answer("who is Laura Whitfield").abstained
