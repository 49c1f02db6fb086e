"""What blind rounds 220–222 asked in new words, read off invented documents: a figure of a deal described by the
leaders who made it ('the deal lee and trump finalized', '… deal w/ trump', 'at the dec SED (kim / helberg)'),
its whole when the sentence breaks it into parts ('$90 billion … — $40 billion … and $50 billion'); 'how much in
total did seoul pledge to put into america' (America is where the money goes, not a second side); two items of a
list compared, and all of its items added up ('the total of the korean investments named in the fact sheet'),
never a sum of items some of which the question leaves out; everyone met 'with' in one sentence ('a session with
A, a roundtable with B, and a meeting with C'); a working group asked as 'the WG'."""

from __future__ import annotations

import pytest

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.event_names import participants, participants_acts, without_participants_acts
from knowledge.answer.figure_context import broken_down
from knowledge.answer.kind_spans import met_with
from knowledge.answer.listed_sum import count_given
from knowledge.answer.part_asked import pledged_by_another_side, without_destination_sides
from knowledge.answer.question_type import STATES_UNIT, question_shape
from knowledge.answer.spans import Span, states_in
from tests.test_reading_kinds import document, knowledge_of
from tests.test_reading_kinds import headline as _headline

DIALOGUE = document(
    "Korea, U.S. hold 12th economic dialogue in Washington",
    "December 12, 2025",
    "Seoul's Second Vice Foreign Minister Han Seo-yun and U.S. Under Secretary of State for Economic Affairs Mark"
    " Delaney held the 12th Senior Economic Dialogue (SED) in Washington on Thursday.",
    "The meeting reaffirmed economic commitments made during the second summit between President Park Ji-ho and"
    " U.S. President Rowan Okafor in October.",
    "Under the two countries' trade and investment deal, Seoul committed to investing $90 billion in the U.S. —"
    " $40 billion in the U.S. steelmaking sector and additionally $50 billion — in return for lower tariffs.",
    "The two sides also discussed efforts to ease Korean business travel to the United States, including through"
    " the Korea-U.S. Business Travel and Visas Working Group.",
)

FACT_SHEET = "\n".join(
    [
        "Fact Sheet: The 7th U.S.-ROK Senior Economic Dialogue",
        "",
        "October 16, 2020",
        "",
        "During the SED, both sides stressed the importance of investment by Korean companies in the United States."
        " Major recent investments by Korean firms include:",
        "    • Kestrel Works’s $40 million investment in Dayton, Ohio",
        "    • Marlow Foods’s $120 million investment in Macon, Georgia",
        "    • Torvan Energy’s $700 million investment in Athens, Georgia",
        "The two sides committed to continue expanding bilateral economic cooperation.",
    ]
)

MISSION = document(
    "Deputy Secretary Reyes leads trade mission to Korea",
    "September 28, 2023",
    "During his visit to Seoul, Deputy Secretary Reyes met Korean government officials on export controls.",
    "Deputy Secretary Reyes also held a session with the European Chamber of Commerce in Korea, a roundtable"
    " discussion with Korean clean energy investors in the United States, and a meeting with the Korea Robotics"
    " Industry Association.",
)

STEEL = document(
    "Kestrel unveils $9 billion U.S. investment with a steel mill in Ohio",
    "March 24, 2025",
    "Kestrel announced a $9 billion investment featuring a $2.1 billion steel mill in Ohio.",
    "The mill will supply Kestrel's auto factories in Alabama and Georgia, which aim to make a million vehicles.",
)

ROUNDS = document(
    "Korea and U.S. hold 5th economic dialogue",
    "November 6, 2019",
    "The ministry hosted the 5th Senior Economic Dialogue in Seoul on Wednesday, with Vice Minister of Foreign"
    " Affairs Lee Tae-ho and Under Secretary of State Mark Delaney leading their respective delegations.",
)

BAKERIES = document(
    "Korean bakery chains Brightloaf, Crumbhouse grow in U.S.",
    "December 30, 2025",
    "Brightloaf aims to open more than 90 stores in the U.S., while Crumbhouse plans to add 80 to 100 locations.",
    "Brightloaf also plans to expand its Canadian network to about 100 stores by 2030.",
)

TRANSFORMERS = document(
    "Norva Electric expands its Alabama plant",
    "March 7, 2026",
    "Norva Power USA was established in 2011 as the first transformer plant in the US built by a Korean company.",
    "Norva Electric initially invested 62 billion won to set up the subsidiary and added another 53 billion won in"
    " 2018 to expand production capacity.",
)

DOCUMENTS = {
    "bakeries.txt": BAKERIES,
    "transformers.txt": TRANSFORMERS,
    "dialogue.txt": DIALOGUE,
    "fact_sheet.txt": FACT_SHEET,
    "mission.txt": MISSION,
    "steel.txt": STEEL,
    "rounds.txt": ROUNDS,
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("blind220"), DOCUMENTS)


