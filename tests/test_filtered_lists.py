"""Lists with an amount filter over the document a question names ('in the harbor boom roundup, which cos
announced investments under $100m'), read off invented documents: companies only, largest first, and a
nationality asked keeps only the companies their sentences say are of it."""

from __future__ import annotations

import pytest

from knowledge.answer.answers import KnowledgeBase
from tests.test_reading_kinds import document, knowledge_of

DOCUMENTS = {
    "boom.txt": document(
        "Harbor Boom: companies announce new investments",
        "April 23, 2025",
        "Rhein Pharma, a Swiss drug company, announced a $40 billion investment in its U.S. operations.",
        "Calder Foods, a yogurt maker, announced a $1.5 billion investment to build a plant in Idaho.",
        "Tarn Motor Company, a truck maker, announced a $2 billion investment in a mill in Ohio.",
        "Kiso Motor Corporation, a Japanese automaker, announced an $80 million investment in its Ohio factory.",
        "Loop Metals, a Canadian recycling company, announced a $25 million investment in a Texas plant.",
        "Pell Motor Company, a Korean automaker, committed to build more trucks in Ohio.",
    ),
    "icymi.txt": document(
        "ICYMI: Companies eye harbor expansion to lessen fallout from tariffs",
        "March 10, 2025",
        "More and more companies look at setting up shop in the harbor states, according to a new report.",
        "RIVA",
        "The Italian spirits group is assessing the opportunities to expand its harbor production.",
        "KESTREL MOTOR",
        "The South Korean automaker said on Jan. 23 it planned to further localize production in the harbor states.",
        "NORDA CARS",
        "Norda Cars may move some production to the harbor states depending on tariffs.",
        "LG ELECTRONICS",
        "The South Korean electronics giant is considering moving production of washers to its harbor plant.",
    ),
    "dialogue.txt": document(
        "Fact Sheet: The Sixth Harbor Economic Dialogue",
        "November 3, 2020",
        "  • Both sides stressed the importance of investment and acknowledged that investment by Korean companies in"
        " the United States has contributed to a strong economic relationship, including:",
        "    • Lotte’s $30 million investment in Lorain, Ohio",
        "    • Kakao’s $140 million investment in Macon, Georgia",
        "    • Celltrion’s $700 million investment in Toledo, Ohio",
        "The United States welcomes the ROK’s commitment of $250 million in development aid to island nations.",
    ),
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("filtered"), DOCUMENTS)


def _listed(kb: KnowledgeBase, question: str) -> list[str]:
    return [item.text.split(" pledged ")[0] for item in kb.answer(question).answers]


def test_companies_under_an_amount_in_the_named_document(kb: KnowledgeBase) -> None:
    listed = _listed(kb, "harbor boom roundup apr 2025 - which cos announced investments under $100m")
    assert listed == ["Kiso Motor Corporation", "Loop Metals"]


def test_companies_over_an_amount_largest_first(kb: KnowledgeBase) -> None:
    listed = _listed(kb, "in the apr 2025 harbor boom roundup which cos announced deals over $1bn")
    assert listed == ["Rhein Pharma", "Tarn Motor Company", "Calder Foods"]


def test_a_sides_own_pledge_is_no_companys_and_a_dollar_sign_does_not_make_it_an_amount(kb: KnowledgeBase) -> None:
    # The ROK's $250 million of aid passes the filter but is not a company's investment.
    listed = _listed(kb, "which of the korean investments cited at the 6th harbor economic dialogue were above $100m")
    assert listed == ["Celltrion", "Kakao"]


def test_a_nationality_asked_keeps_only_companies_said_to_be_of_it(kb: KnowledgeBase) -> None:
    # Calder Foods' sentence gives no nationality, where the others give theirs: it is not listed as Japanese.
    assert _listed(kb, "in the apr 2025 harbor boom roundup which japanese cos announced over $50m") == [
        "Kiso Motor Corporation"
    ]
    assert _listed(kb, "in the apr 2025 harbor boom roundup which korean cos announced over $1bn") == []


def test_a_filtered_list_needs_a_named_document(kb: KnowledgeBase) -> None:
    from knowledge.answer.filtered_lists import filtered_list_answer

    assert filtered_list_answer(kb.cite, "which cos announced over $1bn", (), lambda p: None, None) is None


def test_a_superlative_standing_for_the_pledges_named_before_it(kb: KnowledgeBase) -> None:
    question = "of the korean investments flagged at the 6th harbor economic dialogue, which co had the biggest one"
    answers = kb.answer(question).answers
    assert answers and answers[0].text.startswith("Celltrion")


def test_the_companies_whose_investments_a_named_document_gives(kb: KnowledgeBase) -> None:
    question = "the 6th harbor economic dialogue fact sheet called out some korean investments - which firms?"
    assert _listed(kb, question) == ["Celltrion", "Kakao", "Lotte"]


def test_no_list_of_pledges_where_a_company_pledge_of_the_document_has_no_figure(kb: KnowledgeBase) -> None:
    from knowledge.answer.filtered_lists import filtered_list_answer

    # Pell Motor's pledge has no figure: the pledges read may not be all the document lists.
    question = "the apr 2025 harbor boom roundup called out some investments - which firms?"
    document = kb.scope.named_document(kb.reader.wording.words(question))
    scoped = kb.pledges.by_document[document or ""]
    assert any(p.actor == "Pell Motor Company" for p in scoped)
    assert filtered_list_answer(kb.cite, question, scoped, kb.cite.document_date, None) is None


def test_a_story_of_headed_paragraphs_lists_every_heading(kb: KnowledgeBase) -> None:
    everyone = kb.answer("which companies are in the icymi on companies eyeing harbor expansion bc of tariffs").answers
    assert everyone
    assert set(everyone[0].text.split(", ")) == {"RIVA", "KESTREL MOTOR", "NORDA CARS", "LG ELECTRONICS"}
    korean = kb.answer("which korean companies are in the icymi on firms eyeing harbor expansion bc of tariffs").answers
    # (Kestrel Motor's paragraph opens 'The South Korean automaker': the document says it is Korean too)
    assert korean and set(korean[0].text.split(", ")) == {"KESTREL MOTOR", "LG ELECTRONICS"}


def test_the_smallest_of_a_named_documents_company_pledges(kb: KnowledgeBase) -> None:
    question = "of the korean firm investments cited at the 6th harbor economic dialogue, which was the smallest"
    answers = kb.answer(question).answers
    assert answers and answers[0].text.startswith("Lotte — $30 million")


def test_the_total_of_a_named_documents_company_pledges_adds_every_one(kb: KnowledgeBase) -> None:
    question = "total $ of the korean company investments in the 6th harbor economic dialogue fact sheet? add them up"
    answers = kb.answer(question).answers
    assert answers and answers[0].text.startswith("$870 million in all")
    # A document where a company's pledge has no figure gives no total: some of its list would be left out.
    assert not kb.answer("total $ of the company investments in the apr 2025 harbor boom roundup? add them up").answers


def test_a_superlative_asked_where_is_not_answered_by_the_largest_pledge(kb: KnowledgeBase) -> None:
    question = "biggest korean co investment cited at the 6th harbor economic dialogue - what town was it in?"
    answers = kb.answer(question).answers
    assert not answers or "the largest found" not in answers[0].text
