"""Mending a question's words that the documents do not have: typos, clipped words, compounds written as one.

Kept apart from the passage index, which it reads (each word's document frequency, whether the documents write
it capitalised, and the full-text store for phrases), so the index keeps to indexing and searching.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache, cached_property

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from knowledge.answer.index import TITLE_WORDS
from knowledge.answer.normalize import one_word_variants
from knowledge.answer.passage_store import PassageStore
from knowledge.rules import load_rules
from knowledge.text.hangul import other_spellings

CLIPPED_CANDIDATES = 5
"""Of the words a clipped word could stand for, the most frequent few are tried."""

CLIPPED_PAIR = 6
"""A word the documents lack this long may be two clipped words run together ('depsec')."""

CLEARLY_CLIPPED = 7
"""A word the documents lack this long that starts one of theirs ('teleconf', 'semicond') is clipped, not a typo."""


BARE_WORD = 5
"""How long the rest of a word after its prefix must be to be a word of its own ('screen', not 'act' of 'react')."""


@cache
def _prefixes() -> tuple[str, ...]:
    found: list[str] = load_rules("synonyms.json")["derived_prefixes"]["prefixes"]
    return tuple(sorted(found, key=len, reverse=True))


@cache
def _derived_endings() -> tuple[str, ...]:
    endings: list[str] = load_rules("synonyms.json")["derived_suffixes"]["endings"]
    return tuple(sorted(endings, key=len, reverse=True))


def verb_of(noun: str, known: Callable[[str], bool]) -> str | None:
    """The verb a noun is made of, when it is ``known`` ('correction' → 'correct', as the documents write
    'corrected'); the verb keeps four letters at least ('union' is no 'un').

    >>> verb_of("correction", {"correct"}.__contains__), verb_of("union", {"un"}.__contains__)
    ('correct', None)
    """
    for ending in _derived_endings():
        verb = noun[: -len(ending)]
        if noun.endswith(ending) and len(verb) >= 4 and known(verb):
            return verb
    # An adjective of the same stem ('consultative' for the 'Consultation Group') is the noun the documents write.
    for ending, other in _swapped_endings():
        if noun.endswith(ending) and known(swapped := noun[: -len(ending)] + other):
            return swapped
    return None


@cache
def _swapped_endings() -> tuple[tuple[str, str], ...]:
    swaps: list[list[str]] = load_rules("synonyms.json")["derived_suffixes"]["swaps"]
    return tuple((a, b) for a, b in swaps)


def written_form(stemmed: str, texts: list[str], stem: Callable[[str], str]) -> str:
    """How the documents most often write a word their index holds stemmed ('dialogu' → 'dialogue'), so a
    mended word still makes the phrases the synonyms name ('senior economic dialouge' is the SED)."""
    written = (m.group(0).lower() for text in texts for m in re.finditer(rf"\b{re.escape(stemmed)}\w*", text, re.I))
    found = Counter(w for w in written if stem(w) == stemmed)
    return min(found, key=lambda w: (-found[w], len(w))) if found else stemmed


def clipped_letters(token: str) -> re.Pattern[str]:
    """The words a clipped word may stand for: its first two letters, then its other letters in order ('govt' of
    'government', 'govnr' of 'governor'); matched from a word's start.

    >>> bool(clipped_letters("govnr").match("governor")), bool(clipped_letters("govnr").match("government"))
    (True, False)
    """
    return re.compile(re.escape(token[:2]) + "".join(".*?" + re.escape(ch) for ch in token[2:]))


class WordMending:
    """Mends words against one index's vocabulary; its answers are kept, as the vocabulary does not change."""

    def __init__(
        self,
        df: Callable[[str], int],
        is_name_like: Callable[[str], bool],
        store: PassageStore,
        stem: Callable[[str], str] = str,
    ) -> None:
        """``stem``: a word as the index writes it ('shipbuilding' → 'shipbuild')."""
        self.df, self.is_name_like, self.store, self.stem = df, is_name_like, store, stem
        self._corrections: dict[tuple[str, str | None, str | None], str | None] = {}

    @cached_property
    def _vocabulary(self) -> dict[str, list[str]]:
        """The documents' words by their first two letters (typos and clippings keep a word's start)."""
        terms = [row[0] for row in self.store.query("SELECT term FROM v")]
        by_start: dict[str, list[str]] = {}
        for term in terms:
            by_start.setdefault(term[:2], []).append(term)
        return by_start

    @cached_property
    def _variants(self) -> dict[str, str]:
        """Words the synonyms write as one the documents have ('investment' as 'invest'): typos are measured
        against these too, as the vocabulary holds only the word they are written as."""
        # ('investment' for 'invest'; not an abbreviation such as 'prodn', which is no word to mend a typo to)
        stemmed = {k: self.stem(v) for k, v in one_word_variants().items() if len(k) >= len(v)}
        return {k: v for k, v in stemmed.items() if self.df(v) and not self.df(k)}

    def correct(self, token: str, after: str | None = None, next_word: str | None = None) -> str | None:
        """A word the documents do not have, mended to one they do: a typo ('samsng' → 'samsung') or a clipped
        word ('econ' → 'economic', 'govt' → 'government', the most frequent such word); numbers never. A
        clipped word after another (``after``) is first the word the documents write after that one ('samsung
        elec' is Samsung Electronics, 'hyundai elec' Hyundai Electric). A clipped word of three letters is
        mended only to a word the documents write beside the one before it or the next one (``next_word``):
        'ext deterrence' is 'extended deterrence', where 'ext' alone could be any of many words."""
        key = (token, after, next_word if len(token) <= 4 else None)
        if key not in self._corrections:
            self._corrections[key] = self._correct(*key)
        return self._corrections[key]

    def _correct(self, token: str, after: str | None, next_word: str | None = None) -> str | None:
        if self.df(token) or any(ch.isdigit() for ch in token) or len(token) < 3:
            return None
        # 'chu kyung-ho' is the Choo Kyung-ho the documents write: a family name in another spelling.
        known = [other for other in other_spellings(token) if self.df(other)]
        if known:
            return max(known, key=self.df)
        if len(token) == 3:
            return self._clipped_beside(token, after, next_word) if token.isalpha() else None
        # A compound or a name written as one word ('taeyul', 'shipbuilding' written apart in the documents).
        # Only names are split ('taeyul' is Tae-yul); a word the documents lack is not two of theirs ('output').
        # ('skhynix', 'hdhyundai': a two-letter name before a long one)
        splits: list[tuple[str, str]] = [
            (token[:i], token[i:])
            for i in range(2 if len(token) >= 6 else 3, len(token) - 2)
            if self.df(token[:i])
            and self.df(token[i:])
            and self.is_name_like(token[:i])
            and self.is_name_like(token[i:])
        ]
        if not splits:
            # A compound the documents write as two words ('steelmaker' for 'steel maker'): the phrase must occur.
            splits = [
                (token[:i], token[i:])
                for i in range(2 if len(token) >= 6 else 3, len(token) - 2)
                if self.df(token[:i]) and self.df(token[i:]) and self._phrase_occurs(token[:i], token[i:])
            ]
        if not splits:
            splits = self._clipped_pair(token)  # 'depsec': 'deputy secretary', two clipped words run together
        if not splits and (bare := self._without_prefix(token)):
            return bare  # 'prescreening': the 'screening' the documents write
        if splits:
            head, tail = max(splits, key=lambda pair: min(self.df(pair[0]), self.df(pair[1])))
            return f"{head} {tail}"
        if len(token) >= CLEARLY_CLIPPED:
            # 'teleconf' is the start of 'teleconference', not two letters off 'telecom': a long start is a clipping.
            starting = self._expansions(token, consonants=False)
            plain = [w for w in sorted(starting, key=self.df, reverse=True) if not self.is_name_like(w)]
            if plain:
                return plain[0]
        if len(token) == 4 and token.isalpha():
            # ('loby' of 'lobying'): a letter left out of a word the documents write, never a name
            doubled = [
                w for w in self._vocabulary.get(token[:2], ()) if len(w) == 5 and Levenshtein.distance(token, w) == 1
            ]
            plain = [w for w in doubled if not self.is_name_like(w)]
            if len(plain) == 1:
                return plain[0]
        if len(token) >= 5:
            limit = 1 if len(token) < 8 else 2
            same_start = [w for key, words in self._vocabulary.items() if key[0] == token[0] for w in words]
            same_start += [w for w in self._variants if w[0] == token[0]]
            found = self._near(process.extractOne(token, same_start, scorer=Levenshtein.distance, score_cutoff=limit))
            if not found and not self._expansions(token, consonants=False):
                # Two letters swapped ('dialouge'), when the word starts none of theirs ('strat' is clipped)
                found = self._near(process.extractOne(token, same_start, scorer=OSA.distance, score_cutoff=limit))
            if found:
                return self._variants.get(found, found)
        # A clipped word is the start of a word ('econ', 'admin') or its consonants ('govt', 'intl', 'mgmt');
        # a whole word the documents lack ('adding', 'war') is not stretched into another, nor is a name
        # ('india' is not 'indiana').
        if len(token) < 4:
            return None
        expansions = self._expansions(token, consonants=not re.search(r"[aeiou]", token[2:]))
        if after and self.df(after):
            named = [w for w in expansions if self._phrase_occurs(after, w)]
            if named:
                return max(named, key=self.df)
        for word in sorted(expansions, key=self.df, reverse=True)[:CLIPPED_CANDIDATES]:
            if not self.is_name_like(word) or word in TITLE_WORDS:  # ('govnr': a title is capitalised before names)
                return word
        if token.endswith("s") and not expansions:
            return self._correct(token[:-1], after, next_word)  # a clipped plural or possessive: 'grps', 'depts'
        return None

    def _near(self, found: tuple[object, ...] | None) -> str | None:
        """The word a typo is of, when it is near enough: a name two letters off is another name ('Rudanvelzz' is
        no 'Rudanvelmi', 'Linkahazz' no 'Linkaha'); an English word may be two letters off ('goverment')."""
        if found is None:
            return None
        word, distance = str(found[0]), found[1]
        return None if isinstance(distance, int | float) and distance > 1 and self.is_name_like(word) else word

    def _without_prefix(self, token: str) -> str | None:
        """The word after a prefix ('pre' of 'prescreen'), when the documents write it and it keeps five letters."""
        for prefix in _prefixes():
            rest = token[len(prefix) :]
            if token.startswith(prefix) and len(rest) >= BARE_WORD and self.df(rest) and not self.is_name_like(rest):
                return rest
        return None

    def _clipped_pair(self, token: str) -> list[tuple[str, str]]:
        """Two clipped words written as one ('depsec'): each part starts a word the documents write, and they
        write the two together ('deputy secretary')."""
        if len(token) < CLIPPED_PAIR or self.is_name_like(token):
            return []
        pairs = []
        for i in range(3, len(token) - 2):
            heads = sorted(self._expansions(token[:i], consonants=False), key=self.df, reverse=True)
            tails = sorted(self._expansions(token[i:], consonants=False), key=self.df, reverse=True)
            whole = [token[i:]] if self.df(token[i:]) else []
            pairs += [
                (head, tail)
                for head in heads[:CLIPPED_CANDIDATES]
                for tail in whole + tails[:CLIPPED_CANDIDATES]
                if self._phrase_occurs(head, tail, tail in whole)
            ]
        return pairs

    def _expansions(self, token: str, consonants: bool) -> list[str]:
        """The documents' words a clipped word may stand for: those it starts, or, when it is ``consonants`` only
        ('govt'), those with its letters in order."""
        clipped = clipped_letters(token)
        return [
            w
            for w in self._vocabulary.get(token[:2], ())
            if len(w) >= len(token) + 2 and w.isalpha() and (w.startswith(token) or (consonants and clipped.match(w)))
        ]

    def _clipped_beside(self, token: str, after: str | None, next_word: str | None) -> str | None:
        """'ext' before 'deterrence', 'grp' after 'motor': the word the documents write beside that word that
        starts with the clipped one or has its consonants in order."""
        clipped = clipped_letters(token)
        named = [
            w
            for w in self._vocabulary.get(token[:2], ())
            if len(w) >= 5
            and w.isalpha()
            and clipped.match(w)
            and (
                (next_word and self.df(next_word) and self._phrase_occurs(w, next_word))
                or (after and self.df(after) and self._phrase_occurs(after, w))
            )
        ]
        return max(named, key=self.df) if named else None

    def _phrase_occurs(self, first: str, second: str, one_between: bool = False) -> bool:
        """The documents write the two words together; ``one_between``: or with one word between them ('secstate'
        for 'secretary of state')."""
        phrase = f"NEAR({first} {second}, 1)" if one_between else f'"{first} {second}"'
        return bool(self.store.query("SELECT 1 FROM p WHERE p MATCH ? LIMIT 1", (phrase,)))
