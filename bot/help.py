"""What ``/usrok help`` lists: every command, what it does and an example; and the note posted when invited."""

from __future__ import annotations

from typing import NamedTuple

from slack_sdk.models.blocks import ContextBlock, HeaderBlock, MarkdownTextObject, PlainTextObject, SectionBlock

from bot.blocks import Block, dump


class Command(NamedTuple):
    usage: str
    does: str
    example: str
    slack_only: bool = False


COMMANDS: tuple[Command, ...] = (
    Command("who <name | title | organisation>", "an official, their title and side", "who is Kim Jina"),
    Command("when <event>", "the date of an event", "when was the 5th SED"),
    Command("pledges [actor | topic | amount]", "what each side pledged, newest first", "pledges shipbuilding"),
    Command("timeline [year | range | topic]", "dated events in order", "timeline 2020"),
    Command("search <text>", "anything the documents say", "search Artemis Accords"),
    Command("sources", "the documents usrok answers from", "sources"),
    Command("<any question>", "routed to the right kind of fact", "how much is Korea investing in US shipbuilding?"),
    Command("subscribe", "this channel gets a digest when new documents arrive", "subscribe", slack_only=True),
    Command("unsubscribe", "this channel stops getting the digest", "unsubscribe", slack_only=True),
    Command("digest", "show the latest digest again", "digest", slack_only=True),
    Command("help", "this list", "help"),
)

WHERE = (
    "Type `/usrok` and a command (answers only you see, with a button to share), mention `@usrok` in a thread, "
    "send it a direct message, or use the message menu's *Ask usrok about this*. Under every answer: "
    "👍 / 👎 and *Report a problem* tell the team when an answer is wrong."
)


def help_lines(*, in_slack: bool = True) -> list[str]:
    """One mrkdwn line per command: `command` — what it does — e.g. `example`.

    >>> help_lines()[0]
    '• `who <name | title | organisation>` — an official, their title and side. e.g. `/usrok who is Kim Jina`'
    """
    lines = []
    prefix = "/usrok " if in_slack else ""
    for c in COMMANDS:
        where = " _(in a Slack channel)_" if c.slack_only and not in_slack else ""
        lines.append(f"• `{c.usage}` — {c.does}{where}. e.g. `{prefix}{c.example}`")
    return lines


def help_blocks(*, in_slack: bool = True) -> list[Block]:
    """``/usrok help``: every command with an example."""
    return [
        dump(HeaderBlock(text=PlainTextObject(text="How to ask usrok"))),
        dump(
            SectionBlock(
                text=MarkdownTextObject(
                    text="usrok answers questions about the U.S.–ROK relationship from its documents, "
                    "with the source of every answer.\n" + "\n".join(help_lines(in_slack=in_slack))
                )
            )
        ),
        dump(ContextBlock(elements=[MarkdownTextObject(text=WHERE)])),
    ]


def welcome_blocks() -> list[Block]:
    """The one short message posted when usrok is invited to a channel."""
    return [
        dump(
            SectionBlock(
                text=MarkdownTextObject(
                    text="👋 Hi, I'm *usrok*. I answer questions about the U.S.–ROK relationship — officials, "
                    "dates and pledges — and quote the document each answer comes from.\n"
                    "• Ask me here: `@usrok who is the deputy secretary of commerce`\n"
                    "• Or privately: `/usrok when was the 5th SED`\n"
                    "• Get a digest of new documents in this channel: `/usrok subscribe`\n"
                    "`/usrok help` lists everything."
                )
            )
        )
    ]


WELCOME_TEXT = "Hi, I'm usrok: ask me about the U.S.–ROK relationship. /usrok help lists everything."
