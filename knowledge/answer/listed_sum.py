"""'whats the total of all the korean company investments named in that 2020 SED fact sheet': the sum of the
figures of a list a document gives under a line introducing it ('Major recent investments by Korean firms
include:', then one investment a line). The question names no part; the list is the one its words find, and it
is added up only when every item gives exactly one figure, the count the question gives (if any) is the items'
count, and every name the question gives is said of the whole list (its line, its document), not of some items:
'the korean investments in georgia' are not all three."""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from functools import cache

from knowledge.answer.citing import Citations
from knowledge.answer.compare import asks_for_largest, dollars
from knowledge.answer.figure_context import total_words
from knowledge.answer.fit import SIDE_WORDS
from knowledge.answer.named_parts import ADDED_UP, parts_named
from knowledge.answer.part_asked import without_destination_sides
from knowledge.answer.question_dates import is_month
from knowledge.answer.question_type import question_shape
from knowledge.answer.ranking import READER_BAR
from knowledge.answer.reader import PassageReader
from knowledge.answer.reading_order import listed_after
from knowledge.answer.result import Answer
from knowledge.rules import alternation, listed_words, load_rules
from knowledge.text.amounts import Amount, find_amounts

LISTS_TRIED = 8
"""How many of the best-matching sentences are tried as a list or one of its items."""


@cache
def _count() -> re.Pattern[str]:
    words = alternation(load_rules("organizations.json")["count_words"])
    return re.compile(rf"\b(?:([2-9]|1[0-2])|({words}))\b(?!\s*(?:st|nd|rd|th)\b)")


def count_given(question: str) -> int | None:
    """How many things a question says it adds up ('the 3 korean company investments', 'all three').

    >>> count_given("what do the 3 korean company investments add up to"), count_given("total of all three")
    (3, 3)
    >>> count_given("the total of the 2020 investments") is None
    True
    """
    m = _count().search(question.lower())
    if m is None:
        return None
    return int(m[1]) if m[1] else int(load_rules("organizations.json")["count_words"][m[2]])


def asks_a_listed_sum(question: str) -> bool:
    """A sum is asked ('total', 'add up') that may be of the items a document lists: by their count or as listed
    ('the korean investments named in that fact sheet', no parts named: the parts are the list's items), or of
    items it names one by one ('bobcat, zinus, sk innovation - what do they add up to'). Which it is, the list
    found decides: a question that neither refers to a list nor names its items ('in total in 2020') adds none.

    >>> asks_a_listed_sum("whats the total of the korean investments named in the fact sheet")
    True
    >>> asks_a_listed_sum("how many stores do the two chains have in total")
    False
    """
    asked = question_shape(question).answer_type
    summing = bool(total_words().search(question) or ADDED_UP.search(question))
    # ("whats the total of …" reads as asking what something is)
    named_apart = _listed(question) and parts_named(question) is not None  # ('… listed (a, b) - total': the parts')
    return summing and asked in ("amount", "definition", None) and not named_apart


def _listed(question: str) -> bool:
    """The question refers to a list ('the investments it lists', 'named in the fact sheet') or counts its items."""
    return count_given(question) is not None or bool(listed_words("list_referred").search(question))


def _extreme_asked(question: str) -> str | None:
    """'largest_words' or 'smallest_words' when the largest (smallest) item is asked: of the pledges a superlative
    qualifies ('the biggest single investment'), or of a list the question refers to ('of the investments it
    lists, which was the biggest and how much')."""
    for kind in ("largest_words", "smallest_words"):
        if asks_for_largest(question, kind) or (listed_words(kind).search(question) and _listed(question)):
            return kind
    return None


