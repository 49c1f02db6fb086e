"""What blind rounds 232–234 asked in new words, read off invented documents: the year a subsidiary was first set
up, not that of the expansion 'and added … in 2018' (whose figure still adds up with the first); 'what was hans
title at the time?', 'his title at MOFA then?' after a 'who'; 'and the rok side?' and 'and combined w/ the us share
whats the total?' after a question describing its fact sheet in a bracket or by its era; a bracketed owner after
a name ('crumbhouse (vanta foods)'), never a bracketed place and year; 'last dec'; two alternatives after a colon."""

from __future__ import annotations

import pytest

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.named_parts import parts_named
from knowledge.answer.thread import asks_the_office_held
from tests.test_kinds_editions_and_proposals import PARTNERSHIP
from tests.test_lists_deals_and_meetings import DIALOGUE, FACT_SHEET, TRANSFORMERS
from tests.test_reading_kinds import document, headline, knowledge_of

HARBOR = document(
    "Korea, U.S. hold 7th harbor dialogue",
    "October 16, 2020",
    "The 7th Harbor Economic Dialogue was held by video on October 15, 2020.",
    "Ministry of Foreign Affairs 2nd Vice Foreign Minister Han Ji-ho and Under Secretary of State Mark Delaney led"
    " the delegations.",
)

BAKERIES = document(
    "Korean bakery chains grow in North America",
    "December 30, 2025",
    "Crumbhouse, owned by Vanta Foods, operates roughly 900 stores globally, including about 310 in North America.",
    "Brightloaf operates roughly 600 stores globally, including about 150 in North America.",
)

LOBBYING = document(
    "Why Lumora hired lobbyists in Washington",
    "December 22, 2025",
    "Notably, Lumora spent $270,000 this year on Miller Strategies, the lobbying firm founded by Jeff Miller, who"
    " served as finance chair of President Rowan Okafor's inauguration committee.",
    "The company also hired Continental Strategies, where a close associate of Secretary of State Dana Whitfield"
    " works.",
)

PACKAGE = document(
    "Norvik unveils $20 billion U.S. investment",
    "March 24, 2025",
    "South Korea's Norvik has announced a sweeping $20 billion investment in U.S. manufacturing, featuring a $5.8"
    " billion steel plant in Louisiana.",
)

RAID = "\n".join(
    [
        "Reporters face stricter visa screening after the Georgia raid",
        "",
        "Harbor Herald | 2025-12-30 00:00",
        "",
        "Tougher screening came the month after US authorities raided a Norvik-Lumen battery plant near Savannah,"
        " Georgia, detaining hundreds of Korean workers.",
    ]
)

MISSION = document(
    "Deputy Secretary Alvarez leads cyber mission to Korea",
    "September 28, 2023",
    "Deputy Secretary of Commerce Tomas Alvarez led a delegation of 12 American companies on a cybersecurity trade"
    " mission to Korea.",
)

APPOINTMENT = document(
    "Kang named finance minister",
    "December 4, 2023",
    "Kang Do-hyun, the former senior presidential secretary for economic affairs, has been appointed as the new"
    " minister of economy and finance.",
)

DOCUMENTS = {
    "mission.txt": MISSION,
    "appointment.txt": APPOINTMENT,
    "raid.txt": RAID,
    "lobbying.txt": LOBBYING,
    "package.txt": PACKAGE,
    "transformers.txt": TRANSFORMERS,
    "harbor.txt": HARBOR,
    "partnership.txt": PARTNERSHIP,
    "bakeries.txt": BAKERIES,
    "dialogue.txt": DIALOGUE,
    "fact_sheet.txt": FACT_SHEET,
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("blind232"), DOCUMENTS)


def test_the_year_set_up_is_not_the_year_added(kb: KnowledgeBase) -> None:
    assert headline(kb, "what yr did norva electric first set up its us production subsidiary?") == "2011"
    total = headline(kb, "total won norva electric put into its us sub, initial setup plus the 2018 expansion") or ""
    assert total.startswith("115 billion won")


