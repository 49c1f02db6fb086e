"""How a question's words stand for others before its shape is read: 'which one' for a noun it named before
('an upcoming anniversary - which one?'), and a phrase after a noun that qualifies it ('which agencies on each
side'). Vocabulary from the rules (``questions.json``)."""

from __future__ import annotations

import re
from functools import cache

from knowledge.answer.normalize import normalize
from knowledge.rules import alternation, any_word, load_rules

_WHICH_ONE = re.compile(r"(?:\s[-–—]|:)\s*(which|what)\s+(one)\b", re.I)


def one_named(text: str) -> str:
    """'moon mentioned an upcoming anniversary - which one (number)?': 'one' stands for a noun an ordinal
    counts that the question named before it.

    >>> one_named("he mentioned an anniversary of ties - which one (number)?")
    'he mentioned an anniversary of ties - which anniversary (number)?'
    >>> one_named("in the 2017 round of talks they met in a city - which one?")
    'in the 2017 round of talks they met in a city - which one?'
    """
    m = _WHICH_ONE.search(text)
    nouns = load_rules("questions.json")["ordinal_nouns"]["words"]
    # (the noun 'one' stands for ends the clause before it, an 'of' phrase aside: not 'the 2017 round of talks
    # … met in a city - which one', where 'one' is the city)
    named = (
        re.search(rf"\b({alternation(nouns)})(?:\s+of\s+(?:[\w/'’-]+\s*){{1,4}})?\s*$", text[: m.start()], re.I)
        if m
        else None
    )
    return f"{text[: m.start(2)]}{named[1]}{text[m.end() :]}" if m and named else text


def qualifies(rest: str) -> bool:
    """The words after a noun open a phrase qualifying it ('on each side' after 'which agencies'), one that names
    no side: 'which ministries on the us side' asks one side's, which no list of both may answer.

    >>> qualifies("on each side run the pilot"), qualifies("on the us side joined"), qualifies("did he meet")
    (True, False, False)
    """
    words = rest.lower().split()
    if not words or words[0] not in load_rules("questions.json")["qualifying_prepositions"]["words"]:
        return False
    return not set(normalize(" ".join(words[1:4])).split()) & {"us", "rok"}  # (the normal form of any side's name)


@cache
def _currency_asked() -> re.Pattern[str]:
    words = alternation(load_rules("questions.json")["currency_asked"]["words"])
    return re.compile(rf"[,(]\s*(?:{words})\b|\b(?:{words})\s*[?)]*\s*$", re.I)


def asks_in_a_currency(text: str) -> bool:
    """A currency named after a comma or a bracket, or at the end: the question asks an amount.

    >>> asks_in_a_currency("what were their combined sales in 2024, in won"), asks_in_a_currency("who won in 2024")
    (True, False)
    """
    return _currency_asked().search(text) is not None


_FIGURE_ASKED = (
    r"(?:how (?:much|many|big)|what(?:'s|s| is| was)? (?:the |(?:[\w’']+ ){0,2}[\w’']+s )?(?:amount|figure|number))"
)
_FIGURE_ASKED_AFTER = re.compile(
    rf"(?:\?\s*(?:and\s+)?{_FIGURE_ASKED}\b[^?]*|,?\s+and\s+{_FIGURE_ASKED}(?:\s+(?:was|is)\s+it)?)\??\s*$", re.I
)
"""'which was bigger, a or b? how much was it', '… who spent more and whats coupangs number': the figure asked
after the comparison is the winner's (or the other's), which the answer gives anyway; after 'and', only when it
asks nothing more ('… and how much did coupang spend in 2025' asks another year's figure)."""


def without_the_figure_asked_after(text: str) -> str:
    """The question without a figure asked after a comparison ('which was bigger, a or b? how much was it').

    >>> without_the_figure_asked_after("coupang vs uber - who spent more and whats coupangs number")
    'coupang vs uber - who spent more'
    >>> without_the_figure_asked_after("a vs b - who spent more and how much did a spend in 2025")
    'a vs b - who spent more and how much did a spend in 2025'
    """
    return _FIGURE_ASKED_AFTER.sub("", text)


def former_office_asked(text: str) -> bool:
    """'what job did campbell hold before dep sec', 'what was his nsc post b4': a question asking (what or which)
    an office noun and saying 'before' (rules ``former_office_asked``).

    >>> former_office_asked("what job did campbell hold before dep sec"), former_office_asked("what job fair")
    (True, False)
    >>> former_office_asked("what role did korea play before the summit"), former_office_asked("whats his prior post?")
    (False, True)
    """
    rules = load_rules("questions.json")["former_office_asked"]
    office = re.search(
        rf"\b(?:what|which)(?:'s|s)?\s+(?:[\w'’-]+\s+){{0,3}}?{any_word(rules['nouns']).pattern}", text, re.I
    )
    # ('whats his previous post?': the word saying before may stand before the office noun too)
    if office is None or any_word(rules["before"]).search(text[office.start() :]) is None:
        return False
    # ('what role did korea play before the summit' asks no office: held, had, served, or 'what was X's job')
    return bool(any_word(rules["verbs"]).search(text) or re.search(r"\bwhat(?:'s|s| was| is)\b", text, re.I))
