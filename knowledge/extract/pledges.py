"""Extracting pledges (who commits what, for how much, on what condition) and statistics.

A sentence is a pledge when an actor (U.S., ROK, both, or a company) is the
subject of a commitment verb ('committed to', 'will', 'plans to invest'), when
an amount sits next to an investment or funding cue, or when it is a bullet
under a lead-in such as 'Together, the United States and the ROK will:'.
Amounts next to trade figures ('two-way trade ... totaled $170 billion') are
statistics, not pledges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from knowledge.extract.actors import BOTH, PASSIVE_PLEDGE, ROK, US, ActorResolver
from knowledge.extract.sentences import Sentence, source_of
from knowledge.models import Pledge, Source, Statistic
from knowledge.rules.rulebook import rulebook
from knowledge.text.amounts import VAGUE_AMOUNT, Amount, find_amounts
from knowledge.text.dates import DateMention

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


def _inside_quote(text: str, pos: int, quoted: bool = False) -> bool:
    """Words inside quotation marks are someone's speech, not a commitment on the record."""
    head = text[:pos]
    return int(quoted) + head.count("“") > head.count("”") or head.count('"') % 2 == 1


def opens_quote(text: str, quoted: bool) -> bool:
    """Whether a quotation is still open at the end of ``text``."""
    return _inside_quote(text, len(text), quoted)


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, start):
        left = m.end()
    right_m = _CLAUSE_BREAK.search(text, end)
    right = right_m.start() if right_m else len(text)
    return left, right


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _tidy(text: str, limit: int = 220) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:—–-.")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_CONDITION_WORDS = ("return", "exchange", "condition", "provided", "subject to", "contingent", "pending")


def _condition(text: str) -> str | None:
    lowered = text.lower()
    if not any(word in lowered for word in _CONDITION_WORDS):
        return None  # the pattern below cannot match: skip its scan
    m = _CONDITION.search(text)
    return _tidy(m.group(0)) if m else None


@cache
def _achievement_pattern() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in rulebook().achievement_verbs)
    return re.compile(rf"\b(?:{verbs})\s+$")


def _is_statistic(text: str, amount: Amount) -> bool:
    """A trade figure, not a pledge: the cue word nearest before the amount decides."""
    rules = rulebook()
    if _achievement_pattern().search(text, max(0, amount.start - 40), amount.start):
        return True  # 'has invested over $20 million': done, not pledged
    if PASSIVE_PLEDGE.search(text, amount.end, amount.end + 120):
        return False  # '$1.5 billion in contracts will be awarded to ...'
    before = _words(text[: amount.start])
    for k in range(len(before) - 1, -1, -1):
        word = before[k]
        if word in rules.pledge_amount_cues:
            return False
        if word in rules.statistic_cues:
            # 'signed 23 memorandums of understanding worth $22 billion': deals are commitments.
            return not (word == "worth" and rules.deal_nouns & set(before[max(0, k - 5) : k]))
    return not any(w in rules.pledge_amount_cues for w in _words(text[amount.end : amount.end + 40])[:4])


def _what(ctx: SentenceContext, amount: Amount, clause: tuple[int, int]) -> str:
    """What an amount is for: the words after it, or the sentence before when it says 'this effort'."""
    text = ctx.sentence.text
    post = _tidy(text[amount.end : clause[1]])
    short = len(post.split()) < 5
    if ctx.previous is not None and _refers_back(text[clause[0] : amount.start] if not short else text):
        earlier = _tidy(ctx.previous.text)
        return earlier if short else _tidy(f"{post} (for: {earlier})", 320)
    if ctx.previous is not None and _refers_back(post):
        return _tidy(ctx.previous.text)
    if not short:
        return post
    clause_text = _tidy(text[clause[0] : clause[1]])
    if len(clause_text.split()) < 5:
        first = _CLAUSE_BREAK.search(text)
        return _tidy(text[: first.start()] if first else text)
    return clause_text


@cache
def _anaphora_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in rulebook().anaphoric_what) + r")\b", re.IGNORECASE)


def _refers_back(text: str) -> bool:
    """'this effort', 'the fund': the sentence points back to the one before."""
    return _anaphora_pattern().search(text) is not None


def _date_in(ctx: SentenceContext, start: int, end: int) -> str | None:
    for d in ctx.dates:
        if ctx.sentence.start + start <= d.start <= ctx.sentence.start + end:
            return d.iso
    return None


