"""What blind rounds 295–297 got wrong, read off invented documents: the one who sat across from 'him' is never
the man the thread is about, even when the thread's words put another office's title before his surname; the
counterparts of a person named by surname alone leave him out; 'jp' is Japan; a group's Montgomery subsidiary is
named by a word of its own, never the group written with one word more before it ('HD Hyundai Electric')."""

from __future__ import annotations

import pytest

from knowledge.answer.answers import KnowledgeBase
from tests.test_reading_kinds import document, knowledge_of
from tests.test_reading_kinds import headline as _headline

SESSION = document(
    "2nd special session of the Joint Committee held in Washington",
    "October 5, 2017",
    "The Ministry of Trade and the U.S. Trade Representative (USTR) convened the second session of the Joint"
    " Committee on October 4 in Washington, D.C.",
    "Trade Minister Han Ji-won and U.S. Trade Representative Robert Callow co-chaired the special session of the"
    " Joint Committee.",
    "Trade Minister Han was joined by officials from the Ministry of Strategy and Finance.",
)

TRIP = document(
    "Readout of National Security Advisor Dana Rourke's travel to Seoul",
    "December 9, 2023",
    "National Security Advisor Dana Rourke has traveled to Seoul for meetings on Friday with his counterparts,"
    " National Security Secretariat Secretary General Mori Kenji of Japan and National Security Office Director"
    " Yoon Jae-hee of the ROK.",
)

PLANT = document(
    "Orion Heavy Electric breaks ground on second plant in Montgomery",
    "March 8, 2026",
    "Orion Heavy Electric held a groundbreaking ceremony for a second plant at its North American production base,"
    " Orion Heavy Power Transformers USA, in Montgomery, Alabama.",
    "The ceremony was attended by Park Sun-ho, CEO of Orion Heavy Electric; Han Mi-rae, Consul General of the"
    " Republic of Korea in Atlanta; and Dana Wells, Secretary of the Alabama Department of Commerce.",
    "Orion Heavy Electric initially invested 62 billion won to set up the subsidiary in 2011.",
)

DOCUMENTS = {"session.txt": SESSION, "trip.txt": TRIP, "plant.txt": PLANT}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("blind295"), DOCUMENTS)


def headline(kb: KnowledgeBase, question: str, subject: str | None = None) -> str:
    return _headline(kb, question, subject) or ""


def test_who_sat_across_from_him_is_the_other_co_chair(kb: KnowledgeBase) -> None:
    """Before, Han himself answered: the thread's words appended after 'ustr' read as 'representative han', a
    title not his, which let his name through as the answer."""
    first = kb.answer("who chaired the joint committee special session for seoul?")
    assert first.answers and first.answers[0].text.startswith("Han Ji-won")
    assert headline(kb, "and who sat across from him for ustr?", first.subject).startswith("Robert Callow")


def test_counterparts_of_a_person_named_by_surname_leave_him_out(kb: KnowledgeBase) -> None:
    answer = headline(kb, "who were rourkes counterparts in seoul")
    assert "Mori Kenji" in answer and "Yoon Jae-hee" in answer
    assert "Dana Rourke" not in answer


def test_jp_is_japan(kb: KnowledgeBase) -> None:
    answer = headline(kb, "rourke seoul trip dec 23 - who were the jp and rok nsa counterparts he saw")
    assert "Mori Kenji" in answer and "Yoon Jae-hee" in answer


@pytest.mark.parametrize(
    "question",
    [
        "whats the name of heavy electrics montgomery subsidiary?",
        "whats orion heavy electrics montgomery subsidiary called",
    ],
)
def test_a_subsidiary_is_never_the_group_asked_about(kb: KnowledgeBase, question: str) -> None:
    answer = headline(kb, question)
    assert answer in ("", "Orion Heavy Power Transformers USA"), answer


def test_who_is_a_name_whose_given_name_is_split_is_never_someone_else(kb: KnowledgeBase) -> None:
    """'who is yoon jae hee' (the document writes 'Yoon Jae-hee'; here a name written as one given name, 'Mori
    Kenji', stands beside): the answer is the person asked about or nothing, never the other one the sentence
    names. Before, 'who is cho tae-yong' answered Akiba Takeo, as the reader set aside the one the question named."""
    for question in ("who is yoon jae hee", "who is yoon jaehee", "who is mori ken ji"):
        answer = headline(kb, question)
        assert answer == "" or answer.startswith(question.split()[2].capitalize()), (question, answer)


def test_a_walkthrough_is_a_tour(kb: KnowledgeBase) -> None:
    from knowledge.answer.normalize import normalize

    assert normalize("the site walkthrough") == normalize("the site tour")


def test_a_counterpart_is_never_the_one_asked_about_whose_family_name_comes_first(kb: KnowledgeBase) -> None:
    """'Mori Kenji' is written family name first, as Japanese names often are: 'who was moris counterpart' is not
    answered by Mori (before, only Korean family names were read first)."""
    assert not headline(kb, "who was moris counterpart").startswith("Mori Kenji")


def test_a_possessive_after_a_variant_goes_with_it() -> None:
    from knowledge.answer.normalize import normalize

    assert normalize("who was jp's nsa") == normalize("who was japan nsa")


def test_officials_of_a_state_are_people_not_the_state() -> None:
    """'which us state/local officials showed up' had been read as asking which state ('Alabama, U.S')."""
    from knowledge.answer.question_type import question_shape

    assert question_shape("which us state/local officials showed up at the groundbreaking").answer_type != "place"
    assert question_shape("which us state and local officials came").answer_type != "place"
    assert question_shape("which us state is the plant in").answer_type == "place"


def test_who_represented_a_government_is_never_a_company_chief(kb: KnowledgeBase) -> None:
    """'who repped the rok govt at the groundbreaking' had answered the company's CEO, a Korean but no official."""
    answer = headline(kb, "who repped the rok govt at the orion heavy montgomery groundbreaking in mar 2026")
    assert not answer.startswith("Park Sun-ho"), answer
