"""What buttons, menus and modals carry back to the app: small JSON values, read back defensively.

Slack returns a button's value (at most 2,000 characters; a menu option's 150) with the click, so each carries
what its handler needs (the question, the page, the document and sentence) and no state is kept for it.
"""

from __future__ import annotations

import json
from typing import Any

from knowledge.answer.answers import NOT_IN_TABLE, Answer, AnswerItem
from knowledge.answer.phrasing import clip_words, headline

MAX_BUTTON_VALUE = 2000
MAX_OPTION_VALUE = 150


def pack(data: dict[str, Any]) -> str:
    """JSON for a button's value or a modal's metadata. Slack never shows nor parses these, but ``<``, ``>`` and
    ``&`` are written as JSON escapes anyway, so no message or log carries a raw ``<!channel>`` from a user.

    >>> print(pack({"q": "<!here>"}))
    {"q": "\\u003c!here\\u003e"}
    """
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def button_value(query: str, page: int = 0) -> str:
    """What a button carries to re-run a query: small JSON, the query cut to fit Slack's limit.

    >>> button_value("who is kim jina", 1)
    '{"q": "who is kim jina", "p": 1}'
    """
    for room in (1500, 700, 300):
        value = pack({"q": query[:room], "p": page})
        if len(value) <= MAX_BUTTON_VALUE:
            break
    return value


def parse_button_value(value: str) -> tuple[str, int]:
    """(query, page) from a button's value; a malformed value reads as an empty query."""
    try:
        data = json.loads(value)
        return str(data.get("q", "")), max(int(data.get("p", 0)), 0)
    except (ValueError, TypeError, AttributeError):
        return "", 0


def source_value(item: AnswerItem) -> str | None:
    """What 'View source' needs to find the paragraph again: the document id and the sentence's offset."""
    if item.source.document_id is None or item.source.start is None:
        return None
    value = json.dumps({"d": item.source.document_id, "s": item.source.start}, separators=(",", ":"))
    return value if len(value) <= MAX_OPTION_VALUE else None


def parse_source_value(value: str) -> tuple[str, int] | None:
    """(document id, sentence offset) from 'View source', or None for a malformed value.

    >>> parse_source_value('{"d":"abc","s":12}'), parse_source_value("nonsense")
    (('abc', 12), None)
    """
    try:
        data = json.loads(value)
        return str(data["d"]), int(data["s"])
    except (ValueError, TypeError, KeyError):
        return None


def feedback_value(answer: Answer) -> str:
    """The question and what was answered, carried by 👍 / 👎 / 'Report a problem' to be stored with the verdict."""
    said = "; ".join(headline(a.text, a.kind, a.source.quote) for a in answer.answers) or answer.note or NOT_IN_TABLE
    for room in (900, 500, 250, 100):
        value = pack({"q": clip_words(answer.query, min(room, 300)), "a": clip_words(said, room)})
        if len(value) <= MAX_BUTTON_VALUE:
            return value
    return pack({"q": "", "a": ""})


def parse_feedback_value(value: str) -> tuple[str, str]:
    """(question, answer) from a feedback button; a malformed value reads as two empty strings.

    >>> parse_feedback_value('{"q": "who kim jina", "a": "Kim Jina — …"}')
    ('who kim jina', 'Kim Jina — …')
    """
    try:
        data = json.loads(value)
        return str(data.get("q", "")), str(data.get("a", ""))
    except (ValueError, TypeError, AttributeError):
        return "", ""