def amount_facts(ctx: SentenceContext, actors: ActorResolver, document_id: str) -> tuple[list[Pledge], list[Statistic]]:
    """Pledges and statistics for each dollar amount in one sentence."""
    text = ctx.sentence.text
    pledges: list[Pledge] = []
    statistics: list[Statistic] = []
    condition = _condition(text)
    amounts = find_amounts(text)
    respective = actors.respective(text, [a.start for a in amounts])
    for index, amount in enumerate(amounts):
        clause = _clause_bounds(text, amount.start, amount.end)
        if _is_statistic(text, amount):
            statistics.append(
                Statistic(
                    subject=_tidy(text[clause[0] : clause[1]]),
                    amount_text=amount.text,
                    amount_usd=amount.usd,
                    date=_date_in(ctx, 0, len(text)),
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
                        date=_date_in(ctx, clause[0], clause[1]),
                        sources=(source_of(document_id, ctx.sentence),),
                    )
                )
            continue
        actor = respective[index] if respective else actors.actor_for_amount(text, amount.start, ctx.sentence.start)
        if actor is None and ctx.previous is not None:
            # 'These investments, totaling $25 billion': who invests was said in the sentence before.
            actor = actors.classify(ctx.previous.text, ctx.previous.start)
        actor = actor or ctx.lead_in_actor or ctx.recent_actor
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
                date=_date_in(ctx, clause[0], clause[1]),
                sources=sources,
            )
        )
    return pledges, statistics


@cache
def _commitment_pattern() -> re.Pattern[str]:
    # 'agreed on Tuesday to expand': a short phrase may stand between the verb and its 'to'.
    verbs = "|".join(
        re.escape(v[:-3]) + r"(?:\s+(?!to\b)[\w,]+){0,3}?\s+to" if v.endswith(" to") else re.escape(v)
        for v in rulebook().commitment_verbs
    )
    return re.compile(rf"\b(?:{verbs})\b(?!\s*:)")


# 'Korea Zinc's commitment to invest in a refinery': the owner of a commitment to act has pledged it.
_POSSESSIVE_COMMITMENT = re.compile(
    r"((?:[A-Z][\w&.\-]*\s+){0,3}[A-Z][\w&.\-]*)[’']s\s+(?:commitment|pledge|promise|plans?)\s+to\s+((?:[a-z]+)\b[^.;]*)"
)
# 'its pledge to', "Korean companies' plans to": a noun naming a plan, not a verb.
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:its|their|our|his|her|the|a|an|this|that|these|those)|\w[’']s|\ws[’'])\s+$", re.IGNORECASE
)


_REPORTED = re.compile(
    r"\b(?:said|says|announced|added|told \w+)\s+(?:that\s+)?(?:it|they|he|she|we|"
    r"the (?:company|firm|group|government|ministry|department|administration)|"
    r"[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})\s+$"
)


def _commitment_verbs(text: str) -> list[re.Match[str]]:
    """Commitment verbs; 'its pledge to', 'the commitment to' are nouns naming an old promise, not a new one;
    'would' only in reported speech ('said it would make')."""
    return [
        m
        for m in _commitment_pattern().finditer(text)
        if not _DETERMINER_BEFORE.search(text[: m.start()])
        and (m.group(0) != "would" or _REPORTED.search(text, 0, m.start()))
    ]


@cache
def _deal_pattern() -> re.Pattern[str]:
    """'signed an MOU on', 'reached an agreement on', 'struck a deal with': an agreement entered into."""
    rules = rulebook()
    verbs = "|".join(re.escape(v) for v in rules.deal_verbs)
    nouns = "|".join(re.escape(n) for n in sorted(rules.deal_nouns, key=len, reverse=True))
    return re.compile(
        rf"\b(?:{verbs})\s+(?:(?:an?|the|two|three|new|its|their)\s+)?(?:[\w\-]+\s+){{0,3}}?(?:{nouns})\b", re.I
    )


@cache
def _announced_commitment_pattern() -> re.Pattern[str]:
    rules = rulebook()
    verbs = "|".join(re.escape(v) for v in rules.announcing_verbs)
    nouns = "|".join(re.escape(n) for n in rules.commitment_nouns)
    return re.compile(
        rf"\b(?P<verb>{verbs})\s+(?P<phrase>(?:(?:its|their|our|his|her|the|a|an|new)\s+)?(?:[\w.\-’']+\s+){{0,4}}?)"
        rf"(?P<noun>{nouns})\b(?P<to>\s+(?:not\s+)?to\b)?"
    )


