"""Finding the words in a sentence that answer a kind of question: a person, a place, an organisation, a date,
an amount, a number with its noun, or a definition. Pure functions of the text; vocabulary from the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from knowledge.answer.question_type import same_unit
from knowledge.rules import load_rules
from knowledge.rules.rulebook import rulebook
from knowledge.text.amounts import find_amounts, to_usd
from knowledge.text.dates import find_dates
from knowledge.text.towns import region_names


@dataclass(frozen=True)
class Span:
    """Answering words in a sentence: as written, where they stand, and a value when they have one."""

    text: str
    start: int
    end: int
    value: str | int | None = None


CAPITALISED = re.compile(r"(?<![\w$])[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*)*")
"""A run of capitalised words: a name, perhaps with the title before it."""


@cache
def question_rules() -> dict[str, frozenset[str]]:
    rules = load_rules("questions.json")
    return {
        "not_places": frozenset(rules["not_places"]),
        "organization_words": frozenset(rules["organization_words"]),
        "prepositions": frozenset(rules["place_prepositions"]),
        "revision_phrases": frozenset(rules["revision_phrases"]),
        "count_noun_ends": frozenset(rules["count_noun_ends"]["words"]),
    }


_CAP = r"(?:[A-Z][\w'’.&-]*|[A-Z]{2,}|\d+(?:st|nd|rd|th)|(?<![\w$.,])\d[A-Z]\b)"  # '5G Clean Path'
PHRASE = re.compile(rf"{_CAP}(?:\s+(?:of|de|du|la|the|and|&|for|on)?\s*{_CAP})*")
_PLACE = re.compile(rf"{_CAP}(?:\s+(?:of|de|du|la)?\s*{_CAP})*")
_NAME = re.compile(
    r"(?<![\w.])(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z]\.)(?:\s+(?:[A-Z]\.|\"[A-Z]{1,3}\"|[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)){1,3}"
)


def people_in(text: str, known: Iterable[str] = ()) -> list[Span]:
    """Names of people: the table's officials first (any spelling), then capitalised names not made of title
    or organisation words.

    >>> [s.text for s in people_in("Choo met U.S. Treasury Secretary Janet Yellen on Tuesday.")]
    ['Janet Yellen']
    """
    spans: list[Span] = []
    for name in known:
        for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", text):
            spans.append(Span(m.group(0), m.start(), m.end(), name))
    not_name = rulebook().not_name_words
    for m in _NAME.finditer(text):
        words = [w for w in m.group(0).split() if w.lower() not in not_name and not w.isupper()]
        if len(words) < 2 or any(s.start <= m.start() < s.end for s in spans):
            continue
        first = m.group(0).find(words[0])
        last = m.group(0).rfind(words[-1]) + len(words[-1])
        spans.append(Span(m.group(0)[first:last], m.start() + first, m.start() + last, m.group(0)[first:last]))
    return sorted(spans, key=lambda s: s.start)


def named_places_in(text: str, noun: str) -> list[Span]:
    """Capitalised names ending in the kind of place asked for: 'State Dining Room' for 'what room'.

    >>> [s.text for s in named_places_in("Remarks in the State Dining Room", "room")]
    ['State Dining Room']
    """
    pattern = re.compile(rf"(?:[A-Z][\w'’.-]*\s+){{0,4}}{re.escape(noun.capitalize())}\b")
    spans = []
    for m in pattern.finditer(text):
        phrase = " ".join(w for w in m.group(0).split() if w not in ("The", "In", "At", "On"))
        start = m.start() + m.group(0).find(phrase.split()[0])
        spans.append(Span(phrase, start, start + len(phrase), phrase))
    return spans


@cache
def opening_prepositions() -> str:
    """The prepositions as a sentence opens on them ('In Shanghai, Lee plans …'), as one alternation."""
    return "|".join(sorted(p.capitalize() for p in question_rules()["prepositions"]))


def places_in(text: str) -> list[Span]:
    """Capitalised places after 'in', 'at', 'to': 'in Washington, D.C.', 'at the Lima Convention Center', 'to the
    state of Georgia'.

    >>> [s.text for s in places_in("The session was held in Washington, D.C. on October 4.")]
    ['Washington, D.C.']
    >>> [s.text for s in places_in("In Shanghai, Lee plans to visit the site.")]
    ['Shanghai']
    """
    rules = question_rules()
    spans = []
    prepositions = "|".join(sorted(rules["prepositions"]))
    pattern = re.compile(
        rf"(?:\b(?:{prepositions})|^(?:{opening_prepositions()})|\|)\s+(?:the\s+)?(?:(?:state|city|province|county|town|port|island)\s+of\s+)?"
        rf"({_PLACE.pattern}(?:,\s+(?:{region_names().pattern}|[A-Z][a-z]{{0,4}}\.(?:[A-Z]\.)?)(?!\s+[A-Z][a-z]))?)"
    )  # 'West Lafayette, Indiana', 'Washington, D.C.', 'Dothan, Ala.'; not 'South Carolina, Korea Economic Daily'
    for m in pattern.finditer(text):
        phrase = m.group(1).rstrip(",.") if not m.group(1).endswith("D.C.") else m.group(1)
        words = phrase.split()
        if not words or {words[0].strip(","), words[-1].strip(",")} & rules["not_places"] or phrase[:1].isdigit():
            continue
        dated = find_dates(phrase)
        if dated:  # 'Washington D.C. on February 29': the place ends where the date begins
            phrase = re.sub(r"[\s,]*(?:on|in)?\s*$", "", phrase[: dated[0].start])
            if not phrase:
                continue
        spans.append(Span(phrase, m.start(1), m.start(1) + len(phrase), phrase))
    return spans


def countries_in(text: str) -> list[Span]:
    """Countries named in a sentence ('the United States, Canada, and Finland').

    >>> [s.text for s in countries_in("the leaders of the United States, Canada, and Finland announced")]
    ['United States', 'Canada', 'Finland']
    """
    spans: list[Span] = []
    for name in sorted(load_rules("places.json")["countries"], key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(s.start <= m.start() < s.end for s in spans):
                spans.append(Span(m.group(0), m.start(), m.end(), m.group(0)))
    return sorted(spans, key=lambda s: s.start)


def states_in(text: str) -> list[Span]:
    """U.S. states named in a sentence ('auto factories in Alabama and Georgia').

    >>> [s.text for s in states_in("will supply Hyundai's auto factories in Alabama and Georgia, which")]
    ['Alabama', 'Georgia']
    >>> [s.text for s in states_in("its West Virginia factory")]
    ['West Virginia']
    """
    spans: list[Span] = []
    for name in sorted(load_rules("places.json")["us_states"], key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(s.start <= m.start() < s.end for s in spans):  # ('West Virginia' holds no 'Virginia')
                spans.append(Span(m.group(0), m.start(), m.end(), m.group(0)))
    return sorted(spans, key=lambda s: s.start)


def dates_in(text: str, base: date | None) -> list[Span]:
    """Dates, resolved against the document's date ('on Wednesday' in a release of December 11, 2025)."""
    return [Span(m.text, m.start, m.end, m.iso) for m in find_dates(text, base)]


