"""'Total won HD Hyundai Electric put into its Alabama sub, initial setup plus the 2018 expansion?': a sum of two
parts the question names, each read from the documents' sentences like any single figure.

Each part must be read for its own words (the figure nearest them, its owner named); when either is missing, both
come from the same words, the currencies differ, or a figure is itself a sum its sentence states, usrok does not
add. The answer gives the sum, then each part with the sentence it was read from, so the reader can check it.
"""

from __future__ import annotations

import re

from knowledge.answer.alternatives import Alternative, reading_value
from knowledge.answer.citing import Citations
from knowledge.answer.compare import dollars
from knowledge.answer.figure_context import total_words, totalled
from knowledge.answer.question_type import QuestionShape, question_shape
from knowledge.answer.reader import PassageReader
from knowledge.answer.result import Answer

_IN_A_CURRENCY = (
    r"(?:,?\s+(?:in\s+)?(?:won|krw|dollars|usd)|\s*\((?:won|krw|usd|in won)\)|,?\s+(?:combined|together|in total))*"
    r"\s*\??\s*$"
)
"""What may end a sum's question after its parts: the currency ('in won', '(krw)') or 'combined'."""
_PARTS = re.compile(
    r"^(?P<head>.*?)[,:;]?\s+(?P<a>[\w.&'’ -]{2,40}?)\s+(?:plus|\+)\s+(?P<b>[\w.&'’ -]{2,40}?)" + _IN_A_CURRENCY,
    re.I,
)
_ACROSS_PARTS = re.compile(
    r"^(?P<head>.*\b(?:across|between|incl|including|counting))\s+(?P<a>[\w.&'’ -]{2,40}?)\s+and\s+"
    r"(?P<b>[\w.&'’ -]{2,40}?)" + _IN_A_CURRENCY,
    re.I,
)
"""'total … across the 2011 setup and the 2018 expansion': parts joined by 'and' are summed only after a word
that spans them, not in 'the total investment of samsung and sk hynix in texas' read as one name."""


_BETWEEN_THEM = re.compile(
    r"^(?P<head>.*?\b(?:do|did|does|have|had|has))\s+(?P<a>[\w.&'’ -]{2,40}?)\s+(?:and|\+|&)\s+"
    r"(?P<b>[\w.&'’ -]{2,40}?)\s+(?:\w+\s+)?(?:between them|combined|together|in total)\b",
    re.I,
)
"""'how many north american stores do paris baguette and tous les jours have between them': the sum of what each
of two named owners has."""


def parts_named(text: str) -> tuple[str, str, str] | None:
    """(what is totalled, one part, the other) when a question asks the sum of two parts it names ('total won …,
    initial setup plus the 2018 expansion', '… (a + b)', 'total … across a and b')."""
    plain = re.sub(r"\s+[-–—]+\s+|\s*\(", ", ", text.strip()).replace(")", "")  # '… sub (setup + expansion)'
    owners = _BETWEEN_THEM.match(plain)
    if owners is not None:
        return owners["head"], owners["a"].strip(), owners["b"].strip()
    m = _PARTS.match(plain) or _ACROSS_PARTS.match(plain)
    if m is None:
        return None
    head, first = m["head"], m["a"].strip()
    # ('…, total won put in for the initial setup plus …': the first part is what follows the last preposition)
    lead = _PART_LEAD.match(first)
    if not total_words().search(head) and lead and total_words().search(lead.group(0)):
        head, first = f"{head} {lead.group(0)}", first[lead.end() :].strip()
    if not total_words().search(head) or not first:
        return None
    return total_words().sub(" ", head), first, m["b"].strip()


_PART_LEAD = re.compile(r"^.*\b(?:for|on|in|into|of|across|between)\s+", re.I)
"""The words before a part's name, up to the last preposition ('total won put in for ')."""


_AMOUNT = QuestionShape("amount")


def add_named_parts(
    reader: PassageReader, topic: str, names: tuple[str, str], shape: QuestionShape = _AMOUNT
) -> tuple[Alternative, Alternative] | None:
    """The two parts with their figures, each read for its own words, or None when they cannot be added."""
    found = []
    for name in names:
        reading = reader.read(f"{topic}, {name}", shape)  # (a clause of its own)
        value = reading_value(reading) if reading is not None else None
        if reading is None or value is None:
            return None
        if totalled(reader.index.passages.text(reading.passage), reading.span):
            return None  # a sum the sentence states is no part
        found.append(Alternative(name, reading, value))
    first, second = found
    if first.value[0] != second.value[0]:
        return None  # won and dollars add only at an exchange rate the documents do not give
    if (first.reading.passage, first.reading.span) == (second.reading.passage, second.reading.span):
        return None  # one figure read for both parts
    return first, second


_COUNTED_NOUN = re.compile(r"^(?:\D*?)[\d.,]+(?:\s+(?:thousand|million|billion|trillion))?\s*(.*)$", re.I)
"""The noun a count's text names after its number ('about 260 outlets' → 'outlets', '1.2 million users' → 'users')."""


def sum_text(parts: tuple[Alternative, Alternative], counted: bool = False) -> str:
    """'115 billion won (62 billion won + 53 billion won)', '$3.5 billion ($2 billion + $1.5 billion)'."""
    currency, total = parts[0].value[0], parts[0].value[1] + parts[1].value[1]
    if counted:  # '450 stores (260 stores + 190 stores)'
        noun = _COUNTED_NOUN.match(parts[0].reading.text)
        said = f"{total:,.0f}" + (f" {noun.group(1)}" if noun and noun.group(1) else "")
    elif currency == "won":
        scale, word = next(((s, w) for s, w in ((10**12, "trillion"), (10**9, "billion")) if total >= s), (1, ""))
        whole = f"{total / scale:.3f}".rstrip("0").rstrip(".")
        said = f"{whole} {word} won" if word else f"{int(total):,} won"
    else:
        said = dollars(int(total))
    return f"{said} ({parts[0].reading.text} + {parts[1].reading.text})"


def named_parts_answer(
    reader: PassageReader, cite: Citations, question: str, intent: str, subject: str | None
) -> Answer | None:
    """The sum of the two parts the question names, then each part's figure with its sentence; no answer when
    they cannot both be read (one part's figure is not the total asked). None when the question names no parts,
    or the documents state the sum themselves ('their combined sales stood at …'), which is read as usual."""
    named = parts_named(question)
    asked = question_shape(question)
    # ('combined gwh of the ev + ess plants': a stated total of a measure is read as usual; the stores two named
    # chains have between them are counted)
    counted = asked.answer_type == "number" and bool(_BETWEEN_THEM.match(question))
    if named is None or (asked.answer_type not in ("amount", None) and not counted):
        return None
    shape = asked if counted else QuestionShape("amount")
    whole = reader.read(question, shape)
    if whole is not None and totalled(reader.index.passages.text(whole.passage), whole.span):
        return None
    parts = add_named_parts(reader, named[0], named[1:], shape)
    if parts is None:
        note = "Not in the documents: I could not read both parts to add up, each from its own sentence."
        return Answer(query=question, intent=intent, note=note, subject=subject)
    items = [
        cite.passage_item(
            reader.index.passages[part.reading.passage],
            sum_text(parts, counted) if n == 0 else f"{part.name} — {part.reading.text}",
            min(p.reading.score for p in parts),
            (part.reading.span.start, part.reading.span.end),
            "total" if n == 0 else "passage",
        )
        for n, part in enumerate(parts)
    ]
    note = "Added up from the two figures below, each read from its own sentence."
    return Answer(query=question, intent=intent, answers=tuple(items), note=note, subject=subject)
