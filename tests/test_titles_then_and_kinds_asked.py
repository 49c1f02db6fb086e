"""What blind rounds 265–267 asked in new words, read off invented documents: an official's title in a year asked is
the one that year's document writes ('Vice Minister of Foreign Affairs' in 2019, '2nd Vice Foreign Minister' a year
later); 'which business assocs/chambers' asks for organisations of either kind, all of those a sentence lists;
'marking 70 yrs of the alliance' gives no month ('mar') nor year;
'the fact sheet w the vaccine partnership' describes a document as 'w/' does; 'who sat across the table for
washington' asks who led the U.S. side; the name of an occasion a fee was paid for ('the kestrel show trip') owns no
figure; the sentences of a fact sheet's short item go on about what its first one names; the parts of a sum named
by a clipped word ('lynx', 'tern innov') are each read for its own name, the list's words saying only which story."""

from __future__ import annotations

import pytest

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.described import without_description
from knowledge.answer.organization_kinds import of_the_kind_asked
from knowledge.answer.question_dates import years_after_a_month
from knowledge.answer.question_type import question_shape
from tests.test_reading_kinds import document, headline, knowledge_of

DIALOGUE_2019 = document(
    "4th Harbor Economic Dialogue held in Seoul",
    "November 7, 2019",
    "The Ministry of Foreign Affairs hosted the 4th Harbor Economic Dialogue in Seoul on November 6, with Vice Minister"
    " of Foreign Affairs Park Min-ho and Under Secretary of State Dana Pike leading their respective delegations.",
)

DIALOGUE_2020 = document(
    "Fact Sheet: The 5th Harbor Economic Dialogue",
    "October 14, 2020",
    "Under Secretary of State Dana Pike and Ministry of Foreign Affairs 2nd Vice Foreign Minister Park Min-ho led the"
    " delegations.",
)

MISSION = document(
    "Deputy Secretary Quill leads a trade mission to Seoul",
    "September 28, 2023",
    "Deputy Secretary Mara Quill also convened multiple meetings with representatives from the private sectors.",
    "These included a session with the Harbor Chamber of Commerce in Korea, a roundtable discussion with clean tech"
    " investors, and a meeting with the Korean Lighthouse Industry Association.",
)

REMARKS = document(
    "Remarks by President Okafor and President Hale Before Bilateral Meeting",
    "April 26, 2023",
    "PRESIDENT OKAFOR:  We are honored to celebrate with you the 70th anniversary of our alliance.",
)

VISAS = document(
    "What the raid changed for reporters heading to the Harbor Show",
    "December 30, 2025",
    "This marked the first time Kestrel had required reporters to obtain a work visa.",
    "In previous years, reporters had traveled under the travel pass, which generally allows attendance at shows.",
    "While a travel pass costs $40, the work visa application fee is about 450,000 won ($310).",
)

FACT_SHEET = document(
    "Fact Sheet: Harbor Partnership",
    "May 21, 2021",
    "  • Initiate the two-way exchange of young harbor leaders between the two countries. The Embassy will partner"
    " with the Ministry to recruit participants and organize the program itinerary. The Embassy is looking at 12"
    " participants from each side with the ability to expand as necessary.",
    "",
    "Create a working group dedicated to port safety.",
)

INVESTMENTS = document(
    "Fact Sheet: The Sixth Harbor Economic Dialogue (HED)",
    "October 15, 2020",
    "  • Both sides stressed the importance of investment by Korean companies in the United States, including:",
    "    • Doosan Lynx’s $26 million investment in Lorain, Ohio",
    "    • Pelican USA’s $108 million investment in Macon, Georgia",
    "    • Tern Innovation’s $830 million investment in Toledo, Ohio",
)

DOCUMENTS = {
    "investments.txt": INVESTMENTS,
    "d2019.txt": DIALOGUE_2019,
    "d2020.txt": DIALOGUE_2020,
    "mission.txt": MISSION,
    "remarks.txt": REMARKS,
    "visas.txt": VISAS,
    "sheet.txt": FACT_SHEET,
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("blind265"), DOCUMENTS)


