"""Whether an extracted fact answers the kind of question asked: a person for 'who', a date for 'when', …

An extracted fact can match a question's words and still be the wrong kind of answer (a date fact for 'how
many stores', the person the question names for 'who succeeded X'); such a fact is never stated as the answer.
"""

from __future__ import annotations

import re
from functools import cache

from knowledge.answer.agents import another_agent
from knowledge.answer.anchors import anchor_positions, in_another_clause
from knowledge.answer.counted_sides import SIDE_WORDS as SIDE_WORDS  # (the sides, shared by the readers)
from knowledge.answer.counted_sides import count_of_another_side
from knowledge.answer.figure_context import of_the_year_asked
from knowledge.answer.identity import asks_who_is, words_naming
from knowledge.answer.index import TITLE_WORDS
from knowledge.answer.money_kinds import labelled_otherwise, of_the_kind_of_money_asked
from knowledge.answer.normalize import content_tokens, normalize
from knowledge.answer.offices_held import posted_to
from knowledge.answer.organization_spans import organizations_in
from knowledge.answer.passages import passage_form
from knowledge.answer.question_dates import asks_a_plan, said_of_a_plan
from knowledge.answer.question_type import QuestionShape
from knowledge.answer.result import AnswerItem
from knowledge.answer.spans import Span, amounts_in, numbers_in
from knowledge.rules import load_rules
from knowledge.text.english import lemmas
from knowledge.text.hangul import other_spellings
from knowledge.text.names import mentions_name

DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{2,30}\)|/[^/\s]{2,30}/)\s*(?:--|—|–)")
"""What follows the date of a news dateline ('Jan. 2 (Yonhap) --', 'March 7, 2026 /PRNewswire/ --')."""

READ_FIRST = frozenset({"place", "number", "organization", "name", "list", "definition"})
"""Kinds of answer that extracted facts rarely hold: the documents' sentences are read first."""


_OFFICE_SIDE = re.compile(
    r"\b(us|rok)\s+(?:\w+\s+){0,2}?(?:ambassador|minister|secretary|president|representative|envoy|consul)\b"
)


def office_side(normalized_question: str) -> str | None:
    """'the us ambassador in rok' → 'US': the side named right before an office is the official's own; any other
    country named there ('the russia foreign minister') is 'other'.

    >>> office_side("who is the rok foreign minister"), office_side("who met the minister")
    ('ROK', None)
    >>> office_side("who is the japan prime minister")
    'other'
    """
    m = _OFFICE_SIDE.search(normalized_question)
    if m:
        return {"us": "US", "rok": "ROK"}[m.group(1)]
    office = _OFFICE_WORD.search(normalized_question)
    before = normalized_question[: office.start()].split()[-3:] if office else []
    return "other" if any(word in _countries() for word in before) else None


_OFFICE_WORD = re.compile(r"\b(?:ambassador|minister|secretary|president|representative|envoy|consul)\b")


@cache
def _place_names() -> frozenset[str]:
    places = load_rules("places.json")
    return frozenset(n.lower() for key in ("countries", "us_states", "cities", "regions") for n in places[key])


@cache
def place_words() -> frozenset[str]:
    """Every word of a place or region name in the matching form ('north', 'america', 'louisiana')."""
    places = load_rules("places.json")
    names = [n for key in ("countries", "us_states", "cities", "regions") for n in places[key]]
    return frozenset(passage_form(" ".join(names)).split())


@cache
def _state_forms() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(passage_form(n).split()) for n in load_rules("places.json")["us_states"])


@cache
def us_state_names() -> frozenset[str]:
    """The U.S. states' names in the matching form ('louisiana', 'south carolina'); not 'Washington', which that
    form reads as the U.S. side."""
    return frozenset(" ".join(words) for words in _state_forms()) - SIDE_WORDS


def placed_before_a_state(words: list[str]) -> set[str]:
    """The question's words right before a U.S. state ('its taylor tx fab', 'queen creek az'): the asker places
    the thing in a town there, which owns no figure, whatever the documents write after that town.

    >>> sorted(placed_before_a_state(["samsung", "get", "taylor", "texa", "fab"]))
    ['taylor']
    """
    return {
        word
        for i, word in enumerate(words[:-1])
        if any(tuple(words[i + 1 : i + 1 + len(state)]) == state for state in _state_forms())
    }


COUNTRY_REACH = 40
"""How near a person's name a sentence must name a third country for the person to be of it."""


