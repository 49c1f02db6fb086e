"""Kinds of sentence the extractor must read on documents nobody labelled (issue 9), each on invented text:
the rule is the kind, never one document's words."""

from __future__ import annotations

from datetime import date

from knowledge.extract.document_facts import extract_document
from knowledge.extract.documents import parse_document
from knowledge.models import DocumentFacts
from knowledge.text.amounts import find_amounts
from knowledge.text.dates import find_dates
from knowledge.text.names import name_key

HEADER = "Companies expand in America\n\nMarch 3, 2025\n\n"


def facts_of(body: str) -> DocumentFacts:
    return extract_document(parse_document((HEADER + body).encode("utf-8"), "kinds.txt"))


def pledges_of(body: str) -> list[tuple[str, str | None, int | None]]:
    return [(p.actor, p.amount_text, p.amount_usd) for p in facts_of(body).pledges]


def test_a_company_on_no_list_is_the_actor_of_its_investment_in_a_white_house_fact_sheet() -> None:
    assert pledges_of(
        "The White House welcomed new investments.\n\n"
        "• Quillon, a Norwegian battery maker, announced a $2 billion investment in a plant in Ohio.\n\n"
        "• Brightwater Pharmaceuticals, Inc. will invest $500 million in North Carolina."
    ) == [("Quillon", "$2 billion", 2000000000), ("Brightwater Pharmaceuticals", "$500 million", 500000000)]


def test_each_line_of_a_list_is_its_own_owner_s_investment_known_or_not() -> None:
    assert pledges_of(
        "Major recent investments by Korean firms include:\n"
        "    • Kestrel Works’s $40 million investment in Dayton, Ohio\n"
        "    • Marlow Foods’s $120 million investment in Macon, Georgia\n"
        "    • Torvan Energy’s $700 million investment in Athens, Georgia"
    ) == [
        ("Kestrel Works", "$40 million", 40000000),
        ("Marlow Foods", "$120 million", 120000000),
        ("Torvan Energy", "$700 million", 700000000),
    ]


def test_two_companies_and_two_amounts_in_one_sentence_are_two_pledges() -> None:
    assert pledges_of(
        "Acme Motor will invest $4 billion in Ohio, and Zenith Chemical will invest $2 billion in Texas. "
        "Samsung Electronics and SK hynix will invest $5 billion and $3 billion respectively."
    ) == [
        ("Acme Motor", "$4 billion", 4000000000),
        ("Zenith Chemical", "$2 billion", 2000000000),
        ("Samsung Electronics", "$5 billion", 5000000000),
        ("SK hynix", "$3 billion", 3000000000),
    ]


def test_a_group_s_arm_keeps_its_own_name() -> None:
    assert pledges_of("Hyundai Steel, an arm of Hyundai Motor Group, will build a $5.8 billion mill in Louisiana.") == [
        ("Hyundai Steel", "$5.8 billion", 5800000000)
    ]


def test_commitments_without_an_amount() -> None:
    pledges = pledges_of(
        "Davie, Canada's largest shipbuilder, intends to make a new commitment to American shipbuilding. "
        "The two sides exchanged views on supply chains, and agreed to launch a working group. "
        "Korvath is committed to growing its workforce in the United States."
    )
    assert [p[0] for p in pledges] == ["Davie", "both", "Korvath"]


def test_a_wish_a_forecast_and_a_schedule_are_not_commitments() -> None:
    assert (
        pledges_of(
            "Deputy Secretary Campbell voiced expectation that the ROK will play a bigger role. "
            "Korvath estimates that every crane built here will create ten jobs. "
            "Minister Lee Jae-hoon will attend the forum in Atlanta."
        )
        == []
    )


def test_money_already_spent_is_no_pledge() -> None:
    assert pledges_of("Bollinger has invested over $20 million in its shipyard since 2019.") == []


def test_amounts_in_won_keep_the_dollars_the_text_gives() -> None:
    assert [(a.text, a.usd) for a in find_amounts("512.3 billion won, and 1.5 trillion won ($1.1 billion)")] == [
        ("512.3 billion won", None),
        ("1.5 trillion won ($1.1 billion)", 1100000000),
    ]


