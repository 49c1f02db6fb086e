"""What an extracted fact must pass, beyond its kind, to answer a question: a figure is the owner's asked ('Amazon
spent $19.14 million on lobbying, … Crumbhouse's $2.62 million' holds a statistic of Amazon's whose text names
Crumbhouse too: the name just before the figure says it is Amazon's), a figure the question gives itself is not
what it asks ('us put 2.5bn …, what did rok commit'), and a date tells the question's own event."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from knowledge.answer.acts import acts_of, acts_unsaid
from knowledge.answer.anchors import acted_apart
from knowledge.answer.described import asks_a_release
from knowledge.answer.event_names import events_named
from knowledge.answer.figure_owner import owned_by_another
from knowledge.answer.fit import SIDE_WORDS
from knowledge.answer.normalize import content_tokens, normalize
from knowledge.answer.passages import passage_form
from knowledge.answer.preferences import query_amounts
from knowledge.answer.question_type import QuestionShape
from knowledge.answer.reader_spans import PassageSpans
from knowledge.answer.result import AnswerItem
from knowledge.answer.sentence_support import SentenceSupport
from knowledge.answer.spans import Span
from knowledge.answer.word_context import count_of_items_asked
from knowledge.text.amounts import find_amounts
from knowledge.text.dates import find_dates


def of_another_owner(spans: PassageSpans, item: AnswerItem, words: set[str]) -> bool:
    """The extracted figure's own sentence gives it to a name the question (``words``, in the passages' form)
    does not give. A figure not found once in its quote is left alone."""
    quote, said = item.source.quote, item.text.split(" — ")[0]
    found = [a for a in find_amounts(quote) if a.text in said]
    if len(found) != 1:
        return False
    figure = found[0]
    # (a side before the figure is who the extracted fact says it is of: 'the ROK's commitment of $233 million')
    span = Span(figure.text, figure.start, figure.end, figure.usd)
    return owned_by_another(spans.index, spans.lookups.people, quote, span, words | SIDE_WORDS, whole=True)


def tells_its_own_event(
    support: SentenceSupport, words: Callable[[str], list[str]], top: AnswerItem, text: str, shape: QuestionShape
) -> bool:
    """An extracted date tells the event of this question's own words, not only the thread's; a meeting or a
    visit a follow-up names ('and what day was the mtg') is the thread's own, and need not be told. When a
    document came out ('when was the wh maritime fact sheet released') is read off its date line or a sentence
    telling its release, never an extracted date of a sentence of it."""
    quote = top.source.quote
    if asks_a_release(normalize(text)) or acts_unsaid(words(text), set(passage_form(quote).split())):
        return False  # ('what yr was it founded': not a groundbreaking's date)
    acts = acts_of(normalize(text))  # ('… spent $270,000 this year on X, the firm founded by …': not its founding)
    issued = date.fromisoformat(top.source.date) if top.source.date else None
    dates = [Span(d.text, d.start, d.end) for d in find_dates(quote, issued)] if acts else []
    if dates and all(acted_apart(quote, span, acts) for span in dates):
        return False
    events = events_named(normalize(text))
    return support.states_what_is_asked(top, [w for w in words(text) if w not in events], shape)


_GIVEN_AMOUNT = re.compile(r"(?<![\w.])\$?\s?(\d+(?:\.\d+)?)\s*(billion|million|trillion)\b", re.I)
_SCALES = {"million": 10**6, "billion": 10**9, "trillion": 10**12}


def gives_the_figure(item: AnswerItem, question: str) -> bool:
    """'us put 2.5bn toward 5g/6g, what did rok commit?': the question gives the extracted figure of one side and
    names the other, whose figure it asks ('what does korea get in return for the $350bn' asks of that one).

    >>> from knowledge.answer.result import SourceRef
    >>> item = AnswerItem(text="U.S. pledged $2.5 billion — 5G", kind="pledge", score=1.0, label="",
    ...     source=SourceRef(document="d", title="t", date=None, quote="q"))
    >>> gives_the_figure(item, "us put 2.5bn toward 5g, what did rok commit?"), gives_the_figure(item, "us 5g pledge?")
    (True, False)
    >>> gives_the_figure(item, "what does the us get in return for the $2.5bn?")
    False
    """
    said = item.text.split(" — ")[0]
    given = {round(float(n) * _SCALES[s.lower()]) for n, s in _GIVEN_AMOUNT.findall(query_amounts(question))}
    if not given or not any(a.usd in given for a in find_amounts(said)):
        return False
    own = set(content_tokens(said.split(" pledged")[0])) & SIDE_WORDS
    return bool(own and (set(content_tokens(question)) & SIDE_WORDS) - own)


def as_many_as_asked(answer: str, question: str, shape: QuestionShape) -> bool:
    """A list answer has as many items as the question asks for ('which two universities'); fewer means some
    are missing.

    >>> as_many_as_asked("Avalon University, Harbor University", "which three universities", QuestionShape("list"))
    False
    """
    count = count_of_items_asked(question)
    if count is None or shape.answer_type not in ("list", "organization", "person"):
        return True
    # (a name may hold a comma, 'Ministry of Land, Infrastructure, and Transport': split, a list can only seem
    # longer than it is, so only a shorter one is known to be short of what is asked)
    items = answer.split("; ") if shape.answer_type == "person" else answer.split(", ")
    return len(items) >= int(count)
