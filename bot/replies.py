"""Turning what a user typed into a reply: the shared path of slash commands, mentions, DMs, buttons and the console."""

from __future__ import annotations

import logging
import re
from weakref import WeakKeyDictionary

from bot.blocks import PAGE_SIZE, Block, render_answer, render_notice
from bot.help import help_blocks
from knowledge.answer.answers import Answer, KnowledgeBase

log = logging.getLogger("usrok.replies")
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")  # <@U123> or <@U123|name>
CHANNEL_COMMANDS = frozenset({"subscribe", "unsubscribe", "digest"})  # they act on a channel, not on the facts
_document_urls: WeakKeyDictionary[KnowledgeBase, dict[str, str]] = WeakKeyDictionary()
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


def with_document_links(answer: Answer, knowledge: KnowledgeBase) -> Answer:
    """The answer with each source's link filled in from its document where the answer left it out (the
    items of ``sources`` name a document without its URL)."""
    missing = [a for a in answer.answers if a.source.url is None]
    if not missing:
        return answer
    urls = _document_urls.get(knowledge)
    if urls is None:  # once per table: a large one has thousands of documents
        urls = _document_urls[knowledge] = {d.path: d.url for d in knowledge.table.documents if d.url}
    items = tuple(
        a.model_copy(update={"source": a.source.model_copy(update={"url": urls[a.source.document]})})
        if a.source.url is None and a.source.document in urls
        else a
        for a in answer.answers
    )
    return answer.model_copy(update={"answers": items})


def answer_blocks(
    knowledge: KnowledgeBase,
    text: str,
    *,
    page: int = 0,
    ephemeral: bool,
    context_subject: str | None = None,
    shared_by: str | None = None,
    within: str | None = None,
) -> tuple[str, list[Block], str | None]:
    """(fallback text, blocks, subject) for a question; a failure becomes a friendly message, never a trace.

    ``within``: a document id the answer must come from ('Ask about this document')."""
    try:
        answer = knowledge.answer(
            text, context_subject=context_subject, offset=page * PAGE_SIZE, limit=PAGE_SIZE, within=within
        )
        answer = with_document_links(answer, knowledge)
        fallback, blocks = render_answer(
            answer,
            page=page,
            ephemeral=ephemeral,
            shared_by=shared_by,
            usage=help_blocks,
        )
        return fallback, blocks, answer.subject
    except Exception:
        log.exception("answering failed")
        fallback, blocks = render_notice(SORRY)
        return fallback, blocks, None
