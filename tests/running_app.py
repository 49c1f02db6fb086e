"""The real app on a free port, talking to the fake Slack Web API: the ``slack`` fixture of the Slack tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.app import create_app
from bot.http import make_http_server
from bot.knowledge_holder import KnowledgeHolder
from bot.settings import load_settings
from bot.slack_client import make_web_client
from bot.state import StateStore
from knowledge.answer.answers import KnowledgeBase
from knowledge.models import FactTable
from tests.block_check import block_problems, view_problems
from tests.fake_slack import FakeSlack
from tests.slack_harness import (
    SECRET,
    ServerThread,
    action_body,
    event_body,
    post,
    select_body,
    shortcut_body,
    slash_body,
    view_submission_body,
)

FORM = "application/x-www-form-urlencoded"


@dataclass
class Running:
    url: str
    fake: FakeSlack
    store: StateStore
    knowledge: KnowledgeBase

    def command(self, text: str, **kw: Any) -> dict[str, Any]:
        """What the user sees for ``/usrok text``: the acknowledgement, its blocks checked against Slack's limits."""
        reply = post(f"{self.url}/slack/events", slash_body(text, self.fake.response_url()), FORM, **kw)
        assert reply.status == 200, reply
        data: dict[str, Any] = reply.json()
        assert block_problems(data.get("blocks", [])) == []
        return data

    def event(self, event: dict[str, Any], event_id: str, headers: dict[str, str] | None = None) -> int:
        return post(f"{self.url}/slack/events", event_body(event, event_id), "application/json", headers=headers).status

    def click(self, action_id: str, value: str, ephemeral: bool = True) -> int:
        body = action_body(action_id, value, self.fake.response_url("r2"), ephemeral)
        return post(f"{self.url}/slack/events", body, FORM).status

    def select(self, action_id: str, selected: dict[str, Any], *, from_message: bool = True) -> int:
        url = self.fake.response_url("r3") if from_message else None
        return post(f"{self.url}/slack/events", select_body(action_id, selected, url), FORM).status

    def submit(self, callback_id: str, values: dict[str, dict[str, str]], metadata: str) -> dict[str, Any]:
        reply = post(f"{self.url}/slack/events", view_submission_body(callback_id, values, metadata), FORM)
        assert reply.status == 200, reply
        data: dict[str, Any] = json.loads(reply.body) if reply.body else {}
        if "view" in data:
            assert view_problems(data["view"]) == []
        return data

    def shortcut(self, callback_id: str, message: dict[str, Any]) -> int:
        body = shortcut_body(callback_id, message, self.fake.response_url("r4"))
        return post(f"{self.url}/slack/events", body, FORM).status


def run_app(tmp_path: Path, table: FactTable, **settings: Any) -> Iterator[Running]:
    fake = FakeSlack().start()
    config = load_settings(
        {},
        slack_bot_token="xoxb-test",
        slack_signing_secret=SECRET,
        slack_api_url=fake.url,
        state_dir=tmp_path,
        **settings,
    )
    store = StateStore(config.database_url)
    kb = KnowledgeBase(table)
    app = create_app(config, client=make_web_client(config), knowledge=KnowledgeHolder(kb), store=store)
    server = ServerThread(make_http_server(app, host="127.0.0.1", port=0, threads=4, signing_secret=SECRET))
    try:
        yield Running(server.url, fake, store, kb)
    finally:
        server.close()
        fake.stop()
