"""Which of a sentence's spans of the wanted kind answer the question: a number that counts the noun asked, a
figure that is the question's subject's own and of its year, a place a verb of the question leads to, a date of
the clause the question names, an owner after 'by'.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from knowledge.answer.acts import acts_of
from knowledge.answer.anchors import (
    acted_apart,
    agent_after,
    clause_break,
    has_unit,
    in_another_clause,
    place_verbs_asked,
    placed_by_a_verb,
)
from knowledge.answer.captions import dates_another_picture
from knowledge.answer.charges import against_the_direction, charge_kinds, charged_near, charged_on
from knowledge.answer.counted_sides import SIDE_WORDS, count_of_another_side
from knowledge.answer.described import document_kinds_named, without_description
from knowledge.answer.figure_context import (
    after_the_way_asked,
    asks_combined,
    of_another_amount,
    of_another_year,
    planned_after,
    revised_later,
    totalled,
    wholes_asked,
)
from knowledge.answer.fit import dates_what_is_asked, is_country
from knowledge.answer.money_kinds import labelled_otherwise, of_a_kind_not_asked, of_the_kind_of_money_asked
from knowledge.answer.normalize import is_stopword, normalize
from knowledge.answer.part_asked import pledged_by_another_side
from knowledge.answer.passages import passage_form, stem
from knowledge.answer.place_fit import (
    asks_for_a_town,
    is_a_city,
    is_a_state,
    places_another_event,
    regions_named,
    the_region_again,
)
from knowledge.answer.question_dates import asks_a_plan, asks_what_was_done, said_of_a_plan, years_in
from knowledge.answer.question_type import ORDINAL_UNIT, QuestionShape, auxiliaries, unit_words
from knowledge.answer.spans import Span
from knowledge.answer.word_roles import implied_by_answer, naming_words
from knowledge.rules import alternation, listed_words, load_rules


def spans_of_the_kind(
    sentence: str,
    spans: list[Span],
    shape: QuestionShape,
    anchors: Sequence[tuple[int, int]],
    asked: str,
    owned_by_another: Callable[[str, Span], bool],
    own_text: str,
    issued: str | None = None,
) -> list[Span]:
    """The spans that answer; empty when none does. ``owned_by_another(sentence, span)`` says a figure is the
    figure of a name the question does not give; ``own_text`` is the question without its thread's words;
    ``issued`` the year the sentence's story was issued ('this year')."""
    if shape.answer_type == "number" and shape.unit and shape.unit != ORDINAL_UNIT:
        spans = [s for s in spans if has_unit(s, shape.unit)]  # 'how many jobs' counts jobs
        if not spans:
            return []
    if shape.answer_type == "number" and not shape.unit and _quantity_of().search(own_text):
        spans = [s for s in spans if not has_unit(s, "percent")]  # 'how much steel': tons, not '25 percent'
    if shape.answer_type == "number":
        people = shape.unit == "people"  # ('how many korean cyber firms': not '15 American companies')
        spans = [s for s in spans if not count_of_another_side(own_text, s.text, sentence[s.end : s.end + 60], people)]
        if not spans:
            return []
    if shape.answer_type == "number" and listed_words("counted_after_the_fact").search(own_text):
        if not listed_words("attendance_said").search(sentence):
            return []  # 'how many attended the groundbreaking': not '100 employees in 2011
    if shape.answer_type in ("amount", "number"):
        # 'Amazon spent $19.14 million … spent by Coupang': a figure right after another name is theirs (an ordinal
        # numbers an event, whoever held it); 'Seoul committed …' is not what the U.S. pledged.
        spans = [s for s in spans if shape.unit == ORDINAL_UNIT or not owned_by_another(sentence, s)]
        spans = [s for s in spans if not pledged_by_another_side(sentence, s.start, own_text)]
        # Kinds of money are asked of amounts only; a count of masks 'donated' is no kind of money.
        money = shape.answer_type == "amount"
        if money and not of_the_kind_of_money_asked(sentence, own_text):
            return []
        if money and listed_words("won_asked").search(own_text):
            # '… in won?': not 'about $200 million'
            spans = [s for s in spans if listed_words("won_written").search(s.text)]
        # ('how many users did they initially say were hit': the figure a sentence says was corrected)
        asks_the_earlier = bool(listed_words("earlier_figure_asked").search(own_text)) and any(
            revised_later(sentence, s) for s in spans
        )
        spans = [
            s
            for s in spans
            if revised_later(sentence, s) == asks_the_earlier
            and not of_another_year(sentence, s, asked, issued)
            and not of_another_amount(sentence, s, asked)
            and not (years_in(own_text) and not asks_a_plan(own_text) and planned_after(sentence, s))
            and not (
                money and (of_a_kind_not_asked(sentence, s, own_text) or labelled_otherwise(sentence, s, own_text))
            )
            and (not asks_combined(asked, counting=not money) or totalled(sentence, s))
        ]
        spans = wholes_asked(sentence, spans, own_text) if money else spans
        # ('what tariffs on foreign vehicles': not steel's 25 percent; 'raised to' is not 'lowering … to 15 percent')
        # (the kind and the way of a rate: 'the lee-trump tariff deal' asking money names no kind of tariff)
        kinds = charge_kinds(own_text) if not money else set()
        charged = (charged_on(own_text) | kinds) - SIDE_WORDS
        spans = [] if charged and not money and against_the_direction(sentence, own_text) else spans
        spans = [
            s
            for s in spans
            if charged_near(sentence, s.start, s.end, charged) and after_the_way_asked(sentence, s, own_text)
        ]
        if not spans:
            return []
    if shape.answer_type == "place" and not shape.unit:
        # 'in the Indo-Pacific Region' is where coordination happens, not where a meeting was held: a
        # place answers 'where' when a verb of holding, visiting, building or speaking leads to it.
        verbs = place_verbs_asked(asked)
        spans = [s for s in spans if placed_by_a_verb(sentence, s, verbs)]
        # ('where is the trilateral finance ministers mtg': not Maryland of 'agreed upon during an August summit
        # in Maryland', which places the summit)
        spans = [s for s in spans if not places_another_event(sentence, s, own_text)]
        # 'where in texas are the fabs going', 'which tx city': a country is no place inside the state the
        # question names, nor a town.
        inside = regions_named(own_text)
        if inside or asks_for_a_town(asked):
            # ('where in texas': not the country, nor 'Central Texas', which is Texas again)
            # ('West Lafayette, Indiana' is a town with the state after it)
            # ('which city did they hold it in': 'Washington', which stands for the country elsewhere, is a city)
            town = asks_for_a_town(asked)
            spans = [
                s
                for s in spans
                if not (is_country(s.text) and not (town and is_a_city(s.text)))
                and not the_region_again(s.text, inside)
            ]
        if asks_for_a_town(asked):
            spans = [s for s in spans if not is_a_state(s.text)]  # 'which city': not 'Alabama, U.S.'

        if not spans:
            return []
    if shape.answer_type == "date":
        planned = asks_a_plan(own_text)  # 'slated to start production' is answered by a plan's date only
        done = asks_what_was_done(own_text)
        # ('when was the 7th dialogue held in seoul in 2021': no date of 2020; a document's year is not asked)
        years = years_in(without_description(own_text))
        acts = acts_of(own_text)  # ('when was it founded': a date in the clause saying so)
        # (what a statement said is asked, not the statement nor when someone said it)
        reported = not document_kinds_named(own_text) and not listed_words("saying_verbs").search(own_text)
        spans = [s for s in spans if not years or not str(s.value)[:4].isdigit() or str(s.value)[:4] in years]
        spans = [
            s
            for s in spans
            if not in_another_clause(sentence, s, anchors, dated=True, reported=reported)
            and not (acts and acted_apart(sentence, s, acts))
            and dates_what_is_asked(sentence[: s.start], s.text, sentence[s.end :], asked)
            and (not planned or said_of_a_plan(_clause_before(sentence, s)))
            and not (done and said_of_a_plan(_clause_before(sentence, s)))  # not 'proposed to host it in 2021'
            and not dates_another_picture(sentence, s, asked)  # ('In this May 3, 2023, file photo, …')
            and not (str(s.value).startswith("--") and listed_words("year_asked").search(own_text))  # ('in what yr')
        ]
        if not spans:
            return []
    if shape.answer_type == "organization":
        # 'Paris Baguette, owned by SPC Group, and Tous les Jours, owned by CJ Foodville': the agent after
        # 'by' that follows what the question names is whose it is.
        spans = [s for s in spans if agent_after(sentence, s, anchors)] or spans
    if shape.answer_type == "name":
        spans = [s for s in spans if not of_another_kind(sentence, s, asked, shape, own_text)]
    return spans


