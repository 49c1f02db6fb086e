"""Analysts' shorthand read off invented documents: 'sks' for South Korea's as well as the SK group's, a clipped
word of three letters ('ext'), a clipped year alone ('in 24'), an ordinal asked with words between ('which
alliance anniv'), 'who is the … co' and 'who is hosting' asking for a company and a country, 'nat sec' spelled out
as a phrase, the office asked after a title the question gives a named person."""

from __future__ import annotations

import pytest

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.question_type import question_shape
from tests.test_reading_kinds import document, knowledge_of
from tests.test_reading_kinds import headline as _headline

DOCUMENTS = {
    "deal.txt": document(
        "Korea and the United States conclude a rail and tariff deal",
        "August 1, 2025",
        "Under the deal, Seoul committed to investing $300 billion in the U.S. — $120 billion in the U.S. railway"
        " sector and additionally $180 billion — in return for lower tariffs.",
        "The deal was finalized at the second summit between President Han Jiwon and President Ada Brook.",
    ),
    "ferro.txt": document(
        "SK Ferro opens a cell plant",
        "March 3, 2025",
        "SK Ferro will invest $5 billion in a cell plant in Toledo, Ohio.",
        "Governor Tom Reed welcomed SK Ferro and its partner SK Cellworks to the state.",
        "“Our decision to build in Toledo shows our long-term commitment to the region,” said Dana Cole, CEO of SK"
        " Ferro.",
    ),
    "watch.txt": document(
        "Joint Statement of the Harbor Summit",
        "May 9, 2024",
        "The two leaders agreed to revive the high-level Extended Harbor Watch Group as soon as possible.",
        "The leaders welcomed that the Republic of Korea will host the third Harbor Summit.",
        "We are honored to celebrate the 60th anniversary of our alliance with you.",
    ),
    "partners.txt": document(
        "Fact Sheet: The Harbor Partnership",
        "May 21, 2021",
        "The United States values its partnership with Korea on these initiatives and welcomes Korea's commitment of"
        " $120 million in development aid to island nations in 2020.",
        "The United States and Korea welcome:",
        "The announcements of significant investments in both countries by our leading companies.",
        "These investments, totaling more than $9 billion, reflect our close economic ties.",
    ),
    "award.txt": document(
        "Norva Chips award",
        "December 20, 2024",
        "The Department of Commerce awarded Norva Chips up to $2.1 billion in direct funding under the CHIPS"
        " Incentives Program.",
        "The award follows the preliminary memorandum of terms announced in April.",
    ),
    "law.txt": document(
        "Ferry credits",
        "June 3, 2024",
        "The Clean Harbors Act gives tax credits for electric ferries built in the United States.",
    ),
    "breakfast.txt": document(
        "Minister Han holds working breakfast with Deputy Secretary Ortiz",
        "February 9, 2024",
        "Minister Han Jiwon held a working breakfast with Deputy Secretary of State Lena Ortiz.",
        "He asked Deputy Secretary Ortiz, who had served as Coordinator for Harbor Affairs on the National"
        " Security Council, to play an active role.",
    ),
    "health.txt": document(
        "Harbor health partnership",
        "May 21, 2021",
        "Together, the United States and the Republic of Korea will:",
        "Support the Harbor Health Agenda, as steering group members, to prevent infectious disease threats.",
        "To facilitate this the ROK has committed $50 million in new funding over five years to help address"
        " future health threats.",
    ),
    "complex.txt": document(
        "Nordcell to build a battery complex in Lorain",
        "March 23, 2023",
        "Nordcell will invest a total of $900 million to build a battery complex in Lorain, Ohio.",
        "Out of the $900 million, the company plans to invest $600 million in a cylindrical cell plant.",
        "Nordcell also plans to invest $300 million in a lithium iron phosphate (LFP) pouch-type battery facility"
        " for energy storage systems (ESS).",
    ),
    "tariffs.txt": document(
        "Companies move production to the U.S.",
        "February 1, 2025",
        "HARBOR MOTOR",
        "The Korean automaker said on Jan. 23 it planned to further localize production in the U.S. to minimize"
        " any tariff impact.",
    ),
    "seventh.txt": document(
        "The 7th Harbor Dialogue held in Seoul",
        "November 6, 2019",
        "The 7th Harbor Dialogue brought together 25 U.S. participants from relevant agencies and about 30 ROK"
        " participants.",
    ),
    "undated.txt": "\n".join(
        [
            "Nordcell said Sunday that it opened a second plant at its base in Lorain, Ohio, Nordcell Ohio Works.",
            "",
            "The leaders of both countries agreed in a joint statement to revive the Harbor Safety Review Group.",
            "",
            "Demand for batteries is rising as utilities replace aging equipment.",
            "",
            "The company also plans to hire local engineers.",
            "",
            "The plant's output has steadily grown. Its workforce has also grown from 90 employees in 2015 to 310 in"
            " 2025.",
        ]
    ),
    "visit.txt": document(
        "Han to visit Lumen",
        "January 2, 2026",
        "Han is scheduled to pay a four-day state visit to Lumen beginning Sunday.",
    ),
    "travel.txt": document(
        "Statement on the Travel of National Security Advisor Ada Brook to Lumen",
        "December 8, 2023",
        "National Security Advisor Ada Brook has traveled to Lumen City for meetings with her counterparts,"
        " Secretary General Aoki Ren of Japan and Director Kang Mira of the ROK.",
        "Ms. Brook will also participate in the inaugural Next Harbor Technology (NHT) Dialogue between the two"
        " countries, a key initiative announced in April.",
    ),
    "cet.txt": document(
        "Statement on the Harbor Technology Dialogue",
        "December 9, 2023",
        "The Harbor Technology Dialogue will be anchored on six main technology areas, including port automation,"
        " biotechnology, batteries and clean energy technology, and quantum.",
    ),
    "jv.txt": document(
        "Tarn visits a cell plant",
        "May 23, 2021",
        "SK is partnering with Ford Motor for a joint venture to manufacture EV battery cells, Tarn said.",
    ),
    "bakeries.txt": document(
        "Korean bakery chains gain in the U.S.",
        "November 3, 2025",
        "Of Oven House’s approximately 600 overseas outlets, about 240 are in North America. Crumb Co. operates"
        " roughly 500 stores globally, including about 170 in North America.",
    ),
    "lumen_remarks.txt": "\n".join(
        [
            "Remarks by President Han and Prime Minister Ode in Trilateral Meeting | Lumen City, Peru",
            "",
            "The White House",
            "November 15, 2024",
            "",
            "Lumen Convention Center",
            "Lumen City, Peru",
            "",
            "PRESIDENT HAN: It is good to see you both at our fifth trilateral meeting.",
        ]
    ),
    "partnership.txt": "\n".join(
        [
            "Harbor States, Republic of Korea Partnership",
            "",
            "Together, the United States and the Republic of Korea will:",
            "",
            "  • Strengthen competitiveness in port technologies by encouraging investments in research and"
            " deployment of secure harbor networks. The United States has committed $4.5 billion to this effort,"
            " and the ROK has committed $2 billion.",
        ]
    ),
    "award_texas.txt": document(
        "Norva Chips award in Texas",
        "December 20, 2024",
        "This funding will support Norva’s investment of over $30 billion to turn its presence in Central Texas into"
        " an ecosystem for chips in the United States, including two new fabs in Taylor and an R&D fab in Taylor.",
    ),
    "clean.txt": document(
        "Harbor Network fact sheet",
        "October 14, 2020",
        "Secretary of State Ada Brook launched the State Department’s 5G Harbor Path initiative on April 29, 2020,"
        " so that untrusted vendors will have no access to networks that serve U.S. harbors.",
    ),
    "preview.txt": document(
        "Han, Lumen's leader to discuss ports at summit",
        "January 2, 2026",
        "President Han Jiwon and Lumen's President Ode Varn plan to discuss port security at summit talks next week"
        " in Lumen City, National Security Adviser Oh Minsu said Friday.",
    ),
    "mill.txt": document(
        "Tarn Motor Group to build a steel mill",
        "April 2, 2025",
        "Tarn Motor Group, a Korean automaker, secured an equity investment from Brann Holdings, Korea's top"
        " steel maker, for its planned steel mill in Ohio.",
    ),
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("shorthand"), DOCUMENTS)


