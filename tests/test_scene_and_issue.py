"""Read off invented documents: a readout's sentences tell of the meeting its opening dates 'today'; a statement
the question says was put out was issued on the date line under its title; an enumeration after a company noun
('companies — like A, B and C') is the list asked, with a name the question gives among them; an opening 'after
the … raid,' sets the scene and owns no figure; a year in an undated document's file name is the year a question
may give; a person the question names by surname is not who it asks for."""

from __future__ import annotations

from knowledge.answer.answers import KnowledgeBase
from tests.test_reading_kinds import document, headline

DOCUMENTS = {
    "readout.txt": document(
        "Readout of Vice President Alder's Meeting with President Baek of the Republic of Korea",
        "October 4, 2022",
        "Vice President Jane Alder today met with President Baek Min-ho of the Republic of Korea (ROK) in Seoul.",
        "The Vice President and the President agreed to deepen cooperation on lunar science.",
        "The Vice President underscored that she understood the ROK's concerns regarding the Act's tax credits for"
        " electric boats, and they pledged to continue to consult as the law is implemented.",
        "The Vice President welcomed the ROK's plan to join a lunar rover program, a program that the Vice"
        " President announced on behalf of the United States earlier this year.",
    ),
    "statement.txt": document(
        "Joint Statement by President Corwin and President Baek on the Fourth Harbor Summit",
        "March 9, 2023",
        "The two countries share deep bonds rooted in common values.",
        "And today, we are announcing that the Republic of Korea will host a future, fourth Harbor Summit.",
    ),
    "oped.txt": document(
        "Lawmaker says Seoul singles out American firms",
        "December 23, 2025",
        "“Many familiar American companies — like Pinecrest, Larkspur, Tidewell and Quillon — have all been"
        " targeted,” stated Rep. Dana Voss in an op-ed published in The Harbor Ledger.",
    ),
    "visas.txt": document(
        "Reporters face tougher visa rules",
        "January 5, 2026",
        "Months after U.S. agents raided the Corvane-Halden battery site in Ohio, Corvane required Korean reporters"
        " to obtain an I-visa for the Tech Expo.",
        "While an ESTA costs $40, the I-visa application fee is about 450,000 won ($310).",
    ),
    "steel.txt": document(
        "Brightsteel unveils Louisiana mill",
        "March 25, 2025",
        "The announcement, made at the White House alongside President Dale Corwin, marks the company's largest"
        " U.S. investment.",
        "Brightsteel Chairman Ahn Min-jae attributed the decision to discussions with Corwin in 2019.",
    ),
    "halden-georgia-visit-2021.txt": "Baek tours Halden site\n\n"
    "President Baek Min-ho visited the Halden battery site in the U.S. state of Georgia on Saturday.\n"
    "He was accompanied by Industry Minister Ryu Sang-jin and Georgia Gov. Amos Reed.\n",
}


def test_a_readouts_sentences_tell_of_the_meeting_its_opening_dates(kb: KnowledgeBase) -> None:
    question = "what date did vp alder sit down w baek in seoul (the one where they talked boat tax credits)?"
    assert headline(kb, question) == "October 4, 2022"


def test_a_statement_put_out_was_issued_on_its_date_line(kb: KnowledgeBase) -> None:
    assert headline(kb, "when did corwin n baek put out their joint stmt on the 4th harbor summit") == "March 9, 2023"


def test_an_enumeration_after_a_company_noun_is_the_list_with_a_name_the_question_gives(kb: KnowledgeBase) -> None:
    listed = "Pinecrest, Larkspur, Tidewell, Quillon"
    assert headline(kb, "which us cos did rep voss say korea was targeting (the larkspur row)?") == listed
    assert headline(kb, "which us companies besides larkspur did voss say were targeted") == (
        "Pinecrest, Tidewell, Quillon"
    )


def test_an_opening_clause_setting_the_scene_owns_no_figure(kb: KnowledgeBase) -> None:
    question = (
        "after the corvane-halden ohio raid, korean reporters going to the tech expo had to get i-visas - whats the"
        " application fee in won?"
    )
    assert headline(kb, question) == "about 450,000 won ($310)"


def test_the_year_an_undated_documents_file_name_gives_is_the_year_asked(kb: KnowledgeBase) -> None:
    assert "Ryu Sang-jin" in (headline(kb, "baek's 2021 stop at the halden battery site in ga - who went w him?") or "")
    assert headline(kb, "baek's 2019 stop at the halden battery site in ga - who went w him?") is None


def test_a_person_the_question_names_by_surname_is_not_the_answer(kb: KnowledgeBase) -> None:
    answer = headline(kb, "which brightsteel boss credited 2019 talks w corwin for the louisiana mill decision")
    assert answer is not None and answer.startswith("Ahn Min-jae")
