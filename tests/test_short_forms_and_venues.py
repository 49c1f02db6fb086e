"""What blind rounds 301–303 got wrong, read off invented documents: an office asked by its initials ('at ustr')
is not made of its words scattered over a story, while a ministry's initials are said by its name however a
story writes it ('mofa', 'motie'); a transcript's venue line under a long headline answers 'where was it held',
with the town under it; a figure is asked of what a verb after its subject acts on ('what did washington drop the
tariff to'); quoted words are a document's claim, not a largest for usrok to compute."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.compare import asks_for_largest
from knowledge.answer.question_type import question_shape
from tests.test_reading_kinds import document, knowledge_of
from tests.test_reading_kinds import headline as _headline

DEFINITIONS = document(
    "Trade officials review the joint committee",
    "October 5, 2017",
    "The Ministry of Trade, Industry and Energy (MOTIE) and the Office of the U.S. Trade Representative (USTR)"
    " reviewed the trade agreement in Washington.",
    "The Ministry of Foreign Affairs (MOFA) sent an observer.",
    "MOFA said the observer would report to the minister.",
    "A MOFA spokesperson welcomed the review.",
)

TRIP = document(
    "Trade minister visits the United States",
    "January 5, 2025",
    "Minister for Trade, Industry and Energy Park Min-jae of the Republic of Korea is visiting the U.S. from"
    " January 6 to 10.",
    "Minister Park is first making a trip to the state of Georgia, where he plans to meet Georgia Governor Alan"
    " Brooks.",
    "He will also exchange views with U.S. industry and think tank representatives in Washington.",
)

DIALOGUE = document(
    "The fifth Economic Dialogue is held online",
    "October 14, 2020",
    "Under Secretary of State Mark Ellery and Ministry of Foreign Affairs 2nd Vice Foreign Minister Seo Jun-ho"
    " led their delegations at the fifth Economic Dialogue in a virtual format on October 13.",
)

DEAL = document(
    "Seoul and Washington finalize their trade deal",
    "November 3, 2025",
    "Under the trade and investment deal, Seoul committed to investing $350 billion in the U.S. in return for"
    " Washington's lowering of tariffs on Korean goods to 15 percent from 25 percent.",
)

LONG_TITLE = (
    "Remarks by President Alder, Prime Minister Sato Ken of Japan, and President Han Do-yun of the Republic of"
    " Korea Before the Trilateral Meeting of the Three Leaders | Lima, Peru"
)

REMARKS = "\n".join(
    [
        LONG_TITLE,
        "",
        "The White House",
        "November 15, 2024",
        "",
        "Lima Convention Center",
        "Lima, Peru",
        "",
        "2:44 P.M. PET",
        "",
        "PRESIDENT ALDER:  Welcome to our trilateral meeting, Mr. Prime Minister and Mr. President.",
        "PRIME MINISTER SATO:  Our joint exercise Harbor Shield shows how far trilateral security cooperation has"
        " come.",
    ]
)

DOCUMENTS = {
    "definitions.txt": DEFINITIONS,
    "trip.txt": TRIP,
    "dialogue.txt": DIALOGUE,
    "deal.txt": DEAL,
    "remarks.txt": REMARKS,
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("blind301"), DOCUMENTS)


def headline(kb: KnowledgeBase, question: str, subject: str | None = None) -> str | None:
    return _headline(kb, question, subject)


def test_an_office_by_its_initials_is_not_its_words_scattered_over_a_story(kb: KnowledgeBase) -> None:
    """Before, the governor answered: 'U.S.', 'Trade' of the minister's title and the think tanks'
    'representatives' covered 'United States Trade Representative' between them."""
    assert headline(kb, "who did min park meet at ustr on the dc leg of his jan 2025 trip") is None


def test_a_ministry_by_its_initials_is_said_by_its_name_in_another_form(kb: KnowledgeBase) -> None:
    """'Minister for Trade, Industry and Energy' says three of the four words of 'MOTIE' in one sentence (a first
    version of the check above asked for all four, and usrok abstained here)."""
    assert headline(kb, "which state did motie minister park go to first on his january us trip") == "Georgia"


def test_initials_the_documents_define_are_said_by_the_name_they_stand_for(kb: KnowledgeBase) -> None:
    """Before, usrok abstained: the dialogue's story writes 'Ministry of Foreign Affairs', never 'MOFA'."""
    answer = headline(kb, "who led mofas delegation at the 5th economic dialogue back in oct 2020") or ""
    assert answer.startswith("Seo Jun-ho")


