"""A follow-up that names nothing of its own is about the thread's story, read off invented documents: a fact of
another story about none of what the thread names does not answer it ('who attended from the korean govt?' after
a groundbreaking is not a minister's visit elsewhere), where another report of the same event may."""

from __future__ import annotations

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.normalize import content_tokens
from knowledge.answer.query import needs_context, parse_query
from tests.test_reading_kinds import document

DOCUMENTS = {
    "plant.txt": document(
        "Norva Electric breaks ground on second Lorain plant",
        "March 9, 2026",
        "Norva Electric said that it will invest about $150 million in a second plant in Lorain, Ohio.",
        "The ceremony was attended by Norva Electric CEO Dana Cole and Ohio Governor Tom Reed.",
        "(From left: Tom Reed, Governor of Ohio; Dana Cole, CEO of Norva Electric; Mina Park, Consul General of the"
        " Republic of Korea in Chicago)",
    ),
    "visit.txt": document(
        "Trade Minister Han Jiwon visits Ohio",
        "January 15, 2025",
        "Minister for Trade, Industry and Energy Han Jiwon attended a forum in Columbus for the Korean government.",
    ),
}


def test_a_question_naming_only_a_side_follows_the_thread() -> None:
    question = "who attended from the korean govt?"
    assert needs_context(parse_query(question), content_tokens(question))
    assert not needs_context(parse_query("rok?"), content_tokens("rok?"))


def test_a_fact_of_another_story_does_not_answer_a_follow_up_on_this_one(kb: KnowledgeBase) -> None:
    first = kb.answer("how much is norva electric putting into its 2nd lorain plant?")
    assert first.answers and "about $150 million" in first.answers[0].text
    follow_up = kb.answer("who attended from the korean govt?", context_subject=first.subject)
    assert not any("Han Jiwon" in a.text for a in follow_up.answers)
    asked_alone = kb.answer("who is the korean trade minister?", context_subject=first.subject)
    assert asked_alone.answers and asked_alone.answers[0].text.startswith("Han Jiwon")


def test_a_consul_asked_for_is_not_the_ceo_beside_them(kb: KnowledgeBase) -> None:
    answer = kb.answer("name of the rok consul gen (chicago) at the norva lorain plant ceremony?")
    assert answer.answers and answer.answers[0].text.startswith("Mina Park")
