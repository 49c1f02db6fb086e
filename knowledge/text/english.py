"""What general English says of a word, for the words of a question that the documents alone cannot judge.

The documents are a small corpus: a word they never use ('briefed', 'earmarked') looks as rare as an unknown
company, and a word they rarely use ('money', 'ended up') weighs as much as a name. Two maintained resources
settle it instead of a hand list: lemminflect's English lexicon (is this an inflected verb, or a word that is
never a noun?) and wordfreq's word frequencies (how much does this word narrow down anything?).

Their data files are read directly, in the formats both projects document (wordfreq's 'cB' msgpack lists,
lemminflect's 'word,upos,lemma' lookup): importing the libraries costs 0.3 s of start-up for what is two table
lookups here. ``tests/test_english.py`` checks these readings against the libraries' own functions.
"""

from __future__ import annotations

import gzip
import importlib.util
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path

import msgpack

COMMON_ZIPF = 4.0
"""A word at or below this frequency (about once in 100,000 words of English: 'breach', 'Samsung') keeps its
whole weight; above it the weight falls with frequency."""

EVERYDAY_ZIPF = 6.0
"""A word this frequent ('people', 'up', 'made') tells almost nothing about which sentence answers."""

LEAST_WEIGHT = 0.25
"""The share of its weight the most everyday word keeps: it still helps rank, it no longer decides."""

_NOT_NOUNS = frozenset({"ADV", "ADJ"})


def _package_dir(name: str) -> Path:
    """Where an installed package's files are, without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{name} is not installed: pip install -e . installs it")
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def _zipf_table() -> dict[str, float]:
    """wordfreq's small English list: after a header, list *i* holds the words at -*i* centibels."""
    with gzip.open(_package_dir("wordfreq") / "data" / "small_en.msgpack.gz") as f:
        header, *buckets = msgpack.load(f, raw=False)
    if header.get("format") != "cB":
        raise ValueError(f"unexpected wordfreq data format {header!r}")
    return {word: round(9 - i / 100, 2) for i, bucket in enumerate(buckets) for word in bucket}


def _word_of(line: str) -> str:
    return line.partition(",")[0]


class _LemmaRows:
    """lemminflect's rows by word form. Its lookup lists the forms in order, so a form's rows are found by
    bisection in the file's lines as read, instead of a table of its 80,000 rows being made first (which took
    60 ms of every cold start that reads a question's words)."""

    def __init__(self, lines: list[str], overrides: dict[str, list[str]]) -> None:
        self._lines, self._overrides = lines, overrides

    def get(self, word: str, default: Sequence[str] = ()) -> Sequence[str]:
        if word.startswith("#"):
            return default  # a comment, not a form
        start = bisect_left(self._lines, word, key=_word_of)
        end = bisect_right(self._lines, word, lo=start, key=_word_of)
        rows = [rest for line in self._lines[start:end] if (rest := line.partition(",")[2])]
        rows += self._overrides.get(word, [])
        return rows or default


