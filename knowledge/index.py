"""A search index over the fact table: shortlist by words, then rerank with rapidfuzz.

A full fuzzy scan of 100,000 fact strings takes hundreds of milliseconds per
question. Instead, each fact's normalized words go into an inverted index;
a question's words (each corrected to the nearest indexed word when it is a
typo) pick a shortlist of facts by IDF-weighted coverage, and only those are
reranked with rapidfuzz. Coverage also gives an honest confidence: words of the
question that nothing in the table contains pull the score down, so a question
about something the table does not hold scores low and the bot abstains.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from knowledge.models import DateFact, FactTable, Official, Pledge, Statistic
from knowledge.names import name_variants
from knowledge.normalize import content_tokens, is_stopword, normalize

Kind = Literal["official", "date", "pledge", "statistic"]
Fact = Official | DateFact | Pledge | Statistic
PRIMARY, CONTEXT = 1.0, 0.45
# A person's own sentences say what they did ('... Lee Tae-ho led the delegations'): worth more to 'who'.
OFFICIAL_CONTEXT = 0.7
RANK_WORDS = frozenset({"deputy", "under", "vice", "assistant", "acting", "associate", "principal"})
TITLE_WORDS = frozenset({"secretary", "minister", "president", "ambassador", "representative", "governor", "director",
                         "chairman", "ceo", "senator", "mayor", "advisor", "adviser", "envoy", "head", "chair"})
SHORTLIST = 60


@dataclass(frozen=True)
class Entry:
    kind: Kind
    fact: Fact
    primary: str  # the normalized text that names the fact (a person's names and titles, an event, a purpose)
    weights: dict[str, float]  # word → field weight


@dataclass(frozen=True)
class Hit:
    entry: Entry
    score: float
    coverage: float


def _actor_words(actor: str) -> str:
    return {"U.S.": "us", "ROK": "rok", "both": "us rok both"}.get(actor, actor)


def _entry_texts(kind: Kind, fact: Fact, titles: dict[str, str]) -> tuple[str, str, str]:
    """(primary, quoted sentences, document titles) of a fact, before normalization."""
    doc_titles = " ".join(titles.get(s.document, "") for s in fact.sources[:2])
    quotes = " ".join(s.quote for s in fact.sources[:2])
    if isinstance(fact, Official):
        country = {"US": "us", "ROK": "rok"}.get(fact.country, "")
        names = " ".join([fact.name, *fact.aliases, *name_variants(fact.name)])
        return f"{names} {' '.join(fact.titles)} {fact.organization or ''} {country}", quotes, doc_titles
    if isinstance(fact, DateFact):
        return f"{fact.event} {fact.date[:4]}", "", doc_titles
    if isinstance(fact, Pledge):
        return (f"{_actor_words(fact.actor)} {fact.what} {fact.amount_text or ''} {fact.conditions or ''}",
                quotes, doc_titles)
    return f"{fact.subject} {fact.amount_text}", quotes, doc_titles


class SearchIndex:
    """Inverted index of normalized words → facts, with typo-tolerant word lookup."""

    def __init__(self, table: FactTable) -> None:
        titles = {d.id: d.title for d in table.documents}
        self.entries: list[Entry] = []
        groups: list[tuple[Kind, tuple[Fact, ...]]] = [
            ("official", table.officials), ("date", table.dates), ("pledge", table.pledges),
            ("statistic", table.statistics),
        ]
        for kind, facts in groups:
            for fact in facts:
                primary, quotes, doc_titles = _entry_texts(kind, fact, titles)
                weights: dict[str, float] = {}
                context_weight = OFFICIAL_CONTEXT if kind == "official" else CONTEXT
                for text, weight in ((doc_titles, context_weight), (quotes, context_weight)):
                    for token in normalize(text).split():
                        if not is_stopword(token):
                            weights[token] = max(weights.get(token, 0.0), weight)
                norm_primary = normalize(primary)
                for token in norm_primary.split():
                    if not is_stopword(token):
                        weights[token] = PRIMARY
                self.entries.append(Entry(kind, fact, norm_primary, weights))
        postings: dict[str, list[int]] = defaultdict(list)
        for i, entry in enumerate(self.entries):
            for token in entry.weights:
                postings[token].append(i)
        self.postings = dict(postings)
        n = max(len(self.entries), 1)
        self.idf = {t: math.log(1 + n / len(ids)) for t, ids in self.postings.items()}
        self.max_idf = math.log(1 + n)
        self.by_length: dict[int, list[str]] = defaultdict(list)
        for token in self.postings:
            self.by_length[len(token)].append(token)

    def correct(self, token: str) -> list[tuple[str, float]]:
        """Indexed words this word may mean, with a similarity: itself, or typos of up to two edits.

        >>> SearchIndex(FactTable()).correct("xyz")
        []
        """
        if token in self.postings:
            return [(token, 1.0)]
        if len(token) <= 3 or token.isdigit():
            return []
        max_edits = 1 if len(token) <= 5 else 2
        found: list[tuple[str, float]] = []
        for length in range(len(token) - max_edits, len(token) + max_edits + 1):
            bucket = self.by_length.get(length)
            if not bucket:
                continue
            for word, distance, _ in process.extract(
                token, bucket, scorer=OSA.distance, score_cutoff=max_edits, limit=3
            ):
                found.append((word, 1.0 - distance / (len(token) + 1)))
        found.sort(key=lambda x: -x[1])
        return found[:3]

    def search(self, text: str, kinds: frozenset[Kind] | None = None, limit: int = 10,
               ignore: frozenset[str] = frozenset(), where: Callable[[Fact], bool] | None = None) -> list[Hit]:
        """Facts matching ``text``, best first, each with a score in [0, 1].

        ``ignore`` drops words that say what kind of fact is wanted rather than which one ('invest' when
        every pledge is an investment); ``where`` keeps only facts that pass it.
        """
        words = [w for w in dict.fromkeys(content_tokens(text)) if w not in ignore]
        if not words:
            return []
        total = 0.0
        scores: dict[int, float] = defaultdict(float)
        for word in words:
            options = self.correct(word)
            weight = max((self.idf[w] for w, _ in options), default=self.max_idf)
            total += weight
            for candidate, similarity in options:
                for i in self.postings[candidate]:
                    entry = self.entries[i]
                    gain = weight * similarity * entry.weights[candidate]
                    if gain > 0:
                        scores[i] = max(scores[i], 0) + gain
        if not scores or total == 0:
            return []
        shortlist = sorted(
            (i for i in scores if (kinds is None or self.entries[i].kind in kinds)
             and (where is None or where(self.entries[i].fact))),
            key=lambda i: -scores[i],
        )[:SHORTLIST]
        query_norm = " ".join(words)
        hits = []
        for i in shortlist:
            entry = self.entries[i]
            coverage = min(scores[i] / total, 1.0)
            rerank = fuzz.token_set_ratio(query_norm, entry.primary) / 100
            score = (0.8 + 0.2 * rerank) * coverage * _rank_penalty(entry, set(words))
            hits.append(Hit(entry, score, coverage))
        hits.sort(key=lambda h: -h.score)
        return hits[:limit]


def _rank_penalty(entry: Entry, words: set[str]) -> float:
    """'the commerce secretary' is not the deputy secretary: a title match that drops a rank word is weak."""
    if entry.kind != "official" or not (words & TITLE_WORDS):
        return 1.0
    fact = entry.fact
    assert isinstance(fact, Official)
    title_words = set(normalize(" ".join(fact.titles)).split())
    missing_rank = (set(normalize(fact.title).split()) & RANK_WORDS) - words
    other_office = (words & TITLE_WORDS) - title_words  # asked for a secretary; this is a president
    return 0.55 if missing_rank or other_office else 1.0
