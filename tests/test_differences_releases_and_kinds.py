"""What blind rounds 238–240 asked in new words, read off invented documents: 'how much more did A spend than B'
is the difference of two figures read for each; a dated bracket closing a document's description ('(mar 2023)')
filters no date; 'how big a stake' asks an amount; 'which conf' asks a conference's name; 'what kinds of
capabilities' asks the items listed; 'The decision to …' goes on about the sentence before it, while 'The Ministry
of …' is a name; when a document came out is its own date line, not the day a sentence of it says someone
released another document of that kind."""

from __future__ import annotations

import pytest

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.described import asks_a_release, tells_a_release, without_brackets_describing
from knowledge.answer.question_type import question_shape
from knowledge.answer.referring import refers_back
from tests.test_captions_totals_and_offices import OPENNESS, STEEL
from tests.test_reading_kinds import document, headline, knowledge_of

LOBBYING = document(
    "Korean e-commerce firm Parcelo courts Washington",
    "December 15, 2025",
    "Parcelo spent $3.87 million on lobbying in 2024.",
    "Comparatively, top-cap firms like Amazon spent $19.14 million on lobbying in 2024.",
    "Parcelo withdrew from the Federation of Retail Unions in 2023.",
    "The decision to split was passed by a vote, with 93 percent of Parcelo's labor union members supporting it.",
)

PARTNERSHIP = document(
    "Fact Sheet: Harbor Partnership",
    "May 21, 2021",
    "The Republic of Korea would like to highlight hosting the 9th International Coral Reef Conference in"
    " cooperation with the Ocean Research Office.",
    "President Okafor affirms the extended deterrence commitment using the full range of defense capabilities,"
    " including nuclear, conventional, and missile defense capabilities.",
)

HARBORS = document(
    "FACT SHEET: White House Announces New Private Sector Investments in American Harbor Industries",
    "July 29, 2024",
    "Private sector partners are stepping up with new investments in the U.S. harbor sector.",
    "On July 22, the Secretary of the Navy announced the Lakes Harbor Manufacturing Initiative.",
    "On July 25 the Harbor Administration released a fact sheet that outlines its grant and financing programs.",
)

DIALOGUE = document(
    "9th ROK-U.S. Trade Dialogue Held",
    "November 6, 2019",
    "1093",
    "The Ministry of Foreign Affairs hosted the 9th ROK-U.S. Trade Dialogue in Seoul on Wednesday, November 6.",
    "The Dialogue brought together participants from the Department of State and the Ministry of Economy and Finance.",
)

DOCUMENTS = {
    "lobbying.txt": LOBBYING,
    "openness.txt": OPENNESS,
    "partnership.txt": PARTNERSHIP,
    "steel.txt": STEEL,
    "harbors.txt": HARBORS,
    "dialogue.txt": DIALOGUE,
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("blind238"), DOCUMENTS)


def test_how_much_more_one_spent_than_another_is_the_difference(kb: KnowledgeBase) -> None:
    answer = kb.answer("how much more did amazon spend on lobbying than parcelo that yr (2024)?")
    assert [a.text for a in answer.answers] == [
        "Amazon ($19.14 million), $15.27 million more than Parcelo",
        "Parcelo — $3.87 million",
    ]


def test_how_much_less_is_said_as_less_and_a_comparison_needs_two_names(kb: KnowledgeBase) -> None:
    answer = headline(kb, "how much less did parcelo spend on lobbying than amazon in 2024?")
    assert answer == "Parcelo ($3.87 million), $15.27 million less than Amazon"
    assert "more than" not in (headline(kb, "how much more did parcelo spend on lobbying than initially planned") or "")


def test_a_dated_bracket_closing_the_description_filters_no_date(kb: KnowledgeBase) -> None:
    question = "per the okafor/park joint stmt on the openness summit (mar 2023), what yr did the process kick off"
    assert "mar 2023" not in without_brackets_describing(question)
    assert headline(kb, question) == "2021"


def test_how_big_a_stake_asks_an_amount(kb: KnowledgeBase) -> None:
    assert question_shape("how big a stake did castor take in norvik's louisiana steel plant?").answer_type == "amount"
    assert headline(kb, "how big a stake did castor take in norvik motor groups louisiana steel plant? $ or %") is None


def test_which_conf_asks_the_conference_named(kb: KnowledgeBase) -> None:
    question = "the harbor partnership fact sheet w/ the ocean office says korea is hosting some conf - which conf?"
    assert headline(kb, question) == "9th International Coral Reef Conference"


def test_what_kinds_of_capabilities_asks_the_items_listed(kb: KnowledgeBase) -> None:
    answer = headline(kb, "okafor extended deterrence commitment - what kinds of capabilities is it using?") or ""
    assert answer.startswith("nuclear, conventional, missile defense")  # the items, not a pledge quoting them


def test_the_decision_goes_on_about_the_sentence_before_it_and_a_ministry_is_a_name(kb: KnowledgeBase) -> None:
    assert refers_back().match("The decision to split was passed by a vote")
    assert not refers_back().match("The Ministry of Foreign Affairs hosted the dialogue")
    assert headline(kb, "what % of parcelos union voted to leave the retail unions federation in 2023") == "93 percent"
    assert headline(kb, "which ministry from korea hosted the 9th trade dialogue") == "Ministry of Foreign Affairs"