def test_third_country_officials_and_executives_are_not_american() -> None:
    officials = facts_of(
        "Japanese officials joined. Prime Minister Kishida spoke, and Chinese Premier Li Qiang listened. "
        "The Swedish tissue maker may move production, CEO Magnus Groth said."
    ).officials
    assert sorted((o.name, o.country) for o in officials) == [
        ("Kishida", "other"),
        ("Li Qiang", "other"),
        ("Magnus Groth", "other"),
    ]


def test_names_in_apposition_and_abbreviated_titles() -> None:
    officials = facts_of(
        "Two senators, John Smith and Mary Jones, attended. Amb. Philip Goldberg spoke. Sec. Gina Raimondo said so."
    ).officials
    assert sorted((o.name, o.title) for o in officials) == [
        ("Gina Raimondo", "Secretary"),
        ("John Smith", "Senator"),
        ("Mary Jones", "Senator"),
        ("Philip Goldberg", "Ambassador"),
    ]


def test_title_words_and_places_are_not_names() -> None:
    officials = facts_of(
        "On July 22, the Secretary of the Navy announced an initiative. "
        "Jun-ho Lee, Consul General of the Republic of Korea in Atlanta, attended."
    ).officials
    assert [o.name for o in officials] == ["Jun-ho Lee"]


def test_relative_dates_resolve_from_the_publication_date() -> None:
    base = date(2026, 1, 2)  # a Friday

    def dates(text: str) -> list[tuple[str, str]]:
        return [(d.iso, d.precision) for d in find_dates(text, base)]

    assert dates("Lee will pay a four-day state visit to China beginning Sunday.") == [
        ("2026-01-04/2026-01-07", "range")
    ]
    assert dates("On Tuesday, Lee is scheduled to meet Premier Li.") == [("2026-01-06", "day")]
    assert dates("Beijing held drills earlier this week.") == [("2025-12-29/2026-01-01", "range")]
    assert dates("Fifteen months ago, we met at Camp David.") == [("2024-10", "month")]
    assert dates("Over the next six months, they will draft a memorandum.") == [("2026-07", "month")]
    assert dates("Completion is scheduled for April next year.") == [("2027-04", "month")]
    assert dates("The initiative was announced during the state visit in April.") == [("2025-04", "month")]


def test_a_month_without_a_year_stays_without_one() -> None:
    assert [(d.iso, d.precision) for d in find_dates("The ROK will release it early in October.", None)] == [
        ("--10", "month")
    ]


def test_a_speakers_today_dates_only_an_occasion() -> None:
    events = [
        d.event
        for d in facts_of(
            "I look forward to continuing our discussion today. Our summit talks today will set a milestone."
        ).dates
    ]
    assert events == ["Our summit talks will set a milestone"]


def test_deals_purchases_targets_and_decisions_are_commitments_and_past_results_are_not() -> None:
    assert [
        (actor, " ".join(quote.split()[:3]))
        for actor, _, quote in (
            (p.actor, p.amount_text, p.sources[0].quote)
            for p in facts_of(
                "Korean Air will purchase 103 Boeing planes. "
                "Korea Gas Corp. will buy 3.3 million tons of LNG a year from U.S. suppliers. "
                "Hyundai aims for 80% of the cars it sells in the U.S. to be made locally by 2028. "
                "The United States will cut tariffs on Korean cars to 15%. "
                "The two governments signed an MOU on shipbuilding cooperation. "
                "Foreign Minister Cho Hyun and US Secretary of State Marco Rubio signed the agreement. "
                "Hanwha Aerospace won a $1 billion order last year. "
                "Samsung's sales in the U.S. totaled $50 billion last year."
            ).pledges
        )
    ] == [
        ("Korean Air", "Korean Air will"),
        ("Korea Gas Corp.", "Korea Gas Corp."),
        ("Hyundai", "Hyundai aims for"),
        ("U.S.", "The United States"),
        ("both", "The two governments"),
        ("both", "Foreign Minister Cho"),
    ]


def test_a_company_s_president_is_its_executive_not_a_head_of_state() -> None:
    officials = facts_of(
        "The Taiwanese company, which makes servers, is weighing a U.S. plant, President Jack Tsai said in January."
    ).officials
    assert [(o.name, o.title, o.country) for o in officials] == [("Jack Tsai", "President", "other")]