def test_sk_may_stand_for_south_korea_where_the_sentence_says_the_side(kb: KnowledgeBase) -> None:
    assert _headline(kb, "how much of sks $300b pledge is earmarked for us railways") == "$120 billion"
    assert "$5 billion" in (_headline(kb, "how much is sk ferro investing in toledo") or "")


def test_a_clipped_word_of_three_letters_is_the_word_the_documents_write_beside_the_next(kb: KnowledgeBase) -> None:
    answer = _headline(kb, "what ext harbor watch body did the leaders agree to revive in 24")
    assert answer == "Extended Harbor Watch Group"


def test_a_clipped_year_alone_says_when_and_is_no_name() -> None:
    from knowledge.answer.question_dates import years_after_a_month

    assert years_after_a_month("what body did they agree to revive in 24?") == {"2024"}
    assert years_after_a_month("how many plants in 24 states") == set()


def test_an_ordinal_may_be_asked_with_words_between(kb: KnowledgeBase) -> None:
    assert question_shape("which alliance anniv were they marking").unit == "ordinal"
    assert question_shape("and which number trilat was it").unit == "ordinal"
    assert _headline(kb, "which alliance anniv were they celebrating at the harbor summit") == "60th anniversary"


def test_who_is_the_company_asks_for_a_company_and_a_clipped_plural_is_mended(kb: KnowledgeBase) -> None:
    assert question_shape("who is the korean steel co backing the mill").answer_type == "organization"
    assert question_shape("who was the envoy that co-chaired the talks").answer_type == "person"
    assert _headline(kb, "who is the korean steel co backing tarn motor grps ohio steel mill") == "Brann Holdings"
    assert _headline(kb, "who is putting equity into tarn motor grps ohio mill") == "Brann Holdings"


