"""Pledges with an amount (who commits how much, for what, on what condition) and statistics.

An amount is a pledge when it sits next to an investment or funding cue; next to a trade figure ('two-way
trade ... totaled $170 billion') or money already spent it is a statistic. Commitments without an amount are
read in ``commitments``; the sentence context and the small helpers both use live here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from knowledge.extract.actor_cues import BOTH, PASSIVE_PLEDGE, ROK, US, WINDOW
from knowledge.extract.actors import ActorResolver
from knowledge.extract.sentences import Sentence, source_of
from knowledge.models import Pledge, Source, Statistic
from knowledge.rules.rulebook import company_noun_alternation, rulebook
from knowledge.text.amounts import VAGUE_AMOUNT, Amount, find_amounts
from knowledge.text.dates import DateMention
from knowledge.text.guarded import holds_any

_CONDITION = re.compile(
    r"\b(?:in return for|in exchange for|on (?:the )?condition that|provided that|conditional on|subject to|"
    r"as a condition of|contingent on|pending)\b[^.;]*",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"\s[—–]\s|;|,\s+and\s+(?=the\s|its\s|their\s|[A-Z])|\s+and\s+additionally\b|,\s+(?:which|while)\b"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


@dataclass
class SentenceContext:
    sentence: Sentence
    previous: Sentence | None
    lead_in_actor: str | None
    dates: list[DateMention]
    quoted: bool = False  # the sentence starts inside a quotation opened earlier in its paragraph
    earlier: str | None = None  # the sentence before, across a paragraph break (whom 'They' refers to)
    recent_actor: str | None = None  # who pledged in the last two sentences ('the deal also includes $350 billion')


def inside_quote(text: str, pos: int, quoted: bool = False) -> bool:
    """Words inside quotation marks are someone's speech, not a commitment on the record."""
    opening, closing, straight = _quote_marks(text)
    count = bisect.bisect_left
    return int(quoted) + count(opening, pos) > count(closing, pos) or count(straight, pos) % 2 == 1


@lru_cache(maxsize=16)
def _quote_marks(text: str) -> tuple[list[int], list[int], list[int]]:
    """Where the quotation marks of ``text`` stand, found once, so each question about a position is a bisection."""
    return _positions(text, "“"), _positions(text, "”"), _positions(text, '"')


def _positions(text: str, mark: str) -> list[int]:
    """Where ``mark`` stands in ``text`` (``str.find`` runs in C: most sentences hold no quotation mark at all)."""
    found: list[int] = []
    at = text.find(mark)
    while at >= 0:
        found.append(at)
        at = text.find(mark, at + 1)
    return found


def opens_quote(text: str, quoted: bool) -> bool:
    """Whether a quotation is still open at the end of ``text``."""
    return inside_quote(text, len(text), quoted)


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _CLAUSE_BREAK.finditer(text, max(0, start - WINDOW), start):  # a window keeps long lines linear
        left = m.end()
    right_m = _CLAUSE_BREAK.search(text, end, end + WINDOW)
    right = right_m.start() if right_m else min(len(text), end + WINDOW)
    return left, right


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def tidy(text: str, limit: int = 220) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:—–-.")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_CONDITION_WORDS = ("return", "exchange", "condition", "provided", "subject to", "contingent", "pending")


def condition_of(text: str) -> str | None:
    lowered = text.lower()
    if not holds_any(lowered, _CONDITION_WORDS):
        return None  # the pattern below cannot match: skip its scan
    m = _CONDITION.search(text)
    return tidy(m.group(0)) if m else None


@cache
def _achievement_pattern() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in rulebook().achievement_verbs)
    return re.compile(rf"\b(?:{verbs})\s+$")


@cache
def _earlier_figure_pattern() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in rulebook().earlier_figure_cues)
    return re.compile(rf"\b(?:{cues})\s+(?:the\s+)?(?:\w+\s+){{0,2}}$")


@cache
def _completed_deal_pattern() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in rulebook().completed_deal_verbs)
    return re.compile(rf"\b(?:{verbs})\b[^,;]*\bfor\s+$")


@cache
def _cut_to_pattern() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in rulebook().cut_to_cues)
    return re.compile(rf"\b(?:{cues})\b(?:[^.;]|\.(?=\d)){{0,120}}?\bto\s+(?:just|only|about|around|nearly)?\s*$")


@cache
def _facilitation_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in rulebook().facilitation_cues) + r")\b")


def _is_statistic(text: str, amount: Amount) -> bool:
    """A trade figure, not a pledge: the cue word nearest before the amount decides."""
    rules = rulebook()
    if _cut_to_pattern().search(text, max(0, amount.start - 160), amount.start):
        return True  # 'the contract has been reduced from $2.68 billion to just 9.73 million won': what is left
    if _facilitation_pattern().search(text, max(0, amount.start - 100), amount.start):
        return True  # 'the program has helped facilitate … over $55 billion in investments': others' money
    if _achievement_pattern().search(text, max(0, amount.start - 40), amount.start):
        return True  # 'has invested over $20 million': done, not pledged
    if _earlier_figure_pattern().search(text, max(0, amount.start - 30), amount.start):
        return True  # 'will invest $37 billion, down from $45 billion': the old figure is no second pledge
    if _completed_deal_pattern().search(text, max(0, amount.start - 80), amount.start):
        return True  # 'Hanwha Ocean acquired Philly Shipyard for $100 million last year': a deal done
    if PASSIVE_PLEDGE.search(text, amount.end, amount.end + 120):
        return False  # '$1.5 billion in contracts will be awarded to ...'
    before = _words(text[max(0, amount.start - WINDOW) : amount.start])
    for k in range(len(before) - 1, -1, -1):
        word = before[k]
        if word in rules.pledge_amount_cues:
            return False
        if word in rules.statistic_cues and not (word == "worth" and before[k + 1 : k + 2] == ["of"]):
            # 'signed 23 memorandums of understanding worth $22 billion': deals are commitments.
            return not (word == "worth" and rules.deal_nouns & set(before[max(0, k - 5) : k]))
    return not any(w in rules.pledge_amount_cues for w in _words(text[amount.end : amount.end + 40])[:4])


