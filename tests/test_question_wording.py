"""Questions worded as analysts type them, read off invented documents: a numbered meeting ('sed #5'), a month
with a clipped year ('sept 22'), a verb the documents say otherwise ('sinking' for 'invest'), a part asked
where the sentence beside it gives the whole, and a follow-up that names nothing itself."""

from __future__ import annotations

import pytest

from knowledge.answer.acts import alike_words
from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.normalize import normalize
from knowledge.answer.passages import stem
from knowledge.answer.question_dates import years_after_a_month
from knowledge.answer.question_type import question_shape
from knowledge.answer.spans import numbers_in
from tests.test_reading_kinds import document, knowledge_of

DOCUMENTS = {
    "dialogue.txt": document(
        "Fourth and fifth rounds of the Harbor Dialogue",
        "October 2, 2022",
        "Vice Minister Park Sora led the Korean delegation to the fifth Harbor Dialogue in Busan.",
        "The fourth Harbor Dialogue was led by Vice Minister Choi Jinu in Incheon.",
        "Vice President Ada Brook met President Han Jiwon in Daejeon on September 28.",
    ),
    "older.txt": document(
        "An earlier visit",
        "May 4, 2019",
        "Vice President Ada Brook met President Han Jiwon in Gwangju on May 3.",
    ),
    "plant.txt": document(
        "Nordcell expands in Ohio",
        "June 1, 2024",
        "Nordcell will invest a total of $900 million to build a battery complex in Lorain, Ohio.",
        "Out of that, the company plans to invest $600 million in a prismatic cell plant with 20 GWh of capacity.",
        "Governor Tom Reed welcomed the decision.",
    ),
    "grants.txt": document(
        "Port grants",
        "July 9, 2024",
        "The Port Agency awarded $4.5 million in grants to nine harbors.",
        "Kestrel Marine will invest $70 million in its own dock.",
    ),
    "talks.txt": document(
        "The Ninth Strait Dialogue",
        "May 2, 2024",
        "Under Secretary of State Mara Quill and 2nd Vice Foreign Minister Yoon Dahee led their delegations at"
        " the Ninth Strait Dialogue in Washington.",
        "Ambassador of the Republic of Korea to the United States Seo Minjae attended the dinner that followed.",
    ),
    "summit.txt": document(
        "Joint Statement of the Harbor Summit",
        "May 9, 2024",
        "The two leaders agreed to reactivate the Coastal Deterrence Planning and Review Group as soon as possible.",
        "They discussed the Clean Harbors Act. The Vice President noted Seoul's concerns about the Act's tax"
        " credits for electric ferries.",
    ),
    "mission.txt": document(
        "Cyber trade mission to Korea and Japan",
        "September 30, 2023",
        "Deputy Secretary of Commerce Lena Ortiz led a cyber trade mission of 12 companies to Korea and Japan.",
        "In Seoul the delegation met Vice Minister Han Doyun of the Ministry of Science and ICT.",
    ),
    "week.txt": document(
        "Summit week",
        "January 2, 2026",
        "Deputy Secretary Lena Ortiz told Harbor News from Seoul that supply chains must be aligned.",
        "President Ada Brook and President Han Jiwon delivered remarks in the East Reading Room of the White House.",
        "Lee and Xi held a summit in Gyeongju in November.",
        "Lee and Xi will hold a summit in Beijing on Monday.",
    ),
    "tech.txt": document(
        "Harbor Technology Dialogue",
        "June 3, 2024",
        "The Harbor Technology Dialogue (HTD) was launched in Busan.",
        "Minister Park Sora said the HTD would be anchored across seven main technology areas, including robotics.",
        "Deputy Secretary Lena Ortiz led a delegation of 12 American cybersecurity companies to Busan.",
    ),
    "bakery.txt": document(
        "Bakeries",
        "March 3, 2025",
        "Brightloaf, a chain owned by South Korea’s Gold Oven Holdings, grew fast.",
        "Minister Park Sora will then visit Rye Field Corp.’s Ohio plant.",
        "This funding will support Brightloaf’s investment of over $90 million, after the Port Agency awarded"
        " Brightloaf $12 million in direct funding.",
    ),
    "forum.txt": document(
        "The Eleventh Pacific Forum",
        "April 2, 2024",
        "The Foreign Ministry hosted the eleventh Pacific Forum in Incheon on April 1.",
        "Under Secretary of State Mara Quill and Vice Minister Yoon Dahee headed the delegations.",
        "Deputy Secretary Lena Ortiz delivered a closing policy speech at Jeju National University to cap off the"
        " forum.",
    ),
    "statement.txt": "\n".join(
        [
            "President Han Jiwon welcomes President Ada Brook to the Republic of Korea for their first summit.",
            "",
            "The two Presidents agree to reactivate the high-level Coastal Watch Consultation Group.",
            "Minister of Finance Oh Jisu joined the talks.",
        ]
    ),
    "tour.txt": document(
        "President Han tours a battery plant in Ohio",
        "May 24, 2021",
        "President Han Jiwon toured the Tarn Battery plant in Lorain, Ohio on Saturday.",
        "He was accompanied by Industry Minister Han Sora, Tarn Group Chairman Choi Minjae and Ohio Gov. Mike Dewitt"
        " during the tour of the facility.",
        "The visit came a day before the 139th anniversary of the two countries' diplomatic ties.",
    ),
    "ports.txt": document(
        "Talks in Lisan",
        "March 30, 2024",
        "Officials from Velro and Mizen discussed ports in Quiqui on March 25, with 344 participants and $5 million"
        " for dredging.",
    ),
    "vaccines.txt": document(
        "Talks in Haru",
        "March 30, 2024",
        "Officials from Danqui and Linru discussed biotechnology in Haru on March 5, with 555 participants and"
        " $419 million for vaccines.",
        "Officials from Danqui and Linru discussed vaccines in Mika on March 9, with 369 participants.",
    ),
    "harbor_forum.txt": document(
        "Harbor Forum",
        "May 4, 2024",
        "The Ministry of Foreign Affairs hosted the Harbor Forum in Mokpo on May 3.",
    ),
    "freight.txt": document(
        "Port grants",
        "July 30, 2024",
        "On July 10, the Coastal Freight Administration awarded $4 million to 9 small ports in 5 states through the"
        " Small Port Grant program.",
        "Separately, the Reef Health Security Agenda gained two members.",
    ),
    "boatyards.txt": document(
        "River grants",
        "June 30, 2024",
        "On June 3, the River Works Administration awarded $3 million in grant awards to 11 small boatyards in 4"
        " states.",
        "The agency cut its own staff by 5 percent.",
    ),
    "award.txt": document(
        "Ferro Electronics award",
        "December 20, 2024",
        "The Department of Industry awarded Ferro Electronics up to $2.1 billion in direct funding under the TIDE"
        " Incentives Program.",
        "The program was created by the TIDE and Science Act of 2022.",
    ),
    "cables.txt": document(
        "Tarn Cables expands in Dayton",
        "April 2, 2025",
        "Tarn Cables opened its Dayton plant in 2015.",
        "Its workforce has grown from 50 employees in 2015 to 310 in 2024.",
    ),
    "breach.txt": document(
        "Velo Mart under fire",
        "June 1, 2025",
        "Lawmakers held a hearing on Velo Mart, whose mishandling of customers’ data was first unveiled on May 2,"
        " reportedly affecting some 900 users — only to be corrected to 2.1 million on May 9.",
    ),
    "pact.txt": "\n".join(
        [
            "Partnership fact sheet",
            "",
            "Support the Coral Health Agenda, as steering group members, to improve global capacity.",
            "To facilitate this the Republic of Korea has committed $150 million in new funding over five years to"
            " help address future threats.",
        ]
    ),
    "visa.txt": document(
        "Reporters face visa hurdles",
        "January 9, 2025",
        "Applicants for the media visa were also required to show proof of at least 5 million won in savings.",
    ),
    "finance.txt": document(
        "Finance ministers talk",
        "December 5, 2023",
        "Finance Minister Oh Jisu spoke with U.S. Treasury Secretary Ada Brook on Monday.",
        "In a related development, Kang Mirae-sun, the former senior presidential secretary for economic affairs, has"
        " been appointed as the new minister of economy and finance.",
        "In this role, Kang will also serve as the deputy prime minister for the economy, succeeding Oh.",
        "A trilateral meeting of finance ministers is planned for next month.",
        "This meeting was agreed upon during a June summit in Vermont.",
    ),
    "remarks.txt": "\n".join(
        [
            "Remarks by President Brook and President Han Jiwon Before Bilateral Meeting",
            "",
            "The Blue Pavilion",
            "April 26, 2023",
            "",
            "Garnet Room",
            "",
            "PRESIDENT BROOK: Well, Mr. President, we are honored to welcome you.",
            "Our alliance has grown stronger every year.",
            "Our two peoples trade more than ever.",
            "Our students study in each other's schools.",
            "And as President Lincoln said all those years ago, a house divided cannot stand.",
        ]
    ),
    "embassy.txt": document(
        "Embassy open day",
        "June 9, 2024",
        "Staff of the U.S. Embassy in Seoul met students on Friday.",
    ),
    "mill.txt": document(
        "Tarn Steel picks Ohio",
        "March 25, 2025",
        "The Ohio mill will be Tarn Steel's first U.S. plant, expected to produce 2 million tons of steel annually.",
        "Tarn Chairman Lee Minho attributed the decision to talks with officials in 2019.",
    ),
    "lobby.txt": document(
        "Velo Mart lobbying",
        "June 2, 2025",
        "Velo Mart spent $1 million on lobbying in the year it went public, rising to $3 million in 2024.",
        "Rival Dart spent $2 million on lobbying in 2024.",
    ),
    "networks.txt": document(
        "Partnership on harbor networks",
        "May 21, 2021",
        "Strengthen competitiveness in secure harbor networks by encouraging research. The United States has committed"
        " $2 billion to this effort, and the ROK has committed $500 million.",
    ),
    "cells.txt": document(
        "Ferro Cells comes to Mesa",
        "March 24, 2023",
        "Ferro Cells will build a cylindrical cell plant with a capacity of 20 GWh in Mesa, Arizona.",
        "Ferro Cells also plans a pouch plant with the capacity of 10 GWh.",
        "Both facilities, totaling 30 GWh, are expected to break ground this year.",
    ),
    "yards.txt": document(
        "Maritime fact sheet",
        "July 30, 2024",
        "Vessko Shipyards: The first shipbuilder in decades to build an icebreaker, Vessko will play a role.",
        "Vessko was founded in 1950, and is the largest privately-owned shipyard in Ohio.",
    ),
    "space.txt": document(
        "Readout of the Vice President's meeting",
        "September 29, 2022",
        "The Vice President welcomed Korea's plan to commit not to conduct destructive orbital laser testing.",
        "Ferro Holdings secured an equity investment from Tarn Steel for its planned mill in Ohio.",
    ),
    "moves.txt": "\n".join(
        [
            "Appliance makers move lines",
            "",
            "VESKO APPLIANCES",
            "The South Korean appliance giant is considering moving the manufacturing of ovens from its Mexico plant"
            " to its plant in Ohio, Harbor Daily reported on Jan. 21.",
        ]
    ),
    "outlets.txt": document(
        "Bakery outlets",
        "March 6, 2025",
        "Brightloaf operates roughly 600 stores globally, including about 150 in North America.",
        "Crumbhouse aims to open more than 200 stores in the U.S. next year.",
    ),
    "chains.txt": document(
        "Korean bakery chains grow in the U.S.",
        "March 5, 2025",
        "Brightloaf’s U.S. sales are expected to increase to about 500 billion won this year from 100 billion won"
        " in 2020, while Crumbhouse’ sales are projected to rise to about 150 billion won from 30 billion won over"
        " the same period.",
        "Their combined U.S. sales stood at only about 40 billion won in 2020, but surged to 300 billion won in 2024.",
    ),
    "untitled.txt": "\n".join(
        [
            "Tarn Electric said Sunday that it held a groundbreaking ceremony on Friday for a second plant at its"
            " base in Dothan, Alabama, Tarn Transformers USA.",
            "",
            "Construction is scheduled for completion in April next year. The new facility is expected to generate"
            " roughly 90 billion won ($60 million) in annual revenue.",
            "",
            "The company plans to invest about $95 million to boost production.",
            "",
            "Tarn Electric first invested 40 billion won in the base and added 20 billion won in 2019.",
        ]
    ),
}


