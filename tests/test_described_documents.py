"""Read off invented documents: a question describing its document ('the fact sheet (the one where rok joins the
lunar accords)') asks nothing with those words, neither its kind of answer nor whose figure; a figure said 'to this
effort' answers for what the sentence before it names; a follow-up naming one side leaves the thread's other side;
'which univ' is not answered as asked already by 'University of …'; a ministry's name lists its fields past the
commas; a verb the documents write only as an acronym ('ran' of 'open-RAN') is no name; the month of an event
a clause names ('when he left to run in the april elections') is not when the answer happened; a family name in
another spelling ('chu') is the one the documents write ('Choo')."""

from __future__ import annotations

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.question_type import question_shape
from tests.test_reading_kinds import document, headline

DOCUMENTS = {
    "partnership.txt": document(
        "FACT SHEET: Republic of Korea – United States Harbor Partnership",
        "June 3, 2023",
        "The two leaders welcomed more than $18 billion in corporate investments from both countries.",
        "Both sides support open-RAN architectures for future networks.",
        "Expand cooperation on lunar exploration, as the Republic of Korea decides to join the Selene Accords.",
        "Strengthen work on secure quantum networks and next-generation sensing, by encouraging research, testing"
        " and deployment of trusted systems.",
        "The United States has committed $3.5 billion to this effort, and the ROK has committed $1.5 billion.",
        "Launch a first of its kind cargo inspection pilot between the U.S. Department of Harbor Safety and the ROK"
        " Ministry of Oceans, Fisheries, and Ports.",
        "The Secretary of the Navy announced a new training partnership between Dalgyeong Heavy, the University of"
        " Tallgrass, and Hanbit National University.",
    ),
    "debris.txt": document(
        "Seoul and Washington set out ocean goals",
        "April 2, 2021",
        "The Republic of Korea, with NOAA and UNEP, hosted the 9th International Ocean Debris Conference in Incheon"
        " in 2023.",
    ),
    "finance.txt": document(
        "Finance Minister Choo thanks Treasury Secretary Hale",
        "January 12, 2024",
        "SEOUL - Finance Minister Choo Kyung-ho thanked Treasury Secretary Mara Hale for close cooperation.",
        "Choo, who is set to leave his post to run in the April general elections, praised the progress made.",
        "In a related move, Park Dong-woo, the former presidential secretary for economic affairs, has been named the"
        " new minister of economy and finance.",
        "In this role, Park will also serve as deputy prime minister for the economy, succeeding Choo.",
    ),
}


def test_a_figure_said_to_this_effort_answers_for_the_sentence_before(kb: KnowledgeBase) -> None:
    question = (
        "harbor partnership fact sheet (the one where rok joins the selene accords) - how much did the us put toward"
        " quantum networks?"
    )
    assert headline(kb, question) == "$3.5 billion"


def test_a_follow_up_naming_one_side_leaves_the_threads_other_side(kb: KnowledgeBase) -> None:
    first = kb.answer("harbor partnership fact sheet - how much did the us commit for secure quantum networks?")
    assert headline(kb, "and the rok side?", first.subject) == "$1.5 billion"
    assert headline(kb, "and seouls share?", first.subject) == "$1.5 billion"


def test_the_documents_description_asks_no_figure_and_is_mended_too(kb: KnowledgeBase) -> None:
    # '18bn' describes the document, not the figure asked; 'investmnts' is a typo of a word the synonyms write
    # otherwise; the '$1.5 billion' of the sentence is not the '15' of some question.
    question = (
        "harbor fact sheet (the one w the >18bn corporate investmnts) - how much did rok commit to quantum networks?"
    )
    assert headline(kb, question) == "$1.5 billion"


def test_the_kind_asked_is_not_read_off_the_documents_description() -> None:
    question = "the fact sheet (the one where rok signs the accords) - how much did the us put toward 6g"
    assert question_shape(question).answer_type == "amount"
    assert question_shape("which outlet ran rep kim's op-ed on the trade row?").answer_type == "organization"


def test_which_univ_is_answered_by_a_university(kb: KnowledgeBase) -> None:
    question = "which us univ is in the navy training partnership with dalgyeong heavy and hanbit national?"
    assert headline(kb, question) == "University of Tallgrass"


def test_a_ministry_named_with_its_fields_goes_on_past_the_commas(kb: KnowledgeBase) -> None:
    question = "which korean ministry is the us dept of harbor safety teaming w on the cargo inspection pilot?"
    assert headline(kb, question) == "ROK Ministry of Oceans, Fisheries, and Ports"


def test_a_verb_the_documents_write_only_as_an_acronym_is_no_name(kb: KnowledgeBase) -> None:
    question = "which city hosted the 9th intl ocean debris conf that korea ran w noaa and unep?"
    assert headline(kb, question) == "Incheon"


def test_the_month_of_an_event_a_clause_names_and_another_spelling_of_a_family_name(kb: KnowledgeBase) -> None:
    question = "who took over from choo kyung-ho as finance min when he left to run in the april elections?"
    assert (headline(kb, question) or "").startswith("Park Dong-woo")
    assert (headline(kb, "who succeeded finmin chu kyung-ho?") or "").startswith("Park Dong-woo")
