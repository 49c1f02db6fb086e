"""Bodies a question names by what they do ('the finance ministry', 'the embassy') rather than by a name of their
own, and the body a question asks the head of ('who heads HD Hyundai Power Transformers USA')."""

from __future__ import annotations

import re
from functools import cache

from knowledge.answer.fit import SIDE_WORDS
from knowledge.answer.normalize import content_tokens, normalize
from knowledge.rules import load_rules

_HEADS = re.compile(
    r"\bwho\s+(?:heads|runs|helms|is\s+(?:in\s+charge\s+of|the\s+(?:head|boss|chief)\s+of))\s+([^?(,;]+)"
)
"""'who heads X', 'who runs X': the question asks for X's own head."""


def heads_what_is_asked(headline: str, question: str) -> bool:
    """A person answering 'who heads HD Hyundai Power Transformers USA' has an office of that body: not an official
    of another who attended its ceremony ('Secretary of the Alabama Department of Commerce').

    >>> heads_what_is_asked("Ann Roe — Secretary of Commerce (US)", "who heads norva power usa (the sub)?")
    False
    >>> heads_what_is_asked("Ann Roe — Secretary of Commerce (US)", "who runs the commerce department")
    True
    """
    asked = _HEADS.search(question.lower())
    if asked is None:
        return True
    body = set(content_tokens(asked.group(1))) - SIDE_WORDS - office_bodies()
    return body <= set(normalize(headline).split())


@cache
def office_bodies() -> frozenset[str]:
    """Bodies named by what they do ('the finance ministry'), not by a name of their own."""
    return frozenset(load_rules("titles.json")["office_bodies"]["words"])
