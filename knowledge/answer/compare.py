"""Questions over several pledges at once: which side committed more, the largest commitment, the total.

They are answered from extracted pledges with amounts, never by adding an amount to its own breakdown: when one
amount of a document equals the sum of others of the same actor there, it is the total and the others are its
parts. Every answer names the pledges it was computed from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from knowledge.answer.anchors import frame_words, without_idioms
from knowledge.answer.citing import Citations
from knowledge.answer.described import without_the_document
from knowledge.answer.fit import SIDE_WORDS, us_state_names
from knowledge.answer.highlight import highlight_of
from knowledge.answer.index import SearchIndex
from knowledge.answer.normalize import content_tokens, in_both_forms, normalize
from knowledge.answer.part_asked import without_destination_sides
from knowledge.answer.preferences import PLEDGE_WORDS
from knowledge.answer.query import side_nouns
from knowledge.answer.question_type import question_shape
from knowledge.answer.ranking import COMPARISON_BAR
from knowledge.answer.reader_lookups import SIDES
from knowledge.answer.result import Answer, AnswerItem
from knowledge.models import Pledge
from knowledge.rules import alternation, listed_words, load_rules

SIDE_NAMES = {"U.S.": "The United States", "ROK": "The Republic of Korea"}


@dataclass(frozen=True)
class Comparison:
    """The outcome: the headline, and the pledges it rests on (the first is the one to quote)."""

    headline: str
    pledges: tuple[Pledge, ...]
    score: float


def asks_to_compare(text: str) -> bool:
    """'which side pledged more, us or korea', 'who put more into 5G, washington or seoul'; 'which side committed
    more to 5g and 6g' names no side, and means the two."""
    both = len(_sides(text)) == 2 or (bool(listed_words("which_side_words").search(text)) and not _sides(text))
    return bool(listed_words("more_words").search(text)) and both


def asks_for_largest(text: str, kind: str = "largest_words") -> bool:
    """'the largest Korean investment', 'biggest pledge'; not 'the biggest source of investment', whose
    superlative is about something else than a pledge. ``kind``: 'smallest_words' for the smallest."""
    text = _QUOTED.sub(" ", without_idioms(text))
    superlative = listed_words(kind).search(text)
    if not superlative:
        return False
    if re.search(r"\bfirst\s*(?:&|\+|and)\s*$", text[: superlative.start()], re.I):
        return False  # 'the first & biggest transformer plant': a claim a document makes, not one usrok computes
    following = [w.lower() for w in re.findall(r"[\w$'’-]+", text[superlative.end() :])]
    if any(w in pledge_nouns() for w in following[:SUPERLATIVE_REACH]):
        return True
    # 'of the korean investments flagged, which co had the biggest one', 'the biggest of the recent investments':
    # the superlative stands for the pledges the question names elsewhere.
    standing_for = not following or following[0] in ("one", "of")
    return standing_for and any(w.lower() in pledge_nouns() for w in re.findall(r"[\w'’-]+", text))


_QUOTED = re.compile(r"(?<!\w)['\"‘“](?=[^'\"‘’“”]*\s)[^'\"‘’“”]{2,40}?['\"’”](?!\w)")
"""Words in quotes ("the samsung 'worlds largest' chip plant"): a document's own words naming what is asked, a
claim it makes; no largest for usrok to find."""

SUPERLATIVE_REACH = 3
"""How many words after 'largest' may come before the pledge noun it qualifies ('largest Korean company investment')."""


@cache
def pledge_nouns() -> frozenset[str]:
    return frozenset(load_rules("questions.json")["pledge_nouns"])


def _sides(text: str) -> set[str]:
    """The sides a question names as pledging: not one named as where the money goes ('put into america')."""
    words = set(content_tokens(without_destination_sides(text)))
    return {side for side, token in (("U.S.", "us"), ("ROK", "rok")) if token in words}


_ALTERNATIVES = re.compile(
    r",?\s*(?:between\s+)?(?:(?!\s-\s)[\w.'’ -]){1,30}\s+(?:or|vs\.?|versus)\s+[\w.'’ -]{1,30}\??\s*$", re.I
)
"""', us or korea' ending a question; not the words before a dash ('5g/6g networks - washington or seoul')."""


SIDE_TOKENS = ("us", "rok")
COMPARING_KINDS = ("more_words", "largest_words", "smallest_words", "total_words")
"""The rules' lists of words that compare or add up figures."""


