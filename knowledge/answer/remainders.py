"""'take out the louisiana steel plant, how much of hyundai's $20bn is left?', 'of the 350bn, how big is the
non-shipbuilding chunk?': what is left of a whole once a part the question names is taken out.

The part is read like any single figure, for its own words; the whole is the amount its sentence gives it as a
part of: the amount the question names ('350bn') when that sentence says it, else the larger amount just before
the part that the sentence says includes it ('a $20 billion investment …, featuring a $5.8 billion steel plant',
'Out of the $5.5 billion, … $3.2 billion').
Both are dollars; the answer gives the difference, then the sentence, so the reader can check both figures.
"""

from __future__ import annotations

import re
from functools import cache

from knowledge.answer.alternatives import reading_value
from knowledge.answer.citing import Citations
from knowledge.answer.compare import dollars
from knowledge.answer.named_parts import named_parts_answer, names_said
from knowledge.answer.question_type import QuestionShape, question_shape
from knowledge.answer.reader import PassageReader
from knowledge.answer.result import Answer
from knowledge.answer.taken_out import part_taken_out
from knowledge.rules import alternation, load_rules
from knowledge.text.amounts import Amount, find_amounts, find_bare_amounts


@cache
def _part_of() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(load_rules('questions.json')['remainder_asked']['part_of'])})", re.I)


def _whole(sentence: str, part_start: int, part_usd: int, named: set[int]) -> Amount | None:
    """The amount the part is of: the one the question names, else the larger one just before the part that the
    sentence says includes it."""
    amounts = [a for a in find_amounts(sentence) if a.usd]
    if named:
        return next((a for a in amounts if a.usd in named and a.usd > part_usd), None)
    before = [a for a in amounts if a.end <= part_start]
    if not before or (before[-1].usd or 0) <= part_usd:
        return None
    whole = before[-1]
    out_of = re.search(r"\bout of\s+(?:the\s+)?$", sentence[: whole.start], re.I)  # 'Out of the $5.5 billion, …'
    return whole if out_of or _part_of().search(sentence[whole.end : part_start]) else None


def remainder_answer(
    reader: PassageReader, cite: Citations, question: str, intent: str, subject: str | None
) -> Answer | None:
    """What is left of the whole once the part is taken out, then the sentence giving both; None when the question
    asks no remainder or its figures cannot be read."""
    taken = part_taken_out(question)
    if taken is None or question_shape(question).answer_type not in ("amount", None):
        return None
    topic, part = taken
    reading = reader.read(f"{topic}, {part}", QuestionShape("amount"))
    value = reading_value(reading) if reading is not None else None
    if reading is None or value is None or value[0] or not names_said(reader, part, reading):
        return None
    if not any(a.usd for a in find_amounts(reading.text)):
        return None  # ('of the 43.3 GWh, … excluding the cylindrical plant': dollars only)
    sentence = reader.index.passages.text(reading.passage)
    whole = _whole(sentence, reading.span.start, int(value[1]), set(find_bare_amounts(topic)))
    if whole is None or whole.usd is None:
        return None
    left = whole.usd - int(value[1])
    headline = f"{dollars(left)} ({whole.text} − {reading.text} for {part})"
    item = cite.passage_item(
        reader.index.passages[reading.passage], headline, reading.score, (reading.span.start, reading.span.end)
    )
    note = "Worked out from the whole and the part taken out, both given by the sentence cited."
    return Answer(query=question, intent=intent, answers=(item,), note=note, subject=subject)


def parts_answer(
    reader: PassageReader, cite: Citations, question: str, intent: str, subject: str | None
) -> Answer | None:
    """The sum of the parts a question names, or what is left of a whole once a part is taken out."""
    return named_parts_answer(reader, cite, question, intent, subject) or remainder_answer(
        reader, cite, question, intent, subject
    )