KIND_REACH = 3
"""How many words before a name may say what kind of thing it is ('the joint exercise, Freedom Edge')."""


def of_another_kind(sentence: str, span: Span, asked: str, shape: QuestionShape, own_text: str = "") -> bool:
    """'what new trilat body' is not answered by 'the joint exercise, Freedom Edge': the words of a name and the
    few before it say its kind, and it is not the kind asked. A name none of whose words nor the few around it say
    the kind asked is of none ('what visa': not 'Las Vegas').

    >>> s = "as symbolized by the joint exercise, Freedom Edge, and the trilateral secretariat"
    >>> of_another_kind(s, Span("Freedom Edge", 37, 49), "what new trilat body", QuestionShape("name"))
    True
    """
    kinds = _kinds_asked(asked, own_text, shape)
    asked_groups = [words for words, _ in _name_kinds() if words & kinds]
    if not asked_groups:
        return False
    before = passage_form(sentence[: span.start]).split()[-KIND_REACH:]
    told = set(before) | set(passage_form(span.text).split())
    said_groups = [words for words, _ in _name_kinds() if words & told]
    if said_groups:
        return not any(g in asked_groups for g in said_groups)
    # ('what visa did they need': not 'Las Vegas', far from the sentence's 'visa')
    after = set(passage_form(sentence[span.end :]).split()[:KIND_REACH])
    return not any(words & after for words in asked_groups)


