"""What blind rounds 229–231 asked in new words, read off invented documents: a file photo's date answers only
what the photo shows, never when the story's own interview ran; a year the question gives its document ('mar
2023 joint stmt …: since what yr') filters no date; two plants compared in the asker's words ('the EV cylindrical
one') are named as the document names them, and a total of both is neither's figure; 'which of the two chains';
'acc to', 'deliverables', 'equity stake'; 'date of the joint stmt … where they said …' asks a date."""

from __future__ import annotations

import pytest

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.captions import dates_a_photo
from knowledge.answer.normalize import normalize
from knowledge.answer.question_type import question_shape
from knowledge.answer.spans import Span
from tests.test_reading_kinds import document, headline, knowledge_of

INTERVIEW = document(
    "Top Commerce official visits Seoul to talk cybersecurity",
    "September 22, 2023",
    "Deputy Secretary of Commerce Rowan Vance told Channel Nine News from Seoul that the allies must align.",
    "In this May 3, 2023, file photo, Rowan Vance, deputy commerce secretary, speaks during the Harbor Investment"
    " Summit in Baltimore, Maryland.",
)

OPENNESS = document(
    "Joint Statement by President Okafor and President Park on the Summit for Openness",
    "March 29, 2023",
    "Since 2021, the Summit for Openness process has brought together hundreds of leaders.",
    "We are looking forward to co-hosting the second Summit for Openness today.",
)

BATTERIES = document(
    "Lumen Energy to build $5.5 billion battery complex in Arizona",
    "March 24, 2023",
    "Lumen Energy today announced it will invest a total of $5.5 billion to build a battery complex of two"
    " facilities, for EV batteries and for ESS batteries.",
    "Out of the $5.5 billion, the company plans to invest $3.2 billion to build a cylindrical battery manufacturing"
    " facility for electric vehicles (EV).",
    "Lumen also plans to invest $2.3 billion in a pouch-type battery facility for energy storage systems (ESS).",
)

BAKERIES = document(
    "Korean bakery chains Brightloaf and Crumbhouse grow in North America",
    "December 30, 2025",
    "Brightloaf operates roughly 600 stores globally, including about 150 in North America.",
    "Of Crumbhouse's approximately 900 overseas outlets, about 310 are in North America.",
)

DELIVERABLES = document(
    "Fact Sheet: U.S.-ROK Partnership",
    "May 21, 2021",
    "The ROK has committed $200 million in new funding over five years to the Global Health Security Agenda.",
)

STEEL = document(
    "Norvik unveils U.S. investment with a steel plant in Louisiana",
    "March 24, 2025",
    "South Korea's Norvik Motor Group will build a $5.8 billion steel plant in Louisiana.",
    "On Monday, Norvik Motor Group secured an equity investment from Castor Holdings for the automaker's planned"
    " steel plant.",
)

DOCUMENTS = {
    "interview.txt": INTERVIEW,
    "openness.txt": OPENNESS,
    "batteries.txt": BATTERIES,
    "bakeries.txt": BAKERIES,
    "deliverables.txt": DELIVERABLES,
    "steel.txt": STEEL,
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("blind229"), DOCUMENTS)


def test_a_file_photo_dates_what_it_shows_only(kb: KnowledgeBase) -> None:
    caption = "In this May 3, 2023, file photo, Vance speaks."
    assert dates_a_photo(caption, Span("May 3, 2023", 8, 19))
    assert "May 3" not in (
        headline(kb, "what date did channel nine news run its seoul interview w/ dep sec vance?") or ""
    )
    assert "May 3, 2023" in (headline(kb, "when did vance speak at the harbor investment summit in baltimore?") or "")


def test_the_documents_own_year_filters_no_date(kb: KnowledgeBase) -> None:
    question = "mar 2023 okafor/park joint stmt on the openness summit: since what yr has the process been going?"
    assert headline(kb, question) == "2021"


def test_plants_compared_in_the_askers_words(kb: KnowledgeBase) -> None:
    answer = kb.answer(
        "lumen arizona: which plant gets the bigger chunk of $, the EV cylindrical one or the ESS pouch one?"
    )
    assert answer.answers and answer.answers[0].text == "cylindrical battery manufacturing facility ($3.2 billion)"
    total = headline(kb, "lumen arizona - which of the 2 plants gets more $, the ev one or the ess one?") or ""
    assert "$5.5 billion" not in total


def test_which_of_the_two_chains(kb: KnowledgeBase) -> None:
    answer = headline(kb, "which of the two chains has more north american stores, brightloaf or crumbhouse?")
    assert answer == "Crumbhouse (310 outlets)"


def test_the_askers_shorthand_for_a_source_and_a_stake(kb: KnowledgeBase) -> None:
    assert "according" in normalize("acc to the fact sheet").split()
    assert (
        headline(kb, "2021 partnership deliverables - how much new $$ did ROK pledge for the GHSA?") == "$200 million"
    )
    assert headline(kb, "which co came in w/ an equity stake in norvik's louisiana steel plant?") == "Castor Holdings"


def test_date_of_a_document_where_they_said(kb: KnowledgeBase) -> None:
    question = "date of the okafor-park joint stmt on the summit for openness where they said they would co-host it?"
    assert question_shape(question).answer_type == "date"
    assert headline(kb, question) == "March 29, 2023"
