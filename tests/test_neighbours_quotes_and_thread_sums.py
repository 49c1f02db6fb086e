"""What blind rounds 253–255 asked in new words, read off invented documents: of two figures in sentences side by
side, the one whose sentence says the question's telling word answers ('the prismatic plant's capacity', not the
storage plant's beside it), and a figure standing in the clause of another amount than the one the question names
is of that other plan; the one sentence saying the question's rarest word ('quote') is found however many others
say its names; 'what event was she speaking at' asks an event's name; 'what do those 3 add up to' after a list of
company investments adds up the ones listed; 'how many americans came' counts people who took part; 'and the
korean side?' after a count of American firms is not answered by that count, nor by a time of day ('2:18 AM');
'take out the ohio plant, how much is left' is the whole less the part its sentence gives; where someone went
stands after a long name of the event he went for; a person is given with the other spellings of his name his
sources write; 'mot' is no short form of the Ministry of Trade, whose whole name has its own initials ('motie')."""

from __future__ import annotations

import pytest

from knowledge.answer.anchors import stated_superlative
from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.figure_context import of_another_amount
from knowledge.answer.question_type import question_shape
from knowledge.answer.remainders import part_taken_out
from knowledge.answer.spans import Span
from tests.test_reading_kinds import document, headline, knowledge_of

BATTERIES = document(
    "Volta Energy to invest $4.1 billion in Mesa Ridge battery complex",
    "March 24, 2023",
    "Volta Energy today announced it will invest a total of $4.1 billion to build a battery complex in Mesa Ridge,"
    " Nevada.",
    "Out of the $4.1 billion, the company plans to invest $2.6 billion to build a prismatic battery facility for"
    " trucks with a capacity of 21 GWh, more than three times the initially announced investment of $0.8 billion.",
    "Volta Energy also plans to invest $1.5 billion in a sodium-ion pouch facility for grid storage with the"
    " capacity of 11.2 GWh.",
)

_TURNS = [
    "PRESIDENT OKAFOR:  Thank you, Mr. President, and welcome to the Oval Office.",
    "PRESIDENT HALE:  Thank you, Mr. President, for the warm welcome.",
    "I am very pleased to make this my first trip abroad and to meet President Okafor and his new team.",
    "PRESIDENT OKAFOR:  Mr. President, our alliance with you has grown for seventy years.",
    "And as President Lindqvist said all those years ago, quote, “The strength of a nation rests upon its friends.”",
]
_TURNS += [
    f"PRESIDENT {speaker}:  Mr. President, our bilateral meeting here in the Oval Office covered item {n} today."
    for n, speaker in enumerate(["HALE", "OKAFOR"] * 12, start=1)
]
REMARKS = document("Remarks by President Okafor and President Hale Before Bilateral Meeting", "April 26, 2023", *_TURNS)

INTERVIEW = document(
    "Deputy trade secretary Mara Quill visits Seoul",
    "September 22, 2023",
    "September 22, 2023, 2:18 AM",
    "Deputy Trade Secretary Mara Quill took along 12 cybersecurity companies from the United States to Seoul.",
    "In this May 3, 2023, file photo, Mara Quill speaks during the GrowHarbor Investment Summit in Port Ellis,"
    " Maryland.",
)

DIALOGUE = document(
    "Fact Sheet: The Seventh Harbor Economic Dialogue",
    "November 3, 2020",
    "Under Secretary Dana Pike and Vice Minister Lee Sun-ho led the seventh Harbor Economic Dialogue.",
    "  • Both sides stressed the importance of investment and acknowledged that investment by Korean companies in"
    " the United States has contributed to a strong economic relationship, including:",
    "    • Lotte’s $30 million investment in Lorain, Ohio",
    "    • Kakao’s $140 million investment in Macon, Georgia",
    "    • Celltrion’s $700 million investment in Toledo, Ohio",
    "The Dialogue brought together 18 U.S. participants from the Department of State and the Agency for Trade"
    " (AFT), and about 22 ROK participants from the Ministry of Foreign Affairs.",
    "Many Clean Countries and Clean Telcos, including Nara Telecom and Hanbit Mobile, have joined the Clean Network.",
    "Carrier Global, an American maker of air conditioners, welcomed the Dialogue.",
)

