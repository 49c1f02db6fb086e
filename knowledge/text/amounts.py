"""Money amounts as written ('$350 billion', 'up to $4.745 billion', '2.5bn') and in whole USD."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SCALE = {
    "trillion": 10**12,
    "tn": 10**12,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "million": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "m": 10**6,
    "thousand": 10**3,
    "k": 10**3,
}
_QUALIFIER = (
    r"(?:(?:more than|over|up to|about|around|nearly|almost|roughly|approximately|an estimated|at least|some)\s+)?"
)
AMOUNT = re.compile(
    rf"(?P<q>{_QUALIFIER})(?:(?:US|U\.S\.)\s?\$|\$|USD\s?)\s?(?P<n>\d(?:[\d,]*\d)?(?:\.\d+)?)"
    r"(?:\s*(?P<s>trillion|billion|million|thousand|tn|bn|mn|mln|m|b|k)\b)?",
    re.IGNORECASE,
)
# Queries write amounts without a currency sign: '2.5bn', '350 billion'.
BARE_AMOUNT = re.compile(
    r"(?:\$\s?)?(?P<n>\d(?:[\d,]*\d)?(?:\.\d+)?)\s*(?P<s>trillion|billion|million|tn|bn|mn|mln|m|b)\b", re.IGNORECASE
)


# '512.3 billion won', '1.5 trillion won ($1.1 billion)': a won amount, with the dollars the text gives.
WON_AMOUNT = re.compile(
    rf"(?P<q>{_QUALIFIER})(?P<n>\d(?:[\d,]*\d)?(?:\.\d+)?)\s*(?P<s>trillion|billion|million|thousand)?\s+won\b"
    r"(?:\s*\(\s*(?P<usd>(?:about\s+|some\s+|around\s+)?(?:(?:US|U\.S\.)\s?\$|\$)\s?[^()]{1,30}?)\s*\))?",
    re.IGNORECASE,
)


# 'committing billions', 'billions of dollars' (but not 'millions of jobs'): money the text does not count.
VAGUE_AMOUNT = re.compile(r"(?<![\w$])(?:(?:tens|hundreds) of )?(?:billions|millions)(?: of dollars\b|(?! of \w)\b)")


@dataclass(frozen=True)
class Amount:
    text: str
    usd: int | None  # None for an amount in another currency whose dollars the text does not give
    start: int
    end: int


def to_usd(number: str, scale: str | None) -> int:
    """Whole dollars from a number and its scale word.

    >>> to_usd("4.745", "billion")
    4745000000
    """
    value = float(number.replace(",", ""))
    return round(value * _SCALE.get((scale or "").lower(), 1))


def find_amounts(text: str) -> list[Amount]:
    """Dollar amounts in ``text``, with their qualifier ('up to') kept in the written form.

    >>> [(a.text, a.usd) for a in find_amounts("invest $350 billion, and up to $2.5bn")]
    [('$350 billion', 350000000000), ('up to $2.5bn', 2500000000)]
    >>> [(a.text, a.usd) for a in find_amounts("512.3 billion won, and 1.5 trillion won ($1.1 billion)")]
    [('512.3 billion won', None), ('1.5 trillion won ($1.1 billion)', 1100000000)]
    """
    out: list[Amount] = []
    if "illions" in text:  # 'committing billions': an amount the text does not count
        out += [Amount(m.group(0), None, m.start(), m.end()) for m in VAGUE_AMOUNT.finditer(text)]
    if "$" not in text and "USD" not in text and " won" not in text:
        return out  # every other amount this reads has a dollar sign, 'USD' or 'won'
    taken: list[tuple[int, int]] = []
    # A won amount names the won (in any case): a sentence with a dollar sign alone is not scanned for one.
    for m in WON_AMOUNT.finditer(text) if "won" in text.lower() else ():
        dollars = AMOUNT.search(m["usd"]) if m["usd"] else None
        usd = to_usd(dollars["n"], dollars["s"]) if dollars else None
        out.append(Amount(m.group(0).strip(), usd, m.start(), m.end()))
        taken.append(m.span())
    for m in AMOUNT.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):  # '($1.1 billion)' after won is that amount's
            out.append(Amount(m.group(0).strip(), to_usd(m["n"], m["s"]), m.start(), m.end()))
    return sorted(out, key=lambda a: a.start)


def find_bare_amounts(text: str) -> list[int]:
    """Amounts in a question, with or without '$': '2.5bn' → 2500000000."""
    return [to_usd(m["n"], m["s"]) for m in BARE_AMOUNT.finditer(text)]
