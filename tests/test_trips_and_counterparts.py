"""Read off invented documents: trips and the counterparts met on them, offices held before and offices named by
surname, bodies named without capitals, figures asked in won, hosts of forums, and documents named by their file
name. Each test names the wording it reads."""

from __future__ import annotations

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.question_type import question_shape
from tests.test_reading_kinds import document, headline

DOCUMENTS = {
    "mission.txt": document(
        "Deputy Secretary Marlow Leads Harbor Technology Trade Mission to Korea",
        "October 2, 2023",
        "From September 18 to 22, U.S. Deputy Secretary of Commerce Evan Marlow led a delegation of 12 American"
        " companies on a Harbor Technology Trade Mission to the Republic of Korea.",
        "This mission followed President Biden's meeting with President Baek Min-ho of Korea.",
        "During his visit to Seoul, Deputy Secretary Marlow engaged in meetings with Korean government counterparts.",
    ),
    "trip.txt": document(
        "Minister Ryu visits Georgia and Washington",
        "January 6, 2025",
        "Minister for Trade, Industry and Energy Ryu Sang-jin of the Republic of Korea is visiting the U.S. through"
        " January 6-10.",
        "Following the meeting, the minister will be heading to Halden's Georgia plant for a conference with Korean"
        " businesses.",
        "Through January 8-10, the minister will meet lawmakers in Washington D.C. to discuss tariffs.",
    ),
    "dialogue.txt": document(
        "U.S. and ROK Advance Harbor Cooperation at the 3rd Senior Economic Dialogue",
        "October 16, 2020",
        "The U.S. Department of State hosted the third United States-Republic of Korea Senior Economic Dialogue (SED)"
        " in a virtual format on October 13.",
        "During the SED, both sides welcomed investments by Korean firms, including Pinecrest Tools' $31 million"
        " investment in Duluth, Minnesota.",
        "Both sides look forward to continuing the dialogue in Seoul next year.",
    ),
    "lobbying.txt": document(
        "Korean retailer's Washington lobbying grows",
        "May 2, 2025",
        "Marketa's lobbying budget increased year after year, reaching $2.91 million in 2024.",
        "Comparatively, large firms like Northwind spent $15.2 million on lobbying in 2024.",
    ),
    "committee.txt": document(
        "Special session of the harbor joint committee held in Washington",
        "October 5, 2017",
        "Trade Minister Paek Jin-ho and U.S. Trade Representative Alan Mercer co-chaired the special session of the"
        " harbor joint committee in Washington on October 4.",
    ),
    "award.txt": document(
        "Commerce awards Halden Electronics CHIPS funding",
        "December 20, 2024",
        "The Department of Commerce awarded Halden Electronics up to $1.2 billion in direct funding under the CHIPS"
        " Incentives Program.",
        "This funding will support Halden's investment of over $12 billion in the coming years to build two fabs.",
        "Halden said the fabs would help it overcome supply shortages.",
    ),
    "tour.txt": document(
        "President Baek tours SK Innovation battery site",
        "May 23, 2021",
        "President Baek Min-ho toured SK Innovation's battery site in Commerce, Georgia, on Saturday.",
        "He was accompanied by South Korea's Industry Minister Baek Sung-il, SK Group Chairman Ko Jin-su and Georgia"
        " Gov. Amos Reed.",
        "SK is partnering with Pinecrest Motor for a joint venture to manufacture EV battery cells.",
    ),
    "harbor.txt": document(
        "6th ROK-U.S. Harbor Dialogue held virtually",
        "November 6, 2020",
        "The Department of State hosted the 6th Harbor Dialogue in a virtual format on November 5.",
        "Under Secretary of State Dana Whitcomb and 2nd Vice Foreign Minister Ryu Sang-jin led the delegations.",
    ),
    "lima.txt": document(
        "Remarks by the three leaders before their trilateral meeting in Lima",
        "November 15, 2024",
        "And this is likely to be my last trilateral meeting with this important group.",
        "Security cooperation has been elevated to new heights, as symbolized by the joint exercise, Harbor Shield.",
        "The trilateral secretariat that will be launched as a result of today's meeting will be a strong foundation"
        " for our cooperation.",
        "Our ministers briefed the American Chamber of Commerce on the Indo-Pacific Economic Framework for Prosperity.",
    ),
    "breakfast.txt": document(
        "Foreign Minister Ryu has working breakfast with Deputy Secretary Marsh",
        "February 8, 2024",
        "He went on to ask Deputy Secretary Marsh, who had served as Coordinator for Harbor Affairs on the National"
        " Security Council, for his support.",
        "Deputy Secretary Marsh stated that he attaches great significance to the ROK-U.S. Alliance.",
    ),
    "plant.txt": document(
        "Halden Electric breaks ground on second Alabama plant",
        "March 7, 2026",
        "The company held a groundbreaking ceremony on Mar. 6 for a second plant at Halden Power Transformers USA, in"
        " Montgomery, Alabama.",
        "The ceremony was attended by Kim Dae-su, CEO of Halden Electric; Oh Min-jae, Consul General of the Republic"
        " of Korea in Atlanta; and Alabama Governor Ruth Bell.",
    ),
    "forum.txt": document(
        "U.S. and ROK hold the 6th Harbor Economic Dialogue",
        "October 16, 2020",
        "The Department of State hosted the sixth Harbor Economic Dialogue in a virtual format on October 13.",
        "The ROK has proposed to host the 7th Harbor Economic Dialogue in Seoul in 2021.",
        "The United States and the ROK expect to take part in the Harbor Public-Private Forum, which will be hosted by"
        " the Tidewater Council in a virtual format.",
    ),
    "19_harborpost_korean-bakeries-us-2025.txt": document(
        "Korean bakery chains gain popularity in U.S.",
        "December 8, 2025",
        "Crumbhouse, a major bakery chain owned by South Korea's Baekje Group, and Brightloaf, a bakery franchise owned"
        " by Silla Foods Co., are expanding fast.",
    ),
    "lobby.txt": document(
        "Marketa hires Washington lobbyists",
        "December 10, 2025",
        "Notably, Marketa spent $270,000 this year on Decker Strategies, the lobbying firm founded by Ray Decker, a"
        " longtime Republican strategist.",
        "The company also hired Harbor Strategies, where a close associate of the secretary works.",
    ),
    "factsheet.txt": document(
        "United States, Republic of Korea Partnership",
        "March 28, 2024",
        "Strengthen competitiveness in harbor networks by encouraging investments in research and deployment."
        " The United States has committed $3.5 billion to this effort, and the ROK has committed $1.5 billion.",
    ),
    "packaging.txt": document(
        "SK hynix to build advanced packaging plant in Indiana",
        "April 3, 2024",
        "SK hynix announced today that it will invest an estimated $2.1 billion in Fairview, Indiana to build an"
        " advanced packaging facility for AI products.",
    ),
    "finance.txt": document(
        "Korea's finance minister thanks Treasury Secretary before stepping down",
        "December 30, 2023",
        "SEOUL - South Korea's Finance Minister Choo Min-su thanked U.S. Treasury Secretary Ann Gale in a call.",
        "Choo, who is set to leave his post to run in the April general elections, spoke for 30 minutes.",
        "In a related development, Han Do-yun, the former senior presidential secretary, has been appointed as the"
        " new minister of economy and finance.",
        "In this role, Han will also serve as the deputy prime minister for the economy, succeeding Choo.",
    ),
    "harbor10.txt": document(
        "Second Vice Foreign Minister Seo Ji-won speaks at harbor forum",
        "December 4, 2025",
        "Second Vice Foreign Minister Seo Ji-won speaks during a harbor forum at a Seoul hotel.",
    ),
    "outlay.txt": document(
        "Halden Electric to expand its Alabama transformer plant",
        "March 6, 2026",
        "Halden Electric initially invested 62 billion won to set up the Alabama subsidiary in 2011.",
        "Annual revenue at the Alabama subsidiary rose from about $80 million in 2017 to roughly $350 million in 2025.",
        "The company plans to invest about $200 million to boost production at the Alabama subsidiary.",
    ),
}


