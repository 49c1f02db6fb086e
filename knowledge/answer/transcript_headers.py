"""The header lines of a transcript (its date line, then where the remarks were given: 'April 26, 2023', 'Oval
Office'), found once per document: a venue question reads the venue line, a date question naming the event the
date line. Kept apart from the passage index, which only holds the sentences and searches them."""

from __future__ import annotations

import re

from knowledge.models import PassageList
from knowledge.text.towns import HEADER_LINES, date_line, transcript_date_line, venue_lines

_TODAY = re.compile(r"\b[Tt]oday\b(?![’']s)")

HEADERS_KEPT = 512
"""How many documents' headers are kept, as bounded as the index's other per-document caches."""


class TranscriptHeaders:
    """The venue lines and the date line heading each document of a passage list."""

    def __init__(self, passages: PassageList) -> None:
        self.passages = passages
        self._found: dict[str, tuple[list[int], int | None]] = {}

    def venues(self, index: int) -> list[int]:
        """The venue lines heading the passage's document ('Oval Office', 'State Dining Room'), the most specific
        (the last) first: where remarks were given."""
        return self._header(index)[0]

    def spoken_on(self, index: int) -> int | None:
        """The date line of the transcript the passage stands in ('April 26, 2023' above 'Oval Office'): the
        day its words were spoken; None outside a transcript."""
        return self._header(index)[1]

    def issued_on(self, index: int) -> int | None:
        """The date line under the title of the passage's document ('March 29, 2023' under 'Joint Statement by
        …'): the day the document itself was issued, whatever the day of what it tells."""
        document = self.passages.document(index)
        opening = self.passages.of_document(document)[1 : HEADER_LINES + 1]
        dated = date_line([self.passages.text(i) for i in opening])
        return opening[dated] if dated is not None else None

    def opened_today(self, index: int) -> int | None:
        """The sentence opening the passage's document when it tells what happened 'today' ('Vice President
        Harris today met with President Yoon … in Seoul'): the document's own event, on the document's date.
        None in a transcript, whose speakers' 'today' is the occasion of their words."""
        if self.spoken_on(index) is not None:
            return None
        document = self.passages.document(index)
        opening = self.passages.of_document(document)[1 : HEADER_LINES + 1]
        return next((i for i in opening if _TODAY.search(self.passages.text(i))), None)

    def _header(self, index: int) -> tuple[list[int], int | None]:
        document = self.passages.document(index)
        found = self._found.get(document)
        if found is None:
            opening = self.passages.of_document(document)[1 : HEADER_LINES + 1]
            lines = [self.passages.text(i) for i in opening]
            venues = set(venue_lines(lines))
            dated = transcript_date_line(lines)
            found = (
                [i for i in reversed(opening) if self.passages.text(i) in venues],
                opening[dated] if dated is not None else None,
            )
            if len(self._found) >= HEADERS_KEPT:
                self._found.clear()
            self._found[document] = found
        return found
