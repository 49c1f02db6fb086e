"""'What's ERGI', 'what does ESTA stand for': an acronym the documents define is answered by what it stands
for, quoting the sentence that defines it ('… the Energy Resource Governance Initiative (ERGI) …').

Only acronyms a document spells out are answered; any other 'what is X' goes on to the sentences and facts.
"""

from __future__ import annotations

import re
from functools import cache

from knowledge.answer.citing import Citations
from knowledge.answer.normalize import normalize
from knowledge.answer.passages import PassageIndex
from knowledge.answer.result import Answer
from knowledge.rules import alternation, load_rules

_ASKED = re.compile(
    r"^\s*(?:and\s+)?(?:(?:what|whats|what's)(?:\s+(?:is|was|are))?\s+(?:the\s+|an?\s+)?(?P<a>[A-Za-z][\w&-]{1,9})"
    r"|what\s+does\s+(?:the\s+)?(?P<b>[A-Za-z][\w&-]{1,9})\s+(?:stand\s+for|mean))\s*\??\s*$",
    re.I,
)


_PLACED = re.compile(
    r"^\s*(?:and\s+)?(?:what|whats|what's)(?:\s+(?:is|was|are))?\s+(?:the\s+|an?\s+)?(?P<a>[A-Z][A-Z0-9&-]{1,9})"
    r"\s+(?:that|which|in|per|announced|mentioned|named)\b(?P<rest>.*)$"
)
"""'whats the DGC that the us and rok announced in the fact sheet': an acronym typed in capitals, then only
where the asker read it (a clause asking nothing more: not '… about', not '… when')."""

_ASKS_MORE = re.compile(
    r"\b(?:about|when|where|who|whom|how|why|what|which|whose|date|year|worth|cost|costs|mean|means|do|does|for|much|many)\b",
    re.I,
)


def acronym_asked(question: str) -> str | None:
    """The one word a short 'what is X' question asks about ('whats ergi' → 'ergi'); the documents decide
    whether it is an acronym they define.

    >>> acronym_asked("whats ergi"), acronym_asked("what does ESTA stand for?"), acronym_asked("what is the fund")
    ('ergi', 'esta', 'fund')
    >>> acronym_asked("whats the DGC that the us and rok announced"), acronym_asked("whats the SED in 2019 about")
    ('dgc', None)
    >>> acronym_asked("whats the HCC in the fact sheet worth")
    """
    m = _ASKED.match(question)
    if m is not None:
        return (m["a"] or m["b"]).lower()
    placed = _PLACED.match(question)
    return placed["a"].lower() if placed and not _ASKS_MORE.search(placed["rest"]) else None


_ALIAS = re.compile(
    r"(?P<full>(?:[A-Z][\w’'-]*\s+){1,6}[A-Z][\w’'-]*),?\s+(?:or|also known as|known as|dubbed|called)\s+"
    r"(?:the\s+)?[“\"](?P<alias>[^”\"]{2,40})[”\"]"
)
_TERM = re.compile(
    r"^\s*(?:and\s+)?(?:what|whats|what's)(?:\s+(?:is|was|are))?\s+(?:the\s+)?(?P<term>.+?)\s*\??\s*$", re.I
)


def alias_answer(index: PassageIndex, cite: Citations, question: str, intent: str) -> Answer | None:
    """'What's the ICE Pact': a name the documents give as another's short form ('the Icebreaker Collaboration
    Effort, also known as “ICE Pact”') is answered by the full name, quoting that sentence."""
    m = _TERM.match(question)
    if m is None:
        return None
    term = normalize(m["term"])
    words = [w for w in term.split() if index.df(w)]
    named = []
    for hit in index.search(words, ALIAS_CANDIDATES) if words else ():
        passage = index.passages[hit.index]
        for found in _ALIAS.finditer(passage.text):
            alias = normalize(found["alias"])
            if alias and (term == alias or term.startswith(f"{alias} ")):
                said = _DEFINED_AFTER.match(passage.text, found.end())
                named.append((said is None, passage, found, said["what"] if said else ""))
    if not named:
        return None
    # The sentence that also says what it is ('… or “ICE Pact” – a trilateral arrangement to …') comes first.
    _, passage, found, what = min(named, key=lambda n: n[0])
    headline = f"{found['alias']} — {found['full']}" + (f": {what}" if what else "")
    item = cite.passage_item(passage, headline, 1.0, found.span("full"), kind="definition")
    return Answer(query=question, intent=intent, answers=(item,))


