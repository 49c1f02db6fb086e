"""Blocks as a person reads them in a terminal: what the console and ``usrok ask`` print.

Buttons that only make sense in Slack (share, feedback, view source) are left out; 'More' becomes a hint
saying how to get the next page where the reader is ('more' in the console, ``--page`` on the command line);
in the console, 'did you mean' suggestions are numbered, to be asked by typing the number.
"""

from __future__ import annotations

import re
from typing import Any

from bot.ids import ACTION_MORE, ACTION_SOURCE_PICK, ACTION_SUGGEST
from bot.mrkdwn import to_terminal

Block = dict[str, Any]
_MORE = re.compile(r"More \((\d+)\)")


def _text(obj: dict[str, Any], color: bool) -> str:
    return to_terminal(obj["text"], color=color) if obj.get("type") == "mrkdwn" else str(obj.get("text", ""))


def preview(
    blocks: list[Block],
    *,
    color: bool = False,
    more_hint: str = "type 'more' for the next page",
    numbered: bool = False,
) -> str:
    """The blocks as terminal text.

    >>> preview([{"type": "section", "text": {"type": "mrkdwn", "text": "*Hi* &lt;b&gt;"}}])
    'Hi <b>'
    """
    lines: list[str] = []
    # A list with sources is numbered in the console, where 'source 2' shows the second item's paragraph.
    number_items = numbered and any(
        e.get("action_id") == ACTION_SOURCE_PICK for b in blocks if b["type"] == "actions" for e in b["elements"]
    )
    counter = 0
    for block in blocks:
        kind = block["type"]
        if kind == "section":
            if "text" in block:
                text = _text(block["text"], color)
                if number_items:
                    numbered_lines = []
                    for line in text.split("\n"):
                        if line.startswith("• "):
                            counter += 1
                            line = f"{counter}. {line[2:]}"
                        numbered_lines.append(line)
                    text = "\n".join(numbered_lines)
                lines.append(text)
            lines += [_text(f, color) for f in block.get("fields", [])]
        elif kind == "context":
            lines.append("  " + " ".join(_text(e, color) for e in block["elements"] if "text" in e))
        elif kind == "header":
            lines.append(_text(block["text"], color).upper())
        elif kind == "divider":
            lines.append("")
        elif kind == "actions":
            shown = []
            for element in block["elements"]:
                action = str(element.get("action_id", ""))
                label = element.get("text", {}).get("text", "")
                if action == ACTION_MORE:
                    m = _MORE.search(label)
                    shown.append(f"({m.group(1) if m else 'more'} more: {more_hint})")
                elif action.startswith(ACTION_SUGGEST):
                    number = action.rsplit("_", 1)[-1]
                    shown.append(f"[{int(number) + 1}] {label}" if numbered and number.isdigit() else f"[{label}]")
            if shown:
                lines.append("  " + "  ".join(shown))
    return "\n".join(lines)
