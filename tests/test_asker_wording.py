"""The asker's own ways, read off an invented story: a guess offered after the question ('…? park min-jun?') is
checked, not taken for a name the answer must differ from; a long clipped word is the document's word it starts
('teleconf'), not a near one two letters off ('telecom'); and who replaced someone is told only by a sentence
saying so, never by a sentence naming the one who held the office; who took a stake in something is an
organisation; 'vs nimbus same yr?' asks of another what the thread asked, and 'how much did brightcart spend
that yr' after 'brightcart or ridehail' asks of Brightcart in the thread's year; 'n nimbus?' is 'and nimbus?'."""

from __future__ import annotations

from knowledge.answer.answers import KnowledgeBase
from tests.test_reading_kinds import document, headline

DOCUMENTS = {
    "ministers.txt": document(
        "Korean and U.S. finance ministers discuss cooperation",
        "December 27, 2023",
        "SEOUL - South Korea's Finance Minister Park Minjun thanked U.S. Treasury Secretary Ada Lyle for her work"
        " during a teleconference on Wednesday.",
        "Park, who is set to leave his post to run in the April general elections, praised the talks.",
        "The leaders of the two countries met at an August summit in Maryland, attended by President Yoon Suk Yeol.",
        "In a related development, Han Seojin, the former presidential secretary for economic affairs, has been"
        " appointed as the new minister of economy and finance, succeeding Park.",
    ),
    "steel.txt": document(
        "Companies announce U.S. investments",
        "April 23, 2025",
        "Kestrel Motor Group, a South Korean automaker, secured an equity investment and agreement from Orin Holdings,"
        " South Korea's top steel maker, for the automaker's planned steel plant in Louisiana.",
    ),
    "lobbying.txt": document(
        "Brightcart expands its lobbying",
        "December 20, 2025",
        "The lobbying budget of Brightcart rose year after year, with the $1.01 million spent in the year it went"
        " public rising to $3.87 million in 2024.",
        "By comparison, Nimbus spent $19.14 million on lobbying in 2024, while Ridehail spent $2.62 million.",
    ),
    "telecoms.txt": document(
        "Telecom firms meet in Seoul",
        "May 2, 2024",
        "Officials of Telecom Alliance members met in Seoul to talk about 5G networks.",
        "The Telecom Alliance talks were hosted by the Korea Network Forum.",
    ),
}


def test_a_long_clipped_word_is_the_word_it_starts(kb: KnowledgeBase) -> None:
    question = "which rok finance minister did the teleconf w lyle before stepping down to run in the april elections?"
    assert headline(kb, question) == "Park Minjun — Finance Minister (ROK)"


def test_a_guess_after_the_question_is_checked_not_excluded(kb: KnowledgeBase) -> None:
    question = "who's the korean finmin lyle thanked on the dec 2023 teleconference? park min-jun?"
    assert headline(kb, question) == "Park Minjun — Finance Minister (ROK)"


def test_who_replaced_him_is_not_the_one_he_is(kb: KnowledgeBase) -> None:
    first = kb.answer(
        "which rok finance minister did the teleconf w lyle before stepping down to run in the april elections?"
    )
    assert headline(kb, "who replaced him as finmin?", first.subject) == (
        "Han Seojin — Former presidential secretary for economic affairs (ROK)"
    )


def test_who_took_an_equity_stake_asks_for_an_organisation(kb: KnowledgeBase) -> None:
    question = "apr 2025 release - who took an equity stake in kestrel motor grps louisiana steel mill?"
    assert headline(kb, question) == "Orin Holdings"


def test_a_follow_up_set_against_the_thread_asks_the_same_of_another(kb: KnowledgeBase) -> None:
    first = kb.answer("brightcart us lobbying spend in 2024, how much?")
    assert first.answers[0].text == "$3.87 million"  # the figure the sentence dates to 2024, not the one before it
    assert headline(kb, "vs nimbus same yr?", first.subject) == "$19.14 million"


def test_that_yr_follows_the_thread_and_its_own_owner(kb: KnowledgeBase) -> None:
    first = kb.answer("who spent more on lobbying in 2024, brightcart or ridehail?")
    assert headline(kb, "how much did brightcart spend that yr?", first.subject) == "$3.87 million"


def test_n_opens_a_follow_up(kb: KnowledgeBase) -> None:
    first = kb.answer("brightcart us lobbying spend in 2024, how much?")
    assert headline(kb, "n nimbus?", first.subject) == "$19.14 million"
