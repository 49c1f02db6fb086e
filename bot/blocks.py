"""Block Kit rendering of answers, usage and digests, within Slack's limits.

Every string that comes from a user or a document goes through ``escape`` so
nobody can make the bot post ``<!channel>``, a user ping or a disguised link.
Limits: at most 50 blocks a message, 3,000 characters a section, 2,000 a
button value; long lists page with a 'More' button.
"""

from __future__ import annotations

import json
from typing import Any

from knowledge.answer.answers import NOT_IN_TABLE, Answer, AnswerItem
from knowledge.answer.phrasing import human_date

Block = dict[str, Any]
MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_BUTTON_VALUE = 2000
PAGE_SIZE = 8

ACTION_SHARE = "usrok_share"
ACTION_MORE = "usrok_more"
ACTION_SUGGEST = "usrok_suggest"


def escape(text: str) -> str:
    """Escape mrkdwn control characters, so text shows as written and never pings or links.

    >>> escape("<!channel> & <http://x|y>")
    '&lt;!channel&gt; &amp; &lt;http://x|y&gt;'
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _clip(text: str, limit: int = MAX_SECTION) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _clip(text)}}


def context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": _clip(text)}]}


def button(text: str, action_id: str, value: str) -> Block:
    return {
        "type": "button",
        "text": {"type": "plain_text", "text": _clip(text, 75), "emoji": False},
        "action_id": action_id,
        "value": value[:MAX_BUTTON_VALUE],
    }


def button_value(query: str, page: int = 0) -> str:
    """What a button carries to re-run a query: small JSON, the query cut to fit Slack's limit.

    >>> button_value("who is kim jina", 1)
    '{"q": "who is kim jina", "p": 1}'
    """
    return json.dumps({"q": query[:1500], "p": page})


def parse_button_value(value: str) -> tuple[str, int]:
    """(query, page) from a button's value; a malformed value reads as an empty query."""
    try:
        data = json.loads(value)
        return str(data.get("q", "")), max(int(data.get("p", 0)), 0)
    except (ValueError, TypeError, AttributeError):
        return "", 0


def source_line(item: AnswerItem) -> str:
    when = human_date(item.source.date) if item.source.date else "undated"
    return f"Source: *{escape(item.source.title)}* ({when})"


def item_blocks(item: AnswerItem) -> list[Block]:
    quote = f"\n>{escape(item.source.quote)}" if item.source.quote else ""
    return [section(f"*{escape(item.text)}*{quote}"), context(source_line(item))]


def fallback_text(answer: Answer) -> str:
    """The plain ``text`` of the message, for notifications and screen readers."""
    if answer.usage is not None:
        return "usrok: how to ask"
    if not answer.answers:
        return escape(answer.note) if answer.note else NOT_IN_TABLE
    first = answer.answers[0]
    more = f" (+{len(answer.answers) - 1} more)" if len(answer.answers) > 1 else ""
    return _clip(escape(f"{first.text}{more} — {first.source.title}"), 3000)  # Slack reads mrkdwn here too


def render_answer(
    answer: Answer, *, page: int = 0, ephemeral: bool = True, shared_by: str | None = None
) -> tuple[str, list[Block]]:
    """(fallback text, blocks) for an answer; page ``page`` of a long list.

    >>> render_answer(Answer(query="x", intent="who", note=NOT_IN_TABLE))[0]
    'That is not in the fact table.'
    """
    blocks: list[Block] = []
    if shared_by:
        blocks.append(context(f"<@{shared_by}> shared an answer to: _{escape(answer.query)}_"))
    if answer.usage is not None:
        blocks.append(section(answer.usage))
        return fallback_text(answer), blocks
    if not answer.answers:
        blocks.append(section(f"{escape(answer.note or NOT_IN_TABLE)} (asked: _{escape(answer.query)}_)"))
        if answer.suggestions:
            blocks.append(context("Did you mean:"))
            blocks.append(
                {
                    "type": "actions",
                    "elements": [
                        button(s, f"{ACTION_SUGGEST}_{i}", button_value(s))
                        for i, s in enumerate(answer.suggestions[:3])
                    ],
                }
            )
        return fallback_text(answer), blocks
    shown = answer.answers[:PAGE_SIZE]
    if answer.note:
        blocks.append(context(escape(answer.note)))
    for item in shown:
        blocks.extend(item_blocks(item))
    buttons = []
    total = max(answer.total, len(answer.answers))
    remaining = total - (answer.offset + len(shown))
    if remaining > 0:
        blocks.append(context(f"Showing {answer.offset + 1}–{answer.offset + len(shown)} of {total}."))
        buttons.append(button(f"More ({remaining})", ACTION_MORE, button_value(answer.query, page + 1)))
    if ephemeral:
        buttons.append(button("Share in channel", ACTION_SHARE, button_value(answer.query, page)))
    if buttons:
        blocks.append({"type": "actions", "elements": buttons})
    assert len(blocks) <= MAX_BLOCKS
    return fallback_text(answer), blocks


def render_error(message: str) -> tuple[str, list[Block]]:
    """A short, friendly message for something the user can fix; never a stack trace."""
    return message, [section(escape(message))]


def preview(blocks: list[Block]) -> str:
    """Blocks as plain text: what Slack would show, for the console and tests.

    >>> preview([section("*Hi* &lt;b&gt;")])
    '*Hi* <b>'
    """
    lines: list[str] = []
    for block in blocks:
        if block["type"] == "section":
            lines.append(block["text"]["text"])
        elif block["type"] == "context":
            lines.append("  " + " ".join(e["text"] for e in block["elements"]))
        elif block["type"] == "actions":
            lines.append("  " + "  ".join(f"[{e['text']['text']}]" for e in block["elements"]))
        elif block["type"] == "header":
            lines.append(block["text"]["text"].upper())
        elif block["type"] == "divider":
            lines.append("  ---")
    text = "\n".join(lines)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
