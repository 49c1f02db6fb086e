"""Bodies a question names by what they do ('the finance ministry', 'the embassy') rather than by a name of their
own, and the body a question asks the head of ('who heads HD Hyundai Power Transformers USA')."""

from __future__ import annotations

import re
from functools import cache

from knowledge.answer.fit import SIDE_WORDS
from knowledge.answer.index import RANK_WORDS, TITLE_WORDS
from knowledge.answer.normalize import content_tokens, is_stopword, normalize
from knowledge.rules import alternation, load_rules


@cache
def _heads() -> re.Pattern[str]:
    """'who heads X', 'who runs X': the question asks for X's own head."""
    verbs = alternation(load_rules("questions.json")["heading_verbs"]["words"])
    return re.compile(rf"\bwho\s+(?:{verbs})\s+([^?(,;]+)")


def heads_what_is_asked(headline: str, question: str) -> bool:
    """A person answering 'who heads HD Hyundai Power Transformers USA' has an office of that body: not an official
    of another who attended its ceremony ('Secretary of the Alabama Department of Commerce').

    >>> heads_what_is_asked("Ann Roe — Secretary of Commerce (US)", "who heads norva power usa (the sub)?")
    False
    >>> heads_what_is_asked("Ann Roe — Secretary of Commerce (US)", "who runs the commerce department")
    True
    """
    asked = _heads().search(question.lower())
    if asked is None:
        return True
    body = set(content_tokens(asked.group(1))) - SIDE_WORDS - office_bodies()
    return body <= set(normalize(headline).split())


@cache
def office_bodies() -> frozenset[str]:
    """Bodies named by what they do ('the finance ministry'), not by a name of their own."""
    return frozenset(load_rules("titles.json")["office_bodies"]["words"])


BODY_REACH = 7
"""How many words before a named person's title its body may start ('ministry of trade … energy minister ahn')."""


def with_bodies(words: list[str], titles: list[int]) -> set[int]:
    """The positions of the titles a question gives the people it names, and of the body each title is of, when
    one stands right before it ('ministry of trade industry and energy minister ahn'): both are the named's."""
    taken = set(titles)
    for i in titles:
        body = [j for j in range(max(0, i - BODY_REACH), i) if words[j] in office_bodies()]
        taken |= set(range(body[-1], i)) if body else set()
    return taken


@cache
def body_offices_held() -> dict[str, frozenset[str]]:
    """The offices that represent a body named by what it is (rules ``body_offices``: an embassy's ambassador)."""
    found = load_rules("titles.json")["body_offices"]
    return {body: frozenset(normalize(w) for w in words) for body, words in found.items() if not body.startswith("_")}


@cache
def posted_offices() -> frozenset[str]:
    """Offices held in the other country: for them both sides a question names count ('US ambassador in Seoul')."""
    return frozenset(load_rules("titles.json")["posted_offices"])


def office_fields(asked: str, offices: set[str]) -> set[str]:
    """What a question says the office is of: 'commerce' in 'the commerce secretary' and in 'the secretary of
    commerce', 'industry' in 'korea's industry minister'; sides, ranks and stopwords are not fields.

    >>> sorted(office_fields("who was the us secretary of commerce in 2025", {"secretary"}))
    ['commerce']
    >>> sorted(office_fields("who is the rok industry minister", {"minister"}))
    ['industry']
    """
    words = asked.split()
    fields = set()
    for i, word in enumerate(words):
        if word not in offices:
            continue
        if i > 0:
            fields.add(words[i - 1])
        if words[i + 1 : i + 2] == ["of"] and i + 2 < len(words):
            fields.add(words[i + 2])
    return {f for f in fields if f.isalpha() and f not in SIDE_WORDS | RANK_WORDS | TITLE_WORDS and not is_stopword(f)}
