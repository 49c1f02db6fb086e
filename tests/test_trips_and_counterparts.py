"""Read off invented documents: a trade mission is a trip ('which dep sec went to seoul'); counterparts the asked
person went to talk with are the other party, not the one asked ('… to talk cyber w korean counterparts'); 'cos'
counts companies; 'which members of congress did trade min X meet' is not answered by the minister himself; a
mended typo still makes the name it belongs to ('senior economic dialouge'); 'what was its lobbying spend' asks an
amount, and 'what yr' a year."""

from __future__ import annotations

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.question_type import question_shape
from tests.test_reading_kinds import document, headline

DOCUMENTS = {
    "mission.txt": document(
        "Deputy Secretary Marlow Leads Harbor Technology Trade Mission to Korea",
        "October 2, 2023",
        "From September 18 to 22, U.S. Deputy Secretary of Commerce Evan Marlow led a delegation of 12 American"
        " companies on a Harbor Technology Trade Mission to the Republic of Korea.",
        "This mission followed President Biden's meeting with President Baek Min-ho of Korea.",
        "During his visit to Seoul, Deputy Secretary Marlow engaged in meetings with Korean government counterparts.",
    ),
    "trip.txt": document(
        "Minister Ryu visits Georgia and Washington",
        "January 6, 2025",
        "Minister for Trade, Industry and Energy Ryu Sang-jin of the Republic of Korea is visiting the U.S. through"
        " January 6-10.",
        "Following the meeting, the minister will be heading to Halden's Georgia plant for a conference with Korean"
        " businesses.",
        "Through January 8-10, the minister will meet lawmakers in Washington D.C. to discuss tariffs.",
    ),
    "dialogue.txt": document(
        "U.S. and ROK Advance Harbor Cooperation at the 3rd Senior Economic Dialogue",
        "October 16, 2020",
        "The U.S. Department of State hosted the third United States-Republic of Korea Senior Economic Dialogue (SED)"
        " in a virtual format on October 13.",
        "During the SED, both sides welcomed investments by Korean firms, including Pinecrest Tools' $31 million"
        " investment in Duluth, Minnesota.",
        "Both sides look forward to continuing the dialogue in Seoul next year.",
    ),
    "lobbying.txt": document(
        "Korean retailer's Washington lobbying grows",
        "May 2, 2025",
        "Marketa's lobbying budget increased year after year, reaching $2.91 million in 2024.",
        "Comparatively, large firms like Northwind spent $15.2 million on lobbying in 2024.",
    ),
}


def test_a_trade_mission_is_a_trip_and_the_counterparts_are_the_other_party(kb: KnowledgeBase) -> None:
    question = "which commerce dep sec went to seoul sept 2023 to talk harbor tech w korean counterparts?"
    assert (headline(kb, question) or "").startswith("Evan Marlow")


def test_cos_counts_companies(kb: KnowledgeBase) -> None:
    assert headline(kb, "how many us cos did marlow bring along on the harbor tech mission?") == "12 American companies"


def test_whom_a_minister_met_is_not_the_minister(kb: KnowledgeBase) -> None:
    answer = kb.answer("which members of congress did trade min ryu meet in dc during his jan 2025 trip?")
    assert not any("Ryu" in a.text for a in answer.answers)


def test_a_mended_typo_still_makes_the_name_it_belongs_to(kb: KnowledgeBase) -> None:
    question = "where's the pinecrest tools $31m investment mentioned at the 2020 senior economic dialouge?"
    assert headline(kb, question) == "Duluth, Minnesota"


def test_a_lobbying_spend_is_an_amount(kb: KnowledgeBase) -> None:
    assert headline(kb, "marketa - what was its us lobbying spend for 2024?") == "$2.91 million"


def test_what_yr_asks_a_year_not_the_awards_amount(kb: KnowledgeBase) -> None:
    question = "what yr is marketa's new fab supposed to start volume production under the 2024 chips award"
    assert question_shape(question).answer_type == "date"
