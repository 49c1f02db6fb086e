"""What a second reader showed could answer wrongly after this session's relaxations, each kept from doing so:
a year is no day ('december 2024' is not 'Dec. 24, 2019'); a bracket of one thing's members, or names with an
ampersand, are no parts to add; 'when is the groundbreaking' asks no plan; initials never stand for a title and a
name ('PB' is not 'President Biden'); a closing clause about someone the question never named is what it asks;
a roundup's follow-up is answered only by items whose paragraphs say what it asks."""

from __future__ import annotations

from knowledge.answer.alternatives import _by_initials
from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.described import without_description
from knowledge.answer.named_parts import parts_named
from knowledge.answer.question_dates import asks_a_plan
from tests.test_reading_kinds import document
from tests.test_reading_kinds import headline as _headline

DOCUMENTS = {
    "tariffs.txt": document(
        "Tariffs on steel",
        "January 3, 2020",
        "On Dec. 24, 2019, the U.S. announced tariffs of 10 percent on Korean steel pipes.",
    ),
    "roundup.txt": document(
        "ICYMI: Firms weigh moving production to the U.S. over tariffs",
        "March 10, 2025",
        "More companies are looking at setting up shop in the United States, according to a new report.",
        "BELMONT FOODS",
        "The Italian food group is assessing the opportunities to expand its production in the U.S.",
        "KESTREL MOTOR",
        "The South Korean automaker said on Jan. 23 it planned to further localize production in the U.S.",
        "TAKARA",
        "The Japanese carmaker, unlike its Korean rivals, will build its next hybrid in Indiana.",
        "ORIN ELECTRONICS",
        "The South Korean electronics giant is considering moving refrigerator production to Tennessee.",
    ),
}


def test_a_year_asked_is_no_day_of_another_years_sentence(kb: KnowledgeBase) -> None:
    assert _headline(kb, "what tariff rate did the us announce on korean steel pipes in december 2024?") is None


def test_members_of_one_thing_and_ampersand_names_are_no_parts() -> None:
    assert parts_named("total investment in the georgia battery plant (hyundai & lg energy solution jv)?") is None
    found = parts_named("total won the builders got (samsung c&t, hyundai e&c) combined?")
    assert found is not None and found[1:] == ("samsung c&t", "hyundai e&c")


def test_an_event_noun_ending_in_ing_asks_no_plan() -> None:
    assert asks_a_plan("when is seoul hosting the 3rd summit")
    assert not asks_a_plan("when is the groundbreaking")


def test_initials_never_stand_for_a_title_and_a_name() -> None:
    assert _by_initials("PB", "President Biden said the chain has 260 stores.") is None
    assert _by_initials("PB", "Of Paris Baguette’s 700 overseas outlets, about 260 are in North America.") == (
        "Paris Baguette"
    )


def test_a_closing_clause_about_someone_not_named_before_is_asked() -> None:
    question = "what was the tariff on korean cars after trump signed the order?"
    assert without_description(question) == question


def test_a_roundups_qualifier_is_read_before_the_first_comma(kb: KnowledgeBase) -> None:
    question = "which korean cos did the white house ICYMI from march 2025 list as moving production over tariffs"
    assert _headline(kb, question) == "KESTREL MOTOR, ORIN ELECTRONICS"


def test_a_roundup_follow_up_asking_what_no_paragraph_says_abstains(kb: KnowledgeBase) -> None:
    subject = kb.answer("which korean cos did the white house ICYMI from march 2025 list over tariffs").subject
    assert _headline(kb, "which cos announced layoffs?", subject) is None
