"""The table's pledges in the orders list questions need, computed once: newest first, by actor, by amount,
and sorted by amount for 'above $X' (so a list question costs the page it shows, not the whole table)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence

from knowledge.answer.index import SearchIndex
from knowledge.answer.normalize import normalize
from knowledge.answer.preferences import ACTOR_WORDS, PLEDGE_WORDS
from knowledge.models import Pledge
from knowledge.text.amounts import find_bare_amounts


class PledgeShelf:
    def __init__(self, pledges: Sequence[Pledge], reported: Callable[[Pledge], str]) -> None:
        self.recent = sorted(pledges, key=reported, reverse=True)
        self.by_actor: dict[str, list[Pledge]] = defaultdict(list)
        self.by_amount: dict[int, list[Pledge]] = defaultdict(list)
        self.by_document: dict[str, list[Pledge]] = defaultdict(list)
        for pledge in self.recent:
            self.by_actor[pledge.actor].append(pledge)
            self.by_document[pledge.sources[0].document].append(pledge)
            if pledge.amount_usd is not None:
                self.by_amount[pledge.amount_usd].append(pledge)
        self._sorted = sorted((p for p in self.recent if p.amount_usd is not None), key=lambda p: p.amount_usd or 0)
        self._amounts = [p.amount_usd or 0 for p in self._sorted]
        self._recency = {id(p): rank for rank, p in enumerate(self.recent)}
        self.companies = {normalize(a): a for a in self.by_actor if a not in ("U.S.", "ROK", "both")}

    def between(self, low: int | None, high: int | None) -> list[Pledge]:
        """Pledges with an amount in [low, high], newest first, found by bisection."""
        start = bisect_left(self._amounts, low) if low is not None else 0
        end = bisect_right(self._amounts, high) if high is not None else len(self._amounts)
        return sorted(self._sorted[start:end], key=lambda p: self._recency[id(p)])

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
