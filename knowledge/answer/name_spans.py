"""Names a sentence gives to things that are neither people, places nor companies: a law, a body, an exercise
('the Inflation Reduction Act', 'Freedom Edge'), for 'which law / body / exercise' questions."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from knowledge.answer.passages import passage_form
from knowledge.answer.spans import PHRASE, Span
from knowledge.rules import load_rules

_MONTHS_AND_DAYS = re.compile(
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:rs?|rsday)?|Fri(?:day)?"
    r"|Sat(?:urday)?|Sun(?:day)?)\.?$"
)
"""A month or a weekday, in full or clipped ('Sept.'); not 'Maritime' or 'Marine', which only begin like one."""


def names_in(text: str) -> list[Span]:
    """Things a sentence names with capitals that a 'which law / body / exercise' question asks for: 'the
    Inflation Reduction Act', 'the Extended Deterrence Strategy and Consultation Group', 'Freedom Edge'. Two
    capitalised words at least, past an opening 'The'; dates are not names.

    >>> [s.text for s in names_in("They agreed to reactivate the Extended Deterrence Strategy and Consultation Group.")]
    ['Extended Deterrence Strategy and Consultation Group']
    >>> [s.text for s in names_in("He joins the first Next Generation Emerging Technology (NET) Dialogue today.")]
    ['Next Generation Emerging Technology (NET) Dialogue']
    >>> [s.text for s in names_in("Pompeo launched the State Department’s 5G Clean Path initiative in April.")]
    ['State Department', '5G Clean Path']
    >>> [s.text for s in names_in("They agreed to restart the Maritime Security Dialogue at an early date.")]
    ['Maritime Security Dialogue']
    >>> [s.text for s in names_in("Zhao Leji, chairman of the Standing Committee of the National People's Congress")]
    ['Zhao Leji', "Standing Committee of the National People's Congress"]
    >>> [s.text for s in names_in("Secretary Blinken of the State Department spoke.")]
    ['Secretary Blinken', 'State Department']
    """
    spans: list[Span] = []
    for part_start, part_end in _parts(text):
        words = text[part_start:part_end].split()
        while words and words[0] in ("The", "A", "An", "And", "Of", "In", "At", "On", "For"):
            words = words[1:]
        capitalised = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
        if len(capitalised) < 2 or any(_MONTHS_AND_DAYS.match(w) for w in capitalised):
            continue
        start = part_start + text[part_start:part_end].find(words[0])
        phrase = " ".join(words).rstrip(".")  # 'the Clean Harbors Act.' ends the sentence, not the name
        end = start + len(phrase)
        # 'the Next Generation Critical and Emerging Technology (CET) Dialogue': the name goes on past its acronym.
        going_on = _ACRONYM_THEN.match(text, end)
        if going_on:
            end = going_on.end()
            phrase = text[start:end]
        spans.append(Span(text[start:end], start, end, phrase))
    return spans


def _parts(text: str) -> list[tuple[int, int]]:
    """The capitalised phrases of a text (start, end), each cut after a possessive: "the State Department’s 5G
    Clean Path" names the Department, then its initiative; a possessive that belongs inside a name (rules
    ``possessives_in_names``) is no cut, and 'of the' goes on with the name ('the Standing Committee of the
    National People's Congress')."""
    parts: list[tuple[int, int]] = []
    for m in PHRASE.finditer(text):
        cut = m.start()
        for owner in re.finditer(r"[’']s\s+", m.group(0)):
            said = text[m.start() : m.start() + owner.start()].split()[-1:]
            if said and f"{said[0]}{owner.group(0)[:2]}" in _inner_possessives():
                continue
            parts.append((cut, m.start() + owner.start()))
            cut = m.start() + owner.end()
        parts.append((cut, m.end()))
    joined: list[tuple[int, int]] = []
    for start, end in parts:
        left = text[joined[-1][0] : joined[-1][1]].split()[-1:] if joined else []
        if left and left[0].lower() in _bodies() and re.fullmatch(r"\s+of\s+the\s+", text[joined[-1][1] : start]):
            joined[-1] = (joined[-1][0], end)
        elif end > start:
            joined.append((start, end))
    return joined


@cache
def _bodies() -> frozenset[str]:
    """The nouns that end a body's name ('Committee'), which 'of the' may go on from (rules ``name_kinds``)."""
    return frozenset(load_rules("questions.json")["name_kinds"]["body"])


@cache
def _inner_possessives() -> frozenset[str]:
    return frozenset(load_rules("names.json")["possessives_in_names"]["words"])


_ACRONYM_THEN = re.compile(r" \([A-Z][A-Za-z0-9&.-]{1,12}\)(?: [A-Z][\w'’-]*)+")
"""An acronym in brackets inside a name, and the capitalised words that end the name after it."""


_ADDRESS = re.compile(r"\b[A-Z][a-z]{0,2}\.\s*")
"""A form of address before a name or a title ('Mr.', 'Ms.', 'Dr.')."""


def without_address(name: str) -> str:
    """The name without its forms of address ('Mr. President' → 'President')."""
    return _ADDRESS.sub("", name)


def beside_a_kind_word(text: str, span: Span, kinds: Collection[str]) -> bool:
    """A word of the kind asked in the name, or right before it ('the joint exercise, Freedom Edge') or after it
    ('the Freedom Edge exercise'); not 'a working group, led by the U.S. Departments of …'."""
    before = text[: span.start].rstrip(" ,").split()[-1:]
    after = text[span.end :].split()[:1]
    return bool(set(passage_form(" ".join([*before, span.text, *after])).split()) & set(kinds))
