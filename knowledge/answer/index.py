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

import heapq
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from typing import Literal

from rapidfuzz import fuzz

from knowledge.answer.normalize import content_tokens, is_stopword, normalize, stopwords
from knowledge.answer.ranking import COVERAGE_SHARE, WEAK_MATCH_FACTOR, newer_first
from knowledge.answer.vocabulary import Weights, WordShapes
from knowledge.models import DateFact, FactTable, Official, Pledge, Statistic
from knowledge.text.names import name_variants

Kind = Literal["official", "date", "pledge", "statistic"]
KINDS: tuple[Kind, ...] = ("official", "date", "pledge", "statistic")
Fact = Official | DateFact | Pledge | Statistic
PRIMARY, CONTEXT = 1.0, 0.45
# A person's own sentences say what they did ('... Lee Tae-ho led the delegations'): worth more to 'who'.
OFFICIAL_CONTEXT = 0.7
GENERIC_ORGANISATION_WORDS = frozenset(
    {
        "us",
        "rok",
        "both",
        "department",
        "ministry",
        "office",
        "group",
        "electronics",
        "corporation",
        "company",
        "inc",
        "co",
        "ltd",
        "state",
        "of",
        "the",
        "and",
        "foreign",
        "affairs",
        "trade",
        "industry",
        "energy",
        "commerce",
        "house",
        "white",
        "senate",
        "university",
        "foundation",
        "research",
        "national",
        "policy",
        "science",
        "technology",
        "solution",
        "motor",
        "international",
        "development",
        "finance",
        "bank",
        "council",
    }
)
RANK_WORDS = frozenset({"deputy", "under", "vice", "assistant", "acting", "associate", "principal"})
TITLE_WORDS = frozenset(
    {
        "secretary",
        "minister",
        "president",
        "ambassador",
        "representative",
        "governor",
        "director",
        "chairman",
        "ceo",
        "senator",
        "mayor",
        "advisor",
        "adviser",
        "envoy",
        "head",
        "chair",
        "consul",
    }
)
SHORTLIST = 60
UNKNOWN_WEIGHT = 1.5
COMMON_DF = 2000  # a word in more facts than this only rescores candidates that rarer words found
MAX_CANDIDATES = 3000
RESCORE_LIMIT = 300
SUGGESTION_CANDIDATES = 300


@dataclass(frozen=True, slots=True)
class Entry:
    kind: Kind
    fact: Fact
    primary: str  # the normalized text that names the fact (a person's names and titles, an event, a purpose)


@dataclass(frozen=True)
class Hit:
    entry: Entry
    score: float
    coverage: float


def _actor_words(actor: str) -> str:
    return {"U.S.": "us", "ROK": "rok", "both": "us rok both"}.get(actor, actor)


def entry_texts(kind: Kind, fact: Fact, titles: dict[str, str]) -> tuple[str, str, str]:
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
        return (
            f"{_actor_words(fact.actor)} {fact.what} {fact.amount_text or ''} {fact.conditions or ''}",
            quotes,
            doc_titles,
        )
    return f"{fact.subject} {fact.amount_text}", quotes, doc_titles


def entry_tokens(kind: Kind, fact: Fact, titles: dict[str, str]) -> tuple[str, set[str], set[str]]:
    """(the normalized text that names a fact, the words naming it, the words of its context)."""
    primary, quotes, doc_titles = entry_texts(kind, fact, titles)
    norm_primary, stop = normalize(primary), stopwords()
    named = {t for t in norm_primary.split() if t not in stop}
    around = {t for t in normalize(f"{quotes} {doc_titles}").split() if t not in stop} - named
    return norm_primary, named, around


def named_tokens(kind: Kind, fact: Fact) -> set[str]:
    """The words naming a fact (``entry_tokens``' second part, without reading its sentences)."""
    stop = stopwords()
    return {t for t in normalize(entry_texts(kind, fact, {})[0]).split() if t not in stop}


def entity_tokens(fact: Fact) -> list[str]:
    """The words of the company or organisation a pledge or an official is of."""
    name = getattr(fact, "actor", None) or getattr(fact, "organization", None) or ""
    return [t for t in normalize(name).split() if not is_stopword(t) and t not in GENERIC_ORGANISATION_WORDS]


