"""👍 / 👎 and 'Report a problem' under every answer: stored with the question, the answer, the user and the
time; a problem report is also posted to USROK_FEEDBACK_CHANNEL when that is set."""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.blocks import context, section
from bot.deps import Deps
from bot.feedback_record import Feedback
from bot.ids import ACTION_HELPFUL, ACTION_REPORT, ACTION_WRONG, REPORT_BLOCK, REPORT_INPUT, VIEW_REPORT
from bot.listeners import ack_only, channel_of
from bot.modals import input_value, metadata_of, report_modal
from bot.mrkdwn import escape, italic
from bot.values import parse_feedback_value

log = logging.getLogger("usrok.feedback")
THANKS = {
    "up": "Thanks — glad it helped.",
    "down": "Thanks — noted. *Report a problem* says what is wrong, so it can be fixed.",
}


def _user(body: dict[str, Any]) -> str:
    return str((body.get("user") or {}).get("id", ""))


def verdict(body: dict[str, Any], action: dict[str, Any], respond: Respond, deps: Deps) -> None:
    """Store a 👍 or 👎 and thank the user, only them."""
    question, answer = parse_feedback_value(action.get("value", ""))
    said = "up" if action.get("action_id") == ACTION_HELPFUL else "down"
    deps.store.add_feedback(Feedback(_user(body), channel_of(body), question, answer, said))
    if body.get("response_url"):
        respond(text=THANKS[said], response_type="ephemeral", replace_original=False)


def open_report(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
    ack()
    question, answer = parse_feedback_value(action.get("value", ""))
    client.views_open(trigger_id=body["trigger_id"], view=report_modal(question, answer, channel_of(body)))


def store_report(ack: Ack, body: dict[str, Any], view: dict[str, Any], deps: Deps) -> None:
    """Store the report and close the modal; posting it to the feedback channel runs after (lazily)."""
    comment = input_value(view, REPORT_BLOCK, REPORT_INPUT)
    if not comment:
        ack(response_action="errors", errors={REPORT_BLOCK: "Say what is wrong, in a few words."})
        return
    meta = metadata_of(view)
    entry = Feedback(_user(body), meta.get("c"), str(meta.get("q", "")), str(meta.get("a", "")), "problem", comment)
    deps.store.add_feedback(entry)
    ack()


def post_report(body: dict[str, Any], view: dict[str, Any], client: WebClient, deps: Deps) -> None:
    channel = deps.settings.feedback_channel
    comment = input_value(view, REPORT_BLOCK, REPORT_INPUT)
    if not channel or not comment:
        return
    meta = metadata_of(view)
    where = f" in <#{meta['c']}>" if meta.get("c") else ""
    blocks = [
        section(f":warning: <@{_user(body)}> reported a problem{where}:\n>{escape(comment)}"),
        context(f"Asked: {italic(str(meta.get('q', '')))} · Answered: {escape(str(meta.get('a', '')))}"),
    ]
    try:
        client.chat_postMessage(channel=channel, text="A problem was reported with an answer", blocks=blocks)
    except SlackApiError as exc:
        log.warning("could not post the report to %s: %s", channel, exc.response.get("error"))


def register(app: App, deps: Deps) -> None:
    app.action(ACTION_HELPFUL)(ack=ack_only, lazy=[partial(verdict, deps=deps)])
    app.action(ACTION_WRONG)(ack=ack_only, lazy=[partial(verdict, deps=deps)])
    app.action(ACTION_REPORT)(open_report)
    app.view(VIEW_REPORT)(ack=partial(store_report, deps=deps), lazy=[partial(post_report, deps=deps)])
