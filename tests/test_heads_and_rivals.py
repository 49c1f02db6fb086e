"""Read off invented documents: 'who heads X' is answered only by someone whose office is of X; of 'a vs b <what
both are asked about>' the words after b's name are asked of both; a story issued on the 1st may report the month
before; two clipped words run together ('depsec') are mended as a pair; 'asap' is filler; an industry body is an
association; 'the corrected nr of users' counts users; the minister's own title and ministry are not the answer's
('motie min ahn … which gov did he meet'); 'an investment in <town>' places it, and 'Central Texas' is no town;
'what space pledge did the vp welcome' is answered by what the sentence says was undertaken."""

from __future__ import annotations

import pytest

from knowledge.answer.acts import alike_words
from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.passages import stem
from knowledge.answer.question_type import question_shape
from tests.test_reading_kinds import document, headline

DOCUMENTS = {
    "trilateral.txt": document(
        "Remarks by Prime Minister Hale at the trilateral leaders' meeting",
        "November 15, 2024",
        "Especially noteworthy is the trilateral security cooperation, which has been elevated to new heights — as"
        " symbolized by the joint exercise, Harbor Shield, executed most recently.",
    ),
    "steel.txt": document(
        "Norvik unveils Louisiana steel mill",
        "March 25, 2025",
        "The state visit comes two months after Okafor made his first trip to Korea in 11 years.",
    ),
    "ceremony.txt": document(
        "Norva Electric breaks ground on a second Ohio plant",
        "May 4, 2026",
        "Norva Electric held a groundbreaking ceremony for a second plant at its subsidiary Norva Power Systems USA"
        " in Dayton, Ohio.",
        "The ceremony was attended by Park Min-jae, CEO of Norva Electric; Ruth Alder, Secretary of the Ohio"
        " Department of Development; and representatives from customers.",
        "(From left: Cornelius Hale, President of the Dayton City Council, and Park Min-jae at the ceremony.)",
    ),
    "lobbying.txt": document(
        "Seoul-born retailer steps up its Washington lobbying",
        "June 9, 2025",
        "Daebak Mart's lobbying budget grew, with the $0.9 million spent on lobbying in the year it listed rising to"
        " $4.2 million in 2024.",
        "That sum is higher than Swiftcart's $1.5 million and Lyftly's $2.8 million spent last year.",
    ),
    "breakfast.txt": document(
        "Foreign Minister Han has working breakfast with Deputy Secretary of State Ross",
        "March 1, 2024",
        "Foreign Minister Han Ji-soo had a working breakfast with Deputy Secretary of State Elena Ross in Washington"
        " on February 29, local time.",
        "The two sides discussed the alliance and cooperation on supply chains.",
        "They also reviewed preparations for the leaders' meeting later this year.",
        "Both stressed close coordination on regional security.",
        "Minister Han welcomed Deputy Secretary Ross, who had served as Coordinator for Pacific Island Affairs on the"
        " National Security Council.",
        "Minister Han and Deputy Secretary Ross agreed to restart the Maritime Security Dialogue at an early date.",
    ),
    "mission.txt": document(
        "Deputy Secretary Vance leads a trade mission to Seoul",
        "September 20, 2023",
        "In Seoul, Deputy Secretary Vance held a roundtable with the Korea Battery Industry Association and the"
        " American Chamber of Commerce in Korea.",
    ),
    "leak.txt": document(
        "Retailer's data leak grows",
        "December 3, 2025",
        "The breach at Daebak Mart was first said to affect some 3,000 users, only to be corrected to 21.4 million"
        " users days later.",
    ),
    "visit.txt": document(
        "Trade Minister Seo visits the United States",
        "January 5, 2025",
        "Minister for Trade, Industry and Energy Seo Jun-ho of the Republic of Korea is visiting the United States.",
        "In Georgia, Minister Seo plans to meet Georgia Governor Dale Whitcomb to ask for support for Korean"
        " companies.",
        "Governor Whitcomb welcomed Korea's plan to announce its commitment not to cut orders from Georgia suppliers.",
    ),
    "fabs.txt": document(
        "Commerce awards Norva Chips for its Texas fabs",
        "April 15, 2024",
        "The funding supports Norva Chips' investment of over $30 billion in Central Texas.",
        "Norva Chips will build two leading-edge logic fabs in Taylor, Texas.",
        "The state fact sheet lists Pinecone Foam's $95 million investment in Fairburn, Georgia.",
    ),
}


def test_who_heads_a_body_is_someone_of_that_body(kb: KnowledgeBase) -> None:
    assert headline(kb, "who heads norva power systems usa (the dayton subsidiary itself, not the parent)?") is None


def test_what_follows_the_second_rival_is_asked_of_both(kb: KnowledgeBase) -> None:
    answer = headline(kb, "daebak mart vs lyftly us lobbying spend in 2024 - who spent more?")
    assert answer is not None and answer.startswith("Daebak Mart") and "4.2 million" in answer