def test_the_venue_under_a_long_headline_answers_where_with_its_town(kb: KnowledgeBase) -> None:
    """Before, the headline's 'Lima, Peru' answered: a headline longer than a title keeps did not count as the
    title, so the venue lines under it were never read first."""
    first = kb.answer("when was alders trilat w sato and han")
    assert headline(kb, "where was it held", first.subject) == "Lima Convention Center, Lima, Peru"


def test_a_figure_asked_of_what_a_verb_after_its_subject_acts_on(kb: KnowledgeBase) -> None:
    """Before, the deal's $350 billion answered ('investment' of the scene read as the amount asked), or 'drop' was
    taken for a name no sentence says and usrok abstained."""
    asked = "under the trade/investment deal what did washington bring the tariff on korean goods down to"
    assert headline(kb, asked) == "15 percent"
    assert headline(kb, "under the 2025 trade deal what did the us lower tariffs on korean goods to") == "15 percent"
    first = kb.answer("how much did seoul commit to invest under the trade deal")
    assert headline(kb, "and in return what did washington drop the tariff on korean goods to?", first.subject) == (
        "15 percent"
    )


def test_what_a_long_title_describes_is_its_nearest_phrase() -> None:
    """Before, 'of the trilateral drill … in his lima remarks' was taken for a description of the remarks, and
    'name of the remarks' asked for a person."""
    assert question_shape("name of the trilateral drill sato pointed to in his lima remarks?").answer_type == "name"


def test_a_rise_in_capacity_is_a_number_whatever_the_verb() -> None:
    """Before, 'how much does that bump …' asked an amount, and 'does' was taken for the unit counted."""
    assert question_shape("how much does that bump their production capacity?") == question_shape(
        "how much will the plant boost capacity"
    )


def test_a_superlative_in_quotes_is_the_documents_claim() -> None:
    assert not asks_for_largest("whats the price tag on the samsung 'worlds largest' chip plant graves brought up")
    assert asks_for_largest("whats samsungs largest investment")


PLANT = document(
    "Chipmaker to build packaging plant in Indiana",
    "April 3, 2024",
    "Norchip Inc. announced today that it will invest an estimated $3.2 billion in Lafayette, Indiana to build an"
    " advanced packaging plant, bringing more than a thousand new jobs to the region.",
    "South Korea's SPC Group runs the bakery next door.",
)

FACT_SHEET = document(
    "Fact Sheet: Partnership of the United States and the Republic of Korea",
    "May 21, 2021",
    "Support for the ROK's development of its own satellite navigation system, the Korean Lodestar System, and its"
    " interoperability with the Global Positioning System (GPS).",
    "Seoul committed to investing $350 billion in the U.S. — $150 billion in the U.S. shipbuilding sector and"
    " additionally $200 billion — among other pledges in return for lower tariffs.",
)

SPEECH = document(
    "Deputy Secretary Rowe concludes trade mission to Japan",
    "September 29, 2023",
    "Deputy Secretary Rowe delivered a policy speech at Kyoto University to cap off his trip, outlining the"
    " Department's commitment to advancing critical and emerging technologies.",
    "These technologies encompass semiconductors, clean technologies, biotechnologies, and cybersecurity.",
)


