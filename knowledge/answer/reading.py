"""What the passage reader answers with: one reading, or several names gathered from the answering document.

Kept apart from the reader, which decides which sentence answers; a list ('which companies …') or the people who
went with someone are gathered here from the sentences it found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass
from functools import cache

from knowledge.answer.fit import of_the_country_asked, side_of_the_person
from knowledge.answer.kind_spans import naming_words
from knowledge.answer.normalize import ordinal
from knowledge.answer.officials_named import OfficialsNamed
from knowledge.answer.organization_kinds import kinds_asked, of_the_kind_asked
from knowledge.answer.passage_hits import PassageHit
from knowledge.answer.passages import PassageIndex
from knowledge.answer.phrasing import human_date
from knowledge.answer.question_type import ITEMS_UNIT, ORDINAL_UNIT, QuestionShape
from knowledge.answer.reader_spans import PassageSpans
from knowledge.answer.reading_order import list_around, listed_after
from knowledge.answer.spans import Span, spelled_number
from knowledge.answer.thread import asks_for_the_other_party
from knowledge.answer.word_context import named_in_full, word_pairs
from knowledge.rules import listed_words


@dataclass(frozen=True)
class Reading:
    """An answer read from a passage: the answering words, their passage and how sure the reader is."""

    text: str
    span: Span
    passage: int
    score: float
    value: str | int | None = None
    kind_of_list: str | None = None  # 'countries' for 'which countries …', else organisations
    together: bool = False  # several people who went together, or several items a line lists, all asked

    @property
    def span_passage(self) -> int:
        """The passage the span's offsets refer to (the answer's own sentence)."""
        return self.passage


UNDECIDED_MARGIN = 0.01
"""Two readings of dates this close in score are a tie: the question does not say which event it means."""

_KNOWN_AS = re.compile(r" \([A-Z][A-Za-z&]{1,9}\)")
"""An acronym in brackets right after a name ('… Corporation (OPIC)')."""


def ranks_above(
    reading: Reading, best: Reading, pairs: set[tuple[str, str]], index: PassageIndex, names: Set[str] = frozenset()
) -> bool:
    """A better reading, or one as good whose answering sentence says more of the question's own words
    (``names``: 'where was the zinus one' is answered by the line naming Zinus, not the one before the list),
    then more of its word pairs in their order ('discussed vaccines', not 'discussed biotechnology … for
    vaccines')."""
    if reading.score != best.score:
        return reading.score > best.score
    named = (len(names & index.words_of(p)) for p in (reading.passage, best.passage))
    if (ours := next(named)) != (theirs := next(named)):
        return ours > theirs
    said = (len(pairs & word_pairs(index.passages[p].text)) for p in (reading.passage, best.passage))
    return next(said) > next(said)


def undecided(best: Reading, rival: Reading, shape: QuestionShape, index: PassageIndex) -> bool:
    """Two sentences of one story read as well and give two dates ('Lee's November summit with Xi' and 'Lee will
    meet Xi in Beijing on Monday'): which event the question means is not known, so neither is stated."""
    return (
        shape.answer_type == "date"
        and best.score - rival.score < UNDECIDED_MARGIN
        and best.value != rival.value
        and index.passages[best.passage].document == index.passages[rival.passage].document
    )


def with_companions(
    best: Reading,
    shape: QuestionShape,
    asked: str,
    spans_of: PassageSpans,
    people: OfficialsNamed,
    index: PassageIndex,
    sided: bool = False,
    everyone: bool = True,
    own_text: str = "",
) -> Reading | None:
    """'who went along w moon on the tour': everyone the answering sentence names with him ('He was
    accompanied by Industry Minister Moon Sung-wook, SK Group Chairman Chey Tae-won and Gov. Brian Kemp').
    Not ``everyone`` asked, the people of a sentence saying they did it together answer, when the question
    names none of them ('who was lighthizer's counterpart' is not Lighthizer). None when the one of each side is
    asked and the sentence gives one only."""
    sentence = index.passages[best.passage].text
    alone = None if listed_words("each_side_asked").search(asked) else best
    if not everyone and not done_together(sentence, asked):
        return alone
    found = spans_of.of_passage(best.passage, shape, asked)
    asked_words = set(asked.split())
    if not everyone and any(set(re.findall(r"[a-z]+", str(s.value).lower())) & asked_words for s in found):
        return alone
    if sided:  # 'which us / alabama officials attended': those of the side asked
        found = people.on_the_side_asked(found, asked, asked)
    # ('who were sullivans counterparts': not Sullivan, named by his surname alone in the question's own words;
    # not whoever the thread named, who may be one of them: 'which japanese official did sullivan meet')
    other_party = asks_for_the_other_party(own_text)
    spans = [
        s
        for s in found
        if not named_in_full(str(s.value), asked)
        and not (other_party and spans_of.asked_already(s, own_text, person=True))
        and of_the_country_asked(sentence, s, asked)
    ]
    names = list(dict.fromkeys(people.headline(s) for s in spans))
    if len(names) < 2:
        return alone
    return Reading("; ".join(names), best.span, best.passage, best.score, best.value, together=True)


def done_together(sentence: str, asked: str) -> bool:
    """'Trade Minister Kim and USTR Lighthizer co-chaired the special session': asked who chaired or led it, both
    did, unless the question asks for one side's ('who chaired it for the us', 'who did the us send') or asks
    something else of them ('who was the trade minister there', 'who hosted it')."""
    asked_together = listed_words("joint_acts_asked").search(asked) or listed_words("each_side_asked").search(asked)
    joint = listed_words("joint_acts").search(sentence) and asked_together
    return bool(joint) and side_of_the_person(asked) is None


def gathered_list(
    best: Reading,
    hits: Sequence[PassageHit],
    asked: str,
    spans_of: PassageSpans,
    index: PassageIndex,
    goes_on: Callable[[int], bool] = lambda _: False,
) -> Reading:
    """'Which companies …': every organisation named in the well-covered sentences of the best document, and in
    the headings those sentences go on about ('HYUNDAI MOTOR' before 'The South Korean automaker said …')."""
    doc = index.passages[best.passage].document
    names: list[str] = []
    if best.kind_of_list == ITEMS_UNIT:  # the items one sentence enumerates, all of them
        hits = [h for h in hits if h.index == best.passage]
    headed = cache(lambda i: goes_on(i) or spans_of.heads_a_paragraph(i - 1))  # asked twice of a story's extras
    read = [h.index for h in hits if index.passages[h.index].document == doc]
    if any(goes_on(i) for i in read):
        # A story of headed paragraphs ('HYUNDAI MOTOR', then 'The South Korean automaker …'): its list is all of
        # them, whichever paragraphs the question's words happened to find.
        found = set(read)
        read += [i for i in index.passages.of_document(doc) if i not in found and headed(i)]
    # '… Korean firms include:' and its items, whichever of them the question's words found
    items = {i: [*listed_after(index, i), *list_around(index, i)] for i in read}
    read = [j for i in read for j in [i, *items[i]]]
    seen: set[str] = set()
    naming = naming_words(asked, "", QuestionShape("list"))  # ('which us agencies': the Agency is no name asked)
    for i in dict.fromkeys(read):
        for at in [i - 1, i] if headed(i) else [i]:
            for span in spans_of.of_passage(at, QuestionShape("list", best.kind_of_list), asked):
                if not spans_of.named_by_the_question(span, at, naming) and span.text.lower() not in seen:
                    seen.add(span.text.lower())
                    # ('the Overseas Private Investment Corporation (OPIC)': with the acronym it is known by)
                    known_as = _KNOWN_AS.match(index.passages[at].text, span.end)
                    names.append(span.text + (known_as.group(0) if known_as else ""))
    # ('which chambers did graves meet': not the clean tech investors beside them; 'groups / assocs': any group)
    if kinds_asked(asked) and not listed_words("any_organization_nouns").search(asked):
        names = [n for n in names if of_the_kind_asked(n, asked)]
    listing = any(items.values())
    several = len(names) > 1 and best.kind_of_list != ITEMS_UNIT and listing
    return Reading(", ".join(names) or best.text, best.span, best.passage, best.score, best.value, together=several)


_PART_OF_A_YEAR = re.compile(
    r"\b(?:(?:first|second|latter|later|earlier)\s+half|early|mid|late|end|start|beginning)(?:\s+of)?(?=[\s-]+\d{4})",
    re.I,
)


def headline(span: Span, shape: QuestionShape, people: OfficialsNamed) -> str:
    """How a reading's span is shown: a date in words, a person with their office, a count in figures ('six
    main technology areas' reads at a glance as '6 main technology areas', 'fourth trilateral' as '4th …')."""
    if shape.answer_type == "date" and isinstance(span.value, str):
        part = _PART_OF_A_YEAR.search(span.text) if len(span.value) == 4 else None
        # 'in the second half of 2028' is no more '2028' than 'mid-2025' is '2025'.
        return f"{part.group(0)} {span.value}" if part else human_date(span.value)
    if shape.answer_type == "person":
        return people.headline(span)
    first, _, rest = span.text.partition(" ")
    if shape.answer_type == "number" and spelled_number(first) is not None and rest:
        return f"{span.value} {rest}"
    word, hyphen, kind = first.partition("-")
    if shape.answer_type == "number" and hyphen and spelled_number(word) is not None:
        return f"{span.value}-{kind} {rest}".strip()  # 'a four-day state visit': 4-day
    if shape.unit == ORDINAL_UNIT and not first[:1].isdigit() and str(span.value).isdigit():
        return f"{ordinal(int(str(span.value)))} {rest}".strip()
    if shape.answer_type == "organization" and isinstance(span.value, str) and span.value.startswith(f"{span.text} "):
        return span.value  # 'Bollinger' of 'Bollinger Shipyards', by the name the story gives it in full
    return span.text