TITLED = {
    "reef_statement.txt": document(
        "Declaration by President Han Jiwon and President Ada Brook on the Third Reef Forum",
        "March 29, 2023",
        "Since 2021, the Reef Forum process has brought together governments and civil society.",
        "And today, we are announcing that the Republic of Korea will host a future, third Reef Forum.",
    ),
    "advisors.txt": document(
        "Advisor Ward travels to Busan",
        "December 7, 2023",
        "National Security Advisor Ann Ward has traveled to Busan for meetings on Friday, December 8 with her"
        " counterparts, Secretary General Aoki Tomo of Japan and Office Director Park Dana of the ROK.",
        "Kora Electronics is considering moving its dryer production from Mexico to its plant in Ohio.",
        "Until 2020 reporters travelled under the Harbor Entry Permit Scheme, or HEPS, which allowed short visits.",
    ),
    "delta.txt": document(
        "Delta Dialogue held in Washington",
        "December 10, 2025",
        "Second Vice Minister Roh Mina and Under Secretary Tom Vale held the 3rd Delta Dialogue, after a deal was"
        " finalized during the second summit between President Han Jiwon and President Ada Brook in late October.",
    ),
    "complex.txt": document(
        "Battery maker plans a complex",
        "March 24, 2023",
        "Battery maker Nordvolt said it will build a battery complex in Elm Creek, Ohio.",
        "It will invest $3 billion in a cell plant with a capacity of 30 GWh.",
        "Nordvolt also plans a storage plant with 10 GWh.",
        "Both facilities, totaling 40 GWh, will break ground this year.",
    ),
    "chips_and_masks.txt": document(
        "Chipco picks Iowa",
        "May 2, 2024",
        "Chipco announced today that it will invest an estimated $2.15 billion in Red Oak, Iowa to build an"
        " advanced packaging fab.",
        "In 2020 the Republic of Korea donated medical supplies to the Kingdom of Norland, including 3.5 million"
        " protective masks.",
    ),
    "leak.txt": document(
        "Lawmakers and the Zorin leak",
        "December 22, 2025",
        "Lawmakers accuse Zorin of mishandling customers' private data, which was first made public on Nov. 20,"
        " only to be corrected on Nov. 29.",
    ),
    "tariff_moves.txt": document(
        "Companies weigh moves over tariffs",
        "March 28, 2025",
        "Appliance maker Nori Appliances said on Monday that it expects higher tariffs on goods from Mexico.",
        "The Japanese home appliance maker is considering moving the manufacturing of refrigerators from Mexico to"
        " its plant in Tennessee.",
    ),
    "moll_mission.txt": document(
        "Deputy Secretary Moll leads a trade mission",
        "May 9, 2024",
        "From May 2 to 8, Deputy Secretary of Commerce Rita Moll led a delegation of 11 U.S. companies to Korea and"
        " Japan.",
        "During her visit to Seoul, Deputy Secretary Moll met Korean officials.",
        "The mission concluded in Japan, where Deputy Secretary Moll met Japanese officials.",
    ),
    "breakfast.txt": document(
        "Foreign Minister Has Working Breakfast with Deputy Secretary of State",
        "March 1, 2024",
        "Minister of Foreign Affairs Kang Mira had a working breakfast with Deputy Secretary of State Carl Bend in"
        " Washington D.C. on February 29.",
    ),
    "lumen_remarks.txt": document(
        "Remarks by President Han Jiwon and Prime Minister Oda Ken Before Trilateral Meeting | Lumen, Tarsia",
        "November 15, 2024",
        "We meet for the fourth time as leaders of our three countries.",
        "The trilateral secretariat that will be launched as a result of today's meeting will keep our work going.",
    ),
}
"""Statements whose titles name the leaders, beside sentences that say what was asked without naming anyone."""


