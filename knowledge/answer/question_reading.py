"""How a question's words stand for others before its shape is read: 'which one' for a noun it named before
('an upcoming anniversary - which one?'), and a phrase after a noun that qualifies it ('which agencies on each
side'). Vocabulary from the rules (``questions.json``)."""

from __future__ import annotations

import re

from knowledge.rules import alternation, load_rules

_WHICH_ONE = re.compile(r"(?:\s[-–—]|:)\s*(which|what)\s+(one)\b", re.I)


def one_named(text: str) -> str:
    """'moon mentioned an upcoming anniversary - which one (number)?': 'one' stands for a noun an ordinal
    counts that the question named before it.

    >>> one_named("he mentioned an anniversary of ties - which one (number)?")
    'he mentioned an anniversary of ties - which anniversary (number)?'
    """
    m = _WHICH_ONE.search(text)
    nouns = load_rules("questions.json")["ordinal_nouns"]["words"]
    named = re.findall(rf"\b({alternation(nouns)})\b", text[: m.start()], re.I) if m else []
    return f"{text[: m.start(2)]}{named[-1]}{text[m.end() :]}" if m and named else text


def qualifies(rest: str) -> bool:
    """The words after a noun open a phrase qualifying it ('on each side' after 'which agencies')."""
    first = rest.split()[:1]
    return bool(first) and first[0].lower() in load_rules("questions.json")["qualifying_prepositions"]["words"]
