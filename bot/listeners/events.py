"""Mentions and direct messages: answered in the thread, remembering the thread's subject for follow-ups.

The HTTP response (the acknowledgement) goes back at once; the answer is posted by
a lazy listener through chat.postMessage. Other bots and the bot itself are ignored.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from bot.blocks import render_error
from bot.deps import Deps
from bot.listeners import ack_only
from bot.replies import answer_blocks, channel_command_word, strip_mentions

log = logging.getLogger("usrok.events")


def _not_a_question(event: dict[str, Any]) -> bool:
    """Messages from bots, and any message with a subtype (edits, deletions, joins, bot messages)."""
    return bool(event.get("bot_id") or event.get("subtype"))


def reply_in_thread(deps: Deps, client: WebClient, event: dict[str, Any]) -> None:
    """Answer the message's question in its thread (the parent's ts, or its own when it starts one)."""
    if _not_a_question(event):
        return
    channel = event["channel"]
    thread_ts = event.get("thread_ts") or event["ts"]
    text = strip_mentions(event.get("text", ""))
    word = channel_command_word(text)
    if word is not None:
        fallback, blocks = render_error(f"Use `/usrok {word}` in the channel for that.")
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=fallback, blocks=blocks)
        return
    subject = deps.store.thread_subject(channel, thread_ts)
    fallback, blocks, new_subject = answer_blocks(deps.knowledge.get(), text, ephemeral=False, context_subject=subject)
    if new_subject:
        deps.store.remember_subject(channel, thread_ts, new_subject)
    client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=fallback, blocks=blocks)


def on_mention(event: dict[str, Any], client: WebClient, deps: Deps) -> None:
    reply_in_thread(deps, client, event)


def on_message(event: dict[str, Any], client: WebClient, deps: Deps) -> None:
    """Direct messages only: in channels the bot answers when mentioned."""
    if event.get("channel_type") == "im":
        reply_in_thread(deps, client, event)


def register(app: App, deps: Deps) -> None:
    app.event("app_mention")(ack=ack_only, lazy=[partial(on_mention, deps=deps)])
    app.event("message")(ack=ack_only, lazy=[partial(on_message, deps=deps)])