def _announced_commitments(
    text: str, actors: ActorResolver, offset: int, previous: str | None
) -> list[tuple[str, int]]:
    """'announced their intent to create', 'reaffirmed the U.S. extended deterrence commitment', 'we affirmed
    our joint commitment to': (actor, where the commitment starts) for each."""
    found: list[tuple[str, int]] = []
    for m in _secured_pattern().finditer(text) if " from " in text else ():
        giver = actors.classify(m["giver"].strip(), offset + m.start("giver"))
        if giver is not None:
            found.append((giver, m.start()))
    for m in _PLANNED.finditer(text) if "planned" in text else ():
        owner = actors.classify(m["owner"], offset + m.start())
        if owner is not None:
            found.append((owner, m.start()))  # "the automaker's planned steel plant"
    for m in _PARTNERSHIP_BETWEEN.finditer(text) if " between " in text else ():
        party = actors.classify(m["party"], offset + m.start("party"))
        if party is not None and party not in (US, ROK, BOTH):
            found.append((party, m.start()))  # 'a new partnership between HD-Hyundai, the University of …'
    if "agreed" in text and re.search(r"\b(?:was|were|has been|have been)\s+agreed\b", text):
        found.append((BOTH, 0))  # 'This meeting was agreed upon during an August summit': an agreement
    lowered = text.lower()
    rules = rulebook()
    if not any(n in lowered for n in rules.commitment_nouns) and not any(n in lowered for n in rules.deal_nouns):
        return found  # neither a plan, an intent, a commitment nor a deal is named
    for m in _deal_pattern().finditer(text):
        actor = actors.subject_actor(text, m.start(), offset, previous)
        if actor is not None:
            found.append((actor, m.start()))
    for m in _announced_commitment_pattern().finditer(text):
        if m["noun"] not in ("commitment", "commitments") and not m["to"]:
            continue  # 'announced the plan' names a document; 'announced plans to build' commits
        phrase = m["phrase"]
        if re.match(r"(?:our|their)\s+(?:joint|shared|mutual|common)\b", phrase):
            found.append((BOTH, m.start()))
            continue
        named = [a for a in actors.mentions(phrase) if a.actor in (US, ROK)]
        actor = named[0].actor if named else actors.subject_actor(text, m.start(), offset, previous)
        if actor is None:  # 'NSA Sullivan and NSA Cho are using this opportunity to highlight their intent'
            actor = actors.people_actor(text[: m.start()])
        if actor is not None:
            found.append((actor, m.start()))
    return found


@cache
def _wish_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in rulebook().not_commitment_cues) + r")\b", re.IGNORECASE)


@cache
def _itinerary_pattern() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in rulebook().itinerary_verbs)
    return re.compile(rf"\s*(?:also\s+|then\s+|first\s+)?(?:{verbs})\b", re.IGNORECASE)


@cache
def _description_pattern() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in rulebook().description_verbs)
    return re.compile(rf"\s*(?:also\s+|continue\s+to\s+)?(?:{verbs})\b", re.IGNORECASE)


@cache
def _secured_pattern() -> re.Pattern[str]:
    """'secured an equity investment and agreement from Posco Holdings': the giver commits."""
    nouns = "|".join(re.escape(n) for n in rulebook().secured_nouns)
    return re.compile(
        rf"\b(?:secured|secures|received|receives|won|attracted|obtained)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){{0,3}}?"
        rf"(?:{nouns})(?:\s+and\s+(?:an?\s+)?[\w\-]+)?\s+from\s+(?P<giver>(?:[A-Z][\w&.\-]*\s?){{1,4}})"
    )


_PARTNERSHIP_BETWEEN = re.compile(
    r"\b(?:partnership|joint venture|alliance|consortium)\s+between\s+(?P<party>(?:[A-Z][\w&.\-]*\s?){1,4})"
)
_PLANNED = re.compile(r"(?P<owner>(?:[A-Z][\w&.\-]*\s+){0,3}[A-Z][\w&.\-]*|the\s+[\w\-]+)[’']s\s+planned\s+\w+")