def of_the_country_asked(sentence: str, span: Span, asked: str) -> bool:
    """'who did Sullivan meet from Japan': of the people a sentence names, the one it places in the country the
    question gives ('Secretary General Akiba Takeo of Japan and Director Cho Taeyong of the ROK' → Akiba).
    Questions naming no third country keep everyone.

    >>> s = "his counterparts, Secretary General Akiba Takeo of Japan and Director Cho Taeyong of the ROK."
    >>> [of_the_country_asked(s, Span(n, s.index(n), s.index(n) + len(n)), "who from japan") for n in
    ...  ("Akiba Takeo", "Cho Taeyong")]
    [True, False]
    >>> cho = Span("Cho Taeyong", s.index("Cho"), s.index("Cho") + 11)
    >>> of_the_country_asked(s, cho, "his rok and japan counterparts")
    True
    """
    wanted = third_countries_of_person(asked)
    if not wanted:
        return True
    # 'his rok and japan counterparts': a side asked beside the third country is asked too.
    said = normalize(asked)
    wanted |= {
        side
        for side in ("rok", "us")
        for w in wanted
        if re.search(rf"\b{side} (?:and )?{w}\b|\b{w} (?:and )?{side}\b", said)
    }
    after = set(normalize(sentence[span.end : span.end + COUNTRY_REACH]).split()[:3])
    lead = re.split(r",|\band\b", sentence[max(0, span.start - COUNTRY_REACH) : span.start])[-1]
    before = set(normalize(lead).split()[-4:])  # 'Japanese Prime Minister X', not 'Y of Japan and X'
    return bool(wanted & (after | before))


_WHO_HOLDS = re.compile(r"^\s*(?:and\s+)?(?:who(?:'s|s)\s+|(?:who\s+)?(?:is|was)\s+)(?:the\s+)?", re.I)
"""'who is the commerce secretary': the holder of an office, not someone at an event."""


def titled_for_another_state(title: str, question: str) -> bool:
    """An office of a U.S. state the question does not name ('Secretary of the Alabama Department of Commerce' for
    'who is the commerce secretary'); Washington, the capital a title may name, aside."""
    if not _WHO_HOLDS.match(question):
        return False  # ('which secretary of commerce attended the purdue ceremony': whoever came, Indiana's too)
    office, asked = f" {normalize(title)} ", f" {normalize(question)} "
    return any(f" {state} " in office and f" {state} " not in asked for state in us_state_names() - {"washington"})


def is_country(name: str) -> bool:
    """'United States', 'Korea', 'U.S' (a sentence's last word loses its full stop): a country, the least specific
    answer to where something is."""
    return any(
        normalize(form) in _countries_and_sides() or form.lower() in _countries_lower() for form in (name, f"{name}.")
    )


@cache
def _countries_and_sides() -> frozenset[str]:
    return _countries() | SIDE_WORDS


@cache
def _countries_lower() -> frozenset[str]:
    """The rules' countries as written, lowercased (made once, not at every span a reader weighs)."""
    return frozenset(c.lower() for c in load_rules("places.json")["countries"])


def is_place_name(name: str) -> bool:
    """'Atlanta' is a place, not a person, whatever a sentence's shape made of it."""
    return name.strip().lower() in _place_names()


@cache
def _countries() -> frozenset[str]:
    places = load_rules("places.json")
    states = {normalize(s) for s in places["us_states"]}  # Georgia is a state before it is a country here
    return frozenset(normalize(c) for c in places["countries"]) - {"us", "rok"} - states


@cache
def _person_nouns() -> frozenset[str]:
    return frozenset(load_rules("questions.json")["person_nouns"])


def third_countries_of_person(asked: str) -> set[str]:
    """Countries other than the two that a question gives as the person's own: 'from Japan', 'of Japan', 'the
    Japanese counterpart', 'Japan's national security chief' — not 'on the China trip'.

    >>> sorted(third_countries_of_person("who did sullivan meet from japan")), third_countries_of_person(
    ...     "who is the rok nsa briefing on the china trip"), third_countries_of_person("and japan")
    (['japan'], set(), {'japan'})
    >>> third_countries_of_person("who were the japan and rok national security advisor counterpart he meet")
    {'japan'}
    """
    words = asked.split()
    found = set()
    for i, word in enumerate(words):
        if word not in _countries():
            continue
        # ('the japanese and rok nsa counterparts': the person word after the other side named with it)
        paired = words[i + 1 : i + 2] in (["and"], ["or"]) and len(words) > i + 2
        after = words[i + 3 : i + 6] if paired else words[i + 1 : i + 4]
        if (i > 0 and words[i - 1] in ("from", "of")) or set(after) & _person_nouns():
            found.add(word)
        elif len(words) <= 3 and i == len(words) - 1:
            found.add(word)  # 'and japan's?', 'what about japan': a follow-up naming only a country asks for its own
    return found


@cache
def met_with_words() -> frozenset[str]:
    """Words before the ones a person met (rules ``met_with_words``): 'w korean counterparts' are the other party."""
    return frozenset(load_rules("questions.json")["met_with_words"]["words"])


