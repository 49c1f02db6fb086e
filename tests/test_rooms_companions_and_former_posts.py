"""What blind rounds 211–213 asked in new words, read off invented documents: a pledge asked by the document it is
in ('in the may 2021 fact sheet (ortiz/lin summit) whats the US pledge for …', 'the fact sheet that set up …'),
and 'how much did the rok side commit to that?' after a comparison; everyone who toured a site 'alongside' or
'accompanied' someone with a title; the issuer line of a transcript ('The White House') and its venue line asked
as a room ('Oval Office'); 'which two universities' (the count is the answer's, no name to say); a post held in
someone's first term; two figures compared only when they are of one year; two owners named first, then the
sum asked of them."""

from __future__ import annotations

import pytest

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.question_type import question_shape
from tests.test_reading_kinds import document, knowledge_of
from tests.test_reading_kinds import headline as _headline

PARTNERSHIP = (
    "Republic of Korea and United States Partnership\n\n"
    "The two presidents established the Harbor Vaccine Partnership to expand global vaccine production.\n"
    "Strengthen research on quantum networks and secure communications. The United States has committed"
    " $3 billion to this effort, and the ROK has committed $1.5 billion.\n"
)

REMARKS = "\n".join(
    [
        "Remarks by President Ortiz and President Lin Before Bilateral Meeting",
        "",
        "The White House",
        "May 21, 2021",
        "",
        "Oval Office",
        "",
        "PRESIDENT ORTIZ:  I am honored to have President Lin here today.",
        "PRESIDENT LIN:  Our peoples will be delighted to hear this a day shy of our 72nd anniversary of our"
        " diplomatic relations.",
    ]
)

DOCUMENTS = {
    "partnership.txt": PARTNERSHIP,
    "remarks.txt": REMARKS,
    "tour.txt": document(
        "President Lin visits battery plant in Georgia",
        "May 23, 2021",
        "President Lin toured the Kestrel Battery plant in Commerce, Georgia, on Saturday.",
        "He was accompanied by Industry Minister Park Sung-ho, Kestrel Group Chairman Han Tae-won and Georgia Gov."
        " Dana Whitfield during the tour of the facility.",
    ),
    "shipbuilding.txt": document(
        "Fact Sheet: Maritime investments",
        "July 10, 2024",
        "The Secretary of the Navy also recently announced a new educational partnership between Norva Heavy, the"
        " University of Avalon, and Harbor National University, which will establish a shipbuilding design and"
        " engineering exchange program.",
    ),
    "lobbying.txt": document(
        "Brightloaf faces scrutiny in Washington",
        "December 24, 2025",
        "Brightloaf's lobbying budget increased year after year, with the $1.01 million spent on lobbying in the"
        " year it went public rising to $3.87 million in 2024.",
        "Comparatively, while Amazon spent $19.14 million on lobbying in 2024, the money Brightloaf spent is higher"
        " than Dashly's $1.64 million and Crumbhouse's $2.62 million spent last year.",
        "Dana O'Brien, a Republican foreign policy adviser who previously served as national security advisor"
        " during President Ortiz's first term, criticised the assembly.",
    ),
    "bakeries.txt": document(
        "Korean bakeries grow in the U.S.",
        "May 5, 2025",
        "Of Brightloaf’s approximately 500 overseas outlets, about 210 are in North America.",
        "Of Crumbhouse’s approximately 300 overseas outlets, about 140 are in North America.",
    ),
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("blind211"), DOCUMENTS)


def test_a_pledge_asked_by_the_document_it_is_in(kb: KnowledgeBase) -> None:
    question = (
        "in the may 2021 us-rok partnership fact sheet (ortiz/lin summit) whats the US pledge for quantum networks?"
    )
    assert (_headline(kb, question) or "").startswith("U.S. pledged $3 billion")


def test_a_document_described_by_what_it_set_up_and_a_follow_up_on_the_comparison(kb: KnowledgeBase) -> None:
    question = (
        "in the partnership fact sheet that set up the harbor vaccine partnership, on quantum networks which govt"
        " put up more money, washington or seoul?"
    )
    answer = kb.answer(question)
    assert (
        answer.answers[0].text
        == "The United States committed more: $3 billion, against $1.5 billion from the Republic of Korea"
    )
    assert _headline(kb, "how much did the rok side commit to that?", answer.subject) == "$1.5 billion"


