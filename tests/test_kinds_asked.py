"""Read off invented documents: 'who co-chaired' asks for both co-chairs; a follow-up's own kind ('and what new body')
is asked, not its thread's ('what joint exercise'); 'who repped the embassy' is an ambassador, not a CEO beside
him; 'in what yr' is not answered by a month without its year; an acronym the question spelled out ('lges') is
asked already; '- full name?' after a titled surname asks a person, 'the name of X's … subsidiary' one of X's,
'venue for' a place and ', whats it called' a name; 'took part' is said by 'participants'; two letters swapped
('dialouge') are mended; 'which city is her consulate in' is where her title posts her; 'what was rok planning
to pledge' asks what it undertook; 'next year' in a 2025 story says 2026; a bare noun phrase after a dash is
typed by itself; 'what date' is not answered by a year alone."""

from __future__ import annotations

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.question_type import question_shape
from tests.test_reading_kinds import document, headline

DOCUMENTS = {
    "session.txt": document(
        "Trade ministers hold a special session of the Joint Committee",
        "October 5, 2017",
        "Trade Minister Park Sung-ho and U.S. Trade Representative Alan Crowe co-chaired the special session of the"
        " Joint Committee in Washington, D.C.",
    ),
    "trilat.txt": document(
        "Remarks by the three leaders before a trilateral meeting | Quito, Ecuador",
        "November 15, 2024",
        "Quito Convention Center",
        "Quito, Ecuador",
        "Our security cooperation has reached new heights, as symbolized by the joint exercise, Harbor Shield.",
        "The trilateral secretariat that will be launched after today's meeting will be a strong foundation.",
    ),
    "ceremony.txt": document(
        "Daehan Chips breaks ground in Indiana",
        "April 3, 2024",
        "Daehan Chips held a groundbreaking ceremony for its packaging plant in West Lafayette, Indiana.",
        "Officials attending included Governor Ann Miles, Ambassador of the Republic of Korea to the United States"
        " Cho Min-ho, and Daehan Chips CEO Oh Jae-won.",
    ),
    "steel.txt": document(
        "Harbor Motors plans a steel plant in Louisiana",
        "March 25, 2025",
        "Tariffs on imported steel take effect in April.",
        "Harbor Motors Chairman Yoon Dae-sik traced the decision back to talks with Trump in 2019.",
    ),
    "battery.txt": document(
        "Korea Cell Energy to build a battery complex in Arizona",
        "March 24, 2023",
        "Korea Cell Energy (KCE) will invest $5 billion in Queen Creek, Arizona.",
        "KCE will supply cylindrical cells from the plant.",
        "“Our decision to invest in Arizona shows our commitment,” said Seojun Bae, CEO of Korea Cell Energy.",
    ),
    "plant.txt": document(
        "Norva Electric expands in Ohio",
        "March 7, 2026",
        "Norva Electric held a groundbreaking ceremony for a second plant at its production base in Dayton, Ohio,"
        " Norva Power Systems USA.",
        "The ceremony was attended by the President of the Dayton City Council.",
        "(From left: Mina Cho, Consul General of the Republic of Korea in Chicago; Tom Reed, Mayor of Dayton)",
    ),
    "bakery.txt": document(
        "Korean bakery chains grow in the U.S.",
        "December 30, 2025",
        "Both chains plan aggressive expansion next year.",
        "Bakery chain Crumbhouse aims to open more than 70 stores in the U.S., while Loafly plans to add 50 locations.",
    ),
    "dialogue.txt": document(
        "4th ROK-U.S. Senior Economic Dialogue Held",
        "November 7, 2019",
        "The Ministry of Foreign Affairs hosted the 4th Senior Economic Dialogue in Seoul on Wednesday, November 6.",
        "The 4th Dialogue brought together 24 U.S. participants from agencies such as the Department of State.",
    ),
}


def test_who_co_chaired_asks_for_both_co_chairs(kb: KnowledgeBase) -> None:
    answer = headline(kb, "who cochaired the oct 2017 joint committee special session in dc?") or ""
    assert "Park Sung-ho" in answer and "Alan Crowe" in answer