@pytest.fixture(scope="module")
def titled_kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("titled"), {**DOCUMENTS, **TITLED})


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("wording"), DOCUMENTS)


def _headline(kb: KnowledgeBase, question: str) -> str | None:
    """The answer's first line as read (an amount), or the figure of the pledge that answers."""
    answer = kb.answer(question)
    if not answer.answers:
        return None
    top = answer.answers[0]
    return top.text.split(" pledged ")[1].split(" — ")[0] if " pledged " in top.text else top.text


def test_a_number_after_a_hash_sign_is_an_ordinal() -> None:
    assert (
        normalize("sed #5 and plant #2")
        == normalize("sed five and plant two").replace("5", "5th").replace("2", "2nd")
        == normalize("sed fifth and plant second")
    )


def test_a_numbered_meeting_is_the_one_of_that_ordinal(kb: KnowledgeBase) -> None:
    assert "Park Sora" in (_headline(kb, "who led the korean delegation at harbor dialogue #5") or "")
    assert "Choi Jinu" in (_headline(kb, "who led harbor dialogue #4") or "")


def test_a_month_with_a_clipped_year_asks_that_year() -> None:
    assert years_after_a_month("where did they meet in sept 22, and in jul 2024") == {"2022", "2024"}


def test_a_clipped_year_picks_the_meeting_of_that_year(kb: KnowledgeBase) -> None:
    assert _headline(kb, "where did vp brook meet president han in sept 22") == "Daejeon"
    assert _headline(kb, "where did vp brook meet president han in may 19") == "Gwangju"
    assert _headline(kb, "where did vp brook meet president han in may 23") is None  # no meeting that year


def test_a_verb_of_the_same_act_is_said_by_the_sentence(kb: KnowledgeBase) -> None:
    assert _headline(kb, "how much is kestrel marine sinking into the dock") == "$70 million"
    # Giving is not getting: the agency's grants are not what Kestrel puts in itself.
    assert _headline(kb, "how much did the port agency hand out in grants") == "$4.5 million"


def test_a_part_is_not_answered_by_the_whole_beside_it(kb: KnowledgeBase) -> None:
    assert _headline(kb, "how much is nordcell spending on the prismatic cell plant in lorain") == "$600 million"
    assert _headline(kb, "how much is nordcell investing in lorain ohio in total") == "$900 million"


def test_a_follow_up_naming_nothing_stays_in_the_threads_story(kb: KnowledgeBase) -> None:
    first = kb.answer("how much is kestrel marine investing in its dock")
    assert first.answers and "$70 million" in first.answers[0].text
    follow = kb.answer("where is it located", context_subject=first.subject)
    # The dock's story says nowhere; another document's place is not the answer.
    assert all("Lorain" not in a.text and "Ohio" not in a.text for a in follow.answers)


