"""Commitments without an amount: an actor as the subject of a commitment verb ('agreed to', 'will', 'plans
to'), an announced plan, intent or commitment, an agreement signed or reached, what one party secures from
another, or a bullet under a lead-in such as 'Together, the United States and the ROK will:'.

Not commitments: someone's hope or forecast, a person's schedule, a description after 'will'.
"""

from __future__ import annotations

import re
from functools import cache

from knowledge.extract.actor_cues import BOTH, ROK, US, WINDOW
from knowledge.extract.actors import ActorResolver
from knowledge.extract.plans import plan_commitments
from knowledge.extract.pledges import SentenceContext, condition_of, date_in, inside_quote, tidy
from knowledge.extract.sentences import Sentence, source_of
from knowledge.models import Pledge
from knowledge.rules.rulebook import rulebook
from knowledge.text.guarded import guard, holds_any, initials_first


@cache
def _commitment_pattern() -> re.Pattern[str]:
    # 'agreed on Tuesday to expand': a short phrase may stand between the verb and its 'to'.
    commitment_verbs = rulebook().commitment_verbs
    verbs = "|".join(
        re.escape(v[:-3]) + r"(?:\s+(?!to\b)[\w,]+){0,3}?\s+to" if v.endswith(" to") else re.escape(v)
        for v in commitment_verbs
    )
    return re.compile(rf"{initials_first(commitment_verbs)}\b(?:{verbs})\b(?!\s*:)")


# 'Korea Zinc's commitment to invest in a refinery': the owner of a commitment to act has pledged it.
_POSSESSIVE_COMMITMENT = guard(
    re.compile(
        r"((?:[A-Z][\w&.\-]*\s+){0,3}[A-Z][\w&.\-]*)[’']s\s+(?:commitment|pledge|promise|plans?)\s+to\s+"
        r"((?:[a-z]+)\b[^.;]*)"
    ),
    *("commitment", "pledge", "promise", "plan"),
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
        if not _DETERMINER_BEFORE.search(text, max(0, m.start() - 40), m.start())
        and (m.group(0) != "would" or _REPORTED.search(text, max(0, m.start() - 80), m.start()))
    ]


@cache
def _deal_pattern() -> re.Pattern[str]:
    """'signed an MOU on', 'reached an agreement on', 'struck a deal with': an agreement entered into."""
    rules = rulebook()
    verbs = "|".join(re.escape(v) for v in rules.deal_verbs)
    nouns = "|".join(re.escape(n) for n in sorted(rules.deal_nouns, key=len, reverse=True))
    occasions = "|".join(re.escape(o) for o in rules.deal_occasions)
    return re.compile(
        rf"{initials_first(rules.deal_verbs)}\b(?:{verbs})\s+(?:the\s+(?:{occasions})\s+of\s+)?"
        r"(?:(?:an?|the|two|three|new|its|their)\s+)?"
        rf"(?:[\w\-]+\s+){{0,4}}?(?:{nouns})\b",
        re.I,
    )