def test_a_trade_mission_is_a_trip_and_the_counterparts_are_the_other_party(kb: KnowledgeBase) -> None:
    question = "which commerce dep sec went to seoul sept 2023 to talk harbor tech w korean counterparts?"
    assert (headline(kb, question) or "").startswith("Evan Marlow")


def test_cos_counts_companies(kb: KnowledgeBase) -> None:
    assert headline(kb, "how many us cos did marlow bring along on the harbor tech mission?") == "12 American companies"


def test_whom_a_minister_met_is_not_the_minister(kb: KnowledgeBase) -> None:
    answer = kb.answer("which members of congress did trade min ryu meet in dc during his jan 2025 trip?")
    assert not any("Ryu" in a.text for a in answer.answers)


def test_a_mended_typo_still_makes_the_name_it_belongs_to(kb: KnowledgeBase) -> None:
    question = "where's the pinecrest tools $31m investment mentioned at the 2020 senior economic dialouge?"
    assert headline(kb, question) == "Duluth, Minnesota"


def test_a_lobbying_spend_is_an_amount(kb: KnowledgeBase) -> None:
    assert headline(kb, "marketa - what was its us lobbying spend for 2024?") == "$2.91 million"


def test_what_yr_asks_a_year_not_the_awards_amount(kb: KnowledgeBase) -> None:
    question = "what yr is marketa's new fab supposed to start volume production under the 2024 chips award"
    assert question_shape(question).answer_type == "date"