def test_who_hosts_a_summit_asks_for_a_country(kb: KnowledgeBase) -> None:
    shape = question_shape("who gets to host the 3rd harbor summit")
    assert (shape.answer_type, shape.unit) == ("organization", "countries")
    assert question_shape("who hosted the dinner").answer_type == "person"
    assert _headline(kb, "who gets to host the 3rd harbor summit") == "Republic of Korea"


def test_a_phrase_of_clipped_words_is_spelled_out_and_the_later_office_is_the_one_asked(kb: KnowledgeBase) -> None:
    # 'nat' is no short form of a name here ('National ... '), and 'president' is Han's own title.
    answer = _headline(kb, "who is president han jiwons nat sec adviser")
    assert answer is not None and answer.startswith("Oh Minsu")


def test_the_total_of_several_figures_is_a_sum_a_sentence_states(kb: KnowledgeBase) -> None:
    # One commitment welcomed in the partnership is not the total of the investments it welcomes.
    answer = _headline(kb, "total of the corporate investment announcements welcomed in the harbor partnership?")
    assert answer != "$120 million"


def test_a_law_asked_by_its_first_word_is_the_program_its_document_names(kb: KnowledgeBase) -> None:
    # 'chips act': the document names the CHIPS Incentives Program; 'number' is the asker's frame, not a word to say.
    assert _headline(kb, "whats the final chips act direct funding number for norva") == "up to $2.1 billion"
    assert _headline(kb, "whats the final number on norvas chips act direct funding") == "up to $2.1 billion"


def test_a_role_held_before_is_the_title_the_sentence_says_the_person_served_as(kb: KnowledgeBase) -> None:
    answer = _headline(kb, "what nsc job did ortiz have before becoming dep sec") or ""
    assert answer.startswith("Coordinator for Harbor Affairs")  # (with the body it is on, as the sentence says)


def test_put_toward_asks_for_money_of_any_kind(kb: KnowledgeBase) -> None:
    assert _headline(kb, "how much new money did rok put toward the harbor health agenda") == "$50 million"


def test_part_of_it_follows_up_whatever_it_names(kb: KnowledgeBase) -> None:
    from knowledge.answer.query import needs_context, parse_query

    names = {"lfp", "ess"}
    query = parse_query("and how much of it goes to the lfp ess plant")
    assert needs_context(query, ["goes", "lfp", "ess", "plant"], names.__contains__)
    query = parse_query("how much of the ess plant output comes from the lfp line")
    assert not needs_context(query, ["ess", "plant", "output", "come", "lfp", "line"], names.__contains__)
    first = kb.answer("nordcell lorain battery complex - total investment?")
    assert first.answers and first.answers[0].text == "$900 million"
    part = kb.answer("and how much of it goes to the lfp ess plant", context_subject=first.subject)
    assert part.answers and part.answers[0].text == "$300 million"


def test_more_in_a_question_for_a_date_is_no_comparison(kb: KnowledgeBase) -> None:
    answer = _headline(kb, "when did harbor motor say itd localize more us prod to blunt tariffs")
    assert answer is not None and answer.startswith("January 23, 2025")


def test_delegates_are_counted_as_participants(kb: KnowledgeBase) -> None:
    answer = _headline(kb, "how many us delegates showed up for the 7th harbor dialogue")
    assert answer is not None and answer.startswith("25")


def test_an_alternative_is_shown_by_the_longest_start_its_sentence_writes() -> None:
    from knowledge.answer.alternatives import as_written

    sentence = "Veda USA’s $108 million investment in Macon, Georgia"
    assert as_written("vedas in georgia", sentence) == "Veda USA"
    # ('the' of 'the ev cylindrical one' is no name: the sentence's phrase from the asker's word names the plant)
    assert as_written("the ev cylindrical one", "The company will build the cylindrical plant.") == "cylindrical plant"