def side_of_the_person(asked: str) -> str | None:
    """The side a question gives as the person's own when it names both: the one right before a word for a
    person or a delegation ('who headed the us delegation at the sed w/ rok' → 'US', 'and the korean side?' →
    'ROK', 'the us amb to sk' → 'US'); None when no side stands there or both do.

    >>> side_of_the_person(normalize("who headed the us delegation at the 4th sed w/ rok"))
    'US'
    >>> side_of_the_person(normalize("and the korean side?")), side_of_the_person(normalize("who met at the sed"))
    ('ROK', None)
    >>> across = normalize("who sat across from the korean side at the sed")
    >>> side_of_the_person(across), side_of_the_person("who led for rok")
    ('US', 'ROK')
    """
    words = asked.split()
    # 'who led for rok', 'who sat across from the korean side for the us': the side after 'for' is the person's;
    # the side after 'counterpart' ('across from', 'opposite') is the other party's.
    for_side = {w for i, w in enumerate(words) if w in ("us", "rok") and "for" in words[max(0, i - 2) : i]}
    facing = {
        w
        for i, w in enumerate(words)
        if w in ("us", "rok")
        and (words[i - 1 : i] == ["counterpart"] or words[max(0, i - 2) : i] == ["counterpart", "the"])
    }
    if len(for_side) == 1:
        return {"us": "US", "rok": "ROK"}[for_side.pop()]
    if len(facing) == 1:
        return {"us": "ROK", "rok": "US"}[facing.pop()]
    persons = _person_nouns() | {normalize(n) for n in _person_nouns()}
    found = {
        word
        for i, word in enumerate(words)
        # ('to talk cyber with rok counterparts': those met are the other party)
        if word in ("us", "rok")
        and set(words[i + 1 : i + 3]) & persons
        and not (i > 0 and words[i - 1] in met_with_words())
    }
    return {"us": "US", "rok": "ROK"}[found.pop()] if len(found) == 1 else None


def names_a_third_country(asked: str) -> bool:
    """'who did Sullivan meet from Japan': the question places the person in a country other than the two."""
    return bool(third_countries_of_person(asked))


def _in_another_clause(item: AnswerItem, question: str) -> bool:
    """'held the 4th Trade Dialogue, after a deal was reached in late October': the date in the 'after' clause
    is the deal's, not the dialogue's the question names."""
    highlight = item.source.highlight
    if not highlight:
        return False
    quote = item.source.quote
    span = Span(quote[highlight[0] : highlight[1]], highlight[0], highlight[1])
    named = set(content_tokens(question)) - SIDE_WORDS
    return in_another_clause(quote, span, anchor_positions(quote, named))


_ATTRIBUTIVE = re.compile(r"(?:^|\b)(?:a|an|the|its|their|this|that)\s+$", re.I)


def dates_what_is_asked(before: str, dated: str, after: str, question: str) -> bool:
    """'agreed upon during an August summit': a date standing before a noun dates that noun ('summit'), so it
    answers 'when was the summit', not 'when is the trilateral scheduled'.

    >>> dates_what_is_asked("agreed upon during ", "an August", " summit in Maryland", "when is the trilat scheduled")
    False
    >>> dates_what_is_asked("held the ", "May 3", " talks in Seoul", "when were the talks")
    True
    >>> dates_what_is_asked("In this ", "May 3, 2023", ", file photo, Graves speaks", "when did graves speak")
    True
    """
    if not (_ATTRIBUTIVE.search(before) or _ATTRIBUTIVE.search(dated.split(" ")[0] + " ")):
        return True
    if re.match(r"\s*[,;:(—–-]", after):
        return True  # 'this May 3, 2023, file photo': set off by a comma, the date is not the noun's
    following = re.findall(r"[A-Za-z][\w'’-]*", after)[:3]
    noun = next((w for w in following if "NOUN" in lemmas(w)), None)
    if noun is None:
        return True
    asked = {passage_form(w) for w in content_tokens(question)}
    return passage_form(noun) in asked or passage_form(noun) in " ".join(asked)


