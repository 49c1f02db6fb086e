"""Which words of a quoted sentence state the fact: the name, the amount, the date. The bot shows them in bold."""

from __future__ import annotations

import re

from knowledge.answer.index import Fact
from knowledge.models import DateFact, Official, Pledge, Statistic
from knowledge.text.dates import find_dates
from knowledge.text.names import name_variants


def highlight_of(fact: Fact, quote: str) -> tuple[int, int] | None:
    """Character offsets in ``quote`` of the words that state ``fact``, when the sentence has them.

    >>> from knowledge.models import Official
    >>> highlight_of(Official(name="Kim Jina", title="Vice Minister"), "Vice Minister Kim Jina met them.")
    (14, 22)
    """
    needles: list[str] = []
    if isinstance(fact, Official):
        needles = [fact.name, *fact.aliases, *name_variants(fact.name)]
    elif isinstance(fact, Pledge | Statistic) and fact.amount_text:
        needles = [fact.amount_text]
    elif isinstance(fact, DateFact):
        for mention in find_dates(quote):
            start = mention.iso.split("/")[0]
            yearless = start.startswith("--") and fact.date.split("/")[0].endswith(start[1:])
            if mention.iso == fact.date or fact.date.startswith(start) or yearless:
                return mention.start, mention.end
    for needle in needles:
        m = re.search(re.escape(needle), quote, re.I)
        if m:
            return m.start(), m.end()
    return None
