"""How equally good matches are ordered and what a question's wording asks of a pledge: the side it names,
the side of the office it names, the newest first; and the thread context an answer leaves behind.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from knowledge.answer.fit import office_side
from knowledge.answer.index import Fact, Hit
from knowledge.answer.normalize import normalize
from knowledge.answer.question_type import QuestionShape
from knowledge.answer.ranking import CURRENT_HOLDER_MARGIN, DISAGREEMENT_RATIO, NAMED_SIDE_NUDGE, WEAK_MATCH_FACTOR
from knowledge.answer.thread import ThreadContext
from knowledge.models import DateFact, DocumentInfo, Pledge
from knowledge.rules import load_rules
from knowledge.text.amounts import BARE_AMOUNT

ACTOR_WORDS = {"rok": "ROK", "us": "U.S.", "both": "both"}
# Every pledge is a commitment of some kind: these words say a pledge is wanted, not which one.
PLEDGE_WORDS = frozenset(load_rules("questions.json")["pledge_question_words"])
CONDITION_QUESTION = re.compile(r"\bconditions?\b|\bin (?:return|exchange)\b|\bcondition(?:al|ed)\b", re.I)
CONDITION_WORDS = frozenset({"condition", "conditional", "conditioned", "return", "exchange"})
MONEY_QUESTION = re.compile(r"\bhow much\b|\bhow many dollars\b|\bamount\b|\$", re.I)


def query_amounts(text: str) -> str:
    """'2.5bn' → '2.5 billion', '270k' → '270,000': amounts in the words the table uses.

    >>> query_amounts("coupang paid 270k and pledged $2.5bn")
    'coupang paid 270,000 and pledged 2.5 billion'
    """
    scale = {"bn": "billion", "b": "billion", "mn": "million", "mln": "million", "m": "million", "tn": "trillion"}
    text = _THOUSANDS.sub(lambda m: f"{round(float(m['n']) * 1000):,}", text)
    return BARE_AMOUNT.sub(lambda m: f"{m['n']} {scale.get(m['s'].lower(), m['s'].lower())}", text)


_THOUSANDS = re.compile(r"(?<![\w.,])(?P<n>\d{1,3}(?:\.\d+)?)k\b", re.I)


def ordinals(text: str) -> set[str]:
    """'the seventh U.S.-ROK Energy Security Dialogue' → {'7th'} (normalized, so words and digits agree)."""
    return set(re.findall(r"\b\d+(?:st|nd|rd|th)\b", normalize(text)))


def prefer_named_side(hits: list[Hit], words: list[str]) -> list[Hit]:
    """Asked what 'the US' pledged, a U.S. pledge beats an equally good joint one."""
    sides = {ACTOR_WORDS[w] for w in words if w in ("us", "rok")}
    if len(sides) != 1:
        return hits
    wanted = sides.pop()

    def key(hit: Hit) -> float:
        actor = getattr(hit.entry.fact, "actor", None)
        return hit.score + (NAMED_SIDE_NUDGE if actor == wanted else -NAMED_SIDE_NUDGE if actor == "both" else 0.0)

    return sorted(hits, key=key, reverse=True)


def of_the_other_side(hit: Hit, words: list[str]) -> bool:
    """Asked what 'the US side' pledged, a pledge the ROK alone made is the other side's, not an answer."""
    sides = {ACTOR_WORDS[w] for w in words if w in ("us", "rok")}
    actor = getattr(hit.entry.fact, "actor", None)
    return len(sides) == 1 and actor in set(ACTOR_WORDS.values()) - sides - {"both"}


def prefer_office_side(hits: list[Hit], normalized: str) -> list[Hit]:
    """'the US ambassador to Korea': the country word before the office is the official's own side."""
    side = office_side(normalized)
    if side is None:
        return hits

    adjusted = [
        h if getattr(h.entry.fact, "country", side) == side else Hit(h.entry, h.score * WEAK_MATCH_FACTOR, h.coverage)
        for h in hits
    ]
    return sorted(adjusted, key=lambda h: -h.score)


def thread_after(subject: str | None, headline: str, document: str | None, shape: QuestionShape) -> str:
    """The thread's context after an answer: the person, place or organisation answered (so 'where did he
    speak?' is about them), the document it came from, and the kind of answer given."""
    entity = headline.split(" — ")[0] if shape.answer_type in ("person", "place", "organization") else None
    words = ThreadContext.decode(subject).words
    return ThreadContext(words, entity, document, shape.answer_type, shape.unit).encode()


def has_conditions(fact: Fact) -> bool:
    return bool(getattr(fact, "conditions", None))


def has_amount(fact: Fact) -> bool:
    return getattr(fact, "amount_usd", None) is not None


def chronological(fact: DateFact) -> str:
    """Sort key: a vague date ('2020', 'October 2020') after the precise ones of its period."""
    start = fact.date.split("/")[0]
    return {"year": start + "-99", "month": start + "-99"}.get(fact.precision, start)


def most_recent_of_best(hits: list[Hit], documents: Mapping[str, DocumentInfo]) -> Hit:
    """Several people have held a title equally well matched: the current holder is the latest named."""
    tied = [h for h in hits if h.score >= hits[0].score - CURRENT_HOLDER_MARGIN]
    return max(
        tied,
        key=lambda h: max(documents[s.document].date or "" for s in h.entry.fact.sources if s.document in documents),
    )


def disagreeing(top: Hit, rest: list[Hit]) -> Hit | None:
    """A near-equal match for the same thing with a different value (another date or amount)."""
    for hit in rest:
        if hit.entry.kind != top.entry.kind or hit.score < top.score * DISAGREEMENT_RATIO:
            continue
        a, b = top.entry.fact, hit.entry.fact
        same_document = a.sources[0].document == b.sources[0].document
        if isinstance(a, DateFact) and isinstance(b, DateFact) and a.date != b.date and not same_document:
            ordinals_a, ordinals_b = ordinals(a.event), ordinals(b.event)
            if ordinals_a and ordinals_b and not ordinals_a & ordinals_b:
                continue  # the 7th and the 9th dialogue are two events, not a disagreement
            return hit
        if (
            isinstance(a, Pledge)
            and isinstance(b, Pledge)
            and a.actor == b.actor
            and a.amount_usd != b.amount_usd
            and not same_document
        ):
            return hit
    return None


TIE_MARGIN = 0.01
"""Two date facts this close in score match the question equally."""


def two_events_tie(hits: list[Hit]) -> bool:
    """The two best date facts match the question equally and give different dates of different events: the
    question does not say which it means."""
    if len(hits) < 2 or hits[0].score - hits[1].score >= TIE_MARGIN:
        return False
    first, second = hits[0].entry.fact, hits[1].entry.fact
    return (
        isinstance(first, DateFact)
        and isinstance(second, DateFact)
        and first.date != second.date
        and first.sources[0].document == second.sources[0].document  # another story's date is a disagreement
    )
