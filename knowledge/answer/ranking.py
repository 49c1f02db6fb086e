"""The numbers that decide how answers are ranked and when usrok abstains, named and in one place.

Scores are in [0, 1]: the share of the question's weight that a fact covers, times small factors below.
Changing one of these moves the line between a right answer, a near miss and an abstention, so each is
checked by the question corpus (``tests/questions.json``) and the blind rounds, never by feel.
"""

from __future__ import annotations

MIN_CONFIDENCE = 0.62
"""The answer bar: below it usrok says it does not know (the lowest right answer in the corpus is just above)."""

SUGGESTION_FLOOR = 0.15
"""Below this a near miss is not even worth offering under 'did you mean'."""

COVERAGE_SHARE = 0.9
"""How much of a score is coverage; the remaining 0.1 is the fuzzy rerank, which only orders facts that
cover a question equally well."""

WEAK_MATCH_FACTOR = 0.55
"""A fact matched on words the question pins to something else (an official of the other side, a deputy for
the secretary, the CEO of another company) keeps this share of its score: it drops below the bar unless
nothing else fits."""

NAMED_SIDE_NUDGE = 0.02
"""Asked what one side pledged, that side's pledge moves up by this much and a joint one down by as much."""

SEARCH_KEEP_RATIO = 0.9
"""`search` lists every fact scoring at least this share of the best one."""

CURRENT_HOLDER_MARGIN = 0.05
"""Officials within this much of the best score are 'equally good'; the latest named of them is shown."""

DISAGREEMENT_RATIO = 0.97
"""A second fact scoring at least this share of the best, with another date or amount, is shown beside it."""

CONTEXT_SPAN_FIT = 0.9
"""An answer read from a neighbouring sentence, not the one that matched the question, keeps this share."""

READING_MARGIN = 0.05
"""A reading from the sentences replaces an extracted fact of the right kind only when it covers the question
by at least this much more."""

READER_BAR = 0.5
"""A sentence answers only when its context covers this share of the question's weight, and every name,
place and number the question gives."""

PREDICATE_SHARE = 0.5
"""Of what a question asks beyond its names ('sign', 'amended', 'trade insurance'), the answering sentence itself
must say at least this share (by weight)."""

COMPARISON_BAR = 0.5
"""A pledge takes part in a comparison ('which side committed more to 6G') when it covers this much of the topic."""


def newer_first(date: str | None, document: str) -> tuple[int, str]:
    """How equal scores are ordered: the newer document first, then by document id. Never by where a fact or a
    sentence sits in the table, which differs between a table built afresh and one extended by new documents.

    >>> sorted([newer_first("2024-12-12", "b"), newer_first("2025-12-11", "c"), newer_first(None, "a")])
    [(-20251211, 'c'), (-20241212, 'b'), (0, 'a')]
    """
    digits = "".join(ch for ch in (date or "") if ch.isdigit())[:8]
    return -int(digits.ljust(8, "0")) if digits else 0, document


RARE_WORD_DF = 5
"""A question word in at most this many sentences (or one in a thousand), and rare in English too ('cylindrical',
not 'money'), narrows the figure asked: an extracted pledge that does not say it is not the answer."""
