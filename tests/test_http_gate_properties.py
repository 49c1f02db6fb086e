"""The HTTP gate fed hostile input: whatever bytes and headers arrive, the answer is never a 5xx or an exception."""

from __future__ import annotations

import hashlib
import hmac
import io
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import create_app
from bot.http import WSGIApp, wsgi_app
from bot.knowledge_holder import KnowledgeHolder
from bot.settings import load_settings
from bot.slack_client import make_web_client
from bot.slack_identity import SlackIdentity
from bot.state import StateStore
from knowledge.answer.answers import KnowledgeBase
from tests.slack_harness import SECRET

CONTENT_TYPES = st.sampled_from(
    ["application/json", "application/x-www-form-urlencoded", "text/plain", "", "application/json; charset=utf-8"]
)
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)
BODIES = st.one_of(
    st.binary(max_size=400),
    JSONISH.map(lambda v: repr(v).encode()),
    st.builds(
        lambda kind, event: f'{{"type": "{kind}", "event": {{"type": "{event}"}}, "event_id": "Ev1"}}'.encode(),
        st.sampled_from(["event_callback", "url_verification", "block_actions", "x"]),
        st.text(max_size=15).filter(lambda t: '"' not in t and "\\" not in t),
    ),
    st.text(max_size=200).map(lambda t: ("payload=" + t).encode()),
)


@pytest.fixture(scope="module")
def gate(tmp_path_factory: pytest.TempPathFactory, seed_table) -> WSGIApp:
    state = Path(tmp_path_factory.mktemp("state"))
    settings = load_settings(
        {},
        slack_bot_token="xoxb-test",
        slack_signing_secret=SECRET,
        slack_api_url="http://127.0.0.1:9/api/",  # Slack unreachable: nothing here may need it to answer
        state_dir=state,
    )
    client = make_web_client(settings)
    app = create_app(
        settings,
        client=client,
        identity=SlackIdentity(client),  # as runtime builds it
        knowledge=KnowledgeHolder(KnowledgeBase(seed_table)),
        store=StateStore(settings.database_url),
        signatures_checked_upstream=True,
    )
    return wsgi_app(app, SECRET)


def call(gate: WSGIApp, body: bytes, content_type: str, headers: dict[str, str]) -> int:
    environ: dict[str, Any] = {
        "PATH_INFO": "/slack/events",
        "REQUEST_METHOD": "POST",
        "CONTENT_LENGTH": str(len(body)),
        "CONTENT_TYPE": content_type,
        "QUERY_STRING": "",
        "wsgi.input": io.BytesIO(body),
        **{"HTTP_" + k.upper().replace("-", "_"): v for k, v in headers.items()},
    }
    status: list[str] = []
    b"".join(gate(environ, lambda s, h: status.append(s)))
    return int(status[0].split()[0])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(BODIES, CONTENT_TYPES, st.text(max_size=20), st.text(max_size=80))
def test_unsigned_junk_never_gets_past_401(gate: WSGIApp, body: bytes, ctype: str, ts: str, sig: str) -> None:
    status = call(gate, body, ctype, {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sig})
    assert status in (401, 413)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(BODIES, CONTENT_TYPES)
def test_signed_junk_gets_an_answer_below_500(gate: WSGIApp, body: bytes, ctype: str) -> None:
    ts = str(int(time.time()))
    signature = "v0=" + hmac.new(SECRET.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    status = call(gate, body, ctype, {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature})
    assert status < 500
