"""How a question names an event: by its kind ('when was the oval office sit-down') or by the leaders who held
it ('the lee-trump deal', 'the deal lee and trump finalized'). Such names say which event, whose story tells them
somewhere; they own no figure of it."""

from __future__ import annotations

import re
from functools import cache

from knowledge.answer.normalize import is_stopword, with_possessives_unmarked
from knowledge.answer.passages import passage_form
from knowledge.rules import alternation, load_rules
from knowledge.text.english import is_plain_word


@cache
def _participants() -> re.Pattern[str]:
    """Leaders naming an event before it: 'the lee-trump trade deal', 'the biden-ishiba-yoon trilat'."""
    # ('the lee jae myung-trump deal': a leader's given names may stand before the hyphen; words that are no
    # name of the question are dropped by its caller)
    leaders = r"\b((?:[a-z]{2,}\s+){0,2}[a-z]{2,})-([a-z]{2,})(?:-([a-z]{2,}))?\s+"
    before = leaders + rf"(?:[\w/-]+\s+){{0,3}}?(?:{event_nouns()})\b"
    # ('the deal lee and trump finalized': the leaders who made it after the event, then what they did)
    two = r"([a-z]{2,})\s*(?:and|&|/|\+)\s*([a-z]{2,})"
    after = rf"\b(?:{event_nouns()})\s+(?:that\s+|which\s+)?{two}\s+(?P<act>[a-z]+)\b"
    # ('the tariff/investment deal w/ trump': the leader it was made with)
    with_one = rf"\b(?:{event_nouns()})\s+(?:with|w/|w)\s+([a-z]{{2,}})\b"
    # ('at the dec 2025 SED (kim jina / helberg)': the two who held it, in brackets after it)
    bracketed = r"\(\s*([a-z]{2,}(?:\s+[a-z]{2,})?)\s*(?:/|&|\+|and|vs\.?)\s*([a-z]{2,}(?:\s+[a-z]{2,})?)\s*\)"
    return re.compile(rf"{before}|{after}|{with_one}|{bracketed}")


@cache
def event_nouns() -> str:
    return alternation(load_rules("questions.json")["event_nouns"]["words"])


@cache
def _event_noun() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{event_nouns()})s?\b")


def events_named(text: str) -> set[str]:
    """The meetings, visits, remarks … a question names ('when was the oval office sit-down'), in the matching
    form: such an event may be dated by the transcript it was spoken in, where 'when was the alliance founded' is
    not.

    >>> events_named("what day was the oval office bilat"), events_named("when was the alliance founded")
    ({'bilateral'}, set())
    """
    return {passage_form(m.group(0)) for m in _event_noun().finditer(text.lower())}


def participants(text: str) -> set[str]:
    """The names of the leaders a question names an event by, in the matching form.

    >>> sorted(participants("how much of seouls pledge under the lee-trump trade deal is for shipbuilding"))
    ['lee', 'trump']
    >>> sorted(participants("lee jae myung-trump trade/investment deal: the tariff"))
    ['jae', 'lee', 'myung', 'trump']
    >>> sorted(participants("under the deal lee and trump finalized, how much did seoul pledge"))
    ['lee', 'trump']
    >>> sorted(participants("of the 350bn korea promised under the tariff/investment deal w/ trump, how much"))
    ['trump']
    >>> sorted(participants("the WG that came up at the dec 2025 SED (kim jina / helberg)"))
    ['helberg', 'jina', 'kim']
    """
    found = {w for m in _participants().finditer(text.lower()) for g in m.groups() if g for w in g.split()}
    found -= {m["act"] for m in _participants().finditer(text.lower()) if m["act"]}
    return {passage_form(w) for w in found if not (is_stopword(w) or is_plain_word(w))}


def without_participants_acts(text: str) -> str:
    """The question without what the leaders naming an event did to it ('the deal lee and trump finalized' says
    which deal; 'finalized' asks no finalized award).

    >>> without_participants_acts("under the deal lee and trump finalized, how much did seoul pledge")
    'under the deal lee and trump , how much did seoul pledge'
    """
    found = [m for m in _participants().finditer(text.lower()) if m["act"]]
    for m in reversed(found):
        text = text[: m.start("act")] + text[m.end("act") :]
    return text


def participants_acts(text: str) -> set[str]:
    """What the leaders naming an event did to it ('the deal lee and trump finalized'), in the matching form: it
    says which event, as their names do, not what the sentence asked of must tell.

    >>> participants_acts("under the deal lee and trump finalized, how much did seoul pledge")
    {'finaliz'}
    """
    return {passage_form(m["act"]) for m in _participants().finditer(text.lower()) if m["act"]}


@cache
def _occasion() -> re.Pattern[str]:
    rules = load_rules("questions.json")["occasions_named"]
    nouns, before, determiners = (alternation(rules[key]) for key in ("words", "before", "determiners"))
    return re.compile(rf"\b(?:{before})\s+(?:(?:{determiners})\s+)?((?:[\w'’-]+\s+){{1,3}}?)(?:{nouns})s?\b")


def named_occasions(text: str) -> set[str]:
    """The words naming an occasion a question sets its figure at ('the fee reporters paid for the hyundai CES
    trip'), in the matching form: they say which occasion, and own no figure of it (Hyundai paid no fee).

    >>> sorted(named_occasions("how much was the visa fee reporters paid for the hyundai CES trip"))
    ['ces', 'hyundai']
    >>> sorted(named_occasions("cost in won to apply for the I visa reporters needed for hyundais CES media tour"))
    ['ces', 'hyundai', 'hyundais', 'media']
    >>> named_occasions("how much did hyundai invest in the louisiana plant")
    set()
    """
    found = {passage_form(w) for m in _occasion().finditer(text.lower()) for w in m.group(1).split()}
    return {w for w in with_possessives_unmarked(found) if not is_stopword(w)} - {""}
