"""Money no sentence tells, read off an invented story: what a company spent on something no document names
('catering for the groundbreaking') and the wages it pays are not answered by the plant's investment, which
still answers the question that asks for it."""

from __future__ import annotations

from knowledge.answer.answers import KnowledgeBase
from tests.test_reading_kinds import document, headline

DOCUMENTS = {
    "plant.txt": document(
        "Norva Electric breaks ground on a second Lorain plant",
        "March 9, 2026",
        "Norva Electric held a groundbreaking ceremony on Friday for a second plant at its Lorain production base.",
        "The company plans to invest about $150 million to boost production of transformers by 50 percent.",
        "The new plant will employ 220 production workers when it opens in 2027.",
    ),
}


def test_the_investment_answers_what_is_spent_on_the_plant(kb: KnowledgeBase) -> None:
    assert headline(kb, "how much is norva electric spending on the 2nd lorain plant?") == "about $150 million"


def test_what_money_went_on_that_no_document_names_is_not_answered(kb: KnowledgeBase) -> None:
    assert headline(kb, "how much did norva electric spend on catering for the lorain groundbreaking?") is None


def test_wages_are_a_kind_of_money_the_investment_is_not(kb: KnowledgeBase) -> None:
    question = "what hourly wage does norva electric pay production workers at the lorain plant?"
    assert headline(kb, question) is None
