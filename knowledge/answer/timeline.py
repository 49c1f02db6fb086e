"""`timeline [topic] [YEAR[-YEAR]]`: the dated events, oldest first, of a topic, of some years, or all of them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from knowledge.answer.index import SearchIndex
from knowledge.answer.normalize import content_tokens
from knowledge.answer.preferences import chronological
from knowledge.answer.question_dates import YEAR
from knowledge.models import DateFact


def timeline(
    index: SearchIndex, dates_by_year: Mapping[int, Sequence[DateFact]], text: str, min_confidence: float
) -> list[DateFact]:
    """The dates a timeline shows: those matching its topic within its years, else every date of those years
    (``dates_by_year`` is kept in order, so a whole year costs no sort)."""
    years = [int(y) for y in YEAR.findall(text)]
    topic = re.sub(r"[-–]|\bto\b|\bfrom\b|\bin\b", " ", YEAR.sub(" ", text))
    low, high = (min(years), max(years)) if years else (None, None)
    if content_tokens(topic):
        hits = index.search(topic, frozenset({"date"}), limit=200, min_score=min_confidence)
        found = [h.entry.fact for h in hits if h.score >= min_confidence]
        return sorted(
            (
                d
                for d in found
                if isinstance(d, DateFact)
                and not d.date.startswith("--")
                and (low is None or low <= int(d.date[:4]) <= (high or low))
            ),
            key=chronological,
        )
    if low is not None and high is not None:
        return [d for year in range(low, high + 1) for d in dates_by_year.get(year, [])]
    return [d for year in sorted(dates_by_year) for d in dates_by_year[year]]
