"""When a question places itself in time: months ('in sept'), a clipped year after a month ('jul 24'), a date
written month/day/year ('4/26/23'). These words filter answers by date; they are not words a sentence must say.
"""

from __future__ import annotations

import re

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
    """
    months = "|".join(sorted(_MONTHS, key=len, reverse=True))
    numeric = {n for m in _NUMERIC_DATE.finditer(text) for n in m.groups()}  # '4/26/23'
    return set(re.findall(rf"\b(?:{months})[a-z]*\.?\s+'?(\d{{1,4}})\b", text.lower())) | numeric


def years_after_a_month(text: str) -> set[str]:
    """The years a question gives with a month ('sept 22', 'jul 2024', "may '21"): a clipped year is this
    century's. A day written that way ('dec 23' for the 23rd) asks a year too: a sentence of another year is
    then not taken, which errs towards silence.

    >>> sorted(years_after_a_month("the trilat in dec 23, and the one in jul 2024"))
    ['2023', '2024']
    >>> sorted(years_after_a_month("remarks on 4/26/23")), sorted(months_asked("remarks on 4/26/23"))
    (['2023'], [4])
    """
    years = set()
    numeric = {n for m in _NUMERIC_DATE.finditer(text) for n in m.groups()[:2]}  # '4/26' of '4/26/23': no years
    for number in after_a_month(text) - numeric:
        if len(number) == 2:
            years.add(f"20{number}")
        elif len(number) == 4:
            years.add(number)
    return years


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