def _adds_no_topic(question: str, thread: str) -> bool:
    """A follow-up naming nothing the thread did not ('and adding in seouls pledge for the same thing'), not one
    with a topic of its own ('what about the total for both sides on vaccines?')."""
    # ('so both govts combined?': a side noun is no topic either)
    fillers = in_both_forms(load_rules("questions.json")["follow_up_fillers"]["words"]) | side_nouns()
    own = set(content_tokens(_topic(question))) - set(SIDE_TOKENS) - PLEDGE_WORDS - frame_words() - fillers
    return own <= set(content_tokens(thread))


def without_comparing(text: str) -> str:
    """The question without the words comparing or adding up ('who put more', 'combined'): what a thread goes
    on about after it ('whats the rok figure?' asks of 5G, not of 'more than $25 billion').

    >>> without_comparing("who put more into 5g").split()
    ['who', 'put', 'into', '5g']
    """
    for kind in COMPARING_KINDS:
        text = listed_words(kind).sub(" ", text)
    return text


def _topic(text: str) -> str:
    """The question without its comparison words and the alternatives it ends on (', us or korea'): what the
    pledges compared are about."""
    text = _ALTERNATIVES.sub(" ", text)
    sides = alternation(load_rules("questions.json")["side_nouns"]["words"])
    text = re.sub(rf"\b(?:which|what)\s+(?:{sides})(?!\w)", " ", text, flags=re.I)  # 'which govt put up more'
    return without_comparing(text)


def _with_amounts(
    index: SearchIndex, text: str, bar: float, ignore: frozenset[str], keep: PledgeFilter = None
) -> list[tuple[Pledge, float]]:
    hits = index.search(
        _topic(text),
        frozenset({"pledge"}),
        limit=40,
        ignore=ignore,
        where=lambda f: isinstance(f, Pledge) and f.amount_usd is not None and (keep is None or keep(f)),
        min_score=bar,
    )
    found = [(h.entry.fact, h.score) for h in hits if h.score >= bar and isinstance(h.entry.fact, Pledge)]
    return [(p, s) for p, s in found if not _is_a_part(p, [q for q, _ in found])]


def _is_a_part(pledge: Pledge, others: Sequence[Pledge]) -> bool:
    """A pledge is a part when a larger pledge of the same actor in the same document contains it."""
    document = pledge.sources[0].document
    return any(
        o is not pledge
        and o.actor == pledge.actor
        and o.sources[0].document == document
        and (o.amount_usd or 0) > (pledge.amount_usd or 0)
        and pledge.sources[0].quote == o.sources[0].quote
        for o in others
    )


PledgeFilter = Callable[[Pledge], bool] | None
"""Which pledges may take part ('those of the document the question describes'); None for all."""


def compare_sides(
    index: SearchIndex, text: str, bar: float, ignore: frozenset[str], keep: PledgeFilter = None
) -> Comparison | None:
    """Which side committed more to the topic of ``text``: each side's best-matching pledge with an amount."""
    best: dict[str, tuple[Pledge, float]] = {}
    for pledge, score in _with_amounts(index, text, bar, ignore, keep):
        if pledge.actor in SIDE_NAMES and pledge.actor not in best:
            best[pledge.actor] = (pledge, score)
    if len(best) != 2:
        return None
    (a, score_a), (b, score_b) = sorted(best.values(), key=lambda ps: -(ps[0].amount_usd or 0))
    if a.amount_usd == b.amount_usd:
        headline = f"Both committed {a.amount_text}: {SIDE_NAMES[a.actor]} and {SIDE_NAMES[b.actor]}"
    else:
        # ('how much more did the us commit than korea': the difference leads, each figure after it)
        by_how_much = listed_words("difference_words").search(text)
        more = f"{dollars((a.amount_usd or 0) - (b.amount_usd or 0))} more" if by_how_much else "more"
        headline = (
            f"{SIDE_NAMES[a.actor]} committed {more}: {a.amount_text}, against {b.amount_text} from "
            f"{SIDE_NAMES[b.actor].replace('The ', 'the ')}"
        )
    return Comparison(headline, (a, b), min(score_a, score_b))


def asks_for_both_sides_total(text: str) -> bool:
    """'combined us + rok $ for 5g/6g, total?', 'so both govts combined?': the sum of what the two sides
    committed."""
    both = len(_sides(text)) == 2 or bool(listed_words("both_sides_words").search(text))
    return bool(listed_words("total_words").search(text)) and both


