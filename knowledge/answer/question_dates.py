"""When a question places itself in time: months ('in sept'), a clipped year after a month ('jul 24'), a date
written month/day/year ('4/26/23'). These words filter answers by date; they are not words a sentence must say.
"""

from __future__ import annotations

import re
from functools import cache

from knowledge.rules import any_word, listed_words, load_rules

_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def is_month(word: str) -> bool:
    """A month in a question ('in January 2026') says when, not what: it is not a name sentences must carry."""
    return word in _MONTHS


_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b")
"""A date written as month/day/year ('4/26/23'), as Americans type it."""


def after_a_month(text: str) -> set[str]:
    """The numbers a question writes right after a month ('dec 23', 'jul 24'): a day or a clipped year, which a
    sentence need not repeat ('December 2023' or 'Dec. 8') for the date to be the one asked about.

    >>> sorted(after_a_month("who was at the seoul trilat in dec 23 and jul 2024"))
    ['2024', '23']
    >>> sorted(after_a_month("what did they agree to revive in 22")), after_a_month("plants in 22 states")
    (['22'], set())
    """
    months = "|".join(sorted(_MONTHS, key=len, reverse=True))
    numeric = {n for m in _NUMERIC_DATE.finditer(text) for n in m.groups()}  # '4/26/23'
    alone = set(_CLIPPED_YEAR.findall(text.lower()))  # 'agree to revive in 22'
    return set(re.findall(rf"\b(?:{months})\.?\s+'?(\d{{1,4}})\b", text.lower())) | numeric | alone


YEAR = re.compile(r"\b(?:19|20)\d\d\b")
"""A year as a question or a sentence writes it ('2021'), or as a word of the matching form."""


def years_in(text: str) -> set[str]:
    """The years a text gives.

    >>> sorted(years_in("headcount 2011 vs 2025, in the 2nd plant"))
    ['2011', '2025']
    """
    return set(YEAR.findall(text))


_CLIPPED_YEAR = re.compile(r"\b(?:in|since|during)\s+'?(\d{2})(?=\s*(?:[?.!,;)]|$))")
"""A clipped year alone where the question's clause ends ('revive in 22?'); 'in 22 states' counts states."""


def years_after_a_month(text: str) -> set[str]:
    """The years a question gives with a month ('sept 22', 'jul 2024', "may '21"): a clipped year is this
    century's. A day written that way ('dec 23' for the 23rd) asks a year too: a sentence of another year is
    then not taken, which errs towards silence.

    >>> sorted(years_after_a_month("the trilat in dec 23, and the one in jul 2024"))
    ['2023', '2024']
    >>> sorted(years_after_a_month("remarks on 4/26/23")), sorted(months_asked("remarks on 4/26/23"))
    (['2023'], [4])
    >>> years_after_a_month("how many users after the nov 29 correction"), years_after_a_month("in nov 29")
    (set(), {'2029'})
    """
    years = set()
    numeric = {n for m in _NUMERIC_DATE.finditer(text) for n in m.groups()[:2]}  # '4/26' of '4/26/23': no years
    days = {m.group(2) for m in DAY_OF_SOMETHING.finditer(text.lower())}  # 'after the nov 29 correction'
    for number in after_a_month(text) - numeric - days:
        if len(number) == 2:
            years.add(f"20{number}")
        elif len(number) == 4:
            years.add(number)
    return years


DAY_OF_SOMETHING = re.compile(
    r"\bthe\s+([a-z]{3,9}\.?\s+(\d{1,2}))(?:st|nd|rd|th)?\s+(?!(?:and|or|of|in|to|for|at|on|by|with|from)\b)[a-z]{3,}"
)
"""'the nov 29 correction', 'the march 3 announcement': a month and its day before what happened on it."""

_MONTH_NUMBERS = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}


def months_asked(text: str) -> set[int]:
    """The months a question gives ('the remarks apr 23', 'in September') as numbers.

    >>> sorted(months_asked("where were they in apr 23 and sept 2024"))
    [4, 9]
    """
    numeric = {int(m.group(1)) for m in _NUMERIC_DATE.finditer(text) if 1 <= int(m.group(1)) <= 12}
    return {_MONTH_NUMBERS[w[:3]] for w in re.findall(r"[a-z]+", text.lower()) if is_month(w)} | numeric


def month_names(month: int) -> frozenset[str]:
    """How a sentence may write a month, in the matching form ('april', 'apr')."""
    return frozenset(w for w in _MONTHS if _MONTH_NUMBERS[w[:3]] == month)


def only_says_when(word: str, text: str) -> bool:
    """A question word that only places it in time ('sept', '22' in 'in sept 22'): checked on the answer's
    document and dates, not a word its sentence must say."""
    return is_month(word) or word in after_a_month(text)


@cache
def _plan_words(kind: str) -> re.Pattern[str]:
    return any_word(load_rules("questions.json")["plan_words"][kind])


def asks_a_plan(question: str) -> bool:
    """'when is the plant slated to start production': the date asked is one planned.

    >>> asks_a_plan("when is the louisiana plant slated to start production"), asks_a_plan("when did they meet")
    (True, False)
    >>> asks_a_plan("when is seoul hosting the 3rd summit")
    True
    """
    return bool(_plan_words("asked").search(question) or any(p.search(question) for p in _plan_patterns()))


@cache
def _plan_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in load_rules("questions.json")["plan_words"]["asked_patterns"])


def asks_what_was_done(question: str) -> bool:
    """'when was the 6th SED held': a question asking what happened, which no date of a plan answers.

    >>> asks_what_was_done("when was the 6th sed held"), asks_what_was_done("when is it slated to open")
    (True, False)
    """
    return not asks_a_plan(question) and bool(_plan_words("past_asked").search(question))


def said_of_a_plan(clause: str) -> bool:
    """The words before a date in its clause say it is planned ('expected to begin production in')."""
    return bool(_plan_words("said").search(clause))


@cache
def _relative_years() -> list[tuple[re.Pattern[str], int]]:
    found: dict[str, list[str]] = load_rules("questions.json")["relative_years"]
    return [(any_word(words), int(shift)) for shift, words in found.items() if not shift.startswith("_")]


def year_shift(question: str) -> int | None:
    """How many years from its story's date a question's year is ('last yr' → -1), when it gives one that way.

    >>> year_shift("who spent more on dc lobbying last yr"), year_shift("sales this year"), year_shift("in 2024")
    (-1, 0, None)
    """
    return next((shift for pattern, shift in _relative_years() if pattern.search(question)), None)


def asks_the_day(question: str) -> bool:
    """'exact date of the lee-trump summit': the day itself is asked, not the month.

    >>> asks_the_day("exact date of the lee - trump summit in aug 2025?"), asks_the_day("when was the summit")
    (True, False)
    """
    return bool(listed_words("day_asked").search(question))
