"""What a KnowledgeBase reads off its table besides the two indexes: the passage reader, citations, the pledge
shelf, document titles for scoping, and orderings that only some questions need.

Built once per table; ``extended`` makes the views of a changed table from these in time proportional to the
change where that is cheap (the pledge shelf, the document titles) and leaves the orderings only a 'sources',
'timeline' or Hangul question reads to be made when first asked for, so taking in new documents never sorts
the whole table again.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property

from knowledge.answer.citing import Citations
from knowledge.answer.passages import PassageIndex
from knowledge.answer.preferences import chronological
from knowledge.answer.reader import PassageReader
from knowledge.answer.scope import DocumentScope
from knowledge.answer.shelf import PledgeShelf
from knowledge.models import DateFact, DocumentInfo, FactTable, Pledge
from knowledge.table_change import TableChange
from knowledge.text.hangul import NameIndex


class TableViews:
    """The table's derived views; immutable once built (the lazy ones are made once, from the table alone)."""

    def __init__(
        self,
        table: FactTable,
        passages: PassageIndex,
        pledges: PledgeShelf | None = None,
        scope: DocumentScope | None = None,
        reader: PassageReader | None = None,
    ) -> None:
        self.table = table
        self.reader = reader or PassageReader(table, passages)
        self.documents = passages.documents  # the table's documents by id (the passage index has them already)
        self.cite = Citations(table, self.documents)
        self.pledges = pledges or PledgeShelf(table.pledges, self.cite.document_date)
        self.scope = scope or DocumentScope(table.documents, passages.idf)

    def extended(self, change: TableChange, passages: PassageIndex) -> TableViews:
        """The views of ``change.table`` (whose passage index is ``passages``), made from these."""
        pledges = self.pledges.extended(
            [f for f in change.dropped if isinstance(f, Pledge)],
            [f for f in change.added if isinstance(f, Pledge)],
            Citations(change.table, passages.documents).document_date,
        )
        scope = self.scope.extended(change.arrived, change.forgotten, passages.idf)
        return TableViews(change.table, passages, pledges, scope, self.reader.extended(change, passages))

    def warm(self) -> None:
        """Make the views made on first use now (at load, or in the background after an extension), so no question
        pays for them: at 100,000 facts the Hangul names took 115 ms, pledges by amount 54 ms, dates by year 44 ms."""
        _ = self.official_names, self.documents_recent, self.dates_by_year
        self.pledges.warm()
        self.scope.warm()

    @cached_property
    def official_names(self) -> NameIndex:
        """Officials by family name, for questions written in Hangul."""
        return NameIndex(n for o in self.table.officials for n in (o.name, *o.aliases))

    @cached_property
    def documents_recent(self) -> list[DocumentInfo]:
        """The documents newest first (on the same date, by id: a fresh and an extended table list them alike)."""
        return sorted(self.table.documents, key=lambda d: (d.date or "", d.id), reverse=True)

    @cached_property
    def dates_by_year(self) -> dict[int, list[DateFact]]:
        """Dated events by year, each year's in order."""
        by_year: dict[int, list[DateFact]] = defaultdict(list)
        for fact in sorted(self.table.dates, key=chronological):
            if not fact.date.startswith("--"):
                by_year[int(fact.date[:4])].append(fact)
        return by_year
