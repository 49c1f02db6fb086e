"""Read off invented stories: several people asked ('his rok and japan counterparts') are all named; the exact day
asked of an event the documents date only to its month gets no answer but a note saying so; and a follow-up
pointing back to 'the 1st one' keeps the thread's ordinal ('where was it held' is the first session's place);
'which us / ohio officials attended? names' names every official of that side the sentence gives."""

from __future__ import annotations

from knowledge.answer.answers import KnowledgeBase
from tests.test_reading_kinds import document, headline

DOCUMENTS = {
    "trip.txt": document(
        "Advisor Vance travels to Seoul",
        "December 8, 2023",
        "National Security Advisor Tom Vance has traveled to Seoul for meetings on Friday with his counterparts,"
        " National Security Secretariat Secretary General Aoki Ren of Japan and National Security Office Director"
        " Park Jiwoo of the ROK.",
    ),
    "ceremony.txt": document(
        "Lorain Electric breaks ground on its second Ohio plant",
        "March 9, 2026",
        "Lorain Electric held a groundbreaking ceremony on March 6 for a second plant at its base in Dayton, Ohio.",
        "The ceremony was attended by Kim Doyun, CEO of Lorain Electric; Lee Minho, Consul General of the Republic"
        " of Korea in Atlanta; Ann Vale, Secretary of the Ohio Department of Commerce; and Tom Reyes, President of"
        " the Dayton City Council.",
    ),
    "summit.txt": document(
        "Leaders review their August summit",
        "September 20, 2025",
        "The meeting reaffirmed commitments made during the summit President Han and President Cole held in"
        " Washington in August.",
    ),
    "sessions.txt": document(
        "Ministry holds the second special session of the Joint Committee",
        "October 5, 2017",
        "The Ministry said it held the second special session of the Joint Committee on October 4 in Washington, D.C.",
        "At the meeting, the two sides continued talks on matters discussed in the first special session on August"
        " 22 in Seoul.",
    ),
}


def test_several_people_asked_are_all_named(kb: KnowledgeBase) -> None:
    answer = headline(kb, "vance seoul trip dec 2023 - who were his rok and japan nsa counterparts")
    assert answer is not None and "Aoki Ren" in answer and "Park Jiwoo" in answer


def test_the_exact_day_of_an_event_dated_to_its_month_is_not_stated(kb: KnowledgeBase) -> None:
    answer = kb.answer("exact date of the han - cole summit in aug 2025?")
    assert not answer.answers
    assert answer.note is not None and "not the day" in answer.note


def test_a_follow_up_keeps_the_threads_ordinal(kb: KnowledgeBase) -> None:
    first = kb.answer("when was the first special session of the joint committee in 2017?")
    assert first.answers[0].text.startswith("August 22, 2017")
    assert headline(kb, "where was it held?", first.subject) == "Seoul"


def test_the_officials_of_the_side_asked_are_all_named(kb: KnowledgeBase) -> None:
    answer = headline(
        kb, "lorain electric ohio 2nd plant ceremony march 2026 - which us / ohio officials attended? names"
    )
    assert answer is not None and "Ann Vale" in answer and "Tom Reyes" in answer
    assert "Kim Doyun" not in answer and "Lee Minho" not in answer
