"""Short forms of names that no document defines: 'marad' for the Maritime Administration, 'ghsa' for the Global
Health Security Agenda, 'tljs' for Tous les Jours('s), 's4d' for the Summit for Democracy, 'secnav' for the
Secretary of the Navy.

Analysts write a name by its initials or by the starts of its words, as the agencies themselves do, whether or not
the document ever prints that form. A short form here is the name's words in order, each shortened to a start of
itself (at least its first letter), its small connecting words ('of', 'for', 'les') written by a letter or a digit
that sounds like them ('4' for 'for') or left out, with an 's' of a plural or a possessive allowed at the end.
The names are the runs of capitalised words the documents write; the connecting words are data (names.json).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from knowledge.rules import load_rules

MAX_NAME_WORDS = 6
"""Runs of capitalised words kept up to this many words from each start: longer ones are headlines, not names."""

_CAPITALISED = r"[A-Z][\w'’&.-]*"


@cache
def _connectors() -> dict[str, tuple[str, ...]]:
    """Each small word a name may hold, with the letters or digits that may stand for it in a short form."""
    rules = load_rules("names.json")["short_form_connectors"]
    return {word: tuple(forms) for word, forms in rules.items() if not word.startswith("_")}


def is_connector(word: str) -> bool:
    """A small word inside names ('of', 'les'): never a short form itself, as in 'Tous les Jours'."""
    return word.lower() in _connectors()


@cache
def _run_pattern() -> re.Pattern[str]:
    connectors = "|".join(re.escape(w) for w in sorted(_connectors(), key=len, reverse=True))
    return re.compile(rf"{_CAPITALISED}(?:\s+(?:(?:{connectors})\s+)*{_CAPITALISED})+")


def _letters(word: str) -> str:
    """A word's letters and digits in lower case, a possessive's 's' left off ('Administration’s' →
    'administration', 'U.S.' → 'us')."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"['’]s$", "", word).lower())


def name_runs(sentence: str) -> list[str]:
    """Each whole run of two or more capitalised words in ``sentence``, small connecting words allowed inside
    (so one run may hold two names).

    >>> name_runs("funds under the CHIPS and Science Act, and for Samsung Electronics")
    ['CHIPS and Science Act', 'Samsung Electronics']
    """
    return [run.group(0) for run in _run_pattern().finditer(sentence)]


def names_in(sentence: str) -> list[str]:
    """Each run of two or more capitalised words in ``sentence`` (small connecting words allowed inside), from
    each of its capitalised words on, up to ``MAX_NAME_WORDS`` words.

    >>> names_in("a fact sheet on the Maritime Administration’s grants")
    ['Maritime Administration’s']
    >>> names_in("Officials from Seoul and Tokyo support the Global Health Security Agenda.")
    ['Global Health Security Agenda.', 'Health Security Agenda.', 'Security Agenda.']
    """
    found = []
    for run in _run_pattern().finditer(sentence):
        words = run.group(0).split()
        for start, word in enumerate(words[:-1]):
            name = words[start : start + MAX_NAME_WORDS]
            if word not in _connectors() and not _two_names(name):
                found.append(" ".join(name))
    return found


def _two_names(words: list[str]) -> bool:
    """'Seoul and Tokyo', 'Biden and Yoon': two one-word names joined, not one name."""
    return len(words) == 3 and words[1] in ("and", "&")


def name_keys(name: str) -> tuple[str, str]:
    """(the first letter of its first word, the first letter of its second capitalised word): a short form
    starts with the one and holds the other later, so the index looks up only names that fit both."""
    capitals = [_letters(w) for w in name.split() if w not in _connectors() and _letters(w)]
    return (capitals[0][:1], capitals[1][:1]) if len(capitals) >= 2 else ("", "")


@lru_cache(maxsize=4096)
def short_form_of(token: str, name: str, plural: bool = False) -> str | None:
    """The leading words of ``name`` that ``token`` is a short form of (with ``plural``, of their plural or
    possessive: 'tljs'), or None.

    >>> short_form_of("marad", "Maritime Administration’s grant")
    'Maritime Administration'
    >>> short_form_of("s4d", "Summit for Democracy process")
    'Summit for Democracy'
    >>> short_form_of("tljs", "Tous les Jours plans", plural=True)
    'Tous les Jours'
    >>> short_form_of("mda", "Maritime Administration") is None  # the words in their order
    True
    """
    words = name.split()
    letters = [_letters(w) for w in words]
    longest = 1 if len(token) <= 3 else len(token)  # 'dep', 'sec' are initials or nothing, not 'de' + 'p'

    connectors = _connectors()

    @cache
    def ends(i: int, j: int) -> frozenset[int]:
        """Word counts after word ``j`` at which ``token[i:]`` is used up (names may end only on a capitalised
        word that was written out)."""
        found: set[int] = set()
        if j == len(words) or not letters[j]:
            return frozenset()
        if words[j] in connectors and j > 0:
            found |= ends(i, j + 1)  # left out
            for form in connectors[words[j]]:
                if token.startswith(form, i):
                    found |= ends(i + len(form), j + 1)
            return frozenset(found)
        for k in range(1, min(len(letters[j]), longest) + 1):
            if token[i : i + k] != letters[j][:k]:
                break
            rest = i + k
            if rest == len(token) or (plural and token[rest:] == "s"):
                found.add(j + 1)
            found |= ends(rest, j + 1)
        return frozenset(found)

    counts = [n for n in ends(0, 0) if n >= 2 and words[n - 1] not in connectors]
    if not counts:
        return None
    # 'noaa' reads 'National Oceanic and Atmospheric' or, leaving 'and' out, the whole name: the whole name.
    return re.sub(r"['’]s?$", "", " ".join(words[: max(counts)]).rstrip(".,;:"))