_DEFINED_AFTER = re.compile(r"\s*(?:[–—:-]|,)\s*(?P<what>(?:a|an|the)\s+[^,.;()]{8,120})")


ALIAS_CANDIDATES = 20
"""How many sentences naming the term are looked through for the one that gives its full name."""


_STANDS_FOR = re.compile(
    r"\b(?:stands?\s+for|short\s+for|abbreviation|what\s+(?:org|organi[sz]ation|agency|body|entity)\s+is\s+(?:that|it))\b",
    re.I,
)
"""Asking what an acronym the question names stands for: 'what does that stand for', '… KIND … - what org is that'."""


_QUOTED = re.compile(r"['‘\"“]([A-Za-z][\w&-]{1,9})['’\"”]")
"""A word the question puts in quotes ('KIND'): the one it asks about."""


def _spelled_out_asked(index: PassageIndex, question: str) -> str | None:
    """'esta - what does it stand for, the thing journos used to travel on': of a question asking what
    something stands for, the one word that is an acronym the documents define."""
    if not _STANDS_FOR.search(question):
        return None
    typed = re.findall(r"[A-Za-z][\w&-]{1,9}", question)
    defined = {w.lower() for w in typed} & set(index.acronyms)
    # 'the 2019 sed list has KIND on it - what does that stand for': the one typed in capitals is asked, else
    # the one 'that' points back to, the last named before the question.
    capitals = {w.lower() for w in typed if w.isupper() and len(w) > 1} & defined
    quoted = {w.lower() for w in _QUOTED.findall(question)} & defined  # "… incl 'KIND', what does that stand for"
    if len(defined) > 1 and len(quoted) == 1:
        defined = quoted
    if len(defined) > 1 and len(capitals) == 1:
        defined = capitals
    if len(defined) > 1:
        # 'ERGI in the 2020 SED factsheet', 'the SED participant list has KIND': an acronym naming the document or
        # list the asker read it in is where, not what, they ask about.
        defined -= {m[1].lower() for m in _NAMES_THE_SOURCE().finditer(question)}
    return next(iter(defined)) if len(defined) == 1 else None


@cache
def _NAMES_THE_SOURCE() -> re.Pattern[str]:  # noqa: N802 (a pattern, built once from the rules)
    nouns = alternation([*load_rules("questions.json")["document_nouns"]["words"], "list"])
    return re.compile(rf"\b([A-Za-z][\w&-]{{1,9}})(?=\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\b)", re.I)


def acronym_answer(index: PassageIndex, cite: Citations, question: str, intent: str) -> Answer | None:
    """'ERGI — Energy Resource Governance Initiative', from the first sentence defining it; None when no
    document defines what the question asks about."""
    asked = acronym_asked(question) or _spelled_out_asked(index, question)
    if asked is None:
        return alias_answer(index, cite, question, intent)
    rows = index.store.query("SELECT position, words FROM acronym WHERE acronym = ? ORDER BY position", (asked,))
    if not rows:
        return alias_answer(index, cite, question, intent)
    position, words = rows[0]
    passage = index.passages[position]
    found = re.search(re.escape(words), passage.text)
    highlight = (found.start(), found.end()) if found else None
    headline = f"{asked.upper()} — {words}"
    item = cite.passage_item(passage, headline, 1.0, highlight, kind="definition")
    return Answer(query=question, intent=intent, answers=(item,))
