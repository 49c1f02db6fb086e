"""Read off invented documents: a document described by an occasion it does not name, a month given an event
in a clipped word, a percentage cut 'from 25% to what', an acronym asked with where it was read, a clause set
off by commas, and a last question picking one of two years. Each test names the wording it reads."""

from __future__ import annotations

import pytest

from knowledge.answer.answers import KnowledgeBase
from tests.test_reading_kinds import document, headline, knowledge_of
from tests.test_trips_and_counterparts import DOCUMENTS as TRIP_DOCUMENTS

UNDATED_SHEET = "\n".join(
    [
        "United States, Republic of Korea Partnership",
        "",
        "The United States and the Republic of Korea (ROK) pledge to strengthen our ties.",
        "Strengthen competitiveness in harbor networks by encouraging investments in research and deployment."
        " The United States has committed $3.5 billion to this effort, and the ROK has committed $1.5 billion.",
        "Announce the U.S.-ROK Harbor Cooperation Consultations (HCC), which will serve as a mechanism for"
        " coordination on port safety.",
        "Support the Harbor Health Agenda to improve port health. To facilitate this the ROK has committed $300"
        " million in new funding over five years to help address future harbor health threats.",
    ]
)

DOCUMENTS = {
    "sheet.txt": UNDATED_SHEET,
    "remarks.txt": document(
        "Remarks by President Marlow and President Ko Dae-hyun before their bilateral meeting",
        "May 21, 2021",
        "President Marlow welcomed President Ko Dae-hyun of the Republic of Korea to the White House.",
    ),
    "alliance.txt": document(
        "Alliance Partnership fact sheet",
        "June 2, 2023",
        "President Ko Dae-hyun and President Marlow welcomed the new alliance partnership, begun in 2021.",
        "The United States has committed $4.5 billion to river networks, and the ROK has committed $2 billion.",
    ),
    "finance.txt": TRIP_DOCUMENTS["finance.txt"],  # the same invented story, asked in other words here
    "deal.txt": document(
        "Korean, U.S. officials discuss the trade deal",
        "December 11, 2025",
        "President Kang Min-su and President Ford agreed on the deal at their October summit.",
        "Under the two countries' trade and investment deal, Seoul committed to investing $350 billion in the U.S."
        " in return for Washington's lowering of tariffs on Korean goods to 15 percent from 25 percent.",
    ),
    "visit.txt": document(
        "Kang to visit Beijing for summit with Chinese leader",
        "January 2, 2026",
        "President Kang Min-su will pay a state visit to China from Sunday.",
        "On Tuesday, Kang is scheduled to meet with Wen Tao, chairman of the Standing Committee of the National"
        " People's Congress, China's top legislator.",
    ),
    "readout.txt": document(
        "Readout of Vice President's meeting with President Ko",
        "September 29, 2022",
        "The Vice President and the President agreed to deepen cooperation on harbors. In this regard, the Vice"
        " President welcomed the ROK's plan to announce its commitment not to conduct destructive harbor dredging"
        " tests, a commitment the Vice President announced earlier this year.",
    ),
    "dialogue.txt": document(
        "Korean, U.S. officials hold harbor dialogue",
        "December 11, 2025",
        "Second Vice Foreign Minister Seo Ji-won and U.S. Under Secretary of State for Economic Affairs Jack Holt"
        " held the 10th Harbor Economic Dialogue in Washington on December 10.",
    ),
    "committee.txt": document(
        "Korea, U.S. hold second special session of harbor joint committee",
        "October 5, 2017",
        "Trade Minister Paek Jin-ho and U.S. Trade Representative Alan Mercer held the second special session of the"
        " harbor joint committee in Washington on October 4, 2017.",
        "At the meeting, representatives continued talks on matters discussed in the first special session on"
        " August 22 in Seoul.",
    ),
    "ahn.txt": document(
        "Minister Ryu visits Georgia and Washington",
        "January 6, 2025",
        "From January 6-7, Minister Ryu is making a trip to the state of Georgia, where he plans to meet Georgia"
        " Governor Amos Reed to ask for support for Korean companies.",
    ),
    "speech.txt": document(
        "Deputy Secretary Marlow leads trade mission to Korea and Japan",
        "September 28, 2023",
        "Deputy Secretary Marlow led a harbor trade mission to Korea and Japan.",
        "Deputy Secretary Marlow delivered a policy speech at Harbor University Japan to cap off his trip.",
    ),
    "award.txt": document(
        "Commerce awards Halden Electronics CHIPS funding",
        "December 20, 2024",
        "The Department of Commerce awarded Halden Electronics up to $1.2 billion in direct funding under the CHIPS"
        " Incentives Program.",
        "This funding will support Halden's investment of over $12 billion in the coming years in Central Ohio.",
        "The award follows the previously signed preliminary memorandum of terms, announced on April 1.",
    ),
    "preview.txt": document(
        "Kang to visit Beijing for summit with Xi",
        "January 2, 2026",
        "The state visit comes after Xi made his first trip to South Korea in 11 years for the harbor summit in"
        " Gyeongju.",
        "Asked about the agenda of summit talks between Kang and Xi on Monday, Wi replied that peace would be"
        " discussed.",
    ),
    "lobby.txt": document(
        "Marketa hires Washington lobbyists",
        "December 10, 2025",
        "Marketa's lobbying budget increased year after year, reaching $2.91 million in 2024.",
        "Notably, Marketa spent $270,000 this year on Decker Strategies, the lobbying firm founded by Ray Decker.",
    ),
    "steel.txt": document(
        "Halden to build steel plant in Louisiana",
        "March 25, 2025",
        "Trump hailed the investment; his administration has imposed 25 percent tariffs on imported steel.",
        "The Louisiana facility will be Halden's first U.S. steel plant, expected to produce 2.7 million metric tons"
        " of steel annually.",
    ),
    "plant.txt": document(
        "Halden Electric breaks ground on second Alabama plant",
        "March 7, 2026",
        "Halden Power Transformers USA was established in Montgomery, Alabama in 2011.",
        "Annual revenue rose from about $100 million in 2017 to roughly $400 million in 2025.",
        "Its workforce has also grown from 100 employees in 2011 to 462 in 2025, with an additional 200 hires"
        " planned once the second plant is completed.",
    ),
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("docs"), DOCUMENTS)


