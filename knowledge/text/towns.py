"""Towns as documents write them: a capitalised name before its state or country ('Lorain, Ohio', 'Queen Creek,
Arizona'). The states and countries are data (places.json)."""

from __future__ import annotations

import re
from functools import cache

from knowledge.rules import load_rules


@cache
def region_names() -> re.Pattern[str]:
    """A state's or a country's name, as it follows a town's ('Lorain, Ohio')."""
    places = load_rules("places.json")
    names = sorted({n for key in ("countries", "us_states") for n in places[key]}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(n) for n in names) + r")\b")


@cache
def _town() -> re.Pattern[str]:
    return re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+(?=" + region_names().pattern + ")")


def towns_in(text: str) -> list[str]:
    """The towns a text places before their state or country.

    >>> towns_in("LG Energy Solution will build a complex in Queen Creek, Arizona, and a plant in Lorain, Ohio.")
    ['Queen Creek', 'Lorain']
    """
    return [m.group(1) for m in _town().finditer(text)]
