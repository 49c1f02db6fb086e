"""Whose count a figure is: 'how many korean cyber firms' is not answered by '15 American companies'."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.answer.normalize import normalize
from knowledge.answer.question_type import counted_phrase

SIDE_WORDS = frozenset({"us", "rok"})

COUNTED_WORDS = 3
"""How many words of a 'how many' phrase qualify what is counted ('korean cyber firms')."""


_FROM_A_SIDE = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:from|of)\s+(?:the\s+)?((?:[\w.]+\s*){1,3})")
"""What a count is of, said right after it ('15 cybersecurity companies from the United States')."""


def count_of_another_side(question: str, count: str, after: str = "", people: bool = False) -> bool:
    """'how many korean cyber firms' is not answered by '15 American companies': the count names a side the
    question's counted words do not, in its own words or in those right ``after`` it ('… from the United States').
    A follow-up asks of the side it names ('and the korean side?').

    >>> count_of_another_side("how many korean firms took part", "15 American companies")
    True
    >>> count_of_another_side("how many us firms went", "15 American companies")
    False
    >>> count_of_another_side("and the korean side?", "15", " cybersecurity companies from the United States to")
    True
    >>> count_of_another_side("how many americans work there?", "200 hires", people=True)
    True
    """
    asked = _sides_counted(question)
    said = set((normalize(count) + (" " + normalize(m.group(1)) if (m := _FROM_A_SIDE.match(after)) else "")).split())
    # ('how many americans work there', ``people`` counted: a count of people of no side said is not of Americans)
    counted = normalize(counted_phrase(question)).split()[:1] if people and asked else []
    of_nobody = bool(counted and counted[0] in SIDE_WORDS) and not said & SIDE_WORDS
    return bool(asked) and (bool((said & SIDE_WORDS) - asked) or of_nobody)


@lru_cache(maxsize=1024)
def _sides_counted(question: str) -> frozenset[str]:
    """The sides a 'how many' question's counted words name, once per question ('how many korean firms': ROK), or
    the side a follow-up asks of ('and the korean side?')."""
    counted = normalize(counted_phrase(question)).split()[:COUNTED_WORDS]
    named = re.findall(r"(\S+)\s+side\b", normalize(question)) if not counted else []
    return frozenset(counted + named) & SIDE_WORDS
