"""What `search` lists: the facts that match, then the sentences whose context covers what was typed.

Kept apart from the reader, which reads an answer off a sentence; this only finds the sentences.
"""

from __future__ import annotations

from knowledge.answer.citing import Citations, clip_words
from knowledge.answer.index import Hit, SearchIndex
from knowledge.answer.passages import PassageIndex
from knowledge.answer.ranking import READER_BAR
from knowledge.answer.result import AnswerItem

SEARCH_SENTENCES = 10
"""How many sentences `search` lists besides the facts."""


def search_items(
    index: SearchIndex, passages: PassageIndex, cite: Citations, text: str, words: list[str], limit: int, bar: float
) -> tuple[list[AnswerItem], list[Hit]]:
    """`search <text>`: the facts scoring ``bar`` or more, then every sentence covering ``words`` (the typed text
    in the passages' form) that no fact already quotes; and the facts' hits, for suggestions when nothing is found."""
    hits = index.search(text, None, limit=5, min_score=bar)
    items = [cite.item(h.entry.fact, h.entry.kind, h.score) for h in hits if h.score >= bar]
    quoted = {i.source.quote for i in items}
    for found, score in sentences_covering(passages, words, max(1, min(limit, SEARCH_SENTENCES))):
        passage = passages.passages[found]
        if passage.text not in quoted:
            label = f"search {clip_words(passage.text, 6)}"
            items.append(cite.passage_item(passage, clip_words(passage.text), score, label=label))
    return items, hits


def sentences_covering(index: PassageIndex, words: list[str], limit: int) -> list[tuple[int, float]]:
    """Sentences whose context covers ``words`` (names and numbers in the sentence or its title), best first."""
    names = {w for w in words if index.is_name_like(w) or not index.df(w)}
    found = [
        (h.index, h.coverage) for h in index.search(words) if h.coverage >= READER_BAR and not names & set(h.not_here)
    ]
    return found[:limit]
