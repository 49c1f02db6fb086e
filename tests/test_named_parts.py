"""Two figures of one sentence asked together, read off an invented story: their sum when the question names both
parts ('setup plus the 2018 expansion'), the larger when it compares them and asks the figure too ('which was
bigger, … ? how much was it'), and no answer for a total that takes in a part it names and no sentence states;
a sum the documents state before any made of parts; the unit of a group asked by the group's name, or as 'the
name of X's subsidiary' (named after X); 'the biggest privately owned shipyard' asks for an organisation;
'which univs' asks for universities, which the answering sentence names in the singular; 'which assn' an
association, not a chamber beside it, and a name ends before a date ('Joint Committee on October 4'); a figure
set apart from another ('before the 2019 expansion') is not the other's."""

from __future__ import annotations

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.named_parts import sum_text
from tests.test_reading_kinds import document
from tests.test_reading_kinds import headline as _headline

DOCUMENTS = {
    "works.txt": document(
        "Norva Electric grows its Ohio transformer subsidiary",
        "March 9, 2026",
        "Norva Electric initially invested 48 billion won to set up the subsidiary and added another 31 billion won"
        " in 2019 to expand production capacity.",
        "The company plans to invest about $150 million to build a second plant in Lorain.",
        "Norva Electric Power Transformers USA was established in 2011 as the first transformer plant built by a"
        " Korean maker in the U.S.",
        "This funding will support Norva's plan to turn its presence in Northern Ohio into a hub for transformers in"
        " the United States, including two new lines and a test center in Avon.",
    ),
    "mission.txt": document(
        "Deputy Secretary Lena Ortiz leads a trade mission to Seoul",
        "September 20, 2023",
        "In Seoul, Ortiz held a session with the Harbor Chamber of Commerce in Korea and met the Korea Chip Industry"
        " Association.",
        "The Ministry of Trade announced that it convened the KORUS Joint Committee on October 4 in Seoul.",
    ),
    "yards.txt": document(
        "Shipyards expand",
        "July 2, 2024",
        "Kestrel Shipyards was founded in 1946, and is the largest privately-owned shipyard in the United States.",
        "The Secretary of the Navy also announced a new educational partnership between Kestrel Shipyards, the"
        " University of Lorain, and Harbor National University to exchange ship design engineers.",
    ),
    "bakeries.txt": document(
        "Korean bakeries grow in the U.S.",
        "May 5, 2025",
        "Brightloaf, a bakery chain owned by Kestrel Group, and Crumbhouse, a bakery franchise owned by Orin Foodville"
        " Co., are gaining popularity in the United States.",
        "Their combined U.S. sales stood at only about 170 billion won in 2020, but surged to 400 billion won in 2024.",
        "Brightloaf's U.S. sales are expected to reach about 300 billion won this year, while Crumbhouse's sales are"
        " projected at about 150 billion won.",
        "The new plant will make more than 100 million units a year for the U.S., which Orin Group has called a"
        " core market.",
    ),
}


def test_the_sum_of_two_parts_the_question_names(kb: KnowledgeBase) -> None:
    answer = kb.answer("total won norva electric put into its ohio sub, initial setup plus the 2019 expansion?")
    assert answer.answers[0].text == "79 billion won (48 billion won + 31 billion won)"
    assert [a.text for a in answer.answers[1:]] == ["the 2019 expansion — 31 billion won"]


def test_a_total_taking_in_a_part_no_sentence_sums_is_not_answered_by_the_part(kb: KnowledgeBase) -> None:
    assert _headline(kb, "total won norva electric put into its ohio sub incl the 2019 top-up") is None


def test_a_comparison_asking_the_figure_too_and_a_top_up_that_is_no_superlative(kb: KnowledgeBase) -> None:
    question = "norva electric ohio sub - which was bigger, the original setup money or the 2019 expansion? how much"
    assert _headline(kb, question) == "the original setup money (48 billion won)"
    assert _headline(kb, "how much was norva electric's 2019 top-up for the ohio sub") == "31 billion won"


def test_a_sum_is_written_in_the_parts_currency() -> None:
    from knowledge.answer.alternatives import Alternative
    from knowledge.answer.reading import Reading
    from knowledge.answer.spans import Span

    def part(text: str, value: float, currency: str = "") -> Alternative:
        return Alternative(text, Reading(text, Span(text, 0, len(text)), 0, 1.0, None, None), (currency, value))

    added = sum_text((part("$2 billion", 2e9), part("$1.5 billion", 1.5e9)))
    assert added == "$3.5 billion ($2 billion + $1.5 billion)"