def test_a_co_chair_is_one_the_sentence_says_co_chaired(kb: KnowledgeBase) -> None:
    first = kb.answer("who co-chaired the oct 2017 harbor joint cmte special session in dc for the us side")
    assert (headline(kb, "and the korean co-chair?", first.subject) or "").startswith("Paek Jin-ho")


def test_words_apart_in_the_question_are_not_joined(kb: KnowledgeBase) -> None:
    first = kb.answer("how much direct $ did commerce end up awarding halden under chips")
    follow_up = headline(kb, "vs how much is halden itself putting in over the coming yrs?", first.subject)
    assert follow_up is not None and "$12 billion" in follow_up


def test_a_title_after_with_is_the_one_met(kb: KnowledgeBase) -> None:
    question = "who headed the rok side at the 6th harbor dialogue w/ u/s whitcomb (the virtual one)"
    assert (headline(kb, question) or "").startswith("Ryu Sang-jin")


def test_companions_of_a_president_include_a_minister_of_his_surname(kb: KnowledgeBase) -> None:
    answer = kb.answer("who toured sk innovations georgia battery site w pres baek in 2021")
    named = " ".join(a.text for a in answer.answers)
    assert all(name in named for name in ("Baek Sung-il", "Ko Jin-su", "Amos Reed")) and "Baek Min-ho" not in named


def test_a_body_named_without_capitals_by_words_the_question_says(kb: KnowledgeBase) -> None:
    assert headline(kb, "what new trilat body was announced out of the lima mtg in nov 2024") == (
        "trilateral secretariat"
    )


def test_a_specific_kind_asks_for_itself_not_its_whole_group(kb: KnowledgeBase) -> None:
    answer = headline(kb, "what economic framework did the ministers brief on before the lima trilat?")
    assert answer == "Indo-Pacific Economic Framework for Prosperity"


def test_a_job_held_before_is_the_office_after_served_as(kb: KnowledgeBase) -> None:
    answer = headline(kb, "what job did marsh hold b4 dep sec? (the fm ryu breakfast)")
    assert answer is not None and answer.startswith("Coordinator for Harbor Affairs")


def test_a_figure_asked_in_won_is_never_a_dollar_figure(kb: KnowledgeBase) -> None:
    question = "halden electric's original outlay to set up its alabama sub in 2011, in won?"
    assert headline(kb, question) == "62 billion won"


def test_a_consul_gen_is_a_consul_general_whatever_company_the_question_names(kb: KnowledgeBase) -> None:
    question = "which rok consul gen (atlanta) showed up at the halden power transformers usa groundbreaking"
    assert (headline(kb, question) or "").startswith("Oh Min-jae")


def test_online_is_virtual_and_a_forum_host_may_be_no_country(kb: KnowledgeBase) -> None:
    question = "what day exactly did state host the 6th harbor econ dialogue (the online one in 2020)"
    assert headline(kb, question) == "October 13, 2020"
    host = "who hosts the harbor public-private forum that runs alongside the dialogue (2020 edition)"
    assert headline(kb, host) == "Tidewater Council"


