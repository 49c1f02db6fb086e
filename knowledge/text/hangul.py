"""Korean names typed in Hangul, matched to the names the documents use ('김진아' → 'Kim Jina').

The family name is looked up in the spellings English-language documents give it (rules/hangul.json); the
given name is romanised (Revised Romanization, by the korean-romanizer package) and compared loosely, since
documents write 'Jae-myung' where the romanisation gives 'jaemyeong'.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from functools import cache

from korean_romanizer.romanizer import Romanizer
from rapidfuzz import fuzz

from knowledge.rules import load_rules

HANGUL_NAME = re.compile(r"[\uac00-\ud7a3]{2,4}")
MATCH_BAR = 80
"""How alike (0–100) the romanised given name and a document's spelling must be."""


@cache
def _surnames() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in load_rules("hangul.json")["surnames"].items()}


def other_spellings(surname: str) -> list[str]:
    """The other ways documents spell a Korean family name, lower-cased: one Hangul name, many spellings.

    >>> other_spellings("chu"), other_spellings("graves")
    (['choo'], [])
    """
    return list(_spellings_of().get(surname.lower(), ()))


@cache
def _spellings_of() -> dict[str, tuple[str, ...]]:
    """Each spelling of a family name, lower-cased, with the others of the same Hangul name (looked up per word of
    every question, so built once)."""
    found: dict[str, list[str]] = {}
    for spellings in _surnames().values():
        lowered = list(dict.fromkeys(s.lower() for s in spellings))
        for word in lowered:
            found.setdefault(word, []).extend(s for s in lowered if s != word and s not in found[word])
    return {word: tuple(others) for word, others in found.items()}


def romanize(hangul: str) -> str:
    """'김진아' → 'Kim Jina': the family name as documents usually spell it, the given name romanised.

    >>> romanize("김진아")
    'Kim Jina'
    """
    family, given = hangul[0], hangul[1:]
    spelled = _surnames().get(family, (Romanizer(family).romanize().capitalize(),))[0]
    return f"{spelled} {Romanizer(given).romanize().capitalize()}"


def _key(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


class NameIndex:
    """The names of a table by family-name spelling, so a Hangul name is compared with few names, not all."""

    def __init__(self, names: Iterable[str]) -> None:
        self.by_family: dict[str, list[tuple[str, str]]] = {}
        for name in dict.fromkeys(names):
            parts = name.replace("-", " ").split()
            if len(parts) < 2:
                continue
            for surname, rest in ((parts[0], parts[1:]), (parts[-1], parts[:-1])):
                self.by_family.setdefault(_key(surname), []).append((_key("".join(rest)), name))

    def with_family_name(self, surname: str) -> list[str]:
        """The names whose family name (first or last) is spelled ``surname`` ('kim': 'Kim Jina', …)."""
        return [name for _, name in self.by_family.get(_key(surname), [])]

    def with_family_names_in(self, words: Collection[str], form: Callable[[str], str]) -> list[str]:
        """The names whose family name, in the matching ``form`` (the question's normal form: 'grave' of
        'Graves'), is one of ``words``."""
        return [name for key, names in self.by_family.items() if form(key) in words for _, name in names]


def match_name(hangul: str, names: NameIndex) -> str | None:
    """The name of ``names`` that ``hangul`` spells, if any is close enough.

    >>> match_name("이재명", NameIndex(["Lee Jae Myung", "Kim Jina"]))
    'Lee Jae Myung'
    """
    family, given = hangul[0], _key(Romanizer(hangul[1:]).romanize())
    spellings = {_key(s) for s in _surnames().get(family, ())} | {_key(Romanizer(family).romanize())}
    best: tuple[float, str] | None = None
    for spelling in spellings:
        for rest, name in names.by_family.get(spelling, ()):
            score = fuzz.ratio(given, rest)
            if score >= MATCH_BAR and (best is None or score > best[0]):
                best = (score, name)
    return best[1] if best else None


def spell_out(text: str, names: NameIndex) -> str:
    """A question with its Hangul names written as the documents write them (or romanised, if none matches)."""

    def spelled(m: re.Match[str]) -> str:
        word = m.group(0)
        if word[0] not in _surnames():
            return word  # not a name: left as typed (the documents are in English, so it will not match)
        return match_name(word, names) or romanize(word)

    return HANGUL_NAME.sub(spelled, text)
