"""Which part of a figure a question asks: 'how much of seouls pledge is earmarked for us shipbuilding', 'how
much is seoul putting into us shipbuilding under the trade deal'. In a sentence giving the whole and its parts
('$350 billion in the U.S. — $150 billion in the U.S. shipbuilding sector'), the figure asked stands by the part's
words, not by the whole's."""

from __future__ import annotations

import re
from functools import cache

from knowledge.answer.fit import SIDE_WORDS
from knowledge.answer.normalize import content_tokens, is_stopword
from knowledge.rules import alternation, listed_words, load_rules

_PART_OF = re.compile(
    r"\bhow much of\b.+?\b(?:is|was|are|were|goes|go|went|will go|gets|get)\b(?:\s+\w+){0,2}?\s+"
    r"(?:for|to|into|toward|towards)\s+(?P<part>.+)$"
)


@cache
def _money_verbs() -> str:
    """The verbs of putting money somewhere (rules money_destination_verbs), as one regex alternation."""
    return alternation(load_rules("questions.json")["money_destination_verbs"]["words"])


@cache
def _destination() -> re.Pattern[str]:
    verbs = _money_verbs()
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


@cache
def _destination_side() -> re.Pattern[str]:
    verbs = _money_verbs()
    return re.compile(rf"\b(?:{verbs})(?:\s+in\s+total|\s+[\w'’]+)?\s+(?:in|into)\s+(?:the\s+)?(?P<side>[\w.]+)", re.I)


def without_destination_sides(question: str) -> str:
    """The question without a side named as where the money goes ('how much did seoul pledge to put into
    america': America receives, only Seoul pledges), so that it is not taken for a second pledging side.

    >>> without_destination_sides("how much in total did seoul pledge to put into america?")
    'how much in total did seoul pledge to put into ?'
    """

    def blank(match: re.Match[str]) -> str:
        side = match["side"]
        if not SIDE_WORDS.intersection(content_tokens(side)):
            return match[0]
        return match[0][: match.start("side") - match.start()]

    return _destination_side().sub(blank, question)


_WORD = re.compile(r"[A-Za-z][\w.'’-]*")
_TOWARD = frozenset({"in", "into", "to", "toward", "towards", "across"})


@cache
def _side_pledging() -> re.Pattern[str]:
    """'did the us pledge', 'did washington commit': the side a question asks as the one putting money in."""
    verbs = _money_verbs()
    auxiliary = r"(?:did|does|do|has|have|had|will|would|is|are|was|were)"
    return re.compile(rf"\b{auxiliary}\s+(?:the\s+)?(?P<side>[\w.]+)\s+(?:{verbs})\b", re.I)


def pledged_by_another_side(sentence: str, start: int, question: str) -> bool:
    """The figure at ``start`` is the other side's: the question asks what one side put in ('how much did the us
    pledge under the deal'), and the side the sentence names last before the figure, not as where money goes, is
    the other ('Seoul committed to investing $350 billion in the U.S. — … and additionally $200 billion').

    >>> s = "Seoul committed to investing $350 billion in the U.S. — and additionally $200 billion."
    >>> pledged_by_another_side(s, s.index("$200"), "how much did the us pledge"), pledged_by_another_side(
    ...     s, s.index("$200"), "how much did seoul pledge to put into america")
    (True, False)
    """
    pledger = _side_pledging().search(question)
    asked = SIDE_WORDS.intersection(content_tokens(pledger["side"])) if pledger else set()
    if len(asked) != 1:
        return False  # ('how much of sks $350b us pledge', 'hyundai's us package': no side asked as pledging)
    words = list(_WORD.finditer(sentence[:start]))
    for i in range(len(words) - 1, -1, -1):
        sides = SIDE_WORDS.intersection(content_tokens(words[i].group(0).rstrip(".")))
        if sides and not (i and words[i - 1].group(0).lower() in _TOWARD) and words[i].group(0).lower() != "the":
            return not sides & asked
    return False


DESTINATION_WORDS = 2
"""At most this many words name where the money asked goes."""


def _words_of(part: str) -> set[str]:
    return {w for w in part.split() if w.isalpha() and not is_stopword(w) and w not in SIDE_WORDS}
