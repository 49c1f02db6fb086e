"""A document's publication date: the first date with day, month and year in its header lines.

Kept apart from ``knowledge.text.dates`` (dates in running text, resolved against this one).
"""

from __future__ import annotations

import re
from datetime import date

from knowledge.text.dates import day_group, month_group, month_number, year_group

_FULL_DATE = [
    re.compile(rf"\b{month_group('m1')}\s+{day_group('d1')},?\s+{year_group('y')}"),
    re.compile(rf"\b{day_group('d1')}\s+{month_group('m1')},?\s+{year_group('y')}"),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d1>[0-3]\d)\b"),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)[./](?P<mo>[01]?\d)[./](?P<d1>[0-3]?\d)\b"),  # '2024.10.16', Korean style
]


def parse_full_date(text: str) -> date | None:
    """The first date with day, month and year in ``text``.

    >>> parse_full_date("Published: 11 Dec. 2025, 12:25")
    datetime.date(2025, 12, 11)
    """
    best: tuple[int, date] | None = None
    for pattern in _FULL_DATE:
        m = pattern.search(text)
        if not m:
            continue
        month = int(m["mo"]) if "mo" in m.groupdict() else month_number(m["m1"])
        try:
            value = date(int(m["y"]), month, int(m["d1"]))
        except ValueError:
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), value)
    return best[1] if best else None
