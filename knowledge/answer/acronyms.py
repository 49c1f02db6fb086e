"""'What's ERGI', 'what does ESTA stand for': an acronym the documents define is answered by what it stands
for, quoting the sentence that defines it ('… the Energy Resource Governance Initiative (ERGI) …').

Only acronyms a document spells out are answered; any other 'what is X' goes on to the sentences and facts.
"""

from __future__ import annotations

import re

from knowledge.answer.citing import Citations
from knowledge.answer.passages import PassageIndex
from knowledge.answer.result import Answer

_ASKED = re.compile(
    r"^\s*(?:and\s+)?(?:(?:what|whats|what's)(?:\s+(?:is|was|are))?\s+(?:the\s+|an?\s+)?(?P<a>[A-Za-z][\w&-]{1,9})"
    r"|what\s+does\s+(?:the\s+)?(?P<b>[A-Za-z][\w&-]{1,9})\s+(?:stand\s+for|mean))\s*\??\s*$",
    re.I,
)


def acronym_asked(question: str) -> str | None:
    """The one word a short 'what is X' question asks about ('whats ergi' → 'ergi'); the documents decide
    whether it is an acronym they define.

    >>> acronym_asked("whats ergi"), acronym_asked("what does ESTA stand for?"), acronym_asked("what is the fund")
    ('ergi', 'esta', 'fund')
    """
    m = _ASKED.match(question)
    return (m["a"] or m["b"]).lower() if m else None


def acronym_answer(index: PassageIndex, cite: Citations, question: str, intent: str) -> Answer | None:
    """'ERGI — Energy Resource Governance Initiative', from the first sentence defining it; None when no
    document defines what the question asks about."""
    asked = acronym_asked(question)
    if asked is None:
        return None
    rows = index.store.query("SELECT position, words FROM acronym WHERE acronym = ? ORDER BY position", (asked,))
    if not rows:
        return None
    position, words = rows[0]
    passage = index.passages[position]
    found = re.search(re.escape(words), passage.text)
    highlight = (found.start(), found.end()) if found else None
    headline = f"{asked.upper()} — {words}"
    item = cite.passage_item(passage, headline, 1.0, highlight, kind="definition")
    return Answer(query=question, intent=intent, answers=(item,))
