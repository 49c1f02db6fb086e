"""Finding dates in text and resolving them to ISO strings with a precision.

Documents write dates in many ways ('October 16, 2020', '11 Dec. 2025',
'October 19-22', 'in late October', 'on Wednesday', 'in 2019'). Dates without a
year, and weekdays, are resolved against a base date passed in (the document's
publication date), never against the clock, so extraction is reproducible.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import cache

from knowledge.models import Precision
from knowledge.text.date_mention import DateMention as DateMention
from knowledge.text.date_spans import day_spans, following_year
from knowledge.text.guarded import holds_any
from knowledge.text.relative_dates import (
    COUNT,
    ago,
    infer_year,
    next_span,
    relative_day,
    relative_month,
    relative_year,
    since_span,
    tense_base,
    week,
    weekday,
)

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_MONTH = (
    r"(?P<{n}>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])"
)
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<{n}>(?:18|19|20)\d\d)(?!\d)"
_DASH = r"\s*(?:-|–|—|to|through|until)\s*"


def _m(name: str) -> str:
    return _MONTH.format(n=name)


def _d(name: str) -> str:
    return _DAY.format(n=name)


def _y(name: str) -> str:
    return _YEAR.format(n=name)


def _month(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _iso_day(year: int | None, month: int, day: int) -> str | None:
    """ISO day; without a known year, the ISO 8601 form '--MM-DD' keeps what the text does say."""
    try:
        if year is None:
            date(2000, month, day)  # validates the day (2000 is a leap year)
            return f"--{month:02d}-{day:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _iso_month(year: int | None, month: int) -> str:
    """ISO month; without a known year, '--MM' (October, year not stated) rather than a guessed year."""
    return f"--{month:02d}" if year is None else f"{year:04d}-{month:02d}"


Handler = Callable[[re.Match[str], date | None], tuple[str, Precision] | None]


def _range_same_month(m: re.Match[str], base: date | None) -> tuple[str, Precision] | None:
    month = _month(m["m1"])
    d1, d2 = int(m["d1"]), int(m["d2"])
    year = int(m["y"]) if m["y"] else infer_year(month, d1, base)
    a, b = _iso_day(year, month, d1), _iso_day(year, month, d2)
    if a is None or b is None or b < a:
        return None
    return f"{a}/{b}", "range"


def _range_two_months(m: re.Match[str], base: date | None) -> tuple[str, Precision] | None:
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    d1, d2 = int(m["d1"]), int(m["d2"])
    year = int(m["y"]) if m["y"] else infer_year(m1, d1, base)
    a = _iso_day(year, m1, d1)
    b = _iso_day(None if year is None else year + (1 if m2 < m1 else 0), m2, d2)
    if a is None or b is None:
        return None
    return f"{a}/{b}", "range"


def _month_day_year(m: re.Match[str], base: date | None) -> tuple[str, Precision] | None:
    iso = _iso_day(int(m["y"]), _month(m["m1"]), int(m["d1"]))
    return (iso, "day") if iso else None


def _iso(m: re.Match[str], base: date | None) -> tuple[str, Precision] | None:
    iso = _iso_day(int(m["y"]), int(m["mo"] or m["mo2"]), int(m["d1"]))
    return (iso, "day") if iso else None


def _month_day(m: re.Match[str], base: date | None) -> tuple[str, Precision] | None:
    month, day = _month(m["m1"]), int(m["d1"])
    iso = _iso_day(infer_year(month, day, base), month, day)
    return (iso, "day") if iso else None


def _month_year(m: re.Match[str], base: date | None) -> tuple[str, Precision] | None:
    return f"{int(m['y']):04d}-{_month(m['m1']):02d}", "month"


def _month_only(m: re.Match[str], base: date | None) -> tuple[str, Precision] | None:
    month = _month(m["m1"])
    iso = _iso_month(infer_year(month, 1, base), month)
    return (iso, "month") if iso else None


def _quarter_end(m: re.Match[str], base: date | None) -> tuple[str, Precision] | None:
    month = {"first": 3, "second": 6, "third": 9, "fourth": 12}[m["q"]]
    last = (date(int(m["y"]) + month // 12, month % 12 + 1, 1) - timedelta(days=1)).isoformat()
    return last, "day"


def _year(m: re.Match[str], base: date | None) -> tuple[str, Precision] | None:
    return m["y"], "year"


def _month_relative_year(m: re.Match[str], base: date | None) -> tuple[str, Precision] | None:
    """'April next year', 'in October of last year': a month of a year counted from publication."""
    if base is None:
        return None
    year = base.year + {"this": 0, "next": 1, "last": -1}[m["rel"].lower()]
    return f"{year:04d}-{_month(m['m1']):02d}", "month"


_WEEKDAY_PREFIX = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_PATTERNS: list[tuple[re.Pattern[str], Handler, tuple[str, ...]]] = [
    (
        re.compile(rf"\b{_m('m1')}\s+{_d('d1')}{_DASH}{_m('m2')}\s+{_d('d2')}(?:,?\s+{_y('y')})?"),
        _range_two_months,
        ("month", "digit"),
    ),
    (
        re.compile(rf"\b(?:[Ff]rom\s+)?{_m('m1')}\s+{_d('d1')}{_DASH}{_d('d2')}(?:,?\s+{_y('y')})?"),
        _range_same_month,
        ("month", "digit"),
    ),
    (re.compile(rf"\b{_WEEKDAY_PREFIX}{_m('m1')}\s+{_d('d1')},?\s+{_y('y')}"), _month_day_year, ("month", "year")),
    (re.compile(rf"\b{_d('d1')}\s+{_m('m1')},?\s+{_y('y')}"), _month_day_year, ("month", "year")),
    (
        re.compile(r"\b(?P<y>(?:19|20)\d\d)(?:-(?P<mo>[01]\d)-|[./](?P<mo2>[01]?\d)[./])(?P<d1>[0-3]?\d)\b"),
        _iso,
        ("digit", "year"),
    ),
    (re.compile(rf"\b{_WEEKDAY_PREFIX}{_m('m1')}\s+{_d('d1')}(?![\d,]*\s*\d{{4}})"), _month_day, ("month", "digit")),
    (re.compile(rf"\b{_d('d1')}\s+{_m('m1')}(?!,?\s*\d)"), _month_day, ("month", "digit")),
    (re.compile(rf"\b{_m('m1')},?\s+(?:of\s+)?{_y('y')}"), _month_year, ("month", "year")),
    (
        re.compile(rf"\b{_m('m1')},?\s+(?:of\s+)?(?P<rel>[Nn]ext|[Ll]ast|[Tt]his)\s+year\b"),
        _month_relative_year,
        ("month", "w:year"),
    ),
    # 'an August summit', 'the May leaders’ summit', 'the April general elections': a month naming an event.
    (
        re.compile(rf"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)|[’']s)\s+{_m('m1')}(?=\s+[a-z])(?!\s+(?:be|have|not)\b)"),
        _month_only,
        ("month",),
    ),
    # 'as of the end of the third quarter of 2025': the quarter's last day.
    (
        re.compile(rf"\bthe end of the (?P<q>first|second|third|fourth) quarter of {_y('y')}"),
        _quarter_end,
        ("digit", "year", "w:quarter"),
    ),
    (
        re.compile(
            rf"\b(?:in|during|since|until|by|through|throughout|before|after|of|last|next|this)\s+"
            rf"(?:(?:early|late|mid|mid-|the end of|the beginning of)\s*)?{_m('m1')}(?!\s*\d)"
        ),
        _month_only,
        ("month",),
    ),
    (
        re.compile(
            rf"\b(?:[Ii]n|[Bb]y|[Dd]uring|[Ss]ince|[Uu]ntil|[Tt]hrough|no later than|[Aa]s of|[Ff]rom|[Bb]efore)\s+"
            rf"(?:(?:early|late|mid|mid-)\s*|the (?:end|beginning|start|middle|first half|second half|first quarter|"
            rf"second quarter|third quarter|fourth quarter|(?:spring|summer|fall|autumn|winter)"
            rf"(?:\s+(?:semester|term|season))?) of\s+)?{_y('y')}(?![-\d])"
        ),
        _year,
        ("digit", "year"),
    ),
    (
        re.compile(
            # 'said Tuesday': the verb marks the weekday as a date but stays in the event ('Samsung said it will …').
            r"(?:\b(?:[Oo]n|last|this past|this|next|beginning|starting|from|until|through|by|since)\s+|(?<=said )"
            r"|(?<=says )|(?<=announced )|(?<=told reporters )|(?<=agreed ))"
            r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
        weekday,
        ("weekday",),
    ),
    (
        re.compile(
            r"\b(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+|(?:the (?:end|beginning|start|middle|first half|"
            r"second half) of)\s+)?(?:(?P<rel>[Tt]his|[Nn]ext|[Ll]ast)|(?<=of )the)\s+year\b"
        ),
        relative_year,
        ("relative", "w:year"),
    ),
    (re.compile(r"\b(?P<rel>[Tt]his|[Nn]ext|[Ll]ast)\s+month\b"), relative_month, ("relative", "w:month")),
    # 'This spring we celebrated': a season of the publication's year ('last winter' may be either year).
    (
        re.compile(r"\b(?P<rel>[Tt]his)\s+(?:spring|summer|fall|autumn|winter)\b"),
        relative_year,
        ("relative", "w:season"),
    ),
    # 'fifteen months ago'; 'more than 70 years ago' is a round figure, not a date.
    (
        re.compile(
            rf"(?<!more than )(?<!over )(?<!nearly )(?<!almost )(?<!about )(?<!some )\b{COUNT}\s+"
            rf"(?P<unit>years?|months?|weeks?|days?)\s+ago\b",
            re.IGNORECASE,
        ),
        ago,
        ("relative", "w:ago"),
    ),
    # 'three weeks since arriving': the span's start, an event in itself (SINCE_SPAN: what the span holds).
    (
        re.compile(rf"\b{COUNT}\s+(?P<unit>years?|months?|weeks?|days?)\s+since(?=\s+[a-z]+ing\b)", re.IGNORECASE),
        since_span,
        ("relative", "w:since"),
    ),
    (
        re.compile(
            rf"\b(?:over|within|in|during)\s+the\s+(?:next|coming)\s+{COUNT}"
            rf"(?:\s*(?:to|-|–|or)\s*(?P<n2>\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten))?\s+"
            rf"(?P<unit>years?|months?)\b",
            re.IGNORECASE,
        ),
        next_span,
        ("relative", "w:next"),
    ),
    (
        re.compile(r"\b(?P<early>(?:[Ee]arlier|[Ee]arly)\s+)?(?P<rel>[Tt]his|[Nn]ext|[Ll]ast)\s+week\b"),
        week,
        ("relative", "w:week"),
    ),
    # 'the 2017 deployment': a year naming an event.
    (re.compile(rf"\b[Tt]he\s+{_y('y')}(?=\s+[a-z])"), _year, ("digit", "year")),
    (re.compile(r"\b(?P<rel>[Tt]oday|[Yy]esterday|[Tt]omorrow)\b(?![’']s)"), relative_day, ("relative", "w:today")),
]


_AND_MONTH = re.compile(rf"\s+and\s+{_m('m1')}(?!\s*\d)")


def _and_month(text: str, end: int, base: date | None) -> Iterator[tuple[int, int, str]]:
    """'in August and October': the second month shares the first one's preposition."""
    m = _AND_MONTH.match(text, end)
    if m:
        month = _month(m["m1"])
        iso = _iso_month(infer_year(month, 1, base), month)
        if iso:
            yield m.start("m1"), m.end(), iso


