"""The table's pledges in the orders list questions need, computed once: newest first, by actor, by amount,
and sorted by amount for 'above $X' (so a list question costs the page it shows, not the whole table).

Pledges reported on the same day are ordered by their document's id, and a document's own pledges in the order
it gives them, so a table built afresh and one extended by new documents list them alike. ``extended`` makes the
shelf of a changed table from this one in time proportional to the lists the change touches.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import cached_property

from knowledge.answer.index import SearchIndex
from knowledge.answer.normalize import normalize
from knowledge.answer.preferences import ACTOR_WORDS, PLEDGE_WORDS
from knowledge.models import Pledge
from knowledge.text.amounts import find_bare_amounts


class PledgeShelf:
    def __init__(self, pledges: Sequence[Pledge], reported: Callable[[Pledge], str]) -> None:
        self._reported = reported
        self.recent = sorted(pledges, key=self._order, reverse=True)
        self._oldest = self.recent[::-1]
        self._keys = [self._order(p) for p in self._oldest]  # ascending, for ``extended`` to bisect
        self.by_actor: dict[str, list[Pledge]] = defaultdict(list)
        self.by_amount: dict[int, list[Pledge]] = defaultdict(list)
        self.by_document: dict[str, list[Pledge]] = defaultdict(list)
        self._file(self.recent)
        self.companies = {normalize(a): a for a in self.by_actor if a not in ("U.S.", "ROK", "both")}

    def _order(self, pledge: Pledge) -> tuple[str, str]:
        return self._reported(pledge), pledge.sources[0].document

    def _file(self, pledges: Iterable[Pledge]) -> None:
        for pledge in pledges:
            self.by_actor[pledge.actor].append(pledge)
            self.by_document[pledge.sources[0].document].append(pledge)
            if pledge.amount_usd is not None:
                self.by_amount[pledge.amount_usd].append(pledge)

    def extended(
        self, dropped: Collection[Pledge], added: Sequence[Pledge], reported: Callable[[Pledge], str]
    ) -> PledgeShelf:
        """The shelf with the pledges ``dropped`` taken off and those ``added`` put on (``reported`` dates them
        in the changed table); lists no pledge of the change is in are shared, not copied."""
        new = PledgeShelf.__new__(PledgeShelf)
        new._reported = reported
        gone = {id(p) for p in dropped}
        kept, keys = self._oldest, self._keys
        if gone:
            staying = [i for i, p in enumerate(kept) if id(p) not in gone]
            kept, keys = [kept[i] for i in staying], [keys[i] for i in staying]
        arriving = sorted(added, key=new._order, reverse=True)[::-1]  # a document's own pledges in its order
        new._oldest, new._keys = _merged(kept, keys, arriving, new._order)
        new.recent = new._oldest[::-1]
        touched = [*dropped, *added]
        actors = {p.actor for p in touched}
        amounts = {p.amount_usd for p in touched if p.amount_usd is not None}
        documents = {p.sources[0].document for p in touched}
        new.by_actor = defaultdict(list, {a: v for a, v in self.by_actor.items() if a not in actors})
        new.by_amount = defaultdict(list, {a: v for a, v in self.by_amount.items() if a not in amounts})
        new.by_document = defaultdict(list, {d: v for d, v in self.by_document.items() if d not in documents})
        for pledge in new.recent:
            if pledge.actor in actors:
                new.by_actor[pledge.actor].append(pledge)
            if pledge.amount_usd in amounts:
                new.by_amount[pledge.amount_usd].append(pledge)
            if pledge.sources[0].document in documents:
                new.by_document[pledge.sources[0].document].append(pledge)
        new.companies = {normalize(a): a for a in new.by_actor if a not in ("U.S.", "ROK", "both")}
        return new

    @cached_property
    def _by_amount_sorted(self) -> tuple[list[Pledge], list[int], dict[int, int]]:
        """Pledges with an amount, smallest first, their amounts, and each pledge's rank newest first (by id)."""
        ordered = sorted((p for p in self.recent if p.amount_usd is not None), key=lambda p: p.amount_usd or 0)
        return ordered, [p.amount_usd or 0 for p in ordered], {id(p): rank for rank, p in enumerate(self.recent)}

    def between(self, low: int | None, high: int | None) -> list[Pledge]:
        """Pledges with an amount in [low, high], newest first, found by bisection."""
        ordered, amounts, recency = self._by_amount_sorted
        start = bisect_left(amounts, low) if low is not None else 0
        end = bisect_right(amounts, high) if high is not None else len(amounts)
        return sorted(ordered[start:end], key=lambda p: recency[id(p)])

    def matching(self, text: str, words: list[str], index: SearchIndex, min_confidence: float) -> list[Pledge] | None:
        """The pledges a list question names: all, by amount, by actor or company, or by topic (best first)."""
        actors = {ACTOR_WORDS[w] for w in words if w in ACTOR_WORDS}
        norm_text = normalize(text)
        companies = [a for n, a in self.companies.items() if n and n in norm_text]
        amounts = set(find_bare_amounts(text))
        if not words:
            return list(self.recent)
        if amounts:
            return [p for amount in amounts for p in self.by_amount.get(amount, [])]
        if (actors or companies) and all(w in ACTOR_WORDS or any(w in normalize(c) for c in companies) for w in words):
            return [p for actor in (*actors, *companies) for p in self.by_actor.get(actor, [])]
        hits = index.search(text, frozenset({"pledge"}), limit=50, ignore=PLEDGE_WORDS, min_score=min_confidence)
        good = [h.entry.fact for h in hits if h.score >= min_confidence]
        return [p for p in good if isinstance(p, Pledge)] or None


def _merged(
    first: list[Pledge], keys: list[tuple[str, str]], second: list[Pledge], order: Callable[[Pledge], tuple[str, str]]
) -> tuple[list[Pledge], list[tuple[str, str]]]:
    """Two lists oldest first made one, with its keys (``keys`` are ``first``'s): each of ``second`` is placed by
    bisection, and the lists are put together from slices."""
    merged: list[Pledge] = []
    merged_keys: list[tuple[str, str]] = []
    done = 0
    for pledge in second:
        key = order(pledge)
        place = bisect_left(keys, key, lo=done)
        merged += first[done:place]
        merged_keys += keys[done:place]
        merged.append(pledge)
        merged_keys.append(key)
        done = place
    return merged + first[done:], merged_keys + keys[done:]
