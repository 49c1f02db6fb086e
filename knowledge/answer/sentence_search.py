"""The sentences `search` lists besides the facts: those whose context covers what was typed.

Kept apart from the reader, which reads an answer off a sentence; this only finds the sentences.
"""

from __future__ import annotations

from knowledge.answer.passages import PassageIndex
from knowledge.answer.ranking import READER_BAR


def sentences_covering(index: PassageIndex, words: list[str], limit: int) -> list[tuple[int, float]]:
    """Sentences whose context covers ``words`` (names and numbers in the sentence or its title), best first."""
    names = {w for w in words if index.is_name_like(w) or not index.df(w)}
    found = [
        (h.index, h.coverage) for h in index.search(words) if h.coverage >= READER_BAR and not names & set(h.not_here)
    ]
    return found[:limit]
