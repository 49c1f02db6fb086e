"""Dates that stretch or follow: 'a four-day visit beginning Sunday', 'Friday, December 8 and Saturday,
December 9', 'the following year' after a year named earlier."""

from __future__ import annotations

import re
from datetime import date, timedelta

from knowledge.text.date_mention import DateMention
from knowledge.text.relative_dates import COUNT, count

_FOLLOWING_YEAR = re.compile(
    r"(?=[ta])\b(?:the following year|the next year|the year after|a year later)\b", re.IGNORECASE
)  # initials first: a scan tests one character per position


def following_year(text: str, found: list[DateMention], offset: int) -> list[DateMention]:
    """'Talks began in 2023 and the deal was signed the following year': the year after the one named before."""
    if "year" not in text:
        return found
    out = list(found)
    for m in _FOLLOWING_YEAR.finditer(text):
        earlier = [d for d in found if d.end - offset <= m.start() and d.iso[:4].isdigit()]
        if earlier and not any(d.start - offset <= m.start() < d.end - offset for d in found):
            year = int(earlier[-1].iso[:4]) + 1
            out.append(DateMention(str(year), "year", m.start() + offset, m.end() + offset, m.group(0)))
    return sorted(out, key=lambda d: d.start)


_SPAN_FROM = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_SPAN_TO = re.compile(r",?\s+(?:through|thru|to|until|till|and)\s+", re.IGNORECASE)


def _from_to(text: str, previous: DateMention | None, mention: DateMention, offset: int) -> DateMention | None:
    """'from January 2024 through Dec. 31, 2025': one span from the first date to the second."""
    if previous is None or previous.precision == "range" or "--" in (previous.iso[:2], mention.iso[:2]):
        return None
    if not _SPAN_FROM.search(text, max(0, previous.start - offset - 10), previous.start - offset):
        return None
    if not _SPAN_TO.fullmatch(text, previous.end - offset, mention.start - offset) or mention.iso <= previous.iso:
        return None
    return DateMention(
        f"{previous.iso}/{mention.iso}", "range", previous.start, mention.end, f"{previous.text} to {mention.text}"
    )


_MULTI_DAY = re.compile(rf"\b{COUNT}-day\b[^.;]{{0,60}}$", re.IGNORECASE)


def day_spans(text: str, found: list[DateMention], offset: int) -> list[DateMention]:
    """Days that make a span: 'a four-day visit beginning Sunday', 'Friday, December 8 and Saturday, December 9'."""
    out: list[DateMention] = []
    for mention in found:
        previous = out[-1] if out else None
        span = _from_to(text, previous, mention, offset)
        if span is not None:
            out[-1] = span
            continue
        if (
            previous is not None
            and mention.precision == previous.precision == "day"
            and re.fullmatch(r",?\s+and\s+", text[previous.end - offset : mention.start - offset])
            and not previous.iso.startswith("--")
            and not mention.iso.startswith("--")
            and 0 < (date.fromisoformat(mention.iso) - date.fromisoformat(previous.iso)).days <= 7
        ):
            out[-1] = DateMention(
                f"{previous.iso}/{mention.iso}",
                "range",
                previous.start,
                mention.end,
                f"{previous.text} and {mention.text}",
            )
            continue
        multi = _MULTI_DAY.search(text, max(0, mention.start - offset - 100), mention.start - offset)
        if mention.precision == "day" and multi and not mention.iso.startswith("--"):
            first = date.fromisoformat(mention.iso)
            last = first + timedelta(days=count(multi["n"]) - 1)
            mention = DateMention(
                f"{first.isoformat()}/{last.isoformat()}", "range", mention.start, mention.end, mention.text
            )
        out.append(mention)
    return out