def test_a_document_named_by_its_file_names_words(kb: KnowledgeBase) -> None:
    question = "who owns crumbhouse? per the harborpost piece on korean bakeries in the us"
    assert headline(kb, question) == "Baekje Group"


def test_a_persons_name_in_the_question_does_not_name_the_firm_called_after_him(kb: KnowledgeBase) -> None:
    assert headline(kb, "which lobby shop tied to ray decker did marketa pay $270k in 2025?") == "Decker Strategies"


SPELLED_PLEDGE = (
    "U.S. pledged $3.5 billion — Strengthen competitiveness in harbor networks by encouraging investments in research"
    " and deployment"
)


def test_a_bracketed_era_says_when_not_names_the_document_must_say(kb: KnowledgeBase) -> None:
    question = "us-rok partnership fact sheet (baek/reed era) - how much did the US put toward harbor networks?"
    assert headline(kb, question) in ("$3.5 billion", SPELLED_PLEDGE)  # (read off, or the extracted pledge)


def test_a_town_asked_in_a_state_is_the_town_written_with_its_state(kb: KnowledgeBase) -> None:
    assert headline(kb, "which town in indiana is skhynix putting the AI packaging plant in") == "Fairview, Indiana"


def test_whom_a_company_is_teaming_with_is_a_company_not_the_companions(kb: KnowledgeBase) -> None:
    question = "baek's 2021 stop at the sk innovation georgia battery site - who was SK teaming w on the ev cell JV?"
    assert headline(kb, question) == "Pinecrest Motor"
    assert headline(kb, "whos sk partnering w for the ev cell jv? (baek's 2021 tour)") == "Pinecrest Motor"


def test_a_count_of_one_sides_firms_is_not_the_other_sides(kb: KnowledgeBase) -> None:
    answer = headline(kb, "how many korean companies were on marlow's harbor tech trade mission to korea")
    assert answer is None or "American" not in answer


def test_whom_a_successor_replaced_is_not_the_successor_in_any_spelling(kb: KnowledgeBase) -> None:
    answer = headline(kb, "who replaced finmin chu min-su after he left to run in the april elections?")
    assert answer is not None and answer.startswith("Han Do-yun")


def test_how_much_a_figure_grew_is_the_change_and_both_figures(kb: KnowledgeBase) -> None:
    answer = headline(kb, "halden electric alabama sub annual rev 2017 vs 2025 - how much did it grow?")
    assert answer == "up $270 million: from about $80 million in 2017 to roughly $350 million in 2025"


def test_a_misspelt_word_still_says_the_kind_asked(kb: KnowledgeBase) -> None:
    question = "lima trilat nov 2024 - whats the name of the trilateral joint excercise they pointed to?"
    assert headline(kb, question) == "Harbor Shield"


def test_a_bracketed_era_after_no_document_still_limits_the_question(kb: KnowledgeBase) -> None:
    # (the era drops from a document's description only: here it says of which time the question asks)
    assert kb.answer("who was korea's finance minister (baek era)?").answers == ()


def test_a_former_office_is_the_named_persons_and_a_role_played_asks_none(kb: KnowledgeBase) -> None:
    assert headline(kb, "what job did ryu hold b4 the breakfast with marsh?") is None
    assert headline(kb, "what role did korea play before the breakfast with marsh?") is None


def test_a_plural_office_in_the_sentence_is_nobodys_role(kb: KnowledgeBase) -> None:
    # 'co-chaired' gives its people the role; 'finance ministers' gives nobody an office
    answer = headline(kb, "which us finance minister took part in the lima trilateral meeting?")
    assert answer is None


def test_and_the_other_side_follows_its_thread_whatever_office_it_names(kb: KnowledgeBase) -> None:
    first = kb.answer("who led the us side at the 6th harbor dialogue in nov 2020 (virtual one)?")
    answer = headline(kb, "and the rok side - which vice fm?", first.subject)
    assert answer is None or answer.startswith("Ryu Sang-jin")  # never another dialogue's vice minister


def test_a_proposal_dates_no_event_that_happened(kb: KnowledgeBase) -> None:
    assert headline(kb, "when exactly was the 7th harbor econ dialogue held in seoul in 2021?") is None