class SearchIndex:
    """Inverted index of normalized words → facts, with typo-tolerant word lookup.

    Postings are compact sorted integer arrays, one for words that name a fact (weight 1) and one for
    words of its context (quotes, document titles); a word's weight in an entry is read off by bisection.
    """

    def __init__(self, table: FactTable) -> None:
        self.titles = {d.id: d.title for d in table.documents}
        self.dates = {d.id: d.date for d in table.documents}
        self.entries: list[Entry] = []
        self.dead: frozenset[int] = frozenset()  # entries of facts a change dropped (``index_change``)
        # Each entry's ``tie_order``, made as questions need it and shared with the indexes extended from this one:
        # it never changes while the entry lives (a fact of a document dropped or re-dated is a dead entry).
        self._tie_orders: dict[int, tuple[Fact, tuple[tuple[int, str], int, str, int]]] = {}
        self._document_orders: dict[str, tuple[int, str]] = {}  # ``newer_first`` of each document, as needed
        groups: list[tuple[Kind, tuple[Fact, ...]]] = [
            ("official", table.officials),
            ("date", table.dates),
            ("pledge", table.pledges),
            ("statistic", table.statistics),
        ]
        primary_lists: dict[str, list[int]] = defaultdict(list)
        context_lists: dict[str, list[int]] = defaultdict(list)
        for kind, facts in groups:
            for fact in facts:
                i = len(self.entries)
                norm_primary, named, around = entry_tokens(kind, fact, self.titles)
                for token in named:
                    primary_lists[token].append(i)
                for token in around:
                    context_lists[token].append(i)
                self.entries.append(Entry(kind, fact, norm_primary))
        self.primary = {t: array("i", ids) for t, ids in primary_lists.items()}
        self.context = {t: array("i", ids) for t, ids in context_lists.items()}
        # Words that name a company or an organisation ('samsung', 'purdue'): a question that names one is
        # about it, so a person who has nothing to do with it is no answer. Counted, so a change can drop some.
        self.entity_counts: dict[str, int] = defaultdict(int)
        named_by: tuple[Fact, ...] = (*table.pledges, *table.officials)
        for fact in named_by:
            for t in entity_tokens(fact):
                self.entity_counts[t] += 1
        self.derive()

    def derive(self, shapes: WordShapes | None = None) -> None:
        """What follows from the postings: entity words, the words' weights, and their shapes for typos."""
        self.entity_words = frozenset(t for t, n in self.entity_counts.items() if n > 0)
        self.idf = Weights(self.df, len(self.entries) - len(self.dead))
        self.max_idf = self.idf.highest
        self.shapes = shapes if shapes is not None else WordShapes(set(self.primary) | set(self.context))

    def df(self, token: str) -> int:
        return len(self.primary.get(token, ())) + len(self.context.get(token, ()))

    def correct(self, token: str) -> list[tuple[str, float]]:
        """Indexed words this word may mean, with a similarity: itself, or typos of up to two edits.

        >>> SearchIndex(FactTable()).correct("xyz")
        []
        """
        if token in self.idf:
            return [(token, 1.0)]
        if len(token) <= 3 or any(ch.isdigit() for ch in token):
            return []  # '11th' is not a typo of '10th', nor 2021 of 2020: numbers match exactly or not at all
        return self.shapes.nearest(token, 1 if len(token) <= 5 else 2)

    def _joined(self, words: list[str]) -> list[str]:
        """Two words of the question the table writes as one, when it does not know one of them ('cho tae yong'
        for 'Cho Taeyong'; 'tae' alone is of other names)."""
        out: list[str] = []
        for word in words:
            if out and out[-1] + word in self.idf and (out[-1] not in self.idf or word not in self.idf):
                out[-1] += word
            else:
                out.append(word)
        return out

    def search(
        self,
        text: str,
        kinds: frozenset[Kind] | None = None,
        limit: int = 10,
        ignore: frozenset[str] = frozenset(),
        where: Callable[[Fact], bool] | None = None,
        min_score: float = 0.0,
    ) -> list[Hit]:
        """Facts matching ``text``, best first, each with a score in [0, 1].

        ``ignore`` drops words that say what kind of fact is wanted rather than which one ('invest' when
        every pledge is an investment); ``where`` keeps only facts that pass it.
        """
        words = [w for w in dict.fromkeys(self._joined(content_tokens(text))) if w not in ignore]
        if not words:
            return []
        total = 0.0
        options: list[tuple[float, list[tuple[str, float]]]] = []
        for word in words:
            corrected = self.correct(word)
            # A word nothing in the table contains counts more than any known one: it is what was asked about.
            weight = max((self.idf[w] for w, _ in corrected), default=UNKNOWN_WEIGHT * self.max_idf)
            total += weight
            if corrected:
                options.append((weight, corrected))
        if not options:
            return []
        # When the words nothing contains already keep every fact below ``min_score``, a small shortlist is
        # enough: the caller only wants suggestions.
        reachable = sum(w for w, _ in options) / total
        seed_limit = MAX_CANDIDATES if reachable >= min_score else SUGGESTION_CANDIDATES
        # Rare words pick the candidates; common ones ('us', 'rok') only add to candidates already picked,
        # so no question walks a posting list as long as the table.
        options.sort(key=lambda o: sum(self.df(w) for w, _ in o[1]))
        # Asked who, a person's own sentences count ('... Lee Tae-ho led the delegations'); otherwise they are
        # only context, so a search does not answer with whoever stood near the words.
        context_weight = OFFICIAL_CONTEXT if kinds == frozenset({"official"}) else CONTEXT
        scores: dict[int, float] = defaultdict(float)
        for n, (weight, corrected) in enumerate(options):
            rare = sum(self.df(w) for w, _ in corrected) <= COMMON_DF
            for candidate, similarity in corrected:
                if rare or n == 0:
                    # Even the rarest word may be common: then only its first postings seed the candidates.
                    for postings, w in ((self.primary.get(candidate), 1.0), (self.context.get(candidate), 0.0)):
                        for i in islice(postings or (), None if rare else seed_limit):
                            scores[i] += weight * similarity * (w or context_weight)
                else:
                    if len(scores) > RESCORE_LIMIT:
                        # Common words weigh little: only candidates that could still reach the top are rescored.
                        still_to_add = sum(w for w, _ in options[n:])
                        best = max(scores.values())
                        kept = sorted(
                            (i for i in scores if scores[i] >= best - still_to_add), key=lambda i: -scores[i]
                        )[:RESCORE_LIMIT]
                        scores = defaultdict(float, {i: scores[i] for i in kept})
                    primary, context = self.primary.get(candidate), self.context.get(candidate)
                    for i in list(scores):  # where it names the fact (1), or in its context, by bisection
                        found = 0.0
                        if primary and (k := bisect_left(primary, i)) < len(primary) and primary[k] == i:
                            found = PRIMARY
                        elif context and (k := bisect_left(context, i)) < len(context) and context[k] == i:
                            found = context_weight
                        gain = weight * similarity * found
                        if gain:
                            scores[i] += gain
        if total == 0:
            return []
        pool = [
            i
            for i in scores
            if (kinds is None or self.entries[i].kind in kinds) and (where is None or where(self.entries[i].fact))
        ]
        shortlist = heapq.nlargest(SHORTLIST, pool, key=scores.__getitem__)
        if len(shortlist) == SHORTLIST:  # facts tied at the cut are taken in ``tie_order``, not the table's
            cut = scores[shortlist[-1]]
            above = [i for i in shortlist if scores[i] > cut]
            tied = sorted((i for i in pool if scores[i] == cut), key=self.tie_order)
            shortlist = above + tied[: SHORTLIST - len(above)]
        query_norm = " ".join(words)
        hits = []
        for i in shortlist:
            entry = self.entries[i]
            coverage = min(scores[i] / total, 1.0)
            rerank = fuzz.token_set_ratio(query_norm, entry.primary) / 100
            # Coverage decides; the rerank only orders facts that cover a question equally well.
            score = (
                (COVERAGE_SHARE + (1 - COVERAGE_SHARE) * rerank)
                * coverage
                * _rank_penalty(entry, set(words), self.entity_words)
            )
            hits.append(Hit(entry, score, coverage))
        order = {id(self.entries[i]): self.tie_order(i) for i in shortlist}
        hits.sort(key=lambda h: (-h.score, order[id(h.entry)]))
        return hits[:limit]

    def tie_order(self, i: int) -> tuple[tuple[int, str], int, str, int]:
        """How facts of equal score are ordered: the newest document they come from first (then its id), a
        document's officials, dates, pledges, statistics in turn, officials by name, the rest as the document
        gives them; the same in a table built afresh and one extended by new documents."""
        entry = self.entries[i]
        known = self._tie_orders.get(i)
        if known is None or known[0] is not entry.fact:  # an extension may give an entry a successor fact
            newest = min(self._document_order(s.document) for s in entry.fact.sources)
            name = entry.fact.name if isinstance(entry.fact, Official) else ""
            known = self._tie_orders[i] = (entry.fact, (newest, KINDS.index(entry.kind), name, i))
        return known[1]

    def warm(self) -> None:
        """Every entry's ``tie_order`` made now (at load): many questions tie thousands of facts at the shortlist's cut,
        and making their orders took the first asking of each such question 1–2 ms more at 100,000 facts."""
        for i in range(len(self.entries)):
            if i not in self.dead:
                self.tie_order(i)

    def _document_order(self, document: str) -> tuple[int, str]:
        known = self._document_orders.get(document)
        if known is None:
            known = self._document_orders[document] = newer_first(self.dates.get(document), document)
        return known


