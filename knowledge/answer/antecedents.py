"""Sentences that go on about what another names: 'HD Hyundai Electric broke ground on a second plant. The company
plans to invest about $200 million …' — the second says whose investment by referring back. A hit lends its names
to the sentences after it that refer back to it; a hit that refers back borrows the names of the one before."""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.answer.passage_hits import HitScoring, PassageHit
from knowledge.answer.passages import PassageIndex, passage_form
from knowledge.answer.referring import goes_on_from_before, refers_back, refers_back_within
from knowledge.text.english import opens_on_a_verb

ANTECEDENT_HITS = 10
"""How many of the best sentences may lend their names to a sentence after them."""

REFERRING_REACH = 3
"""How long an unbroken run of sentences opening 'The company …', 'Its …' may go on about what a hit named (any
sentence within 3 of the hit, run or not, was tried: one more right answer, three wrong ones on the development
rounds)."""

SHORT_PARAGRAPH = 3  # a paragraph of at most this many sentences is an item of a list, about its first one


def with_antecedents(index: PassageIndex, hits: list[PassageHit], scoring: HitScoring) -> list[PassageHit]:
    """The hits, and after the best of them the next sentence when it opens by referring back to what they
    name ('HD Hyundai Electric broke ground on a second plant. The company plans to invest about $200
    million …'): the hit's names count as that sentence's own. ``scoring`` scores them as the search did."""
    seen = {h.index for h in hits}
    lent: set[int] = set()
    found = list(hits)
    for hit, after, within in _referring_runs(index, hits[:ANTECEDENT_HITS]):
        if after in lent:
            continue
        own, around, heading = index.context_tokens(after)
        # 'to this effort' stands for all the sentence just before says; 'The company' only for whom it names.
        words_of = index.words_of  # (an item's sentences: what its first one says too)
        lent_words = words_of(after - 1) | words_of(hit.index) if within else _capitalised_words(index, hit.index)
        upgraded = scoring.hit(after, (own | lent_words, around, heading), hit.bm25)
        lent.add(after)
        # A sentence found on its own words is found again with the names it refers back to.
        found = [upgraded if h.index == after else h for h in found]
        if after not in seen:
            found.append(upgraded)
            seen.add(after)
    return found


def _referring_runs(index: PassageIndex, hits: list[PassageHit]) -> list[tuple[PassageHit, int, bool]]:
    """Each hit with the sentences right after it that open by referring back, a run of them unbroken
    ('The plant's performance has improved. Its workforce has grown …' both go on about the plant), and
    whether each points back from inside ('committed $2.5 billion to this effort'); then each hit that opens by
    referring back ('The two sides also discussed …'), as lent the names of the sentence before it, found or not
    (a sentence found itself lends its names forward first)."""
    passages = index.passages
    runs = []
    for hit in hits:
        deliverable = opens_on_a_verb(passages.text(hit.index))  # (a fact sheet's item: the cheap test first)
        for after in range(hit.index + 1, hit.index + REFERRING_REACH + 1):
            same = after < len(passages) and passages.document(after) == passages.document(hit.index)
            text = passages.text(after) if same else ""
            item = same and deliverable and passages.in_one_short_paragraph(hit.index, after, SHORT_PARAGRAPH)
            if not same or not (item or goes_on_from_before(text)):
                break
            runs.append((hit, after, item or bool(refers_back_within().search(text))))
    found = {hit.index for hit in hits}
    return runs + [
        (replace(hit, index=hit.index - 1), hit.index, False)
        for hit in hits
        if 0 < hit.index
        and hit.index - 1 not in found
        and passages.document(hit.index - 1) == passages.document(hit.index)
        and refers_back().match(passages.text(hit.index))
    ]


def _capitalised_words(index: PassageIndex, at: int) -> set[str]:
    """The words a sentence writes capitalised (its names, wherever they stand, and '5G'), in the matching form."""
    text = index.passages[at].text
    return set(passage_form(" ".join(re.findall(r"\b(?:[A-Z]|\d+[A-Z])[\w'’.-]*", text))).split())
