"""The extraction and answering vocabulary, as data (the JSON files here), and its loaders."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_rules(name: str) -> dict[str, Any]:
    """One rules file, parsed once: ``load_rules("questions.json")["answer_types"]``."""
    data: dict[str, Any] = json.loads(resources.files("knowledge.rules").joinpath(name).read_text(encoding="utf-8"))
    return data


def alternation(words: Iterable[str]) -> str:
    """A rules list's words as a regular-expression alternation, each taken literally ('op-ed|fact sheet').

    >>> bool(re.fullmatch(alternation(["op-ed", "fact sheet"]), "fact sheet"))
    True
    """
    return "|".join(re.escape(w) for w in words)


def any_word(words: Iterable[str], inflected: bool = False) -> re.Pattern[str]:
    """A case-blind pattern for any of a rules list's words as whole words ('grant', 'loan'), and with
    ``inflected`` their plurals and verb forms too ('grants', 'awarded', 'lending').

    >>> bool(any_word(["award"], inflected=True).search("The Awarded sum")), bool(any_word(["award"]).search("awards"))
    (True, False)
    """
    ending = r"(?:s|ed|ing)?" if inflected else ""
    return re.compile(r"\b(?:" + alternation(words) + r")" + ending + r"\b", re.I)


@cache
def listed_words(key: str, name: str = "questions.json") -> re.Pattern[str]:
    """Any word of one rules entry, a list or a ``{"_why": …, "words": […]}``, as whole words, built once:
    ``listed_words("day_asked").search("exact date of the summit")``.

    >>> bool(listed_words("total_words").search("the two plants combined"))
    True
    """
    entry = load_rules(name)[key]
    return any_word(entry["words"] if isinstance(entry, dict) else entry)