@cache
def _announced_commitment_pattern() -> re.Pattern[str]:
    rules = rulebook()
    verbs = "|".join(re.escape(v) for v in rules.announcing_verbs)
    nouns = "|".join(re.escape(n) for n in rules.commitment_nouns)
    return re.compile(
        rf"{initials_first(rules.announcing_verbs)}\b(?P<verb>{verbs})\s+"
        r"(?P<phrase>(?:(?:its|their|our|his|her|the|a|an|new)\s+)?(?:[\w.\-’']+\s+){0,4}?)"
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
    if not holds_any(lowered, rules.commitment_nouns) and not holds_any(lowered, rules.deal_nouns):
        return found  # neither a plan, an intent, a commitment nor a deal is named
    for m in _deal_pattern().finditer(text):
        actor = actors.subject_actor(text, m.start(), offset, previous)
        if actor is not None:
            found.append((actor, m.start()))
    for m in _announced_commitment_pattern().finditer(text):
        if m["noun"] not in rules.standing_commitment_nouns and not m["to"]:
            continue  # 'announced the plan' names a document; 'announced plans to build' commits
        if m["noun"].startswith("investment") and m["verb"] not in rules.investment_announcing_verbs:
            # 'the President highlighted investments' praises others' money; 'LG announced investments' commits.
            continue
        phrase = m["phrase"]
        if re.match(r"(?:our|their)\s+(?:joint|shared|mutual|common)\b", phrase):
            found.append((BOTH, m.start()))
            continue
        named = [a for a in actors.mentions(phrase) if a.actor in (US, ROK)]
        actor = named[0].actor if named else actors.subject_actor(text, m.start(), offset, previous)
        if actor is None:  # 'NSA Sullivan and NSA Cho are using this opportunity to highlight their intent'
            actor = actors.people_actor(text[: m.start()])
        if m["noun"].startswith("investment") and actor in (US, ROK, BOTH):
            continue  # 'Korean firms announced major investments': no one company's commitment
        if actor is not None:
            found.append((actor, m.start()))
    return found


@cache
def _wish_pattern() -> re.Pattern[str]:
    cues = rulebook().not_commitment_cues
    return re.compile(initials_first(cues) + r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.IGNORECASE)


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
        if inside_quote(text, verb.start(), ctx.quoted) or _not_a_commitment(text, verb, actors):
            continue
        previous = ctx.previous.text if ctx.previous is not None else ctx.earlier
        actor = actors.subject_actor(text, verb.start(), ctx.sentence.start, previous)
        if actor is None or actor in seen_actors:
            continue
        what = tidy(text[verb.end() : verb.end() + WINDOW])
        if re.search(r"\band\s+$", text[: verb.start()]):
            what = tidy(text)  # '… held talks on the maritime structure … and will continue efforts': the whole
        if len(what.split()) < 2:
            continue
        seen_actors.add(actor)
        found.append(
            Pledge(
                actor=actor,
                what=what,
                conditions=condition_of(text),
                date=date_in(ctx, verb.end(), len(text)),
                sources=(source_of(document_id, ctx.sentence),),
            )
        )
    announced = _announced_commitments(text, actors, ctx.sentence.start, previous_text)
    for actor, start in [*announced, *plan_commitments(text, actors, ctx.sentence.start)]:
        if (
            actor not in seen_actors
            and not inside_quote(text, start, ctx.quoted)
            and not _wish_pattern().search(text, max(0, start - 80), start)
        ):
            seen_actors.add(actor)
            what = tidy(text[start : start + WINDOW])
            if previous_text and re.match(r"(?:This|These|That|The)\s+(?:meeting|agreement|plan|effort|deal)\b", text):
                what = tidy(f"{what} (for: {previous_text})", 320)  # 'This meeting was agreed upon': which
            found.append(
                Pledge(
                    actor=actor,
                    what=what,
                    conditions=condition_of(text),
                    date=date_in(ctx, start, len(text)),
                    sources=(source_of(document_id, ctx.sentence),),
                )
            )
    for m in _POSSESSIVE_COMMITMENT.finditer(text):
        actor = actors.classify(m.group(1), ctx.sentence.start + m.start())
        if actor is not None and actor not in seen_actors and not inside_quote(text, m.start(), ctx.quoted):
            seen_actors.add(actor)
            found.append(
                Pledge(
                    actor=actor,
                    what=tidy(m.group(2)),
                    conditions=condition_of(text),
                    date=date_in(ctx, m.start(), len(text)),
                    sources=(source_of(document_id, ctx.sentence),),
                )
            )
    if not found and ctx.lead_in_actor and ctx.sentence.bullet:
        # A bullet under 'X will:' continues the lead-in's sentence: X commits to it.
        found.append(
            Pledge(
                actor=ctx.lead_in_actor,
                what=tidy(text),
                conditions=condition_of(text),
                date=date_in(ctx, 0, len(text)),
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
