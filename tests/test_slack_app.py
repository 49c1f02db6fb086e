"""The real Bolt app over real HTTP: signed requests in, a fake Slack Web API out. No Bolt internals touched."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.running_app import Running, run_app
from tests.slack_harness import post, slash_body

FORM = "application/x-www-form-urlencoded"


@pytest.fixture()
def slack(tmp_path: Path, seed_table, retry_waits: list[float]) -> Iterator[Running]:
    yield from run_app(tmp_path, seed_table)


def mention(text: str, ts: str, thread_ts: str | None = None, channel: str = "C1") -> dict:
    """An app_mention event as Slack sends it."""
    event = {"type": "app_mention", "user": "U1", "text": f"<@U0BOT> {text}", "ts": ts, "channel": channel}
    return {**event, "thread_ts": thread_ts} if thread_ts else event


def direct_message(text: str, ts: str, **extra: str) -> dict:
    return {"type": "message", "channel_type": "im", "user": "U1", "text": text, "ts": ts, "channel": "D1", **extra}


def _text_of(blocks: list[dict]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def test_health_check_answers(slack: Running) -> None:
    import urllib.request

    with urllib.request.urlopen(f"{slack.url}/healthz", timeout=5) as response:
        assert response.status == 200 and json.loads(response.read())["ok"] is True


def test_slash_command_is_answered_in_the_acknowledgement(slack: Running) -> None:
    reply = slack.command("who Kim Jina")
    assert reply["response_type"] == "ephemeral"
    assert "Kim Jina — Second Vice Foreign Minister" in reply["text"]
    blocks = _text_of(reply["blocks"])
    assert "Korean, U.S. officials discuss cooperation" in reply["blocks"][1]["elements"][0]["text"]
    assert '"action_id": "usrok_share"' in blocks


def test_empty_command_and_help_show_usage(slack: Running) -> None:
    for text in ("", "help"):
        shown = _text_of(slack.command(text)["blocks"])
        for command in (
            "who",
            "when",
            "pledges",
            "timeline",
            "search",
            "sources",
            "subscribe",
            "unsubscribe",
            "digest",
        ):
            assert f"e.g. `/usrok {command}" in shown or f"`/usrok {command}`" in shown, command


def test_abstaining_answer_offers_suggestion_buttons_that_rerun(slack: Running) -> None:
    reply = slack.command("who is the us commerce secretary")
    assert "That is not in the fact table." in reply["text"]
    actions = [b for b in reply["blocks"] if b["type"] == "actions"][0]["elements"]
    first = actions[0]
    assert first["action_id"].startswith("usrok_suggest_")
    assert slack.click(first["action_id"], first["value"]) == 200
    response = slack.fake.wait_for("response/r2")[0].params
    assert response["replace_original"] is True
    assert "Don Graves" in response["text"]


def test_share_button_posts_visibly_naming_who_shared(slack: Running) -> None:
    reply = slack.command("when was the 5th SED")
    share = [
        e for b in reply["blocks"] if b["type"] == "actions" for e in b["elements"] if e["action_id"] == "usrok_share"
    ][0]
    assert slack.click("usrok_share", share["value"]) == 200
    response = slack.fake.wait_for("response/r2")[0].params
    assert response["response_type"] == "in_channel"
    assert "<@U1> shared an answer" in _text_of(response["blocks"])
    assert "October 13, 2020" in response["text"]
    assert "usrok_share" not in _text_of(response["blocks"])


def test_more_button_pages_a_long_list(slack: Running) -> None:
    reply = slack.command("pledges both")
    assert len(reply["blocks"]) <= 50
    more = [
        e for b in reply["blocks"] if b["type"] == "actions" for e in b["elements"] if e["action_id"] == "usrok_more"
    ][0]
    assert slack.click("usrok_more", more["value"]) == 200
    response = slack.fake.wait_for("response/r2")[0].params
    assert "Showing 9–16 of" in _text_of(response["blocks"])


def test_mention_is_answered_in_its_thread(slack: Running) -> None:
    event = mention("who is don graves", "1700000001.000100")
    assert slack.event(event, "Ev1") == 200
    posted = slack.fake.wait_for("chat.postMessage")[0].params
    assert posted["channel"] == "C1" and posted["thread_ts"] == "1700000001.000100"
    assert "Don Graves — Deputy Secretary of Commerce" in posted["text"]


def test_mention_inside_a_thread_replies_to_the_parent_and_follow_ups_keep_the_subject(slack: Running) -> None:
    first = mention("how much is korea investing in us shipbuilding", "1700000002.000200", "1700000000.000100")
    slack.event(first, "Ev2")
    slack.fake.wait_for("chat.postMessage", 1)
    follow = mention("and when was that?", "1700000003.000300", "1700000000.000100")
    slack.event(follow, "Ev3")
    posts = slack.fake.wait_for("chat.postMessage", 2)
    assert [p.params["thread_ts"] for p in posts] == ["1700000000.000100"] * 2
    assert "$150 billion" in posts[0].params["text"]
    assert "December 11, 2025" in posts[1].params["text"]
    assert "$150 billion" in posts[1].params["text"]


def test_direct_messages_are_answered(slack: Running) -> None:
    event = direct_message("who is Lee Tae-ho", "1700000004.000100")
    slack.event(event, "Ev4")
    assert "Lee Tae-ho" in slack.fake.wait_for("chat.postMessage")[0].params["text"]


def test_a_retried_event_is_answered_once(slack: Running) -> None:
    event = mention("who Kim Jina", "1700000005.000100")
    assert slack.event(event, "Ev5") == 200
    assert slack.event(event, "Ev5", headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}) == 200
    assert slack.event(event, "Ev5", headers={"X-Slack-Retry-Num": "2", "X-Slack-Retry-Reason": "http_timeout"}) == 200
    slack.fake.wait_for("chat.postMessage", 1)
    unrelated = mention("who Don Graves", "1700000006.000100")
    slack.event(unrelated, "Ev6")
    posts = slack.fake.wait_for("chat.postMessage", 2)
    assert len(posts) == 2 and "Don Graves" in posts[1].params["text"]


def test_messages_from_bots_are_ignored(slack: Running) -> None:
    bot_event = {
        "type": "message",
        "channel_type": "im",
        "bot_id": "B2",
        "subtype": "bot_message",
        "text": "who Kim Jina",
        "ts": "1700000007.000100",
        "channel": "D1",
    }
    slack.event(bot_event, "Ev7")
    human = direct_message("who Don Graves", "1700000008.000100")
    slack.event(human, "Ev8")
    posts = slack.fake.wait_for("chat.postMessage", 1)
    assert len(posts) == 1 and "Don Graves" in posts[0].params["text"]


def test_bad_signature_is_refused(slack: Running) -> None:
    reply = post(
        f"{slack.url}/slack/events",
        slash_body("who Kim Jina", slack.fake.response_url()),
        FORM,
        secret="not-the-secret",
    )
    assert reply.status == 401


def test_old_timestamp_is_refused(slack: Running) -> None:
    reply = post(
        f"{slack.url}/slack/events",
        slash_body("who Kim Jina", slack.fake.response_url()),
        FORM,
        timestamp=int(time.time()) - 6 * 60,
    )
    assert reply.status == 401


@pytest.mark.parametrize(
    "attack", ["<!channel>", "<!here>", "<@U999>", "<!subteam^S1>", "<http://evil.example|Kim Jina>"]
)
def test_injection_in_the_question_is_echoed_only_escaped(slack: Running, attack: str) -> None:
    reply = slack.command(f"who is {attack} nobody")
    raw = json.dumps(reply)
    assert attack not in raw
    assert attack.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in raw


def test_injection_in_a_mention_is_escaped_in_the_posted_reply(slack: Running) -> None:
    event = mention("who is <!channel> zzz", "1700000009.000100")
    slack.event(event, "Ev9")
    posted = slack.fake.wait_for("chat.postMessage")[0].params
    assert "<!channel>" not in json.dumps(posted["blocks"])


def test_subscribe_and_unsubscribe_in_a_channel(slack: Running) -> None:
    assert "will get a digest" in slack.command("subscribe")["text"]
    assert "already subscribed" in slack.command("subscribe")["text"]
    assert slack.store.subscribed_channels() == ["C1"]
    assert "no longer" in slack.command("unsubscribe")["text"]
    assert slack.store.subscribed_channels() == []
