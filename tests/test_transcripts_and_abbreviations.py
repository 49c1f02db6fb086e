"""Read off invented documents: a meeting dated by the transcript it was spoken in (the date line above the venue
line), never an older event its speakers mention; analysts' abbreviations of common words ('est' for estimated)."""

from __future__ import annotations

import pytest

from knowledge.answer.answers import KnowledgeBase
from tests.test_reading_kinds import document, knowledge_of

TRANSCRIPT = "\n".join(
    [
        "Remarks by President Brook and President Han Jiwon Before Bilateral Meeting",
        "",
        "The White House",
        "",
        "June 14, 2024",
        "",
        "Cabinet Room",
        "",
        "10:05 A.M. EDT",
        "",
        "PRESIDENT BROOK:  Mr. President, welcome.  We are honored to celebrate with you the 60th anniversary of"
        " our harbor alliance.",
        "",
        "PRESIDENT HAN:  Thank you for inviting me to the Cabinet Room.  Our alliance was founded in 1964.",
    ]
)

DOCUMENTS = {
    "remarks.txt": TRANSCRIPT,
    "fab.txt": document(
        "Norva opens a packaging fab",
        "March 3, 2024",
        "Norva Chips will invest an estimated $2.2 billion in Lafayette, Ohio to build an advanced packaging fab.",
    ),
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("docs"), DOCUMENTS)


def _headline(kb: KnowledgeBase, question: str) -> str | None:
    answer = kb.answer(question)
    return answer.answers[0].text if answer.answers else None


@pytest.mark.parametrize(
    "question",
    [
        "what day did han do the cabinet room bilat w brook for the alliance 60th anniv",
        "what date was the brook-han cabinet room sit-down",
        "when did brook and han meet in the cabinet room",
    ],
)
def test_a_meeting_is_dated_by_the_transcript_it_was_spoken_in(kb: KnowledgeBase, question: str) -> None:
    assert _headline(kb, question) == "June 14, 2024"


def test_an_event_the_speakers_mention_is_not_dated_by_their_transcript(kb: KnowledgeBase) -> None:
    assert _headline(kb, "when was the harbor alliance founded") != "June 14, 2024"


def test_est_is_estimated(kb: KnowledgeBase) -> None:
    estimated = "an estimated $2.2 billion"
    assert _headline(kb, "whats the est price tag on norva's packaging fab in lafayette?") == estimated
    assert _headline(kb, "norva packaging fab - est capex?") == estimated
