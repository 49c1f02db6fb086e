"""`usrok digest pending` and `usrok digest resend`: an operator sends an unconfirmed or refused digest once more.

Each test drives the real command line against the world's database (SQLite, and PostgreSQL when configured) and
the fake Slack, and counts what reached each channel.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli import main
from bot.outbox import requeue
from bot.state import StateStore
from tests.conftest import ROOT, WRITTEN_DOCS
from tests.digest_world import World
from tests.fake_slack import Scripted

SED = WRITTEN_DOCS / "fact_sheet_seventh_sed.txt"
SUMMARY = "1 new document in the U.S.–ROK fact table: FACT SHEET: U.S.-ROK Seventh Senior Economic Dialogue Advances…"
QUEUED_AT = "2033-05-18 03:33 UTC"  # the world's clock when the scan queued the rows
README = (ROOT / "README.md").read_text(encoding="utf-8")
Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture()
def usrok(world: World, monkeypatch: pytest.MonkeyPatch) -> Cli:
    """``usrok …`` as an operator types it, with the world's database and Slack in the environment."""
    env = {
        "USROK_ENV_FILE": "/dev/null",
        "USROK_DB": world.settings.database_url,
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_API_URL": world.fake.url,
        "USROK_DIGEST_CHANNELS": "C1,C2",
        "USROK_SEEDS_DIR": str(world.folder),
        "USROK_STATE_DIR": str(world.settings.state_dir),
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)

    def run(*args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        return main(list(args), out=out, err=err), out.getvalue(), err.getvalue()

    return run


def _unconfirmed_in(world: World, *channels: str) -> None:
    """A new document whose post to ``channels`` failed, then could not be confirmed: the history is unreadable."""
    world.service().run_once()
    world.add(SED)
    failure = Scripted(500, {"ok": False, "error": "internal_error"})
    world.fake.script("chat.postMessage", *[failure for _ in channels])  # rows are posted C1 first, then C2
    world.service().run_once()
    world.fake.script("conversations.history", *[Scripted(200, {"ok": False, "error": "missing_scope"})] * 2)
    world.service().run_once()


def test_an_unconfirmed_digest_is_listed_then_resent_and_posted_exactly_once(world: World, usrok: Cli) -> None:
    _unconfirmed_in(world, "C1")
    assert (len(world.digests("C1")), len(world.digests("C2"))) == (0, 1)
    assert usrok("digest", "pending") == (
        0,
        f"#1  C1  unconfirmed, not sent again until re-sent (history: missing_scope)  since {QUEUED_AT}\n"
        f"  {SUMMARY}\n"
        "Check the channel first; then 'usrok digest resend ROW_ID' (or --all-unconfirmed) sends it once.\n",
        "",
    )
    listed = usrok("digest", "pending")[1]
    status, out, err = usrok("digest", "resend", "1")
    assert (status, out, err) == (
        0,
        "#1 to C1 re-queued: the next post (a worker's, or 'usrok digest') sends it once.\n",
        "",
    )
    unknown = usrok("digest", "resend", "99")[2]
    shown = f"$ .venv/bin/usrok digest pending\n{listed}$ .venv/bin/usrok digest resend 1\n{out}"
    assert shown + f"$ .venv/bin/usrok digest resend 99\n{unknown}```" in README  # the README shows this run
    assert usrok("digest", "resend", "1") == (
        2,
        "",
        "usrok digest resend: #1 to C1 is already pending: the next post sends it\n",
    )
    assert usrok("digest")[0] == 0
    assert usrok("digest")[0] == 0
    assert (len(world.digests("C1")), len(world.digests("C2"))) == (1, 1)
    assert usrok("digest", "pending") == (0, "Every digest has been posted.\n", "")
    assert usrok("digest", "resend", "1") == (2, "", "usrok digest resend: #1 to C1 was posted; it is not sent twice\n")
    assert len(world.digests("C1")) == 1


def test_an_unknown_row_is_one_line_and_changes_nothing(world: World, usrok: Cli) -> None:
    _unconfirmed_in(world, "C1")
    assert usrok("digest", "resend", "99") == (
        2,
        "",
        "usrok digest resend: no digest row #99 (see 'usrok digest pending')\n",
    )
    assert usrok("digest", "resend", "1", "99")[0] == 2  # one bad id: the good one is not re-queued either
    usrok("digest")
    assert (len(world.digests("C1")), len(world.digests("C2"))) == (0, 1)  # still unconfirmed, so not posted


def test_all_unconfirmed_rows_are_resent_once_each(world: World, usrok: Cli) -> None:
    _unconfirmed_in(world, "C1", "C2")
    assert world.digests() == []
    status, out, _ = usrok("digest", "resend", "--all-unconfirmed")
    assert (status, out.splitlines()) == (
        0,
        [
            "#1 to C1 re-queued: the next post (a worker's, or 'usrok digest') sends it once.",
            "#2 to C2 re-queued: the next post (a worker's, or 'usrok digest') sends it once.",
        ],
    )
    assert usrok("digest", "resend", "--all-unconfirmed") == (
        0,
        "No unconfirmed digest rows: nothing to send again.\n",
        "",
    )
    assert usrok("digest")[0] == 0 and usrok("digest")[0] == 0
    assert (len(world.digests("C1")), len(world.digests("C2"))) == (1, 1)


def test_a_digest_the_channel_refused_is_listed_and_sent_once_the_bot_is_in_it(world: World, usrok: Cli) -> None:
    world.service().run_once()
    world.add(SED)
    world.fake.channel_errors["C2"] = "not_in_channel"
    world.service().run_once()
    status, out, _ = usrok("digest", "pending")
    assert out.splitlines()[0] == f"#2  C2  skipped, not sent again until re-sent (not_in_channel)  since {QUEUED_AT}"
    del world.fake.channel_errors["C2"]  # the bot was invited
    assert usrok("digest", "resend", "2")[0] == 0
    assert usrok("digest")[0] == 0 and usrok("digest")[0] == 0
    assert (len(world.digests("C1")), len(world.digests("C2"))) == (1, 1)


def test_pending_lists_rows_waiting_and_retrying_as_json(world: World, usrok: Cli) -> None:
    world.service().run_once()
    world.add(SED)
    world.fake.script("chat.postMessage", Scripted(500, {"ok": False, "error": "internal_error"}))
    service = world.service()
    service.scan()
    service.poster.post_pending()  # C1 fails (stays pending, retried); C2 is posted
    status, out, _ = usrok("digest", "pending", "--format", "json")
    assert json.loads(out) == [
        {
            "id": 1,
            "channel": "C1",
            "status": "pending",
            "attempts": 1,
            "last_error": "internal_error",
            "since": 2_000_000_000.0,
            "digest": SUMMARY,
        }
    ]
    assert (
        usrok("digest", "resend", "1")[2]
        == "usrok digest resend: #1 to C1 is already pending: the next post sends it\n"
    )


def test_resend_needs_rows_or_the_flag_but_not_both(usrok: Cli) -> None:
    wanted = "usrok digest resend: name the rows to send again (ROW_ID …) or give --all-unconfirmed\n"
    assert usrok("digest", "resend") == (2, "", wanted)
    assert usrok("digest", "resend", "1", "--all-unconfirmed") == (2, "", wanted)


def test_a_row_is_requeued_once_however_many_ask(world: World) -> None:
    _unconfirmed_in(world, "C1")
    store = StateStore(world.settings.database_url)
    assert (requeue(store, [1], "first"), requeue(store, [1], "second"), requeue(store, None, "all")) == ([1], [], [])


def test_looking_at_the_digest_rows_never_creates_a_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USROK_ENV_FILE", "/dev/null")
    monkeypatch.delenv("USROK_DB", raising=False)
    monkeypatch.setenv("USROK_STATE_DIR", str(tmp_path / "state"))
    err = io.StringIO()
    assert main(["digest", "pending"], out=io.StringIO(), err=err) == 2
    assert (
        err.getvalue()
        == f"usrok digest pending: no state database at {tmp_path / 'state' / 'usrok.db'} (set USROK_DB?)\n"
    )
    assert not (tmp_path / "state").exists()
