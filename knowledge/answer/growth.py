"""How much a figure grew: 'how much did annual revenue grow from 2017 to 2025' is answered by a sentence saying
it rose 'from about $100 million in 2017 to roughly $400 million in 2025', as the change and both figures; one
figure alone is no answer to it. The words live in the rules (``growth_words``, ``growth_asked``)."""

from __future__ import annotations

import re

from knowledge.answer.compare import dollars
from knowledge.answer.spans import Span, amounts_in
from knowledge.rules import listed_words

_YEAR = r"(?:\s+in\s+(?:19|20)\d\d)?"
_BETWEEN = re.compile(rf"{_YEAR}\s+to\s+$", re.I)
_FROM = re.compile(r"\bfrom\s+$", re.I)
_YEAR_AFTER = re.compile(_YEAR)


def growth_asked(question: str) -> bool:
    """'how much did annual revenue grow from 2017 to 2025', 'how much did it go up': a change, not a figure.

    >>> growth_asked("how much did annual revenue grow from 2017 to 2025"), growth_asked("how much revenue in 2025")
    (True, False)
    """
    return bool(listed_words("growth_asked").search(question)) and bool(listed_words("growth_words").search(question))


def growths_in(sentence: str) -> list[Span]:
    """A rise from one dollar figure to another the sentence gives ('from about $100 million in 2017 to roughly
    $400 million in 2025'), shown with the change first and valued as it.

    >>> [s.text for s in growths_in("Revenue rose from about $100 million in 2017 to roughly $400 million in 2025.")]
    ['up $300 million: from about $100 million in 2017 to roughly $400 million in 2025']
    """
    found = []
    amounts = amounts_in(sentence)
    for first, second in zip(amounts, amounts[1:], strict=False):
        opening = _FROM.search(sentence[: first.start])
        if opening is None or not _BETWEEN.fullmatch(sentence[first.end : second.start]):
            continue
        if not isinstance(first.value, int) or not isinstance(second.value, int) or second.value <= first.value:
            continue
        end = second.end + len(_YEAR_AFTER.match(sentence, second.end).group(0))  # type: ignore[union-attr]
        said = sentence[opening.start() : end]
        found.append(
            Span(f"up {dollars(second.value - first.value)}: {said}", opening.start(), end, second.value - first.value)
        )
    return found
