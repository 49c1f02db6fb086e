"""The top-level ``text`` of digests and answers is mrkdwn too: titles from documents reach it escaped."""

from __future__ import annotations

import json

from bot.app import create_app
from bot.http import make_http_server
from bot.slack_client import make_web_client
from tests.conftest import WRITTEN_DOCS
from tests.digest_world import World, settle
from tests.slack_harness import SECRET, ServerThread, post, slash_body

ATTACKS = ("<!channel>", "<!here>", "<https://evil.example|Official notice>", "<@U999>")


def _hostile_document(world: World) -> None:
    text = (WRITTEN_DOCS / "fact_sheet_seventh_sed.txt").read_text(encoding="utf-8")
    target = world.folder / "hostile.txt"
    target.write_text(f"{' '.join(ATTACKS)} Seventh Senior Economic Dialogue\n\n{text}", encoding="utf-8")
    settle(target, world.clock.now - 60)


def test_a_digest_fallback_text_carries_document_titles_escaped(world: World) -> None:
    world.service().run_once()
    _hostile_document(world)
    world.service().run_once()
    message = world.digests("C1")[0]
    assert "&lt;!channel&gt;" in message["text"]
    assert not any(attack in json.dumps(message) for attack in ATTACKS)


def test_an_answer_fallback_text_carries_the_source_title_escaped(world: World) -> None:
    service = world.service()
    service.run_once()
    _hostile_document(world)
    service.run_once()
    app = create_app(
        world.settings, client=make_web_client(world.settings), knowledge=world.holder, store=service.store
    )
    server = ServerThread(make_http_server(app, host="127.0.0.1", port=0, threads=2, signing_secret=SECRET))
    try:
        reply = post(
            f"{server.url}/slack/events",
            slash_body("who is Laura Whitfield", world.fake.response_url()),
            "application/x-www-form-urlencoded",
        ).json()
    finally:
        server.close()
    assert "Laura Whitfield" in reply["text"] and "&lt;!channel&gt;" in reply["text"]
    assert not any(attack in json.dumps(reply) for attack in ATTACKS)
