"""Read off invented documents: an acronym whose letters come from inside its words ('Korea Overseas Infrastructure
and Urban Development Corporation (KIND)') is defined, and of two acronyms in a question the one typed in capitals
is asked; a figure's kind of money is told by its own clause ('While an ESTA costs $40, the visa fee is …'), and a
figure ends before the comma after it; 'what r the 6 tech areas' asks for a list; 'what venue exactly' is answered
by a transcript's venue line, not its town; 'on top of the grants' compares nothing; 'which city' is no state."""

from __future__ import annotations

from knowledge.answer.answers import KnowledgeBase
from knowledge.text.amounts import find_amounts
from tests.test_reading_kinds import document, headline

DOCUMENTS = {
    "dialogue.txt": document(
        "Ministry hosts the 6th Senior Economic Dialogue",
        "November 7, 2019",
        "The 6th Senior Economic Dialogue (SED) brought together 24 U.S. participants and officials of the Korea"
        " Overseas Infrastructure and Urban Development Corporation (KIND) among others.",
        "The two sides discussed cooperation under the Energy Resource Governance Initiative (ERGI).",
    ),
    "visas.txt": document(
        "Reporters face costly visas before the fair",
        "January 5, 2026",
        "Reporters had traveled under the Electronic System for Travel Authorization, or ESTA, in previous years.",
        "While an ESTA costs $40, the visa fee is about 450,000 won ($310).",
    ),
    "tech.txt": document(
        "Advisor Vance travels to Seoul",
        "December 8, 2023",
        "Advisor Vance and Director Roh intend to anchor the Frontier Technology Dialogue across five main technology"
        " areas, including quantum, biotechnology, batteries, digital connectivity, and artificial intelligence.",
    ),
    "summit.txt": document(
        "Remarks by President Ortiz and President Han Before a Trilateral Meeting | Quito, Ecuador",
        "November 15, 2024",
        "Quito Convention Center",
        "Quito, Ecuador",
        "PRESIDENT ORTIZ: Thank you all for coming to this trilateral meeting.",
    ),
    "award.txt": document(
        "Commerce finalizes its award to Norva Chips",
        "December 20, 2024",
        "The Department of Commerce finalized up to $4.7 billion in direct funding for Norva Chips.",
        "This funding will support Norva's investment of over $37 billion in Central Texas.",
        "Norva Chips will invest more than $37 billion in Central Texas over the next decade.",
        "Helix Semiconductor will invest $3.87 billion in Indiana to build a packaging plant.",
    ),
    "electric.txt": document(
        "Lorain Electric breaks ground on a second plant",
        "March 9, 2026",
        "Lorain Electric held a groundbreaking ceremony for a second plant at its North American production base in"
        " Ohio, U.S.",
        "The company said that it held the ceremony on Mar. 6 for a second plant at its subsidiary in Dayton, Ohio.",
        "Lorain Electric also announced it will invest a total of $2.5 billion to build a battery complex in Queen"
        " Creek, Arizona.",
    ),
}


def test_an_acronym_of_letters_inside_its_words_and_the_one_typed_in_capitals(kb: KnowledgeBase) -> None:
    question = "2019 sed attendee list has KIND on the rok side - what does that stand for"
    assert headline(kb, question) == "KIND — Korea Overseas Infrastructure and Urban Development Corporation"


def test_the_kind_of_money_is_told_by_the_figures_own_clause(kb: KnowledgeBase) -> None:
    first = kb.answer("how much was the visa fee in won for reporters going to the fair?")
    assert headline(kb, "and what does an esta run?", first.subject) == "$40"


def test_a_figure_ends_before_the_comma_after_it() -> None:
    assert [a.text for a in find_amounts("While an ESTA costs $40, the fee is $3,870,000.")] == ["$40", "$3,870,000"]


def test_what_are_the_n_areas_asks_for_the_list(kb: KnowledgeBase) -> None:
    question = "what r the 5 tech areas vance and roh want to anchor the frontier tech dialogue on"
    assert headline(kb, question) == (
        "quantum, biotechnology, batteries, digital connectivity, artificial intelligence"
    )


def test_what_venue_is_the_venue_line(kb: KnowledgeBase) -> None:
    assert (
        headline(kb, "ortiz-han trilat nov 2024 in ecuador - what venue exactly")
        == "Quito Convention Center, Quito, Ecuador"
    )


def test_on_top_of_compares_nothing(kb: KnowledgeBase) -> None:
    question = "norva chips 2024 final award - how much in federal loans did commerce offer on top of the grants?"
    assert headline(kb, question) is None


def test_a_state_is_no_city(kb: KnowledgeBase) -> None:
    question = "which city is lorain electrics us subsidiary in, where the 2nd plant broke ground in 2026"
    assert headline(kb, question) == "Dayton, Ohio"


def test_that_acronym_is_the_last_one_named_before_it(kb: KnowledgeBase) -> None:
    question = "2019 SED participant list has KIND on the rok side - whats that acronym stand for"
    assert headline(kb, question) == "KIND — Korea Overseas Infrastructure and Urban Development Corporation"


def test_a_decimal_figure_in_the_question_is_found_as_the_index_splits_it(kb: KnowledgeBase) -> None:
    assert headline(kb, "where is lorain electric putting the $2.5bn battery complex it announced?") == (
        "Queen Creek, Arizona"
    )


def test_what_org_is_that_asks_what_the_acronym_named_stands_for(kb: KnowledgeBase) -> None:
    question = "6th SED participant list mentions KIND on the korean side - what org is that?"
    assert headline(kb, question) == "KIND — Korea Overseas Infrastructure and Urban Development Corporation"


def test_an_acronym_naming_the_source_is_not_the_one_asked(kb: KnowledgeBase) -> None:
    question = "ERGI in the 2019 us-rok SED factsheet - what does that stand for?"
    assert headline(kb, question) == "ERGI — Energy Resource Governance Initiative"
