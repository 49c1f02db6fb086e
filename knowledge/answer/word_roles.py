"""What each word of a question does: the form it was typed in, whether a synonym made it of plain English,
whether the kind of answer already says it ('located' in 'where is it located'), and whether the answering
sentence must say it itself.

Kept apart from ``QuestionWording``, which mends and spells out the words; these decide their roles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache, partial

from knowledge.answer.anchors import has_unit_word
from knowledge.answer.fit import SIDE_WORDS as SIDES
from knowledge.answer.normalize import content_tokens, normalize, plain_form
from knowledge.answer.office_bodies import office_bodies
from knowledge.answer.organization_kinds import kinds_asked
from knowledge.answer.passages import passage_form, stem
from knowledge.answer.query import side_nouns
from knowledge.answer.question_dates import is_month
from knowledge.answer.question_type import OFFICE_UNIT, QuestionShape, canonical_unit
from knowledge.rules import alternation, any_word, load_rules
from knowledge.text.english import lemmas


def typed_forms(text: str) -> dict[str, str]:
    """Each question word's normal form → the word as typed, for what English says of the typed word."""
    typed: dict[str, str] = {}
    for word in re.findall(r"[A-Za-z0-9][\w'’]*", text.lower()):
        for token in content_tokens(word):
            # A synonym's word stands ('give' is 'contribute'; 'first' is '1st', one of a series).
            typed.setdefault(stem(token), word if plain_form(word) == token else token)
    return typed


def said_in_plain_words(text: str) -> set[str]:
    """The question's words (normal form) that a synonym made of a common English word: 'talks' becomes the
    'dialogue' the documents name, but the asker named nothing by it.

    >>> sorted(said_in_plain_words("which round of the nsa talks"))
    ['dialogu']
    """
    plain: set[str] = set()
    for word in re.findall(r"[A-Za-z][\w'’]*", text.lower()):
        tokens = content_tokens(word)
        # A number in words ('two') stays a number the sentence must give.
        if len(tokens) == 1 and plain_form(word) != tokens[0] and tokens[0].isalpha() and "NOUN" in lemmas(word):
            plain.add(stem(tokens[0]))
    return plain


def quantity_words(text: str) -> set[str]:
    """The nouns a question counts with, not names ('a group' of 'took a group of us cyber cos'): the answer need
    not say them, a delegation of fifteen companies is the group.

    >>> sorted(quantity_words("which dep sec took a group of us cyber cos"))
    ['group']
    >>> sorted(quantity_words("which working group met"))
    []
    """
    return {stem(m.group(1)) for m in _quantity_phrase().finditer(text.lower())}


def counts_of_sides(text: str) -> set[str]:
    """A count of sides ('the two govts', 'the 2 countries'): both sides, not a number the answer must give.

    >>> sorted(counts_of_sides("the total the two govts welcomed")), sorted(counts_of_sides("the two plants"))
    (['2'], [])
    """
    nouns = "|".join(map(re.escape, side_nouns()))
    return set(re.findall(rf"\b(\d+)\s+(?:{nouns})\b", normalize(text)))


@cache
def _quantity_phrase() -> re.Pattern[str]:
    rules = load_rules("questions.json")["quantity_nouns"]
    return re.compile(rf"{any_word(rules['before']).pattern}\s+({alternation(rules['words'])})\s+of\b")


@cache
def _implied() -> dict[str, frozenset[str]]:
    found: dict[str, list[str]] = load_rules("questions.json")["implied_by_answer"]
    return {kind: frozenset(stem(normalize(w)) for w in words) for kind, words in found.items()}


def infinitives(text: str) -> set[str]:
    """Words a question writes after 'to' that English uses as verbs ('meant to cover', 'supposed to bring'),
    in the matching form: acts, never names, whether or not the documents use them.

    >>> sorted(infinitives("how many tech areas is the dialogue meant to cover, from seoul to lima"))
    ['cover']
    """
    return _verbs_found(r"\bto\s+([a-z]+)\b", text)


def verbs_before_objects(text: str) -> set[str]:
    """Words a question writes right before a pronoun object that English uses as verbs ('which agency on each side
    runs it'), in the matching form: acts, never names.

    >>> sorted(verbs_before_objects("which agency on each side runs it?"))
    ['runs']
    """
    return _verbs_found(r"\b([a-z]+)\s+(?:it|them|this|those|these)\b", text)


def verbs_after_subjects(text: str) -> set[str]:
    """The word right after a helping verb and a one-word subject, when English uses it as a verb ('what did
    washington drop the tariff to', 'what did the us lower it to'), in the matching form: the act asked of the
    subject, never a name.

    >>> sorted(verbs_after_subjects("and what did washington drop the reciprocal tariff to?"))
    ['drop']
    """
    return _verbs_found(r"\b(?:did|does|do|will|would|can|could|should)\s+(?:the\s+)?[a-z.'’-]+\s+([a-z]+)\b", text)


def _verbs_found(pattern: str, text: str) -> set[str]:
    """The words ``pattern`` finds (its first group) that English uses as verbs, in the matching form."""
    return {stem(normalize(w)) for w in re.findall(pattern, text.lower()) if "VERB" in lemmas(w)}