def test_a_sentence_naming_nothing_goes_on_about_the_one_before(kb: KnowledgeBase) -> None:
    # 'The company plans to invest …' two sentences after the plant is named, past one that names nothing.
    assert _headline(kb, "how much is tarn electric spending on the 2nd dothan plant") == "about $95 million"


def test_a_figure_of_another_kind_of_money_is_not_the_one_asked(kb: KnowledgeBase) -> None:
    assert (
        _headline(kb, "what revenue will tarn electric's new dothan plant bring in")
        == "roughly 90 billion won ($60 million)"
    )
    spent = _headline(kb, "how much is tarn electric putting into the new dothan facility")
    assert spent is None or "90 billion" not in spent


def test_a_story_without_a_headline_does_not_date_its_first_sentences_event_by_another(kb: KnowledgeBase) -> None:
    # The story has no date of its own, so 'Friday' cannot be resolved: the 2019 of another sentence is no answer.
    answer = kb.answer("when was tarn electric's groundbreaking in dothan")
    assert all("2019" not in a.text for a in answer.answers)


def test_the_side_before_a_word_for_a_person_is_the_persons_own(kb: KnowledgeBase) -> None:
    first = kb.answer("who headed the us delegation at the strait dialogue w/ rok")
    assert first.answers and "Mara Quill" in first.answers[0].text
    follow = kb.answer("and the korean side?", context_subject=first.subject)
    assert follow.answers and "Yoon Dahee" in follow.answers[0].text
    # Korea's ambassador to the United States is not the US ambassador to Korea.
    assert _headline(kb, "who was the us amb to sk at the strait dialogue dinner") is None


def test_which_law_or_body_is_answered_with_the_name_the_sentence_gives(kb: KnowledgeBase) -> None:
    assert _headline(kb, "which deterrence body did the leaders agree to restart at the harbor summit") == (
        "Coastal Deterrence Planning and Review Group"
    )
    # 'the Act's tax credits' refers back to the law the sentence before names; a title is no law's name.
    assert _headline(kb, "which law's tax breaks for electric ferries worried seoul") == "Clean Harbors Act"


def test_a_month_asked_is_checked_on_the_story(kb: KnowledgeBase) -> None:
    # The dialogue's story is of October 2022; its meeting of September 28 is not one of May of that year.
    assert _headline(kb, "where did vp brook meet president han in may 22") is None
    assert _headline(kb, "where did vp brook meet president han in sept 22") == "Daejeon"


def test_a_side_a_mission_goes_to_is_not_the_side_of_who_led_it(kb: KnowledgeBase) -> None:
    assert "Lena Ortiz" in (_headline(kb, "who led the commerce dept's cyber trade mission to rok + japan") or "")


def test_the_kind_asked_is_said_by_the_answer_itself(kb: KnowledgeBase) -> None:
    assert _headline(kb, "which news org did ortiz talk to in seoul") == "Harbor News"
    assert _headline(kb, "which wh room did brook and han give remarks in") == "East Reading Room"
    assert "Mara Quill" in (_headline(kb, "who was yoon dahee's counterpart at the ninth strait dialogue") or "")


def test_two_sentences_of_one_story_giving_two_dates_leave_the_date_unsaid(kb: KnowledgeBase) -> None:
    assert _headline(kb, "when is the lee xi summit") is None
    assert (_headline(kb, "when is the lee xi summit in beijing") or "").startswith("January 5, 2026")


def test_a_number_in_words_and_an_acronym_for_the_question_s_own_subject(kb: KnowledgeBase) -> None:
    # 'seven … areas' counts the areas; 'the HTD' before it is the dialogue asked about, not another owner.
    assert _headline(kb, "how many tech areas is the harbor technology dialogue meant to cover") == (
        "7 main technology areas"
    )


def test_a_clipped_word_is_said_by_the_compound_it_begins(kb: KnowledgeBase) -> None:
    assert "12" in (_headline(kb, "how many cyber firms did ortiz take w her to busan") or "")


def test_a_possessive_ends_one_name_and_may_begin_another(kb: KnowledgeBase) -> None:
    assert _headline(kb, "who owns brightloaf") == "Gold Oven Holdings"
    assert _headline(kb, "whose plant is minister park sora visiting in ohio") == "Rye Field Corp."


def test_a_figure_the_sentence_calls_another_kind_of_money_is_not_the_funding_asked(kb: KnowledgeBase) -> None:
    assert _headline(kb, "how much funding did brightloaf get") == "$12 million"


def test_the_sentence_after_the_event_tells_who_led_it(kb: KnowledgeBase) -> None:
    assert "Yoon Dahee" in (_headline(kb, "who led the korean side at the 11th pacific forum") or "")


def test_a_phrasal_compound_is_an_act_and_giving_a_speech_is_delivering_it(kb: KnowledgeBase) -> None:
    assert _headline(kb, "where did ortiz give her wrap-up policy speech") == "Jeju National University"


def test_an_organisation_of_another_kind_than_the_one_asked_is_no_answer(kb: KnowledgeBase) -> None:
    assert _headline(kb, "which news outlet did ortiz give a speech to") is None


def test_an_undated_story_may_be_of_the_year_asked_except_for_who_held_an_office(kb: KnowledgeBase) -> None:
    asked = "what consultation group did han and brook agree to reactivate in their 2022 joint statement"
    assert _headline(kb, asked) == "Coastal Watch Consultation Group"
    # Who was finance minister in a year the story never gives stays unknown.
    assert _headline(kb, "who was korea's finance minister in 2019") is None


def test_who_went_with_someone_names_everyone_the_sentence_names_with_him(kb: KnowledgeBase) -> None:
    answer = _headline(kb, "who went along w han on the tarn battery plant tour") or ""
    assert all(name in answer for name in ("Han Sora", "Choi Minjae", "Mike Dewitt")), answer


def test_an_ordinal_is_not_cut_into_a_smaller_number(kb: KnowledgeBase) -> None:
    answer = _headline(kb, "which anniv of diplomatic ties did han's tarn visit come a day before")
    assert answer is None or "139" in answer


def test_what_s_the_award_asks_an_amount_of_that_kind(kb: KnowledgeBase) -> None:
    # Kestrel's own investment is not an award; no sentence gives Kestrel an award.
    assert _headline(kb, "whats the federal award for kestrel marine's dock") is None