@pytest.fixture(scope="module")
def kb2(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(
        tmp_path_factory.mktemp("blind301b"), {"plant.txt": PLANT, "fact_sheet.txt": FACT_SHEET, "speech.txt": SPEECH}
    )


def test_a_round_number_in_words_is_a_count(kb2: KnowledgeBase) -> None:
    """Before, usrok abstained: 'a thousand new jobs' held no number it could read."""
    first = kb2.answer("how much is norchip sinking into the indiana packaging plant")
    assert headline(kb2, "and how many jobs is it supposed to bring", first.subject) == "a thousand new jobs"


def test_a_clipped_country_with_its_possessive_is_the_country(kb2: KnowledgeBase) -> None:
    """Before, 'skoreas' was read as the short form of a name beginning 'South Korea's …' in another story, and
    a word of that name was asked of every sentence."""
    assert headline(kb2, "whats the name of skoreas own sat nav system") == "Korean Lodestar System"


def test_the_name_of_a_system_several_words_on() -> None:
    """Before, 'name of' reached no noun past four words and the question asked for a definition."""
    assert question_shape("whats the name of skoreas own gps-style sat nav system").answer_type == "name"


def test_the_headline_total_is_the_whole_a_sentence_breaks_down(kb2: KnowledgeBase) -> None:
    """Before, 'headline' was a word the sentence had to say, and of the whole and its parts a part answered."""
    assert headline(kb2, "whats the headline total for skoreas us investment pledge") == "$350 billion"


TARIFFS = document(
    "Washington imposes levies as Seoul seals its deal",
    "March 3, 2025",
    "The administration has already imposed 25 percent tariffs on steel and aluminum imports, with additional"
    " levies on foreign-made vehicles set to take effect in April.",
)


@pytest.fixture(scope="module")
def kb3(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("blind301c"), {"deal.txt": DEAL, "tariffs.txt": TARIFFS})


def test_a_rate_is_the_one_on_what_the_question_charges(kb3: KnowledgeBase) -> None:
    """Found by a second reader: the steel rate answered for the vehicles, whose levies the sentence gives no
    rate; 'on ROK products' is on Korean goods."""
    assert headline(kb3, "what tariffs did the us impose on foreign vehicles") is None
    assert headline(kb3, "what tariff did the us impose on steel") == "25 percent"
    assert headline(kb3, "what rate did the us drop its tariff on rok products to under the deal") == "15 percent"


def test_from_asks_the_figure_before_and_a_yes_or_no_question_no_figure(kb3: KnowledgeBase) -> None:
    """Found by a second reader: 'what did the us cut the tariff from' answered the rate it was cut to, and 'did
    seoul lower its tariffs' a rate nobody said Seoul set."""
    assert headline(kb3, "what did the us cut the tariff on korean goods from") != "15 percent"
    assert headline(kb3, "did seoul lower its tariffs") is None
    assert headline(kb3, "would the us lower tariffs further") is None


BAKERIES = document(
    "Korean bakery chains expand in the United States",
    "December 1, 2025",
    "Maison Pain, a major bakery chain owned by South Korea's Grove Group, and Petit Four, a bakery franchise owned"
    " by KJ Foodworks Co., are gaining popularity in the United States.",
)

BREACH = document(
    "Data breach widens",
    "December 2, 2025",
    "The breach was first unveiled on Nov. 20, reportedly affecting some 4,000 users, only to be corrected to 33.7"
    " million on Nov. 29.",
)

SED = document(
    "The fifth Senior Economic Dialogue",
    "October 14, 2020",
    "Under Secretary of State Mark Ellery led the U.S. delegation and 2nd Vice Foreign Minister Seo Jun-ho led the"
    " Korean delegation at the fifth Senior Economic Dialogue, hosted by the U.S. Department of State.",
)


@pytest.fixture(scope="module")
def kb4(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(
        tmp_path_factory.mktemp("blind304"), {"bakeries.txt": BAKERIES, "breach.txt": BREACH, "sed.txt": SED}
    )


def test_the_company_the_question_qualifies_is_the_answer_not_a_name_it_gives(kb4: KnowledgeBase) -> None:
    """Before, 'KJ Foodworks Co.' was ruled out as a name the question gives ('kj'), and Grove Group answered."""
    assert headline(kb4, "which kj company actually owns petit four") == "KJ Foodworks Co."


def test_what_about_the_other_side_asks_what_the_thread_asked(kb4: KnowledgeBase) -> None:
    """Before, 'what about the korean side' read as 'what … side' (an organisation), and the Department of State
    answered for who headed the Korean delegation."""
    first = kb4.answer("who led the us delegation at the fifth sed back in oct 2020")
    assert (headline(kb4, "what about the korean side?", first.subject) or "").startswith("Seo Jun-ho")
    assert (headline(kb4, "what about the korean side, who headed that?", first.subject) or "").startswith("Seo")


def test_a_figure_asked_as_it_first_was_is_the_one_later_corrected(kb4: KnowledgeBase) -> None:
    """Before, the corrected 33.7 million answered how many users were first said to be hit."""
    assert headline(kb4, "how many users did they initially say the breach affected") == "4,000 users"
    assert headline(kb4, "how many users did the breach affect") == "33.7 million users"


COMMERCE = document(
    "Groundbreaking in Montgomery and a chips award",
    "March 8, 2026",
    "The ceremony was attended by Dana Wells, Secretary of the Alabama Department of Commerce.",
    "Secretary of Commerce Gina Lowe announced the chips award in Washington.",
)


def test_a_state_office_does_not_answer_the_national_one(tmp_path: Path) -> None:
    """Found by a second reader: 'who is the commerce secretary' answered Alabama's."""
    kb = knowledge_of(tmp_path, {"commerce.txt": COMMERCE})
    assert (headline(kb, "who is the commerce secretary") or "").startswith("Gina Lowe")
    assert (headline(kb, "who is alabamas commerce secretary") or "").startswith("Dana Wells")


MISSION = document(
    "Deputy Secretary Rowe leads cyber trade mission to Korea and Japan",
    "September 27, 2023",
    "Deputy Secretary of Commerce Dan Rowe led a delegation of 15 American companies on a trade mission to the"
    " Republic of Korea and Japan.",
    "This mission followed President Alder's Trilateral Summit with Prime Minister Sato Ken of Japan.",
    "The mission concluded in Japan, where Deputy Secretary Rowe held discussions with Japanese government officials.",
)

BREAKFAST = document(
    "Minister of Foreign Affairs Has Working Breakfast with U.S. Deputy Secretary of State",
    "March 1, 2024",
    "Minister of Foreign Affairs Han Do-won had a working breakfast with new United States Deputy Secretary of State"
    " Kurt Miles in Washington D.C. on February 29.",
)


@pytest.fixture(scope="module")
def kb5(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("blind307"), {"mission.txt": MISSION, "breakfast.txt": BREAKFAST})


def test_whom_someone_met_is_not_named_by_a_sentence_of_anothers_meeting(kb5: KnowledgeBase) -> None:
    """Before, 'Sato Ken … of Japan' answered: the country the question gives counted as the name of the one who
    met, and the prime minister met President Alder, not Rowe."""
    assert headline(kb5, "which japanese govt officials did dan rowe meet on the japan leg of the mission") is None


def test_secstate_is_the_secretary_of_state(kb5: KnowledgeBase) -> None:
    """Before, 'dep secstate' asked for no office usrok knew, and the foreign minister's title ruled Miles out."""
    asked = "fm han had a working bfast in dc w the new us dep secstate - who was it"
    assert (headline(kb5, asked) or "").startswith("Kurt Miles")


def test_a_quantity_of_steel_is_a_number_whatever_qualifies_it() -> None:
    """Before, 'us-made' was read as a verb ('made') between 'how much' and 'steel', and money was asked."""
    assert question_shape("how much us-made steel does each crane need").answer_type == "number"


def test_a_rate_changed_the_other_way_or_of_another_kind_is_no_answer(kb3: KnowledgeBase) -> None:
    """Found by a second reader: 'raise … to' answered the rate the tariffs were lowered to, and 'the steel tariff'
    the reciprocal one."""
    assert headline(kb3, "what did the us raise the tariff on korean goods to") is None
    assert headline(kb3, "what did the us lower the steel tariff to") is None
    assert headline(kb3, "what did washington drop the tariff on korean goods to") == "15 percent"


def test_a_state_office_answers_who_attended(tmp_path: Path) -> None:
    """Found by a second reader: the state-office rule kept Alabama's secretary from answering who came."""
    kb = knowledge_of(tmp_path, {"commerce.txt": COMMERCE})
    assert (headline(kb, "which secretary of commerce attended the ceremony") or "").startswith("Dana Wells")
