"""Dates counted from the publication date: 'on Tuesday', 'last week', 'fifteen months ago', and the tense
that says whether a date written without its year lies ahead of publication or behind it.

Everything here resolves against a base date passed in (the document's publication date), never the clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from knowledge.models import Precision
from knowledge.rules import load_rules
from knowledge.rules.rulebook import rulebook
from knowledge.text.guarded import initials_first

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def infer_year(month: int, day: int, base: date | None) -> int | None:
    """The year of a month/day written without one, read as near the base date.

    >>> infer_year(10, 18, date(2025, 12, 11))
    2025
    """
    if base is None:
        return None
    try:
        candidate = date(base.year, month, min(day, 28) if month == 2 else day)
    except ValueError:
        return None
    if isinstance(base, FutureBase):
        # 'will send a delegation in January', written in November: the coming January.
        return base.year + 1 if base.toordinal() - candidate.toordinal() > 31 else base.year
    if isinstance(base, PastBase):
        return base.year - 1 if candidate > base else base.year
    # News looks back: a date more than half a year after publication is last year's.
    return base.year - 1 if candidate - base > timedelta(days=183) else base.year


class FutureBase(date):
    """The publication date, for a sentence about what will happen: dates without a year lie ahead."""


class PastBase(date):
    """The publication date, for a date a past verb governs: dates without a year lie behind."""


@cache
def _future() -> re.Pattern[str]:
    """'will', 'plans to', 'is scheduled': a date these govern lies ahead (cues in rules/dates.json)."""
    cues = rulebook().future_cues
    return re.compile(initials_first(cues) + r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.IGNORECASE)


@cache
def _past() -> re.Pattern[str]:
    """A past verb between the future cue and the date dates a past event: 'will join the dialogue announced in
    April', 'is moving forward with plans to build …, it said on Jan. 29'."""
    cues = rulebook().past_cues
    return re.compile(initials_first(cues) + r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.IGNORECASE)


def tense_base(text: str, start: int, base: date | None) -> date | None:
    """The base for the date at ``start``: ahead when a future cue governs it, as published otherwise."""
    if base is None:
        return None
    future = None
    for m in _future().finditer(text, max(0, start - 200), start):
        future = m
    if future is None:
        future = _future().search(text, start, start + 200)
        # 'after it was raised during Lee's November summit … and will continue': the past verb before it rules.
        governed = (
            future is not None
            and not _past().search(text, start, future.start())
            and not _past().search(text, max(0, start - 30), start)
        )
    else:
        governed = not _past().search(text, future.end(), start)
    if governed:
        return FutureBase(base.year, base.month, base.day)
    if _past().search(text, max(0, start - 60), start):
        return PastBase(base.year, base.month, base.day)  # 'announced during the state visit in April'
    return base


_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "eighteen": 18,
    "twenty": 20,
}
COUNT = r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty)"


def count(token: str) -> int:
    return int(token) if token.isdigit() else _NUMBER_WORDS[token.lower()]


def shift_months(base: date, months: int) -> str:
    index = base.year * 12 + base.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def relative_year(m: re.Match[str], base: date | None) -> tuple[str, Precision] | None:
    """'earlier this year', 'the first half of next year', 'last year': a year counted from publication."""
    if base is None:
        return None
    return str(base.year + {"this": 0, "next": 1, "last": -1}[(m["rel"] or "this").lower()]), "year"


def relative_day(m: re.Match[str], base: date | None) -> tuple[str, Precision] | None:
    """'today', 'yesterday', 'tomorrow': the publication day, or the day before or after it."""
    if base is None:
        return None
    shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[m["rel"].lower()]
    return (base + timedelta(days=shift)).isoformat(), "day"


def relative_month(m: re.Match[str], base: date | None) -> tuple[str, Precision] | None:
    """'next month', 'last month': a month counted from publication."""
    if base is None:
        return None
    index = base.year * 12 + base.month - 1 + {"this": 0, "next": 1, "last": -1}[m["rel"].lower()]
    return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"


