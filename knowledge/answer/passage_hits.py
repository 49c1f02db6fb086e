"""A passage found for a question, and how its context is scored: the words it says, in the sentence itself,
its neighbours or its document's title, through compounds and words of the same act."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Set
from dataclasses import dataclass

from knowledge.answer.said_words import saying, with_compounds

CONTEXT_WEIGHT = 0.8
"""A question word found in the context but not in the sentence itself counts this much."""


@dataclass(frozen=True)
class PassageHit:
    """A passage that covers the question: which one, how well, and the words it left uncovered."""

    index: int
    coverage: float
    missing: tuple[str, ...]  # in neither the sentence nor its context
    bm25: float
    not_here: tuple[str, ...] = ()  # in neither the sentence itself nor its document's title


OPTIONAL_SHARE = 0.5
"""How much an optional question word counts, against the words a passage must say."""


@dataclass(frozen=True)
class HitScoring:
    """Scores one passage's context for a question's words: each word weighs its IDF, in full in the sentence,
    less in its neighbours or title; words said through a compound or a word of the same act count."""

    words: list[str]
    weights: dict[str, float]
    total: float
    clipped: list[str]
    alike: Mapping[str, Collection[str]]
    optional: frozenset[str] = frozenset()

    def hit(self, index: int, context: tuple[Set[str], Set[str], Set[str]], bm25: float) -> PassageHit:
        own, around, heading = context
        around = around | heading
        if self.alike:
            own, around, heading = (saying(tokens, self.alike) for tokens in (own, around, heading))
        own, around, heading = (with_compounds(tokens, self.clipped) for tokens in (own, around, heading))
        w = self.weights
        said = {x: w[x] * (1.0 if x in own else CONTEXT_WEIGHT if x in around else 0.0) for x in self.words}
        # An optional word ('located', 'locations' for a count of stores) weighs a share of its weight: said, it
        # helps; unsaid, it costs little.
        covered = sum(v * (OPTIONAL_SHARE if x in self.optional else 1.0) for x, v in said.items())
        possible = self.total + OPTIONAL_SHARE * sum(w[x] for x in self.words if x in self.optional)
        missing = tuple(x for x in self.words if x not in own and x not in around)
        not_here = tuple(x for x in self.words if x not in own and x not in heading)
        return PassageHit(index, covered / possible, missing, bm25, not_here)
