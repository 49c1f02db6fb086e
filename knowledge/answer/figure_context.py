"""What a sentence says around a figure that decides whether it answers: a figure it says was later corrected,
a figure of another year than the one asked, a sum it states ('Both facilities, totaling 43.3 GWh') for a
question that asks for one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.answer.anchors import clause_break
from knowledge.answer.question_dates import said_of_a_plan, years_in
from knowledge.answer.spans import Span, question_rules
from knowledge.rules import listed_words
from knowledge.text.amounts import find_amounts, find_bare_amounts

REVISION_REACH = 80
"""How far after a figure the sentence may say it was changed ('…, only to be corrected to 33.7 million')."""


def revised_later(sentence: str, span: Span) -> bool:
    """'reportedly affecting some 4,000 users — only to be corrected to 33.7 million': a figure the same sentence
    says was later changed is not the figure to give.

    >>> s = "It was first unveiled on Nov. 20, affecting some 4,000 users, only to be corrected to 33.7 million."
    >>> revised_later(s, Span("4,000 users", s.index("4,000"), s.index("4,000") + 11))
    True
    >>> s = "in return for lowering tariffs on Korean goods to 15 percent from 25 percent."
    >>> [revised_later(s, Span(f, s.index(f), s.index(f) + len(f))) for f in ("15 percent", "25 percent")]
    [False, True]
    >>> s = "It cut the rate from 25 percent to 15 percent, and awarded $4 million to 9 small ports."
    >>> [revised_later(s, Span(f, s.index(f), s.index(f) + len(f))) for f in ("25 percent", "$4 million")]
    [True, False]
    """
    after = sentence[span.end : span.end + REVISION_REACH].lower()
    before = sentence[max(0, span.start - REVISION_REACH) : span.start]
    if _CHANGED_FROM.search(before) or (_FROM.search(before) and _CHANGED_TO.match(after)):
        return True  # ('lowering tariffs to 15 percent from 25 percent': 25 percent is what it was)
    return any(
        re.search(rf"\b{re.escape(p)}\s+(?:about\s+|around\s+|some\s+)?\$?\d", after)
        for p in question_rules()["revision_phrases"]
    )


_CHANGED_FROM = re.compile(r"\bto\s+(?:about\s+|around\s+)?\$?\d[\d.,]*\s*(?:%|[a-z]+)?\s+from\s+(?:about\s+)?$", re.I)
_FROM = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?$", re.I)
_CHANGED_TO = re.compile(r"^\s+to\s+(?:about\s+|around\s+)?\$?\d")
"""'to 15 percent from 25 percent', 'from 25 percent to 15 percent': the figure a change started from."""


def of_another_year(sentence: str, span: Span, asked: str, issued: str | None = None) -> bool:
    """'sales … to about 585 billion won this year from 132.6 billion won in 2020': a figure the sentence dates to
    another year than the one the question asks about is not its answer; 'this year' and 'last year' are of the
    year the story was ``issued``.

    >>> s = "sales are expected to rise to 585 billion won this year from 132.6 billion won in 2020."
    >>> of_another_year(s, Span("132.6 billion won", s.index("132.6"), s.index("132.6") + 17), "us sales in 2024")
    True
    >>> of_another_year(s, Span("585 billion won", s.index("585"), s.index("585") + 15), "us sales in 2024", "2025")
    True
    """
    asked_years = years_in(asked)
    year = _year_after(sentence, span, issued)
    return bool(asked_years) and year is not None and year not in asked_years


def of_another_amount(sentence: str, span: Span, asked: str) -> bool:
    """'what capacity was the plant sized at in the original 1.4bn plan': in '$3.2 billion to build a plant with a
    capacity of 27 GWh, more than four times the initially announced $1.4 billion', the figure stands in the
    clause of another amount than the one the question names, so it is of that other plan.

    >>> s = "It plans $3.2 billion to build a plant with a capacity of 27 GWh, four times the initial $1.4 billion."
    >>> of_another_amount(s, Span("27 GWh", s.index("27"), s.index("27") + 6), "capacity in the 1.4bn plan")
    True
    >>> of_another_amount(s, Span("27 GWh", s.index("27"), s.index("27") + 6), "capacity in the 3.2bn plan")
    False
    """
    named = {usd for usd in find_bare_amounts(asked) if usd}
    amounts = find_amounts(sentence)
    if not named or not any(a.usd in named for a in amounts):
        return False
    before = [a for a in amounts if a.end <= span.start]
    if not before or before[-1].usd in named:
        return False
    between = sentence[before[-1].end : span.start]
    return not re.search(r"[,;:—–]", between) and not clause_break().search(between)


def of_the_year_asked(sentence: str, span: Span, asked: str) -> bool:
    """'… the $1.01 million spent in the year it went public rising to $3.87 million in 2024': of two figures, the
    one the sentence dates to the year asked answers first. ('this year' is not read here: reading it lost three
    bakery-sales comparisons on the development rounds and won none.)"""
    return _year_after(sentence, span) in years_in(asked)


def _year_after(sentence: str, span: Span, issued: str | None = None) -> str | None:
    dated = re.match(r"\s*(?:in|as of|for|during|by)?\s*\(?((?:19|20)\d\d)\b", sentence[span.end : span.end + 16])
    if dated:
        return dated.group(1)
    relative = re.match(r"\s*(this|last|next)\s+year\b", sentence[span.end : span.end + 16], re.I)
    if relative and issued and issued[:4].isdigit():
        return str(int(issued[:4]) + {"this": 0, "last": -1, "next": 1}[relative.group(1).lower()])
    return None


def figure_year(sentence: str, span: Span, issued: str | None = None) -> str | None:
    """The year a sentence gives its figure right after it, a few words on ('$3.87 million in 2024', 'Uber's $2.62
    million spent last year' in a 2025 story): two figures of different years compare nothing.

    >>> text = "Uber's $2.62 million spent last year"
    >>> figure_year(text, Span("$2.62 million", 7, 20, 2620000), "2025-12-24"), figure_year(text, Span("", 7, 20, 0))
    ('2024', None)
    """
    after = sentence[span.end : span.end + YEAR_REACH]
    words = r"\s*(?:[a-z]+\s+){0,3}?"
    dated = re.match(words + r"(?:in|as of|for|during|by)?\s*\(?((?:19|20)\d\d)\b", after)
    if dated:
        return dated.group(1)
    relative = re.match(words + r"(this|last|next)\s+year\b", after, re.I)
    if relative and issued and issued[:4].isdigit():
        return str(int(issued[:4]) + {"this": 0, "last": -1, "next": 1}[relative.group(1).lower()])
    return None


def dated_by_an_event(sentence: str, span: Span) -> bool:
    """The sentence dates its figure by an event rather than a year ('$1.01 million spent on lobbying in the year
    it went public'): a figure of no year another year's can be set against.

    >>> text = "the $1.01 million spent on lobbying in the year it went public"
    >>> dated_by_an_event(text, Span("$1.01 million", 4, 17, 1010000))
    True
    """
    return _IN_THE_YEAR_OF.match(sentence, span.end) is not None


_IN_THE_YEAR_OF = re.compile(r"\s*(?:[a-z]+\s+){0,3}?in the (?:year|month)\s+(?:it|they|he|she|when|that)\b")

YEAR_REACH = 40
"""How far after a figure the year it is of may stand ('$2.62 million spent last year')."""


def asks_combined(asked: str, counting: bool = False) -> bool:
    """'pb + tljs combined us revenue', 'the two together', 'both plants': the question wants a sum; so does
    'the total capacity' of a count or measure (a 'total' amount of money is often just the whole figure, but
    'the total of the investments' is their sum).

    >>> asks_combined("total gwh at the complex", counting=True), asks_combined("total $ for the plant")
    (True, False)
    >>> asks_combined("total of the corporate investment announcements")
    True
    """
    sums = listed_words("sum_asked").pattern
    together = rf"{sums}|\+|\b(?:total|sum) of (?:the|all|their)\b"
    return bool(re.search(together + (r"|\btotal\b" if counting else ""), asked))


def total_words() -> re.Pattern[str]:
    """Words asking for a sum ('total', 'combined', 'all told'; rules/questions.json total_words)."""
    return listed_words("total_words")


_WITH_A_PART = re.compile(r"\b(?:incl|including|inc|counting)\b")


def asks_a_total_with_a_part(asked: str) -> bool:
    """'total won X put into the sub incl the 2018 top-up': the sum the question wants takes in the part it names,
    so only a sum the sentence states answers it, never the part's own figure.

    >>> asks_a_total_with_a_part("total won hd hyundai put into its sub incl the 2018 top-up")
    True
    """
    total = total_words().search(asked)
    return total is not None and bool(_WITH_A_PART.search(asked, total.end()))


def totalled(sentence: str, span: Span) -> bool:
    """A sum the sentence itself states ('Both facilities, totaling 43.3 GWh'), which answers 'combined'; the
    sum's subject may go on to a later figure of its clause ('Their combined sales stood at 170 billion won in
    2020, but surged to 587.3 billion won').

    >>> totalled("Their combined U.S. sales stood at only about 170 billion won in 2020, but surged to 587.3 billion"
    ...     " won in 2024.", Span("587.3 billion won", 85, 102))
    True
    """
    before = sentence[max(0, span.start - TOTAL_REACH) : span.start].lower()
    said = list(_SUM_WORDS.finditer(before))
    after = before[said[-1].end() :] if said else ""
    return (bool(said) and not clause_break().search(after) and ";" not in after) or broken_down(sentence, span)


_BREAKDOWN = re.compile(r"[^;]{0,30}?(?:\s[—–-]\s|:|\()([^;]{5,200})")


def broken_down(sentence: str, span: Span) -> bool:
    """A figure the sentence goes on to break into parts that add up to it ('$350 billion in the U.S. — $150
    billion in the U.S. shipbuilding sector and additionally $200 billion'): a sum as plainly as 'a total of'.

    >>> s = "Seoul committed $350 billion in the U.S. — $150 billion for ships and $200 billion more — in return."
    >>> broken_down(s, Span("$350 billion", 17, 29, 350_000_000_000)), broken_down(s, Span("$150 billion", 43, 55, 1))
    (True, False)
    """
    if not isinstance(span.value, int) or span.value <= 0:
        return False
    parts = _BREAKDOWN.match(sentence, span.end)
    if parts is None:
        return False
    amounts = [a.usd for a in find_amounts(parts.group(1)) if a.usd]
    return len(amounts) >= 2 and abs(sum(amounts) - span.value) <= span.value // 100


_SUM_WORDS = re.compile(
    r"\b(?:total(?:ing|ling|s)?|combined|together(?<!brought together)(?<!brings together)(?<!came together)"
    r"|in all|altogether|both|a total of)\b"
)
"""Words saying a figure is a sum; not 'brought together 20 U.S. participants', which gathers them."""


TOTAL_REACH = 100
"""How far before a figure a word saying it is a sum may stand, within the figure's clause."""


def sums_set_apart(contrasted: Iterable[str], question: str = "") -> bool:
    """'paris baguette us sales in 2024 alone, not combined w tous les jours': the question sets a sum apart (its
    words after 'not', 'excluding'), or asks one's own figure ('on its own', rules ``alone_asked``), so a figure its
    sentence states as a sum is not the answer.

    >>> sums_set_apart({"combined", "tous", "les", "jours"}), sums_set_apart({"2018", "expansion"})
    (True, False)
    >>> sums_set_apart(set(), "whats paris baguettes 2024 us sales on its own?")
    True
    """
    alone = bool(listed_words("alone_asked").search(question))
    return alone or bool(listed_words("sum_asked").search(" ".join(sorted(contrasted))))


def wholes_asked(sentence: str, spans: list[Span], asked: str) -> list[Span]:
    """'the headline total for skoreas us investment pledge': of a figure the sentence breaks into parts and those
    parts ('$350 billion in the U.S. — $150 billion … and additionally $200 billion'), a total asked is the whole.
    """
    if not total_words().search(asked):
        return spans
    return [s for s in spans if broken_down(sentence, s)] or spans


def planned_after(sentence: str, span: Span) -> bool:
    """The figure is one planned ('an additional 200 hires planned once the second plant is completed'): no
    count of a year the question asks, unless it asks what is planned.

    >>> s = "Its workforce grew to 462 in 2025, with an additional 200 hires planned."
    >>> planned_after(s, Span("200 hires", s.index("200"), s.index("200") + 9))
    True
    """
    return said_of_a_plan(sentence[span.end : span.end + PLAN_REACH].split(",")[0])


PLAN_REACH = 12
"""How far after a figure a word saying it is planned stands ('200 hires planned')."""


_TRAILING_PREPOSITION = re.compile(r"\b(from|to)(?:\s+what)?\s*\??\s*$", re.I)


def after_the_way_asked(sentence: str, span: Span, own_text: str) -> bool:
    """'what did the us cut the tariff from' asks the figure the sentence writes after 'from' ('to 15 percent from
    25 percent'), 'what … down to' or 'and from what' the one after that word; a question ending otherwise takes any."""
    trailing = _TRAILING_PREPOSITION.search(own_text)
    if trailing is None:
        return True  # (and a figure after neither, 'imposed 25 percent tariffs', went nowhere and came from nowhere)
    return (
        re.search(rf"\b{trailing[1].lower()}\s+(?:about\s+|around\s+|roughly\s+)?$", sentence[: span.start]) is not None
    )
