"""Where a place a sentence gives is not the one asked: a place of another event the sentence names before it
('agreed upon during an August summit in Maryland' for where the finance ministers meet), a region the question
already gives ('Central Texas' for which Texas town), a state or a country where a town is asked."""

from __future__ import annotations

import re
from functools import cache

from knowledge.answer.anchors import place_verbs_asked
from knowledge.answer.event_names import events_named
from knowledge.answer.normalize import is_stopword, normalize
from knowledge.answer.passages import passage_form
from knowledge.answer.spans import Span
from knowledge.answer.word_context import after_a_but
from knowledge.rules import alternation, listed_words, load_rules


def places_another_event(sentence: str, span: Span, question: str) -> bool:
    """The place follows another event than the question's, which the sentence brings in ('agreed upon during an
    August summit in Maryland' for 'where is the finance ministers mtg'): it is that event's place, unless the
    question asks where what the sentence says happened there did ('where did they agree on the mtg').

    >>> s = "This meeting was agreed upon during an August summit in Maryland."
    >>> places_another_event(s, Span("Maryland", 56, 64), "where is the minist meeting")
    True
    >>> places_another_event(s, Span("Maryland", 56, 64), "where was the august summit")
    False
    >>> places_another_event(s, Span("Maryland", 56, 64), "where did they agree on the minist meeting")
    False
    >>> s = "Graves delivered a policy speech at Temple University Japan."
    >>> places_another_event(s, Span("Temple University Japan", 36, 59), "where did he give the policy address")
    False
    """
    m = _event_before_place().search(sentence[: span.start])
    events = events_named(question)
    if m is None or {passage_form(m.group(1).lower())} & events:
        return False
    if not events and any(verbs.fullmatch(m.group(1)) for verbs in place_verbs_asked(question)):
        return False  # 'where did he give the closing policy address' names no event: the speech is the address
    said_before = set(passage_form(" ".join(re.findall(r"\b[a-z][a-z-]+\b", sentence[: m.start()]))).split())
    kept = [w for w in question.split() if not is_stopword(w)]
    return not (set(passage_form(" ".join(kept)).split()) - events) & said_before


@cache
def _event_before_place() -> re.Pattern[str]:
    """'… during an August summit in ': an event the sentence brings in ('a', 'an'), right before a place."""
    nouns = alternation(load_rules("questions.json")["event_nouns"]["words"])
    return re.compile(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?({nouns})s?\s+(?:in|at)\s+(?:the\s+)?$", re.I)


def regions_named(question: str) -> set[str]:
    """The U.S. states or cities a question places its answer inside ('where in texas …' → {' texas '}), each
    between spaces, to be found among a place's words; none when it names none. A clause before 'but where' is
    about another event ('the 2nd session was in dc, but where was the 1st one held').

    >>> regions_named("where in georgia is the plant"), regions_named("the 2nd was in ohio, but where was the 1st")
    ({' georgia '}, set())
    """
    words = f" {normalize(after_a_but(question))} "
    return {f" {place} " for place in _regions() if f" in {place} " in words}


def the_region_again(place: str, regions: set[str]) -> bool:
    """The place is one of the regions the question names, or a part of it by a word like 'Central' ('Central
    Texas' for 'where in texas'); 'Temple University Japan' is a place inside Japan.

    >>> the_region_again("Central Texas", {" texa "}), the_region_again("Temple University Japan", {" japan "})
    (True, False)
    """
    words = f" {normalize(re.sub(r',[^,]+$', '', place))} "
    for region in regions:
        if region in words:
            rest = words.replace(region, " ").split()
            if all(listed_words("state_parts", "places.json").fullmatch(w) for w in rest):
                return True
    return False


def asks_for_a_town(question: str) -> bool:
    """The question asks for a city or a town ('which tx city'), which no country is (rules: town_nouns).

    >>> asks_for_a_town("which tx city gets the fabs"), asks_for_a_town("where are the fabs")
    (True, False)
    """
    return bool(listed_words("town_nouns").search(question))


def is_a_state(place: str) -> bool:
    """A U.S. state or a part of one, whatever follows it ('Alabama, U.S.', 'Central Texas'): no city or town.

    >>> is_a_state("Alabama, U.S"), is_a_state("Montgomery, Alabama"), is_a_state("Central Texas")
    (True, False, True)
    >>> is_a_state("Washington"), is_a_state("Washington, U.S.")
    (False, True)
    """
    head = normalize(place.split(",")[0])
    first, _, rest = head.partition(" ")
    if head in _cities_named_as_states() and "," not in place:
        return False  # ('talks in Washington', 'a plant in New York': the city the gazetteer knows)
    return head in _states() or (
        bool(listed_words("state_parts", "places.json").fullmatch(first)) and rest in _states()
    )


@cache
def _states() -> frozenset[str]:
    return frozenset(normalize(p) for p in load_rules("places.json")["us_states"])


@cache
def _cities() -> frozenset[str]:
    """The gazetteer's cities, lowercased as written ('washington', not the 'us' it stands for elsewhere)."""
    return frozenset(p.lower() for p in load_rules("places.json")["cities"])


def is_a_city(place: str) -> bool:
    return place.split(",")[0].strip().lower() in _cities()


@cache
def _cities_named_as_states() -> frozenset[str]:
    """'Washington', 'New York': names of a state that the gazetteer knows as a city too."""
    return _states() & frozenset(normalize(p) for p in _cities())


@cache
def _regions() -> tuple[str, ...]:
    places = load_rules("places.json")
    return tuple(normalize(p) for key in ("us_states", "cities") for p in places[key])
