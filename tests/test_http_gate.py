"""Junk and hostile HTTP requests get a clean 4xx, one log line at most, never a traceback or the body in the log."""

from __future__ import annotations

import http.client
import json
import logging
import socket
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.app import create_app
from bot.http import make_http_server
from bot.knowledge_holder import CountedKnowledgeBase, KnowledgeHolder
from bot.metrics import Metrics
from bot.settings import load_settings
from bot.slack_client import make_web_client
from bot.state import StateStore
from knowledge.answer.answers import KnowledgeBase
from tests.fake_slack import FakeSlack
from tests.slack_harness import SECRET, ServerThread, event_body, post, sign, slash_body

MARK = "BODY-MARKER-7f3a"  # put in every junk body: it must never reach the log


@dataclass
class Served:
    url: str
    port: int
    fake: FakeSlack


@pytest.fixture()
def served(tmp_path: Path, seed_table, retry_waits: list[float]) -> Iterator[Served]:
    fake = FakeSlack().start()
    settings = load_settings(
        {}, slack_bot_token="xoxb-test", slack_signing_secret=SECRET, slack_api_url=fake.url, state_dir=tmp_path
    )
    metrics = Metrics()
    holder = KnowledgeHolder(
        CountedKnowledgeBase(seed_table, KnowledgeBase(seed_table).min_confidence, metrics), metrics=metrics
    )
    app = create_app(
        settings, client=make_web_client(settings), knowledge=holder, store=StateStore(settings.database_url)
    )
    server = make_http_server(
        app,
        host="127.0.0.1",
        port=0,
        threads=4,
        signing_secret=SECRET,
        metrics=metrics,
        health=lambda: {"documents": len(holder.get().table.documents)},
    )
    running = ServerThread(server)
    yield Served(running.url, server.effective_port, fake)
    running.close()
    fake.stop()


def raw_post(port: int, body: bytes, content_type: str, headers: dict[str, bytes | str] | None = None) -> int:
    """A POST with exactly these bytes and headers (urllib would refuse some of them)."""
    ts = str(int(time.time()))
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.putrequest("POST", "/slack/events")
    signature = sign(body.decode("latin-1"), int(ts)) if body.isascii() else "v0=" + "0" * 64
    sent: dict[str, bytes | str] = {
        "Content-Type": content_type,
        "Content-Length": str(len(body)),
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": signature,
        **(headers or {}),
    }
    for name, value in sent.items():
        conn.putheader(name, value)
    conn.endheaders()
    try:
        conn.send(body)
        status = conn.getresponse().status
    except (ConnectionResetError, BrokenPipeError):
        status = RESET  # the server refused the body before it had all been sent, and closed the connection
    conn.close()
    return status


JSON, FORM = "application/json", "application/x-www-form-urlencoded"
RESET = -1
JUNK = [
    pytest.param(f'{{"not json {MARK}'.encode(), JSON, {}, 400, id="invalid-json"),
    pytest.param(f"payload=notjson{MARK}".encode(), FORM, {}, 400, id="payload-not-json"),
    pytest.param(f'["{MARK}", 1]'.encode(), JSON, {}, 400, id="json-list"),
    pytest.param(b"null", JSON, {}, 400, id="json-null"),
    pytest.param(b"[" * 50_000 + MARK.encode(), JSON, {}, 400, id="deep-nesting"),
    pytest.param(("payload=" + "%5B" * 50_000).encode(), FORM, {}, 400, id="deep-nesting-in-payload"),
    pytest.param(f'{{"a": "{MARK}'.encode() + b'\xff\xfe"}', JSON, {}, 401, id="non-utf8-unsigned"),
    pytest.param(MARK.encode(), JSON, {"X-Slack-Request-Timestamp": "abc"}, 401, id="timestamp-abc"),
    pytest.param(MARK.encode(), JSON, {"X-Slack-Signature": "v0=\xe4\xe4".encode("latin-1")}, 401, id="non-ascii-sig"),
    pytest.param(MARK.encode(), JSON, {"X-Slack-Signature": "v0=" + "a" * 64}, 401, id="bad-signature"),
    pytest.param(MARK.encode() * 200_000, JSON, {}, (413, RESET), id="two-megabytes"),
]