def test_what_one_party_secures_from_another_and_a_planned_thing() -> None:
    assert [
        p.actor
        for p in facts_of(
            "Hyundai Motor Group, a South Korean automaker, secured an equity investment and agreement from "
            "Posco Holdings for the automaker's planned steel plant in Louisiana."
        ).pledges
    ] == ["Posco Holdings", "Hyundai Motor Group"]


def test_a_description_after_will_is_no_commitment() -> None:
    assert (
        pledges_of(
            "Cooperation between the U.S. and Korea will be a breakthrough in economic recovery. "
            "Bollinger will play a critical role in the icebreaker effort."
        )
        == []
    )


def test_a_partnership_between_parties_and_a_reported_subject() -> None:
    assert [
        p.actor
        for p in facts_of(
            "The Navy recently announced a new educational partnership between HD-Hyundai, the University of Michigan "
            "and Seoul National University. Wi said the two sides have already held talks on the maritime "
            "structure and will continue efforts to make progress."
        ).pledges
    ] == ["HD Hyundai", "both"]


def test_a_list_of_companies_committing_an_uncounted_sum_is_one_pledge_each() -> None:
    assert pledges_of(
        "The push comes as companies such as Apple, Taiwan Semiconductor Manufacturing Company, and SoftBank "
        "are also committing billions to expand U.S. operations, creating millions of jobs."
    ) == [
        ("Apple", "billions", None),
        ("Taiwan Semiconductor Manufacturing Company", "billions", None),
        ("SoftBank", "billions", None),
    ]


def test_spouses_and_honorary_roles_are_titled_people() -> None:
    officials = facts_of(
        "First Lady Jill Biden and First Lady Kim Keon Hee visited a museum. SK Group Chairman Chey Tae-won attended."
    ).officials
    assert sorted((o.name, o.title, o.country) for o in officials) == [
        ("Chey Tae-won", "Chairman", "ROK"),
        ("Jill Biden", "First Lady", "US"),
        ("Kim Keon Hee", "First Lady", "ROK"),
    ]


def test_an_earlier_figure_and_a_deal_already_done_are_no_pledges() -> None:
    assert pledges_of(
        "Samsung Electronics said Tuesday it will invest $37 billion in Texas through 2030, down from $45 billion. "
        "Hanwha Ocean acquired Philly Shipyard for $100 million last year."
    ) == [("Samsung Electronics", "$37 billion", 37000000000)]
    events = [d.event for d in facts_of("Samsung Electronics said Tuesday it will invest $37 billion in Texas.").dates]
    assert events == ["Samsung Electronics said it will invest $37 billion in Texas"]


def test_the_following_year_and_photo_captions() -> None:
    assert [(d.iso, d.text) for d in find_dates("Talks began in 2023 and the deal was signed the following year.")] == [
        ("2023", "in 2023"),
        ("2024", "the following year"),
    ]
    assert facts_of("(Photo: the ministers at the signing on March 2, 2025.)").dates == ()


def test_two_romanizations_of_one_korean_name_are_one_person() -> None:
    officials = facts_of(
        "Jun-ho Lee, Consul General of the Republic of Korea in Atlanta, spoke. "
        "The ceremony was attended by Lee Joon-ho, Consul General of the Republic of Korea."
    ).officials
    assert [(o.name, o.country) for o in officials] == [("Lee Joon-ho", "ROK")]


def test_a_company_is_recognised_by_its_number_its_suffix_and_its_partner_in_an_apposition() -> None:
    assert pledges_of(
        "• Corvane 12, a Chile-based copper refiner, announced a $70 million investment in a plant in Utah.\n\n"
        "• Trellis Paint & Coating Co., Ltd, a Japan-based paint supplier, announced a $30 million investment "
        "in a factory in Ohio.\n\n"
        "• Marlow and Pentecor, the Danish and Dutch glass makers, announced a $90 million investment in a plant "
        "in Iowa."
    ) == [
        ("Corvane 12", "$70 million", 70000000),
        ("Trellis Paint & Coating Co.", "$30 million", 30000000),
        ("Marlow and Pentecor", "$90 million", 90000000),
    ]


