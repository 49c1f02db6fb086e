"""Pledges listed in a Markdown table: one row a company and its amount.

Fact sheets list investments as tables ('| Company | Amount | State |'). A table whose header names
an actor column (company, firm, investor) and an amount column (amount, investment, value) gives one
pledge a row; the other cells say what it is for.
"""

from __future__ import annotations

import re
from functools import cache

from knowledge.extract.actor_cues import SIDE_OF_COUNTRY
from knowledge.extract.sentences import Sentence, source_of
from knowledge.models import Pledge
from knowledge.rules.rulebook import rulebook
from knowledge.text.amounts import find_amounts

_ACTOR_COLUMN = re.compile(r"company|firm|investor|organi[sz]ation|actor|country|side", re.IGNORECASE)
_AMOUNT_COLUMN = re.compile(r"amount|investment|value|funding|commitment|pledge|size", re.IGNORECASE)
_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}")


def is_table_row(sentence: Sentence) -> bool:
    return sentence.text.startswith("|")


def _cells(text: str) -> list[str]:
    return [c.strip() for c in text.strip().strip("|").split("|")]


@cache
def _country_actors() -> dict[str, str]:
    """A country's names ('United States', 'Korea') as the actors pledges use ('U.S.', 'ROK')."""
    aliases = rulebook().country_aliases
    return {alias: side for key, side in SIDE_OF_COUNTRY.items() for alias in aliases[key]}


def table_pledges(sentences: list[Sentence], document_id: str) -> list[Pledge]:
    """Pledges from every investment table; a country in the actor column becomes 'U.S.' or 'ROK'.

    >>> from knowledge.extract.sentences import split_sentences
    >>> rows = split_sentences("| Company | Amount | State |\\n| --- | --- | --- |\\n| SK On | $3 billion | Georgia |")
    >>> [(p.actor, p.amount_usd, p.what) for p in table_pledges(rows, "d")]
    [('SK On', 3000000000, 'State: Georgia')]
    """
    pledges: list[Pledge] = []
    header: list[str] | None = None
    for sentence in sentences:
        if not is_table_row(sentence):
            header = None
            continue
        cells = _cells(sentence.text)
        if header is None:
            header = cells
            continue
        if _SEPARATOR.match(sentence.text) or all(set(c) <= set("-: ") for c in cells):
            continue
        actor_col = next((k for k, h in enumerate(header) if _ACTOR_COLUMN.search(h)), None)
        amount_col = next((k for k, h in enumerate(header) if _AMOUNT_COLUMN.search(h)), None)
        if actor_col is None or amount_col is None or max(actor_col, amount_col) >= len(cells):
            continue
        amounts = find_amounts(cells[amount_col])
        if not amounts or not cells[actor_col]:
            continue
        what = "; ".join(
            f"{h}: {c}"
            for k, (h, c) in enumerate(zip(header, cells, strict=False))
            if k not in (actor_col, amount_col) and c
        )
        pledges.append(
            Pledge(
                actor=_country_actors().get(cells[actor_col], cells[actor_col]),
                amount_text=amounts[0].text,
                amount_usd=amounts[0].usd,
                what=what or cells[actor_col],
                sources=(source_of(document_id, sentence),),
            )
        )
    return pledges
