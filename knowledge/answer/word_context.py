"""Where a question's word stands: the words just before and after it, the phrase it is part of, and the names
it is given as an alternative to ('seoul/tokyo'). Mending a word ('ext' before 'deterrence') depends on these."""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.answer.normalize import normalize, phrase_ends, phrase_meaning
from knowledge.answer.passages import passage_form

ALTERNATIVE_NAMES = re.compile(r"\b([A-Za-z][\w-]*)/([A-Za-z][\w-]*)\b")
"""Two names written as alternatives: 'seoul/tokyo'."""


def in_a_phrase(text: str, word: re.Match[str], even_kept: bool = False) -> bool:
    """The word and the one before or after it are a phrase the synonyms spell out ('nat sec' → 'national
    security'): neither is a short form or a clipped word on its own. A phrase that keeps the word ('motie min'
    → 'motie minister') leaves it to be read as itself, unless ``even_kept``."""
    own = word.group(0).lower()
    firsts, lasts = phrase_ends()
    if own not in firsts and own not in lasts:
        return False  # most words begin and end no phrase: no need to look at their neighbours
    before, after = word_before(text, word.start()), word_after(text, word.end())
    phrases = [f"{own} {after}" if after else "", f"{before} {own}" if before else ""]
    meanings = [m.split() for p in phrases if p and (m := phrase_meaning(p)) is not None]
    return any(even_kept or own not in meaning for meaning in meanings)


def word_after(text: str, position: int) -> str | None:
    """The word just after ``position``, lowercased ('deterrence' after 'ext'), if any."""
    m = re.match(r"\W*([A-Za-z][\w'’-]*)", text[position:])
    return m.group(1).lower() if m else None


def word_before(text: str, position: int) -> str | None:
    """The word just before ``position`` in the matching form ('samsung' before 'elec'), if any."""
    m = re.search(r"([A-Za-z][\w'’-]*)\W*$", text[:position])
    return normalize(m.group(1)) or None if m else None


def unknown_alternatives(text: str, df: Callable[[str], int]) -> set[str]:
    """The words of a name no document uses that the question gives as an alternative to one they do: 'tokyo' of
    'the trade mission to seoul/tokyo'. Such a word is not a name an answering sentence must say."""
    unknown: set[str] = set()
    for first, second in ALTERNATIVE_NAMES.findall(text):
        pair = [set(passage_form(first).split()), set(passage_form(second).split())]
        known = [all(df(w) for w in side) for side in pair]
        if any(known):
            unknown |= {w for side, ok in zip(pair, known, strict=True) if not ok for w in side}
    return unknown
