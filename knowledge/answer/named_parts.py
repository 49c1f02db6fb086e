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
from knowledge.answer.fit import SIDE_WORDS
from knowledge.answer.passages import passage_form
from knowledge.answer.question_type import QuestionShape, question_shape, unit_words
from knowledge.answer.reader import PassageReader
from knowledge.answer.reading import Reading
from knowledge.answer.result import Answer
from knowledge.rules import listed_words, load_rules

_IN_A_CURRENCY = (
    r"(?:,?\s+(?:in\s+)?(?:won|krw|dollars|usd)|\s*\((?:won|krw|usd|in won)\)"
    r"|,?\s+(?P<tail>combined|together|in total))*"
    r"(?:\s*=\s*(?:how much|what)?)?\s*\??\s*$"
)
"""What may end a sum's question after its parts: the currency ('in won', '(krw)') or 'combined'."""
_PARTS = re.compile(
    r"^(?P<head>.*?)[,:;]?\s+(?P<a>[\w.&'’ -]{2,40}?)\s+(?:plus|\+)\s+(?P<b>[\w.&'’ +-]{2,80}?)" + _IN_A_CURRENCY,
    re.I,
)
_OPENING_PARTS = re.compile(
    r"^(?P<head>)(?P<a>[\w.&'’-]+(?:\s+[\w.&'’-]+){0,3}?)\s+(?:plus|\+)\s+(?P<b>[\w.&'’ +-]{2,80}?)" + _IN_A_CURRENCY,
    re.I,
)
"""'pellworth + cobalt ridge + dairyfold investments combined?': parts opening the question, with nothing before."""
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
_OWNERS_FIRST = re.compile(
    r"^(?P<a>[\w.&'’-]+(?:\s+[\w.&'’-]+){0,3}?)\s+(?:plus|\+|&)\s+(?P<b>[\w.&'’ -]{2,40}?)\s*,\s*"
    r"(?P<head>[^,]+?)\s*\??$",
    re.I,
)
"""'paris baguette + tous les jours - how many north america stores do they have combined?': the two owners first,
then the sum asked of them."""


_LISTED_IN_BRACKETS = re.compile(r"\(\s*([^()]*?(?:,|\band\b|&|\+)[^()]*?)\s*\)")
"""'… 3 korean firm investments (doosan bobcat, zinus, sk innov) - whats the combined total': the parts listed."""
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s+&\s+|\s*\+\s*)", re.I)
"""(an ampersand only with spaces around it: 'samsung c&t' and 'r&d' are one name each)"""
ADDED_UP = re.compile(r"\badd(?:s|ed)?\s+(?:them\s+|those\s+|it\s+)?up\b|\badd\s+up\b", re.I)
MOST_PARTS = 6
"""A list longer than this is no sum a question asks of its parts one by one."""
_TRAILING_ASK = re.compile(r"^(?P<head>.+?)\s*[,;]\s*(?P<ask>(?:(?!\bplus\b)[^,;+]){0,60})$", re.I)
"""'… initial setup investment plus the 2018 capacity add, total in won?': the sum asked after its parts (its
clause says a total word)."""


def parts_named(text: str) -> tuple[str, ...] | None:
    """(what is totalled, then each part) when a question asks the sum of parts it names ('total won …, initial
    setup plus the 2018 expansion', '… (a + b)', 'total … across a and b', '… (a, b, c) - whats the total')."""
    listed = _parts_in_brackets(text)
    if listed is not None:
        return listed
    plain = text.strip()
    owners = _owners_parts(_as_clauses(plain))  # ('pb + tlj, how many stores … combined': before the ask)
    if owners is not None:
        return owners
    trailing = _TRAILING_ASK.match(plain.rstrip("? "))
    if trailing is not None and total_words().search(trailing["ask"]) and not total_words().search(trailing["head"]):
        plain = f"{trailing['ask']} {trailing['head']}"  # ('total in won hd hyundai electrics sub - setup plus …')
    plain = _as_clauses(plain)  # '… sub (setup + expansion)'
    opening = _OPENING_PARTS.match(plain)
    m = opening if opening and opening["tail"] else _PARTS.match(plain) or _ACROSS_PARTS.match(plain)
    if m is None:
        return None
    head, first = m["head"], m["a"].strip()
    # ('…, total won put in for the initial setup plus …': the first part is what follows the last preposition)
    lead = _PART_LEAD.match(first)
    if not total_words().search(head) and lead and total_words().search(lead.group(0)):
        head, first = f"{head} {lead.group(0)}", first[lead.end() :].strip()
    if not (total_words().search(head) or m.groupdict().get("tail")) or not first:
        return None
    return (total_words().sub(" ", head), first, *_PLUS.split(m["b"].strip()))