def test_when_a_document_came_out_is_its_own_date_line(kb: KnowledgeBase) -> None:
    sentence = "On July 25 the Harbor Administration released a fact sheet that outlines its grant programs."
    assert asks_a_release("when was the white house harbor fact sheet released")
    assert tells_a_release(sentence, "when was the white house harbor fact sheet released")
    assert headline(kb, "when was the white house harbor investments fact sheet released") == "July 29, 2024"
    assert headline(kb, "when did the wh put out the harbor investment fact sheet") == "July 29, 2024"
    assert "July 25" in (headline(kb, "when was the fact sheet on harbor grant and financing programs released") or "")
    # (the document as the source of another act's date: 'per the fact sheet, when did the secretary announce …')
    assert "July 22" in (headline(kb, "per the wh fact sheet, when did the navy secy announce the initiative") or "")


FOUNDING = document(
    "Harbor Transformers breaks ground on second plant",
    "March 8, 2026",
    "Harbor Transformers said it held a groundbreaking ceremony on Mar. 6 for a second plant at Harbor Transformers"
    " USA in Montgomery, Alabama.",
    "Notably, the firm spent $270,000 this year on Lantern Strategies, the lobbying firm founded by Jeff Lantern.",
)

TRADE_MISSION = document(
    "Deputy Secretary Vance leads trade mission to Seoul",
    "September 22, 2023",
    "Deputy Secretary Vance traveled to Seoul after President Okafor, President Park and Prime Minister Ito met at"
    " Camp Sparrow.",
    "Vance met with representatives of the private sector in Seoul.",
)

SUMMIT = document(
    "Joint Statement by President Okafor and President Park on the Third Summit for Openness",
    "March 29, 2023",
    "And today, we are announcing that the Republic of Korea will host a future, third Summit for Openness.",
)

PILOT = document(
    "Fact Sheet: Harbor Partnership Deliverables",
    "May 21, 2021",
    "Increase ties through a first of its kind baggage screening pilot program between the U.S. Department of"
    " Homeland Security and the ROK Ministry of Land, Infrastructure, and Transport.",
)


@pytest.fixture(scope="module")
def later(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    documents = {"founding.txt": FOUNDING, "mission.txt": TRADE_MISSION, "summit.txt": SUMMIT, "pilot.txt": PILOT}
    return knowledge_of(tmp_path_factory.mktemp("blind241"), documents)


def test_when_something_was_founded_is_no_other_acts_date(later: KnowledgeBase) -> None:
    assert headline(later, "what yr was harbor transformers usa in alabama founded?") is None  # not the groundbreaking
    assert headline(later, "when was lantern strategies founded") is None  # 'this year' dates the spending


def test_an_office_the_question_opens_on_is_the_answers(later: KnowledgeBase) -> None:
    assert headline(later, "which korean minister was vance's main counterpart in seoul on the trade mission?") is None


def test_a_date_before_announcing_that_is_the_announcements(later: KnowledgeBase) -> None:
    assert headline(later, "any date set yet for the 3rd summit for openness seoul is hosting? when is it") is None
    question = "date of the okafor-park joint stmt saying rok would host the 3rd summit for openness?"
    assert (headline(later, question) or "").startswith("March 29, 2023")


def test_which_agency_on_each_side_runs_it(later: KnowledgeBase) -> None:
    question = "checked-bag prescreening pilot from the 2021 harbor fact sheet - which agency on each side runs it?"
    assert question_shape(question).answer_type == "list"
    answer = headline(later, question) or ""
    assert "Department of Homeland Security" in answer and "Ministry of Land, Infrastructure, and Transport" in answer


MISSION = document(
    "Deputy Secretary Vance leads cyber trade mission to Korea",
    "September 27, 2023",
    "From September 20 to 26, Deputy Secretary of Commerce Rowan Vance led a delegation of 15 American companies on a"
    " Cyber Trade Mission to Korea.",
    "This mission followed President Okafor's summit with President Park of Korea.",
    "During his visit to Seoul, Deputy Secretary Vance engaged in meetings with various Korean government officials.",
)

GROUNDBREAKING = document(
    "Harbor Transformers breaks ground in Montgomery",
    "March 8, 2026",
    "The company said it held a groundbreaking ceremony on Mar. 6 for a second plant in Montgomery, Alabama.",
    "The ceremony was attended by Lee Joon-ho, Consul General of the Republic of Korea, and Mayor Ellen Reed.",
)

SIGNING = document(
    "Lumen signs Indiana investment agreement at Purdue",
    "April 3, 2024",
    "Lumen will invest an estimated $3.87 billion in West Lafayette, Indiana.",
    "Attending the ceremony at Purdue were Governor Eric Holcomb and Ambassador of the Republic of Korea to the"
    " United States Hyundong Cho.",
)


@pytest.fixture(scope="module")
def last(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    documents = {"mission.txt": MISSION, "groundbreaking.txt": GROUNDBREAKING, "signing.txt": SIGNING}
    return knowledge_of(tmp_path_factory.mktemp("blind247"), documents)


def test_whom_a_named_person_met_is_told_by_a_sentence_naming_him(last: KnowledgeBase) -> None:
    assert headline(last, "which korean officials did rowan vance meet in seoul on the cyber trade mission?") is None


def test_where_an_office_posts_its_holder_is_no_place_of_the_event(last: KnowledgeBase) -> None:
    first = last.answer("who was the korean consul general at the harbor transformers groundbreaking?")
    assert first.answers and "Lee Joon-ho" in first.answers[0].text
    assert headline(last, "which consulate is he posted at?", first.subject) is None  # not Montgomery


def test_an_office_in_shorthand_asks_a_person(last: KnowledgeBase) -> None:
    answer = headline(last, "which rok amb to washington was at the lumen purdue investment ceremony?") or ""
    assert answer.startswith("Hyundong Cho")