def test_an_undated_story_is_of_the_month_asked_and_its_opening_places_it(kb: KnowledgeBase) -> None:
    # No date line: the month asked cannot be another; the opening's 'Lorain, Ohio' places the whole story in Ohio.
    answer = _headline(kb, "which safety body did the leaders agree to bring back in may 2022")
    assert answer == "Harbor Safety Review Group"
    headcount = _headline(kb, "headcount at nordcell's ohio plant as of 2025?")
    assert headcount is not None and headcount.startswith("310")


def test_a_count_written_in_words_is_shown_in_figures(kb: KnowledgeBase) -> None:
    answer = _headline(kb, "how many days is han's state visit to lumen")
    assert answer is not None and answer.startswith("4-day")


def test_the_name_of_a_dialogue_goes_on_past_its_acronym(kb: KnowledgeBase) -> None:
    # 'new' and 'launched' are said by 'inaugural'; 'tech' is technology.
    answer = _headline(kb, "whats the name of the new harbor tech dialogue brook launched in dec 2023")
    assert answer == "Next Harbor Technology (NHT) Dialogue"


def test_the_one_of_another_country_is_that_countrys_person(kb: KnowledgeBase) -> None:
    first = kb.answer("who was brooks rok counterpart at the dec 2023 mtgs in lumen city")
    assert first.answers and first.answers[0].text.startswith("Kang Mira")
    other = kb.answer("and the japanese one?", context_subject=first.subject)
    assert other.answers and other.answers[0].text.startswith("Aoki Ren")


def test_of_two_names_given_as_alternatives_one_the_documents_know_will_do(kb: KnowledgeBase) -> None:
    question = "how many companies did ferro bring to toledo/pusan"
    words = kb.reader.wording.words(question)
    names, _ = kb.reader.wording.names_required(words, question, question_shape(question))
    assert "toledo" in names and "pusan" not in names
    question = "how many companies did ferro bring to pusan"
    names, _ = kb.reader.wording.names_required(kb.reader.wording.words(question), question, question_shape(question))
    assert "pusan" in names


def test_which_ones_after_a_count_are_the_items_its_sentence_enumerates(kb: KnowledgeBase) -> None:
    first = kb.answer("how many tech areas is the harbor technology dialogue anchored on")
    assert first.answers and first.answers[0].text.startswith("6")
    listed = kb.answer("which ones?", context_subject=first.subject)
    assert listed.answers
    items = listed.answers[0].text
    assert all(item in items for item in ("port automation", "biotechnology", "quantum"))
    assert question_shape("what tech areas is the dialogue anchored on").unit == "items"


def test_shapes_of_shorthand_questions() -> None:
    assert question_shape("who's sk's jv partner for making cells").answer_type == "organization"
    assert question_shape("whats the groundbreaking date for the complex").answer_type == "date"
    assert question_shape("campbells old nsc title before dep sec").answer_type == "name"


def test_a_jv_partner_is_a_company(kb: KnowledgeBase) -> None:
    assert _headline(kb, "who's sk's jv partner for making ev battery cells per the tarn story") == "Ford Motor"


def test_a_phrase_that_keeps_an_acronym_leaves_it_to_be_spelled_out(kb: KnowledgeBase) -> None:
    import re

    from knowledge.answer.word_context import in_a_phrase

    text = "motie min ahns trip"
    assert not in_a_phrase(text, re.match(r"motie", text))  # 'motie min' is 'motie minister': motie is itself
    assert in_a_phrase(text, re.match(r"motie", text), even_kept=True)
    text = "nat sec adviser"
    assert in_a_phrase(text, re.match(r"nat", text))


def test_alternatives_may_come_first_and_north_american_is_north_america(kb: KnowledgeBase) -> None:
    from knowledge.answer.normalize import normalize

    assert normalize("n american stores in North America") == "north america store in north america"
    answer = _headline(kb, "oven house vs crumb co - who has more stores in n america?")
    assert answer == "Oven House (240 outlets)"


def test_where_exactly_is_the_venue_line_before_its_town(kb: KnowledgeBase) -> None:
    assert _headline(kb, "where exactly did han and ode hold their trilat in nov 2024?") == (
        "Lumen Convention Center, Lumen City, Peru"
    )


def test_a_comparison_led_by_its_document_compares_within_it(kb: KnowledgeBase) -> None:
    answer = _headline(kb, "han-ode 2024 partnership: who put more $ into secure harbor networks, us or rok?")
    assert answer is not None and answer.startswith("The United States committed more: $4.5 billion")


