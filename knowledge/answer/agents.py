"""Who did an act a sentence tells with 'by' ('the lobbying firm founded by Jeff Miller'): such a sentence answers
'who founded …' by that name alone, so when the name is no official of the table the answer is unknown, and no
other official in it or beside it may stand in (the acts come from the rules, ``acts_said_by_the_answer``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.answer.acts import acts_said_by_the_answer
from knowledge.answer.passages import passage_form
from knowledge.answer.spans import Span

_AGENT = re.compile(r"\b([a-z]{4,})\s+by\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)")
"""'founded by Jeff Miller': who did what a question asks of ('whos the founder')."""


def _agents_of_the_act(text: str, asked: str) -> list[re.Match[str]]:
    acts = {w[:5] for w in acts_said_by_the_answer([passage_form(w) for w in asked.split()])}
    return [m for m in _AGENT.finditer(text) if m.group(1)[:5] in acts]


def agent_told(text: str, asked: str) -> bool:
    """The sentence says who did the act asked ('founded by Jeff Miller' for 'who founded miller strategies').

    >>> agent_told("Miller Strategies, the lobbying firm founded by Jeff Miller", "who found miller strategy")
    True
    """
    return bool(_agents_of_the_act(text, asked))


def agent_unknown(text: str, asked: str, found: Sequence[Span]) -> bool:
    """The sentence says who did the act asked and that one is none of the officials ``found`` in it: any
    official it names elsewhere would be a guess."""
    return any(not any(m.start(2) <= s.start < m.end(2) for s in found) for m in _agents_of_the_act(text, asked))


def another_agent(text: str, asked: str, person: str) -> bool:
    """The sentence says who did the act asked, and it is not ``person`` ('founded by Jeff Miller, … of President
    Rowan Okafor's committee' does not make Okafor the founder).

    >>> s = "the firm founded by Jeff Miller, who served on President Rowan Okafor's committee"
    >>> another_agent(s, "who found miller strategy", "Rowan Okafor"), another_agent(s, "who found it", "Jeff Miller")
    (True, False)
    """
    surname = person.split()[-1].lower() if person.split() else ""
    agents = _agents_of_the_act(text, asked)
    return bool(agents) and not any(surname in m.group(2).lower() for m in agents)
