"""Running the real app over real HTTP for tests: signed requests in, the fake Slack Web API out."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

SECRET = "test-signing-secret"


def sign(body: str, timestamp: int, secret: str = SECRET) -> str:
    """What Slack sends in X-Slack-Signature: v0= HMAC-SHA256 of 'v0:{timestamp}:{body}'."""
    return "v0=" + hmac.new(secret.encode(), f"v0:{timestamp}:{body}".encode(), hashlib.sha256).hexdigest()


@dataclass
class Reply:
    status: int
    body: str
    headers: dict[str, str]

    def json(self) -> Any:
        return json.loads(self.body)


def post(
    url: str,
    body: str,
    content_type: str,
    *,
    timestamp: int | None = None,
    secret: str = SECRET,
    headers: dict[str, str] | None = None,
) -> Reply:
    ts = int(time.time()) if timestamp is None else timestamp
    request = urllib.request.Request(
        url,
        data=body.encode(),
        method="POST",
        headers={
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": str(ts),
            "X-Slack-Signature": sign(body, ts, secret),
            **(headers or {}),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return Reply(response.status, response.read().decode(), dict(response.headers))
    except urllib.error.HTTPError as error:
        return Reply(error.code, error.read().decode(), dict(error.headers))


def slash_body(text: str, response_url: str, channel: str = "C1", user: str = "U1") -> str:
    return urlencode(
        {
            "token": "x",
            "team_id": "T1",
            "team_domain": "test",
            "channel_id": channel,
            "channel_name": "general",
            "user_id": user,
            "user_name": "alice",
            "command": "/usrok",
            "text": text,
            "api_app_id": "A1",
            "response_url": response_url,
            "trigger_id": "1.2.3",
        }
    )


def event_body(event: dict[str, Any], event_id: str) -> str:
    return json.dumps(
        {
            "token": "x",
            "team_id": "T1",
            "api_app_id": "A1",
            "event": event,
            "type": "event_callback",
            "event_id": event_id,
            "event_time": 1700000000,
            "authorizations": [{"team_id": "T1", "user_id": "U0BOT", "is_bot": True}],
        }
    )


def action_body(action_id: str, value: str, response_url: str, ephemeral: bool = True, user: str = "U1") -> str:
    payload = {
        "type": "block_actions",
        "user": {"id": user, "team_id": "T1"},
        "team": {"id": "T1"},
        "api_app_id": "A1",
        "token": "x",
        "trigger_id": "1.2.3",
        "response_url": response_url,
        "container": {"type": "message", "is_ephemeral": ephemeral, "channel_id": "C1"},
        "channel": {"id": "C1"},
        "actions": [
            {"action_id": action_id, "block_id": "b", "type": "button", "value": value, "action_ts": "1700000000.1"}
        ],
    }
    return urlencode({"payload": json.dumps(payload)})


class ServerThread:
    """A waitress server running in a thread, stopped on ``close``."""

    def __init__(self, server: Any) -> None:
        self.server = server
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.server.run()
        except OSError:
            pass  # closing the listening socket from the test thread ends waitress's select loop this way

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.effective_port}"

    def close(self) -> None:
        self.server.close()
        self.thread.join(5)


def view_submission_body(
    callback_id: str, values: dict[str, dict[str, str]], private_metadata: str = "", user: str = "U1"
) -> str:
    """A modal's submission: ``values`` maps block id → action id → what was typed."""
    state = {
        b: {a: {"type": "plain_text_input", "value": v} for a, v in inputs.items()} for b, inputs in values.items()
    }
    payload = {
        "type": "view_submission",
        "team": {"id": "T1"},
        "user": {"id": user, "team_id": "T1"},
        "api_app_id": "A1",
        "token": "x",
        "trigger_id": "1.2.4",
        "view": {
            "id": "V1",
            "type": "modal",
            "callback_id": callback_id,
            "private_metadata": private_metadata,
            "state": {"values": state},
            "hash": "h",
            "blocks": [],
        },
    }
    return urlencode({"payload": json.dumps(payload)})


def shortcut_body(callback_id: str, message: dict[str, Any], response_url: str, channel: str = "C1") -> str:
    """A message shortcut, as Slack sends it when someone picks it from a message's menu."""
    payload = {
        "type": "message_action",
        "callback_id": callback_id,
        "trigger_id": "1.2.5",
        "team": {"id": "T1"},
        "user": {"id": "U1", "team_id": "T1"},
        "channel": {"id": channel, "name": "general"},
        "message": message,
        "message_ts": message.get("ts"),
        "response_url": response_url,
        "token": "x",
        "api_app_id": "A1",
    }
    return urlencode({"payload": json.dumps(payload)})


def select_body(action_id: str, selected: dict[str, Any], response_url: str | None = None, user: str = "U1") -> str:
    """A menu choice: ``selected`` is what Slack adds for the element (``selected_option``,
    ``selected_conversation``); without a response_url it comes from the home tab."""
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": {"id": user, "team_id": "T1"},
        "team": {"id": "T1"},
        "api_app_id": "A1",
        "token": "x",
        "trigger_id": "1.2.6",
        "actions": [{"action_id": action_id, "block_id": "b", "action_ts": "1700000000.2", **selected}],
    }
    if response_url:
        payload |= {"response_url": response_url, "container": {"type": "message", "channel_id": "C1"}}
        payload["channel"] = {"id": "C1"}
    else:
        payload |= {"container": {"type": "view", "view_id": "V1"}, "view": {"id": "V1", "type": "home"}}
    return urlencode({"payload": json.dumps(payload)})