def test_a_question_naming_someone_only_by_a_pronoun_follows_the_thread(kb: KnowledgeBase) -> None:
    first = kb.answer("who was the commerce dep sec in korea in sept 23 pushing cyber cooperation")
    assert first.answers and "Lena Ortiz" in first.answers[0].text
    follow = kb.answer("how many us cybersecurity firms did she bring w/ her", context_subject=first.subject)
    assert follow.answers and "12" in follow.answers[0].text


def test_a_place_before_a_figure_is_where_not_whose(kb: KnowledgeBase) -> None:
    # 'in Quiqui on March 25, with 344 participants': Quiqui is where they met; the count is the meeting's.
    asked = "how many participants did officials from velro and mizen have when they discussed ports"
    assert _headline(kb, asked) == "344 participants"


def test_a_when_clause_after_another_question_word_does_not_ask_a_date(kb: KnowledgeBase) -> None:
    assert question_shape("what space pledge did harris welcome when she met yoon").answer_type != "date"
    assert question_shape("which governor is he seeing when he is in georgia").answer_type == "person"
    assert question_shape("name of the trilat exercise ishiba pointed to").answer_type == "name"
    assert question_shape("how much will the plant boost the company's us production capacity").answer_type == (
        "number"
    )


def test_a_hyphenated_measure_is_not_a_count(kb: KnowledgeBase) -> None:
    assert numbers_in("adding capacity for 765-kilovolt-class transformers", "transformers") == []


def test_of_two_sentences_with_all_the_words_the_one_saying_them_in_order_answers(kb: KnowledgeBase) -> None:
    asked = "how many participants did officials from danqui and linru have when they discussed vaccines"
    assert _headline(kb, asked) == "369 participants"


def test_a_ministry_is_known_by_its_initials(kb: KnowledgeBase) -> None:
    # An official of the 'Ministry of Foreign Affairs' is in the table, so 'mofa' stands for the ministry.
    assert _headline(kb, "where did mofa host the harbor forum") == "Mokpo"


def test_a_name_may_be_asked_by_a_short_form_the_documents_never_print(kb: KnowledgeBase) -> None:
    # 'cofad': the starts of its words; 'rhsa': their initials. Neither is defined anywhere.
    assert _headline(kb, "how many small ports got cofad grants in jul 24") == "9 small ports"
    assert _headline(kb, "how much did the cfa award in july 2024") == "$4 million"
    assert _headline(kb, "how many members did the rhsa gain") == "2 members"


def test_a_short_form_is_never_a_clipped_title_or_a_word(kb: KnowledgeBase) -> None:
    # 'dep' could be read as 'De(terrence) P(lanning)' of some name: it is the deputy of a title.
    spelled = kb.reader.wording.acronyms_spelled("the dep sec and the cofad")
    assert spelled == "the dep sec and the Coastal Freight Administration"


def test_a_verb_no_document_uses_beside_a_known_name_is_the_askers_wording(kb: KnowledgeBase) -> None:
    # 'cover' is English for what the sentence says otherwise ('in 5 states'); 'secretariat' is asked below.
    assert _headline(kb, "how many states did the cofad grants cover") == "5 states"


def test_a_person_named_only_in_a_title_does_not_answer_what_another_sentence_says(titled_kb: KnowledgeBase) -> None:
    # The sentence that says who hosts names a country, not a person; the title names the two presidents.
    assert _headline(titled_kb, "who gets to host the 3rd reef forum") == "Republic of Korea"
    # The title names the leaders; the sentence about the secretariat names nobody to run it.
    assert _headline(titled_kb, "who was named to run the trilateral secretariat set up at the lumen mtg") is None
    # What the title itself says is still answered from it.
    assert "Han Jiwon" in (_headline(titled_kb, "who made remarks before the trilateral meeting in lumen") or "")


def test_a_counterpart_holds_the_office_of_the_one_met_whatever_their_title(titled_kb: KnowledgeBase) -> None:
    # Her initials are a word of the question ('at'): she is not therefore named in it.
    assert "Aoki Tomo" in (_headline(titled_kb, "who was japans nsa at the busan mtgs in dec 2023") or "")
    assert "Park Dana" in (_headline(titled_kb, "who was wards korean counterpart in busan") or "")


def test_a_clipped_word_is_the_one_the_documents_write_after_the_word_before_it(titled_kb: KnowledgeBase) -> None:
    words = titled_kb.reader.wording.words
    assert "electronic" in words("kora elec dryer plans") and "electric" in words("tarn elec revenue")
    assert _headline(titled_kb, "kora elec mulling moving dryer mfg out of mexico to which us state") == "Ohio"


def test_that_meeting_in_a_follow_up_is_the_threads_and_its_date_not_the_after_clauses(
    titled_kb: KnowledgeBase,
) -> None:
    first = titled_kb.answer("who sat across from 2nd vice minister roh mina at the 3rd delta dialogue")
    assert first.answers and "Tom Vale" in first.answers[0].text
    follow = titled_kb.answer("when was that mtg", context_subject=first.subject)
    assert follow.answers and "December 10, 2025" in follow.answers[0].text


def test_the_town_a_story_opens_in_is_where_its_later_figures_are(titled_kb: KnowledgeBase) -> None:
    # 'Elm Creek' stands only in the opening sentence; the figures follow two and three sentences later.
    assert _headline(titled_kb, "combined gwh for both nordvolt elm creek plants?") == "40 GWh"
    assert _headline(titled_kb, "total gwh capacity at nordvolts elm creek complex") == "40 GWh"


def test_an_acronym_defined_after_or_answers_what_it_stands_for_in_any_wording(titled_kb: KnowledgeBase) -> None:
    for asked in ("what does heps stand for", "heps - what's it short for, the permit reporters used"):
        answer = titled_kb.answer(asked)
        assert answer.answers and "Harbor Entry Permit Scheme" in answer.answers[0].text, asked


def test_a_clipped_title_is_the_title_only_before_a_name(kb: KnowledgeBase) -> None:
    assert _headline(kb, "whose plant is min park sora visiting in ohio") == "Rye Field Corp."
    spelled = kb.reader.wording.titles_before_names
    assert spelled("min park sora visits") == "minister park sora visits"
    assert spelled("min savings applicants must prove") == "min savings applicants must prove"
    assert spelled("dep sec ortiz") == "dep sec ortiz"  # two clipped words: the synonyms' 'deputy secretary'