def _clause_before(sentence: str, span: Span) -> str:
    """The words of a span's clause before it: from the last comma, semicolon or clause break."""
    before = sentence[: span.start]
    cut = max(before.rfind(","), before.rfind(";"), *(m.end() for m in clause_break().finditer(before.lower())))
    return before[cut + 1 :] if cut >= 0 else before


def names_the_kind(sentence: str, asked: str, shape: QuestionShape, own_text: str = "") -> bool:
    """The sentence says a kind of thing a 'name' question asks for ('exercise', 'law', 'body'), when the
    question says one; a follow-up's own words (``own_text``) before its thread's.

    >>> names_the_kind("as shown by the joint exercise, Freedom Edge", "what trilat exercise", QuestionShape("name"))
    True
    >>> names_the_kind("Last year, at Camp David, we agreed", "what trilat exercise", QuestionShape("name"))
    False
    >>> names_the_kind("as shown by the joint exercise, Freedom Edge", "what new body", QuestionShape("name"))
    False
    """
    # A word of the kind asked will do ('which us law' is answered by the 'Inflation Reduction Act'), of another
    # kind not ('what body' by no exercise).
    groups = kind_groups_asked(asked, shape, own_text)
    return not groups or bool(groups & set(passage_form(sentence).split()))


def words_of_the_answer(question: str, shape: QuestionShape) -> list[str]:
    """Words the sentence giving the answer says of it, which a search seeks too: 'employees' for 'how many ppl',
    'secretariat' for 'what new body' (in the passage form)."""
    if shape.answer_type == "number" and shape.unit:
        return [passage_form(w) for w in unit_words(shape.unit)]
    return sorted(kind_words_asked(question, shape)) if shape.answer_type == "name" else []


def kind_groups_asked(asked: str, shape: QuestionShape, own_text: str = "") -> frozenset[str]:
    """Every word of each kind a 'name' question asks ('which joint drill': 'exercise' too), in the passage form;
    a follow-up's own kinds (``own_text``) before its thread's."""
    kinds = _kinds_asked(asked, own_text, shape)
    return frozenset().union(*([words for words, _ in _name_kinds() if words & kinds] or [frozenset(kinds)]))


def kind_words_asked(asked: str, shape: QuestionShape) -> frozenset[str]:
    """The words that name the kind a 'name' question asks for, in the passage form: every word of a kind asked
    by its general word ('what new body': 'group', 'council', 'secretariat', …), only itself for a word of one
    kind ('what econ framework' is no chamber); none when it asks no kind."""
    kinds = _kinds_asked(asked, "", shape)
    general = {head: words for words, head in _name_kinds()}
    return frozenset().union(*(general.get(k, frozenset({k})) for k in kinds))


QUALIFIER_WORDS = 3
"""How many words before the kind a 'name' question asks ('battery industry body') qualify it."""


def kind_qualifiers(own_text: str, shape: QuestionShape) -> set[str]:
    """The words a 'name' question puts before the kind it asks ('which korean battery industry body' → 'battery',
    'industry'), in the matching form: the name answering it likely says them.

    >>> sorted(kind_qualifiers(normalize("which korean battery industry body did he meet"), QuestionShape("name")))
    ['battery', 'industry']
    """
    words = own_text.split()
    kinds = _kinds_asked(own_text, own_text, shape)
    at = next((i for i, w in enumerate(words) if stem(w) in kinds), None)
    before = words[max(0, at - QUALIFIER_WORDS) : at] if at is not None else []
    return {passage_form(w) for w in before if not is_stopword(w) and w not in SIDE_WORDS}


def _kinds_asked(asked: str, own_text: str, shape: QuestionShape) -> set[str]:
    """The kinds of thing a 'name' question asks for ('body', 'exercise'): a follow-up's own ('and what new body
    came out of it' after 'what joint exercise …') before its thread's."""
    naming = naming_words()
    own_kinds = {stem(w) for w in own_text.split() if implied_by_answer(stem(w), shape)} - naming
    return own_kinds or {stem(w) for w in asked.split() if implied_by_answer(stem(w), shape)} - naming


@cache
def _name_kinds() -> list[tuple[frozenset[str], str]]:
    """Each kind's words and the general word naming the kind ('body')."""
    found: dict[str, list[str]] = load_rules("questions.json")["name_kinds"]
    return [
        (frozenset(stem(normalize(w)) for w in words), stem(normalize(kind)))
        for kind, words in found.items()
        if not kind.startswith("_")
    ]


@cache
def _quantity_of() -> re.Pattern[str]:
    """'how much steel', 'how much capacity': a quantity of a thing, which no percentage is; not 'how much did …'
    nor 'how much more' (an auxiliary or a comparison after 'how much')."""
    after = alternation([*auxiliaries(), "more", "less", "of", "higher", "lower"])
    return re.compile(rf"\bhow much (?!(?:{after})\b)[a-z]+")