def test_what_percent_asks_a_percentage(kb: KnowledgeBase) -> None:
    shape = question_shape("what % stake did brann take in tarn motor groups ohio steel mill?")
    assert (shape.answer_type, shape.unit) == ("number", "percent")
    assert _headline(kb, "what % stake did brann take in tarn motor groups ohio steel mill?") is None


def test_a_name_may_begin_with_a_figure_the_question_also_says(kb: KnowledgeBase) -> None:
    answer = _headline(kb, "whats the name of the state dept initiative brook launched to keep vendors off 5g networks")
    assert answer == "5G Harbor Path"


def test_a_place_inside_a_state_named_is_no_country(kb: KnowledgeBase) -> None:
    from knowledge.answer.place_fit import regions_named

    assert regions_named("where in texas are the new fabs going?") and not regions_named("where are the fabs")
    assert _headline(kb, "where in texas are norvas new fabs going?") == "Taylor"


def test_briefing_is_saying_and_with_is_no_companion_without_going(kb: KnowledgeBase) -> None:
    from knowledge.answer.acts import alike_words
    from knowledge.answer.passages import stem
    from knowledge.answer.word_context import asks_for_companions

    assert stem("said") in alike_words([stem("briefed")])[stem("briefed")]
    assert asks_for_companions("who went w/ moon on the plant tour")
    assert not asks_for_companions("who briefed press on the summit w xi")


def test_leaders_naming_a_deal_and_the_part_asked_of_a_whole(kb: KnowledgeBase) -> None:
    # 'han-brook' names the deal (its story says both); 'how much of … is for railways' is the part, not the whole.
    answer = _headline(kb, "under the han-brook trade deal how much of seouls pledge is earmarked for us railways?")
    assert answer == "$120 billion"


def test_sales_asked_in_the_normal_form_are_still_a_kind_of_money() -> None:
    from knowledge.answer.money_kinds import of_the_kind_of_money_asked
    from knowledge.answer.normalize import normalize

    asked = normalize("hd hyundai electric 2nd alabama plant - expected yearly sales it'll add?")
    assert not of_the_kind_of_money_asked("The company plans to invest about $200 million.", asked)
    assert of_the_kind_of_money_asked("It is expected to generate 200 billion won in annual revenue.", asked)


def test_finalizing_is_public_money_and_a_full_name_is_a_name(kb: KnowledgeBase) -> None:
    assert _headline(kb, "how much direct chips act $ did commerce finalize for norva in 2024?") == "up to $2.1 billion"
    assert _headline(kb, "whats the max chips act direct funding commerce gave norva") == "up to $2.1 billion"
    assert question_shape("what's the full name of the new harbor tech dialogue").answer_type == "name"


def test_a_company_is_shown_with_the_corporate_ending_its_sentence_gives() -> None:
    from knowledge.answer.alternatives import as_written

    assert as_written("fiserv in kansas", "Fiserv, Inc., a fintech provider, announced a $175 million plan") == (
        "Fiserv, Inc."
    )
    assert question_shape("the trip was which # foreign leader visit of his term?").unit == "ordinal"


def test_a_pair_of_names_and_the_askers_doc_are_read_as_meant(kb: KnowledgeBase) -> None:
    from knowledge.answer.event_names import participants

    question = "how many companies did ferro bring to toledo + pusan"
    names, _ = kb.reader.wording.names_required(kb.reader.wording.words(question), question, question_shape(question))
    assert "toledo" in names and "pusan" not in names
    assert participants("the moon-biden 2021 partnership fact sheet") == {"moon", "biden"}
    assert kb.reader.wording.words("which city per the partnership doc") == ["city", "partnership"]


def test_a_when_clause_before_the_question_does_not_make_it_a_date_question() -> None:
    shape = question_shape("when trade min han went down to ohio in jan 2025, whose plant did he visit?")
    assert shape.answer_type == "organization"
    assert question_shape("when did han go down to ohio?").answer_type == "date"
    from knowledge.answer.event_names import participants
    from knowledge.answer.normalize import normalize

    assert normalize("diplomatic comms") == normalize("diplomatic communications")
    assert participants("under the han-brook trade/investment deal") == {"han", "brook"}


def test_a_sentence_quoting_someone_says_they_were_quoted(kb: KnowledgeBase) -> None:
    from knowledge.answer.sentence_support import _QUOTATION

    assert _QUOTATION.search("“Our decision to build in Toledo shows our commitment,” said Dana Cole, CEO of SK Ferro.")
    answer = _headline(kb, "who's sk ferro's ceo that was quoted on the toledo plant announcement")
    assert answer is not None and answer.startswith("Dana Cole")