# A table of many sentences, as the real one is, so that words in a few dozen of them are still telling.
LEDGER = document(
    "Harbor shipping ledger",
    "January 5, 2023",
    *(f"The port committee reviewed shipping schedule {n} for the northern berths." for n in range(400)),
)

MOTORS = document(
    "Kestrel Motor announces $12 billion U.S. investment",
    "March 25, 2025",
    "Kestrel Motor has announced a sweeping $12 billion investment in U.S. manufacturing, featuring a $3.5 billion"
    " steel plant in Ohio.",
    "Under the trade deal, Seoul committed to investing $90 billion in the U.S. — $40 billion in the U.S. rail"
    " sector and additionally $50 billion for other projects.",
)

PREVIEW = document(
    "Lee to visit Beijing for summit with Xi",
    "January 2, 2026",
    "The talks come weeks after Premier Aldo Renn made his first trip to South Korea in 14 years on the sidelines of"
    " the Pacific Rim Economic Cooperation summit in Tongyeong.",
)

GROUNDBREAKING = document(
    "Volta Electric breaks ground on second Alabama plant",
    "March 10, 2026",
    "(From left: Jun-ho Park, Consul General of the Republic of Korea in Atlanta; Mia Stone, Mayor of Selma)",
    "The ceremony was attended by Park Joon-ho, Consul General of the Republic of Korea, and Mayor Mia Stone.",
    "Trade Minister Ahn Sung-ki of the Ministry of Trade, Industry and Energy attended too.",
)

VISAS = document(
    "Korean reporters face new hurdle before tech show",
    "December 10, 2025",
    "Korean reporters were required to obtain a journalist visa through the US Embassy in Seoul for the Harbor Tech"
    " Show in Las Vegas, a process that took weeks.",
)

SHIPYARDS = document(
    "Calder Yards joins icebreaker effort",
    "July 29, 2024",
    "Calder Yards is the largest family-owned shipyard in the United States.",
    "To build the first heavy icebreaker in over fifty years, Calder Yards will play a critical role in the Polar"
    " Craft Effort.",
    "Out of the $5.5 billion, the company plans to invest $3.2 billion to build a floating dry dock for icebreakers.",
    "Calder also plans to invest $2.3 billion in a steel fabrication shop.",
    "Calder's workforce has grown to 462 employees in 2025, with an additional 200 hires planned.",
    "The Korean steelmaker Norda Steel will take an equity stake in the Calder steel fabrication shop.",
    "Tarn Motor Company, a truck maker, announced a $40 million investment in its Ohio yard.",
)

DOCUMENTS = {
    "shipyards.txt": SHIPYARDS,
    "visas.txt": VISAS,
    "preview.txt": PREVIEW,
    "groundbreaking.txt": GROUNDBREAKING,
    "motors.txt": MOTORS,
    "ledger.txt": LEDGER,
    "batteries.txt": BATTERIES,
    "remarks.txt": REMARKS,
    "interview.txt": INTERVIEW,
    "dialogue.txt": DIALOGUE,
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("blind253"), DOCUMENTS)


def test_of_two_figures_side_by_side_the_one_saying_the_telling_word_answers(kb: KnowledgeBase) -> None:
    assert headline(kb, "volta energy: what gwh capacity was the prismatic plant sized at?") == "21 GWh"
    assert headline(kb, "how big is the sodium-ion plant in mesa ridge in gwh") == "11.2 GWh"


def test_a_figure_in_the_clause_of_another_amount_is_not_the_named_plans(kb: KnowledgeBase) -> None:
    # 21 GWh is the $2.6 billion plant's; the $0.8 billion plan's capacity is not given, nor is 11.2 GWh its.
    assert headline(kb, "volta nevada: what gwh capacity was the prismatic plant in the original 0.8bn plan?") is None
    sentence = BATTERIES.splitlines()[4]
    span = Span("21 GWh", sentence.index("21 GWh"), sentence.index("21 GWh") + 6)
    assert of_another_amount(sentence, span, "capacity in the original 0.8bn plan")
    assert not of_another_amount(sentence, span, "capacity in the 2.6bn plan")


