"""Every sentence of every document, searchable: SQLite FTS5 ranks them with BM25, and each candidate is then
checked for how much of the question its context covers.

The FTS5 table holds the *normal form* of each sentence (synonyms folded, as for facts), so 'South Korea' in a
question finds 'ROK' in a document. A sentence's context is the sentence, its neighbours in the same paragraph
and the document's title and year: 'when was it announced' is often answered one sentence after the one
that names the subject.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping, Sequence, Set
from functools import cached_property, lru_cache
from pathlib import Path

from knowledge.answer.mending import WordMending
from knowledge.answer.normalize import normalize
from knowledge.answer.passage_hits import HitScoring, PassageHit
from knowledge.answer.passage_store import PassageStore, index_key
from knowledge.answer.ranking import newer_first
from knowledge.answer.said_words import COMPOUND_HEAD
from knowledge.answer.transcript_headers import TranscriptHeaders
from knowledge.answer.written_names import written_as_a_name
from knowledge.models import DocumentInfo, FactTable, PassageList
from knowledge.text.english import lemmas
from knowledge.text.names import body_initials
from knowledge.text.relative_dates import years_counted
from knowledge.text.short_forms import is_connector
from knowledge.text.towns import towns_with_regions_in

CONTEXTS_KEPT = 512
"""Sentences whose context words an index keeps: more adds to the collector's work (4,096: p99 17.8 → 21 ms)."""

CANDIDATES = 20
"""How many BM25 candidates are checked for coverage; the answer is almost always among the first few."""

NEIGHBOURS = 2
"""Sentences either side (same document) that count as the context of a passage."""

LEAD_SENTENCES = 3
"""The opening sentences of a story (its headline line included) that set where it happens."""

COMMON_SHARE = 0.02
COMMON_FLOOR = 200
"""A word in more passages than this share (and this floor) only scores candidates; it does not find them."""


_PLACE_ENDS = re.compile(r"\s*(?:[,.;:)]|$|(?:to|on|in|and|for|at|where|with|that)\b)")
"""What follows a town's state: the end of the phrase."""

_KNOWLEDGE = Path(__file__).parent.parent
_FORM_CODE = tuple(_KNOWLEDGE / f for f in ("answer/passages.py", "answer/normalize.py", "answer/passage_store.py",
    "text/short_forms.py")) + tuple(sorted((_KNOWLEDGE / "rules").glob("*.json")))  # fmt: skip
"""What a sentence's indexed form depends on: a saved index built by other code or rules is rebuilt."""


