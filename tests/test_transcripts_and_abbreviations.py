"""Read off invented documents: a meeting dated by the transcript it was spoken in (the date line above the venue
line), never an older event its speakers mention; analysts' abbreviations of common words ('est' for estimated); a
town the question places before its state ('its bexley tx fab') owns no figure; money a company 'ended up getting'
or that was 'finalized' for it is an award; the names describing the document a question means ('in the korus
vaccine partnership factsheet') need only stand in that document; 'bldg' is building; the month a question gives
an event ('the oct 2025 trade deal') may stand anywhere in its story; who led a delegation is who held the talks;
'270k' is 270,000 and what was paid is what was spent; a side someone talks 'with the' is the other party's;
'the price tag … alone' asks the amount; an inaugural dialogue is the first; one appointed the new minister
succeeds the one before."""

from __future__ import annotations

import pytest

from knowledge.answer.answers import KnowledgeBase
from tests.test_reading_kinds import document
from tests.test_reading_kinds import headline as _headline

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
    "award.txt": document(
        "Norva Chips award",
        "December 20, 2024",
        "The Department of Commerce awarded Norva Chips up to $2.1 billion in direct funding under the CHIPS"
        " Incentives Program, following the preliminary terms signed in April.",
        "This funding will support Norva's investment of over $30 billion in the coming years to turn Central"
        " Texas into a hub.",
        "The company will build two fabs in Bexley, as well as a research center.",
    ),
    "partnership.txt": document(
        "United States, Republic of Korea Partnership",
        "May 21, 2021",
        "The two countries launch the KORUS Harbor Vaccine Partnership to expand vaccine supply.",
        "The United States and the ROK will also cooperate on space, including:",
        "Support for the ROK's development of its own satellite navigation system, the Korean Harbor Navigation"
        " System, and its interoperability with the Global Positioning System.",
    ),
    "dialogue.txt": document(
        "Korean and U.S. officials hold the 7th Harbor Dialogue",
        "December 11, 2025",
        "Vice Foreign Minister Han Jiwon and U.S. Under Secretary of State Ada Brook held the 7th Harbor Dialogue,"
        " after a trade deal was finalized in late October.",
        "The two sides discussed ports, energy and critical minerals.",
        "Officials also reviewed visas for business travellers.",
        "Under the deal, Seoul committed to investing $300 billion in the U.S. — $120 billion in the U.S."
        " shipbuilding sector and additionally $180 billion.",
    ),
    "lobbying.txt": document(
        "Norva steps up lobbying in Washington",
        "November 30, 2025",
        "Notably, the company spent $270,000 this year on Kestrel Strategies, the lobbying firm founded by Dan Ode.",
    ),
    "travel.txt": document(
        "Statement on the Travel of National Security Advisor Ada Brook to Lumen",
        "December 8, 2023",
        "Ms. Brook will also participate in the inaugural Next Harbor Technology (NHT) Dialogue between the two"
        " countries, a key initiative announced in April.",
    ),
    "finance.txt": document(
        "Finance Minister Choo Jinho thanks his counterpart",
        "December 5, 2023",
        "Finance Minister Choo Jinho, who is set to depart from his role to run in the elections, thanked Ada Brook.",
        "In a related development, Han Sora, the former senior secretary for economic affairs, has been appointed as"
        " the new minister of economy and finance.",
    ),
    "fab.txt": document(
        "Norva opens a packaging fab",
        "March 3, 2024",
        "Norva Chips will invest an estimated $2.2 billion in Lafayette, Ohio to build an advanced packaging fab.",
    ),
}


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


def test_money_a_company_ended_up_getting_in_the_town_it_places_is_the_award(kb: KnowledgeBase) -> None:
    award = "up to $2.1 billion"
    assert _headline(kb, "how much chips act money did norva end up getting for its bexley tx fabs?") == award
    assert _headline(kb, "how much chips act $ did commerce finalize for norva in 2024?") == award


def test_a_document_named_by_what_it_says_elsewhere_and_a_thing_asked_what_it_is_called(kb: KnowledgeBase) -> None:
    question = "whats koreas own sat nav system called per the korus vaccine partnership factsheet?"
    assert _headline(kb, question) == "Korean Harbor Navigation System"


def test_the_month_of_an_event_and_a_clipped_compound(kb: KnowledgeBase) -> None:
    question = "of rok's $300b us investment pledge in the oct 2025 trade deal, how much is earmarked for shipbldg?"
    assert _headline(kb, question) == "$120 billion"


def test_who_led_a_delegation_is_who_held_the_talks(kb: KnowledgeBase) -> None:
    answer = _headline(kb, "who led the us delegation at the 7th harbor dialogue in dec 2025?")
    assert answer is not None and answer.startswith("Ada Brook")


def test_thousands_clipped_to_k_and_paying_as_spending(kb: KnowledgeBase) -> None:
    assert _headline(kb, "how much did norva pay dan odes lobbying shop in 2025?") == "$270,000"
    from knowledge.answer.preferences import query_amounts

    assert query_amounts("who got the 270k") == "who got the 270,000"


def test_the_side_talked_with_is_the_other_party_and_a_price_tag_alone(kb: KnowledgeBase) -> None:
    answer = _headline(kb, "which under secretary held the 7th harbor dialogue w the rok govt?")
    assert answer is not None and answer.startswith("Ada Brook")
    assert _headline(kb, "norva packaging fab in lafayette - whats the price tag on that fab alone?") == (
        "an estimated $2.2 billion"
    )


def test_an_inaugural_dialogue_is_the_first_and_an_appointee_succeeds(kb: KnowledgeBase) -> None:
    question = "whats the full name of the new harbor tech dialogue that had its first session when brook was in lumen?"
    assert _headline(kb, question) == "Next Harbor Technology (NHT) Dialogue"
    answer = _headline(kb, "who took over from choo jinho at the finance ministry")
    assert answer is not None and answer.startswith("Han Sora")
