"""When something began: a date a sentence gives after 'since' ('Since 2021, the process has …') tells when it
began, which answers only a question asking that, not when an event of it was."""

from __future__ import annotations

import re

from knowledge.answer.spans import Span
from knowledge.rules import any_word, load_rules


def begun_then(text: str, span: Span, asked: str) -> bool:
    """A date a sentence gives as when something began ('Since 2021, …', rules ``period_start``), for a question
    that does not ask when anything began.

    >>> text = "Since 2021, the Summit for Democracy process has brought together hundreds of leaders."
    >>> begun_then(text, Span("Since 2021", 0, 10), "when is the 3rd summit for democracy")
    True
    >>> begun_then(text, Span("2021", 6, 10), "what yr did the summit for democracy kick off")
    False
    """
    rules = load_rules("questions.json")["period_start"]
    # (the date finder may take the word in: 'Since 2021')
    started = re.search(
        rf"{any_word(rules['before_date']).pattern}\s+(?:\w+\.?\s+)?\d", text[max(0, span.start - 12) : span.end], re.I
    )
    return started is not None and not any_word(rules["asked"]).search(asked)
