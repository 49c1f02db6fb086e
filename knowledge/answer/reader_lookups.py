"""What the passage reader looks up in the table: the officials by every spelling, the organisations known as
pledge actors, each document's date.

Built once per table; ``extended`` makes those of a changed table from these in time proportional to the change
(the officials the change touches, its pledges and documents), which is most of what taking in new documents
used to spend rebuilding the reader.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from functools import cached_property

from knowledge.answer.officials_named import OfficialsNamed
from knowledge.answer.passages import passage_form
from knowledge.models import FactTable, Official, Pledge
from knowledge.table_change import TableChange
from knowledge.text.file_names import words_in_file_name

SIDES = ("U.S.", "ROK", "both")
"""Pledge actors that are the governments, not organisations a sentence names."""


def _longest_first(actors: Iterable[str]) -> list[str]:
    """Organisations longest first (equal lengths in name order, so a fresh and an extended table list them alike)."""
    return sorted(actors, key=lambda a: (-len(a), a))


def _day(issued: str | None) -> date | None:
    return date.fromisoformat(issued) if issued and len(issued) == 10 else None


class ReaderLookups:
    """The officials, organisations and document dates of one table; immutable once built."""

    def __init__(
        self,
        table: FactTable,
        people: OfficialsNamed | None = None,
        actors: Counter[str] | None = None,
        dates: dict[str, date] | None = None,
    ) -> None:
        self.people = people or OfficialsNamed(table)
        self._actors = actors if actors is not None else Counter(p.actor for p in table.pledges if p.actor not in SIDES)
        self.organizations = _longest_first(self._actors)
        self.dates = dates if dates is not None else {d.id: day for d in table.documents if (day := _day(d.date))}
        self._documents = table.documents

    @cached_property
    def named_years(self) -> frozenset[str]:
        """The years undated documents' file names give ('…-georgia-2021.txt'): a question's '2021' is no name
        unknown to the documents when one of them is of that year."""
        return frozenset(d.named_year for d in self._documents if d.named_year)

    @cached_property
    def file_name_words(self) -> frozenset[str]:
        """The words documents' file names give them, in the matching form ('maeil' of '19_maeil_….txt'): a
        question naming its document by one ('per the maeil piece') names no word unknown to the documents."""
        return frozenset(passage_form(w) for d in self._documents for w in words_in_file_name(d.path))

    @cached_property
    def organization_heads(self) -> frozenset[str]:
        """The first word of each organisation, in the matching form ('samsung'): a company, never a town."""
        return frozenset(passage_form(name).split()[0] for name in self.organizations if passage_form(name).split())

    def extended(self, change: TableChange) -> ReaderLookups:
        """The lookups of ``change.table``, made from these.

        >>> from knowledge.table_change import extended_table
        >>> ReaderLookups(FactTable()).extended(extended_table(FactTable(), [])).organizations
        []
        """
        people = self.people.extended(
            [f for f in change.dropped if isinstance(f, Official)], [f for f in change.added if isinstance(f, Official)]
        )
        actors = self._actors.copy()
        actors.subtract(p.actor for p in change.dropped if isinstance(p, Pledge) and p.actor not in SIDES)
        actors.update(p.actor for p in change.added if isinstance(p, Pledge) and p.actor not in SIDES)
        dates = (
            {d: day for d, day in self.dates.items() if d not in change.forgotten}
            if change.forgotten
            else dict(self.dates)
        )
        for document in change.arrived:
            if day := _day(document.date):
                dates[document.id] = day
        return ReaderLookups(change.table, people, Counter({a: n for a, n in actors.items() if n > 0}), dates)