def total_of_sides(
    index: SearchIndex, text: str, bar: float, ignore: frozenset[str], keep: PledgeFilter = None
) -> Comparison | None:
    """What the two sides committed to the topic of ``text`` together: each side's best-matching pledge with an
    amount, summed; both must be found, and the sum is never made of a pledge and its own part."""
    found = compare_sides(index, text, bar, ignore, keep)
    if found is None:
        return None
    (a, b), total = found.pledges, sum(p.amount_usd or 0 for p in found.pledges)
    headline = (
        f"Together {dollars(total)}: {SIDE_NAMES[a.actor].replace('The ', 'the ')} {a.amount_text} and "
        f"{SIDE_NAMES[b.actor].replace('The ', 'the ')} {b.amount_text}"
    )
    return Comparison(headline, (a, b), found.score)


def dollars(amount: int) -> str:
    """$3,500,000,000 → '$3.5 billion'."""
    for scale, word in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
        if amount >= scale:
            return f"${amount / scale:.3f}".rstrip("0").rstrip(".") + f" {word}"
    return f"${amount:,}"


_COMPANY_WORDS = re.compile(r"\b(?:compan(?:y|ies)|firms?|cos?|business(?:es)?|corporate)\b", re.I)


def asks_about_companies(text: str) -> bool:
    """'the largest company investment', 'which firms': companies' pledges, not a side's own."""
    return bool(_COMPANY_WORDS.search(text))


def largest(
    index: SearchIndex, text: str, bar: float, ignore: frozenset[str], within: Sequence[Pledge] = ()
) -> Comparison | None:
    """The largest pledge with an amount on the topic; a company's when the question asks about companies.
    ``within``: the pledges of the one document the question names ('the largest in the 5th SED fact sheet')."""
    if within:
        found = [(p, 1.0) for p in _wholes_asked(text, within)]
    else:
        found = _with_amounts(index, text, bar, ignore)
        if asks_about_companies(text):
            found = [(p, s) for p, s in found if p.actor not in SIDES]
    sides = _sides(text)  # ('the largest korean investment': not a U.S. grant, whatever it is the largest of)
    if len(sides) == 1:
        found = [(p, s) for p, s in found if p.actor not in SIDES or p.actor in sides]
    if not found:
        return None
    pledge, score = max(found, key=lambda ps: ps[0].amount_usd or 0)
    return Comparison(f"{pledge.actor} — {pledge.amount_text}, the largest found", (pledge,), score)


_CONTEXT_FIRST = re.compile(r"^(?P<context>[^:]{3,60}?)(?::|\s+[-–—]\s+)\s*(?P<rest>.+)$")
"""A question led by the document or event it is about ('biden-moon 2021 partnership: who put more …')."""


def _titled_by(cite: Citations, pledge: Pledge, context: str) -> bool:
    """The pledge's document title says a word of the question's leading context (beyond the two sides)."""
    document = cite.documents.get(pledge.sources[0].document)
    title = set(content_tokens(document.title)) if document else set()
    return bool((set(content_tokens(context)) - SIDE_WORDS) & title)


def _wholes_asked(text: str, within: Sequence[Pledge]) -> list[Pledge]:
    """The pledges with an amount of the one document a question names, none of them a part of another; only
    companies' when the question asks about companies."""
    scoped = [p for p in within if p.amount_usd is not None]
    found = [p for p in scoped if not _is_a_part(p, scoped)]
    # ('the smallest of the korean investments in georgia listed …': those the pledge's own words place there)
    asked = normalize(text)
    states = {s for s in us_state_names() if re.search(rf"\b{s}\b", asked)}
    found = [p for p in found if all(s in normalize(p.sources[0].quote) for s in states)]
    return [p for p in found if p.actor not in SIDES] if asks_about_companies(text) else found


def smallest(text: str, within: Sequence[Pledge]) -> Comparison | None:
    """The smallest pledge with an amount of the one document the question names; a company's when it asks
    about companies (a list's smallest item is only known where the whole list is)."""
    found = _wholes_asked(text, within)
    if not found:
        return None
    pledge = min(found, key=lambda p: p.amount_usd or 0)
    return Comparison(f"{pledge.actor} — {pledge.amount_text}, the smallest found", (pledge,), 1.0)


