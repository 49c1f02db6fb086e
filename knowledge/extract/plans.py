"""Commitments written as a plan, a partnership or a target rather than with a commitment verb.

'… and added that the plan is to keep expanding production' (a plan in reported speech: the speaker's),
"the Korean government's plan to nurture a chip cluster" (a government's plan as a possessive), 'the POSCO and
GM partnership' and 'The ROK-U.S. Global Vaccine Partnership, which …' (a partnership of the parties it names),
'the 12,000 Acme panels that will be produced every day' (a production target of the company named).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from knowledge.extract.actor_cues import BOTH, ROK, US
from knowledge.extract.actors import ActorResolver
from knowledge.text.guarded import guard

_PLAN_NOUNS = "plan|goal|aim|intention|intent|priority"
_REPORTED_PLAN = guard(
    re.compile(
        r"\b(?:said|says|stated|states|added|adds|noted|explained)(?:\s+(?!that\b)[\w,]+){0,3}?\s+that\s+"
        rf"(?:the|its|their|our|his|her)\s+(?:{_PLAN_NOUNS})\s+(?:is|was|will be)\s+to\s+[a-z]"
    ),
    *_PLAN_NOUNS.split("|"),
)
_REPORTING_VERB = re.compile(r"\b(?:said|says|stated|states|added|adds|noted|explained|told)\b")
_GOVERNMENT_PLAN = guard(
    re.compile(
        r"\b(?:the\s+)?(?P<owner>(?:[A-Z][\w.\-]*\s+){1,3}(?:government|administration))[’']s\s+"
        r"(?:plans?|commitment|pledge|goal|initiative|policy)\s+to\s+[a-z]"
    ),
    *("government’s", "government's", "administration’s", "administration's"),
)
_NAME = r"[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,2}"
_PAIR_PARTNERSHIP = guard(
    re.compile(
        rf"\bthe\s+(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})\s+(?:partnership|joint venture|alliance|collaboration)\b"
        # The partnership itself, not a thing it owns ('the A and B joint venture battery plant'): no noun after it.
        r"(?=\s*[,.;:]|\s+(?:where|which|that|to|will|is|has|was|with|in|on|aims)\b)"
    ),
    *("partnership", "joint venture", "alliance", "collaboration"),
)
_NAMED_PARTNERSHIP = re.compile(
    r"^\s*(?:And\s+)?The\s+(?P<pair>[A-Z][\w.]*[-–][A-Z][\w.]*)\s+(?:[A-Z][\w\-]*\s+){0,4}"
    r"(?:Partnership|Initiative|Framework|Alliance)\b,?\s+(?:which|that|under which|through which)\b"
)
_PRODUCTION_TARGET = guard(
    re.compile(
        rf"\b[\d,.]+(?:\s+(?:million|thousand|billion))?\s+(?P<company>{_NAME})\s+[a-z]+s\s+(?:that|which)\s+will\s+be\s+"
        r"(?:produced|made|manufactured|built|assembled)\b"
    ),
    *("produced", "made", "manufactured", "built", "assembled"),
)


def _speaker(text: str, actors: ActorResolver, offset: int) -> str | None:
    """Who speaks in a sentence: the subject before its first reporting verb, a company, a side or an official's."""
    verb = _REPORTING_VERB.search(text)
    if verb is None:
        return None
    subject = re.split(r",\s+|;\s+", text[: verb.start()])[-1]
    actor = actors.classify(subject, offset + verb.start()) or actors.people_actor(subject)
    return None if actor == BOTH else actor  # one speaker is one side: a title both sides hold tells nothing


def _party(name: str, actors: ActorResolver, offset: int) -> str | None:
    actor = actors.classify(name, offset)
    if actor is not None:
        return actor
    return name if re.fullmatch(r"[A-Z][A-Za-z&.\-]*", name) else None  # 'GM', 'Posco': a one-word company name


def plan_commitments(text: str, actors: ActorResolver, offset: int) -> Iterator[tuple[str, int]]:
    """(actor, where the commitment starts) for each plan, partnership or target ``text`` states.

    >>> from knowledge.extract.actors import ActorResolver
    >>> text = "Acme Motor said on Monday that the plan is to keep expanding production in Korea."
    >>> list(plan_commitments(text, ActorResolver(text), 0))
    [('Acme Motor', 11)]
    """
    for m in _REPORTED_PLAN.finditer(text):
        actor = _speaker(text, actors, offset)
        if actor is not None:
            yield actor, m.start()
    for m in _GOVERNMENT_PLAN.finditer(text):
        actor = actors.classify(m["owner"], offset + m.start())
        if actor in (US, ROK, BOTH):
            yield actor, m.start("owner")
    for m in _PAIR_PARTNERSHIP.finditer(text):
        a, b = _party(m["a"], actors, offset + m.start()), _party(m["b"], actors, offset + m.start("b"))
        if a is None or b is None:
            continue
        yield (BOTH if {a, b} == {US, ROK} else f"{a} and {b}"), m.start()
    named = _NAMED_PARTNERSHIP.match(text)
    if named:
        sides = {a.actor for a in actors.mentions(named["pair"].replace("-", " ").replace("–", " "))}
        if sides == {US, ROK}:
            yield BOTH, named.start("pair")
    for m in _PRODUCTION_TARGET.finditer(text):
        company = _party(m["company"], actors, offset + m.start("company")) or m["company"]
        if company not in (US, ROK, BOTH) and m["company"].split()[0] not in ("The", "These", "Those"):
            yield company, m.start()
