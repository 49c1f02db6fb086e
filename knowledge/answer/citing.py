"""How an answer cites its source: the document (title, date, link), the sentence, the words that answer.

Every answer item is made here, so every one carries the same kind of reference.
"""

from __future__ import annotations

from knowledge.answer.highlight import highlight_of
from knowledge.answer.index import Fact
from knowledge.answer.phrasing import fact_label, fact_text
from knowledge.answer.result import AnswerItem, SourceRef
from knowledge.models import DocumentInfo, FactTable, Official, Passage, Source


def clip_words(text: str, words: int = 24) -> str:
    """A sentence shortened at a word, with an ellipsis when anything was cut.

    >>> clip_words("one two three four", 2)
    'one two …'
    """
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


class Citations:
    """The documents of a table, for turning facts and sentences into cited answer items."""

    def __init__(self, table: FactTable, documents: dict[str, DocumentInfo] | None = None) -> None:
        """``documents``: the table's documents by id, when the caller has them already."""
        self.documents = documents if documents is not None else {d.id: d for d in table.documents}

    def document_date(self, fact: Fact) -> str:
        doc = self.documents.get(fact.sources[0].document)
        return (doc.date or "") if doc else ""

    def source_ref(self, source: Source, highlight: tuple[int, int] | None = None) -> SourceRef:
        doc = self.documents.get(source.document) or DocumentInfo(id=source.document, path="?", title="?")
        return SourceRef(
            document=doc.path,
            title=doc.title,
            date=doc.date,
            quote=source.quote,
            url=doc.url,
            document_id=source.document,
            start=source.start,
            end=source.end,
            highlight=highlight,
        )

    def item(self, fact: Fact, kind: str, score: float) -> AnswerItem:
        source = self.best_source(fact)
        return AnswerItem(
            text=fact_text(fact),
            kind=kind,
            score=score,
            source=self.source_ref(source, highlight_of(fact, source.quote)),
            label=fact_label(fact),
        )

    def best_source(self, fact: Fact) -> Source:
        """The sentence to quote: for a person, one naming their title; then the most recent document's."""

        def rank(source: Source) -> tuple[bool, str]:
            doc = self.documents.get(source.document)
            names_title = isinstance(fact, Official) and fact.title.lower() in source.quote.lower()
            return names_title, (doc.date or "") if doc else ""

        return max(fact.sources, key=rank)

    def passage_item(
        self,
        passage: Passage,
        text: str,
        score: float,
        highlight: tuple[int, int] | None = None,
        kind: str = "passage",
        label: str | None = None,
    ) -> AnswerItem:
        """An answer read from one of the documents' sentences, quoting that sentence."""
        source = Source(document=passage.document, quote=passage.text, start=passage.start, end=passage.end)
        return AnswerItem(
            text=text, kind=kind, score=score, source=self.source_ref(source, highlight), label=label or text
        )

    def document_item(self, d: DocumentInfo) -> AnswerItem:
        return AnswerItem(
            text=f"{d.title} ({d.date or 'undated'})",
            kind="document",
            score=1.0,
            source=SourceRef(document=d.path, title=d.title, date=d.date, quote=""),
            label=f"search {d.title}",
        )

    def document_of(self, item: AnswerItem) -> str | None:
        return next((d.id for d in self.documents.values() if d.path == item.source.document), None)
