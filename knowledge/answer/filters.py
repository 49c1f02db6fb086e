"""Filters a pledge list question carries: 'above $500 million', 'under $1bn', 'since 2022', 'before 2021',
'in 2024'. They are read off the question, and what is left is the topic to match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from knowledge.answer.index import Fact
from knowledge.models import Pledge
from knowledge.text.amounts import to_usd

_MONEY = r"\$?\s?(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<s>trillion|billion|million|thousand|tn|bn|mn|m|b|k)?\b"
_ABOVE = re.compile(rf"\b(?:above|over|more than|at least|greater than|exceeding|upwards of)\s+{_MONEY}", re.I)
_ABOVE_AFTER = re.compile(
    r"\$\s?(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<s>trillion|billion|million|thousand|tn|bn|mn|m|b|k)?"
    r"\s*(?:\+|\bor more\b|\band up\b)",
    re.I,
)
"""'$1b+ deals', '$500m or more': the bound written after the figure."""
_BELOW = re.compile(rf"\b(?:below|under|less than|at most|up to)\s+{_MONEY}", re.I)
_SINCE = re.compile(r"\b(?:since|after|from)\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_UNTIL = re.compile(r"\b(?:before|until|through|up to)\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_IN = re.compile(r"\bin\s+(?P<y>(?:19|20)\d\d)\b", re.I)


@dataclass(frozen=True)
class PledgeFilter:
    """Bounds on a pledge's amount (whole dollars) and on the year it was made or reported."""

    min_usd: int | None = None
    max_usd: int | None = None
    since: int | None = None
    until: int | None = None

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.min_usd, self.max_usd, self.since, self.until))

    @property
    def beyond_one_year(self) -> bool:
        """Bounds more than the one year a question names ('over $1B', 'since 2022'; not 'in 2023', which says
        when, as any question may)."""
        return self.min_usd is not None or self.max_usd is not None or self.since != self.until

    def keeps(self, pledge: Pledge, reported: str | None) -> bool:
        """Whether a pledge passes; one without an amount fails an amount bound, one without a date a year bound."""
        amount = pledge.amount_usd
        if self.min_usd is not None and (amount is None or amount < self.min_usd):
            return False
        if self.max_usd is not None and (amount is None or amount > self.max_usd):
            return False
        when = (pledge.date or reported or "")[:4]
        year = int(when) if when.isdigit() else None
        if self.since is not None and (year is None or year < self.since):
            return False
        return not (self.until is not None and (year is None or year > self.until))


def parse_filters(text: str) -> tuple[PledgeFilter, str]:
    """The filters in ``text`` and the text without them.

    >>> parse_filters("pledges above $500 million since 2022 by Hanwha")
    (PledgeFilter(min_usd=500000000, max_usd=None, since=2022, until=None), 'pledges by Hanwha')
    >>> parse_filters("which cos announced $1b+ deals")[0].min_usd
    1000000000
    """
    values: dict[str, int | None] = {}
    for key, pattern in (("min_usd", _ABOVE), ("max_usd", _BELOW)):
        m = pattern.search(text) or (_ABOVE_AFTER.search(text) if key == "min_usd" else None)
        if m:
            values[key] = to_usd(m["n"], m["s"] or ("million" if float(m["n"].replace(",", "")) < 1000 else None))
            text = text[: m.start()] + text[m.end() :]
    for key, pattern in (("since", _SINCE), ("until", _UNTIL)):
        m = pattern.search(text)
        if m:
            values[key] = int(m["y"])
            text = text[: m.start()] + text[m.end() :]
    m = _IN.search(text)
    if m and "since" not in values and "until" not in values:
        values["since"] = values["until"] = int(m["y"])
        text = text[: m.start()] + text[m.end() :]
    return PledgeFilter(**values), re.sub(r"\s+", " ", text).strip()


def in_document(document: str, also: Callable[[Fact], bool] | None) -> Callable[[Fact], bool]:
    """A fact filter keeping facts read in ``document`` (and passing ``also``, when given)."""

    def keep(fact: Fact) -> bool:
        return any(s.document == document for s in fact.sources) and (also is None or also(fact))

    return keep