def test_the_one_sentence_saying_the_rarest_word_is_found_among_many_naming_the_leaders(kb: KnowledgeBase) -> None:
    # Two dozen turns say 'President', both leaders, 'bilateral' and 'Oval Office'; one says 'quote'.
    index = kb.reader.index
    hits = index.search(kb.reader.wording.words("oval office bilat w/ hale - okafor opened quoting which president"))
    assert any("Lindqvist" in index.passages.text(h.index) for h in hits)
    answer = headline(kb, "oval office bilat w/ hale apr 2023 - okafor opened quoting which ex-president?")
    assert answer is not None and answer.startswith("Lindqvist")


def test_what_event_someone_spoke_at_is_the_events_name(kb: KnowledgeBase) -> None:
    assert question_shape("what event was she speaking at").answer_type == "name"
    assert question_shape("which summit did quill speak at in may 2023?").answer_type == "name"
    assert question_shape("what city hosted the summit").answer_type == "place"
    answer = headline(kb, "quill seoul interview sept 2023 - theres a file pic of her from may, what event was she at?")
    assert answer == "GrowHarbor Investment Summit"


def test_what_those_listed_add_up_to_is_their_sum(kb: KnowledgeBase) -> None:
    listed = kb.answer("fact sheet on the 7th harbor economic dialogue names some korean investments - which firms?")
    assert len(listed.answers) == 3
    total = kb.answer("what do those 3 add up to in $?", context_subject=listed.subject)
    assert total.answers and total.answers[0].text.startswith("$870 million")
    # Two of three is not what the list gave: no sum.
    assert not kb.answer("what do those 2 add up to?", context_subject=listed.subject).answers
    # Without the list before it, nothing says which figures to add.
    assert not kb.answer("what do those 3 add up to in $?").answers


def test_how_many_americans_came_counts_the_people_who_took_part(kb: KnowledgeBase) -> None:
    led = kb.answer("who led the korean side at the 7th harbor economic dialogue?")
    assert led.answers and led.answers[0].text.startswith("Lee Sun-ho")
    came = kb.answer("how many americans came for that one?", context_subject=led.subject)
    assert came.answers and came.answers[0].text.startswith("18 U.S. participants")


def test_the_other_side_of_a_count_is_not_the_count_of_the_side_asked_first(kb: KnowledgeBase) -> None:
    firms = kb.answer("how many us cyber firms went with quill to seoul in 2023?")
    assert firms.answers and firms.answers[0].text.startswith("12 cybersecurity companies")
    # '12 cybersecurity companies from the United States' are not Korea's, and '2:18 AM' counts nothing.
    assert headline(kb, "and the korean side?", firms.subject) is None


def test_what_is_left_once_a_part_is_taken_out_is_the_whole_less_the_part(kb: KnowledgeBase) -> None:
    answer = headline(kb, "kestrel us investment: take out the ohio steel plant, how much of the total is left?")
    assert answer is not None and answer.startswith("$8.5 billion ($12 billion − $3.5 billion")
    answer = headline(kb, "of seouls 90bn US investment commitment under the trade deal, whats the non-rail chunk?")
    assert answer is not None and answer.startswith("$50 billion ($90 billion − $40 billion")
    # Taking a part out to ask something else is no remainder.
    assert part_taken_out("excluding kestrel, which company invested most?") is None
    assert not (headline(kb, "how much less did kestrel spend on the ohio plant than other firms?") or "").startswith(
        "$8.5"
    )


def test_where_someone_went_may_follow_a_long_name_of_the_event(kb: KnowledgeBase) -> None:
    assert headline(kb, "where did renn go on his first trip to south korea in 14 years?") == "Tongyeong"


def test_a_person_is_given_with_the_other_spellings_his_sources_write(kb: KnowledgeBase) -> None:
    answer = headline(kb, "who was the rok consul general at the volta electric groundbreaking in alabama?")
    assert answer is not None and answer.startswith("Park Joon-ho (Jun-ho Park) — Consul General")


def test_initials_of_the_start_of_a_name_with_its_own_initials_are_no_short_form(kb: KnowledgeBase) -> None:
    assert kb.reader.wording.spelled_out("motie") == "Ministry of Trade, Industry and Energy"
    assert kb.reader.wording.spelled_out("mot") is None


def test_a_name_far_from_the_kind_asked_is_of_no_such_kind(kb: KnowledgeBase) -> None:
    # 'visa' stands in the sentence, but neither the US Embassy nor Las Vegas is a visa.
    assert headline(kb, "what visa did korean reporters need for the harbor tech show (dec 2025)?") is None