def weekday(m: re.Match[str], base: date | None) -> tuple[str, Precision] | None:
    if base is None:
        return None
    wanted = WEEKDAYS.index(m["wd"].lower())
    if isinstance(base, FutureBase):  # 'they will meet on Wednesday': the coming one
        return (base + timedelta(days=(wanted - base.weekday()) % 7)).isoformat(), "day"
    # Reports speak of the most recent such day, on or before publication.
    return (base - timedelta(days=(base.weekday() - wanted) % 7)).isoformat(), "day"


def _years_or_months_back(m: re.Match[str], base: date) -> tuple[str, Precision] | None:
    """A count of years or months back from publication, as the year or month it lands in."""
    n, unit = count(m["n"]), m["unit"].lower().rstrip("s")
    if unit == "year":
        return str(base.year - n), "year"
    if unit == "month":
        return shift_months(base, -n), "month"
    return None


def _days_back(m: re.Match[str], base: date) -> date:
    """A count of weeks or days back from publication, as the day it lands on."""
    return base - timedelta(days=count(m["n"]) * (7 if m["unit"].lower().startswith("week") else 1))


def ago(m: re.Match[str], base: date | None) -> tuple[str, Precision] | None:
    """'fifteen months ago', 'two years ago': counted back from publication."""
    if base is None:
        return None
    return _years_or_months_back(m, base) or (_days_back(m, base).isoformat(), "day")


def since_span(m: re.Match[str], base: date | None) -> tuple[str, Precision] | None:
    """'a busy three weeks since arriving': the event the span starts from, counted back from publication; a
    count of weeks or months gives that event's month, of days its day, of years its year.

    >>> since_span(re.match(rf"{COUNT} (?P<unit>weeks)", "three weeks"), date(2022, 7, 25))
    ('2022-07', 'month')
    """
    if base is None:
        return None
    coarse = _years_or_months_back(m, base)
    if coarse is not None:
        return coarse
    start = _days_back(m, base)
    return (start.isoformat(), "day") if m["unit"].lower().startswith("day") else (start.isoformat()[:7], "month")


def next_span(m: re.Match[str], base: date | None) -> tuple[str, Precision] | None:
    """'over the next six months', 'within the next two years': the end of the span, from publication."""
    if base is None:
        return None
    n, unit = count(m["n"]), m["unit"].lower().rstrip("s")
    if m["n2"]:  # 'within the next 5 to 7 years': a span of ends
        n2 = count(m["n2"])
        if unit == "year":
            return f"{base.year + n}/{base.year + n2}", "range"
        return f"{shift_months(base, n)}/{shift_months(base, n2)}", "range"
    return (str(base.year + n), "year") if unit == "year" else (shift_months(base, n), "month")


def week(m: re.Match[str], base: date | None) -> tuple[str, Precision] | None:
    """'earlier this week', 'last week', 'next week': Monday to Sunday of that week (up to the day before
    publication for 'earlier this week')."""
    if base is None:
        return None
    monday = base - timedelta(days=base.weekday())
    rel = m["rel"].lower()
    if rel == "this" and m["early"]:
        end = base - timedelta(days=1)
        return (f"{monday.isoformat()}/{end.isoformat()}", "range") if end > monday else (monday.isoformat(), "day")
    monday += timedelta(days={"this": 0, "next": 7, "last": -7}[rel])
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}", "range"


@cache
def _years_counted() -> tuple[re.Pattern[str], dict[str, int]]:
    counted = {k: v for k, v in load_rules("dates.json")["years_counted"].items() if not k.startswith("_")}
    return re.compile(r"\b(" + "|".join(re.escape(k) for k in counted) + r")\b", re.I), counted


def years_counted(text: str, issued_year: int) -> set[str]:
    """The years a sentence names by counting from its story's ('next year' in a 2025 story: '2026').

    >>> years_counted("Both brands plan aggressive expansion next year.", 2025)
    {'2026'}
    """
    pattern, counted = _years_counted()
    return {str(issued_year + counted[m.group(1).lower()]) for m in pattern.finditer(text)}
