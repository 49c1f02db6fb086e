"""The /usrok slash command: answers in the acknowledgement itself (ephemeral), plus channel subcommands.

The answer is computed within the 3-second window and sent as the HTTP response to
Slack, so the user sees it at once and no second request is needed.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from slack_bolt import Ack, App

from bot.blocks import Block, render_error
from bot.deps import Deps
from bot.replies import answer_blocks, channel_command_word

log = logging.getLogger("usrok.commands")


def handle_usrok(ack: Ack, command: dict[str, Any], deps: Deps) -> None:
    """Answer ``/usrok …`` in the acknowledgement; ``subscribe``, ``unsubscribe`` and ``digest`` act on the channel."""
    text = (command.get("text") or "").strip()
    word = channel_command_word(text)
    if word is not None:
        fallback, blocks = channel_command(deps, word, command)
    else:
        fallback, blocks, _ = answer_blocks(deps.knowledge.get(), text, ephemeral=True)
    ack(text=fallback, blocks=blocks, response_type="ephemeral")


def channel_command(deps: Deps, word: str, command: dict[str, Any]) -> tuple[str, list[Block]]:
    channel, user = command.get("channel_id", ""), command.get("user_id")
    try:
        if word == "subscribe":
            fresh = deps.store.subscribe(channel, user)
            return render_error(
                "This channel will get a digest when new documents arrive."
                if fresh
                else "This channel is already subscribed to the digest."
            )
        if word == "unsubscribe":
            gone = deps.store.unsubscribe(channel)
            return render_error(
                "This channel will no longer get the digest." if gone else "This channel was not subscribed."
            )
        if deps.digests is None:
            return render_error("The digest is not running here.")
        latest = deps.digests.latest_digest()
        if latest is None:
            return render_error("No digest has been posted yet: it comes when new documents arrive.")
        return latest
    except Exception:
        log.exception("channel command %s failed", word)
        return render_error("Sorry, that did not work. Please try again in a moment.")


def register(app: App, deps: Deps) -> None:
    app.command("/usrok")(partial(handle_usrok, deps=deps))
