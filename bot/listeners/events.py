"""Mentions and direct messages, answered in the thread (remembering its subject for follow-ups); a welcome
when usrok joins a channel.

The HTTP response (the acknowledgement) goes back at once; the answer is posted by
a lazy listener through chat.postMessage. Other bots and the bot itself are ignored.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from bot.blocks import render_notice
from bot.deps import Deps
from bot.help import WELCOME_TEXT, welcome_blocks
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
        fallback, blocks = render_notice(f"Use `/usrok {word}` in the channel for that.")
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


def on_member_joined(event: dict[str, Any], context: dict[str, Any], client: WebClient) -> None:
    """When usrok itself is invited to a channel: one short message on how to use it there."""
    if event.get("user") and event.get("user") == context.get("bot_user_id"):
        client.chat_postMessage(channel=event["channel"], text=WELCOME_TEXT, blocks=welcome_blocks())


def register(app: App, deps: Deps) -> None:
    app.event("member_joined_channel")(ack=ack_only, lazy=[on_member_joined])
    app.event("app_mention")(ack=ack_only, lazy=[partial(on_mention, deps=deps)])
    app.event("message")(ack=ack_only, lazy=[partial(on_message, deps=deps)])