def _as_clauses(text: str) -> str:
    """Dashes and brackets as commas: '… sub (setup + expansion)' → '… sub, setup + expansion'."""
    return re.sub(r"\s+[-–—]+\s+|\s*\(", ", ", text).replace(")", "")


def _owners_parts(plain: str) -> tuple[str, ...] | None:
    """(what is summed, each owner) when a question adds up what two named owners have; the words asking the sum
    ('combined', 'between them') go, as each owner's figure is read alone."""
    owners = _owners_named(plain)
    if owners is None:
        return None
    head = listed_words("sum_asked").sub(" ", total_words().sub(" ", owners["head"]))
    return head, owners["a"].strip(), owners["b"].strip()


def _owners_named(plain: str) -> re.Match[str] | None:
    """The two owners whose figures a question adds up ('do a and b have between them', 'a + b, how many …
    combined')."""
    first = _OWNERS_FIRST.match(plain)
    asks_a_sum = first is not None and any(listed_words(w).search(first["head"]) for w in ("total_words", "sum_asked"))
    return _BETWEEN_THEM.match(plain) or (first if asks_a_sum else None)


_PLUS = re.compile(r"\s+(?:plus|\+)\s+|\s*\+\s*", re.I)


def _parts_in_brackets(text: str) -> tuple[str, ...] | None:
    """The parts a question lists in brackets, when elsewhere it asks their sum ('add up …', 'total')."""
    m = _LISTED_IN_BRACKETS.search(text)
    if m is None:
        return None
    rest = text[: m.start()] + " " + text[m.end() :]
    if not (total_words().search(rest) or ADDED_UP.search(rest)):
        return None
    if listed_words("one_entity_nouns").search(m[1]):
        return None  # ('(hyundai & lg energy solution jv)': the members of one thing, not parts to add)
    parts = [p.strip(" .") for p in _LIST_SEPARATOR.split(m[1]) if p.strip(" .")]
    if not 2 <= len(parts) <= MOST_PARTS or any(len(p.split()) > 5 for p in parts):
        return None
    if any(re.fullmatch(r"(?:19|20)\d\d", p) for p in parts):
        return None  # ('the arizona complex (queen creek, 2023)': where and when, which says which one)
    topic = ADDED_UP.sub(" ", total_words().sub(" ", rest))
    # ('the 3 korean firm investments (a, b, c)': the count of the parts is no figure of any of them)
    said = next(w for w, n in load_rules("organizations.json")["count_words"].items() if n == len(parts))
    count = re.compile(rf"\b(?:{len(parts)}|{said})\b", re.I)
    return (count.sub(" ", topic), *parts)


_PART_LEAD = re.compile(r"^.*\b(?:for|on|in|into|of|across|between)\s+", re.I)
"""The words before a part's name, up to the last preposition ('total won put in for ')."""


_AMOUNT = QuestionShape("amount")


def add_named_parts(
    reader: PassageReader, topic: str, names: tuple[str, ...], shape: QuestionShape = _AMOUNT
) -> tuple[Alternative, ...] | None:
    """The parts with their figures, each read for its own words, or None when they cannot be added."""
    found, loose = [], False
    for name in names:
        reading = reader.read(f"{topic}, {name}", shape)  # (a clause of its own)
        if reading is None:
            # ('… in the 2020 SED fact sheet (bobcat, zinus, sk innov)': the list's words say which story; an
            # item's sentence says its own name, its figure, and little of them)
            reading, loose = reader.read(name, shape, thread_words=topic), True
        value = reading_value(reading) if reading is not None else None
        if reading is None or value is None:
            return None
        if totalled(reader.index.passages.text(reading.passage), reading.span):
            return None  # a sum the sentence states is no part
        if not names_said(reader, name, reading):
            return None  # ('… + dairyfold investments': not a figure of another part's sentence)
        found.append(Alternative(name, reading, value))
    if loose:  # a part read by its name alone is an item of the list the others are (not the ROK's $233m)
        lists = {reader.index.introducing_line(part.reading.passage) for part in found}
        if None in lists or len(lists) > 1:
            return None
    if len({part.value[0] for part in found}) > 1:
        return None  # won and dollars add only at an exchange rate the documents do not give
    if len({(part.reading.passage, part.reading.span) for part in found}) < len(found):
        return None  # one figure read for two parts
    return tuple(found)


