"""What a sentence says of the office a person holds beyond their title: the side it is posted to ('Ambassador to
the Republic of Korea'), a new office they were appointed to, or the office of the counterpart they are."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypeVar

from knowledge.answer.normalize import normalize
from knowledge.answer.question_dates import years_after_a_month, years_in
from knowledge.answer.spans import Span
from knowledge.models import DocumentInfo, Official

F = TypeVar("F")


def posted_to(quote: str, side: str, offices: set[str]) -> bool:
    """'Ambassador to the Republic of Korea': the sentence names the office with the side it is posted to.

    >>> posted_to("U.S. Ambassador to the Republic of Korea Philip Goldberg said", "rok", {"ambassador"})
    True
    """
    text = normalize(quote)
    return any(re.search(rf"\b{o}\s+(?:to|in|of|for)\s+(?:the\s+)?{side}\b", text) for o in offices)


_APPOINTED = re.compile(
    r"\b(?:appointed|named|nominated|tapped|chosen|confirmed|sworn in|serve|serves|served|serving|took office)"
    r"\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?"
)


_COUNTERPART = re.compile(r"\bcounterparts?\b(?!.*\bcounterparts?\b)", re.I)


def appointed_to(sentence: str, span: Span, offices: set[str]) -> bool:
    """'Choi Sang-mok, the former secretary, has been appointed as the new minister of economy and finance': the
    sentence gives the person a new office, which a title kept from elsewhere in the document would miss.

    >>> s = "Choi Sang-mok, the former secretary, has been appointed as the new minister of finance."
    >>> appointed_to(s, Span("Choi Sang-mok", 0, 13), {"minister"})
    True
    """
    after = sentence[span.end : span.end + 160]
    m = _APPOINTED.search(after)
    if not m:
        return False
    office = normalize(after[m.end() : m.end() + 60]).split()
    return bool(offices) and offices <= set(office)


def counterpart_in_office(sentence: str, span: Span, offices: set[str]) -> bool:
    """'National Security Advisor Jake Sullivan … with his counterparts, … Akiba Takeo of Japan and …': a
    counterpart of the office named before holds that office on their side, whatever their own title says.

    >>> s = "Advisor Ann Lee met her counterparts, Secretary General Aki Ken of Japan."
    >>> counterpart_in_office(s, Span("Aki Ken", 54, 61), {"advisor"})
    True
    """
    before = sentence[: span.start]
    m = _COUNTERPART.search(before)
    return m is not None and bool(offices) and offices <= set(normalize(before[: m.start()]).split())


def held_then(fact: F, question: str, documents: Mapping[str, DocumentInfo]) -> F:
    """'what was lee tae-ho's title when he co-led that 2019 SED': an official is given with the title a source of
    the year asked writes ('Vice Minister of Foreign Affairs' in the 2019 readout), not a later document's ('2nd
    Vice Foreign Minister'); any other fact, or a question giving no year, as it is."""
    years = years_in(question) | years_after_a_month(question)
    if not isinstance(fact, Official) or not years:
        return fact
    then = [s for s in fact.sources if (info := documents.get(s.document)) and (info.date or "")[:4] in years]
    # (the fullest title any source of that year writes: '2nd Vice Foreign Minister', not 'Vice Foreign Minister')
    written = [(len(t), t, s) for s in then for t in {fact.title, *fact.titles} if t.lower() in s.quote.lower()]
    if not written:
        return fact
    _, title, source = max(written, key=lambda w: w[0])
    return fact.model_copy(update={"title": title, "sources": [source]})  # (cited: that year's sentence, not a later)
