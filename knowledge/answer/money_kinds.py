"""Kinds of money a question or a sentence names (a grant, a loan, sales, …; rules/questions.json money_kinds):
a figure answers only a question about its own kind."""

from __future__ import annotations

import re
from functools import cache

from knowledge.answer.normalize import normalize
from knowledge.answer.spans import Span
from knowledge.rules import any_word, listed_words, load_rules


@cache
def _money_kinds() -> dict[str, re.Pattern[str]]:
    kinds: dict[str, list[str]] = load_rules("questions.json")["money_kinds"]
    # Written as analysts write them; matched against questions in normal form ('end up getting' is 'do getting').
    return {k: any_word(sorted({*words, *map(normalize, words)}), inflected=True) for k, words in kinds.items()}


def of_the_kind_of_money_asked(sentence: str, asked: str) -> bool:
    """'How much of a CHIPS grant did SK hynix get': a figure answers only if its sentence names that kind of
    money too (a grant, an award, funding), not an investment of the company's own.

    >>> of_the_kind_of_money_asked("SK hynix will invest $3.87 billion.", "how much chips grant did sk hynix get")
    False
    """
    asked_kinds = [p for p in _money_kinds().values() if p.search(asked)]
    return all(p.search(sentence) for p in asked_kinds)


KIND_REACH = 30
"""How far after a figure the words saying what kind of money it is may stand ('$134 million in annual revenue')."""


_LABELLED = re.compile(r"\b([a-z]+)\s+of\s+(?:about|around|roughly|nearly|over|up to|more than|some)?\s*$", re.I)


def labelled_otherwise(sentence: str, span: Span, asked: str) -> bool:
    """'how much direct chips funding did Samsung get' is not answered by "Samsung's investment of over $37
    billion": the noun a figure is 'of' names its kind, and the question asks another kind of money.

    >>> s = "This funding will support Samsung's investment of over $37 billion."
    >>> labelled_otherwise(s, Span("over $37 billion", 50, 66), "how much direct chips funding did samsung get")
    True
    """
    asked_kinds = [p for p in _money_kinds().values() if p.search(asked)]
    label = _LABELLED.search(sentence[: span.start])
    if not asked_kinds or label is None:
        return False
    return not any(p.search(label.group(1)) for p in asked_kinds)


def of_a_kind_not_asked(sentence: str, span: Span, asked: str) -> bool:
    """'how much are they spending on it' is not answered by '… expected to generate $134 million in annual
    revenue': the words right after a figure say it is a kind of money the question does not ask about.

    >>> s = "It will generate 200 billion won ($134 million) in annual revenue."
    >>> of_a_kind_not_asked(s, Span("200 billion won", 17, 32), "how much are they spending on it")
    True
    >>> of_a_kind_not_asked(s, Span("200 billion won", 17, 32), "what revenue will the plant bring in")
    False
    >>> s = "The ROK has committed $200 million in new funding over five years."
    >>> of_a_kind_not_asked(s, Span("$200 million", 22, 34), "how much new money did the rok commit")
    False
    >>> s = "While an ESTA costs $40, the visa application fee is about $310."
    >>> of_a_kind_not_asked(s, Span("$40", 20, 23), "and what does an esta run")
    False
    """
    # Up to the clause's end: in 'While an ESTA costs $40, the I-visa application fee is …' the fee is another's.
    closed = span.text.rstrip().endswith((",", ";"))
    after = "" if closed else re.split(r"[,;]", re.sub(r"^\s*\([^)]*\)", "", sentence[span.end :]), maxsplit=1)[0]
    after = after[:KIND_REACH]
    told = [p for p in _money_kinds().values() if p.search(after)]
    if not told or any(p.search(asked) for p in told):
        return False
    # 'how much did the ROK commit': a commitment may be of any kind, unless the question names another.
    return not (
        listed_words("any_kind_of_money").search(asked) and not any(p.search(asked) for p in _money_kinds().values())
    )
