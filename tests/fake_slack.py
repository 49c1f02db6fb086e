"""A local fake of the Slack Web API (and of response_url endpoints), on a free port, recording every call.

Tests point the real WebClient at it through its base URL, so the code under test makes
real HTTP calls. Responses can be scripted per method (a 429 with Retry-After, a 500)
and per channel (``not_in_channel``).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from tests.block_check import block_problems, view_problems


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    headers: dict[str, str]


@dataclass
class Scripted:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


class FakeSlack:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        # What happens after Slack has accepted the next call of a method: 'drop' (the connection is reset
        # before any response) or 'hang' (the response comes after ``hang_seconds``).
        self.after_accept: dict[str, list[str]] = {}
        self.hang_seconds = 5.0
        self.hung: list[Call] = []  # the calls answered late, in order
        self.scripts: dict[str, list[Scripted]] = {}
        self.channel_errors: dict[str, str] = {}
        self.socket_url: str | None = None  # what apps.connections.open hands out (a local WebSocket server)
        self.invalid: list[str] = []  # blocks or views Slack would refuse: ``stop`` fails the test on any
        self._changed = threading.Condition()
        self._ts = 0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8") if length else ""
                if "json" in (self.headers.get("Content-Type") or ""):
                    params = json.loads(raw or "{}")
                else:
                    params = dict(parse_qsl(raw))
                    for key in ("blocks", "metadata", "view"):
                        if isinstance(params.get(key), str):
                            params[key] = json.loads(params[key])
                method = self.path.strip("/").removeprefix("api/")
                problems = fake.check(method, params)
                if problems:
                    status, body, headers = 200, {"ok": False, "error": "invalid_blocks"}, {}
                else:
                    status, body, headers = fake.respond(method, params)
                params["_ok"] = status == 200 and bool(body.get("ok"))
                call = Call(method, params, dict(self.headers))
                with fake._changed:
                    fake.calls.append(call)
                    fake._changed.notify_all()
                    then = fake.after_accept.get(method) if params["_ok"] else None
                    action = then.pop(0) if then else None
                if action == "drop":
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if action == "hang":
                    with fake._changed:
                        fake.hung.append(
                            fake.calls[-1] if fake.calls[-1].params is params else Call(method, params, {})
                        )
                        fake._changed.notify_all()
                    time.sleep(fake.hang_seconds)
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the caller is gone (a test killed it while its call hung)

            do_GET = do_POST

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/api/"

    def response_url(self, name: str = "r1") -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/response/{name}"

    def start(self) -> FakeSlack:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        assert self.invalid == [], "the app sent blocks Slack would refuse:\n" + "\n".join(self.invalid)

    def check(self, method: str, params: dict[str, Any]) -> list[str]:
        """Slack's limits on what arrives: every message's blocks, every modal and home tab."""
        problems = []
        if params.get("blocks") is not None:
            problems += block_problems(params["blocks"])
        if params.get("view") is not None:
            problems += view_problems(params["view"])
        with self._changed:
            self.invalid += [f"{method}: {p}" for p in problems]
        return problems

    def then(self, method: str, *actions: str) -> None:
        """After Slack accepts the next calls of ``method``: 'drop' the connection, or 'hang' before answering."""
        with self._changed:
            self.after_accept.setdefault(method, []).extend(actions)

    def script(self, method: str, *responses: Scripted) -> None:
        self.scripts.setdefault(method, []).extend(responses)

    def respond(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any], dict[str, str]]:
        queued = self.scripts.get(method)
        if queued:
            s = queued.pop(0)
            return s.status, s.body, s.headers
        if method == "auth.test":
            return (
                200,
                {
                    "ok": True,
                    "user_id": "U0BOT",
                    "bot_id": "B0BOT",
                    "team_id": "T1",
                    "user": "usrok",
                    "team": "Test",
                    "url": "https://test.slack.com/",
                },
                {},
            )
        if method in ("chat.postMessage", "chat.update"):
            channel = str(params.get("channel", ""))
            if channel in self.channel_errors:
                return 200, {"ok": False, "error": self.channel_errors[channel]}, {}
            with self._changed:
                self._ts += 1
                ts = f"1700000000.{self._ts:06d}"
            return 200, {"ok": True, "channel": channel, "ts": ts, "message": {"text": params.get("text")}}, {}
        if method == "apps.connections.open":
            if self.socket_url:
                return 200, {"ok": True, "url": self.socket_url}, {}
            return 200, {"ok": False, "error": "service_unavailable"}, {}  # no Socket Mode server in this test
        if method == "conversations.history":
            channel = str(params.get("channel", ""))
            with self._changed:
                messages = [
                    {"ts": f"1700000000.{i:06d}", "text": c.params.get("text"), "metadata": c.params.get("metadata")}
                    for i, c in enumerate(self.calls)
                    if c.method == "chat.postMessage" and c.params.get("channel") == channel and c.params.get("_ok")
                ]
            return 200, {"ok": True, "messages": messages[::-1]}, {}
        return 200, {"ok": True}, {}

    def posted(self, method: str = "chat.postMessage", channel: str | None = None) -> list[Call]:
        """Calls to ``method`` that Slack accepted (a scripted 429 or an error is not 'posted')."""
        with self._changed:
            return [
                c
                for c in self.calls
                if c.method == method
                and c.params.get("_ok")
                and (channel is None or c.params.get("channel") == channel)
            ]

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """Block until ``count`` calls to ``method`` arrived (a condition wait, not a sleep)."""
        with self._changed:
            self._changed.wait_for(lambda: len([c for c in self.calls if c.method == method]) >= count, timeout)
            return [c for c in self.calls if c.method == method]