def _of_the_document_described(
    sides: Callable[..., Comparison | None],
    index: SearchIndex,
    text: str,
    describes: Callable[[str, set[str]], bool],
    describing: Callable[[str], set[str]],
) -> Comparison | None:
    """'in the us-rok partnership fact sheet (the korus vaccine one) who put more into 5g/6g': the words describing
    the document are not what was pledged; that document must say them, and both figures come from it."""
    described = describing(text)
    if not described:
        return None
    told: dict[str, bool] = {}  # (each document is looked at once)

    def of_the_document(pledge: Pledge) -> bool:
        document = pledge.sources[0].document
        if document not in told:
            told[document] = describes(document, described)
        return told[document]

    found = sides(index, without_the_document(text), COMPARISON_BAR, PLEDGE_WORDS | frame_words(), of_the_document)
    if found is not None and len({p.sources[0].document for p in found.pledges}) > 1:
        return None  # (both figures from the one document described, not one from each)
    return found


def comparison_answer(
    index: SearchIndex,
    cite: Citations,
    question: str,
    text: str,
    subject: str | None,
    within: Sequence[Pledge] = (),
    describes: Callable[[str, set[str]], bool] = lambda document, words: False,
    describing: Callable[[str], set[str]] = lambda text: set(),
    thread: str = "",
) -> Answer | None:
    """'Which side committed more to X', 'the largest investment in Y', answered with the pledges it rests on;
    not 'the biggest investment … - what town was it in', which asks where, not which. ``describing``: the words
    a question describes its document by; ``describes``: whether a document says them; ``thread``: the words of
    the thread a follow-up goes on ('and adding in seouls pledge for the same thing, whats the combined total?')."""
    if question_shape(question).answer_type in ("place", "date"):
        return None
    # (a follow-up asks its own kind of figure: 'whats the rok figure?' after 'who put more' compares nothing)
    own = question if thread else text
    # ('by how much?' after 'who put more …' asks the difference of the comparison the thread made)
    difference = listed_words("difference_words").search(own) if thread else None
    by_how_much = difference is not None
    if not by_how_much and not any(listed_words(kind).search(own) for kind in COMPARING_KINDS):
        return None
    if asks_for_both_sides_total(text) or asks_to_compare(text) or (by_how_much and len(_sides(text)) == 2):
        sides = total_of_sides if asks_for_both_sides_total(text) else compare_sides
        found = sides(index, text, COMPARISON_BAR, PLEDGE_WORDS | frame_words())
        context = _CONTEXT_FIRST.match(text)
        if found is None and context is not None:
            # 'biden-moon 2021 partnership: who put more into 5g/6g, us or rok': the words before the colon say
            # which document, not what was pledged; its title must share one of them.
            found = sides(index, context["rest"], COMPARISON_BAR, PLEDGE_WORDS | frame_words())
            titled = found is not None and _titled_by(cite, found.pledges[0], context["context"])
            found = found if titled else None
        if found is None:
            found = _of_the_document_described(sides, index, text, describes, describing)
        if found is None and thread and _adds_no_topic(question, thread):
            # ('… for the same thing, whats the combined total?', 'by how much?': the thread's topic, with the side
            # this one adds, of the document the thread described)
            named = " ".join(w for w in content_tokens(question) if w in SIDE_TOKENS)
            asked = f"{thread} {named} {difference.group(0) if difference else ''}"
            found = sides(index, asked, COMPARISON_BAR, PLEDGE_WORDS | frame_words())
            found = found or _of_the_document_described(sides, index, asked, describes, describing)
    elif asks_for_largest(text):
        found = largest(index, text, COMPARISON_BAR, PLEDGE_WORDS | frame_words(), within)
    elif within and asks_for_largest(text, "smallest_words"):
        found = smallest(text, within)  # 'of the investments cited at the 5th sed, which was the smallest'
    else:
        return None
    if found is None:
        return None
    source = cite.best_source(found.pledges[0])
    headline = AnswerItem(
        text=found.headline,
        kind="comparison",
        score=found.score,
        source=cite.source_ref(source, highlight_of(found.pledges[0], source.quote)),
        label=found.headline,
    )
    parts = tuple(cite.item(p, "pledge", found.score) for p in found.pledges)
    note = "Computed from the pledges listed below, each with its source."
    return Answer(query=question, intent="pledges", answers=(headline, *parts), note=note, subject=subject)
