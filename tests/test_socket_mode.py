"""Socket Mode, end to end: the real Bolt app and slack_sdk's client against a local WebSocket server.

The fake Web API hands out the local server's address from apps.connections.open, as Slack would
hand out its own; the server sends envelopes as Slack does and records the acknowledgements.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from websockets.sync import server as websockets_sync

from bot.app import create_app
from bot.knowledge_holder import KnowledgeHolder
from bot.runtime import socket_mode_handler
from bot.settings import load_settings
from bot.slack_client import make_web_client
from bot.slack_identity import SlackIdentity
from bot.state import StateStore
from knowledge.answer.answers import KnowledgeBase
from tests.block_check import block_problems
from tests.fake_slack import FakeSlack


class FakeSocketServer:
    """Sends queued envelopes to whoever connects and collects what comes back (the acks)."""

    def __init__(self) -> None:
        self.outgoing: queue.Queue[dict[str, Any]] = queue.Queue()
        self.received: queue.Queue[dict[str, Any]] = queue.Queue()
        self.server = websockets_sync.serve(self._session, "127.0.0.1", 0)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.server.socket.getsockname()[1]}/link"

    def _session(self, websocket: Any) -> None:
        websocket.send(json.dumps({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A1"}}))
        reader = threading.Thread(target=self._read, args=(websocket,), daemon=True)
        reader.start()
        while True:
            envelope = self.outgoing.get()
            if envelope.get("stop"):
                return
            websocket.send(json.dumps(envelope))

    def _read(self, websocket: Any) -> None:
        try:
            for message in websocket:
                self.received.put(json.loads(message))
        except Exception:
            return

    def start(self) -> FakeSocketServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.outgoing.put({"stop": True})
        self.server.shutdown()


@pytest.fixture(params=["bolt-auth", "identity"])
def socket_mode(
    request: pytest.FixtureRequest, tmp_path: Path, seed_table
) -> Iterator[tuple[FakeSlack, FakeSocketServer]]:
    fake = FakeSlack().start()
    sockets = FakeSocketServer().start()
    fake.socket_url = sockets.url
    settings = load_settings(
        {}, slack_bot_token="xoxb-test", slack_app_token="xapp-test", slack_api_url=fake.url, state_dir=tmp_path
    )
    client = make_web_client(settings)
    app = create_app(
        settings,
        client=client,
        knowledge=KnowledgeHolder(KnowledgeBase(seed_table)),
        store=StateStore(settings.database_url),
        identity=SlackIdentity(client) if request.param == "identity" else None,  # the worker uses an identity
    )
    handler = socket_mode_handler(app, settings)
    handler.connect()  # type: ignore[no-untyped-call]
    yield fake, sockets
    handler.close()  # type: ignore[no-untyped-call]
    sockets.stop()
    fake.stop()


def test_a_slash_command_over_socket_mode_is_answered_in_its_acknowledgement(socket_mode) -> None:
    fake, sockets = socket_mode
    sockets.outgoing.put(
        {
            "envelope_id": "env-1",
            "type": "slash_commands",
            "accepts_response_payload": True,
            "payload": {
                "command": "/usrok",
                "text": "who Kim Jina",
                "user_id": "U1",
                "channel_id": "C1",
                "team_id": "T1",
                "response_url": fake.response_url(),
                "trigger_id": "1.2.3",
                "api_app_id": "A1",
            },
        }
    )
    ack = sockets.received.get(timeout=10)
    assert ack["envelope_id"] == "env-1"
    assert "Kim Jina — Second Vice Foreign Minister" in ack["payload"]["text"]
    assert ack["payload"]["response_type"] == "ephemeral"
    assert block_problems(ack["payload"]["blocks"]) == []


def test_a_mention_over_socket_mode_is_answered_in_its_thread(socket_mode) -> None:
    fake, sockets = socket_mode
    event = {
        "type": "app_mention",
        "user": "U1",
        "text": "<@U0BOT> when was the 5th SED",
        "ts": "1700000001.000100",
        "channel": "C1",
    }
    sockets.outgoing.put(
        {
            "envelope_id": "env-2",
            "type": "events_api",
            "accepts_response_payload": False,
            "payload": {
                "type": "event_callback",
                "event_id": "EvS1",
                "team_id": "T1",
                "api_app_id": "A1",
                "event": event,
                "authorizations": [{"team_id": "T1", "user_id": "U0BOT", "is_bot": True}],
            },
        }
    )
    assert sockets.received.get(timeout=10)["envelope_id"] == "env-2"
    posted = fake.wait_for("chat.postMessage")[0].params
    assert posted["thread_ts"] == "1700000001.000100" and "October 13, 2020" in posted["text"]


def test_the_message_shortcut_over_socket_mode_answers_in_the_thread(socket_mode) -> None:
    fake, sockets = socket_mode
    message = {"type": "message", "user": "U2", "text": "who is Don Graves", "ts": "1700000300.000100"}
    sockets.outgoing.put(
        {
            "envelope_id": "env-3",
            "type": "interactive",
            "accepts_response_payload": False,
            "payload": {
                "type": "message_action",
                "callback_id": "usrok_ask_message",
                "trigger_id": "1.2.7",
                "team": {"id": "T1"},
                "user": {"id": "U1"},
                "channel": {"id": "C1"},
                "message": message,
                "response_url": fake.response_url("r5"),
                "api_app_id": "A1",
            },
        }
    )
    assert sockets.received.get(timeout=10)["envelope_id"] == "env-3"
    posted = fake.wait_for("chat.postMessage")[0].params
    assert posted["thread_ts"] == "1700000300.000100" and "Don Graves" in posted["text"]