def test_a_short_form_is_not_a_possessive_a_currency_or_a_title_cut_short(kb: KnowledgeBase) -> None:
    spelled = kb.reader.wording.spelled_out
    # 'tarns' is Tarn's; 'usd' is dollars; no name ends on a rank ('United States Deputy').
    assert spelled("tarns") is None and spelled("usd") is None and spelled("cofad") == "Coastal Freight Administration"
    assert spelled("cofads") == "Coastal Freight Administration"  # a short form's possessive


def test_a_number_after_a_series_short_name_is_its_ordinal_and_a_numeric_date_says_when(kb: KnowledgeBase) -> None:
    numbered = kb.reader.wording.numbered_series
    assert numbered("who spoke at htd 5") == "who spoke at 5th htd"  # 'HTD' is defined in a document
    assert numbered("who spoke at htd #3") == "who spoke at 3rd htd"
    assert numbered("top 5 firms in 2024") == "top 5 firms in 2024"
    assert years_after_a_month("remarks on 4/26/23") == {"2023"}


def test_a_person_named_by_surname_is_asked_already_whichever_end_it_stands(kb: KnowledgeBase) -> None:
    from knowledge.answer.spans import Span

    asked = "which governor is minister ahn seeing"
    assert kb.reader.spans.asked_already(Span("Dukgeun Ahn", 0, 11, "Dukgeun Ahn"), asked)
    assert not kb.reader.spans.asked_already(Span("Brian Kemp", 0, 10, "Brian Kemp"), asked)


def test_a_decimal_point_ends_no_clause_and_a_figure_after_the_receiver_is_the_givers(
    titled_kb: KnowledgeBase,
) -> None:
    assert _headline(titled_kb, "where's chipco putting its packaging fab") == "Red Oak, Iowa"
    assert "3.5 million" in (_headline(titled_kb, "how many protective masks did korea donate to norland") or "")


def test_a_date_in_a_which_clause_that_says_what_was_asked_answers_it(titled_kb: KnowledgeBase) -> None:
    assert "November 20, 2025" in (_headline(titled_kb, "when was zorin's data leak first made public") or "")


def test_a_place_ends_at_its_state_and_an_acronym_may_keep_a_word_in_capitals() -> None:
    from knowledge.answer.passage_store import defined_acronyms
    from knowledge.answer.spans import places_in

    text = "moving dryers to its plant in South Carolina, Korea Economic Daily reported"
    assert [s.text for s in places_in(text)] == ["South Carolina"]
    assert defined_acronyms("LG Energy Solution (LGES), a maker") == [("lges", "LG Energy Solution")]


def test_the_office_asked_is_the_first_one_not_the_titles_of_the_people_named(kb: KnowledgeBase) -> None:
    strip = kb.reader.spans.not_of_the_named
    assert (
        strip("which governor is minister park seeing when he is in ohio")
        == "which governor is park seeing when he is in ohio"
    )
    assert strip("who was the trade representative park met") == "who was the trade representative park met"


def test_a_follow_up_asks_who_came_along_and_where_the_trip_went_next(titled_kb: KnowledgeBase) -> None:
    first = titled_kb.answer("who led the commerce trade mission to korea and japan in may")
    assert first.answers and "Rita Moll" in first.answers[0].text
    along = titled_kb.answer("how many us firms came along w/ her", context_subject=first.subject)
    assert along.answers and "11" in along.answers[0].text
    onward = titled_kb.answer("and where was she headed after korea", context_subject=along.subject)
    assert onward.answers and onward.answers[0].text == "Japan"


def test_a_sentence_calling_the_company_the_one_before_named_by_what_it_is_goes_on_about_it(
    titled_kb: KnowledgeBase,
) -> None:
    assert _headline(titled_kb, "where is nori appliances mulling moving fridge production") == "Tennessee"


def test_a_dollar_sign_asks_an_amount_and_what_was_given_is_not_the_receivers_investment(kb: KnowledgeBase) -> None:
    assert question_shape("whats the total $ on those").answer_type == "amount"
    # 'This funding will support Brightloaf's investment of over $90 million': not what the agency gave.
    assert _headline(kb, "whats the $ the port agency gave brightloaf") != "over $90 million"


def test_a_follow_up_naming_only_a_country_asks_for_that_countrys_person(titled_kb: KnowledgeBase) -> None:
    first = titled_kb.answer("who was wards korean counterpart in busan")
    assert first.answers and "Park Dana" in first.answers[0].text
    follow = titled_kb.answer("and japans?", context_subject=first.subject)
    assert follow.answers and "Aoki Tomo" in follow.answers[0].text


def test_a_pledge_of_the_other_side_does_not_answer_what_one_side_pledged() -> None:
    from types import SimpleNamespace

    from knowledge.answer.preferences import of_the_other_side

    hit = SimpleNamespace(entry=SimpleNamespace(fact=SimpleNamespace(actor="ROK")))
    assert of_the_other_side(hit, ["oda", "us", "side", "pledge", "asean"])  # type: ignore[arg-type]
    assert not of_the_other_side(hit, ["oda", "rok", "pledge"])  # type: ignore[arg-type]
    assert not of_the_other_side(hit, ["rok", "pledge", "us"])  # type: ignore[arg-type]


def test_the_person_whose_counterpart_is_asked_is_not_the_answer(titled_kb: KnowledgeBase) -> None:
    # 'Second Vice Minister Roh Mina and Under Secretary Tom Vale held the 3rd Delta Dialogue'.
    assert "Tom Vale" in (
        _headline(titled_kb, "who sat across from 2nd vice minister roh at the 3rd delta dialogue") or ""
    )


def test_a_share_asked_is_a_percentage_not_another_count() -> None:
    assert question_shape("what share of korean journos got i-visas denied").unit == "percent"
    assert question_shape("how many journos got i-visas").unit != "percent"


def test_the_side_across_from_is_the_other_partys_and_for_names_the_persons(titled_kb: KnowledgeBase) -> None:
    # 'Second Vice Minister Roh Mina and Under Secretary Tom Vale held the 3rd Delta Dialogue'.
    asked = "who sat across from the korean side for the us at the 3rd delta dialogue"
    assert "Tom Vale" in (_headline(titled_kb, asked) or "")


