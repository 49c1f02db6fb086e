"""What a sentence says of the office a person holds beyond their title: the side it is posted to ('Ambassador to
the Republic of Korea'), a new office they were appointed to, or the office of the counterpart they are."""

from __future__ import annotations

import re

from knowledge.answer.normalize import normalize
from knowledge.answer.spans import Span


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