def headline(kb: KnowledgeBase, question: str, subject: str | None = None) -> str:
    return _headline(kb, question, subject) or ""


def test_the_leaders_who_made_a_deal_describe_it() -> None:
    question = "under the trade deal park and okafor finalized, how much did seoul pledge?"
    assert participants(question) == {"park", "okafor"}
    assert participants_acts(question) == {"finaliz"}
    assert "finalized" not in without_participants_acts(question)
    assert participants("of the 90bn korea promised under the deal w/ okafor, how much") == {"okafor"}
    assert participants("what came up at the dec SED (han / delaney)") == {"han", "delaney"}


def test_a_figure_of_a_deal_described_by_its_leaders(kb: KnowledgeBase) -> None:
    assert "$90 billion" in headline(
        kb, "under the trade & investment deal park and okafor finalized, how much did seoul pledge?"
    )
    part = headline(
        kb, "of the 90bn korea promised under the tariff/investment deal w/ okafor, how much is for steelmaking?"
    )
    assert "$40 billion" in part and "$90 billion" not in part


def test_a_figure_broken_into_parts_is_a_total() -> None:
    sentence = (
        "Seoul committed to investing $90 billion in the U.S. — $40 billion in steel and additionally $50 billion."
    )
    whole, part = sentence.index("$90"), sentence.index("$40")
    assert broken_down(sentence, Span("$90 billion", whole, whole + 11, 90_000_000_000))
    assert not broken_down(sentence, Span("$40 billion", part, part + 11, 40_000_000_000))
    assert not broken_down("It put $90 billion in, and $40 billion more.", Span("$90 billion", 7, 18, 90_000_000_000))


def test_the_whole_in_total_and_america_as_where_money_goes(kb: KnowledgeBase) -> None:
    assert without_destination_sides("how much did seoul pledge to put into america?").endswith("put into ?")
    assert without_destination_sides("how much did the us put into 5g") == "how much did the us put into 5g"
    answer = headline(kb, "how much in total did seoul pledge to put into america under the trade deal?")
    assert "$90 billion" in answer and "Together" not in answer


def test_two_items_of_a_list_compared(kb: KnowledgeBase) -> None:
    question = (
        "the 2020 SED fact sheet lists korean firms US investments - was kestrel works's or marlow foods's bigger?"
    )
    assert headline(kb, question).startswith("Marlow Foods")
    question = "2020 SED fact sheet - was marlow foods's georgia one bigger or kestrel works in ohio?"
    assert headline(kb, question).startswith("Marlow Foods")


def test_all_the_items_of_a_list_added_up(kb: KnowledgeBase) -> None:
    assert count_given("what do the 3 korean company investments add up to") == 3
    answer = kb.answer("whats the total of all the korean company investments named in that 2020 SED fact sheet?")
    assert answer.answers and answer.answers[0].text.startswith("$860 million")
    assert len(answer.answers) == 4  # the sum, then each item with its own line
    assert "$860 million" in headline(kb, "what do the 3 korean investments in the oct 2020 SED fact sheet add up to")


def test_the_items_of_a_list_named_one_by_one_added_up(kb: KnowledgeBase) -> None:
    question = "the 2020 SED fact sheet lists kestrel, marlow, torvan - what do they add up to"
    assert "$860 million" in headline(kb, question)
    assert headline(kb, "kestrel + marlow investments combined?").startswith("$160 million")
    assert "$160 million" not in headline(kb, "kestrel + marlow hiring combined?")  # no item says hiring
    assert "$820 million" not in headline(kb, "marlow + torvan + the ohio one, total?")  # three are named
    assert "$160 million" not in headline(kb, "kestrel + marlow + reyes investments combined?")  # Reyes is no item
    assert "$820 million" not in headline(kb, "marlow and torvan - how much did they invest in total in korea")


def test_the_largest_item_of_a_list(kb: KnowledgeBase) -> None:
    question = "which korean co had the biggest single US investment listed at that 2020 SED - kestrel, marlow, torvan?"
    answer = headline(kb, question)
    assert "Torvan Energy" in answer and "$700 million" in answer
    question = "2020 sed factsheet - of the korean firm investments it lists, which was the smallest and how much"
    answer = headline(kb, question)
    assert "Kestrel Works" in answer and "$40 million" in answer
    # (two of the three are in Georgia: the smallest of those is not the Ohio one, nor the smallest of all)
    question = "smallest of the korean investments in georgia listed in the 2020 SED fact sheet"
    answer = headline(kb, question)
    assert "Marlow Foods" in answer and "$120 million" in answer