def phrasal_compounds(text: str) -> set[str]:
    """The first word of a compound with a particle ('wrap-up', 'kick-off', 'build-out'), in the matching form,
    and a compound written as one word of an English verb and a particle ('pushback', 'crackdown'): English makes
    such words of verbs, so they are never a name the documents must carry.

    >>> sorted(phrasal_compounds("where did graves give his wrap-up speech after the kick-off"))
    ['kick', 'wrap']
    >>> sorted(phrasal_compounds("coupang breach + gop pushback")), phrasal_compounds("the hanwha philly shipyard")
    (['pushback'], set())
    """
    found = re.findall(rf"\b([a-z]+)-(?:{_PARTICLES})\b", text.lower())
    solid = [m for m in re.finditer(rf"\b([a-z]{{3,}})(?:{_PARTICLES})\b", text.lower()) if "VERB" in lemmas(m[1])]
    return {stem(normalize(w)) for w in found} | {stem(normalize(m[0])) for m in solid}


_PARTICLES = "up|out|off|in|on|over|down|back"
"""The particles English makes compound nouns of verbs with ('wrap-up', 'pushback')."""


@cache
def naming_words() -> frozenset[str]:
    """'what's the name of', 'what type of': they ask for a name without saying of what kind (rules)."""
    return frozenset(stem(w) for w in load_rules("questions.json")["naming_words"]["words"])


def implied_by_answer(word: str, shape: QuestionShape) -> bool:
    """A question word naming what the answer's kind already is: 'located' in 'where is it located' (any place
    the sentence gives for it says so), 'money' in 'how much money'.

    >>> implied_by_answer(stem("located"), QuestionShape("place")), implied_by_answer("plant", QuestionShape("place"))
    (True, False)
    """
    if shape.answer_type is None:
        return False
    # 'which wh room': the room asked for is in the answer's own name ('State Dining Room'); 'headcount' or
    # 'firms' the noun the number's own span carries ('462 employees', '15 U.S. companies').
    unit = shape.unit is not None and (
        (shape.answer_type in ("place", "list") and word == stem(normalize(shape.unit)))  # ('which states')
        or (
            shape.answer_type == "number"
            and (shape.unit in (canonical_unit(word), canonical_unit(f"{word}s")) or word == stem(shape.unit))
        )
    )
    # ('what job did campbell hold before dep sec': 'who had served as …' says the job and that it came before)
    former = shape.unit == OFFICE_UNIT and word in _former_office_words()
    # ('spread over how long': a span of years says how long, not 'how many long-range missiles')
    lasting = shape.answer_type == "number" and shape.unit == canonical_unit("years") and word in _duration_words()
    return unit or former or lasting or word in _implied().get(shape.answer_type, frozenset())


@cache
def _duration_words() -> frozenset[str]:
    return frozenset(stem(normalize(w)) for w in load_rules("questions.json")["duration_asked"]["implied"])


@cache
def _former_office_words() -> frozenset[str]:
    rules = load_rules("questions.json")["former_office_asked"]
    return frozenset(stem(normalize(w)) for w in [*rules["nouns"], *rules["before"], *rules["verbs"]])


def pointed_at(text: str) -> set[str]:
    """The nouns a follow-up points back with ('that mtg', 'this plant', 'those talks'): they name what the
    thread was about, not something its answering sentence must say again.

    >>> sorted(pointed_at("when was that mtg"))
    ['meet']
    """
    return {stem(t) for m in re.finditer(r"\b(?:that|this|these|those)\s+([a-z][\w'-]*)", text.lower())
            for t in content_tokens(m.group(1))}  # fmt: skip


def said_elsewhere(
    word: str, typed: dict[str, str], shape: QuestionShape, kinds: Collection[str] = frozenset()
) -> bool:
    """A question word the answering sentence need not say itself: 'Korea' or 'US' (the document's subject),
    a month (a date filter, checked on the answer's date), the noun a number counts ('stores', which the
    answer's own span must carry, in any of its synonyms: 'outlets') or the body a person acted for ('the
    ministry'), which their office must name."""
    surface = typed.get(word, word)
    if word in SIDES or is_month(surface) or implied_by_answer(word, shape):
        return True
    if shape.answer_type in ("organization", "list") and word in kinds:
        return True  # ('which korean carriers joined': the answer's spans are of the kind asked, 'KT')
    if surface in load_rules("questions.json")["relative_time_words"]["words"]:
        return True  # ('last dec': the month is checked on the date)
    if shape.answer_type == "person" and word not in typed and word in office_bodies():
        # ('his counterpart from the ROK MOFA': a body named by its initials, its field with it, is checked on the
        # person's office; a bare 'ministry' is not)
        return True
    return shape.unit is not None and has_unit_word(surface, shape.unit)


def said_elsewhere_in(text: str) -> Callable[[str, dict[str, str], QuestionShape], bool]:
    """``said_elsewhere`` for the question ``text``: the kind of organisation it asks for ('which korean carriers')
    is the answer's own kind, not a word its sentence must say; a kind named elsewhere in it ('… spoke to news
    media') is.

    >>> said_elsewhere_in("which carriers joined")("carrier", {}, QuestionShape("list"))
    True
    >>> said_elsewhere_in("which companies spoke to news media")("media", {}, QuestionShape("list"))
    False
    """
    return partial(said_elsewhere, kinds=frozenset(passage_form(k) for k in kinds_asked(text)))
