"""Dates that stretch or follow: 'a four-day visit beginning Sunday', 'Friday, December 8 and Saturday,
December 9', 'the following year' after a year named earlier."""

from __future__ import annotations

import re
from datetime import date, timedelta

from knowledge.text.date_mention import DateMention
from knowledge.text.relative_dates import COUNT, count

_FOLLOWING_YEAR = re.compile(r"\b(?:the following year|the next year|the year after|a year later)\b", re.IGNORECASE)


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


_MULTI_DAY = re.compile(rf"\b{COUNT}-day\b[^.;]{{0,60}}$", re.IGNORECASE)


def day_spans(text: str, found: list[DateMention], offset: int) -> list[DateMention]:
    """Days that make a span: 'a four-day visit beginning Sunday', 'Friday, December 8 and Saturday, December 9'."""
    out: list[DateMention] = []
    for mention in found:
        previous = out[-1] if out else None
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
