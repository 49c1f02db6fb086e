"""The fact table's data model.

Every fact carries the sources it came from, so an answer can always show the
document and the sentence behind it. Values are frozen: a FactTable is built
once and swapped whole, never edited in place, so readers never see a half-built
table.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from knowledge.passage_list import Passage, PassageList

__all__ = [
    "Country",
    "DateFact",
    "DocumentFacts",
    "DocumentInfo",
    "FactTable",
    "Official",
    "Passage",
    "PassageList",
    "Pledge",
    "Precision",
    "SkippedFile",
    "Source",
    "Statistic",
]

Country = Literal["US", "ROK", "other"]
Precision = Literal["day", "month", "year", "range"]

SCHEMA_VERSION = 2


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(Frozen):
    """Where a fact was read: the document id, the sentence, and its character offsets."""

    document: str
    quote: str
    start: int
    end: int


class DocumentInfo(Frozen):
    id: str
    path: str
    title: str
    date: str | None = None
    url: str | None = None  # where the document can be read: a 'Source:' line, a URL at the top, or NAME.url
    # The year the file's name gives ('…-georgia-2021.txt') when its text gives no date: what the person adding it
    # knew of it. It checks a year a question gives; it never answers 'when'.
    named_year: str | None = None

    @property
    def year(self) -> str | None:
        """The year the document was issued, from its date or else its file's name."""
        return self.date[:4] if self.date else self.named_year


class Official(Frozen):
    name: str
    title: str
    organization: str | None = None
    country: Country = "other"
    titles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()


class DateFact(Frozen):
    date: str
    precision: Precision
    event: str
    sources: tuple[Source, ...] = ()


class Pledge(Frozen):
    actor: str
    amount_text: str | None = None
    amount_usd: int | None = None
    what: str
    conditions: str | None = None
    date: str | None = None
    sources: tuple[Source, ...] = ()


class Statistic(Frozen):
    subject: str
    amount_text: str
    amount_usd: int | None = None
    date: str | None = None
    sources: tuple[Source, ...] = ()


class SkippedFile(Frozen):
    path: str
    reason: str


class DocumentFacts(Frozen):
    """What one document yields; the unit the table is merged from and the digest reports."""

    document: DocumentInfo
    officials: tuple[Official, ...] = ()
    dates: tuple[DateFact, ...] = ()
    pledges: tuple[Pledge, ...] = ()
    statistics: tuple[Statistic, ...] = ()
    passages: tuple[Passage, ...] = ()


class FactTable(Frozen):
    version: int = SCHEMA_VERSION
    documents: tuple[DocumentInfo, ...] = ()
    officials: tuple[Official, ...] = ()
    dates: tuple[DateFact, ...] = ()
    pledges: tuple[Pledge, ...] = ()
    statistics: tuple[Statistic, ...] = ()
    passages: PassageList = Field(default_factory=PassageList)  # compact: no object per sentence
    skipped: tuple[SkippedFile, ...] = Field(default=())

    def document(self, document_id: str) -> DocumentInfo | None:
        """The document with this id, if the table holds it."""
        for doc in self.documents:
            if doc.id == document_id:
                return doc
        return None

    def counts(self) -> dict[str, int]:
        """Facts by kind, for summaries: ``{"documents": 5, "officials": 12, ...}``."""
        return {
            "documents": len(self.documents),
            "officials": len(self.officials),
            "dates": len(self.dates),
            "pledges": len(self.pledges),
            "statistics": len(self.statistics),
        }