@pytest.mark.parametrize(("body", "content_type", "headers", "status"), JUNK)
def test_junk_gets_a_clean_4xx_without_traceback_or_body_in_the_log(
    served: Served,
    caplog: pytest.LogCaptureFixture,
    body: bytes,
    content_type: str,
    headers: dict[str, bytes | str],
    status: int | tuple[int, ...],
) -> None:
    caplog.set_level(logging.DEBUG)
    assert raw_post(served.port, body, content_type, headers) in (status if isinstance(status, tuple) else (status,))
    assert [r for r in caplog.records if r.exc_info] == []
    assert MARK not in caplog.text and len(caplog.text) < 2_000


def test_a_signed_body_that_is_not_utf8_is_refused_cleanly(served: Served, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    body = b'{"type": "event_callback", "x": "\xff\xfe"}'
    ts = int(time.time())
    status = raw_post(
        served.port, body, JSON, {"X-Slack-Request-Timestamp": str(ts), "X-Slack-Signature": _sign_bytes(body, ts)}
    )
    assert status == 400 and [r for r in caplog.records if r.exc_info] == []


def _sign_bytes(body: bytes, ts: int) -> str:
    import hashlib
    import hmac

    return "v0=" + hmac.new(SECRET.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()


@pytest.mark.parametrize("event_type", ["reaction_added", "app_uninstalled", "tokens_revoked", "team_join"])
def test_events_the_bot_does_not_handle_are_acknowledged(
    served: Served, caplog: pytest.LogCaptureFixture, event_type: str
) -> None:
    caplog.set_level(logging.DEBUG)
    event = {"type": event_type, "user": "U1", "text": MARK, "tokens": {"bot": ["U0BOT"]}}
    reply = post(f"{served.url}/slack/events", event_body(event, f"Ev-{event_type}"), JSON)
    assert reply.status == 200
    assert MARK not in caplog.text and [r for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_idle_sockets_do_not_block_the_health_check(served: Served) -> None:
    idle = [socket.create_connection(("127.0.0.1", served.port), timeout=5) for _ in range(300)]
    try:
        with urllib.request.urlopen(f"{served.url}/healthz", timeout=5) as response:
            assert response.status == 200 and json.loads(response.read()) == {"ok": True, "documents": 5}
        assert (
            post(f"{served.url}/slack/events", slash_body("who Kim Jina", served.fake.response_url()), FORM).status
            == 200
        )
    finally:
        for s in idle:
            s.close()


def test_metrics_count_requests_latency_and_answers_in_prometheus_format(served: Served) -> None:
    post(f"{served.url}/slack/events", slash_body("who Kim Jina", served.fake.response_url()), FORM)
    post(f"{served.url}/slack/events", slash_body("who is the president of france", served.fake.response_url()), FORM)
    raw_post(served.port, b"null", JSON)
    with urllib.request.urlopen(f"{served.url}/metrics", timeout=5) as response:
        assert response.headers["Content-Type"].startswith("text/plain")
        text = response.read().decode()
    assert 'usrok_http_requests_total{path="/slack/events",status="200"} 2.0' in text
    assert 'usrok_http_requests_total{path="/slack/events",status="400"} 1.0' in text
    assert 'usrok_http_request_seconds_bucket{le="0.5",path="/slack/events"} 3.0' in text
    assert 'usrok_answers_total{outcome="answered"} 1.0' in text
    assert 'usrok_answers_total{outcome="abstained"} 1.0' in text
    assert "usrok_digest_posts_total" in text and "usrok_scan_seconds_bucket" in text