def test_the_company_is_the_one_last_so_described_and_a_government_grant_is_the_governments() -> None:
    assert pledges_of(
        "• Brenfield, a Canadian battery company, announced a $40 million investment in a plant in Ohio. "
        "The company plans to add a second line with an additional investment of $15 million.\n\n"
        "• Ostrava Labs, a Czech drug company, broke ground on an over $25 million expansion to its plant, "
        "in concert with a $9 million Department of Energy grant."
    ) == [
        ("Brenfield", "$40 million", 40000000),
        ("Brenfield", "$15 million", 15000000),
        ("Ostrava Labs", "over $25 million", 25000000),
        ("U.S.", "$9 million", 9000000),
    ]


def test_a_word_opening_the_sentence_is_no_part_of_the_company_name() -> None:
    assert [p[0] for p in pledges_of("While Quorra has announced plans to build a chip plant in Texas.")] == ["Quorra"]


def test_announced_investments_and_a_welcomed_deal_commit_without_an_amount() -> None:
    assert [
        p[0]
        for p in pledges_of(
            "Varnholt Motor has announced investments to build trucks in Ohio. "
            "The two sides welcomed the announcement of a full and complete trade deal. "
            "USTR will work closely with Congress to achieve the best outcome."
        )
    ] == ["Varnholt Motor", "both", "U.S."]


def test_unnamed_firms_an_inference_and_a_figure_that_grew_are_not_pledges() -> None:
    assert (
        pledges_of(
            "Korean firms announced major investments in the United States. "
            "The amount is double last year's, indicating that the plant will be developed into a hub. "
            "Over ten years, Korea's investment in the United States has more than tripled to $64 billion. "
            "The Halvard plant will produce two gigawatts worth of modules."
        )
        == []
    )


def test_a_counted_group_is_the_group_the_document_names() -> None:
    assert pledges_of(
        "Three European companies pledged a total of USD 900 million in investment in Korea. "
        "The investment of three companies, namely Alvar, Benthe and Corso, is expected to have an effect "
        "equivalent to a 2 trillion won annual increase in exports."
    ) == [("Alvar, Benthe and Corso", "USD 900 million", 900000000)]


def test_a_span_a_season_and_a_dateline_dating_what_follows_it() -> None:
    base = date(2022, 7, 25)
    assert [
        (d.iso, d.precision) for d in find_dates("a deal to supply cells from January 2024 through Dec. 31, 2025")
    ] == [("2024-01/2025-12-31", "range")]
    assert [(d.iso, d.precision) for d in find_dates("This spring we marked the treaty's anniversary.", base)] == [
        ("2022", "year")
    ]
    assert [
        (d.iso, d.precision) for d in find_dates("plans that will double it within the next 5 to 7 years", base)
    ] == [("2027/2029", "range")]
    facts = facts_of("Tulsa, Oklahoma, March 1, 2025 — Brightline Cells marked the opening of its plant.")
    assert [(d.date, d.event) for d in facts.dates] == [
        ("2025-03-01", "Brightline Cells marked the opening of its plant")
    ]


def test_a_nickname_inside_a_name_belongs_to_it_and_folds_away_for_matching() -> None:
    officials = facts_of(
        "Remarks from Governor Holt and Brightline Cells CEO Min Jae (Peter) Yoon follow. "
        "Its president, Dae Ho “Danny” Park, spoke later."
    ).officials
    named = {o.name: o for o in officials}
    assert set(named) >= {"Min Jae (Peter) Yoon"}
    assert named["Min Jae (Peter) Yoon"].title == "CEO"
    assert {"Min Jae Yoon", "Peter Yoon"} <= set(named["Min Jae (Peter) Yoon"].aliases)
    assert name_key("Dae Ho “Danny” Park") == name_key("Dae Ho Park")


def test_a_lower_case_title_in_apposition_after_its_holder_or_its_employer() -> None:
    officials = facts_of(
        "Left to right: Mayor Ann Fox and Paul R. Ortega Jr., U.S. ambassador to Japan, at the ceremony. "
        "“We welcome it,” said the governor’s special assistant, Laura June Whitby, who read a letter. "
        "Orvane Steel’s chief executive, Tae Min “Tom” Seo, said the site was chosen for its port."
    ).officials
    assert sorted((o.name, o.title, o.country) for o in officials) == [
        ("Ann Fox", "Mayor", "US"),
        ("Laura June Whitby", "Special Assistant", "US"),
        ("Paul R. Ortega Jr.", "Ambassador to Japan", "US"),
        ("Tae Min “Tom” Seo", "Chief Executive", "other"),
    ]