def _what(ctx: SentenceContext, amount: Amount, clause: tuple[int, int]) -> str:
    """What an amount is for: the words after it, or the sentence before when it says 'this effort'."""
    text = ctx.sentence.text
    post = tidy(text[amount.end : clause[1]])
    short = len(post.split()) < 5
    if ctx.previous is not None and _refers_back(text[clause[0] : amount.start] if not short else text):
        earlier = tidy(ctx.previous.text)
        return earlier if short else tidy(f"{post} (for: {earlier})", 320)
    if ctx.previous is not None and _refers_back(post):
        return tidy(ctx.previous.text)
    if not short:
        return post
    clause_text = tidy(text[clause[0] : clause[1]])
    if len(clause_text.split()) < 5:
        first = _CLAUSE_BREAK.search(text, 0, WINDOW)
        return tidy(text[: first.start()] if first else text[:WINDOW])
    return clause_text


@cache
def _anaphora_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in rulebook().anaphoric_what) + r")\b", re.IGNORECASE)


def _refers_back(text: str) -> bool:
    """'this effort', 'the fund': the sentence points back to the one before."""
    return _anaphora_pattern().search(text) is not None


def date_in(ctx: SentenceContext, start: int, end: int) -> str | None:
    for d in ctx.dates:
        if ctx.sentence.start + start <= d.start <= ctx.sentence.start + end:
            return d.iso
    return None


@cache
def _indefinite_owner_pattern() -> re.Pattern[str]:
    nouns = company_noun_alternation()
    return re.compile(rf"\b[Aa]n?\s+(?:[\w\-.]+\s+){{0,3}}?(?P<noun>{nouns})[’']s\s+(?:[a-z\-]+\s+){{0,3}}$")


def indefinite_owner(text: str, start: int, actors: ActorResolver, offset: int) -> str | None:
    """ "a South Korean corporation's $3.1 billion stake": a company the text describes before naming it is the
    one so described, else the company named nearest before, else the first named after (not its country)."""
    m = _indefinite_owner_pattern().search(text, max(0, start - 80), start)
    if m is None:
        return None
    at = offset + start
    named_after = (a.actor for a in actors.mentions(actors.text[at : at + 3000]) if a.actor not in (US, ROK, BOTH))
    return actors.described_before(m["noun"], at) or actors.company_before(at) or next(named_after, None)


def amount_facts(ctx: SentenceContext, actors: ActorResolver, document_id: str) -> tuple[list[Pledge], list[Statistic]]:
    """Pledges and statistics for each dollar amount in one sentence."""
    text = ctx.sentence.text
    pledges: list[Pledge] = []
    statistics: list[Statistic] = []
    condition = condition_of(text)
    amounts = find_amounts(text)
    respective = actors.respective(text, [a.start for a in amounts])
    for index, amount in enumerate(amounts):
        clause = _clause_bounds(text, amount.start, amount.end)
        if _is_statistic(text, amount):
            statistics.append(
                Statistic(
                    subject=tidy(text[clause[0] : clause[1]]),
                    amount_text=amount.text,
                    amount_usd=amount.usd,
                    date=date_in(ctx, 0, len(text)),
                    sources=(source_of(document_id, ctx.sentence),),
                )
            )
            continue
        listed = actors.listed_companies(text[: amount.start]) if amount.usd is None else []
        if len(listed) > 1:
            # 'companies such as Apple, TSMC, and SoftBank also committing billions': one pledge each.
            for company in listed:
                pledges.append(
                    Pledge(
                        actor=company,
                        amount_text=amount.text,
                        what=_what(ctx, amount, clause),
                        conditions=condition,
                        date=date_in(ctx, clause[0], clause[1]),
                        sources=(source_of(document_id, ctx.sentence),),
                    )
                )
            continue
        actor = (
            respective[index]
            if respective
            else indefinite_owner(text, amount.start, actors, ctx.sentence.start)
            or actors.actor_for_amount(text, amount.start, ctx.sentence.start)
        )
        if actor is None and ctx.previous is not None:
            # 'These investments, totaling $25 billion': who invests was said in the sentence before.
            actor = actors.classify(ctx.previous.text, ctx.previous.start)
        actor = actor or actors.counted_group(text[: amount.start]) or ctx.lead_in_actor or ctx.recent_actor
        if actor is None or (VAGUE_AMOUNT.fullmatch(amount.text) and actor in (US, ROK)):
            # 'ROK businesses are investing billions': an uncounted sum over a whole country's firms describes a
            # flow of money; only a named company's (or a list of them) is someone's commitment.
            continue
        sources: tuple[Source, ...] = (source_of(document_id, ctx.sentence),)
        if ctx.previous is not None and _refers_back(text):
            # 'To facilitate this, the ROK has committed $200 million': the sentence before says what 'this' is.
            sources += (source_of(document_id, ctx.previous),)
        pledges.append(
            Pledge(
                actor=actor,
                amount_text=amount.text,
                amount_usd=amount.usd,
                what=_what(ctx, amount, clause),
                conditions=condition,
                date=date_in(ctx, clause[0], clause[1]),
                sources=sources,
            )
        )
    return pledges, statistics
