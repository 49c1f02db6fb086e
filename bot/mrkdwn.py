"""Putting user and document text into Slack's mrkdwn safely, and reading mrkdwn back as terminal text.

mrkdwn has no escape for its formatting characters: a ``*`` or ``_`` in a question or a document opens bold or
italics that run into the bot's own formatting. So besides ``&``, ``<`` and ``>`` (which Slack does escape),
``escape`` swaps ``*``, ``_``, ``~`` and the backtick for look-alike characters that Slack shows as written and
never reads as formatting. The console maps them back.
"""

from __future__ import annotations

import re
from urllib.parse import quote

_LOOKALIKES = {"*": "∗", "_": "ˍ", "~": "∼", "`": "ˋ"}  # asterisk operator, modifier low macron, tilde operator, grave
_BACK = {v: k for k, v in _LOOKALIKES.items()}
_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", **_LOOKALIKES})


def escape(text: str) -> str:
    """Text shown as written: no ping, no link, no formatting.

    >>> escape("<!channel> & *bold* _it_ ~s~ `code`")
    '&lt;!channel&gt; &amp; ∗bold∗ ˍitˍ ∼s∼ ˋcodeˋ'
    """
    return text.translate(_ESCAPE)


def bold(text: str) -> str:
    """Escaped text in bold; nothing at all for empty text (an empty ``**`` would show the stars).

    >>> bold("a *b*"), bold(" ")
    ('*a ∗b∗*', '')
    """
    text = escape(text).strip()
    return f"*{text}*" if text else ""


def italic(text: str) -> str:
    """Escaped text in italics, as ``bold``.

    >>> italic("who is x_y")
    '_who is xˍy_'
    """
    text = escape(text).strip()
    return f"_{text}_" if text else ""


def code(text: str) -> str:
    """Text in a code span, where nothing is formatting (a file name with underscores shows as written).

    >>> code("docs/joint_statement.md")
    '`docs/joint_statement.md`'
    """
    return "`" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("`", "ˋ") + "`"


def link(url: str | None, label: str) -> str:
    """A link with an escaped label, or the label alone when there is no usable http(s) URL.

    >>> link("https://example.com/a|b", "A <title>")
    '<https://example.com/a%7Cb|A &lt;title&gt;>'
    """
    if not url or not url.startswith(("http://", "https://")):
        return escape(label)
    safe = quote(url, safe=":/?#[]@!$&'()*+,;=%-._~")
    return f"<{safe.replace('&', '&amp;')}|{escape(label)}>"


def quote_with_highlight(sentence: str, highlight: tuple[int, int] | None) -> str:
    """The sentence as a mrkdwn quote, with the words that answer in bold.

    >>> quote_with_highlight("Vice Minister Kim Jina met them.", (14, 22))
    '>Vice Minister *Kim Jina* met them.'
    """
    sentence = " ".join(sentence.split("\n"))
    if highlight is not None and 0 <= highlight[0] < highlight[1] <= len(sentence):
        start, end = highlight
        before, words, after = sentence[:start], sentence[start:end], sentence[end:]
        # Bold must start and end at a word's edge to show; the highlight is whole words already.
        body = f"{escape(before)}{bold(words)}{escape(after)}"
    else:
        body = escape(sentence)
    return f">{body}"


_LINK = re.compile(r"<(https?://[^|>]+)\|([^>]*)>")
_MENTION = re.compile(r"<@([A-Z0-9]+)>")
_SPECIAL = re.compile(r"<(?:!date\^[^|>]*|#([A-Z0-9]+))(?:\|([^>]*))?>")  # a formatted date, a channel
_BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_CODE = re.compile(r"`([^`\n]+)`")


def to_terminal(mrkdwn: str, *, color: bool = False) -> str:
    """mrkdwn as a person reads it in a terminal: bold in bold (or plain), quotes with a bar, links as
    'label (url)', and escaped characters as they were written.

    >>> to_terminal(">Vice Minister *Kim Jina* &amp; <https://x.org|the ∗doc∗>")
    '│ Vice Minister Kim Jina & the *doc* (https://x.org)'
    """
    lines = []
    for line in mrkdwn.split("\n"):
        prefix = ""
        if line.startswith(">"):
            prefix, line = "│ ", line[1:]
        line = _LINK.sub(lambda m: f"{m.group(2)} ({m.group(1).replace('&amp;', '&')})", line)
        line = _MENTION.sub(r"@\1", line)
        line = _SPECIAL.sub(lambda m: m.group(2) or f"#{m.group(1)}", line)
        line = _BOLD.sub(r"\033[1m\1\033[0m" if color else r"\1", line)
        line = _ITALIC.sub(r"\033[3m\1\033[0m" if color else r"\1", line)
        line = _CODE.sub(r"\1", line)
        line = line.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        lines.append(prefix + "".join(_BACK.get(c, c) for c in line))
    return "\n".join(lines)
