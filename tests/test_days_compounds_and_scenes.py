"""Questions placing what they ask by a day, a compound title or a closing clause, read off invented documents:
'the op-ed on dec 22' is the day the sentence gives ('on Dec. 22'), not December 2022; 'dep secstate' is the
'Deputy Secretary of State' the documents write with 'of' between; '… after lin became dep secstate' sets the
scene, and its words are the story's, not the answering sentence's; 'name of the visa agency staffer' asks for a
person, never the company beside the visa."""

from __future__ import annotations

import pytest

from knowledge.answer.answers import KnowledgeBase
from tests.test_reading_kinds import document, knowledge_of
from tests.test_reading_kinds import headline as _headline

DOCUMENTS = {
    "oped.txt": document(
        "Why lawmakers weighed in on the Norva data breach",
        "December 28, 2025",
        "“Many familiar American companies have all been targeted,” stated Rep. Dana Whitfield, a Republican of"
        " Ohio, in an op-ed published in The Harbor Ledger on Dec. 22.",
        "Norva has hired lobbyists in Washington since it was listed in March 2021.",
    ),
    "breakfast.txt": document(
        "Foreign Minister has working breakfast with U.S. Deputy Secretary of State",
        "March 1, 2024",
        "Minister of Foreign Affairs Park Min-seo had a working breakfast with new United States Deputy Secretary of"
        " State Daniel Lin in Washington D.C. on February 29, local time.",
        "Deputy Secretary Lin stated that as Deputy Secretary of State, he attaches great significance to the"
        " alliance.",
    ),
    "visas.txt": document(
        "Reporters wait for visas in Seoul",
        "December 2, 2025",
        "It was a cold morning when I lined up outside the US Embassy in Seoul on Nov. 17. Despite having a visa"
        " agency staffer hold a spot for me, I waited for the interview Kestrel Motor Group’s media tour required.",
    ),
}


def test_a_day_of_a_month_the_sentence_gives_is_no_year(kb: KnowledgeBase) -> None:
    question = "which GOP congressman wrote the harbor ledger oped on dec 22 about us firms being targeted?"
    assert (_headline(kb, question) or "").startswith("Dana Whitfield")


def test_a_clipped_title_run_into_the_word_after_its_of(kb: KnowledgeBase) -> None:
    question = "when did FM park min-seo sit down for breakfast w/ dep secstate lin in DC?"
    # (since 'secstate' is a synonym of 'secretary of state', the extracted date answers, with its sentence)
    assert (_headline(kb, question) or "").startswith("February 29, 2024")


def test_a_closing_clause_after_a_name_sets_the_scene(kb: KnowledgeBase) -> None:
    question = "when did FM park min-seo sit down for breakfast w/ lin in DC after lin became dep secstate?"
    assert (_headline(kb, question) or "").startswith("February 29, 2024")  # (the extracted date, or read off)


def test_the_name_of_a_staffer_is_a_person_not_the_visa_company(kb: KnowledgeBase) -> None:
    question = (
        "name of the visa agency staffer who held the reporter's place in line at the us embassy seoul on nov 17?"
    )
    assert _headline(kb, question) is None


def test_the_one_a_titled_surname_had_breakfast_with_is_not_that_person(kb: KnowledgeBase) -> None:
    found = _headline(kb, "who is the new dep secstate FM park had breakfast with?")
    assert found is None or found.startswith("Daniel Lin")


DIALOGUE = document(
    "Officials discuss supply chains in talks in Washington",
    "December 11, 2025",
    "Senior diplomats of Korea and the United States discussed supply chains during their economic talks in"
    " Washington on Wednesday, the State Department said.",
    "Seoul's Third Vice Foreign Minister Han Seo-yeon and U.S. Under Secretary of State for Economic Affairs Mark"
    " Durant held the 12th Senior Economic Dialogue (SED), after a trade deal was finalized during the second"
    " summit between the two presidents.",
    "Under the trade deal, Seoul committed to investing $90 billion in the U.S. in return for lower tariffs on"
    " Korean goods.",
)


def test_the_place_a_neighbour_gives_the_meeting_held_and_a_city_named_like_a_state(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    kb = knowledge_of(tmp_path_factory.mktemp("sed"), {"sed.txt": DIALOGUE})
    subject = kb.answer("who was the us counterpart to 3rd vice FM han at the 12th senior econ dialogue?").subject
    assert _headline(kb, "and which city did they hold it in?", subject) == "Washington"
    # (the summit the sentence mentions was not the meeting it says was held)
    assert _headline(kb, "which city hosted the second summit where the trade deal got finalized?") is None


def test_a_counterpart_from_a_ministry_is_checked_on_their_office(tmp_path_factory: pytest.TempPathFactory) -> None:
    kb = knowledge_of(tmp_path_factory.mktemp("sed"), {"sed.txt": DIALOGUE})
    subject = kb.answer("who led the US side at the 12th senior econ dialogue?").subject
    assert (_headline(kb, "and his counterpart from the ROK MOFA?", subject) or "").startswith("Han Seo-yeon")


def test_the_event_something_came_up_at_names_its_story(tmp_path_factory: pytest.TempPathFactory) -> None:
    kb = knowledge_of(tmp_path_factory.mktemp("sed"), {"sed.txt": DIALOGUE})
    question = "whats the total rok investment pledge in the us under the trade deal that came up at the 12th sed?"
    assert _headline(kb, question) == "$90 billion"
