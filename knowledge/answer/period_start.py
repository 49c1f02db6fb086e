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
    >>> begun_then(text, Span("Since 2021", 0, 10), "when was the 1st summit for democracy")
    False
    >>> event = "restrictions since the 2017 deployment of a missile defense system"
    >>> begun_then(event, Span("2017", 23, 27), "when was the missile defense system deployed")
    False
    """
    rules = load_rules("questions.json")["period_start"]
    # (the date finder may take the word in: 'Since 2021')
    # ('Since March 2021'; not 'since the 2017 deployment', a year of an event)
    since = f"(?i:{any_word(rules['before_date']).pattern})"
    started = re.search(rf"{since}\s+(?:[A-Z][a-z]{{2,8}}\.?\s+)?\d", text[max(0, span.start - 12) : span.end])
    return started is not None and not any_word(rules["asked"]).search(asked)
