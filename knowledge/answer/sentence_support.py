"""What a sentence supports beyond its own words: what its document says and when it was issued, which person a
surname stands for there, and which numbered event it is about.

The reader asks these when it decides whether a sentence answers; they depend only on the passage index.
"""

from __future__ import annotations

from knowledge.answer.anchors import ORDINAL
from knowledge.answer.fit import SIDE_WORDS as SIDES
from knowledge.answer.passages import PassageHit, PassageIndex
from knowledge.answer.question_type import QuestionShape

DOCUMENT_SHARE = 0.5
"""A question word the answering sentence does not say, but its document does, counts this much of its weight."""


class SentenceSupport:
    """Checks on one passage in its document; built once per index (it keeps each document's words once read)."""

    def __init__(self, index: PassageIndex) -> None:
        self.index = index
        self._document_vocabulary: dict[str, frozenset[str]] = {}  # filled as documents are read; bounded by them

    def said(self, hit: PassageHit, words: list[str], weight: dict[str, float], shape: QuestionShape) -> float:
        """How much of ``words`` a sentence says: in full when the sentence (or its title) says a word; for where
        and who, in part when only its document does ('where did Graves speak at the end of the cyber trade
        mission': the sentence says where he spoke, the document what the mission was). A figure or a date must
        be said of what the question names in its own sentence: a document holds many."""
        if shape.answer_type not in ("place", "person"):
            return sum(weight[w] for w in words if w not in hit.not_here)
        document = self.document_words(hit.index)
        return sum(
            weight[w] * (1.0 if w not in hit.not_here else DOCUMENT_SHARE if w in document else 0.0) for w in words
        )

    def document_words(self, index: int) -> frozenset[str]:
        """The words of the whole document a passage is in (its passages lie together, in order)."""
        passages = self.index.passages
        document = passages[index].document
        if document not in self._document_vocabulary:
            first, last = index, index
            while first > 0 and passages[first - 1].document == document:
                first -= 1
            while last + 1 < len(passages) and passages[last + 1].document == document:
                last += 1
            words = frozenset(w for i in range(first, last + 1) for w in self.index.words_of(i))
            self._document_vocabulary[document] = words
        return self._document_vocabulary[document]

    def names_the_person(self, index: int, given: list[tuple[set[str], frozenset[str]]]) -> bool:
        """A sentence stands for each person the question names in full when it is in a document naming them,
        or says their given name too."""
        here = self.index.words_of(index)
        document = self.index.passages[index].document
        return all(document in documents or words <= here for words, documents in given)

    def given_by_document(self, index: int) -> set[str]:
        """What a sentence need not say because its document does: the year it was issued ('the 2022 joint
        statement' is answered by a sentence of the statement dated 2022) and Korea and the U.S., the subject
        of every document here."""
        issued = self.index.documents[self.index.passages[index].document].date
        return ({issued[:4]} if issued else set()) | SIDES

    def another_ordinal(self, index: int, ordinals: set[str]) -> bool:
        """'the 5th SED' is not answered by a sentence about the 6th, though the document's title names the 5th."""
        if not ordinals:
            return False
        here = {w for w in self.index.words_of(index) if ORDINAL.fullmatch(w)}
        return bool(here) and not here & ordinals
