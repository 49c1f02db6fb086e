"""Issue 10 over real HTTP: view source, feedback, the home tab, onboarding, the message shortcut, the digest's
buttons. Every message, modal and home tab the app sends is checked against Slack's limits by the fake."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import ids
from bot.cli import main
from bot.feedback_record import Feedback
from bot.ids import (
    ACTION_ASK_DOCUMENT,
    ACTION_HELPFUL,
    ACTION_HOME_SUBSCRIBE,
    ACTION_HOME_UNSUBSCRIBE,
    ACTION_REPORT,
    ACTION_SOURCE,
    ACTION_SOURCE_PICK,
    ACTION_UNSUBSCRIBE,
    ACTION_WRONG,
    QUESTION_BLOCK,
    QUESTION_INPUT,
    REPORT_BLOCK,
    REPORT_INPUT,
    SHORTCUT_ASK,
    VIEW_ASK_DOCUMENT,
    VIEW_REPORT,
)
from bot.state import StateStore
from tests.running_app import Running, run_app

FEEDBACK_CHANNEL = "CFEEDBACK"


@pytest.fixture()
def slack(tmp_path: Path, seed_table, retry_waits: list[float]) -> Iterator[Running]:
    yield from run_app(tmp_path, seed_table, feedback_channel=FEEDBACK_CHANNEL)


def _element(reply: dict, action_id: str) -> dict:
    for block in reply["blocks"]:
        for element in [*block.get("elements", []), block.get("accessory") or {}]:
            if element.get("action_id") == action_id:
                return element
    raise AssertionError(f"no {action_id} in {reply['blocks']}")


def _texts(blocks: list[dict]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def test_view_source_opens_a_modal_with_the_paragraph_around_the_sentence(slack: Running) -> None:
    reply = slack.command("who Kim Jina")
    assert slack.click(ACTION_SOURCE, _element(reply, ACTION_SOURCE)["value"]) == 200
    view = slack.fake.wait_for("views.open")[0].params["view"]
    assert view["type"] == "modal" and view["title"]["text"] == "Source"
    shown = _texts(view["blocks"])
    assert "Korean, U.S. officials discuss cooperation" in shown
    assert "*Second Vice Foreign Minister Kim Jina speaks to the press" in shown


def test_a_list_offers_its_sources_in_a_menu(slack: Running) -> None:
    reply = slack.command("timeline 2020")
    menu = _element(reply, ACTION_SOURCE_PICK)
    assert slack.select(ACTION_SOURCE_PICK, {"type": "static_select", "selected_option": menu["options"][1]}) == 200
    assert "Energy Security Dialogue" in _texts(slack.fake.wait_for("views.open")[0].params["view"]["blocks"])


def test_thumbs_are_stored_with_question_answer_and_user_and_thanked(slack: Running) -> None:
    reply = slack.command("who is the deputy secretary of commerce")
    assert slack.click(ACTION_HELPFUL, _element(reply, ACTION_HELPFUL)["value"]) == 200
    thanks = slack.fake.wait_for("response/r2")[0].params
    assert thanks["response_type"] == "ephemeral" and thanks["replace_original"] is False
    slack.click(ACTION_WRONG, _element(reply, ACTION_WRONG)["value"])
    slack.fake.wait_for("response/r2", 2)
    stored = slack.store.list_feedback()
    assert [(f.verdict, f.user_id, f.channel, f.question) for f in stored] == [
        ("down", "U1", "C1", "who is the deputy secretary of commerce"),
        ("up", "U1", "C1", "who is the deputy secretary of commerce"),
    ]
    assert stored[0].answer == "Don Graves — Deputy Secretary of Commerce (U.S.)" and stored[0].created_at > 0


def test_report_a_problem_opens_a_modal_stores_the_comment_and_posts_it_to_the_feedback_channel(
    slack: Running, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reply = slack.command("when was the 5th SED")
    assert slack.click(ACTION_REPORT, _element(reply, ACTION_REPORT)["value"]) == 200
    view = slack.fake.wait_for("views.open")[0].params["view"]
    assert view["callback_id"] == VIEW_REPORT
    comment = "The *date* is <!channel> wrong"
    assert slack.submit(VIEW_REPORT, {REPORT_BLOCK: {REPORT_INPUT: comment}}, view["private_metadata"]) == {}
    (entry,) = slack.store.list_feedback("problem")
    assert (entry.question, entry.comment, entry.channel) == ("when was the 5th SED", comment, "C1")
    assert entry.answer.startswith("October 13, 2020 — Fifth U.S.-ROK Senior Economic Dialogue")
    posted = slack.fake.wait_for("chat.postMessage")[0].params
    assert posted["channel"] == FEEDBACK_CHANNEL
    shown = _texts(posted["blocks"])
    assert "<@U1> reported a problem in <#C1>" in shown and "<!channel>" not in shown and "∗date∗" in shown
    monkeypatch.setenv("USROK_STATE_DIR", str(tmp_path))  # the app's state database
    monkeypatch.setenv("USROK_ENV_FILE", os.devnull)
    listed = io.StringIO()
    assert main(["feedback", "--problems"], out=listed) == 0
    assert "asked: when was the 5th SED\n" in listed.getvalue() and f"comment: {comment}\n" in listed.getvalue()


def test_an_empty_report_is_refused_in_the_modal(slack: Running) -> None:
    reply = slack.submit(VIEW_REPORT, {REPORT_BLOCK: {REPORT_INPUT: "  "}}, "{}")
    assert reply["response_action"] == "errors" and REPORT_BLOCK in reply["errors"]
    assert slack.store.list_feedback() == []


def test_usrok_feedback_lists_newest_first_and_filters_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = StateStore(f"sqlite:///{tmp_path / 'usrok.db'}", clock=iter([1.0e9, 1.1e9]).__next__)
    store.add_feedback(Feedback("U1", "C1", "who kim jina", "Kim Jina — …", "up"))
    store.add_feedback(Feedback("U2", None, "when was the 5th SED", "October 13, 2020 — …", "problem", "wrong day"))
    monkeypatch.setenv("USROK_STATE_DIR", str(tmp_path))
    monkeypatch.setenv("USROK_ENV_FILE", os.devnull)
    out = io.StringIO()
    assert main(["feedback"], out=out) == 0
    listed = out.getvalue()
    assert listed.index("when was the 5th SED") < listed.index("who kim jina")
    assert listed.startswith("2 newest: 1 👍 · 0 👎 · 1 problem report(s)\n")
    assert "⚠ problem  U2" in listed and "comment: wrong day" in listed and "👍  U1 in C1" in listed
    out = io.StringIO()
    assert main(["feedback", "--problems", "--format", "json"], out=out) == 0
    assert [(e["verdict"], e["comment"]) for e in json.loads(out.getvalue())] == [("problem", "wrong day")]


def test_the_home_tab_is_published_when_opened(slack: Running) -> None:
    slack.store.subscribe("C7", "U1")
    event = {"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home", "event_ts": "1700000000.1"}
    assert slack.event(event, "EvHome") == 200
    call = slack.fake.wait_for("views.publish")[0].params
    assert call["user_id"] == "U1" and call["view"]["type"] == "home"
    shown = _texts(call["view"]["blocks"])
    counts = slack.knowledge.table.counts()
    assert f"*{counts['documents']} documents*" in shown and "Last updated <!date^" in shown
    assert "Korean, U.S. officials discuss cooperation" in shown  # the newest document
    assert "`/usrok who is " in shown and "<#C7>" in shown
    for example in [line.split("`/usrok ")[1].split("`")[0] for line in shown.split("\\n") if "`/usrok " in line]:
        if example != "help":
            assert slack.knowledge.answer(example).answers, example  # every example works on this table


def test_the_home_tab_subscribes_and_unsubscribes_channels(slack: Running) -> None:
    select = {"type": "conversations_select", "selected_conversation": "C5"}
    assert slack.select(ACTION_HOME_SUBSCRIBE, select, from_message=False) == 200
    slack.fake.wait_for("views.publish")
    assert slack.store.subscribed_channels() == ["C5"]
    home = slack.fake.wait_for("views.publish")[0].params["view"]
    button = next(b["accessory"] for b in home["blocks"] if (b.get("accessory") or {}).get("value") == "C5")
    assert button["action_id"] == ACTION_HOME_UNSUBSCRIBE
    slack.select(ACTION_HOME_UNSUBSCRIBE, {"type": "button", "value": "C5"}, from_message=False)
    slack.fake.wait_for("views.publish", 2)
    assert slack.store.subscribed_channels() == []


def test_invited_to_a_channel_it_posts_one_short_welcome(slack: Running) -> None:
    someone = {"type": "member_joined_channel", "user": "U9", "channel": "C3", "channel_type": "C", "team": "T1"}
    slack.event(someone, "EvJoin1")
    itself = {**someone, "user": "U0BOT", "inviter": "U1"}
    slack.event(itself, "EvJoin2")
    posts = slack.fake.wait_for("chat.postMessage")
    assert len(posts) == 1 and posts[0].params["channel"] == "C3"
    assert "/usrok subscribe" in _texts(posts[0].params["blocks"])


def test_the_message_shortcut_answers_in_the_messages_thread(slack: Running) -> None:
    message = {
        "type": "message",
        "user": "U2",
        "text": "who is the deputy secretary of commerce?",
        "ts": "1700000100.1",
    }
    assert slack.shortcut(SHORTCUT_ASK, message) == 200
    posted = slack.fake.wait_for("chat.postMessage")[0].params
    assert posted["channel"] == "C1" and posted["thread_ts"] == "1700000100.1"
    assert "Don Graves" in posted["text"]
    assert slack.store.thread_subject("C1", "1700000100.1") is not None


def test_the_shortcut_on_a_reply_answers_in_its_thread_and_says_so_when_it_cannot_post(slack: Running) -> None:
    slack.fake.channel_errors["C1"] = "not_in_channel"
    reply = {"type": "message", "text": "when was the 5th SED", "ts": "1700000200.2", "thread_ts": "1700000200.1"}
    slack.shortcut(SHORTCUT_ASK, reply)
    assert slack.fake.wait_for("chat.postMessage")[0].params["thread_ts"] == "1700000200.1"
    assert "invite `@usrok`" in slack.fake.wait_for("response/r4")[0].params["text"]


def test_the_digest_buttons_unsubscribe_and_ask_about_a_document(slack: Running, seed_table) -> None:
    slack.store.subscribe("C1", "U1")
    assert slack.click(ACTION_UNSUBSCRIBE, "unsubscribe", ephemeral=False) == 200
    assert "no longer get the digest" in slack.fake.wait_for("response/r2")[0].params["text"]
    assert slack.store.subscribed_channels() == []
    doc = next(d for d in seed_table.documents if "5th Senior Economic Dialogue" in d.title)
    slack.click(ACTION_ASK_DOCUMENT, json.dumps({"d": doc.id, "t": doc.title}), ephemeral=False)
    view = slack.fake.wait_for("views.open")[0].params["view"]
    assert view["callback_id"] == VIEW_ASK_DOCUMENT
    assert "Try: `who is Keith Krach`" in _texts(view["blocks"])  # questions this document answers
    reply = slack.submit(
        VIEW_ASK_DOCUMENT, {QUESTION_BLOCK: {QUESTION_INPUT: "who led the korean side"}}, view["private_metadata"]
    )
    assert reply["response_action"] == "update"
    assert doc.title in _texts(reply["view"]["blocks"])  # answered from that document


def test_formatting_characters_in_a_question_do_not_break_the_reply(slack: Running) -> None:
    reply = slack.command("who is *bold* _it_ ~x~ `y` nobody")
    shown = reply["blocks"][0]["text"]["text"]
    assert "∗bold∗ ˍitˍ ∼x∼ ˋyˋ" in shown and shown.count("_") == 2  # the bot's own italics only


def test_the_manifest_asks_for_what_the_app_listens_to() -> None:
    manifest = (Path(__file__).resolve().parent.parent / "manifest.yml").read_text(encoding="utf-8")
    assert "home_tab_enabled: true" in manifest
    assert f"callback_id: {SHORTCUT_ASK}" in manifest and "type: message" in manifest
    for needed in ("- app_home_opened", "- member_joined_channel", "- channels:read", "- groups:read", "- commands"):
        assert needed in manifest, needed


# What each action's listener does last, after its acknowledgement: the test waits for it, so no listener
# is still running when the fake Web API stops.
LAST_CALL = {
    ids.ACTION_SHARE: "response/r2",
    ids.ACTION_MORE: "response/r2",
    ids.ACTION_SUGGEST: "response/r2",
    ids.ACTION_HELPFUL: "response/r2",
    ids.ACTION_WRONG: "response/r2",
    ids.ACTION_UNSUBSCRIBE: "response/r2",
    ids.ACTION_HOME_SUBSCRIBE: "views.publish",
    ids.ACTION_HOME_UNSUBSCRIBE: "views.publish",
}


@pytest.mark.parametrize("action_id", sorted({v for k, v in vars(ids).items() if k.startswith("ACTION_")}))
def test_every_action_has_a_listener_that_copes_with_a_malformed_value(slack: Running, action_id: str) -> None:
    name = f"{action_id}_0" if action_id == ids.ACTION_SUGGEST else action_id
    assert slack.click(name, "not json {") == 200  # Bolt answers 404 to an action nobody listens to
    if action_id in LAST_CALL:
        assert slack.fake.wait_for(LAST_CALL[action_id])