class PassageIndex:
    """Full-text search over the table's passages; immutable once built, safe to share between threads.

    With ``saved_at`` the index is kept in that file and reused while it fits the table (``PassageStore``).
    """

    def __init__(
        self,
        table: FactTable,
        saved_at: Path | None = None,
        store: PassageStore | None = None,
        documents: dict[str, DocumentInfo] | None = None,
    ) -> None:
        """``documents``: the table's documents by id, when the caller has them already."""
        self.passages: PassageList = table.passages
        self.documents: dict[str, DocumentInfo] = (
            documents if documents is not None else {d.id: d for d in table.documents}
        )
        if store is None and saved_at is not None:
            store = PassageStore.open_or_build(
                self.passages, index_form, saved_at, index_key(self.passages, _FORM_CODE)
            )
        self.store = store if store is not None else PassageStore.build(self.passages, index_form)
        self._df_cache: dict[str, int] = {}
        self._name_like: dict[str, bool] = {}
        self._place_like: dict[str, bool] = {}
        self._capitals_only: dict[str, bool] = {}
        self._contexts: dict[int, tuple[Set[str], Set[str], Set[str]]] = {}
        self._headings: dict[str, frozenset[str]] = {}  # by document, as bounded as the contexts
        self.headers = TranscriptHeaders(self.passages)  # a transcript's venue lines and date line
        self._bodies = frozenset(o.organization for o in table.officials if o.organization)

    def extended(self, table: FactTable, removed: Collection[str]) -> PassageIndex:
        """The index of ``table``, whose passages extend this index's (``PassageList.extended``) with the
        documents ``removed`` forgotten (those added again included): only the new and removed sentences are
        indexed or deleted."""
        before = len(self.passages)
        gone = sorted({i for name in removed for i in self.passages.of_document(name)})
        store = self.store.extended(table.passages, range(before, len(table.passages)), gone, index_form)
        return PassageIndex(table, store=store, documents=_documents_changed(self.documents, table, removed))

    @cached_property
    def acronyms(self) -> dict[str, str]:
        """Acronyms the documents define, learnt from their own text: 'United States Trade Representative
        (USTR)' makes 'ustr' mean those words, so a question may use either. The officials' ministries and
        agencies stand for their initials too ('Ministry of Trade, Industry and Energy' for 'motie'), where the
        documents define no other meaning."""
        defined = self.store.acronyms()
        for body in sorted(self._bodies):
            # Initials that spell a word ('dot', 'les' of 'tous les jours') are that word, not the body.
            for initials in body_initials(body) - {i for i in body_initials(body) if lemmas(i) or is_connector(i)}:
                defined.setdefault(initials, body)
        return defined

    def __len__(self) -> int:
        return self.passages.live

    # Vocabulary ----------------------------------------------------------------------------------------------
    def df(self, token: str) -> int:
        """In how many passages ``token`` occurs."""
        if token not in self._df_cache:
            if _DECIMAL.fullmatch(token):  # '5.5' is indexed as its parts: at most as many as the rarer has
                self._df_cache[token] = min(self.df(part) for part in token.split("."))
                return self._df_cache[token]
            rows = self.store.query("SELECT doc FROM v WHERE term = ?", (token,))
            self._df_cache[token] = int(rows[0][0]) if rows else 0
        return self._df_cache[token]

    def idf(self, token: str) -> float:
        n = max(self.passages.live, 1)
        return math.log(1 + n / (1 + self.df(token)))

    def correct(self, token: str, after: str | None = None, next_word: str | None = None) -> str | None:
        """A word the documents do not have, mended to one they do (``WordMending.correct``)."""
        return self._mending.correct(token, after, next_word)

    @cached_property
    def _mending(self) -> WordMending:
        return WordMending(self.df, self.is_name_like, self.store, stem)

    def is_name_like(self, token: str) -> bool:
        """A word the documents write capitalised (a name, a place, a company): a question must not be answered
        from a sentence whose context lacks it. Numbers and ordinals count too."""
        if any(ch.isdigit() for ch in token):
            return True
        if token not in self._name_like:
            self._name_like[token] = written_as_a_name(token, self.texts_naming(token))
        return self._name_like[token]

    def in_capitals_only(self, token: str) -> bool:
        """The documents write the word only in capitals, an acronym ('open-RAN'), never as a word or a name."""
        if token not in self._capitals_only:
            whole = re.compile(rf"(?<![A-Za-z]){re.escape(token)}(?![A-Za-z])", re.I)
            found = [m.group(0) for text in self.texts_naming(token) for m in whole.finditer(text)]
            self._capitals_only[token] = bool(found) and all(w.isupper() for w in found)
        return self._capitals_only[token]

    def texts_naming(self, token: str) -> list[str]:
        """Up to 25 of this index's sentences with the word (a shared store may hold a newer index's too)."""
        rows = self.store.query("SELECT rowid FROM p WHERE p MATCH ? LIMIT 25", ('"' + token.replace('"', "") + '"',))
        return [self.passages.text(rowid - 1) for (rowid,) in rows if self.passages.is_live(rowid - 1)]

    def is_place_like(self, token: str, regions: re.Pattern[str]) -> bool:
        """A word the documents write as a town's name: before a state or a country ('Lorain, Ohio', 'Queen
        Creek, Arizona'), so a figure beside it is the one of that place, not of an owner named so."""
        if token not in self._place_like:
            town = re.compile(rf"(?<![A-Za-z]){re.escape(token)}(?: [A-Z][a-z]+)?, ", re.I)
            # A town is written as a name ('Lorain', not 'LGES'), and its state ends the phrase ('Lorain, Ohio.',
            # not 'from LGES, Arizona has become …').
            self._place_like[token] = any(
                (region := regions.match(text, m.end())) is not None and _PLACE_ENDS.match(text, region.end())
                for text in self.texts_naming(token)
                for m in town.finditer(text)
                if m.group(0)[0].isupper() and not m.group(0)[1:2].isupper()
            )
        return self._place_like[token]

    # Search --------------------------------------------------------------------------------------------------
    @cached_property
    def _acronym_words(self) -> dict[str, frozenset[str]]:
        """Each acronym the documents define → the words it stands for, in the matching form."""
        return {a: frozenset(passage_form(words).split()) for a, words in self.acronyms.items()}

    def _spelled(self, tokens: set[str]) -> set[str]:
        """A sentence saying 'the CET Dialogue' says 'critical and emerging technology' too."""
        defined = [self._acronym_words[t] for t in tokens if t in self._acronym_words]
        return tokens.union(*defined) if defined else tokens

    def context_tokens(self, index: int) -> tuple[Set[str], Set[str], Set[str]]:
        """(the sentence's words, its neighbours' words, the document's title and year), acronyms spelled out;
        kept for the sentences read lately, as one question asks for the same few many times."""
        found = self._contexts.get(index)
        if found is None:
            found = self._context_tokens(index)
            if len(self._contexts) >= CONTEXTS_KEPT:
                self._contexts.clear()
            self._contexts[index] = found
        return found

    def _context_tokens(self, index: int) -> tuple[Set[str], Set[str], Set[str]]:
        document = self.passages.document(index)
        doc = self.documents.get(document)
        year = int(doc.date[:4]) if doc is not None and doc.date else None

        def said(i: int) -> set[str]:  # ('next year' in a 2025 story says 2026)
            text = self.passages.text(i)
            return set(passage_form(text).split()) | (years_counted(text, year) if year and "ear" in text else set())

        introduced = self.introducing_line(index)  # ('… by Korean firms include:' says what its items are)
        own = self._spelled(said(index) | (said(introduced) if introduced is not None else set()))
        around: set[str] = set()
        for j in self.neighbours(index):
            around |= said(j)
        around = self._spelled(around)
        return own, around, self._heading(document)  # shared by the questions reading them: never changed in place

    def _heading(self, document: str) -> frozenset[str]:
        """The words that head every sentence of a document: its title and year, and what its opening says."""
        found = self._headings.get(document)
        if found is not None:
            return found
        heading: set[str] = set()
        doc = self.documents.get(document)
        if doc is not None:
            # A town the story opens in ('… in Queen Creek, Arizona') is where the rest of it happens, as a
            # headline's would be.
            first = self.passages.of_document(document)[:LEAD_SENTENCES]
            opening = " ".join(self.passages.text(i) for i in first)
            # So are the venue line of remarks ('Oval Office' under the date) and the issuer above it (White House).
            venues = [self.passages.text(i) for i in reversed(self.headers.venues(first[0]))] if first else []
            issuer = (self.headers.issuer(first[0]) if first else None) or ""
            people = [] if venues else re.findall(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+", opening)
            places = towns_with_regions_in(opening)
            heading = set(passage_form(" ".join([doc.title, issuer, *places, *venues, *people])).split())
            heading |= {doc.year} if doc.year else set()
        if len(self._headings) >= CONTEXTS_KEPT:
            self._headings.clear()
        self._headings[document] = frozenset(heading)
        return self._headings[document]

    def search(
        self,
        words: Sequence[str],
        limit: int = CANDIDATES,
        optional: Collection[str] = (),
        alike: Mapping[str, Collection[str]] | None = None,
        scoring: HitScoring | None = None,
        also_seek: Collection[str] = (),
    ) -> list[PassageHit]:
        """Passages ranked by how much of ``words`` (normalized question words) their context covers.

        Each word weighs its IDF, so 'michigan' missing counts far more than 'plant' missing. An ``optional``
        word ('located' in 'where is it located', which a sentence giving the place need not say) weighs half.
        A word is said by a passage saying one of its ``alike`` words ('invest' for 'sinking'). ``scoring``, when
        given, is the one ``scoring(words, optional, alike)`` made (a caller scoring more passages keeps it).
        ``also_seek``: words that find candidates without counting in coverage ('employees' for 'how many ppl').
        """
        words = [w for w in dict.fromkeys(words) if w]
        if not words or not self.passages.live:
            return []
        # Candidates come from the question's rarer words: a word in most sentences ('officials', 'Korea')
        # finds everything and would make every question scan the whole table; it still counts in coverage.
        scoring = scoring or self.scoring(words, optional, alike)
        # A word no document uses is sought by the words of its kind they do use ('headcount': 'workforce').
        stand_ins = [a for w in words if not self.df(w) for a in sorted(scoring.alike.get(w, ()))]
        known = sorted((w for w in dict.fromkeys([*words, *stand_ins, *also_seek]) if self.df(w)), key=self.df)
        common = max(COMMON_FLOOR, int(self.passages.live * COMMON_SHARE))
        seeds = [w for w in known if self.df(w) <= common] or known[:2]
        if not seeds:
            return []
        rows = self.store.candidates(seeds, limit)
        hits = [
            scoring.hit(rowid - 1, self.context_tokens(rowid - 1), bm25)
            for rowid, bm25 in rows
            if self.passages.is_live(rowid - 1)  # not added since this index was made (it shares its store)
        ]
        hits.sort(key=lambda h: (-h.coverage, h.bm25, self._tie_order(h.index)))
        return hits

    def scoring(
        self,
        words: Sequence[str],
        optional: Collection[str] = (),
        alike: Mapping[str, Collection[str]] | None = None,
    ) -> HitScoring:
        """How passages are scored for ``words``: the same for the search and for the sentences found after
        it (a sentence referring back to a hit)."""
        weights = {w: self.idf(w) for w in words}
        total = sum(weight for w, weight in weights.items() if w not in optional) or 1.0
        clipped = [w for w in words if len(w) >= COMPOUND_HEAD and w.isalpha()]
        return HitScoring(list(words), weights, total, clipped, alike or {}, frozenset(optional))

    def _tie_order(self, index: int) -> tuple[tuple[int, str], int]:
        """Equal hits: the newer document first, then by id, a document's sentences in order (not the order the
        documents came in, which an extended table keeps)."""
        document = self.passages.document(index)
        info = self.documents.get(document)
        return newer_first(info.date if info else None, document), index

    def words_of(self, index: int) -> set[str]:
        """A passage's words in the matching form."""
        return set(passage_form(self.passages.text(index)).split())

    def paragraph(self, document_id: str, start: int) -> str:
        """The sentences of the paragraph holding the sentence that starts at ``start`` in a document."""
        in_document = [self.passages[i] for i in self.passages.of_document(document_id)]
        here = next((p for p in in_document if p.start <= start < max(p.end, p.start + 1)), None)
        if here is None:
            return ""
        return " ".join(p.text for p in in_document if p.paragraph == here.paragraph)

    def introducing_line(self, item: int) -> int | None:
        """The line ending in a colon above a list item ('Major recent investments by Korean firms include:' over
        'Zinus USA’s $108 million investment in …'): what it says, each item it introduces says too. None for a
        passage that is no such item (an item ends without a full stop)."""
        document = self.passages.document(item)
        if self.passages.text(item).rstrip().endswith((".", "!", "?", ":")):
            return None
        for i in range(item - 1, max(item - 1 - ITEMS_LISTED, -1), -1):
            text = self.passages.text(i).rstrip()
            if self.passages.document(i) != document or text.endswith((".", "!", "?")):
                return None
            if text.endswith(":"):
                return i
        return None

    def neighbours(self, index: int) -> list[int]:
        """Indexes of the passage's context sentences in the same document, nearest first."""
        doc = self.passages.document(index)
        order = sorted(
            (j for j in range(index - NEIGHBOURS, index + NEIGHBOURS + 1) if j != index),
            key=lambda j: abs(j - index),
        )
        return [j for j in order if self.passages.is_live(j) and self.passages.document(j) == doc]


ITEMS_LISTED = 12
"""At most this many items of a list are read as its items, after the line introducing them."""


def _documents_changed(
    documents: dict[str, DocumentInfo], table: FactTable, removed: Collection[str]
) -> dict[str, DocumentInfo]:
    """The documents of ``table`` by id, from those of the table it extends (which end it, after the ones kept)."""
    kept = {d: info for d, info in documents.items() if d not in removed} if removed else dict(documents)
    for info in table.documents[len(kept) :]:
        kept[info.id] = info
    if len(kept) != len(table.documents):  # not the layout ``extended_table`` makes: read them all
        kept = {d.id: d for d in table.documents}
    return kept


_DECIMAL = re.compile(r"\d+(?:\.\d+)+")
"""A number with a decimal point ('5.5'), which the full-text tokenizer splits at the point."""


def stem(token: str) -> str:
    """A light stem, so 'awarded', 'awarding' and 'award' meet ('succeeded' and 'succeeding' too); names and
    numbers pass as they are short or do not end so.

    >>> [stem(w) for w in ("awarded", "planning", "planned", "announce", "announced", "samsung", "initially")]
    ['award', 'plan', 'plan', 'announc', 'announc', 'samsung', 'initial']
    """
    if not token.isalpha() or len(token) <= 4:
        return token
    if token.endswith("ally") and len(token) >= 7:
        return token[:-2]  # 'initially' says 'initial', 'annually' 'annual'
    for suffix, shortest in (("ing", 6), ("ed", 5)):
        if token.endswith(suffix) and len(token) >= shortest:
            token = token[: -len(suffix)]
            if len(token) > 3 and token[-1] == token[-2] and token[-1] not in "aeiouls":
                token = token[:-1]
            break
    return token[:-1] if len(token) > 4 and token.endswith("e") else token


def index_form(text: str) -> str:
    """The form sentences and questions are matched in: the normal form, each word lightly stemmed (uncached:
    indexing a million sentences must not fill the cache questions use)."""
    return " ".join(stem(t) for t in normalize(text).split())


@lru_cache(maxsize=262144)
def passage_form(text: str) -> str:
    """``index_form``, cached: a question's neighbouring sentences are put in this form again and again."""
    return index_form(text)