@pytest.mark.parametrize(
    "question",
    [
        "what do the 2 korean company investments in the 2020 SED fact sheet add up to",  # three are listed
        "total of the korean investments in georgia listed in the 2020 sed fact sheet?",  # two of the three
        "total of the korean investments listed in the 2021 sed fact sheet?",  # no such document
    ],
)
def test_no_sum_of_a_list_the_question_does_not_mean_whole(kb: KnowledgeBase, question: str) -> None:
    assert "$860 million" not in headline(kb, question)


def test_everyone_met_with_in_one_sentence(kb: KnowledgeBase) -> None:
    spans = met_with("He held a session with the Chamber in Korea, a roundtable with investors, and a meeting with X.")
    assert [s.text for s in spans] == ["Chamber in Korea", "investors", "X"]
    assert met_with("He met with the minister and spoke with reporters.") == []
    answer = headline(kb, "which private sector groups did reyes sit down w/ in seoul on that trade mission?")
    for group in ("European Chamber of Commerce in Korea", "Korean clean energy investors", "Korea Robotics Industry"):
        assert group in answer


def test_a_working_group_asked_as_the_wg(kb: KnowledgeBase) -> None:
    expected = "Korea-U.S. Business Travel and Visas Working Group"
    assert expected in headline(kb, "whats the name of the WG on korean biz travel at the dec 2025 SED (han / delaney)")
    assert expected in headline(kb, "at the dec 2025 SED what was the name of the working group for korean biz travel?")


def test_the_states_asked_are_the_states_the_sentence_names(kb: KnowledgeBase) -> None:
    answer = headline(kb, "kestrels ohio steel mill is meant to feed its car plants in which states?")
    assert "Alabama" in answer and "Georgia" in answer and "Ohio" not in answer


def test_the_head_of_a_delegation_is_the_one_who_led_it(kb: KnowledgeBase) -> None:
    thread = kb.answer("who led the korean side at the 5th SED in seoul in 2019?")
    assert "Lee Tae-ho" in headline(kb, "who led the korean side at the 5th SED in seoul in 2019?")
    assert "Mark Delaney" in headline(kb, "and the us head of delegation?", thread.subject)


def test_what_number_asks_the_ordinal_of_its_noun(kb: KnowledgeBase) -> None:
    thread = kb.answer("who was han seo-yuns us counterpart at the econ dialogue in DC in dec 2025?")
    answer = headline(kb, "what number SED was that one", thread.subject)
    assert answer.startswith("12th") and "second" not in answer.lower()


@pytest.mark.parametrize(
    "question",
    ["how many canadian stores is crumbhouse aiming for by 2030?", "crumbhouse store target for canada by 2030?"],
)
def test_a_figure_of_another_country_or_another_owner_is_no_answer(kb: KnowledgeBase, question: str) -> None:
    assert kb.answer(question).answers == ()  # next year's U.S. plan; Brightloaf's Canadian target


def test_a_figure_of_the_country_asked_and_its_own_owner(kb: KnowledgeBase) -> None:
    assert "100" in headline(kb, "how many stores does brightloaf plan in canada by 2030?")


def test_a_year_of_another_act_joined_by_and_is_not_the_year_asked(kb: KnowledgeBase) -> None:
    assert headline(kb, "what yr did norva electric first stand up its us manufacturing subsidiary?").startswith("2011")


def test_the_united_states_is_no_list_of_states(kb: KnowledgeBase) -> None:
    assert question_shape("which korean firms made major recent investments in the united states?").unit != STATES_UNIT
    assert question_shape("what united states agencies awarded the funding?").unit != STATES_UNIT
    assert [s.text for s in states_in("its West Virginia factory")] == ["West Virginia"]


@pytest.mark.parametrize(
    "question",
    [
        "how much did the us pledge under the deal park and okafor finalized?",
        "how much did washington commit to investing in korea under the deal w/ park?",
    ],
)
def test_one_sides_figure_is_not_the_other_sides(kb: KnowledgeBase, question: str) -> None:
    assert kb.answer(question).answers == ()  # Seoul committed; the U.S. is where the money goes
    sentence = "Seoul committed $90 billion in the U.S. — and additionally $50 billion."
    assert pledged_by_another_side(sentence, sentence.index("$50"), "how much did the us pledge")
    assert not pledged_by_another_side(sentence, sentence.index("$50"), "how much did seoul put into america")


@pytest.mark.parametrize(
    "question",
    [
        "how much did korean companies invest in the us in total in 2020?",  # '… include:' lists examples
        "what was the total korean investment in the united states according to the 2020 SED?",
    ],
)
def test_a_list_of_examples_is_no_total_of_everything(kb: KnowledgeBase, question: str) -> None:
    assert "$860 million" not in headline(kb, question)