@cache
def _lemma_lines() -> _LemmaRows | dict[str, list[str]]:
    """lemminflect's lookup and overrides as raw 'upos,lemma' rows by word form, parsed only when looked up."""
    resources = _package_dir("lemminflect") / "resources"
    with gzip.open(resources / "lemma_lu.csv.gz", "rt", encoding="utf-8") as lookup:
        lines = lookup.read().splitlines()
    overrides = [line for line in (resources / "lemma_overrides.csv").read_text("utf-8").splitlines() if "," in line]
    table: dict[str, list[str]] = {}
    sample = [_word_of(line) for line in lines[:: len(lines) // 100 + 1]]
    for line in overrides if sample == sorted(sample) else lines + overrides:  # out of order: a table of all
        word, _, rest = line.partition(",")
        if rest and not word.startswith("#"):
            table.setdefault(word, []).append(rest)
    return _LemmaRows(lines, table) if sample == sorted(sample) else table


LEMMAS_KEPT = 8192
"""How many words' lemmas are kept (a server's memory stays bounded)."""


def zipf(word: str) -> float:
    """How common a word is in English on the Zipf scale (0 for a word the list does not have)."""
    return _zipf_table().get(word.lower(), 0.0)


@lru_cache(maxsize=LEMMAS_KEPT)
def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """The lemmas of a word form by part of speech ('briefed' → {'VERB': ('brief',)}); {} when unknown.
    (Kept for the words last asked: a question asks for its words' lemmas several times.)"""
    found: dict[str, tuple[str, ...]] = {}
    for row in _lemma_lines().get(word.lower(), ()):
        pos, _, forms = row.partition(",")
        found[pos.upper()] = tuple(forms.split("/"))
    return found


@cache
def generality_weight(word: str) -> float:
    """The share of its corpus weight a question word keeps, by how common it is in English.

    >>> generality_weight("trilateral"), generality_weight("people")
    (1.0, 0.25)
    """
    frequency = zipf(word)
    if frequency <= COMMON_ZIPF:
        return 1.0
    share = (frequency - COMMON_ZIPF) / (EVERYDAY_ZIPF - COMMON_ZIPF)
    return max(LEAST_WEIGHT, round(1.0 - (1.0 - LEAST_WEIGHT) * share, 3))


@cache
def is_plain_word(word: str) -> bool:
    """A word that is not a name whatever the documents say: an inflected verb ('briefed', 'earmarked',
    'slamming', 'wrote') or a word English uses only as an adverb or adjective ('besides', 'exactly').

    Base forms that may be nouns or verbs ('cover', 'ford', 'google') stay undecided: a company may hide there.

    >>> is_plain_word("briefed"), is_plain_word("besides"), is_plain_word("ford"), is_plain_word("hyundai")
    (True, True, False, False)
    """
    known = lemmas(word)
    if not known:
        return False
    if set(known) <= _NOT_NOUNS:
        return True
    return word.lower() not in known.get("VERB", (word.lower(),))


@cache
def is_plural_noun(word: str) -> bool:
    """'stores', 'shipyards': a noun in the plural, which 'how many' counts; 'Paris' is not one.

    >>> is_plural_noun("shipyards"), is_plural_noun("paris")
    (True, False)
    """
    forms = lemmas(word).get("NOUN", ())
    return bool(forms) and word.lower() not in forms


def is_english_noun(word: str) -> bool:
    """A common noun of English ('mill', 'tag'), as opposed to a name the lexicon does not have ('Hyundai').

    >>> is_english_noun("mill"), is_english_noun("hyundai")
    (True, False)
    """
    return "NOUN" in lemmas(word)


def is_verb_or_adjective(word: str) -> bool:
    """A word English uses as a verb or an adjective, whatever else ('cover', 'mill', 'opposite'), as opposed
    to a noun only ('secretariat') or a word it does not have ('Hyundai').

    >>> is_verb_or_adjective("mill"), is_verb_or_adjective("secretariat"), is_verb_or_adjective("hyundai")
    (True, False, False)
    >>> is_verb_or_adjective("ringfenced"), is_verb_or_adjective("rubberstamped")
    (True, True)
    """
    return bool({"VERB", "ADJ"} & set(lemmas(word))) or _closed_compound_participle(word)


def _closed_compound_participle(word: str) -> bool:
    """A past participle written closed up with the word before it ('ringfenced', 'fasttracked'), which the lemma
    table knows only apart: an English word, then a regular participle of a verb."""
    if lemmas(word) or not word.isalpha() or not word.endswith("ed"):
        return False
    return any(lemmas(word[:cut]) and "VERB" in lemmas(word[cut:]) for cut in range(MIN_COMPOUND_PART, len(word) - 3))


MIN_COMPOUND_PART = 3
"""The shortest word a closed compound starts with ('fast' of 'fasttracked')."""


def opens_on_a_verb(text: str) -> bool:
    """A sentence opening on a verb in its base form and then its object's article, as a fact sheet's item says
    what is to be done ('Initiate the two-way exchange of …'); not 'Second Vice Foreign Minister Kim …'.

    >>> opens_on_a_verb("Initiate the two-way exchange"), opens_on_a_verb("Out of the $5.5 billion, it plans")
    (True, False)
    >>> opens_on_a_verb("Second Vice Foreign Minister Kim Jina speaks"), opens_on_a_verb("Trump said on Monday")
    (False, False)
    """
    first, second = [*text.split(maxsplit=2), "", ""][:2]
    verb = first[:1].isupper() and first.lower() in lemmas(first).get("VERB", ())
    return verb and second in ("the", "a", "an", "our", "their", "its")
