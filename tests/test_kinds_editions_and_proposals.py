"""What blind rounds 226–228 asked in new words, read off invented documents: 'what visa type' is answered by the
compound the sentence names ('an L-visa'), though the question says 'visa' itself; 'which edition of the summit' by
the ordinal of that summit, never by 'the first two' (a count); 'when was the dialogue held' is not answered by the
year a side proposed to host it. Which side put more into something, 'by how much?' and 'so both govts combined?'
after it, of the document the question describes ('the fact sheet (the one w/ $30bn in company investments)', its
'companies' said as 'company'); 'which agencies on each side' asks a list; 'prescreening' is the documents'
'screening'; 'GOP pushback' in a description is no name to find; 'which univ is the 3rd partner' numbers the
answer; 'an anniversary - which one?' asks its ordinal; 'where at the WH' asks the venue line; 'the prelim PMT' is
the preliminary memorandum of terms."""

from __future__ import annotations

import pytest

from knowledge.answer.anchors import asks_a_venue
from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.kind_spans import ordinals_in
from knowledge.answer.normalize import normalize
from knowledge.answer.question_dates import asks_what_was_done
from knowledge.answer.question_type import ORDINAL_UNIT, question_shape
from tests.test_reading_kinds import document, headline, knowledge_of

VISAS = document(
    "Reporters face stricter US visa screening",
    "December 10, 2025",
    "Higher fees and tougher screening now feature in US visa applications.",
    "This marked the first time Norvik Motors had required reporters to obtain an L-visa for its media tour in"
    " Las Vegas.",
    "Each outlet had to run the application process again.",
)

SUMMIT = document(
    "Joint Statement on the Summit for Openness",
    "March 29, 2023",
    "The first two Summits for Openness brought together hundreds of leaders.",
    "We are looking forward to co-hosting the third Summit for Openness today with our partners.",
)

PROPOSAL = document(
    "Fact Sheet: The 8th Harbor Economic Dialogue",
    "October 16, 2020",
    "The two sides held the 8th Harbor Economic Dialogue by video on October 15, 2020.",
    "The ROK has proposed to host the 9th Harbor Economic Dialogue in Busan in 2021.",
)

PARTNERSHIP = document(
    "Fact Sheet: U.S.-ROK Leaders' Partnership",
    "May 21, 2021",
    "Leading companies of both countries announced investments totaling more than $30 billion.",
    "Strengthen competitiveness in next-generation mobile networks (6G) by encouraging investments in research."
    " The United States has committed $3 billion to this effort, and the ROK has committed $1.2 billion.",
    "Increase connectedness through a first of its kind baggage screening pilot program between the U.S. Department"
    " of Homeland Security and the ROK Ministry of Land, Infrastructure, and Transport.",
)

REMARKS = "\n".join(
    [
        "Remarks by President Okafor and President Park Before Bilateral Meeting",
        "",
        "The White House",
        "April 26, 2023",
        "",
        "Oval Office",
        "",
        "11:16 A.M. EDT",
        "",
        "PRESIDENT PARK: Our peoples will be delighted to hear this a day shy of our 141st anniversary of our"
        " diplomatic relations.",
    ]
)

LOBBYING = document(
    "Why U.S. Republicans weighed in on Lumora's data scandal",
    "December 22, 2025",
    "Lumora's lobbying budget rose from $1.01 million in the year it went public to $3.87 million in 2024.",
    "The data breach exposed the records of millions of customers.",
)

SHIPYARDS = document(
    "Fact Sheet: Maritime Investments",
    "July 12, 2024",
    "The Secretary of the Navy also recently announced a new educational partnership between Norvik Heavy, the"
    " University of Michigan, and Seoul National University.",
)

CHIPS = document(
    "Department awards Norvik Chips up to $4.7 billion",
    "December 20, 2024",
    "The Department of Commerce announced its award of up to $4.7 billion in direct funding to Norvik Chips.",
    "The award follows the previously signed preliminary memorandum of terms, announced on April 15, 2024.",
)

