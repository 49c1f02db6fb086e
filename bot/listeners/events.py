"""Mentions and direct messages: answered in the thread, remembering the thread's subject for follow-ups.

The HTTP response (the acknowledgement) goes back at once; the answer is posted by
a lazy listener through chat.postMessage. Other bots and the bot itself are ignored.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.blocks import render_error
from bot.deps import Deps
from bot.replies import CHANNEL_COMMANDS, answer_blocks, strip_mentions

log = logging.getLogger("usrok.events")


def _ack(ack: Ack) -> None:
    ack()


def _from_a_bot(event: dict[str, Any]) -> bool:
    return bool(
        event.get("bot_id")
        or event.get("subtype") in {"bot_message", "message_changed", "message_deleted"}
        or event.get("subtype")
    )


def reply_in_thread(deps: Deps, client: WebClient, event: dict[str, Any]) -> None:
    """Answer the message's question in its thread (the parent's ts, or its own when it starts one)."""
    if _from_a_bot(event):
        return
    channel = event["channel"]
    thread_ts = event.get("thread_ts") or event["ts"]
    text = strip_mentions(event.get("text", ""))
    if text.split(" ", 1)[0].lower() in CHANNEL_COMMANDS:
        fallback, blocks = render_error(f"Use `/usrok {text.split()[0].lower()}` in the channel for that.")
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=fallback, blocks=blocks)
        return
    subject = deps.store.thread_subject(channel, thread_ts)
    fallback, blocks, new_subject = answer_blocks(
        deps, text, ephemeral=False, context_subject=subject, thread=thread_ts
    )
    if new_subject:
        deps.store.remember_subject(channel, thread_ts, new_subject)
    client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=fallback, blocks=blocks)


def register(app: App, deps: Deps) -> None:
    def on_mention(event: dict[str, Any], client: WebClient) -> None:
        reply_in_thread(deps, client, event)

    def on_message(event: dict[str, Any], client: WebClient) -> None:
        if event.get("channel_type") == "im":
            reply_in_thread(deps, client, event)

    app.event("app_mention")(ack=_ack, lazy=[on_mention])
    app.event("message")(ack=_ack, lazy=[on_message])