def _not_a_commitment(text: str, verb: re.Match[str], actors: ActorResolver) -> bool:
    """Someone's hope or forecast ('voiced expectation that the ROK will'), or a person's schedule ('Lee will
    attend', 'Mr. Sullivan plans to visit'); a government's or a company's 'will discuss' stays a commitment."""
    if _wish_pattern().search(text, max(0, verb.start() - 80), verb.start()):
        return True
    if verb.group(0) == "will" and _description_pattern().match(text, verb.end()):
        return True  # 'will be a breakthrough', 'will play a critical role': a description, not a commitment
    schedule = re.fullmatch(r"will|plans? to|planned to", verb.group(0)) and _itinerary_pattern().match(
        text, verb.end()
    )
    return bool(schedule) and not actors.mentions(text[: verb.start()])


def commitment_facts(ctx: SentenceContext, actors: ActorResolver, document_id: str) -> list[Pledge]:
    """Pledges without an amount: an actor as subject of a commitment verb, or a bullet under a lead-in."""
    text = ctx.sentence.text
    found: list[Pledge] = []
    if text.rstrip().endswith(":"):
        return found  # a lead-in: its pledges are the bullets that follow
    seen_actors: set[str] = set()
    previous_text = ctx.previous.text if ctx.previous is not None else ctx.earlier
    for verb in _commitment_verbs(text):
        if _inside_quote(text, verb.start(), ctx.quoted) or _not_a_commitment(text, verb, actors):
            continue
        previous = ctx.previous.text if ctx.previous is not None else ctx.earlier
        actor = actors.subject_actor(text, verb.start(), ctx.sentence.start, previous)
        if actor is None or actor in seen_actors:
            continue
        what = _tidy(text[verb.end() :])
        if re.search(r"\band\s+$", text[: verb.start()]):
            what = _tidy(text)  # '… held talks on the maritime structure … and will continue efforts': the whole
        if len(what.split()) < 2:
            continue
        seen_actors.add(actor)
        found.append(
            Pledge(
                actor=actor,
                what=what,
                conditions=_condition(text),
                date=_date_in(ctx, verb.end(), len(text)),
                sources=(source_of(document_id, ctx.sentence),),
            )
        )
    for actor, start in _announced_commitments(text, actors, ctx.sentence.start, previous_text):
        if (
            actor not in seen_actors
            and not _inside_quote(text, start, ctx.quoted)
            and not _wish_pattern().search(text, 0, start)
        ):
            seen_actors.add(actor)
            what = _tidy(text[start:])
            if previous_text and re.match(r"(?:This|These|That|The)\s+(?:meeting|agreement|plan|effort|deal)\b", text):
                what = _tidy(f"{what} (for: {previous_text})", 320)  # 'This meeting was agreed upon': which
            found.append(
                Pledge(
                    actor=actor,
                    what=what,
                    conditions=_condition(text),
                    date=_date_in(ctx, start, len(text)),
                    sources=(source_of(document_id, ctx.sentence),),
                )
            )
    for m in _POSSESSIVE_COMMITMENT.finditer(text):
        actor = actors.classify(m.group(1), ctx.sentence.start + m.start())
        if actor is not None and actor not in seen_actors and not _inside_quote(text, m.start(), ctx.quoted):
            seen_actors.add(actor)
            found.append(
                Pledge(
                    actor=actor,
                    what=_tidy(m.group(2)),
                    conditions=_condition(text),
                    date=_date_in(ctx, m.start(), len(text)),
                    sources=(source_of(document_id, ctx.sentence),),
                )
            )
    if not found and ctx.lead_in_actor and ctx.sentence.bullet:
        # A bullet under 'X will:' continues the lead-in's sentence: X commits to it.
        found.append(
            Pledge(
                actor=ctx.lead_in_actor,
                what=_tidy(text),
                conditions=_condition(text),
                date=_date_in(ctx, 0, len(text)),
                sources=(source_of(document_id, ctx.sentence),),
            )
        )
    return found


def lead_in_actor(sentence: Sentence, actors: ActorResolver) -> str | None:
    """The actor of a lead-in line such as 'Together, the United States and the ROK will:'."""
    text = sentence.text.rstrip()
    lowered = text.lower()
    for cue in rulebook().lead_in_pledge:
        if lowered.endswith(cue):
            return actors.subject_actor(text, len(text) - len(cue), sentence.start)
    return None
