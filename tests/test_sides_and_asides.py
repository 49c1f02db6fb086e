"""Read off invented documents: a list of one side's agencies keeps those the sentence names after that side, and
drops what the question sets aside ('besides state'), each with the acronym it is known by; 'who led the us side?'
follows its thread; a remark after the question mark ('mofa called it a record') says which story, not what is
asked, and 'send' is what 'brought together' says; a word in quotes is the acronym asked; the question after a dash
types it ('… - who's the automaker partner?'); a follow-up's own ordinal replaces its thread's; 'when X toured …
who went with him?' asks who."""

from __future__ import annotations

from knowledge.answer.answers import KnowledgeBase
from tests.test_reading_kinds import document, headline

DOCUMENTS = {
    "dialogue.txt": document(
        "6th ROK-U.S. Harbor Dialogue Held",
        "November 6, 2019",
        "The Ministry of Foreign Affairs hosted the 6th Republic of Korea (ROK)-United States (U.S.) Harbor Dialogue in"
        " Seoul on November 6.",
        "The 6th Dialogue brought together 30 U.S. participants including officials from relevant agencies such as the"
        " Department of State, the Tidewater Finance Corporation (TFC) and the United States Harbor Agency (USHA), and"
        " about 25 ROK participants from the Ministry of Foreign Affairs and the Korea Harbor Development Corporation"
        " (KHDC).",
        "Under Secretary of State Dana Whitcomb and 2nd Vice Foreign Minister Ryu Sang-jin led the delegations.",
    ),
    # (undated, as a wire story's excerpt may be: 'on Saturday' is all it says of when)
    "battery.txt": "Baek visits Halden battery site\n\n"
    "President Baek Min-ho visited the Halden battery site in the U.S. state of Georgia on Saturday.\n"
    "Halden is partnering with Pinecrest Motor, the automaker, for a joint venture to build battery cells.\n"
    "He was accompanied by Georgia Gov. Amos Reed.\n"
    "The company is investing about $2.6 billion in the construction project, with trial production under way"
    " starting in March.\n",
    "committee.txt": document(
        "2nd special session of the harbor joint committee held in Washington",
        "October 5, 2017",
        "The ministry convened the second session of the harbor joint committee on October 4 in Washington.",
        "At the meeting, representatives continued talks on matters discussed in the first special session on August"
        " 22 in Seoul.",
    ),
}


def test_a_list_of_one_sides_agencies_keeps_that_side_and_sets_aside_what_the_question_does(
    kb: KnowledgeBase,
) -> None:
    assert headline(kb, "besides state which us agencies sent ppl to the 6th harbor dialogue") == (
        "Tidewater Finance Corporation (TFC), United States Harbor Agency (USHA)"
    )


def test_who_led_one_side_follows_its_thread(kb: KnowledgeBase) -> None:
    first = kb.answer("when was the 6th rok-us harbor dialogue held in seoul")
    answer = kb.answer("who led the us side?", context_subject=first.subject)
    assert answer.answers and answer.answers[0].text.startswith("Dana Whitcomb")


def test_a_remark_after_the_question_says_which_story(kb: KnowledgeBase) -> None:
    question = "6th harbor dialogue (2019) - how many ppl did the us side send? mofa called it a record"
    assert headline(kb, question) == "30 U.S. participants"


def test_a_word_in_quotes_is_the_acronym_asked(kb: KnowledgeBase) -> None:
    question = "6th harbor dialogue 2019 - korean delegation incl 'KHDC', what does that stand for"
    assert headline(kb, question) == "KHDC — Korea Harbor Development Corporation"


def test_the_question_after_a_dash_types_it(kb: KnowledgeBase) -> None:
    question = "halden's us battery cell jv (the one in coverage of baek's visit) - who's the automaker partner?"
    assert headline(kb, question) == "Pinecrest Motor"


def test_a_follow_ups_own_ordinal_replaces_its_threads(kb: KnowledgeBase) -> None:
    first = kb.answer("exact date of the 2nd harbor joint committee special session in washington (2017)?")
    assert headline(kb, "and the 1st special session, when was that?", first.subject) == "August 22, 2017"


def test_a_when_clause_before_who_asks_who(kb: KnowledgeBase) -> None:
    answer = headline(kb, "when baek toured the halden battery site in georgia who went with him?") or ""
    assert "Amos Reed" in answer
