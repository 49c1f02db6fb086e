"""When something began: a date a sentence gives after 'since' ('Since 2021, the process has …') tells when it
began, which answers only a question asking that, not when an event of it was."""

from __future__ import annotations

import re
from functools import cache

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
    # (the date finder may take the word in: 'Since 2021'; 'Since March 2021'; not 'since the 2017 deployment')
    started = _since().search(text[max(0, span.start - 12) : span.end])
    return started is not None and not _beginning_asked().search(asked)


@cache
def _since() -> re.Pattern[str]:
    since = f"(?i:{any_word(load_rules('questions.json')['period_start']['before_date']).pattern})"
    return re.compile(rf"{since}\s+(?:[A-Z][a-z]{{2,8}}\.?\s+)?\d")


@cache
def _beginning_asked() -> re.Pattern[str]:
    return any_word(load_rules("questions.json")["period_start"]["asked"])