DOCUMENTS = {
    "visas.txt": VISAS,
    "summit.txt": SUMMIT,
    "proposal.txt": PROPOSAL,
    "partnership.txt": PARTNERSHIP,
    "remarks.txt": REMARKS,
    "lobbying.txt": LOBBYING,
    "shipyards.txt": SHIPYARDS,
    "chips.txt": CHIPS,
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(
        tmp_path_factory.mktemp("blind226"),
        DOCUMENTS,
    )


def test_a_kind_asked_by_its_noun_then_type() -> None:
    shape = question_shape("what visa type did norvik make reporters get for its media tour?")
    assert (shape.answer_type, shape.unit) == ("name", "visa")


def test_the_compound_of_the_noun_asked_answers_what_type(kb: KnowledgeBase) -> None:
    assert headline(kb, "what visa type did norvik make reporters get for its media tour?") == "L-visa"


def test_first_two_counts_and_names_no_edition(kb: KnowledgeBase) -> None:
    assert ordinals_in("The first two Summits for Openness") == []
    assert [s.value for s in ordinals_in("co-hosting the third Summit for Openness")] == ["3"]
    answer = headline(kb, "which edition of the summit for openness were they cohosting that day? 1st, 2nd, 3rd?")
    assert answer is None or "3rd" in answer or "third" in answer.lower()


def test_a_proposed_year_is_not_when_it_was_held(kb: KnowledgeBase) -> None:
    assert asks_what_was_done("when exactly was the 9th harbor dialogue held in busan?")
    assert not asks_what_was_done("when is the 9th harbor dialogue slated to be held?")
    assert headline(kb, "when exactly was the 9th harbor economic dialogue held in busan?") is None
    assert "2020" in (headline(kb, "when was the 8th harbor economic dialogue held?") or "")


def test_which_side_put_more_then_by_how_much_then_combined(kb: KnowledgeBase) -> None:
    assert normalize("companies") == normalize("company")
    first = (
        "in the fact sheet (the one w/ $30bn in company investments) - who put more into 6g networks, washington or"
        " seoul?"
    )
    answer = kb.answer(first)
    assert answer.answers and answer.answers[0].text.startswith("The United States committed more")
    difference = kb.answer("by how much?", context_subject=answer.subject)
    assert difference.answers and "$1.8 billion more" in difference.answers[0].text
    asked = kb.answer(
        "in the fact sheet (the one w/ $30bn in company investments), how much did washington put up for 6g networks?"
    )
    seoul = kb.answer("and seouls share?", context_subject=asked.subject)
    assert seoul.answers and seoul.answers[0].text == "$1.2 billion"
    both = kb.answer("so both govts combined?", context_subject=seoul.subject)
    assert both.answers and both.answers[0].text.startswith("Together $4.2 billion")


def test_agencies_on_each_side_are_a_list_and_prescreening_is_screening(kb: KnowledgeBase) -> None:
    assert question_shape("which agencies on each side run the screening pilot?").answer_type == "list"
    assert question_shape("which members of congress did he meet?").answer_type != "list"
    both = headline(kb, "which agencies on each side run the baggage screening pilot?") or ""
    assert "Department of Homeland Security" in both and "Ministry of Land" in both
    ministry = headline(kb, "which rok ministry is DHS partnering w/ on the checked-bag prescreening pilot?")
    assert ministry == "ROK Ministry of Land, Infrastructure, and Transport"


def test_a_description_in_words_no_document_uses(kb: KnowledgeBase) -> None:
    question = "explainer on lumora breach + GOP pushback (dec 2025): what did lumora spend on lobbying in 2024?"
    assert headline(kb, question) == "$3.87 million"


def test_the_third_partner_is_the_answer(kb: KnowledgeBase) -> None:
    question = "norvik heavy exchange w/ SNU that the navy secretary announced, which US univ is the 3rd partner?"
    assert headline(kb, question) == "University of Michigan"


def test_which_one_after_an_anniversary_asks_its_ordinal(kb: KnowledgeBase) -> None:
    question = "before the bilat, park mentioned an upcoming anniversary of diplomatic ties - which one (number)?"
    assert question_shape(question).unit == ORDINAL_UNIT
    assert "141st" in (headline(kb, question) or "")


def test_where_at_the_white_house_is_the_venue_line(kb: KnowledgeBase) -> None:
    question = "where at the WH were okafor and park for their pre-mtg remarks on apr 26 2023?"
    assert asks_a_venue(question) and not asks_a_venue("where were okafor and park for their remarks?")
    assert headline(kb, question) == "Oval Office"


def test_a_clipped_acronym_in_a_follow_up(kb: KnowledgeBase) -> None:
    award = kb.answer("final direct funding award to norvik chips in 2024 - how much was it?")
    prelim = kb.answer("when was the prelim PMT for that announced?", context_subject=award.subject)
    assert prelim.answers and "April 15, 2024" in prelim.answers[0].text