def _rank_penalty(entry: Entry, words: set[str], entity_words: frozenset[str]) -> float:
    """A person matched on the office but not on what the question pins it to is a weak match:
    'the commerce secretary' is not the deputy secretary, a president is not a secretary, and the CEO of
    one company is not the CEO of Samsung."""
    if entry.kind != "official":
        return 1.0
    fact = entry.fact
    assert isinstance(fact, Official)
    sides = words & {"us", "rok"}
    if len(sides) == 1 and {"US": "us", "ROK": "rok"}.get(fact.country) not in sides:
        return WEAK_MATCH_FACTOR  # 'which Korean official met Marco Rubio' is not asking for Marco Rubio
    if not words & TITLE_WORDS:
        return 1.0
    title_words = set(normalize(" ".join(fact.titles)).split())
    missing_rank = (set(normalize(fact.title).split()) & RANK_WORDS) - words
    other_office = (words & TITLE_WORDS) - title_words  # asked for a secretary; this is a president
    named = words & entity_words
    if named:
        known = (
            f"{fact.name} {' '.join(fact.titles)} {fact.organization or ''} {' '.join(s.quote for s in fact.sources)}"
        )
        named -= set(normalize(known).split())
    return WEAK_MATCH_FACTOR if missing_rank or other_office or named else 1.0
