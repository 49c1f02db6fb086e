"""Which document a question points at: 'the largest investment in the 5th SED fact sheet', 'in the April 2025
WH production boom piece'. A superlative or a list over one document is computed over that document only.

A document is named when the question's words cover its title (and its issue year and month) clearly better
than any other document's: at least two of those words, some of them words the runner-up's title lacks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from functools import cached_property

from knowledge.answer.anchors import frame_words
from knowledge.answer.fit import SIDE_WORDS as SIDES
from knowledge.answer.passages import passage_form
from knowledge.models import DocumentInfo

MIN_TITLE_WORDS = 2
"""A document is named by at least this many of the question's words found in its title or date."""

DISTINCT_SHARE = 0.2
"""...and at least this share of its weight must be words the next best document's title lacks ('5th' in
'the 5th SED fact sheet', when the 4th SED's title shares the rest)."""

_MONTHS = (
    "january february march april may june july august september october november december".split(),
    "jan feb mar apr may jun jul aug sep oct nov dec".split(),
)


def _date_words(issued: str | None) -> set[str]:
    """'2025-04-23' → {'2025', 'april', 'apr'}: how a question names when a document came out."""
    if not issued:
        return set()
    words = {issued[:4]}
    if len(issued) >= 7 and issued[5:7].isdigit():
        month = int(issued[5:7]) - 1
        words |= {_MONTHS[0][month], _MONTHS[1][month]}
    return words


class DocumentScope:
    """Titles and dates of the table's documents in the matching form; built once per table."""

    def __init__(self, documents: Sequence[DocumentInfo], idf: Callable[[str], float]) -> None:
        self._idf = idf
        self._words = {
            d.id: set(passage_form(d.title).split()) | _date_words(d.date) for d in documents if d.title or d.date
        }

    @cached_property
    def _by_word(self) -> dict[str, list[str]]:
        """The documents by each word of their titles and dates (made on the first question)."""
        by_word: dict[str, list[str]] = defaultdict(list)
        for document, words in self._words.items():
            for word in words:
                by_word[word].append(document)
        return by_word

    def extended(
        self, added: Sequence[DocumentInfo], forgotten: Collection[str], idf: Callable[[str], float]
    ) -> DocumentScope:
        """The scope of a changed table: the documents ``forgotten`` left out, those ``added`` put in (only their
        titles are put in the matching form again)."""
        scope = DocumentScope(added, idf)
        arrived = scope._words
        kept = {d: w for d, w in self._words.items() if d not in forgotten} if forgotten else dict(self._words)
        scope._words = kept | arrived
        if "_by_word" in self.__dict__:  # made already: changed where the change touches it, in the same order
            by_word: defaultdict[str, list[str]] = defaultdict(list, self._by_word)
            gone = [(d, self._words[d]) for d in forgotten if d in self._words]
            touched = {w for _, words in gone for w in words}
            for word in touched:
                by_word[word] = [d for d in by_word[word] if d not in forgotten]
            for document, words in arrived.items():
                for word in words:
                    if word not in touched:  # a new list: the one before is still this scope's
                        touched.add(word)
                        by_word[word] = list(by_word.get(word, ()))
                    by_word[word].append(document)
            for word in [w for w in touched if not by_word[w]]:  # only a touched word's list can have emptied
                del by_word[word]
            scope.__dict__["_by_word"] = by_word
        return scope

    def warm(self) -> None:
        """The index made on first use, made now."""
        _ = self._by_word

    def named_document(self, question_words: Sequence[str]) -> str | None:
        """The id of the one document the question (its words in the matching form) names by its title."""
        asked = set(question_words) - SIDES - frame_words()
        # Only documents sharing a word with the question are looked at (a table of 30,000 documents took 9 ms
        # a question to walk), and of those only the ones in the lists of all but its commonest words: a document
        # sharing MIN_TITLE_WORDS of them is in one of those ('talks' titles every generated document).
        lists = sorted((self._by_word.get(w, []) for w in asked), key=len)
        weight = {w: self._idf(w) for w in asked}  # once a question, not once a document
        scored = []
        for document in {d for documents in lists[: len(lists) - MIN_TITLE_WORDS + 1] for d in documents}:
            shared = asked & self._words[document]
            if len(shared) >= MIN_TITLE_WORDS:
                scored.append((sum(weight[w] for w in shared), document))
        if not scored:
            return None
        scored.sort(reverse=True)
        if len(scored) > 1 and scored[0][0] - scored[1][0] < DISTINCT_SHARE * scored[0][0]:
            return None
        return scored[0][1]
