"""The header lines of a document, found once per document: a transcript's date line and where the remarks were
given ('April 26, 2023', 'Oval Office'), the date line under any title ('March 29, 2023' under 'Joint Statement by
…'), and an opening sentence telling what happened 'today'. A venue question reads the venue line, a date question
naming the event the date line. Kept apart from the passage index, which only holds the sentences and searches
them."""

from __future__ import annotations

import re
from typing import NamedTuple

from knowledge.models import PassageList
from knowledge.text.towns import (
    HEADER_LINES,
    date_line,
    issuer_line,
    towns_with_regions_in,
    transcript_date_line,
    venue_lines,
)

_TODAY = re.compile(r"\b[Tt]oday\b(?![’']s)")

HEADERS_KEPT = 512
"""How many documents' headers are kept, as bounded as the index's other per-document caches."""


class _Header(NamedTuple):
    venues: list[int]
    spoken_on: int | None
    issued_on: int | None
    opened_today: int | None
    issuer: str | None


class TranscriptHeaders:
    """The venue lines, the date line and a 'today' opening heading each document of a passage list."""

    def __init__(self, passages: PassageList) -> None:
        self.passages = passages
        self._found: dict[str, _Header] = {}

    def venues(self, index: int) -> list[int]:
        """The venue lines heading the passage's document ('Oval Office', 'State Dining Room'), the most specific
        (the last) first: where remarks were given."""
        return self._header(index).venues

    def spoken_on(self, index: int) -> int | None:
        """The date line of the transcript the passage stands in ('April 26, 2023' above 'Oval Office'): the
        day its words were spoken; None outside a transcript."""
        return self._header(index).spoken_on

    def issued_on(self, index: int) -> int | None:
        """The date line under the title of the passage's document ('March 29, 2023' under 'Joint Statement by
        …'): the day the document itself was issued, whatever the day of what it tells."""
        return self._header(index).issued_on

    def opened_today(self, index: int) -> int | None:
        """The first of the document's opening lines that tells what happened 'today' ('Vice President Harris
        today met with President Yoon … in Seoul'): the document's own event, on the document's date. None in a
        transcript, whose speakers' 'today' is the occasion of their words."""
        return self._header(index).opened_today

    def venue_named(self, index: int) -> str:
        """A venue line as an answer names it: with the town under it ('Lima Convention Center, Lima, Peru')."""
        text, below = self.passages.text(index), index + 1
        if below in self.venues(index) and towns_with_regions_in(town := self.passages.text(below)) == [town]:
            return f"{text}, {town}"
        return text

    def issuer(self, index: int) -> str | None:
        """Who issued the passage's document, from the line above its date line ('The White House')."""
        return self._header(index).issuer

    def _header(self, index: int) -> _Header:
        document = self.passages.document(index)
        found = self._found.get(document)
        if found is None:
            opening = self.passages.of_document(document)[1 : HEADER_LINES + 1]
            lines = [self.passages.text(i) for i in opening]
            venues = set(venue_lines(lines))
            spoken, issued = transcript_date_line(lines), date_line(lines)
            today = next((i for i, line in zip(opening, lines, strict=True) if _TODAY.search(line)), None)
            found = _Header(
                [i for i in reversed(opening) if self.passages.text(i) in venues],
                opening[spoken] if spoken is not None else None,
                opening[issued] if issued is not None else None,
                today if spoken is None else None,
                issuer_line(lines),
            )
            if len(self._found) >= HEADERS_KEPT:
                self._found.clear()
            self._found[document] = found
        return found