def owned_in_its_sentence(reader: PassageReader, head: str, part: Alternative, unit: str | None) -> bool:
    """An owner's figure, in a sum of two owners' figures, stands in a sentence that names the owner and says every
    word the question qualifies the figure by ('north american', 'globally'), the counted noun aside: a plan of
    another measure ('aims to open more than 90 stores') or a figure beside another owner's is no part of it."""
    counted = {passage_form(w) for w in unit_words(unit)} if unit else set()
    wanted = set(reader.wording.words(f"{part.name} {head}")) - SIDE_WORDS - counted
    return wanted <= reader.index.words_of(part.reading.passage)


def names_said(reader: PassageReader, part: str, reading: Reading) -> bool:
    """Every name of a part ('dairyfold', 'the 2018 expansion') stands in or around the sentence its figure is
    read from."""
    own, around, heading = reader.index.context_tokens(reading.passage)
    said = set(own) | set(around) | set(heading)
    return all(w in said for w in reader.wording.words(part) if reader.index.is_name_like(w))


_COUNTED_NOUN = re.compile(r"^(?:\D*?)[\d.,]+(?:\s+(?:thousand|million|billion|trillion))?\s*(.*)$", re.I)
"""The noun a count's text names after its number ('about 260 outlets' → 'outlets', '1.2 million users' → 'users')."""


def sum_text(parts: tuple[Alternative, ...], counted: bool = False) -> str:
    """'115 billion won (62 billion won + 53 billion won)', '$3.5 billion ($2 billion + $1.5 billion)'."""
    currency, total = parts[0].value[0], sum(part.value[1] for part in parts)
    if counted:  # '450 stores (260 stores + 190 stores)'
        noun = _COUNTED_NOUN.match(parts[0].reading.text)
        said = f"{total:,.0f}" + (f" {noun.group(1)}" if noun and noun.group(1) else "")
    elif currency == "won":
        scale, word = next(((s, w) for s, w in ((10**12, "trillion"), (10**9, "billion")) if total >= s), (1, ""))
        whole = f"{total / scale:.3f}".rstrip("0").rstrip(".")
        said = f"{whole} {word} won" if word else f"{int(total):,} won"
    else:
        said = dollars(int(total))
    return f"{said} ({' + '.join(part.reading.text for part in parts)})"


def named_parts_answer(
    reader: PassageReader, cite: Citations, question: str, intent: str, subject: str | None
) -> Answer | None:
    """The sum of the parts the question names, then each part's figure with its sentence; no answer when
    they cannot all be read (one part's figure is not the total asked). None when the question names no parts,
    or the documents state the sum themselves ('their combined sales stood at …'), which is read as usual."""
    named = parts_named(question)
    asked = question_shape(question)
    # ('combined gwh of the ev + ess plants': a stated total of a measure is read as usual; the stores two named
    # chains have between them are counted)
    plain = re.sub(r"\s+[-–—]+\s+", ", ", question.strip())
    counted = asked.answer_type == "number" and _owners_named(plain) is not None
    if named is None or (asked.answer_type not in ("amount", None) and not counted):
        return None
    shape = asked if counted else QuestionShape("amount")
    whole = reader.read(question, shape)
    if whole is not None and totalled(reader.index.passages.text(whole.passage), whole.span):
        return None
    # ('total won … setup plus the 2018 expansion': each part is asked in won too)
    in_won = " in won" if listed_words("won_asked").search(question) else ""
    parts = add_named_parts(reader, named[0] + in_won, named[1:], shape)
    if parts and named == _owners_parts(_as_clauses(question.strip())):  # ('pb + tlj, how many stores combined')
        parts = parts if all(owned_in_its_sentence(reader, named[0], p, shape.unit) for p in parts) else None
    if parts is None:
        note = "Not in the documents: I could not read every part to add up, each from its own sentence."
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
    note = f"Added up from {len(parts)} figures, each read from its own sentence (cited below)."
    return Answer(query=question, intent=intent, answers=tuple(items), note=note, subject=subject)