# What each pattern cannot match without (the third item of each entry above): cheap substring tests per
# sentence, so a sentence runs only the patterns it could match. Most sentences name no month, many hold no
# year; a month or weekday pattern is case-sensitive, so its capitalised stem must be there as written.
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_RELATIVE_WORDS = ("year", "month", "week", "ago", "today", "yesterday", "tomorrow", "this ", "since")
# A word a relative pattern holds literally, and whether the pattern ignores case (then it is looked for in
# lower case); read only when a relative word is there, as no such pattern runs without one.
_RELATIVE_CUES: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("w:month", ("month",), False),
    ("w:week", ("week",), False),
    ("w:season", ("spring", "summer", "fall", "autumn", "winter"), False),
    ("w:ago", ("ago",), True),
    ("w:since", ("since",), True),
    ("w:next", ("next", "coming"), True),
    ("w:today", ("today", "yesterday", "tomorrow"), True),
)
_DIGIT = re.compile(r"\d")
_YEAR_DIGITS = re.compile(r"(?:18|19|20)\d\d")
_MONTH_NAME = re.compile(_m("m1"))
_WEEKDAY_NAME = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _present(text: str) -> frozenset[str]:
    # Plain loops rather than any(), and a cue looked for only where a pattern could need it: this runs for
    # every sentence of every document.
    present = []
    if _DIGIT.search(text):
        present.append("digit")
        if _YEAR_DIGITS.search(text):
            present.append("year")
            if "quarter" in text:
                present.append("w:quarter")  # only the quarter pattern, which needs a year, reads it
    # A stem is often no month ('Market', 'decision'): every month pattern holds the month group itself.
    if holds_any(text, _MONTH_STEMS) and _MONTH_NAME.search(text):
        present.append("month")
    if "day" in text and _WEEKDAY_NAME.search(text):  # every weekday name ends so
        present.append("weekday")
    if "year" in text:
        present.append("w:year")
    lowered = text.lower()
    if holds_any(lowered, _RELATIVE_WORDS):
        present.append("relative")
        for cue, words, ignore_case in _RELATIVE_CUES:
            if holds_any(lowered if ignore_case else text, words):
                present.append(cue)
    return frozenset(present)