def test_a_follow_ups_own_kind_is_asked_not_its_threads(kb: KnowledgeBase) -> None:
    first = kb.answer("at the quito trilat, what joint exercise symbolized their security cooperation?")
    assert headline(kb, "at the quito trilat, what joint exercise symbolized their security cooperation?") == (
        "Harbor Shield"
    )
    assert headline(kb, "and what new body was supposed to come out of that mtg?", first.subject) != "Harbor Shield"


def test_who_repped_the_embassy_is_an_ambassador(kb: KnowledgeBase) -> None:
    first = kb.answer("daehan chips west lafayette packaging plant groundbreaking - when was it?")
    answer = headline(kb, "and who repped the korean embassy at that ceremony?", first.subject) or ""
    assert answer.startswith("Cho Min-ho")


def test_in_what_year_is_not_answered_by_a_month_alone(kb: KnowledgeBase) -> None:
    question = "harbor motors chair yoon said the louisiana steel plant idea traced back to talks w trump in what yr?"
    assert headline(kb, question) == "2019"


def test_an_acronym_the_question_spelled_out_is_asked_already(kb: KnowledgeBase) -> None:
    assert headline(kb, "which automaker is the customer for kce queen creek az cylindrical cells?") is None


def test_kinds_asked_after_a_dash_or_a_comma(kb: KnowledgeBase) -> None:
    assert question_shape("kce ceo bae quoted on the queen creek investment - full name?").answer_type == "person"
    assert (headline(kb, "kce ceo bae quoted on the queen creek investment - full name?") or "").startswith(
        "Seojun Bae"
    )
    question = "whats the name of norva electrics dayton ohio production subsidiary"
    assert headline(kb, question) == "Norva Power Systems USA"
    assert question_shape("venue for the quito trilat in nov 2024?").answer_type == "place"
    assert headline(kb, "at the quito trilateral nov 2024 they name-checked a joint exercise, whats it called") == (
        "Harbor Shield"
    )


def test_took_part_is_said_by_participants_and_a_swapped_letter_is_mended(kb: KnowledgeBase) -> None:
    question = "how many us ppl took part in the 4th senior economic dialogue in seoul nov 2019"
    assert headline(kb, question) == "24 U.S. participants"
    assert kb.passages.correct("dialoug") == "dialogu"  # 'dialouge', as the index writes it


def test_the_city_of_a_consulate_is_the_one_its_consul_is_posted_in(kb: KnowledgeBase) -> None:
    question = "consul general cho at the norva electric dayton groundbreaking - which city is her consulate in"
    assert headline(kb, question) == "Chicago"


def test_what_a_side_was_to_pledge_asks_what_it_undertook() -> None:
    shape = question_shape("harris mtg w yoon in 2022 - what was rok planning to pledge re missile tests")
    assert (shape.answer_type, shape.unit) == ("name", "commitment")


def test_a_bare_noun_phrase_after_a_dash_is_typed_by_itself() -> None:
    assert question_shape("norva chips fabs under the 2024 award - expected wafer output per month?").answer_type == (
        "number"
    )


def test_a_year_counted_from_the_story_is_said_by_its_sentences(kb: KnowledgeBase) -> None:
    assert headline(kb, "how many new us stores is crumbhouse targeting for 2026") == "70 stores"


def test_what_date_is_not_answered_by_a_year_alone(kb: KnowledgeBase) -> None:
    answer = kb.answer("what date did harbor motors chair yoon have his talks w trump?")
    assert not answer.answers or answer.answers[0].text != "2019"


def test_a_total_of_two_parts_named_after_a_preposition() -> None:
    from knowledge.answer.named_parts import parts_named

    found = parts_named("norva ohio sub - total won put in for the initial setup plus the 2019 capacity expansion?")
    assert found is not None and found[1:] == ("the initial setup", "the 2019 capacity expansion")
