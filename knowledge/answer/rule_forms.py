"""A rules entry's words in the form a sentence's words are checked in (``passage_form``), built once per entry:
the vocabulary stays in the rules files, and every module reading an entry this way shares one reading."""

from __future__ import annotations

from functools import cache

from knowledge.answer.passages import passage_form
from knowledge.rules import load_rules


@cache
def listed_forms(key: str) -> frozenset[str]:
    """The words of a questions.json entry (``{"words": …}``) in the passage form ('era_words', 'release_asked')."""
    return frozenset(passage_form(w) for w in load_rules("questions.json")[key]["words"])