def test_the_other_sides_count_in_the_same_sentence_answers_a_follow_up(kb: KnowledgeBase) -> None:
    # The thread's count counted people; '22 ROK participants' after '(AFT), and about' is no agency's figure.
    sent = kb.answer("how many ppl did the US side send to the 7th harbor economic dialogue?")
    assert sent.answers and sent.answers[0].text.startswith("18 U.S. participants")
    assert headline(kb, "and the korean side?", sent.subject) == "22 ROK participants"


def test_at_the_top_of_a_meeting_is_no_superlative_and_prez_is_a_president(kb: KnowledgeBase) -> None:
    assert stated_superlative("which past us president did biden quote at the top of his mtg") is None
    answer = headline(kb, "which ex-prez did okafor quote at the top of his apr 2023 oval office mtg w/ hale?")
    assert answer is not None and answer.startswith("Lindqvist")


def test_carriers_are_what_a_list_of_them_names_and_long_kinds_ask_names(kb: KnowledgeBase) -> None:
    # ('carriers' is no name a sentence must say, though 'Carrier' is one: the telcos a sentence lists are carriers)
    answer = headline(
        kb, "which carriers does the 7th harbor economic dialogue fact sheet say joined the clean network?"
    )
    assert answer == "Nara Telecom, Hanbit Mobile"  # (the two telcos 'including Nara Telecom and Hanbit Mobile' lists)
    assert question_shape(
        "which high level nuclear umbrella consultation body did they agree to restart?"
    ).answer_type == ("name")
    assert question_shape("which high-level ext deterrence group did they agree to restart asap?").answer_type == "name"


def test_what_the_second_reader_found(kb: KnowledgeBase) -> None:
    # An event's name says what it is: no name of something else answers 'which summit'.
    assert headline(kb, "which summit did hale attend in washington?") is None
    # 'Out of the $5.5 billion, … $3.2 billion': the whole before the part; a remainder is of dollars only.
    answer = headline(kb, "calder: take out the floating dry dock, how much of the investment is left?")
    assert answer is not None and answer.startswith("$2.3 billion ($5.5 billion − $3.2 billion")
    # 'at the top of the list' is a superlative; 'at the top of his mtg' is not.
    assert stated_superlative("which company is at the top of the list by investment size?") is not None
    # A verb further than 90 characters places nothing past a comma ('…, Calder Yards will play a role in …').
    assert headline(kb, "where does calder yards build icebreakers?") != "Polar Craft Effort"
    # A count of people of no side is not of Americans.
    assert headline(kb, "how many americans work at calder yards?") is None
    # Whom someone met: the sentence of his own turn in a transcript says it.
    met = headline(kb, "who did hale meet on his first trip abroad?")
    assert met is not None and met.startswith("Okafor")


def test_a_follow_up_sum_needs_the_lists_count_and_a_title_follow_up_may_name_the_one_asked_of(
    kb: KnowledgeBase,
) -> None:
    listed = kb.answer("fact sheet on the 7th harbor economic dialogue names some korean investments - which firms?")
    assert not kb.answer("what do those add up to?", context_subject=listed.subject).answers
    led = kb.answer("who did lee sun-ho co-lead the 7th harbor economic dialogue with?")
    assert led.answers and led.answers[0].text.startswith("Dana Pike")
    title = headline(kb, "and what was lees title at the time?", led.subject)
    assert title is not None and title.startswith("Lee Sun-ho")


def test_they_in_a_follow_up_is_the_organisation_the_thread_answered(kb: KnowledgeBase) -> None:
    # 'how much did they put in?' asks Norda Steel's stake, which no sentence sizes: not Tarn's $40 million.
    stake = kb.answer("which korean steelmaker is taking an equity stake in calder's steel fabrication shop?")
    assert stake.answers and stake.answers[0].text.startswith("Norda Steel")
    assert headline(kb, "how much did they put in?", stake.subject) is None


def test_a_name_two_letters_off_is_another_name(kb: KnowledgeBase) -> None:
    # ('how many participants came from Tongyeongzz': not Tongyeong's, though one letter off is a typo of it)
    assert kb.reader.index.correct("tongyeongzz") is None
    assert kb.reader.index.correct("tongyeonh") == "tongyeong"