def listed_sum_answer(
    reader: PassageReader,
    cite: Citations,
    question: str,
    intent: str,
    subject: str | None,
    describes: Callable[[str, Set[str]], bool],
    described: Callable[[str], set[str]],
) -> Answer | None:
    """The sum of a listed breakdown's figures, then each item with its own line; or, asked for the largest
    (smallest) of them ('which of the korean investments it lists was the biggest'), that item first, then the
    others. None when no list fits."""
    extreme = _extreme_asked(question)
    if extreme is None and not asks_a_listed_sum(question):
        return None
    if without_destination_sides(question) != question:
        return None  # ('… how much did they invest in total in korea': the list says where each went, not that)
    asking = listed_words(extreme).sub(" ", question.lower()) if extreme else question.lower()
    topic = ADDED_UP.sub(" ", total_words().sub(" ", _count().sub(" ", asking)))
    words = reader.wording.words(topic)
    if not words:
        return None
    count, aside, listed = count_given(question), described(question), _listed(question)
    names = {w for w in words if reader.index.is_name_like(w) and not is_month(w)} - SIDE_WORDS
    passages = reader.index.passages
    for hit in reader.index.search(words, LISTS_TRIED):
        if hit.coverage < READER_BAR:
            continue
        opening = reader.index.introducing_line(hit.index)  # (an item found, or the lines before the list)
        items = listed_after(reader.index, opening if opening is not None else hit.index)
        opening = reader.index.introducing_line(items[0]) if items else None
        if opening is None:
            continue
        figures = [_one_figure(passages.text(i)) for i in items]
        if len(items) < 2 or any(f is None for f in figures):
            continue
        own, _, heading = reader.index.context_tokens(opening)
        before = set() if hit.index in items else set(reader.index.context_tokens(hit.index)[0])  # ('… by Korean')
        said = set(own) | set(heading) | before
        if names - said or not listed:  # ('bobcat, zinus, sk innovation - what do they add up to': the items named)
            # (a largest item is asked of the items by their names: 'biggest single investment' is no item's words)
            chosen = _items_named(reader, items, set(words) - said, names if extreme else None)
        else:
            chosen = items
        if chosen is None or (count is not None and count != len(chosen)):
            continue  # ('the korean investments in georgia': a name some items say is not said of them all)
        if aside and not describes(passages[opening].document, aside):
            continue
        parts = [f for i, f in zip(items, figures, strict=True) if i in chosen and f is not None]
        if extreme:
            return _extreme(reader, cite, question, intent, subject, chosen, parts, extreme, hit.coverage)
        return _answer(reader, cite, question, intent, subject, opening, chosen, parts, hit.coverage)
    return None


def _items_named(
    reader: PassageReader, items: list[int], words: Set[str], only_names: Set[str] | None = None
) -> list[int] | None:
    """The items a question names one by one ('bobcat, zinus, sk innovation - what do they add up to'): of the
    question's words its list's line does not say, each said by one item alone names it; at least two items are
    named, and no word is said by several items but not all (a place some share: 'the georgia ones') nor by none
    ('bobcat + zinus + kt', 'bobcat + zinus oda combined': KT and the ODA are no items); None otherwise.
    ``only_names``: no item need say a word that is not one of these ('the biggest single investment')."""
    saying = {w: [i for i in items if w in reader.index.words_of(i)] for w in words}
    if only_names is not None:
        saying = {w: found for w, found in saying.items() if found or w in only_names}
    if any(len(found) not in (1, len(items)) for found in saying.values()):
        return None  # (one item names it, or every item says it: 'investment')
    chosen = sorted({found[0] for found in saying.values() if len(found) == 1})
    return chosen if len(chosen) >= 2 else None


def _one_figure(line: str) -> Amount | None:
    """The one dollar figure an item gives; None for none or several (which of them would be added?)."""
    found = [a for a in find_amounts(line) if a.usd]
    return found[0] if len(found) == 1 else None


def _extreme(
    reader: PassageReader,
    cite: Citations,
    question: str,
    intent: str,
    subject: str | None,
    items: list[int],
    figures: list[Amount],
    kind: str,
    score: float,
) -> Answer | None:
    """The item with the largest (smallest) figure, then the others; None when two items tie."""
    pairs = zip(items, figures, strict=True)
    ranked = sorted(pairs, key=lambda pair: pair[1].usd or 0, reverse=kind == "largest_words")
    if ranked[0][1].usd == ranked[1][1].usd:
        return None
    passages = reader.index.passages
    found = [
        cite.passage_item(passages[i], passages.text(i).strip(), score, (figure.start, figure.end))
        for i, figure in ranked
    ]
    which = "largest" if kind == "largest_words" else "smallest"
    note = f"The {which} of the {len(items)} items of the list, each with its own figure (cited below)."
    return Answer(query=question, intent=intent, answers=tuple(found), note=note, subject=subject)


def _answer(
    reader: PassageReader,
    cite: Citations,
    question: str,
    intent: str,
    subject: str | None,
    opening: int,
    items: list[int],
    figures: list[Amount],
    score: float,
) -> Answer:
    passages = reader.index.passages
    total = sum(f.usd or 0 for f in figures)
    headline = f"{dollars(total)} ({' + '.join(f.text for f in figures)})"
    found = [cite.passage_item(passages[opening], headline, score, None, "total")]
    found += [
        cite.passage_item(passages[i], passages.text(i).strip(), score, (figure.start, figure.end))
        for i, figure in zip(items, figures, strict=True)
    ]
    note = f"Added up from the {len(items)} items of the list, each with its own figure (cited below)."
    return Answer(query=question, intent=intent, answers=tuple(found), note=note, subject=subject)
