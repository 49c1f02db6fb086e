"""Towns as documents write them: a capitalised name before its state or country ('Lorain, Ohio', 'Queen Creek,
Arizona'). The states and countries are data (places.json)."""

from __future__ import annotations

import re
from functools import cache

from knowledge.rules import load_rules
from knowledge.text.dates import find_dates


@cache
def region_names() -> re.Pattern[str]:
    """A state's or a country's name, as it follows a town's ('Lorain, Ohio')."""
    places = load_rules("places.json")
    names = sorted({n for key in ("countries", "us_states") for n in places[key]}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(n) for n in names) + r")\b")


@cache
def _town() -> re.Pattern[str]:
    return re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+(?=" + region_names().pattern + ")")


VENUE_WORDS = 4
"""A line of the header this short, of capitalised words only, names where remarks were given."""

DATE_LINE = 40
"""The longest a header's date line is, in characters."""

HEADER_LINES = 6
"""The opening lines of a document where its venue line stands (title, issuer, date, venue, time)."""


def towns_with_regions_in(text: str) -> list[str]:
    """The towns a text places, each with the state or country after it: where a story opens in 'Montgomery,
    Alabama', it happens in Alabama too.

    >>> towns_with_regions_in("a second plant in Montgomery, Alabama, HD Hyundai Power Transformers USA.")
    ['Montgomery, Alabama']
    >>> towns_with_regions_in("LGES will build a complex in Queen Creek, Arizona, and a plant in Lorain, Ohio.")
    ['Queen Creek, Arizona', 'Lorain, Ohio']
    """
    found = []
    for m in _town().finditer(text):
        region = region_names().match(text, m.end())
        found.append(f"{m.group(1)}, {region.group(0)}" if region else m.group(1))
    return found


def venue_lines(lines: list[str]) -> list[str]:
    """The header lines of a transcript that say where it was given ('Oval Office', 'State Dining Room'): short,
    capitalised, with no digit, right under its date line (the issuer, 'The White House', stands above it).

    >>> venue_lines(["Remarks by President Biden", "The White House", "April 26, 2023", "Oval Office", "11:16 A.M."])
    ['Oval Office']
    >>> venue_lines(["Readout of a Meeting", "The White House", "Vice President Harris met President Yoon today."])
    []
    """
    header = lines[:HEADER_LINES]
    dated = date_line(header)
    if dated is None:
        return []
    venues = []
    for line in header[dated + 1 :]:
        if not (0 < len(line.split()) <= VENUE_WORDS and all(w[:1].isupper() for w in line.split())):
            break
        if not any(ch.isdigit() for ch in line):  # '11:16 A.M. EDT' is when, not where
            venues.append(line)
    return venues


def issuer_line(lines: list[str]) -> str | None:
    """The header line naming who issued a document, right above its date line ('The White House' above 'May 21,
    2021'): short, capitalised, with no digit. The remarks or the statement under it are the issuer's.

    >>> issuer_line(["The White House", "May 21, 2021", "State Dining Room"]), issuer_line(["Clarksville", "May 21"])
    ('The White House', None)
    """
    header = lines[:HEADER_LINES]
    dated = date_line(header)
    if not dated:
        return None
    line = header[dated - 1]
    words = line.split()
    short = 0 < len(words) <= VENUE_WORDS and all(w[:1].isupper() for w in words)
    # (an issuing body: 'The White House', 'Department of State'; not a scraped 'Clarksville' weather box or 'Date')
    issuer = short and bool(set(w.lower() for w in words) & set(load_rules("places.json")["issuer_nouns"]))
    return line if issuer and not any(ch.isdigit() for ch in line) else None


def date_line(header: list[str]) -> int | None:
    """Which header line is the date line: a short one ('April 26, 2023'); a story's sentences are never read
    for one."""
    return next((i for i, line in enumerate(header) if len(line) <= DATE_LINE and find_dates(line)), None)


def transcript_date_line(lines: list[str]) -> int | None:
    """Which of a document's opening lines dates a transcript: the date line right above its venue lines,
    the day the words below were spoken. A document with no venue line is no transcript (a news story's
    dateline is when it was written, not when what it tells happened).

    >>> transcript_date_line(["Remarks by President Biden", "The White House", "April 26, 2023", "Oval Office"])
    2
    >>> transcript_date_line(["Readout of a Meeting", "The White House", "May 2, 2023", "Today, the President met"])
    """
    header = lines[:HEADER_LINES]
    return date_line(header) if venue_lines(header) else None
