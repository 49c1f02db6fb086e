"""The local console: the real bot in a terminal, taking exactly what a user types after /usrok.

Like errbot's text backend, it runs the same answering and rendering code the Slack app runs and prints what
Slack would show, as terminal text (bold, quotes, links spelled out). Follow-up questions use the previous
question's subject, as they do in a Slack thread; ``more`` shows the next page of a long list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import TextIO

from bot.blocks import PAGE_SIZE, distinct, render_answer, render_notice
from bot.help import help_blocks
from bot.modals import source_modal
from bot.replies import channel_command_word, strip_mentions, with_document_links
from bot.terminal import preview
from knowledge.answer.answers import KnowledgeBase

PROMPT = "/usrok "
MORE_WORDS = frozenset({"more", "next", "more please"})
NOTHING_MORE = "Nothing more to show: ask something first, or that list has ended."
NO_SOURCE = "No such answer to show the source of: 'source' is the first answer's, 'source 2' the second's."
SOURCE_COMMAND = re.compile(r"^source(?:\s+(\d+))?$", re.I)


class Console:
    """A conversation with the bot, one line at a time (also the ``bot`` fixture of the tests)."""

    def __init__(self, knowledge: Callable[[], KnowledgeBase], *, color: bool = False) -> None:
        self._knowledge = knowledge
        self.color = color
        self.subject: str | None = None
        self._last: tuple[str, str | None] | None = None  # the question a 'more' pages, and its context
        self._page = 0
        self._has_more = False
        self._suggestions: tuple[str, ...] = ()  # what 'did you mean' offered last, asked by typing its number
        self._sources: list[tuple[str, int]] = []  # where the answers shown last were read, for 'source N'

    def ask(self, line: str) -> str:
        """What the bot shows for one line typed after /usrok (or a mention's text); ``more`` pages on."""
        text = strip_mentions(line)
        if text.isdigit() and 1 <= int(text) <= len(self._suggestions):
            return self._show(self._suggestions[int(text) - 1], self.subject, page=0)
        asked_source = SOURCE_COMMAND.match(text)
        if asked_source:
            return self._source(int(asked_source.group(1) or 1))
        if text.lower() in MORE_WORDS:
            if self._last is None or not self._has_more:
                return NOTHING_MORE
            return self._show(*self._last, page=self._page + 1)
        if channel_command_word(text):
            message = f"`{text.split()[0]}` works in a Slack channel, not in the console."
            return preview(render_notice(message)[1], color=self.color)
        return self._show(text, self.subject, page=0)

    def _show(self, text: str, context_subject: str | None, *, page: int) -> str:
        kb = self._knowledge()
        answer = kb.answer(text, context_subject=context_subject, offset=page * PAGE_SIZE, limit=PAGE_SIZE)
        answer = with_document_links(answer, kb)
        if page == 0 and answer.subject:
            self.subject = answer.subject
        self._last, self._page = (text, context_subject), page
        self._has_more = max(answer.total, len(answer.answers)) > answer.offset + len(answer.answers)
        self._suggestions = answer.suggestions[:3]
        self._sources = [
            (i.source.document_id, i.source.start)
            for i in distinct(answer.answers[:PAGE_SIZE])
            if i.source.document_id is not None and i.source.start is not None
        ]
        blocks = render_answer(answer, page=page, ephemeral=False, usage=partial(help_blocks, in_slack=False))[1]
        return preview(blocks, color=self.color, numbered=True)

    def _source(self, number: int) -> str:
        """'View source' in the console: the paragraph around the sentence the answer numbered ``number`` quotes."""
        if not 1 <= number <= len(self._sources):
            return NO_SOURCE
        view = source_modal(self._knowledge(), *self._sources[number - 1])
        return preview(view["blocks"], color=self.color)


def run_console(
    knowledge: Callable[[], KnowledgeBase], stdin: TextIO, out: TextIO, interactive: bool, color: bool = False
) -> None:
    """Read lines until end of input (or 'quit'), printing each reply; a prompt when ``interactive``."""
    console = Console(knowledge, color=color)
    if interactive:
        out.write(
            "usrok console: type what you would type after /usrok ('help' for examples, 'more' for the next page "
            "of a list, 'source' or 'source 2' for the paragraph an answer comes from, a number to ask a suggestion, "
            "Ctrl-D to quit).\n"
        )
    while True:
        if interactive:
            out.write(PROMPT)
            out.flush()
        line = stdin.readline()
        if not line:
            break
        line = line.strip()
        if line in {"quit", "exit"}:
            break
        if line:
            out.write(console.ask(line) + "\n\n")
            out.flush()