def answer_fits(item: AnswerItem, shape: QuestionShape, question: str) -> bool:
    """True when ``item`` states an answer of the kind ``shape`` wants.

    >>> from knowledge.answer.result import SourceRef
    >>> ref = SourceRef(document="d", title="t", date=None, quote="q")
    >>> headline = "Choo Kyung-ho — Finance Minister (ROK)"
    >>> item = AnswerItem(text=headline, kind="official", score=0.8, source=ref, label="x")
    >>> answer_fits(item, QuestionShape("person"), "who succeeded choo kyung-ho as finance minister")
    False
    """
    kind = shape.answer_type
    headline = item.text.split(" — ")[0]
    if kind == "person":
        if item.kind != "official" or is_place_name(headline):
            return False
        if another_agent(item.source.quote, question, headline):
            return False  # ('who founded miller strategies': 'founded by Jeff Miller', whoever else it names)
        # 'who is Kim Jina' (or was, in 2019) is answered by Kim Jina; 'who succeeded Choo as finance minister' (or
        # 'who was with Choo') is not answered by Choo: what it says beyond the name must describe the person found.
        asked, named = set(content_tokens(question)), set(normalize(headline).split())
        # ('chu kyung-ho' is Choo Kyung-ho: a word naming him in another spelling is his name too)
        of_the_name = {w for w in asked if w in named or set(other_spellings(w)) & named}
        # ('minjae park' is Park Min-jae: a given name joined and written first names him as well)
        whole = mentions_name(normalize(question).split(), headline)
        of_the_name |= set(words_naming(normalize(question).split(), headline)) & asked if whole else set()
        described = set(normalize(item.text).split())
        if whole or named <= of_the_name | {o for w in of_the_name for o in other_spellings(w)}:
            return asked - of_the_name <= described or asks_who_is(question, of_the_name | named, item.source.date)
        # The office and the side the question gives must be the person's own ('the US ambassador in Seoul' is
        # not an ambassador-at-large who once spoke about Korea), or the sentence names the posting ('Ambassador
        # to the Republic of Korea'); the event words may come from the sentence.
        wanted = asked & (TITLE_WORDS | SIDE_WORDS)
        if titled_for_another_state(item.text.split(" — ", 1)[-1], question):
            return False  # 'who is the commerce secretary': not Alabama's
        # 'the us amb to sk' is the US's own: not Korea's ambassador to the United States, whose title names both.
        side = office_side(normalize(question))
        own = re.search(r"\((U\.S\.|ROK)\)\s*$", item.text)
        if side in ("US", "ROK") and own and {"U.S.": "US", "ROK": "ROK"}[own.group(1)] != side:
            return False
        return all(w in described or posted_to(item.source.quote, w, wanted & TITLE_WORDS) for w in wanted)
    if kind == "date":
        # 'SEOUL, Jan. 2 (Yonhap) --' dates the report, not what it reports.
        highlight = item.source.highlight
        after = item.source.quote[highlight[1] :] if highlight else ""
        before = item.source.quote[: highlight[0]] if highlight else ""
        dated = item.source.quote[highlight[0] : highlight[1]] if highlight else ""
        fitting = dates_what_is_asked(before, dated, after, question) and not _in_another_clause(item, question)
        # 'when was the 6th SED held': not 'The ROK has proposed to host the 6th SED in 2021' (a plan's, unless asked)
        fitting = fitting and (asks_a_plan(question) or not said_of_a_plan(before))
        # 'Joint Committee held in Washington DC 2017-10-05': a date ending a headline is the day it was released.
        released = item.source.quote.strip() == item.source.title.strip() and not after.strip(" .")
        return item.kind == "date" and not DATELINE_AFTER.match(after) and fitting and not released
    if kind == "amount":
        quote, highlight = item.source.quote, item.source.highlight
        figure = Span(quote[highlight[0] : highlight[1]], highlight[0], highlight[1]) if highlight else None
        # 'how much chips funding did Samsung get' is not Samsung's own 'investment of over $37 billion'.
        of_the_kind = of_the_kind_of_money_asked(quote, question) and not (
            figure is not None and labelled_otherwise(quote, figure, question)
        )
        # '… the $1.01 million spent in the year it went public rising to $3.87 million in 2024', asked of 2024:
        # another figure of the sentence is the year's.
        others_year = figure is not None and any(
            of_the_year_asked(quote, s, question) for s in amounts_in(quote) if s.start != figure.start
        )
        return item.kind in ("pledge", "statistic") and bool(amounts_in(item.text)) and of_the_kind and not others_year
    if kind == "number":
        unit = shape.unit
        counted = numbers_in(item.text, unit) if unit is not None and unit in item.text.lower() else []
        # (a date's or an official's sentence may give a count, but the fact is the date or the person)
        return item.kind not in ("date", "official") and any(
            not count_of_another_side(question, s.text, people=unit == "people") for s in counted
        )
    if kind == "place":
        return False  # no extracted fact is a place: a pledge naming Texas does not say where a fab is going
    if kind in ("organization", "list"):
        return bool(organizations_in(headline))
    if kind == "name":
        return False  # officials, dates and pledges do not name a law, a body or an exercise
    # 'what is X': an extracted commitment states what an initiative is for, a statistic what a figure was;
    # a date or a person does not.
    return item.kind in ("pledge", "statistic")
