"""Which part of a figure a question asks: 'how much of seouls pledge is earmarked for us shipbuilding', 'how
much is seoul putting into us shipbuilding under the trade deal'. In a sentence giving the whole and its parts
('$350 billion in the U.S. — $150 billion in the U.S. shipbuilding sector'), the figure asked stands by the part's
words, not by the whole's."""

from __future__ import annotations

import re
from functools import cache

from knowledge.answer.fit import SIDE_WORDS
from knowledge.answer.normalize import is_stopword
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
        r"(?P<part>[a-z][^,;()?]*?)"
        r"(?:\s+(?:under|per|according|from|at|during|in the|as part|before|after|except|but)\b[^?]*)?\s*\??\s*$"
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
    part = _PART_OF.search(question.lower())
    if part is not None:
        return _words_of(part["part"])
    if listed_words("total_words").search(question):
        return set()  # ('… in total, setup plus the expansion': a sum of its parts)
    goes = _destination().search(question.lower())
    words = _words_of(goes["part"]) if goes else set()
    # (a sector named in a word or two, 'us shipbuilding'; 'won to set up its ohio sub' is the rest of a question)
    return words if len(words) <= DESTINATION_WORDS else set()


DESTINATION_WORDS = 2
"""At most this many words name where the money asked goes."""


def _words_of(part: str) -> set[str]:
    return {w for w in part.split() if w.isalpha() and not is_stopword(w) and w not in SIDE_WORDS}