def test_a_title_in_a_year_asked_is_the_one_that_years_document_writes(kb: KnowledgeBase) -> None:
    then = headline(kb, "what was park min-ho's title when he co-led that 2019 dialogue w/ pike?")
    assert then is not None and "Vice Minister of Foreign Affairs" in then
    later = headline(kb, "what was park min-ho's title when he co-led the 5th dialogue in 2020?")
    assert later is not None and "2nd Vice Foreign Minister" in later


def test_who_someone_was_in_a_year_is_that_person_with_that_years_title(kb: KnowledgeBase) -> None:
    # (not Dana Pike, the other person of the 2019 sentence: the question names whom it asks about)
    then = headline(kb, "who was park min-ho in 2019")
    assert then is not None and then.startswith("Park Min-ho") and "Vice Minister of Foreign Affairs" in then
    typed_loosely = headline(
        kb, "what was park min-hos title when he co-led the 4th harbor dialogue in seoul nov 2019?"
    )
    assert typed_loosely is not None and "Vice Minister of Foreign Affairs" in typed_loosely
    # (either person of the sentence, named, is the one asked; one the question sets beside them is not)
    for asked in ("who was dana pike in 2019", "what was dana pikes title in 2019", "who was with park min-ho in 2019"):
        answer = headline(kb, asked)
        assert answer is not None and answer.startswith("Dana Pike"), asked
    # (no source of 2021 says who either was then: a later title is no title of then, another person no answer)
    assert headline(kb, "who was dana pike in 2021") is None
    assert headline(kb, "and who was park min-ho in 2021?") is None


def test_associations_or_chambers_are_organisations_of_either_kind(kb: KnowledgeBase) -> None:
    assert question_shape("which business assocs/chambers did he sit down w/? need names").answer_type == "list"
    assert of_the_kind_asked("Harbor Chamber of Commerce", "which business assocs/chambers did he meet")
    assert not of_the_kind_asked("Harbor Shipping Company", "which business assocs/chambers did he meet")
    answer = headline(kb, "on quill's trade mission, which business assocs/chambers did she sit down w/ in seoul?")
    assert answer is not None
    assert "Harbor Chamber of Commerce in Korea" in answer and "Korean Lighthouse Industry Association" in answer
    chambers = headline(kb, "which chambers did quill meet in seoul on the trade mission?")
    assert chambers is not None and "Association" not in chambers and "investors" not in chambers


def test_marking_a_number_of_years_is_no_month() -> None:
    assert years_after_a_month("the remarks marking 70 yrs of the alliance") == set()


def test_who_sat_across_the_table_for_a_side_led_it(kb: KnowledgeBase) -> None:
    led = kb.answer("who led the korean side at the 5th harbor economic dialogue?")
    assert led.answers and led.answers[0].text.startswith("Park Min-ho")
    other = kb.answer("and who sat across the table for washington?", context_subject=led.subject)
    assert other.answers and other.answers[0].text.startswith("Dana Pike")


def test_a_document_described_with_w_is_described_as_with_w_slash() -> None:
    question = "in the partnership fact sheet w the harbor vaccine partnership, how much fresh money did korea pledge?"
    assert "harbor vaccine partnership" not in without_description(question)


def test_the_name_of_an_occasion_a_fee_was_paid_for_owns_no_figure(kb: KnowledgeBase) -> None:
    answer = headline(kb, "how much was the work visa app fee reporters had to pay for the kestrel harbor show trip?")
    assert answer is not None and answer.startswith("about 450,000 won")


def test_the_sentences_of_a_short_item_go_on_about_its_first(kb: KnowledgeBase) -> None:
    answer = headline(kb, "how many ppl per country is the embassy targeting for the young harbor leaders exchange?")
    assert answer is not None and answer.startswith("12 participants")


def test_parts_named_by_clipped_names_are_read_for_their_own_names(kb: KnowledgeBase) -> None:
    question = "add up the korean co investments in the US listed in the 2020 HED fact sheet"
    answer = headline(kb, f"{question} (lynx, pelican, tern innov) - whats the total?")
    assert answer is not None and answer.startswith("$964 million")