@cache
def _patterns_for(present: frozenset[str]) -> tuple[tuple[re.Pattern[str], Handler], ...]:
    """The patterns a sentence could match, in their order of precedence."""
    return tuple((p, h) for p, h, needs in _PATTERNS if present.issuperset(needs))


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a span already taken (spans kept sorted and apart, so two neighbours tell)."""
    i = bisect.bisect_left(taken, (start, end))
    return any(t_start < end and start < t_end for t_start, t_end in taken[max(0, i - 1) : i + 1])


def find_dates(text: str, base: date | None = None, offset: int = 0) -> list[DateMention]:
    """All dates in ``text``, left to right, without overlaps; offsets are shifted by ``offset``.

    >>> [d.iso for d in find_dates("on Wednesday", date(2025, 12, 11))]
    ['2025-12-10']
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    present = _present(text)
    if not present:
        return found
    for pattern, handler in _patterns_for(present):
        for m in pattern.finditer(text):
            start, end = m.span()
            if _overlaps(taken, start, end):
                continue
            resolved = handler(m, tense_base(text, start, base))
            if resolved is None or resolved[0] is None:
                continue
            iso, precision = resolved
            bisect.insort(taken, (start, end))
            found.append(DateMention(iso, precision, start + offset, end + offset, m.group(0)))
            if handler is _month_only:
                for s, e, iso2 in _and_month(text, end, base):
                    bisect.insort(taken, (s, e))
                    found.append(DateMention(iso2, "month", s + offset, e + offset, text[s:e]))
    return following_year(text, day_spans(text, sorted(found, key=lambda d: d.start), offset), offset)


# The pattern pieces other date readers build on (knowledge.text.full_dates).
month_group, day_group, year_group, month_number = _m, _d, _y, _month
