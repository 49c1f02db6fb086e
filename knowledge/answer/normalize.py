"""One normal form for fact text and questions, so 'South Korea', 'ROK' and 'Korea' match, and so do
'5th SED' and 'fifth Senior Economic Dialogue'. The synonym table is data (rules/synonyms.json)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from typing import Any

_ACRONYM = re.compile(r"(?<![a-z0-9])(?:[a-z]\.){2,}(?![a-z0-9])")  # 's.e.d.' → 'sed'
_TOKEN = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*\.?")
_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")
_NUMBERED = re.compile(r"(?:#\s?|\bno\.\s?)(\d{1,3})\b")  # 'sed #5', 'special session no. 1': the 5th, the 1st
_Tree = dict[str, "_Tree"]


@cache
def _synonym_rules() -> dict[str, Any]:
    rules: dict[str, Any] = json.loads(
        resources.files("knowledge.rules").joinpath("synonyms.json").read_text(encoding="utf-8")
    )
    return rules


@cache
def _synonyms() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    data = _synonym_rules()
    phrases: dict[str, str] = data["phrases"]
    # ("jp's nsa": the possessive goes with the variant it follows, as it would with the word written out)
    pattern = re.compile(r"(?<![a-z0-9])(" + _longest_first(phrases) + r")(?:'s)?(?![a-z0-9])")
    return pattern, phrases, frozenset(data["stopwords"])


@cache
def phrase_ends() -> tuple[frozenset[str], frozenset[str]]:
    """The first words and the last words of the synonyms' phrases of two words or more: a word that is neither
    is in no phrase, which a question's every word is checked for."""
    phrases = [p.split() for p in _synonyms()[1] if " " in p]
    return frozenset(p[0] for p in phrases), frozenset(p[-1] for p in phrases)


@cache
def one_word_variants() -> dict[str, str]:
    """The synonyms' one-word variants and the word each is written as ('investment' → 'invest'): a typo of the
    variant ('investmnt') is a typo of that word, which the documents' vocabulary holds in its place."""
    return {k: v for k, v in _synonyms()[1].items() if k.isalpha() and v.isalpha()}


def phrase_meaning(text: str) -> str | None:
    """What the synonyms spell ``text`` out as, when it is one of their phrases ('nat sec' → 'national security')."""
    return _synonyms()[1].get(text)


def _longest_first(phrases: Iterable[str]) -> str:
    """A pattern matching any of ``phrases``, the longest where several start at one place: the phrases as a
    tree of their letters, each branch trying to go on before it ends. The same matches as the phrases
    longest first, one after the other, but read a letter at a time instead of trying hundreds of phrases at
    every position (4× faster over the documents' sentences).

    >>> re.match(_longest_first(["us", "u.s.", "usa"]) + "$", "usa") is not None
    True
    """
    tree: _Tree = {}
    for phrase in phrases:
        node = tree
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here

    def branch(node: _Tree) -> str:
        ways = [re.escape(ch) + branch(rest) for ch, rest in sorted(node.items()) if ch]
        if "" in node:
            ways.append("")  # last: a longer phrase is tried first
        if not ways:
            return "(?!)"  # no phrase at all: nothing matches
        return ways[0] if len(ways) == 1 else "(?:" + "|".join(ways) + ")"

    return branch(tree)


def fold(text: str) -> str:
    """Lowercase, accents and curly quotes folded: 'Women’s' → "women's"."""
    if text.isascii():
        return text.lower()  # nothing to decompose or fold: the same, without a pass per character
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", " ").lower()


_SCALES = {"bn": "billion", "mn": "million", "tn": "trillion", "trn": "trillion"}
_SCALED = re.compile(r"\b(\d+(?:\.\d+)?)(bn|mn|tn|trn)\b")
"""A figure with its scale clipped onto it ('$25bn', '1.5mn'): the number and the scale word, as documents write."""


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """The normal form used for matching.

    >>> normalize("the fifth U.S.-Republic of Korea Senior Economic Dialogue")
    'the 5th us rok sed'
    >>> normalize("the >$25bn deal")
    'the 25 billion deal'
    """
    pattern, phrases, _ = _synonyms()
    folded = fold(text)
    folded = _HYPHEN.sub(" ", folded)  # 'u.s.-rok', 'tae-ho' → separate words
    folded = _SCALED.sub(lambda m: f"{m.group(1)} {_SCALES[m.group(2)]}", folded)  # '25bn' as '25 billion'
    if "#" in folded or "no." in folded:
        folded = _NUMBERED.sub(lambda m: ordinal(int(m.group(1))), folded)
    if "." in folded:  # an acronym has its full stops
        folded = _ACRONYM.sub(lambda m: m.group(0) if m.group(0) in phrases else m.group(0).replace(".", ""), folded)
    replaced = pattern.sub(lambda m: f" {phrases[m.group(1)]} ", folded)
    tokens = [_stem(_token(t)) for t in _TOKEN.findall(replaced)]
    return " ".join(t for t in tokens if t)


