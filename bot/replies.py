"""Turning what a user typed into a reply: the shared path of slash commands, mentions, DMs and buttons."""

from __future__ import annotations

import logging
import re

from bot.blocks import PAGE_SIZE, Block, render_answer, render_error
from bot.deps import Deps

log = logging.getLogger("usrok.replies")
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
CHANNEL_COMMANDS = {"subscribe", "unsubscribe", "digest"}
SORRY = "Sorry, something went wrong answering that. Try `/usrok help` for examples."


def strip_mentions(text: str) -> str:
    """'<@U0BOT> who is kim jina' → 'who is kim jina'."""
    return _MENTION.sub(" ", text or "").strip()


def answer_blocks(
    deps: Deps,
    text: str,
    *,
    page: int = 0,
    ephemeral: bool,
    context_subject: str | None = None,
    shared_by: str | None = None,
    thread: str | None = None,
) -> tuple[str, list[Block], str | None]:
    """(fallback text, blocks, subject) for a question; a failure becomes a friendly message, never a trace."""
    try:
        answer = deps.knowledge.get().answer(
            text, context_subject=context_subject, offset=page * PAGE_SIZE, limit=PAGE_SIZE
        )
        fallback, blocks = render_answer(answer, page=page, ephemeral=ephemeral, shared_by=shared_by, thread=thread)
        return fallback, blocks, answer.subject
    except Exception:
        log.exception("answering failed")
        fallback, blocks = render_error(SORRY)
        return fallback, blocks, None
