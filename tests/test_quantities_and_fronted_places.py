"""What the blind rounds asked in words the rules missed, read off invented documents: 'took a group of firms'
counts the firms, it names no group (the question asks the official who led them); a place set before its clause
('In Harborton, the minister plans to visit …') is where the clause's act happens."""

from __future__ import annotations

import re

import pytest

from knowledge.answer.anchors import placed_by_a_verb
from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.spans import places_in
from knowledge.answer.word_roles import quantity_words
from tests.test_reading_kinds import document, headline, knowledge_of

MISSION = document(
    "Deputy Secretary Alder leads trade mission to Korea",
    "October 2, 2023",
    "From September 20 to 26, U.S. Deputy Secretary of Commerce Mark Alder led a delegation of 12 American"
    " robotics companies to Seoul and Tokyo.",
    "Deputy Secretary Alder also met with representatives of the Harbor Chamber of Commerce in Korea.",
)

VISIT = document(
    "Minister Reed to visit Lorania next week",
    "January 2, 2026",
    "Foreign Minister Paul Reed is scheduled to pay a three-day state visit to Lorania beginning Sunday.",
    "Talks are likely to cover fishing rights in the Amber Sea, which both sides claim.",
    "In Harborton, Reed plans to visit the historic site that once housed the exile government.",
)

DOCUMENTS = {"mission.txt": MISSION, "visit.txt": VISIT}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("quantities"), DOCUMENTS)


def test_a_group_of_firms_counts_them_and_the_official_who_took_them_is_asked(kb: KnowledgeBase) -> None:
    assert quantity_words("which commerce dep sec took a group of us robotics cos to seoul") == {"group"}
    assert quantity_words("which working group met in seoul") == set()
    answer = headline(kb, "which commerce dep sec took a group of us robotics cos to seoul in sept 2023?")
    assert answer is not None and answer.startswith("Mark Alder")


def test_a_place_set_before_its_clause_is_where_the_clause_happens(kb: KnowledgeBase) -> None:
    sentence = "In Harborton, Reed plans to visit the historic site that once housed the exile government."
    (place,) = places_in(sentence)
    assert place.text == "Harborton"
    assert headline(kb, "on reeds jan 2026 lorania trip, in which city is he visiting the old exile govt site?") == (
        "Harborton"
    )


def test_a_place_set_before_a_clause_without_a_verb_of_the_kind_is_not_placed() -> None:
    sentence = "In Harborton, the weather was mild."
    (place,) = places_in(sentence)
    assert not placed_by_a_verb(sentence, place, [re.compile(r"\bvisit\w*")])