def amounts_in(text: str) -> list[Span]:
    """Money amounts, with their value in whole U.S. dollars."""
    return [Span(a.text, a.start, a.end, a.usd) for a in find_amounts(text)]


_NUMBER = re.compile(
    r"(?<![\w$.,])(?<![A-Za-z]-)(?P<n>\d[\d,]*(?:\.\d+)?)(?![\dA-Za-z])"
    r"(?:\s*(?:to|-|–)\s*(?P<n2>\d[\d,]*(?:\.\d+)?)(?![\d,A-Za-z]))?"
    r"(?:\s*(?P<scale>million|billion|trillion|thousand))?(?P<pct>\s*(?:%|percent))?"
)
_UNIT_WORDS = re.compile(r"\s*(?:-|\s)?((?:[A-Za-z][\w'’-]*\s+){0,4}?)([A-Za-z][\w'’-]*|%)")


def numbers_in(text: str, unit: str | None = None) -> list[Span]:
    """Counts and measures that are not money or years, with the noun they count.

    A number whose noun (within a few words) is ``unit`` comes first; the value is the number as written.

    >>> [s.text for s in numbers_in("The plant will create 1,400 jobs by 2028.", "jobs")]
    ['1,400 jobs']
    >>> [s.text for s in numbers_in("It invested 62 billion won and $5 million in 2011 for 100 workers.", "people")]
    ['100 workers']
    """
    matched: list[Span] = []
    others: list[Span] = []
    # The 20 of 'Nov. 20' counts nothing, nor does the 62 of '62 billion won' (money, whatever its currency).
    dated = [(d.start, d.end) for d in find_dates(text)] + [(a.start, a.end) for a in find_amounts(text)]
    for m in _ranges_split(text):
        if any(a <= m.start() < b for a, b in dated):
            continue
        if text[m.end() : m.end() + 1] == "-" and not m["scale"]:
            continue  # '765-kilovolt-class transformers', 'a 20-year lease': a measure of kind, not a count
        if re.match(r":\d", text[m.end() : m.end() + 2]) or text[m.start() - 1 : m.start()] == ":":
            continue  # '2:18 AM': a time of day counts nothing
        number = m.group(0).strip()
        value = m["n"] if not m["n2"] else f"{m['n']} to {m['n2']}"
        is_year = re.fullmatch(r"(?:19|20)\d\d", m["n"]) and not m["scale"] and not m["n2"] and not m["pct"]
        if is_year:
            continue
        if m["pct"]:
            span = Span(number, m.start(), m.end(), value)
            (matched if unit == "percent" else others).append(span)
            continue
        # The noun a number counts is in its clause (a period after an initial, as in 'U.S.', ends none).
        tail = re.split(r"[,;:!?()]|(?<![A-Z])\.(?:\s|$)", text[m.end() : m.end() + 60])[0]
        nouns = _counted_words(re.findall(r"[A-Za-z][\w'’-]*", tail)[:5])
        hit = next((i for i, w in enumerate(nouns) if unit and same_unit(w, unit)), None)
        if hit is not None:
            end = m.end() + tail.find(nouns[hit]) + len(nouns[hit])
            matched.append(Span(text[m.start() : end], m.start(), end, value))
        else:
            scaled = str(to_usd(m["n"], m["scale"])) if m["scale"] else value
            others.append(Span(number, m.start(), m.end(), scaled))
    # 'six main technology areas': a number in words counts only the noun asked for, right after it.
    # ('more than a thousand new jobs': a round number in words too)
    for m in [*_SPELLED_NUMBER.finditer(text), *_SPELLED_ROUND.finditer(text)]:
        nouns = re.findall(r"[A-Za-z][\w'’-]*", text[m.end() : m.end() + 40])[:3]
        hit = next((i for i, w in enumerate(nouns) if unit and same_unit(w, unit)), None)
        if hit is not None:
            end = m.end() + text[m.end() :].find(nouns[hit]) + len(nouns[hit])
            value = _SPELLED_VALUES.get(m.group(1).lower()) or _ROUND_VALUES[m.group(1).lower()]
            matched.append(Span(text[m.start() : end], m.start(), end, str(value)))
    # 'from 100 employees in 2011 to 462 in 2025', 'of its 700 outlets, about 260 are in North America', '580
    # stores, including about 190 in North America': the second number counts what the first does.
    for span in list(others):
        before = text[max(0, span.start - 60) : span.start]
        earlier = [m for m in matched if 0 <= span.start - m.end <= 60]
        share = re.match(r"\s+(?:are|were|is|was|have|had)\b", text[span.end :]) and re.search(r",\s*\w*\s*$", before)
        led = re.search(r"\b(?:to|including|of which|of them)\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$", before)
        if (led or share) and earlier:
            source = max(earlier, key=lambda m: m.end)
            words = re.findall(r"[A-Za-z]+", source.text)
            unit_word = next((w for w in words if unit and same_unit(w, unit)), words[-1] if words else "")
            matched.append(Span(f"{span.text} {unit_word}".strip(), span.start, span.end, span.value))
            others.remove(span)
    return matched + others


