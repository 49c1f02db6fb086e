"""Whose a figure is: the name standing just before it in its sentence ('Amazon spent $19.14 million',
"DoorDash's $1.64 million"). A figure of a name the question does not give is someone else's, however well the
rest of its sentence fits."""

from __future__ import annotations

import re

from knowledge.answer.anchors import OWNER_REACH, clause_break, frame_words, question_rules_words
from knowledge.answer.fit import SIDE_WORDS as SIDES
from knowledge.answer.normalize import content_tokens
from knowledge.answer.officials_named import OfficialsNamed
from knowledge.answer.passages import PassageIndex, passage_form
from knowledge.answer.spans import CAPITALISED, Span

_PLACED = re.compile(r"\b(?:in|at|near|across)\s+(?:the\s+)?$")
"""A name right after these words is where something happened, not whose figure follows."""

_RECEIVING = re.compile(r"\b(?:to|into)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+)*$")
"""What a name after it receives: 'supplies to the United States, including 2.5 million masks' are not the
United States' own figure."""


_NEW_ITEM = re.compile(r"\b(?:and|while|but|whereas)\b")
"""Words between a name and a figure after which the figure is no longer the name's."""


def owned_by_another(
    index: PassageIndex, people: OfficialsNamed, sentence: str, span: Span, words: set[str], whole: bool = False
) -> bool:
    """The name standing just before a figure ('Amazon spent $19.14 million', "DoorDash's $1.64 million") is
    whose figure it is: when that is a name the question (``words``, in the passages' form) does not give, the
    figure is someone else's. ``whole``: a name the reach cuts is read whole ('United States', not 'States'), for
    an extracted fact, whose owner the extraction named; a sentence read for an answer keeps the reach as it is
    (a cut 'Greek' of 'a Greek yogurt giant' is no owner)."""
    window = max(0, span.start - OWNER_REACH)
    window = _name_start(sentence, window) if whole else window
    before = sentence[window : span.start]
    # Whole names ('Ferro Electronics'), each without the capitalised words that are no name ('The').
    found = [
        (named, m.end())
        for m in CAPITALISED.finditer(before)
        if (named := " ".join(w for w in m.group(0).split() if w.rstrip("’'s.") not in question_rules_words()))
        and not _PLACED.search(sentence[: window + m.start()])  # 'in Quiqui on March 25, with 344': where
        and not _RECEIVING.search(sentence[: window + m.start()])  # 'donated … to the United States, including …'
    ]
    # ('… and USAID, and about 20 ROK participants': a figure after 'and' starts an item of its own)
    if not found:
        return _clause_owned_by_another(index, sentence, span, words)
    if _NEW_ITEM.search(before[found[-1][1] :]):
        return False
    names = [named for named, _ in found]
    owner = _owner_words(names[-1])
    # 'the CET Dialogue' is the question's own when it asks about the critical and emerging technology one.
    spelled = {w for o in owner for w in content_tokens(passage_form(index.acronyms.get(o, "")))}
    if spelled and spelled <= words | frame_words():
        return False
    # ('us' is a side, though the documents write 'us' too; 'Don Graves led …' is the commerce dep sec asked)
    if not owner or owner & words or not all(index.is_name_like(w) or w in SIDES for w in owner):
        return False
    run = CAPITALISED.findall(sentence[max(0, window - OWNER_REACH) : span.start])[-1]
    return not people.official_named_by_office(run, words)


def _clause_owned_by_another(index: PassageIndex, sentence: str, span: Span, words: set[str]) -> bool:
    """'…, while Tous les Jours’ sales are projected to rise to about 200 billion won': a figure too far from any
    name is still the figure of the name its clause opens on (after a comma and a clause word: rules
    ``clause_breaks``), someone else's when the question does not name it."""
    breaks = list(re.finditer(rf",\s+{clause_break().pattern}\s+", sentence[: span.start]))
    opening = CAPITALISED.match(sentence, breaks[-1].end()) if breaks else None
    if opening is None:
        return False
    owner = _owner_words(opening.group(0))
    return bool(owner) and not owner & words and all(index.is_name_like(w) for w in owner)


def _owner_words(name: str) -> set[str]:
    """A name standing before a figure, in the passage form, without its possessive ('Tous les Jours’')."""
    return set(passage_form(name.removesuffix("’s").removesuffix("'s").replace(".", "")).split())


def _name_start(sentence: str, at: int) -> int:
    """Where the capitalised name that ``at`` cuts begins ('nited States' → 'United States'); ``at`` itself when
    it cuts no capitalised word."""
    start = at
    while start > 0 and sentence[start - 1].isalnum():
        start -= 1
    if start == at or not sentence[start].isupper():
        return at
    while (before := re.search(r"[A-Z][\w&’'.-]*\s+$", sentence[:start])) is not None:
        start = before.start()
    # (a run of two capitalised words or more, 'United States'; a lone cut word, 'Greek' of 'a Greek yogurt giant',
    # is no owner)
    run = re.match(r"[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*)*", sentence[start:])
    return start if run is not None and len(run.group(0).split()) > 1 else at
