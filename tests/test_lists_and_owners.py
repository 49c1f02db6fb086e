"""Read off invented documents: the items a line ending in a colon introduces are the list asked, whichever of them
the question's words find; a figure after an official's name is the question's when it names that official by
office; a bracketed '(the … one)' of several words describes the document; a question after a colon is typed on
what follows it; a place after another event the sentence brings in is that event's; a tariff 'on' something is
answered only by a sentence naming it; 'how big was the stake' is not answered by a pledge with no figure; 'how much
more' leads with the difference."""

from __future__ import annotations

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.question_type import question_shape
from tests.test_reading_kinds import document, headline

DOCUMENTS = {
    "dialogue.txt": document(
        "U.S. and ROK Advance Harbor Cooperation at the Third Harbor Dialogue",
        "May 4, 2021",
        "During the dialogue, both sides stressed that investment by Korean companies in the United States has"
        " strengthened the relationship.",
        "Major recent investments by Korean firms include:",
        "Hyosung Heavy Industries’s $41 million investment in Tallgrass, Kansas",
        "Lotte Chemical Co.’s $212 million investment in Savannah, Georgia",
        "Kakao Mobility Inc.’s $97 million investment in Mobile, Alabama",
        "The two sides affirmed the strength of their economic relationship.",
    ),
    "mission.txt": document(
        "Deputy Secretary of Commerce leads trade mission",
        "October 2, 2023",
        "From September 20 to 26, U.S. Deputy Secretary of Commerce Dana Whitcomb led a delegation of 12 American"
        " companies on a Port Security Trade Mission to the Republic of Korea.",
    ),
    "ministers.txt": document(
        "Finance ministers to meet",
        "January 9, 2024",
        "Minister Park Dong-woo expected the forthcoming trilateral finance ministers' meeting to deepen ties.",
        "This meeting was agreed upon during an August summit in Maryland, attended by the three leaders.",
    ),
    "deal.txt": document(
        "Harbor trade deal reached",
        "November 3, 2025",
        "Under the deal, Seoul will invest $350 billion in return for Washington lowering tariffs on Korean goods to 15"
        " percent from 25 percent.",
        "Tidewell Steel secured an equity investment from Pinecrest Holdings for its planned mill in Louisiana.",
    ),
    "bakeries.txt": document(
        "Korean bakeries grow in America",
        "December 10, 2025",
        "Crumbhouse, owned by Dalgyeong Group, is the larger of the two Korean bakery chains in the United States.",
        "Of Crumbhouse’s approximately 500 overseas outlets, about 240 are in North America.",
        "Brightloaf operates roughly 400 stores globally, including about 170 in North America.",
    ),
    "partnership.txt": document(
        "FACT SHEET: Republic of Korea – United States Harbor Partnership",
        "June 3, 2023",
        "The two leaders launched the KORUS Global Harbor Partnership.",
        "Both sides will build secure tidal sensing networks.",
        "The United States has committed $3.5 billion to tidal sensing networks.",
        "The ROK has committed $1.5 billion to tidal sensing networks.",
    ),
}


def test_the_items_a_colon_introduces_are_the_list_asked(kb: KnowledgeBase) -> None:
    listed = "Hyosung Heavy Industries, Lotte Chemical Co., Kakao Mobility Inc."
    assert headline(kb, "3rd harbor dialogue fact sheet - which korean company investments did it call out?") == listed


def test_a_figure_is_the_question_s_when_it_names_its_official_by_office(kb: KnowledgeBase) -> None:
    answer = headline(kb, "how many us port security firms did the commerce dep sec bring to korea in sept 2023")
    assert answer == "12 American companies"


def test_a_place_after_another_event_the_sentence_brings_in_is_that_events(kb: KnowledgeBase) -> None:
    assert headline(kb, "where is the trilateral finance ministers mtg that park talked about?") is None
    assert headline(kb, "where did the leaders agree on the trilateral finance ministers mtg") == "Maryland"


def test_a_bracketed_description_of_several_words_says_which_document(kb: KnowledgeBase) -> None:
    question = "us-rok partnership fact sheet (the korus global harbor partnership one) - how much did the us put up"
    assert headline(kb, question + " for tidal sensing networks") == "$3.5 billion"


def test_a_question_after_a_colon_is_typed_on_what_follows() -> None:
    assert question_shape("harris-yoon mtg 2022: what kind of space testing did rok swear off").answer_type == "name"
    assert question_shape("5th sed 2020: which korean firms invested").answer_type in ("list", "organization")


def test_a_tariff_on_something_is_answered_only_by_a_sentence_naming_it(kb: KnowledgeBase) -> None:
    assert headline(kb, "what tariff rate on korean goods did they settle on in the 2025 deal") == "15 percent"
    assert headline(kb, "what tariff rate on korean autos did they settle on in the 2025 deal") is None


def test_a_stake_asked_by_its_size_is_not_answered_by_a_pledge_without_one(kb: KnowledgeBase) -> None:
    assert headline(kb, "how big was pinecrest holdings equity stake in tidewell's louisiana mill, $ or %?") is None


def test_how_much_more_leads_with_the_difference(kb: KnowledgeBase) -> None:
    answer = headline(kb, "how much more did the us commit than korea to tidal sensing networks?") or ""
    assert answer.startswith("The United States committed $2 billion more")
    # 'which side' names no side and means the two
    answer = headline(kb, "which side committed more to tidal sensing networks") or ""
    assert answer.startswith("The United States committed more: $3.5 billion")


def test_what_two_named_owners_have_between_them_is_added_up(kb: KnowledgeBase) -> None:
    answer = headline(kb, "how many north american stores do crumbhouse and brightloaf have between them?")
    assert answer == "410 outlets (240 outlets + 170 stores)"