@pytest.mark.parametrize(
    "question",
    [
        "daebak mart vs lyftly lobbying spend 2024 - who spent more and whats daebak marts number",
        "who outspent who on US lobbying in 2024 - daebak mart or lyftly?",
        "who spent more on us lobying in 2024, daebak mart or lyftly?",  # a letter left out
    ],
)
def test_rivals_compared_in_other_words(kb: KnowledgeBase, question: str) -> None:
    answer = headline(kb, question)
    assert answer is not None and answer.startswith("Daebak Mart") and "4.2 million" in answer


def test_a_count_of_execs_is_a_count_of_executives(kb: KnowledgeBase) -> None:
    question = "how many business execs went w/ okafor to korea?"
    assert question_shape(question).unit == "executives"
    assert headline(kb, question) is None  # not '11' of 'in 11 years'


def test_a_subsidiary_asked_by_what_it_is_called_is_the_group_s(kb: KnowledgeBase) -> None:
    question = "whats norva electrics dayton subsidiary actually called"
    assert question_shape(question).answer_type == "organization"
    assert headline(kb, question) == "Norva Power Systems USA"  # not the Dayton City Council of a caption
    assert headline(kb, "norva electric dayton plant - whats the name of the subsidiary") == "Norva Power Systems USA"
    # ('its': no group to carry, so no name; not the council)
    assert headline(kb, "norva electric broke ground in may 2026 - whats the name of its US production sub") is None
    assert headline(kb, "whats norva electrics subsidiary called") != "Norva Electric"  # (the group is no part)


def test_no_rival_wins_on_a_figure_of_another_year(kb: KnowledgeBase) -> None:
    # ('$0.9 million spent on lobbying in the year it listed': of no year to set against 2024's)
    assert not (headline(kb, "who spent less on lobbying, daebak mart or swiftcart") or "").startswith("Daebak Mart")
    # (a figure asked after 'and' for another year is another question, not the comparison's)
    question = "daebak mart vs lyftly lobbying - who spent more and how much did lyftly spend in 2023"
    assert not (headline(kb, question) or "").startswith("Lyftly")


def test_an_example_given_as_a_symbol_is_one_pointed_to(kb: KnowledgeBase) -> None:
    # ('… elevated to new heights — as symbolized by the joint exercise, X': the speaker points to X)
    assert stem("symbolized") in alike_words([stem("pointed")])[stem("pointed")]
    assert headline(kb, "which trilat military exercise did hale point to in his remarks") == "Harbor Shield"


def test_a_story_issued_on_the_first_may_report_the_month_before(kb: KnowledgeBase) -> None:
    question = "fm han brkfst w ross feb 2024 - what nsc post did ross hold before dep sec of state"
    # (the post with the body it is on, as the sentence gives it)
    assert (headline(kb, question) or "").startswith("Coordinator for Pacific Island Affairs")


def test_two_clipped_words_run_together_and_chat_filler(kb: KnowledgeBase) -> None:
    assert (headline(kb, "who did fm han have breakfast with - the depsec?") or "").startswith("Elena Ross")
    question = "han-ross breakfast: which maritime body did they agree to restart asap"
    assert headline(kb, question) == "Maritime Security Dialogue"


def test_an_industry_body_is_an_association(kb: KnowledgeBase) -> None:
    question = "on vance's sept 2023 mission, which korean battery industry body did he sit down with in seoul"
    assert headline(kb, question) == "Korea Battery Industry Association"


def test_the_number_of_something_is_a_count(kb: KnowledgeBase) -> None:
    assert question_shape("daebak mart data leak - whats the corrected nr of users hit?").answer_type == "number"
    assert headline(kb, "daebak mart data leak - whats the corrected nr of users hit?") == "21.4 million users"


def test_the_named_ministers_own_title_and_ministry_are_not_the_answers(kb: KnowledgeBase) -> None:
    question = "motie min seo jun-ho us trip jan 2025 - which gov did he meet in georgia?"
    assert (headline(kb, question) or "").startswith("Dale Whitcomb")


def test_an_investment_in_a_town_places_it_and_a_part_of_a_state_is_no_town(kb: KnowledgeBase) -> None:
    assert headline(kb, "pinecone foam georgia investmt in the state fact sheet - which town was it in?") == (
        "Fairburn, Georgia"
    )
    assert (headline(kb, "which tx city gets norva chips' new logic fabs?") or "").startswith("Taylor")


def test_a_pledge_asked_is_what_the_sentence_says_was_undertaken(kb: KnowledgeBase) -> None:
    question = "seo's jan 2025 georgia trip - what supplier pledge did the governor welcome from korea?"
    assert headline(kb, question) == "commitment not to cut orders from Georgia suppliers"
