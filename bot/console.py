"""The local console: the real bot in a terminal, taking exactly what a user types after /usrok.

Like errbot's text backend, it runs the same answering and rendering code the
Slack app runs, and prints what Slack would show. Follow-up questions use the
previous question's subject, as they do in a Slack thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from bot.blocks import preview, render_answer, render_error
from bot.replies import channel_command_word, strip_mentions
from knowledge.answer.answers import KnowledgeBase

PROMPT = "/usrok "


class Console:
    """A conversation with the bot, one line at a time (also the ``bot`` fixture of the tests)."""

    def __init__(self, knowledge: Callable[[], KnowledgeBase]) -> None:
        self._knowledge = knowledge
        self.subject: str | None = None

    def ask(self, line: str) -> str:
        """What the bot shows for one line typed after /usrok (or a mention's text)."""
        text = strip_mentions(line)
        if channel_command_word(text):
            return preview(render_error(f"`{text.split()[0]}` works in a Slack channel, not in the console.")[1])
        answer = self._knowledge().answer(text, context_subject=self.subject)
        if answer.subject:
            self.subject = answer.subject
        return preview(render_answer(answer, ephemeral=False)[1])


def run_console(knowledge: Callable[[], KnowledgeBase], stdin: TextIO, out: TextIO, interactive: bool) -> None:
    console = Console(knowledge)
    if interactive:
        out.write("usrok console: type what you would type after /usrok ('help' for examples, Ctrl-D to quit).\n")
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