def test_whom_someone_met_is_not_the_one_who_met(titled_kb: KnowledgeBase) -> None:
    from knowledge.answer.result import AnswerItem, SourceRef
    from knowledge.answer.thread import ThreadContext, named_in_thread_or_question

    ref = SourceRef(document="d", title="t", date=None, quote="q")
    cho = AnswerItem(text="Cho Tae-yul — Minister (ROK)", kind="official", score=1, source=ref, label="")
    assert named_in_thread_or_question(cho, ThreadContext(), "who did fm cho taeyul have breakfast with")
    assert not named_in_thread_or_question(cho, ThreadContext(), "who is fm cho taeyul")


def test_whom_someone_met_is_read_with_the_titles_the_question_gives_to_that_someone(
    titled_kb: KnowledgeBase,
) -> None:
    asked = "who did fm kang mira have a working breakfast w/ in dc"
    assert "Carl Bend" in (_headline(titled_kb, asked) or "")


def test_two_alternatives_compare_their_sales_in_won_each_from_its_own_clause(kb: KnowledgeBase) -> None:
    # 'more us sales' compares money, and each chain's figure is the one in its own clause of the sentence.
    answer = kb.answer("which chain is doing more us sales this yr, brightloaf or crumbhouse")
    assert [a.text for a in answer.answers] == [
        "Brightloaf (about 500 billion won)",
        "Crumbhouse — about 150 billion won",
    ]
    assert _headline(kb, "how much are crumbhouse us sales this yr") == "about 150 billion won"


def test_a_follow_up_in_ordinary_words_counts_what_the_threads_story_counts(kb: KnowledgeBase) -> None:
    first = kb.answer("how much did the river works administration award back in jun 24")
    assert first.answers and first.answers[0].text == "$3 million"
    # 'got a cut' is the asker's wording; the noun counted ('yards', clipped) picks the thread story's figure.
    follow = kb.answer("how many yards got a cut", context_subject=first.subject)
    assert follow.answers and follow.answers[0].text == "11 small boatyards"


def test_a_sentence_saying_one_word_of_a_name_says_the_name_its_document_writes_whole(kb: KnowledgeBase) -> None:
    # The document writes the 'TIDE and Science Act'; the sentence with the award says 'TIDE' only.
    assert _headline(kb, "how much tide act funding did ferro end up with") == "up to $2.1 billion"
    assert _headline(kb, "how much clean act funding did ferro end up with") is None  # no name of its document


def test_a_figure_after_a_whole_name_is_of_any_word_of_it_the_question_says(kb: KnowledgeBase) -> None:
    # '… awarded Ferro Electronics up to $2.1 billion': the figure is Ferro's, though 'Electronics' is unasked.
    assert _headline(kb, "how much direct funding did the department of industry award ferro") == "up to $2.1 billion"


def test_a_word_no_document_uses_is_sought_by_the_words_of_its_kind(kb: KnowledgeBase) -> None:
    # No sentence says 'headcount'; the one saying 'workforce' is found and read.
    assert "310" in (_headline(kb, "headcount at tarn cables dayton in 2024") or "")


def test_an_incident_in_the_askers_words_and_a_noun_of_the_verb_the_document_writes(kb: KnowledgeBase) -> None:
    # 'got hit' is 'affecting', a 'breach' a leak of data, 'the correction' what was 'corrected to'.
    assert "2.1 million" in (_headline(kb, "how many ppl got hit in the velo mart data breach") or "")
    assert "2.1 million" in (_headline(kb, "velo mart breach - how many users affected after the correction") or "")
    assert "correct" in kb.reader.wording.words("after the correction")
    alike = alike_words([stem("breach"), stem("hit"), stem("headcount")])
    assert stem("leak") in alike[stem("breach")] and stem("affecting") in alike[stem("hit")]
    assert stem("workforce") in alike[stem("headcount")]
    assert stem("reactivate") in alike_words([stem("revive")])[stem("revive")]
    assert stem("plant") in alike_words([stem("factory")])[stem("factory")]


def test_which_anniversary_or_round_is_answered_by_an_ordinal(kb: KnowledgeBase) -> None:
    assert question_shape("which anniv of diplomatic ties").unit == "ordinal"
    assert _headline(kb, "han toured the tarn plant a day before which anniv of diplomatic ties") == "139th anniversary"
    # 'talks' is the asker's plain word, not a name the sentence must carry; 'ninth' reads as '9th'.
    assert (_headline(kb, "which round of the strait talks did under secretary quill lead") or "").startswith("9th")


def test_a_commitment_after_to_facilitate_this_is_of_what_the_sentence_before_names(kb: KnowledgeBase) -> None:
    # 'To facilitate this' goes on about the agenda; 'commit' asks any kind of money ('in new funding'); the
    # undated story may be of the year asked.
    assert _headline(kb, "how much new $ did korea commit to the coral health agenda in 2021") == "$150 million"
    # Pledging is committing.
    assert _headline(kb, "how much fresh funding did korea pledge for the coral health agenda") == "$150 million"


def test_a_combined_figure_goes_on_to_a_later_figure_of_its_clause(kb: KnowledgeBase) -> None:
    assert _headline(kb, "brightloaf + crumbhouse combined us sales in 2024?") == "300 billion won"


def test_a_clipped_title_no_name_follows_is_a_word_and_savings_are_money(kb: KnowledgeBase) -> None:
    assert question_shape("min savings applicants have to prove?").answer_type == "amount"
    assert _headline(kb, "min savings media visa applicants have to prove?") == "at least 5 million won"


def test_a_surname_alone_is_the_one_official_of_the_story_with_it(kb: KnowledgeBase) -> None:
    # 'Kang will also serve as the deputy prime minister …, succeeding Oh': Kang is Kang Mirae-sun.
    answer = _headline(kb, "who succeeded oh jisu") or ""
    assert answer.startswith("Kang Mirae-sun")


def test_the_venue_line_of_remarks_is_where_every_sentence_of_them_was_said(kb: KnowledgeBase) -> None:
    quoted = _headline(kb, "in the garnet room w han which former president did brook quote") or ""
    assert quoted.startswith("Lincoln")
    # The venue line answers where the remarks were given; the issuer's line above the date does not.
    assert _headline(kb, "where were brook and han for the remarks before the apr 26 bilat") == "Garnet Room"


