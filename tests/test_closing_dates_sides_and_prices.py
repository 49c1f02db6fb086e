"""What blind rounds 262–264 asked in new words, read off invented documents: a month and year set off after a
document's description ('joint stmt on the harbor summit, mar 2023 - since what yr') says when the document is from,
not the year asked; 'who chaired it for each side' asks for both co-chairs; 'how much pricier is A than B' compares
two fees and is not answered by one of them; 'and who did seoul send?' after who led one side asks who led the
other; asked who chaired a session two people co-chaired, both did, but not the one whose counterpart is asked;
telcos that 'signed onto' a network joined it."""

from __future__ import annotations

import pytest

from knowledge.answer.anchors import compares
from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.described import without_brackets_describing
from tests.test_reading_kinds import document, headline, knowledge_of

STATEMENT = document(
    "Joint Statement by President Okafor and President Hale on the Third Harbor Summit",
    "March 29, 2023",
    "We are looking forward to co-hosting the second Harbor Summit today to continue building connections.",
    "Since 2021, the Harbor Summit process has brought together hundreds of leaders from governments and civil"
    " society.",
)

SESSION = document(
    "2nd special session of the Harbor FTA Joint Committee held in Washington",
    "October 5, 2017",
    "Trade Minister Park Dal-su and U.S. Trade Representative Ellen Marsh co-chaired the special session of the"
    " Joint Committee established under the Harbor FTA.",
    "Trade Minister Park was joined by officials from other relevant ministries.",
    "Many Clean Telcos, including Nara Telecom and Hanbit Mobile, have joined the Clean Harbor Network.",
)

VISAS = document(
    "Reporters need a work visa for the tech show",
    "December 20, 2025",
    "While an ETAP costs $40, the work visa application fee is about 450,000 won ($310).",
)

DIALOGUE = document(
    "Vice minister holds the 10th Harbor Economic Dialogue with the US",
    "December 12, 2025",
    "Seoul's Second Vice Foreign Minister Yoon Sera and U.S. Under Secretary of State for Economic Affairs Tom Reyes"
    " held the 10th Harbor Economic Dialogue in Washington on Thursday.",
)

DOCUMENTS = {"statement.txt": STATEMENT, "session.txt": SESSION, "visas.txt": VISAS, "dialogue.txt": DIALOGUE}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("blind262"), DOCUMENTS)


def test_a_month_and_year_after_the_description_dates_the_document_not_the_answer(kb: KnowledgeBase) -> None:
    question = "okafor/hale joint stmt on the harbor summit, mar 2023 - harbor summit process running since what yr?"
    assert "mar 2023" not in without_brackets_describing(question)
    assert headline(kb, question) == "2021"


def test_who_chaired_it_for_each_side_is_both_co_chairs(kb: KnowledgeBase) -> None:
    answer = kb.answer("2nd harbor fta special sess in washington (oct 2017) - who chaired it for each side?")
    named = " ".join(a.text for a in answer.answers)
    assert "Park Dal-su" in named and "Ellen Marsh" in named


def test_how_much_pricier_one_fee_is_is_not_either_fee(kb: KnowledgeBase) -> None:
    assert compares("in usd how much pricier is the work visa than an ETAP?")
    assert compares("which is cheaper, the ETAP or the work visa?")
    assert (headline(kb, "how much does an ETAP cost?") or "").startswith("$40")
    assert not (headline(kb, "in usd how much pricier is the work visa than an ETAP?") or "").startswith("$40")


def test_who_the_other_side_sent_is_who_led_it(kb: KnowledgeBase) -> None:
    led = kb.answer("who led the us side at the 10th harbor economic dialogue in dec 2025?")
    assert led.answers and led.answers[0].text.startswith("Tom Reyes")
    sent = kb.answer("and who did seoul send?", context_subject=led.subject)
    assert sent.answers and sent.answers[0].text.startswith("Yoon Sera")


def test_who_chaired_a_co_chaired_session_is_both_but_a_counterpart_is_the_other(kb: KnowledgeBase) -> None:
    both = kb.answer("who chaired the 2nd harbor fta special session?")
    named = " ".join(a.text for a in both.answers)
    assert "Park Dal-su" in named and "Ellen Marsh" in named
    other = kb.answer("who was marshs counterpart at the 2nd harbor fta special session?")
    assert other.answers and other.answers[0].text.startswith("Park Dal-su") and "Marsh" not in other.answers[0].text


def test_telcos_that_signed_onto_a_network_joined_it(kb: KnowledgeBase) -> None:
    listed = kb.answer("which telcos had signed onto the clean harbor network?")
    named = " ".join(a.text for a in listed.answers)
    assert "Nara Telecom" in named and "Hanbit Mobile" in named


def test_a_joint_act_answers_who_chaired_it_not_who_held_an_office_there(kb: KnowledgeBase) -> None:
    minister = kb.answer("who was the trade minister at the 2nd harbor fta special session?")
    assert minister.answers and "Ellen Marsh" not in minister.answers[0].text
    sent = kb.answer("who did the us send to the harbor fta special session in oct 2017?")
    assert not sent.answers or "Park Dal-su" not in sent.answers[0].text


def test_one_of_each_side_asked_is_both_or_none(kb: KnowledgeBase) -> None:
    # 'held' by the two, after a summit between two presidents: no sentence says they led it together.
    answer = kb.answer("who led the 10th harbor economic dialogue for each side?")
    named = " ".join(a.text for a in answer.answers)
    assert not answer.answers or ("Yoon Sera" in named and "Tom Reyes" in named)
