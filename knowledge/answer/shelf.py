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
from typing import TypeVar

from knowledge.answer.index import SearchIndex
from knowledge.answer.normalize import normalize
from knowledge.answer.preferences import ACTOR_WORDS, PLEDGE_WORDS
from knowledge.models import Pledge
from knowledge.text.amounts import find_bare_amounts

K = TypeVar("K", str, int)


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
        keys: dict[int, tuple[str, str]] = {}  # each pledge's order key, made once for the lists below

        def order(pledge: Pledge) -> tuple[str, str]:
            if id(pledge) not in keys:
                keys[id(pledge)] = new._order(pledge)
            return keys[id(pledge)]

        gone = {id(p): p for p in dropped}
        kept, kept_keys = self._oldest, self._keys
        if gone:
            staying = [i for i, p in enumerate(kept) if id(p) not in gone]
            kept, kept_keys = [kept[i] for i in staying], [kept_keys[i] for i in staying]
        arriving = sorted(added, key=order, reverse=True)[::-1]  # a document's own pledges in its order
        new._oldest, new._keys = _merged(kept, kept_keys, arriving, order)
        new.recent = new._oldest[::-1]
        # The lists the change touches: this shelf's, less the pledges dropped, with those added put in place.
        arrived = arriving[::-1]  # newest first, as the lists are
        new.by_actor = _refiled(self.by_actor, gone, arrived, lambda p: p.actor, order)
        new.by_amount = _refiled(self.by_amount, gone, arrived, lambda p: p.amount_usd, order)
        new.by_document = _refiled(self.by_document, gone, arrived, lambda p: p.sources[0].document, order)
        # In the order a fresh shelf meets them, newest first: by each company's newest pledge (its key, then its
        # place in its document; two stable sorts).
        companies = [a for a in new.by_actor if a not in ("U.S.", "ROK", "both")]
        companies.sort(key=new._place_in_document)
        companies.sort(key=lambda a: order(new.by_actor[a][0]), reverse=True)
        new.companies = {normalize(a): a for a in companies}
        return new

    def _place_in_document(self, actor: str) -> int:
        newest = self.by_actor[actor][0]
        return next(i for i, p in enumerate(self.by_document[newest.sources[0].document]) if p is newest)

    def warm(self) -> None:
        """The ordering made on first use, made now."""
        _ = self._by_amount_sorted

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


def _refiled(
    lists: dict[K, list[Pledge]],
    gone: dict[int, Pledge],
    arrived: list[Pledge],
    key: Callable[[Pledge], K | None],
    order: Callable[[Pledge], tuple[str, str]],
) -> defaultdict[K, list[Pledge]]:
    """``lists`` (pledges by ``key``, each newest first) with the pledges ``gone`` taken out and those ``arrived``
    (newest first) put in: a new list for each key the change touches, the others shared. Each arrival goes after
    every pledge not older than it (no old pledge shares its document, and its own document's come in order)."""
    filed: defaultdict[K, list[Pledge]] = defaultdict(list, lists)
    touched: set[K] = set()
    for pledge in gone.values():
        k = key(pledge)
        if k is not None and k not in touched:
            touched.add(k)
            filed[k] = [p for p in filed[k] if id(p) not in gone]
    for pledge in arrived:
        k = key(pledge)
        if k is None:
            continue
        if k not in touched:
            touched.add(k)
            filed[k] = list(filed[k])
        shelf, newest = filed[k], order(pledge)
        low, high = 0, len(shelf)
        while low < high:  # the first pledge older than this one
            middle = (low + high) // 2
            if order(shelf[middle]) >= newest:
                low = middle + 1
            else:
                high = middle
        shelf.insert(low, pledge)
    for k in touched:
        if not filed[k]:
            del filed[k]
    return filed
