"""What a question gets back: answers with their sources, suggestions, and a note; the shape the bot renders."""

from __future__ import annotations

from knowledge.models import Frozen


class SourceRef(Frozen):
    """Where an answer was read: the document (path, title, date, link), the sentence, and within the sentence
    the words that answer (``highlight``, character offsets into ``quote``)."""

    document: str
    title: str
    date: str | None
    quote: str
    url: str | None = None
    document_id: str | None = None
    start: int | None = None  # the sentence's offsets in the document
    end: int | None = None
    highlight: tuple[int, int] | None = None


class AnswerItem(Frozen):
    text: str
    kind: str
    score: float
    source: SourceRef
    label: str  # a short name for the fact, for suggestions and digests


class Answer(Frozen):
    query: str
    intent: str
    answers: tuple[AnswerItem, ...] = ()
    suggestions: tuple[str, ...] = ()
    note: str | None = None
    usage: str | None = None
    subject: str | None = None  # what the question was about, for a follow-up in the same thread
    offset: int = 0  # where this page of a long list starts
    total: int = 0  # how many answers there are in all (``answers`` holds one page of them)

    @property
    def abstained(self) -> bool:
        return not self.answers and self.usage is None

    def as_json(self) -> dict[str, object]:
        """The documented JSON shape of ``usrok ask --format json``."""
        return {
            "query": self.query,
            "intent": self.intent,
            "answers": [
                {
                    "text": a.text,
                    "kind": a.kind,
                    "score": round(a.score, 3),
                    "source": a.source.model_dump(include={"document", "title", "date", "quote", "url"}),
                }
                for a in self.answers
            ],
            "suggestions": list(self.suggestions),
            **({"total": self.total, "offset": self.offset} if self.total > len(self.answers) else {}),
            **({"note": self.note} if self.note else {}),
        }
