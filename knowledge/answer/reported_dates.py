"""'When was that?' about a pledge no date fact covers: the pledge's own date, else the date of the document that
reports it, said so. Kept apart from the knowledge base, which only decides when to ask for it."""

from __future__ import annotations

from knowledge.answer.citing import Citations
from knowledge.answer.index import SearchIndex
from knowledge.answer.phrasing import fact_label, fact_text, human_date
from knowledge.answer.preferences import PLEDGE_WORDS
from knowledge.answer.result import Answer, AnswerItem
from knowledge.models import DocumentInfo, Pledge

UNDATED_NOTE = "The documents do not date this pledge; this is the date of the source reporting it."


def when_reported(
    index: SearchIndex,
    cite: Citations,
    documents: dict[str, DocumentInfo],
    question: str,
    intent: str,
    text: str,
    subject: str | None,
    min_confidence: float,
) -> Answer | None:
    """The date of the pledge ``text`` best matches, or None when no pledge matches well or none is dated."""
    hits = index.search(text, frozenset({"pledge"}), limit=1, ignore=PLEDGE_WORDS, min_score=min_confidence)
    if not hits or hits[0].score < min_confidence:
        return None
    pledge = hits[0].entry.fact
    assert isinstance(pledge, Pledge)
    source = cite.best_source(pledge)
    reported = pledge.date or documents[source.document].date if source.document in documents else pledge.date
    if reported is None:
        return None
    item = AnswerItem(
        text=f"{human_date(reported)} — {fact_text(pledge)}",
        kind="date",
        score=hits[0].score,
        source=cite.source_ref(source),
        label=fact_label(pledge),
    )
    note = None if pledge.date else UNDATED_NOTE
    return Answer(query=question, intent=intent, answers=(item,), note=note, subject=subject)
