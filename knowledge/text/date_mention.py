"""A date found in text: its ISO value, precision and place (shared by the date readers)."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.models import Precision


@dataclass(frozen=True)
class DateMention:
    """One date found in text: the ISO value, its precision and where it stood."""

    iso: str
    precision: Precision
    start: int
    end: int
    text: str
