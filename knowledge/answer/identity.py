"""Questions asking who a named person is ('who was lee tae-ho in 2019', 'who is kim jina now'): the person
named answers them, with the title of the year asked. Any other word ('with', 'under', 'counterpart') asks about
someone else, whom the sentences must name."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from knowledge.answer.normalize import normalize
from knowledge.answer.question_dates import YEAR
from knowledge.rules import load_rules


@cache
def identity_fillers() -> frozenset[str]:
    """The words besides a name and a year that leave a question asking who that person is (rules)."""
    return frozenset(load_rules("questions.json")["identity_fillers"]["words"])


def asks_who_is(question: str, name_words: Iterable[str]) -> bool:
    """Whether ``question`` asks who the person named by ``name_words`` (normal forms) is.

    >>> asks_who_is("who was lee tae-ho in 2019", ["lee", "tae", "ho"])
    True
    >>> asks_who_is("who was with lee tae-ho in 2019", ["lee", "tae", "ho"])
    False
    """
    words = normalize(question).split()
    rest = [w for w in words if w not in set(name_words)]
    return len(rest) < len(words) and all(w in identity_fillers() or YEAR.fullmatch(w) for w in rest)


def without_the_year(question: str, answer: str) -> str:
    """The question without its years when it asks who the person ``answer`` names is ('who was keith krach in
    2019'): the year picks the title of then, which a source of another year still says of the same person.

    >>> without_the_year("who was keith krach in 2019", "Keith Krach — Under Secretary of State (US)")
    'who was keith krach in '
    >>> without_the_year("who met keith krach in 2019", "Keith Krach — Under Secretary of State (US)")
    'who met keith krach in 2019'
    """
    named = normalize(answer.split(" — ")[0]).split()
    return YEAR.sub("", question) if asks_who_is(question, named) else question
