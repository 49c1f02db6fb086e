"""Which part of a figure a question asks: 'how much of seouls pledge is earmarked for us shipbuilding', 'how
much is seoul putting into us shipbuilding under the trade deal'. In a sentence giving the whole and its parts
('$350 billion in the U.S. — $150 billion in the U.S. shipbuilding sector'), the figure asked stands by the part's
words, not by the whole's."""

from __future__ import annotations

import re
from functools import cache

from knowledge.rules import alternation, listed_words, load_rules

_PART_OF = re.compile(
    r"\bhow much of\b.+?\b(?:is|was|are|were|goes|go|went|will go|gets|get)\b(?:\s+\w+){0,2}?\s+"
    r"(?:for|to|into|toward|towards)\s+(?P<part>.+)$"
)


@cache
def _destination() -> re.Pattern[str]:
    verbs = alternation(load_rules("questions.json")["money_destination_verbs"]["words"])
    return re.compile(
        rf"\bhow much\b(?:\s+[\w'’]+){{0,4}}?\s+(?:{verbs})\s+(?:in|into|to|toward|towards|for|on)\s+"
        r"(?P<part>.+?)(?:\s+(?:under|per|according|from|at|during|in the|as part)\b.*)?\s*\??\s*$"
    )


def part_asked(question: str) -> set[str]:
    """The words of the part 'how much of the whole is for the part' asks ('how much of seouls pledge is earmarked
    for us shipbuilding' → shipbuilding), or of where the money asked goes ('how much is seoul putting into us
    shipbuilding under the trade deal'): the figure asked stands by them, not by the whole's.

    >>> sorted(part_asked("how much of seouls pledge is earmarked for us shipbuilding"))
    ['shipbuilding']
    >>> sorted(part_asked("how much is seoul putting into us shipbuilding under the trade deal?"))
    ['shipbuilding']
    """
    whole = listed_words("total_words").search(question)  # ('… in total, setup plus the expansion': a sum)
    m = _PART_OF.search(question.lower()) or (None if whole else _destination().search(question.lower()))
    return {w for w in m["part"].split() if w.isalpha() and w not in ("us", "the", "rok")} if m else set()
