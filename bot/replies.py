"""Turning what a user typed into a reply: the shared path of slash commands, mentions, DMs, buttons and the console."""

from __future__ import annotations

import logging
import re

from bot.blocks import PAGE_SIZE, Block, render_answer, render_notice
from bot.help import help_blocks
from knowledge.answer.answers import KnowledgeBase

log = logging.getLogger("usrok.replies")
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")  # <@U123> or <@U123|name>
CHANNEL_COMMANDS = frozenset({"subscribe", "unsubscribe", "digest"})  # they act on a channel, not on the facts
SORRY = "Sorry, something went wrong answering that. Try `/usrok help` for examples."


def strip_mentions(text: str) -> str:
    """The question in a message, without the mentions in it.

    >>> strip_mentions("<@U0BOT> who is kim jina")
    'who is kim jina'
    """
    return _MENTION.sub(" ", text or "").strip()


def channel_command_word(text: str) -> str | None:
    """The channel command ``text`` starts with, if any.

    >>> channel_command_word("Subscribe please"), channel_command_word("who is kim jina")
    ('subscribe', None)
    """
    word = text.split(" ", 1)[0].lower()
    return word if word in CHANNEL_COMMANDS else None


def answer_blocks(
    knowledge: KnowledgeBase,
    text: str,
    *,
    page: int = 0,
    ephemeral: bool,
    context_subject: str | None = None,
    shared_by: str | None = None,
) -> tuple[str, list[Block], str | None]:
    """(fallback text, blocks, subject) for a question; a failure becomes a friendly message, never a trace."""
    try:
        answer = knowledge.answer(text, context_subject=context_subject, offset=page * PAGE_SIZE, limit=PAGE_SIZE)
        fallback, blocks = render_answer(
            answer,
            page=page,
            ephemeral=ephemeral,
            shared_by=shared_by,
            usage=help_blocks(),
        )
        return fallback, blocks, answer.subject
    except Exception:
        log.exception("answering failed")
        fallback, blocks = render_notice(SORRY)
        return fallback, blocks, None
