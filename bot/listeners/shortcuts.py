"""The message shortcut 'Ask usrok about this': the message's text is the question, answered in its thread."""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.deps import Deps
from bot.ids import SHORTCUT_ASK
from bot.listeners import ack_only
from bot.replies import answer_blocks, strip_mentions

log = logging.getLogger("usrok.shortcuts")
NOT_A_MEMBER = "I can't post in this channel yet: invite `@usrok` to it, then ask again."
NO_TEXT = "That message has no text to ask about."


def ask_about_message(body: dict[str, Any], client: WebClient, respond: Respond, deps: Deps) -> None:
    """Answer the message in its thread (its parent's, when it is a reply), keeping the thread's subject."""
    message = body.get("message") or {}
    channel = str((body.get("channel") or {}).get("id", ""))
    text = strip_mentions(str(message.get("text", "")))
    if not text:
        respond(text=NO_TEXT, response_type="ephemeral")
        return
    thread_ts = str(message.get("thread_ts") or message.get("ts"))
    subject = deps.store.thread_subject(channel, thread_ts)
    fallback, blocks, new_subject = answer_blocks(deps.knowledge.get(), text, ephemeral=False, context_subject=subject)
    if new_subject:
        deps.store.remember_subject(channel, thread_ts, new_subject)
    try:
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=fallback, blocks=blocks)
    except SlackApiError as exc:
        log.info("shortcut answer not posted: %s", exc.response.get("error"))
        respond(text=NOT_A_MEMBER, response_type="ephemeral")


def register(app: App, deps: Deps) -> None:
    app.shortcut(SHORTCUT_ASK)(ack=ack_only, lazy=[partial(ask_about_message, deps=deps)])
