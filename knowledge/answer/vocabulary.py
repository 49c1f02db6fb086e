"""What the fact index knows of its words besides their postings: each word's weight (IDF), and the words by shape
for mending a typo.

Both follow from the postings; kept apart so an extended index can carry them over: the weights are worked out
when a question asks for them (every one changes with the number of facts, but a question asks for a few), and
the shapes change only for the words a change adds or removes.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA


class Weights:
    """Each indexed word's IDF, ``log(1 + n / df)``, made when asked for (a mapping of word → weight)."""

    def __init__(self, df: Callable[[str], int], facts: int) -> None:
        self._df = df
        self._facts = max(facts, 1)
        self.highest = math.log(1 + self._facts)  # what a word in one fact weighs

    def __contains__(self, word: str) -> bool:
        return self._df(word) > 0

    def __getitem__(self, word: str) -> float:
        df = self._df(word)
        if not df:
            raise KeyError(word)
        return math.log(1 + self._facts / df)


def _shapes(word: str) -> tuple[tuple[int, str, str], tuple[int, str, str]]:
    return (len(word), "first", word[0]), (len(word), "last", word[-1])


class WordShapes:
    """Indexed words by length and first or last letter: a typo is compared with words of about its length that
    share one of its ends (a typo rarely hits both), and these buckets stay small on large tables."""

    def __init__(self, words: Iterable[str]) -> None:
        self._buckets: dict[tuple[int, str, str], list[str]] = defaultdict(list)
        for word in words:
            for shape in _shapes(word):
                self._buckets[shape].append(word)

    def changed(self, added: Iterable[str], removed: Iterable[str]) -> WordShapes:
        """These shapes with words ``added`` and ``removed``: new lists for the buckets touched, the rest shared.

        >>> WordShapes(["samsung"]).changed(["hyundai"], ["samsung"]).nearest("hyundia", 2)
        [('hyundai', 0.875)]
        """
        new = WordShapes(())
        new._buckets = defaultdict(list, self._buckets)
        copied: set[tuple[int, str, str]] = set()
        gone = set(removed)
        for word in gone:
            for shape in _shapes(word):
                if shape not in copied:
                    copied.add(shape)
                    new._buckets[shape] = [w for w in new._buckets[shape] if w not in gone]
        for word in added:
            for shape in _shapes(word):
                if shape not in copied:
                    copied.add(shape)
                    new._buckets[shape] = list(new._buckets[shape])
                new._buckets[shape].append(word)
        return new

    def nearest(self, token: str, max_edits: int) -> list[tuple[str, float]]:
        """Up to three words within ``max_edits`` of ``token``, most alike first (equally alike: by spelling, so
        the answer never hangs on the order the words came in), with a similarity."""
        best: dict[str, float] = {}
        for length in range(len(token) - max_edits, len(token) + max_edits + 1):
            for end, letter in (("first", token[0]), ("last", token[-1])):
                bucket = self._buckets.get((length, end, letter))
                if not bucket:
                    continue
                for word, distance, _ in process.extract(
                    token, bucket, scorer=OSA.distance, score_cutoff=max_edits, limit=None
                ):
                    best[word] = 1.0 - distance / (len(token) + 1)
        return sorted(best.items(), key=lambda x: (-x[1], x[0]))[:3]