def test_an_undated_document_naming_nobody_is_found_by_the_occasion_the_asker_gives_it(kb: KnowledgeBase) -> None:
    question = "2021 ko-marlow summit partnership factsheet - how much did the us put up for harbor networks?"
    assert headline(kb, question) == "$3.5 billion"


def test_an_occasion_no_other_document_tells_leaves_the_undated_document_unfound(kb: KnowledgeBase) -> None:
    # Ko and Marlow met in 2021 (the remarks) and in 2023 (the alliance sheet), never in 2025.
    question = "2025 ko-marlow summit partnership factsheet - how much did the us put up for harbor networks?"
    assert headline(kb, question) is None


def test_a_dated_document_naming_its_people_is_not_taken_for_another_occasion(kb: KnowledgeBase) -> None:
    # The alliance sheet names its presidents and its year: "the 2021 kang-ford" one is some other document.
    question = "per the 2021 kang-ford alliance partnership factsheet how much did the us commit to river networks"
    assert headline(kb, question) is None


def test_a_month_given_an_event_in_a_clipped_word_is_not_asked_of_the_story(kb: KnowledgeBase) -> None:
    question = "who replaced choo as finance min after he stepped down to run in the april general elex"
    assert headline(kb, question) == "Han Do-yun — Former senior presidential secretary (ROK)"


def test_a_percentage_cut_from_a_figure_given_is_answered_by_the_other_figure(kb: KnowledgeBase) -> None:
    question = "kang min su-ford trade/investment deal: the tariff on korean goods got cut from 25% to what"
    assert headline(kb, question) == "15 percent"


def test_an_acronym_asked_with_where_it_was_read_is_spelled_out(kb: KnowledgeBase) -> None:
    question = "whats the HCC that the us and rok announced in the 2021 partnership fact sheet"
    assert headline(kb, question) == "HCC — U.S.-ROK Harbor Cooperation Consultations"