@pytest.mark.parametrize(
    "question",
    [
        "who toured the kestrel battery site in GA alongside lin in 2021?",
        "who accompanied pres lin on the kestrel battery plant tour",
    ],
)
def test_everyone_who_went_with_someone(kb: KnowledgeBase, question: str) -> None:
    assert _headline(kb, question) == (
        "Park Sung-ho — Industry Minister (ROK); Han Tae-won — Chairman (ROK); Dana Whitfield — Governor (US)"
    )


def test_the_issuer_line_places_a_transcript(kb: KnowledgeBase) -> None:
    question = "lin at the white house may 2021 - the next day was which anniversary of diplomatic ties?"
    assert _headline(kb, question) == "72nd anniversary"


def test_a_room_asked_is_the_venue_line(kb: KnowledgeBase) -> None:
    assert (
        _headline(kb, "ortiz + lin remarks before their may 21 2021 bilat - what room were they in?") == "Oval Office"
    )


def test_the_count_of_a_list_asked_is_no_name_to_say(kb: KnowledgeBase) -> None:
    question = "which two universities are in the norva heavy shipbuilding design exchange the navy secy announced?"
    assert _headline(kb, question) == "University of Avalon, Harbor National University"


def test_a_post_held_in_someones_first_term(kb: KnowledgeBase) -> None:
    """(not 'Republican foreign policy adviser', the post she holds now)"""
    assert _headline(kb, "what post did dana obrien have in ortizs 1st term?") == "national security advisor"


def test_two_figures_are_compared_for_one_year(kb: KnowledgeBase) -> None:
    """(Crumbhouse's $2.62 million is of 2024: Brightloaf's figure of that year, not of the year it went public)"""
    answer = kb.answer("which spent more on lobbying, brightloaf or crumbhouse?")
    assert [a.text for a in answer.answers] == ["Brightloaf ($3.87 million)", "Crumbhouse — $2.62 million"]


def test_two_owners_named_first_then_their_sum(kb: KnowledgeBase) -> None:
    question = "brightloaf + crumbhouse - how many north america stores do they have combined?"
    assert _headline(kb, question) == "350 outlets (210 outlets + 140 outlets)"


def test_a_drill_someone_pointed_to_asks_its_name() -> None:
    assert question_shape("what was the 3-way military drill ishiba pointed to").answer_type == "name"
    assert question_shape("what was the drill about").answer_type == "definition"


def test_an_extracted_figure_of_another_owner_is_no_answer(kb: KnowledgeBase) -> None:
    """(the sentence's statistic is Amazon's $19.14 million though its text names Crumbhouse's figure too)"""
    assert _headline(kb, "how much did crumbhouse spend on lobbying") in (None, "$2.62 million")


def test_a_figure_the_question_gives_is_not_what_it_asks(kb: KnowledgeBase) -> None:
    question = "partnership fact sheet - us put 3bn toward quantum networks, what did rok commit?"
    assert not (_headline(kb, question) or "").startswith("U.S. pledged $3 billion")


SEVEN_G = document(
    "Partnership on technology",
    "May 21, 2021",
    "Strengthen competitiveness in advanced information communications technologies, including 7G networks. The"
    " United States has committed $4 billion to this effort, and the ROK has committed $2 billion.",
)


@pytest.fixture(scope="module")
def seven_g(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("sevenG"), {"seven_g.txt": SEVEN_G})


def test_a_short_word_the_sentence_spells_by_its_initials(seven_g: KnowledgeBase) -> None:
    """('advanced ict': 'advanced information communications technologies' in the sentence before)"""
    assert (_headline(seven_g, "how much did the us put up for 7g / advanced ict?") or "").endswith("$4 billion")


def test_the_figure_of_one_side_after_a_comparison(seven_g: KnowledgeBase) -> None:
    subject = seven_g.answer("on 7g networks who put more, us or rok?").subject
    assert (_headline(seven_g, "whats the rok figure?", subject) or "").endswith("$2 billion")