_SPELLED_VALUES = {
    w: i + 2
    for i, w in enumerate(
        "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"
        " eighteen nineteen twenty".split()
    )
}
_SPELLED_NUMBER = re.compile(r"\b(" + "|".join(_SPELLED_VALUES) + r")\b", re.I)
_ROUND_VALUES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_SPELLED_ROUND = re.compile(r"\b(?:a|one)\s+(" + "|".join(_ROUND_VALUES) + r")\b(?!\s+(?:and|or)\b)", re.I)
"""'a thousand new jobs': one round number in words (not 'a thousand or so', nor 'hundreds of')."""


def _counted_words(words: list[str]) -> list[str]:
    """The words after a number up to the end of the noun it counts ('small shipyards' of 'small shipyards in
    12 states'): a preposition after them starts another phrase."""
    ends = question_rules()["count_noun_ends"]
    cut = next((i for i, w in enumerate(words) if i and w.lower() in ends), len(words))
    return words[:cut]


def spelled_number(word: str) -> int | None:
    """'six' → 6, for the numbers a sentence writes in words (two to twenty); None for any other word."""
    return _SPELLED_VALUES.get(word.lower())


def _ranges_split(text: str) -> list[re.Match[str]]:
    """Numbers as ``_NUMBER`` finds them, but 'A to B' is a range only when B is not smaller than A ('80 to 100
    locations'); 'from 100 in 2011 to 462' is two numbers."""
    found: list[re.Match[str]] = []
    position = 0
    while (m := _NUMBER.search(text, position)) is not None:
        if m["n2"] and _as_number(m["n2"]) < _as_number(m["n"]):
            single = _NUMBER.match(text[: m.start("n") + len(m["n"])], m.start())
            if single is not None:
                found.append(single)
            position = m.start("n2")
            continue
        found.append(m)
        position = m.end()
    return found