def test_a_sum_the_documents_state_comes_before_one_made_of_parts(kb: KnowledgeBase) -> None:
    assert _headline(kb, "combined us sales of brightloaf + crumbhouse in 2024?") == "400 billion won"


def test_parts_that_cannot_both_be_read_are_not_answered_by_one_of_them(kb: KnowledgeBase) -> None:
    question = "total norva electric put into its ohio sub across the 2015 setup and the 2019 expansion, in won?"
    assert _headline(kb, question) is None


def test_the_unit_of_a_group_is_named_with_the_group(kb: KnowledgeBase) -> None:
    assert _headline(kb, "who owns crumbhouse? which orin unit") == "Orin Foodville Co."


def test_a_subsidiary_named_after_its_group_and_the_biggest_of_a_kind(kb: KnowledgeBase) -> None:
    answer = _headline(kb, "whats the name of norva electrics us transformer subsidiary in ohio?")
    assert answer == "Norva Electric Power Transformers USA"
    assert _headline(kb, "biggest privately owned shipyard in the us?") == "Kestrel Shipyards"


def test_universities_asked_as_univs(kb: KnowledgeBase) -> None:
    answer = _headline(kb, "which univs are in the kestrel shipyards ship design exchange the navy announced?")
    assert answer == "University of Lorain, Harbor National University"


def test_the_kind_of_organisation_asked_and_a_name_ending_before_its_date(kb: KnowledgeBase) -> None:
    answer = _headline(kb, "on ortiz's seoul mission which chip industry assn did she sit down w/?")
    assert answer in (None, "Korea Chip Industry Association")  # never the chamber beside it
    from knowledge.answer.organization_spans import organizations_in

    sentence = DOCUMENTS["mission.txt"].splitlines()[-1]
    assert "Joint Committee on October" not in [s.text for s in organizations_in(sentence)]


def test_a_figure_set_apart_from_another_and_the_company_ceo(kb: KnowledgeBase) -> None:
    question = "how much did norva electric originally put in (won) to set up its ohio sub, before the 2019 expansion?"
    assert _headline(kb, question) == "48 billion won"
    from knowledge.answer.normalize import content_tokens
    from knowledge.answer.query import needs_context, parse_query
    from knowledge.answer.question_type import question_shape

    assert question_shape("whos the company ceo who was there?").answer_type == "person"
    assert needs_context(parse_query("how many us cos went along?"), content_tokens("how many us cos went along?"))


def test_a_sum_ending_in_its_currency_and_a_city_that_is_no_country(kb: KnowledgeBase) -> None:
    added = "79 billion won (48 billion won + 31 billion won)"
    assert _headline(
        kb, "total won norva electric put into its ohio sub, initial setup plus the 2019 expansion combined?"
    ) == (added)
    assert _headline(kb, "norva electric ohio sub in total, initial setup plus the 2019 expansion (krw)?") == added
    assert _headline(kb, "which oh city gets norva's two new lines and test center?") not in ("United States", "U.S")


def test_a_contractor_asked_is_an_organisation_of_that_kind(kb: KnowledgeBase) -> None:
    from knowledge.answer.organization_spans import organizations_in
    from knowledge.answer.question_type import question_shape

    assert question_shape("whos the general contractor building norva's second plant?").answer_type == "organization"
    found = [s.text for s in organizations_in("(From left: Dana Cole, CEO of Norva Electric Works; Tom Reed)")]
    assert "CEO of Norva Electric Works" not in found
    assert _headline(kb, "whos the general contractor building norva electric's second plant in lorain?") is None


def test_the_first_and_biggest_is_a_claim_read_not_a_comparison_made(kb: KnowledgeBase) -> None:
    from knowledge.answer.compare import asks_for_largest
    from knowledge.answer.question_type import question_shape

    question = "whats the first & biggest us transformer plant built by a korean maker?"
    assert not asks_for_largest(question)
    assert question_shape(question).answer_type == "organization"
    assert asks_for_largest("which korean co made the biggest investment")


def test_all_in_and_how_many_won_ask_the_sum_of_the_named_parts(kb: KnowledgeBase) -> None:
    question = "all in, how many won has norva electric put into its ohio sub - initial setup plus the 2019 expansion?"
    assert _headline(kb, question) == "79 billion won (48 billion won + 31 billion won)"


def test_all_up_is_not_answered_by_one_part(kb: KnowledgeBase) -> None:
    assert _headline(kb, "how much had norva electric sunk into its ohio subsidiary, all up in won?") is None


def test_a_figure_stated_as_a_sum_does_not_answer_one_part_set_apart_from_it(kb: KnowledgeBase) -> None:
    assert _headline(kb, "brightloaf us sales in 2024 alone, not combined w crumbhouse?") is None
