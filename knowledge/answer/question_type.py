"""What kind of answer a question wants: a person, a date, a place, an amount, a number with its noun, an
organisation, a list of them, or a definition. The patterns are data (``rules/questions.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal, cast

from knowledge.answer.described import without_description
from knowledge.answer.normalize import spelled_out
from knowledge.answer.question_reading import asks_in_a_currency, former_office_asked, one_named, qualifies
from knowledge.rules import alternation, listed_words, load_rules
from knowledge.text.english import is_plural_noun, lemmas

AnswerType = Literal["person", "date", "place", "amount", "number", "organization", "name", "list", "definition"]
TYPE_ORDER: tuple[AnswerType, ...] = (
    "date",
    "place",
    "list",
    "organization",
    "name",
    "number",
    "amount",
    "person",
    "definition",
)


STATES_UNIT = "states"
"""The unit of 'which states': U.S. states a sentence names."""
ORDINAL_UNIT = "ordinal"
"""The unit of 'which anniversary', 'which round': the answer is an ordinal ('the 139th anniversary')."""


@dataclass(frozen=True)
class QuestionShape:
    """The answer type a question wants and, for 'how many', the noun it counts ('jobs', 'tons')."""

    answer_type: AnswerType | None
    unit: str | None = None


@cache
def _patterns() -> dict[AnswerType, tuple[re.Pattern[str], ...]]:
    rules = dict(load_rules("questions.json")["answer_types"])
    return {t: tuple(re.compile(p, re.I) for p in rules[t]) for t in TYPE_ORDER}


@cache
def _units() -> dict[str, str]:
    return cast(dict[str, str], load_rules("questions.json")["unit_synonyms"])


def same_unit(word: str, unit: str) -> bool:
    """'outlets' names the unit 'stores', 'participants' the unit 'people', and 'shipyards' the 'yards' a
    question clipped from it.

    >>> same_unit("outlets", "stores"), same_unit("shipyards", "yards"), same_unit("states", "yards")
    (True, True, False)
    """
    found, wanted = canonical_unit(word.lower()).rstrip("s"), unit.rstrip("s")
    return found == wanted or (len(wanted) >= 4 and found.endswith(wanted))


def unit_words(unit: str) -> tuple[str, ...]:
    """Every word the rules count as ``unit`` ('people': participants, employees, workers, …): a sentence giving
    the count carries one of them, so the search for it seeks them all.

    >>> "employees" in unit_words("people")
    True
    """
    return tuple(sorted({word for word, canonical in _units().items() if canonical == unit} | {unit}))


def is_unit(word: str) -> bool:
    """A unit of measure or count the rules know ('gwh', 'tons', 'ppl')."""
    return word.lower().strip(".,?!") in _units()


def canonical_unit(word: str) -> str:
    """'ppl' → 'people', 'outlets' → 'stores'; other nouns keep their singular-less plural form."""
    word = word.lower().strip(".,?!")
    return _units().get(word, word)


_HOW_MANY = re.compile(
    r"\b(?:how (?:many|much)|(?:number|nr|count) of)\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+)", re.I
)  # ('the corrected nr of users hit': users)


_IN_UNITS = re.compile(r"(?:\bin\s+|#\s*(?:of\s+)?)([a-z]+)\s*(?:[?,.;]|$|for\b|at\b)", re.I)  # ('in units', '# days')


def counted_phrase(text: str) -> str:
    """The words a 'how many' question counts ('how many korean cyber firms took part' → 'korean cyber firms took
    part'); empty when it asks no count that way."""
    m = _HOW_MANY.search(text)
    return m.group(1) if m else ""


def _counted_noun(text: str) -> str | None:
    """'how many new US locations is …' → 'stores'; the first known unit, else the first plural noun."""
    m = _HOW_MANY.search(text)
    if not m:
        # ('planned annual output in units', 'total capacity in gwh': the unit the figure is asked in)
        given = _IN_UNITS.search(text) or _COUNT_OF.search(text)  # ('… in units', 'north american store count')
        word = given.group(1) if given else ""
        word = f"{word}s" if given and given.re is _COUNT_OF and f"{word.lower()}s" in _units() else word
        known = word.lower() in _units() or (len(word) > 3 and word.lower().endswith("s") and is_plural_noun(word))
        return canonical_unit(word) if known else None
    words = m.group(1).split()
    for word in words:
        if word.lower() in _units():
            return canonical_unit(word)
    for word in words:
        # (not 'does' of 'how much does that bump capacity': a helping verb, whatever else it spells)
        plural = word.lower().endswith("s") and word.lower() not in auxiliaries() and is_plural_noun(word)
        if len(word) > 3 and word.isalpha() and plural:
            return canonical_unit(word)
    return None


_COUNT_OF = re.compile(r"\b([a-z]+)\s+count\b", re.I)  # 'store count': a count of the noun before it


def _place_noun(text: str) -> str | None:
    """'what room did they speak in' → 'room': the kind of place asked for, when the question names one."""
    nouns = "|".join(re.escape(n) for n in load_rules("questions.json")["place_nouns"])
    m = re.search(rf"\b(?:what|which)\s+(?:[\w.]+\s+){{0,2}}?({nouns})\b", text, re.I)
    return m.group(1).lower() if m else None


_YES_OR_NO = re.compile(
    r"^\s*(?:and\s+|so\s+)?(?:did|does|do|is|was|were|are|will|would|has|have|had|can|could)\b", re.I
)
_QUESTION_WORD = re.compile(r"\b(?:what|which|how|who|whose)\b", re.I)
_LEADING_QUESTION_WORD = re.compile(r"^\s*(?:and\s+)?(?:what|which|how|who|whose)\b", re.I)
_CLAUSE_WORDS = frozenset({r"\bwhen\b", r"\bwhere\b"})


def _first_match(text: str) -> AnswerType | None:
    """The answer type whose pattern matches earliest in ``text``; a longer match overlapping it wins, then the
    order of ``TYPE_ORDER``."""
    # 'what space pledge did Harris welcome when she met Yoon': a 'when' or 'where' after another question word
    # opens a clause; it does not ask a date or a place.
    led = _LEADING_QUESTION_WORD.match(text) is not None
    matches = [
        (m.start(), -(m.end() - m.start()), TYPE_ORDER.index(t), t)
        for t in TYPE_ORDER
        for p in _patterns()[t]
        if (m := p.search(text)) is not None and not (led and p.pattern in _CLAUSE_WORDS and m.start() > 0)
    ]
    if not matches:
        return None
    first = min(matches)
    first_end = first[0] - first[1]
    overlapping = sorted((m for m in matches if m[0] < first_end), key=lambda m: (m[1], m[2]))
    # 'which outlet ran rep issa's op-ed': a longer match reaching past a verb ('ran') to its last word is another
    # clause's noun ('who owns' is one match).
    for longer in overlapping:
        # (a shorter match of one word, 'who' of 'who gets to host', names no noun of its own)
        ends = [o[0] - o[1] for o in overlapping if o[0] == longer[0] and o[1] > longer[1]]
        ends = [end for end in ends if len(text[longer[0] : end].split()) > 1]
        # ('which agencies on each side run …': the noun after a preposition qualifies the one asked)
        if not any(
            _verb_between(text[end : longer[0] - longer[1]].split()[:-1]) or qualifies(text[end:]) for end in ends
        ):
            return longer[3]
    return overlapping[0][3]


def _verb_between(words: list[str]) -> bool:
    """An inflected verb ('ran', 'owns') among ``words``, auxiliaries aside, and a form that is a noun as it
    stands ('lobbying' of 'its lobbying budget')."""
    return any(
        w not in auxiliaries() and w not in lemmas(w).get("VERB", (w,)) and w not in lemmas(w).get("NOUN", ())
        for w in re.findall(r"[a-z][a-z-]*", " ".join(words).lower())
        if "-" not in w  # ('how much us-made steel': a compound qualifies the noun, it is no verb)
    )


@cache
def auxiliaries() -> frozenset[str]:
    """Verbs that help another ('did', 'was'), from the rules."""
    return frozenset(load_rules("questions.json")["auxiliaries"]["words"])


SHAPES_KEPT = 4096
"""Question shapes kept: one question's answer asks for its shape a dozen times (a server's memory stays bounded)."""


@lru_cache(maxsize=SHAPES_KEPT)
def question_shape(text: str) -> QuestionShape:
    """The kind of answer ``text`` asks for; when its words say none, its abbreviations spelled out may
    ('which rok amb showed up' asks a person: an ambassador).

    >>> question_shape("and which rok amb showed up for the signing").answer_type
    'person'
    >>> question_shape("which korean trade min co-chaired w the ustr").answer_type
    'person'
    >>> question_shape("the fact sheet (the one where rok signs the accords) - how much for 6g").answer_type
    'amount'
    """
    text = one_named(text)  # '… an upcoming anniversary of ties - which one?' asks which anniversary
    if _first_match(text) is None and _first_match(spelled := spelled_out(text)) is not None:
        text = spelled  # ('which rok amb … at the investment ceremony' asks a person, not the investment)
    # ('what about the korean side?' asks what the thread asked, of another side; 'what about X, who headed that'
    # asks what follows)
    text = _WHAT_ABOUT.sub("", text)
    lead = _WHEN_CLAUSE.match(text)  # 'when min ahn went to georgia, whose plant did he visit': the main question
    if lead is not None:
        text = text[lead.end() :]
    # An aside in brackets ('the fact sheet (the one where …)') and the words describing the document asked
    # ('the maritime investments fact sheet - which univs …') say which document, not what is asked.
    aside_gone = _RELATIVE.sub(",", _ASIDE.sub(" ", without_description(text)))
    shape = _shape(aside_gone) if aside_gone != text else QuestionShape(None)
    if shape.answer_type is None:
        shape = _shape(text)
    asked_last = _LAST_CLAUSE.search(text)  # '… under the 2024 chips award - expected wafer output per month?'
    bare = asked_last is not None and len(asked_last.group(1).split()) <= BARE_PHRASE_WORDS
    if asked_last and bare and _first_match(text) is None and fallback_shape(asked_last.group(1)).answer_type:
        shape = fallback_shape(asked_last.group(1))
    tail = asked_last.group(1) if asked_last else ""
    last = _shape(tail) if tail else QuestionShape(None)
    if last.answer_type and (shape.answer_type is None or _LEADING_QUESTION_WORD.match(tail)):
        # 'harris-yoon mtg 2022: what kind of space testing …', 'sk innovation's jv (…) - who's the automaker
        # partner?': the question after the last dash or colon, whatever the words before it would ask; 'what was
        # rok planning to pledge' asks no definition there, whatever the whole question asks
        shape = shape if last.answer_type == "definition" and shape.answer_type else last
    shape = shape if shape.answer_type is not None else _shape(spelled_out(text))
    bare = shape.answer_type in (None, "definition", "list") or shape == QuestionShape("number")
    if bare and asks_in_a_currency(text):  # ('… combined sales, in won'; not 'how many stores …, in won')
        return QuestionShape("amount")
    return shape


BARE_PHRASE_WORDS = 6
"""At most this many words after the last dash are a bare noun phrase asking on its own ('expected wafer output')."""

_LAST_CLAUSE = re.compile(r"(?:\s[-–—]|:)\s+([^-–—:]+)$")
"""What a question asks after its last dash or colon, when it asks it as a bare noun phrase."""

_ASIDE = re.compile(r"\([^()]*\)")
"""Words in brackets: an aside to the question."""

_RELATIVE = re.compile(r",\s*(?:who|whom|which|whose)\s+[^,?]{3,60},")
"""A clause set off by commas ('zhao leji, who lee is meeting tues, chairs which body'): it says more of a
name; its 'who' asks nothing."""


_PERCENT_ASKED = re.compile(r"\bwhat\s*(?:%|pct\b)|\d\s*(?:%|percent\b|pct\b)\s+(?:down\s+|up\s+)?to\s+what\b", re.I)
"""'what % stake', 'cut from 25% to what': a percentage is asked."""


_WHAT_ABOUT = re.compile(r"^\s*(?:and\s+)?(?:what|how)\s+about\s+", re.I)
"""'what about …': no question word of its own."""
_WHEN_CLAUSE = re.compile(
    r"^\s*when\s+(?!(?:did|does|do|was|were|is|are|will|would|has|have|had|can|could|should)\b)[^?,]{3,80}?,?\s+"
    r"(?=(?:who|whose|which|what|where|how)\b)",
    re.I,
)
"""A clause saying when before the question itself: 'when he went to georgia, whose plant did he visit', 'when moon
toured the site in 2021 who went with him' (not 'when was the meeting where …', which asks when)."""


@cache
def _share_words() -> str:
    words = load_rules("questions.json")["share_words"]["words"]
    return r"\b(?:what|which|how (?:big|large|high) a)\s+(?:" + "|".join(re.escape(w) for w in words) + r")\b"


HOSTS_UNIT = "hosts"
"""The unit of 'who hosts the forum': a country or an organisation, as forums are hosted by either."""

OFFICE_UNIT = "office"
"""The unit of a 'name' question asking the office someone held before ('what job did campbell hold b4')."""

COMMITMENT_UNIT = "commitment"
"""The unit of a 'name' question asking what was undertaken ('what asat commitment did the vp welcome')."""


@cache
def commitment_nouns() -> str:
    """The nouns for what a side undertook ('commitment', 'pledge'), as one alternation of the rules' words."""
    return alternation(load_rules("questions.json")["commitment_nouns"]["words"])


@cache
def _commitment_asked() -> re.Pattern[str]:
    auxiliary = alternation(sorted(auxiliaries()))
    # 'what asat commitment (from rok) did the vp welcome', 'what was rok planning to pledge re anti-sat weapons'
    noun = rf"\bwhat\s+(?:[\w-]+\s+){{0,2}}(?:{commitment_nouns()})\s+(?:from\s+[\w-]+\s+)?(?:{auxiliary})\b"
    verb = rf"\bwhat\s+(?:{auxiliary})\s+(?:[\w-]+\s+){{1,3}}?to\s+(?:{commitment_nouns()})\b"
    return re.compile(f"{noun}|{verb}", re.I)


ITEMS_UNIT = "items"
"""The unit of a list of enumerated items rather than organisations."""


@cache
def _item_nouns() -> str:
    words = load_rules("questions.json")["item_nouns"]["words"]
    # 'what tech areas', and 'what r the 6 tech areas'
    return (
        r"\b(?:which|what)\s+(?:(?:are|r|were)\s+(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}(?:"
        + "|".join(re.escape(w) for w in words)
        + r")\b"
    )


@cache
def _country_question() -> re.Pattern[str]:
    return re.compile("|".join(load_rules("questions.json")["country_questions"]["patterns"]), re.I)


_KIND_OF = re.compile(
    r"\b(?:what (?:kind|type|sort) of ((?:[a-z-]+ ){0,2}?[a-z-]+)|(?:what|which) ([a-z-]+) (?:kind|type|sort))\s+"
    r"(?:was|is|were|are|did|does|do|will|would|has|have|had|can|could)\b",
    re.I,
)
"""'what kind of space testing was Korea to forgo', 'what visa type did they need': the noun the kind is of
('testing', 'visa')."""


@cache
def _ordinal_nouns() -> str:
    rules = load_rules("questions.json")["ordinal_nouns"]
    nouns = "|".join(re.escape(w) for w in rules["words"])
    questions = "|".join(re.escape(w) for w in rules["ordinal_questions"])
    # (not 'what number of people': a count)
    return rf"\b(?:which|what)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b|\b(?:{questions})(?!\w)(?!\s+of\b)"


def _shape(text: str) -> QuestionShape:
    """The kind of answer ``text`` asks for.

    >>> question_shape("how many jobs will the plant create")
    QuestionShape(answer_type='number', unit='jobs')
    >>> question_shape("where was the 4th sed held").answer_type
    'place'
    >>> question_shape("how much is hanwha putting into the shipyard").answer_type
    'amount'
    """
    # The words that come first decide ('who was minister when …' wants a person, 'which governor is he seeing
    # when he is in Georgia' too); of matches that overlap there, the longer ('whose plant' over 'whose').
    committed = _commitment_asked().search(text) is not None  # 'what asat commitment did the vp welcome'
    former = former_office_asked(text)  # 'what job did campbell hold before dep sec'
    answer_type = "name" if former else _first_match(text) or ("name" if committed else None)
    if answer_type is not None:
        unit = _counted_noun(text) if answer_type == "number" else None
        if answer_type == "number" and (re.search(_share_words(), text, re.I) or _PERCENT_ASKED.search(text)):
            unit = "percent"  # 'what share of journalists …' is a percentage, not a count of them
        if answer_type == "name":
            kind = _KIND_OF.search(text)  # 'what kind of space testing' → 'testing', 'what visa type' → 'visa'
            unit = (kind[1] or kind[2]).split()[-1].lower() if kind else None
            unit = COMMITMENT_UNIT if committed else OFFICE_UNIT if former else unit
        if answer_type == "number" and re.search(_ordinal_nouns(), text, re.I):
            unit = ORDINAL_UNIT  # 'which anniv' is answered by an ordinal, not by a count
        if answer_type == "number" and listed_words("duration_asked").search(text):
            unit = unit or canonical_unit("years")  # 'spread over how long': a span of years ('over five years')
        if answer_type == "place":
            unit = _place_noun(text)
        # ('who hosts the summit' asks a country; 'who hosts the public-private forum' a country or a think tank)
        hosting = bool(_country_question().search(text))
        if answer_type in ("list", "organization") and hosting and listed_words("hosted_by_organizations").search(text):
            unit = HOSTS_UNIT
        elif answer_type in ("list", "organization") and (re.search(r"\bcountr(?:y|ies)\b", text, re.I) or hosting):
            unit = "countries"  # 'which countries …', 'who hosts the summit' want countries, not companies
        elif answer_type == "list" and re.search(r"(?<!united )\bstates\b", text, re.I):
            unit = STATES_UNIT  # 'in which states are its car plants': U.S. states, not companies
        elif answer_type == "list" and re.search(_item_nouns(), text, re.I):
            unit = ITEMS_UNIT  # 'what tech areas …', 'which ones?': the items a sentence enumerates
        return QuestionShape(answer_type, unit)
    return fallback_shape(text)


def fallback_shape(text: str) -> QuestionShape:
    """The kind of answer a bare noun phrase asks for: 'samsung's total investment?' an amount, 'sales' too.

    >>> fallback_shape("sales").answer_type, fallback_shape("stores").answer_type
    ('amount', None)
    """
    asked = _QUESTION_WORD.search(text)
    if asked is not None and asked.start() > 0:  # ('under the trade/investment deal, what did … bring the tariff to')
        shape = fallback_shape(text[asked.start() :])  # the words before the question word set the scene
        if shape.answer_type is not None:
            return shape
    for answer_type, patterns in load_rules("questions.json")["fallback_types"]:
        if any(re.search(p, text, re.I) for p in patterns):
            if answer_type == "number" and _YES_OR_NO.match(text):
                return QuestionShape(None)  # 'did seoul lower its tariffs': no rate ('did samsung get funding' is)
            named = next((canonical_unit(w) for w in re.findall(r"[\w%]+", text) if w.lower() in _units()), None)
            named = named or _counted_noun(text)  # 'planned annual output in units'
            return QuestionShape(cast(AnswerType, answer_type), named if answer_type == "number" else None)
    return QuestionShape(None)