def ordinal(number: int) -> str:
    """1 → '1st', 12 → '12th', 22 → '22nd': the form the synonym table gives 'first', 'twelfth', …

    >>> [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 103)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '103rd']
    """
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _token(token: str) -> str:
    """A found word without its full stop and apostrophes. A possessive is its name ('Hyundai's plant' is
    Hyundai's), so the 's goes before the apostrophes do."""
    token = token.rstrip(".")
    if "'" not in token:
        return token
    return token.removesuffix("'s").replace("'", "")


def spelled_out(text: str) -> str:
    """The text with its chat abbreviations and variants spelled the synonym table's way, words otherwise kept
    ('which rok amb showed up' → 'which rok ambassador attended'), for patterns written in full words.

    >>> spelled_out("which amb showed up")
    'which ambassador attended'
    """
    pattern, phrases, _ = _synonyms()
    folded = _HYPHEN.sub(" ", fold(text))
    return " ".join(pattern.sub(lambda m: f" {phrases[m.group(1)]} ", folded).split())


def plain_form(word: str) -> str:
    """A lower-case word as ``normalize`` writes it when no synonym replaces it ('delegations' → 'delegation')."""
    return _stem(_token(word))


def _stem(token: str) -> str:
    """'delegations' → 'delegation', 'companies' → 'company': plural and singular match. Deliberately light: only
    a plural -s, and -ies for -y.

    >>> [_stem(w) for w in ("delegations", "companies", "agencies", "ties", "status")]
    ['delegation', 'company', 'agency', 'ties', 'status']
    """
    if len(token) > 5 and token.endswith("ies") and token.isalpha():
        return token[:-3] + "y"
    if len(token) > 4 and token.endswith("s") and not token.endswith(("ss", "us", "is", "ous")) and token.isalpha():
        return token[:-1]
    return token


def content_tokens(text: str) -> list[str]:
    """Normalized words that carry meaning (no stopwords).

    >>> content_tokens("Who led the Korean side at the 5th SED?")
    ['rok', '5th', 'sed']
    """
    _, _, stop = _synonyms()
    return [t for t in normalize(text).split() if t not in stop]


def in_both_forms(words: Iterable[str]) -> frozenset[str]:
    """Rule words as the normal form writes them and as typed ('govts' is 'govt' typed, 'government' spelled
    out): a question's token is either.

    >>> sorted(in_both_forms(["govt"]))
    ['government', 'govt']
    """
    listed = list(words)
    return frozenset(content_tokens(" ".join(listed))) | {w.lower() for w in listed}


def is_stopword(token: str) -> bool:
    return token in _synonyms()[2]


def stopwords() -> frozenset[str]:
    """The words ``is_stopword`` says are stopwords, for a loop over many words."""
    return _synonyms()[2]


@cache
def canonical_tokens() -> frozenset[str]:
    """The words synonyms are folded into ('contribute' for 'give', 'donate', …)."""
    _, phrases, _ = _synonyms()
    return frozenset(t for value in phrases.values() for t in value.split())


def with_possessives_unmarked(words: Iterable[str]) -> set[str]:
    """The words, and each ending in 's' without it: a possessive typed without its apostrophe names its owner
    ('kims delegation' names Kim, 'hyundais CES tour' Hyundai); the extra forms only ever widen a match.

    >>> sorted(with_possessives_unmarked(["hyundais", "ces", "tour"]))
    ['ces', 'hyundai', 'hyundais', 'tour']
    """
    words = list(words)
    return set(words) | {w[:-1] for w in words if len(w) > 3 and w.endswith("s")}
