"""Which of the sentences found for a question says its most telling word ('cylindrical' in 'what capacity is the
cylindrical plant'), and so answers it rather than a sentence beside it that lacks the word."""

from __future__ import annotations

from collections.abc import Callable

from knowledge.answer.passage_hits import PassageHit
from knowledge.answer.passages import PassageIndex
from knowledge.answer.referring import goes_on_from_before

FiguresOf = Callable[[int], set[str]]
"""The figures of the kind a question asks that a sentence (by its index) holds."""


def told_better_beside(
    index: PassageIndex, hit: PassageHit, found: list[PassageHit], telling: set[str], gives: FiguresOf | None = None
) -> bool:
    """Another sentence of the same document, found for the question and covering it as well, says the
    question's most telling word, which this one and its neighbours lack: that sentence is about what is
    asked ('the trilateral secretariat'), this one (a title listing the leaders) is not. Of two sentences side
    by side each holding figures of the kind asked (``gives``), the one not saying the telling word does not
    answer: 'LGES also plans an LFP plant with 16.3 GWh' after '… a cylindrical plant with 27 GWh' does not
    tell the cylindrical plant's capacity, unless it goes on about that one."""
    lacking = telling & set(hit.missing)
    beside = telling & set(hit.not_here) - lacking if gives is not None else set()
    if not lacking and not beside:
        return False
    document = index.passages.document
    return any(
        other.index != hit.index
        and document(other.index) == document(hit.index)
        and (
            # (one that gives nothing of the kind asked tells no better: 'Pompeo launched the Clean Path' beside
            # the telcos that joined)
            (other.coverage >= hit.coverage and lacking - set(other.not_here) and (gives is None or gives(other.index)))
            or (
                abs(other.index - hit.index) == 1
                and beside - set(other.not_here)
                and not goes_on_from_before(index.passages.text(max(other.index, hit.index)))
                and gives is not None
                and bool(own := gives(hit.index))
                and bool(gives(other.index) - own)
            )
        )
        for other in found
    )
