"""'SK' in a question: South Korea ('the sk delegation', 'SKs side') or the SK group and its companies ('sk
innovation', 'SK' in capitals); the companies and the words of a side are in the rules."""

from __future__ import annotations

import re
from functools import cache

from knowledge.answer.query import side_nouns
from knowledge.rules import alternation, load_rules
from knowledge.rules.rulebook import rulebook


@cache
def _sk_companies() -> frozenset[str]:
    """The word after 'SK' in the Korean companies the rules list ('innovation' of SK Innovation)."""
    return frozenset(c.split()[1].lower() for c in rulebook().korean_companies if c.lower().startswith("sk "))


def country_initials(text: str) -> str:
    """'the sk delegation' is South Korea's; 'sk innovation' is a company the rules list (a Korean company
    named by the initials and the next word), and 'SK' typed in capitals names the group, so both stay, unless a
    side noun or 'counterpart' follows ('who headed SKs side', 'his SK counterpart': rules country_initials_sides).

    >>> country_initials("who headed the sk delegation"), country_initials("how much is sk innovation spending")
    ('who headed the south korea delegation', 'how much is sk innovation spending')
    >>> country_initials("who headed SKs side at the 10th SED")
    "who headed south korea's side at the 10th SED"
    """

    second = _sk_companies()

    def spell(m: re.Match[str]) -> str:
        following = m.group(1) or ""
        if {following.lower(), following.lower()[:-1]} & second:  # ('sk innovations georgia site')
            return m.group(0)
        return f"south korea {following}".rstrip()

    text = re.sub(r"\bsk\b(?:\s+([\w-]+))?", spell, text)  # 'SK' in capitals is the company's name, ...
    return _sk_side().sub("south korea's ", text)  # ... unless a side follows: 'who headed SKs side'


@cache
def _sk_side() -> re.Pattern[str]:
    """'SKs side', 'SK govt': South Korea's, whatever the capitals (rules country_initials_sides)."""
    words = alternation([*load_rules("questions.json")["country_initials_sides"]["words"], *side_nouns()])
    return re.compile(rf"\bSK(?:['’]?s)?\s+(?=(?:{words})\b)")
