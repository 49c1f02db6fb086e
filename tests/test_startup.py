"""Starting the processes as an operator does: one clear line for what they cannot run with, and no dying over
what they can run without (an unreachable Slack API)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.outbox import Leases
from bot.state import StateStore
from tests.conftest import ROOT, until
from tests.fake_slack import FakeSlack, Scripted
from tests.slack_harness import SECRET, post, slash_body


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def environment(tmp_path: Path, **values: str) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", ""),
        "USROK_ENV_FILE": os.devnull,
        "USROK_STATE_DIR": str(tmp_path / "state"),
        "USROK_SEEDS_DIR": str(ROOT / "seeds"),
        "SLACK_SIGNING_SECRET": SECRET,
        **values,
    }


def usrok(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot.cli", *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture()
def fake() -> Iterator[FakeSlack]:
    server = FakeSlack().start()
    yield server
    server.stop()


def test_serve_http_with_an_empty_bot_token_says_so_in_one_line(tmp_path: Path) -> None:
    proc = usrok("serve", "--http", "--port", str(free_port()), env=environment(tmp_path, SLACK_BOT_TOKEN=""))
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert err.strip().splitlines() == [
        "usrok serve --http: SLACK_BOT_TOKEN is not set; see 'Connect to Slack' in the README"
    ]
    assert "console" not in out + err


@pytest.mark.parametrize("args", [["serve", "--http"], ["serve"]])
def test_a_token_slack_refuses_ends_in_one_line(tmp_path: Path, fake: FakeSlack, args: list[str]) -> None:
    fake.script("auth.test", Scripted(200, {"ok": False, "error": "invalid_auth"}))
    env = environment(
        tmp_path,
        SLACK_BOT_TOKEN="xoxb-revoked",
        SLACK_APP_TOKEN="xapp-1",
        SLACK_API_URL=fake.url,
        PORT=str(free_port()),
    )
    proc = usrok(*args, env=env)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert err.strip().splitlines() == ["usrok serve: Slack refused SLACK_BOT_TOKEN (invalid_auth)"]


def test_the_web_process_serves_and_answers_while_the_slack_api_is_unreachable(tmp_path: Path) -> None:
    port = free_port()
    env = environment(
        tmp_path, SLACK_BOT_TOKEN="xoxb-test", SLACK_API_URL=f"http://127.0.0.1:{free_port()}/api/", PORT=str(port)
    )
    proc = usrok("serve", "--http", env=env)
    try:

        def healthy() -> bool:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                    return bool(response.status == 200)
            except (urllib.error.URLError, OSError):
                assert proc.poll() is None, proc.communicate()[1][-2000:]
                return False

        assert until(healthy)
        reply = post(
            f"http://127.0.0.1:{port}/slack/events",
            slash_body("who Kim Jina", "http://127.0.0.1:9/response"),
            "application/x-www-form-urlencoded",
        )
        assert reply.status == 200 and "Kim Jina" in reply.json()["text"]
    finally:
        proc.terminate()
        proc.communicate(timeout=30)


def test_the_worker_keeps_scanning_while_the_slack_api_is_unreachable(tmp_path: Path) -> None:
    env = environment(
        tmp_path,
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_APP_TOKEN="xapp-test",
        SLACK_API_URL=f"http://127.0.0.1:{free_port()}/api/",
    )
    proc = usrok("serve", env=env)
    store = StateStore(f"sqlite:///{tmp_path / 'state' / 'usrok.db'}")
    try:
        assert until(lambda: proc.poll() is None and store.baseline_recorded())
        assert proc.poll() is None
    finally:
        proc.terminate()
        proc.communicate(timeout=30)


def test_a_worker_stopped_by_sigterm_lets_go_of_the_scanner_lease_and_serves_metrics(tmp_path: Path) -> None:
    metrics_port = free_port()
    env = environment(
        tmp_path,
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_APP_TOKEN="xapp-test",
        SLACK_API_URL=f"http://127.0.0.1:{free_port()}/api/",
        USROK_METRICS_PORT=str(metrics_port),
    )
    proc = usrok("serve", env=env)
    store = StateStore(f"sqlite:///{tmp_path / 'state' / 'usrok.db'}")
    leases = Leases(store, "someone-else", 60)
    try:
        assert until(lambda: proc.poll() is None and store.baseline_recorded())
        assert not leases.acquire()  # the worker holds it
        with urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/metrics", timeout=5) as response:
            assert "usrok_scan_seconds_count" in response.read().decode()
    finally:
        proc.terminate()
        proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert leases.acquire()  # let go at once, not after the lease expired