def test_the_total_for_the_same_thing_after_one_sides_pledge(seven_g: KnowledgeBase) -> None:
    subject = seven_g.answer("how much did the us commit to 7g networks?").subject
    question = "and adding in seouls pledge for the same thing, whats the combined total?"
    assert _headline(seven_g, question, subject) == (
        "Together $6 billion: the United States $4 billion and the Republic of Korea $2 billion"
    )


ROUNDUP_AND_STORIES = {
    "roundup.txt": document(
        "Fact Sheet: new investments",
        "April 1, 2025",
        "Fiskar Payments, a fintech provider, announced a $175 million investment to open a hub in Kansas, which is"
        " expected to create 2,000 new jobs.",
        "Korvan Motor Group, a South Korean automaker, secured an equity investment from Posan Steel for its planned"
        " steel plant in Louisiana.",
    ),
    "steel.txt": document(
        "Korvan to build a steel plant",
        "March 25, 2025",
        "The Louisiana facility will be Korvan's first U.S. steel plant, expected to generate over 1,300 jobs.",
    ),
    "dialogue.txt": document(
        "The 7th Economic Dialogue",
        "October 16, 2020",
        "During the dialogue, both sides acknowledged that increasing investment by Korean companies in the United"
        " States has contributed to a strong economic relationship.",
        "Major recent investments by Korean firms include:",
        "Orland Tractor’s $26 million investment in Litchfield, Minnesota",
        "Zorvin Foam’s $108 million investment in McDonough, Georgia",
    ),
}


@pytest.fixture(scope="module")
def roundup(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("roundup"), ROUNDUP_AND_STORIES)


def test_a_count_of_a_sentence_placed_in_another_state_is_no_answer(roundup: KnowledgeBase) -> None:
    """(Fiskar's 2,000 jobs in Kansas stand beside Korvan's Louisiana plant in the roundup; the story gives 1,300)"""
    subject = roundup.answer("korvan louisiana steel mill - which states are the car plants it will feed?").subject
    assert _headline(roundup, "how many jobs is that louisiana steel plant supposed to create?", subject) == (
        "1,300 jobs"
    )


def test_where_the_money_asked_goes_picks_the_part() -> None:
    from knowledge.answer.part_asked import part_asked

    assert part_asked("how much is seoul putting into us shipbuilding under the trade deal?") == {"shipbuilding"}
    assert part_asked("how much did it put into the sub in total, setup plus the 2018 expansion?") == set()


def test_a_fact_from_another_document_than_the_one_described_is_no_answer(kb: KnowledgeBase) -> None:
    """(the partnership fact sheet's ROK pledge is not in a joint statement on a harbor summit)"""
    assert _headline(kb, "in the joint statement on the harbor summit, how much did the rok commit to quantum?") is None


def test_a_list_of_another_count_than_asked_is_no_answer(kb: KnowledgeBase) -> None:
    question = "which three universities are in the norva heavy shipbuilding design exchange the navy secy announced?"
    assert _headline(kb, question) is None


def test_a_figure_its_sentence_dates_to_no_year_compares_as_it_is(kb: KnowledgeBase) -> None:
    """("Dashly's $1.64 million and Crumbhouse's $2.62 million spent last year": one sentence, no other figure)"""
    answer = kb.answer("which spent more on lobbying, crumbhouse or dashly?")
    assert [a.text for a in answer.answers] == ["Crumbhouse ($2.62 million)", "Dashly — $1.64 million"]


def test_the_rok_figure_after_a_company_figure_is_not_asked_of_it(roundup: KnowledgeBase) -> None:
    subject = roundup.answer("how much did fiskar payments invest in kansas?").subject
    assert _headline(roundup, "whats the rok figure?", subject) is None


def test_verbs_after_who_had_been_are_no_former_office() -> None:
    from knowledge.answer.kind_spans import former_offices_in

    assert former_offices_in("Kim Jina, who had been working with the minister, spoke.", {"kim"}) == []
    assert former_offices_in("Park, who had been tapped as trade minister last week, spoke.", {"park"}) == []