def test_an_executive_s_country_is_his_company_s_however_its_name_is_spaced() -> None:
    # A known Korean group's affiliate written without the group's name and in capitals ('Hanwha Qcells' as
    # 'Q CELLS') is still that Korean company.
    officials = facts_of(
        "Executives spoke, among them Q CELLS CEO John Ortiz and Skyline Media CEO Ann Hale."
    ).officials
    assert sorted((o.name, o.organization, o.country) for o in officials) == [
        ("Ann Hale", "Skyline Media", "other"),
        ("John Ortiz", "Q CELLS", "ROK"),
    ]


def test_a_counted_span_dates_its_start_and_each_thing_done_in_it() -> None:
    facts = facts_of(
        "I’ve had a full two weeks since landing, I opened a trade fair, met Governor Ann Fox and toured a plant."
    )
    assert [(d.date, d.precision, d.event) for d in facts.dates] == [
        ("2025-02", "month", "I’ve had a full two weeks since landing"),
        ("2025-02", "month", "I opened a trade fair"),
        ("2025-02", "month", "I met Governor Ann Fox"),
        ("2025-02", "month", "I toured a plant"),
    ]


def test_an_occasion_is_dated_by_talks_held_during_it_and_a_sequel_by_the_day_named_before_it() -> None:
    facts = facts_of(
        "The ministry announced on March 1 that two firms pledged investments during President Park Min-su’s visit "
        "to Lima to attend the Pacific Rim Forum (PRF) summit. "
        "During talks on the sidelines of the PRF Business Summit on February 20, Acme said it would expand. "
        "Following the announcement, Acme shares rose 4 percent as of 5:30 p.m."
    )
    visits = [(d.date, d.precision) for d in facts.dates if d.event.startswith("President Park Min-su’s visit")]
    assert visits == [("2025-02", "month")]
    assert [d.date for d in facts.dates if "shares rose" in d.event] == ["2025-02-20"]


def test_a_company_described_before_it_is_named_owns_its_stake() -> None:
    assert pledges_of(
        "The governor on May 2 praised a Japanese corporation’s $2.4 billion stake in an Ohio glass plant.\n\n"
        "Kestrel Glass Corp., part of the Osaka-based Kestrel group, opened its offices in Ohio on May 1."
    ) == [("Kestrel Glass Corp.", "$2.4 billion", 2400000000)]


def test_the_value_a_contract_was_cut_to_and_a_total_a_program_helped_bring_are_no_pledges() -> None:
    assert pledges_of(
        "Orvane Steel said the value of its supply contract with Acme Motor has been reduced from $900 million "
        "to just $2 million. The InvestOhio office has helped facilitate many of these investments, including "
        "over $12 billion in foreign direct investments in 2024 alone."
    ) == [("Orvane Steel", "$900 million", 900000000)]


def test_a_plan_in_reported_speech_a_government_s_plan_partnerships_and_a_production_target() -> None:
    pledges = facts_of(
        "Orvane Steel, a U.S. steelmaker, sent its team. "
        "During talks in Lima, Orvane Steel President Dana Cole stated that demand was strong, and added that "
        "the plan is to keep expanding production in Korea.\n\n"
        "Zenith Chemical has decided to invest $40 million in a plant, in line with the Korean government’s "
        "plan to build the largest battery cluster.\n\n"
        "The ROK-U.S. Clean Hydrogen Partnership, which included American engineers working with Korean firms.\n\n"
        "And the Kestrel and Brightline partnership, where the two companies share a cathode line.\n\n"
        "The 9,000 Brightline Cells modules that will be produced every day in Ohio will meet demand."
    ).pledges
    assert [(p.actor, p.amount_usd) for p in pledges] == [
        ("Orvane Steel", None),
        ("Zenith Chemical", 40000000),
        ("ROK", None),
        ("both", None),
        ("Kestrel and Brightline", None),
        ("Brightline Cells", None),
    ]