def _as_number(text: str) -> float:
    return float(text.replace(",", ""))


PURPOSE_REACH = 120
"""How far after a term's name a phrase of purpose ('to help', 'so that') may stand and still say what it is."""


def definition_in(text: str, term_words: Sequence[str]) -> Span | None:
    """A sentence that defines a term: every word of the term, then right after it a defining cue ('X is a',
    'X, which', '“X” – a …').

    >>> definition_in("The Clean Network is a comprehensive approach to threats.", ["clean", "network"]).value
    'strong'
    """
    words = [w for w in term_words if len(w) > 1]
    lowered = text.lower()
    ends = []
    for word in words:
        m = re.search(rf"(?<![a-z0-9]){re.escape(word)}[a-z]*", lowered)
        if m is None:
            return None
        ends.append(m.end())
    if not ends:
        return None
    after = re.sub(r"^[\"'”’)\]]+", "", lowered[max(ends) :])
    cues = load_rules("questions.json")["definition_cues"]
    for strength in ("strong", "weak"):
        if any(after.startswith(cue) for cue in cues[strength]):
            return Span(text, 0, len(text), strength)  # value: how plainly the sentence defines
    # 'announced the X Initiative to help rebuild …', 'the X process has brought together … committed to …':
    # what the thing is for, said soon after its name, defines it less plainly.
    if any(cue in f" {after[:PURPOSE_REACH]} " for cue in cues["purpose"]):
        return Span(text, 0, len(text), "weak")
    return None