def test_an_embassy_is_said_by_its_ambassador(kb: KnowledgeBase) -> None:
    # 'Ambassador of the Republic of Korea to the United States Seo Minjae attended the dinner'.
    assert (_headline(kb, "who repped the rok embassy at the dinner after the strait dialogue") or "").startswith("Seo")


def test_the_people_a_story_opens_with_are_what_its_later_sentences_are_about(kb: KnowledgeBase) -> None:
    # 'Oh' and 'Brook' stand in the story's first sentence only; 're' is no short form of anything.
    question = "re the oh jisu-ada brook call, what state hosted the june summit where the meeting was agreed"
    assert _headline(kb, question) == "Vermont"


def test_the_date_of_a_plan_is_one_said_of_it(kb: KnowledgeBase) -> None:
    # 'talks … in 2019' date another event than the mill's planned start, which no sentence gives.
    assert _headline(kb, "when is tarn steels ohio mill slated to start production") is None


def test_last_year_is_the_year_before_the_storys_own(kb: KnowledgeBase) -> None:
    answer = kb.answer("who spent more on lobbying last yr, velo mart or dart")
    assert answer.answers and answer.answers[0].text.startswith("Velo Mart ($3 million)")


def test_a_total_of_both_sides_sums_each_sides_pledge(kb: KnowledgeBase) -> None:
    answer = kb.answer("combined us + rok $ for secure harbor networks, total?")
    assert answer.answers and answer.answers[0].text.startswith("Together $2.5 billion")


def test_an_elliptical_follow_up_names_the_kind_of_answer_it_wants() -> None:
    assert question_shape("and the date?").answer_type == "date"
    assert question_shape("and the venue?").answer_type == "place"
    assert question_shape("exact date of the summit in beijing?").answer_type == "date"


def test_a_sum_asked_of_two_parts_is_the_sum_the_sentence_states_of_both(kb: KnowledgeBase) -> None:
    assert _headline(kb, "combined capacity of ferro cells two mesa plants, in gwh?") == "30 GWh"


def test_chat_abbreviations_are_spelled_out() -> None:
    assert normalize("what was rok worried abt") == normalize("what was rok worried about")
    assert normalize("thru the program bc of tariffs") == normalize("through the program because of tariffs")
    assert normalize("who wrote the oped") == normalize("who wrote the op-ed")
    assert normalize("which telcos signed up to the network") == normalize("which telcos joined the network")
    assert normalize("in the 2022 joint stmt") == normalize("in the 2022 statement")
    assert normalize("who cochaired the session") == normalize("who co-chaired the session")
    assert normalize("2nd vfm kim") == normalize("2nd vice foreign minister kim")


def test_an_organisation_named_by_its_first_word_is_the_one_the_story_names_in_full(kb: KnowledgeBase) -> None:
    assert _headline(kb, "biggest privately owned shipyard in ohio per the maritime fact sheet?") == "Vessko Shipyards"
    assert question_shape("per the fact sheet whats the biggest privately owned shipyard").answer_type == "organization"


def test_a_name_of_another_kind_than_the_one_asked_is_no_answer() -> None:
    from knowledge.answer.span_fit import names_the_kind

    shape = question_shape("what new trilat body came out of the talks")
    assert not names_the_kind("as shown by the joint exercise, Freedom Edge", "what new trilat body", shape)
    assert names_the_kind("revive the Extended Deterrence Consultation Group", "what deterrence body", shape)


def test_an_alternative_is_shown_by_the_whole_name_its_sentence_gives() -> None:
    from knowledge.answer.alternatives import as_written

    sentence = "NorthMark Strategies, a multi-strategy investment firm, announced a $2.8 billion investment."
    assert as_written("northmark", sentence) == "NorthMark Strategies"
    assert as_written("tous les jours", "Tous les Jours’ sales are projected to rise") == "Tous les Jours"


def test_what_kind_of_a_thing_is_answered_by_the_words_saying_its_kind(kb: KnowledgeBase) -> None:
    assert question_shape("what kind of space testing was korea to swear off").unit == "testing"
    answer = _headline(kb, "what kind of testing did the vice president welcome korea's plan not to conduct")
    assert answer == "destructive orbital laser testing"


def test_who_took_a_stake_asks_for_a_company(kb: KnowledgeBase) -> None:
    assert question_shape("who took an equity stake in the mill").answer_type == "organization"
    assert _headline(kb, "who took an equity stake in ferro holdings ohio mill") == "Tarn Steel"


def test_a_company_called_by_what_it_is_is_the_one_named_just_before(kb: KnowledgeBase) -> None:
    company = _headline(kb, "which korean co was eyeing moving oven mfg from mexico to its ohio plant")
    assert company == "VESKO APPLIANCES"


def test_more_of_a_unit_compares_that_unit_not_money(kb: KnowledgeBase) -> None:
    answer = kb.answer("ferro cells mesa: which plant has more gwh, the cylindrical one or the pouch one")
    assert answer.answers and answer.answers[0].text == "cylindrical cell plant (20 GWh)"  # (as its sentence says)


def test_a_comparison_of_figures_qualified_by_a_place_needs_that_place_in_both_sentences(kb: KnowledgeBase) -> None:
    # Crumbhouse's only figure is of the U.S. next year, not of its North American stores: no comparison.
    answer = kb.answer("which has more n american stores, brightloaf or crumbhouse")
    assert not answer.answers or "600" not in answer.answers[0].text


def test_a_role_before_an_office_is_not_that_office() -> None:
    from knowledge.answer.result import AnswerItem, SourceRef
    from knowledge.answer.thread import says_the_office

    ref = SourceRef(document="d", title="t", date=None, quote="q")
    item = AnswerItem(text="Lena Ortiz — Deputy Secretary (US)", kind="official", score=1, source=ref, label="x")
    assert says_the_office(item, "what was ortizs role before dep sec")


def test_a_plans_date_is_not_the_day_it_was_announced(kb: KnowledgeBase) -> None:
    from knowledge.answer.result import AnswerItem, SourceRef
    from knowledge.answer.thread import unplanned

    quote = "Tarn Steel secured an investment for its planned mill."
    ref = SourceRef(document="d", title="t", date="2025-04-23", quote=quote)
    item = AnswerItem(text="April 23, 2025 — Tarn Steel pledged", kind="date", score=1, source=ref, label="x")
    assert unplanned(item, "when is the tarn mill supposed to start production")
    assert not unplanned(item, "when did tarn steel secure the investment")