def test_the_office_held_then_after_a_who(kb: KnowledgeBase) -> None:
    assert asks_the_office_held("what was hans title at the time?", "Han Ji-ho")
    assert not asks_the_office_held("what was hans title at the time?", "Mark Delaney")
    first = kb.answer("who headed the korean delegation at the 7th harbor dialogue?")
    assert first.answers and first.answers[0].text.startswith("Han Ji-ho")
    for follow_up in ("what was hans title at the time?", "what was his title at MOFA then?"):
        answer = kb.answer(follow_up, context_subject=first.subject)
        assert answer.answers and "Vice Foreign Minister" in answer.answers[0].text


def test_his_title_is_the_one_official_the_thread_named_and_what_he_was_doing_before(kb: KnowledgeBase) -> None:
    first = kb.answer("how many american cos did alvarez bring along on his korea trip?")
    assert first.answers and first.answers[0].text.startswith("12 American companies")
    title = headline(kb, "what was his title at the time?", first.subject) or ""
    assert title.startswith("Tomas Alvarez") and "Deputy Secretary of Commerce" in title
    first = kb.answer("who was named the new finance minister in dec 2023?")
    assert first.answers and first.answers[0].text.startswith("Kang Do-hyun")
    before = headline(kb, "what was he doing before that?", first.subject) or ""
    assert "senior presidential secretary for economic affairs" in before.lower()


def test_the_other_side_after_a_bracketed_description(kb: KnowledgeBase) -> None:
    first = kb.answer(
        "in the us-rok partnership fact sheet (6g networks, baggage pilot etc) how much did the US put toward 6g"
        " networks?"
    )
    assert first.answers and first.answers[0].text == "$3 billion"
    other = kb.answer("and the rok side?", context_subject=first.subject)
    assert other.answers and other.answers[0].text == "$1.2 billion"
    total = kb.answer("and combined w/ the us share whats the total?", context_subject=other.subject)
    assert total.answers and total.answers[0].text.startswith("Together $4.2 billion")


def test_what_the_two_pledges_add_up_to_after_which_side_put_up_more(kb: KnowledgeBase) -> None:
    first = kb.answer("us-rok partnership fact sheet: on 6g networks, which side put up more - us or rok - how much?")
    assert first.answers and first.answers[0].text.startswith("The United States committed more: $3 billion")
    total = headline(kb, "what do the two pledges add up to?", first.subject) or ""
    assert total.startswith("Together $4.2 billion")


def test_a_bracketed_owner_is_an_aside_a_bracketed_place_and_year_are_not_parts(kb: KnowledgeBase) -> None:
    assert headline(kb, "how many north american stores does crumbhouse (vanta foods) have rn?") == "310 stores"
    assert parts_named("lumen arizona battery complex (queen creek, 2023) - total $ commitment?") is None


def test_last_december_and_alternatives_after_a_colon(kb: KnowledgeBase) -> None:
    assert (headline(kb, "who led the us side at the 12th SED w/ korea in dc last dec?") or "").startswith(
        "Mark Delaney"
    )
    question = "2020 SED fact sheet: kestrel works in dayton vs marlow foods in macon - which co put in more $?"
    assert headline(kb, question) == "Marlow Foods ($120 million)"


def test_a_founder_no_official_is_unknown_not_a_neighbour(kb: KnowledgeBase) -> None:
    answer = headline(kb, "who founded miller strategies?") or ""
    assert "Okafor" not in answer and "Whitfield" not in answer


def test_that_plant_by_itself(kb: KnowledgeBase) -> None:
    question = "norviks louisiana steel mill (announced in 2025) - what's the price tag on that plant by itself?"
    assert headline(kb, question) == "$5.8 billion"


def test_the_storys_date_line_does_not_date_the_raid_it_tells(kb: KnowledgeBase) -> None:
    assert headline(kb, "exact date of the raid on the norvik-lumen battery plant in georgia in 2025?") is None


def test_initials_typed_in_mixed_case_are_no_clipped_word(kb: KnowledgeBase) -> None:
    assert kb.reader.wording.mend("MoH", "the", "to") == "MoH"


def test_which_technologies_asks_the_items_listed() -> None:
    from knowledge.answer.question_type import ITEMS_UNIT, QuestionShape, question_shape

    assert question_shape("which technologies does the dialogue cover?") == QuestionShape("list", ITEMS_UNIT)