def test_a_who_clause_set_off_by_commas_asks_nothing(kb: KnowledgeBase) -> None:
    question = "kang china state visit jan 2026 - wen tao, who kang is meeting tues, chairs which body?"
    assert headline(kb, question) == "Standing Committee of the National People's Congress"


def test_a_last_question_picks_one_of_the_two_years_set_out_before_it(kb: KnowledgeBase) -> None:
    question = "halden power transformers usa headcount - 2011 vs 2025? whats the 2025 number"
    assert headline(kb, question) == "462 employees"


def test_a_former_office_set_off_after_the_name_answers_what_job_he_had_before(kb: KnowledgeBase) -> None:
    first = kb.answer("who replaced choo as finance min after he stepped down to run in the april general elex")
    assert headline(kb, "what was his job before?", first.subject) == "senior presidential secretary"


def test_how_many_yrs_after_an_amount_counts_the_years_it_runs_over(kb: KnowledgeBase) -> None:
    first = kb.answer("partnership sheet: how much new money did korea pledge for the harbor health agenda?")
    assert first.answers[0].text == "$300 million"
    assert headline(kb, "over how many yrs is that?", first.subject) == "5 years"


def test_a_commitment_asked_from_a_side_is_what_was_undertaken(kb: KnowledgeBase) -> None:
    question = "vp-ko mtg sept 2022: what harbor commitment from rok did the vp welcome"
    assert headline(kb, question) == "commitment not to conduct destructive harbor dredging tests"


def test_his_title_after_a_person_is_the_office_that_person_holds(kb: KnowledgeBase) -> None:
    first = kb.answer("who was seo ji-wons us counterpart at the 10th harbor dialogue in dc?")
    assert first.answers[0].text.startswith("Jack Holt")
    assert "Under Secretary of State for Economic Affairs" in (
        headline(kb, "whats his title exactly?", first.subject) or ""
    )


def test_a_clause_before_but_is_about_another_session_than_the_one_asked(kb: KnowledgeBase) -> None:
    question = "harbor joint cmte 2017 - paek and mercer did the 2nd special session in dc, but where was the 1st one?"
    first = kb.answer(question)
    assert [a.text for a in first.answers[:1]] == ["Seoul"]
    assert (headline(kb, "and when was that?", first.subject) or "").startswith("August 22, 2017")


def test_a_title_written_without_its_vowels_is_the_title(kb: KnowledgeBase) -> None:
    assert (
        headline(kb, "min ryu us trip jan 2025 - which govnr was he seeing in georgia?") == "Amos Reed — Governor (US)"
    )


def test_a_speech_is_the_address_a_question_asks_about(kb: KnowledgeBase) -> None:
    question = "dep sec marlow sept 2023 mission: where in japan did he give the closing policy address?"
    assert headline(kb, question) == "Harbor University Japan"


def test_a_word_of_a_bracketed_aside_no_document_uses_is_left_out(kb: KnowledgeBase) -> None:
    question = "final chips award to halden in 2024 (after the PMT) - how much direct funding?"
    assert headline(kb, question) == "up to $1.2 billion"


def test_backs_is_supports(kb: KnowledgeBase) -> None:
    assert "$12 billion" in (headline(kb, "whats haldens own investment in central ohio that it backs?") or "")


def test_a_date_a_neighbour_gives_another_summit_is_not_the_date_of_the_one_asked(kb: KnowledgeBase) -> None:
    assert headline(kb, "what was the exact date of the kang-xi summit in gyeongju?") is None


def test_this_year_in_a_story_is_the_year_it_was_issued(kb: KnowledgeBase) -> None:
    assert headline(kb, "how much did marketa pay decker strategies in 2024?") is None
    assert headline(kb, "how much did marketa pay decker strategies in 2025?") == "$270,000"


def test_hires_still_planned_are_no_count_of_a_year_asked(kb: KnowledgeBase) -> None:
    assert headline(kb, "how many ppl worked at halden power transformers usa in 2017?") is None


def test_how_much_of_a_thing_is_no_percentage(kb: KnowledgeBase) -> None:
    first = kb.answer("trump tariffs - halden louisiana steel plant")
    assert headline(kb, "and how much steel per yr is it supposed to turn out?", first.subject) == "2.7 million"
