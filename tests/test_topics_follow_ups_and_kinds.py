"""What blind rounds 202–204 asked in new words, read off invented documents: a statement's date line dates the
statement, not the summit it is about (nor an 'August summit' of another story), and 'when is seoul hosting the
third' asks a plan no date line answers; an alternative typed by its initials ('BL') answers by its name; the
author before what it listed ('the investments state listed in …') and a bracket after the kind of document
('fact sheet (harbor/lin)') say which document; 'who is the equity investor' and 'which chip industry group' ask
for organisations; follow-ups: 'his title at the time', 'the combined total of the two pledges', 'what day
exactly was that groundbreaking' after a question giving its month; a bare 'jobs estimate?' counts jobs."""

from __future__ import annotations

import pytest

from knowledge.answer.answers import KnowledgeBase
from tests.test_reading_kinds import document, knowledge_of
from tests.test_reading_kinds import headline as _headline

DOCUMENTS = {
    "statement.txt": document(
        "Joint Statement by President Ortiz and President Han on the Third Harbor Summit",
        "March 29, 2023",
        "The two countries share deep bonds rooted in common values.",
        "And today, we are announcing that the Republic of Korea will host a future, third Harbor Summit.",
    ),
    "ministers.txt": document(
        "Finance ministers discuss economic cooperation",
        "May 2, 2023",
        "This meeting was agreed upon during an August summit in Maryland, attended by President Han and"
        " President Ortiz.",
    ),
    "bakeries.txt": document(
        "Korean bakeries grow in the U.S.",
        "May 5, 2025",
        "Of Bright Loaf’s approximately 500 overseas outlets, about 210 are in North America.",
        "Of Crumbhouse’s approximately 300 overseas outlets, about 140 are in North America.",
    ),
    "dialogue.txt": document(
        "The 7th Economic Dialogue",
        "October 16, 2020",
        "The State Department welcomed recent Korean investments in the United States, including:",
        "Orland Tractor’s $40 million investment in Dayton, Ohio",
        "Velmo Foam’s $120 million investment in Macon, Georgia",
        "Karst Energy’s $640 million investment in Athens, Georgia",
        "Under Secretary Paul Whitcomb led the U.S. delegation at the 7th Economic Dialogue in Seoul.",
    ),
    "partnership.txt": (
        "Republic of Korea and United States Partnership\n\n"
        "Strengthen research on quantum networks and secure communications. The United States has committed"
        " $3 billion to this effort, and the ROK has committed $1.5 billion.\n"
    ),
    "summit.txt": document(
        "Remarks by President Ortiz and President Lin before their meeting",
        "May 21, 2021",
        "PRESIDENT ORTIZ: We welcome the partnership between our two countries.",
    ),
    "steel.txt": document(
        "Production boom: new investments",
        "April 4, 2025",
        "Kestrel Motor Group secured an equity investment from Varn Holdings, a top steel maker, for its planned"
        " steel plant in Louisiana.",
        "The $4.2 billion steel plant in Louisiana is expected to create 1,100 jobs.",
    ),
    "mission.txt": document(
        "Deputy Secretary leads a trade mission to Seoul",
        "September 27, 2023",
        "Deputy Secretary Lena Ortiz held a session with the Harbor Chamber of Commerce in Korea and a meeting with"
        " the Korean Chip Industry Association.",
    ),
    "plant.txt": document(
        "Norva Electric breaks ground on its second plant",
        "March 9, 2026",
        "The company said that it held a groundbreaking ceremony on Mar. 6 for a second plant in Lorain, Ohio.",
        "The ceremony was attended by Lee Min-jae, Consul General of the Republic of Korea in Chicago.",
    ),
    "roundup.txt": document(
        "ICYMI: Firms weigh moving production to the U.S. over tariffs",
        "March 10, 2025",
        "More companies are looking at setting up shop in the United States, according to a new report.",
        "BELMONT FOODS",
        "The Italian food group is assessing the opportunities to expand its production in the U.S., its CEO said.",
        "KESTREL MOTOR",
        "The South Korean automaker said on Jan. 23 it planned to further localize production in the U.S.",
        "TAKARA",
        "The Japanese carmaker will build its next hybrid in Indiana instead of Mexico.",
        "ORIN ELECTRONICS",
        "The South Korean electronics giant is considering moving refrigerator production from Mexico to Tennessee.",
        "VALDA",
        "The Swedish tissue maker could move more of its production into the U.S. from Mexico.",
    ),
}


def test_the_items_of_a_roundup_its_openings_qualify(kb: KnowledgeBase) -> None:
    question = "which korean cos did the white house ICYMI from march 2025 list as moving production over tariffs"
    assert _headline(kb, question) == "KESTREL MOTOR, ORIN ELECTRONICS"
    question = (
        "in that march 2025 wh icymi list of firms moving production to the us over tariffs, which ones are swedish?"
    )
    assert _headline(kb, question) == "VALDA"


def test_a_list_asked_of_nothing_named_abstains(kb: KnowledgeBase) -> None:
    """('which companies are japanese' names no roundup; 'which ones are south korean' names nothing at all)"""
    assert _headline(kb, "which companies are japanese?") is None
    assert _headline(kb, "which ones are south korean?") is None


def test_a_statements_date_line_dates_the_statement_not_the_summit_it_is_about(kb: KnowledgeBase) -> None:
    assert _headline(kb, "when did ortiz and han put out their joint stmt on the harbor summit?") == "March 29, 2023"
    assert _headline(kb, "when is seoul hosting the 3rd harbor summit - what dates?") is None


def test_an_alternative_typed_by_its_initials_answers_by_its_name(kb: KnowledgeBase) -> None:
    question = "which korean bakery chain has more north american locations, BL or crumbhouse?"
    assert _headline(kb, question) == "Bright Loaf (210 outlets)"


def test_the_author_before_what_it_listed_says_which_document(kb: KnowledgeBase) -> None:
    question = "add up the korean investments state listed in the 7th dialogue fact sheet (orland tractor, velmo foam,"
    question += " karst energy) - total?"
    assert _headline(kb, question) == "$800 million ($40 million + $120 million + $640 million)"


def test_a_bracket_after_the_kind_of_document_says_which_one(kb: KnowledgeBase) -> None:
    question = (
        "2021 partnership fact sheet (ortiz/lin) - how much did the US commit for quantum networks + secure comms?"
    )
    assert _headline(kb, question) == "$3 billion"


def test_investors_and_industry_groups_are_organisations(kb: KnowledgeBase) -> None:
    question = (
        "april 2025 production boom post: who is the equity investor in kestrel motor groups louisiana steel mill?"
    )
    assert _headline(kb, question) == "Varn Holdings"
    question = "ortiz trade mission - which korean chip industry group did she sit down w in seoul?"
    assert _headline(kb, question) == "Korean Chip Industry Association"


def test_his_title_at_the_time(kb: KnowledgeBase) -> None:
    subject = kb.answer("who led the us delegation at the 7th economic dialogue in seoul?").subject
    assert (_headline(kb, "what was his title at the time?", subject) or "").startswith("Paul Whitcomb — Under")


def test_the_combined_total_of_the_two_pledges_compared(kb: KnowledgeBase) -> None:
    subject = kb.answer("who put more into quantum networks, us or rok?").subject
    assert _headline(kb, "whats the combined total of the two pledges?", subject) == (
        "Together $4.5 billion: the United States $3 billion and the Republic of Korea $1.5 billion"
    )


def test_the_day_of_an_event_after_a_question_giving_its_month(kb: KnowledgeBase) -> None:
    subject = kb.answer("who was the korean consul general at norva electrics groundbreaking (mar 2026)?").subject
    assert _headline(kb, "what day exactly was that groundbreaking?", subject) == "March 6, 2026"


def test_a_bare_jobs_estimate_counts_jobs(kb: KnowledgeBase) -> None:
    assert _headline(kb, "kestrel louisiana steel plant (the $4.2bn one) - jobs estimate?") == "1,100 jobs"


GHSA = document(
    "United States and Korea health partnership",
    "May 21, 2021",
    "Support the Harbor Health Agenda, as steering group members. To facilitate this the ROK has committed $150"
    " million in new funding over four years to help address future health threats.",
)

TRIP = document(
    "Minister Park visits the U.S.",
    "January 5, 2025",
    "From January 6–7, Minister Park is first making a trip to the state of Ohio, where he plans to meet Ohio"
    " Governor Dana Whitfield to ask for support for Korean companies investing in the state.",
)


def test_a_span_of_years_a_pledge_is_spread_over(tmp_path_factory: pytest.TempPathFactory) -> None:
    kb = knowledge_of(tmp_path_factory.mktemp("ghsa"), {"ghsa.txt": GHSA})
    subject = kb.answer("how much new money did korea pledge for the harbor health agenda?").subject
    assert _headline(kb, "spread over how long?", subject) == "4 years"


def test_her_title_in_the_ministry(kb: KnowledgeBase) -> None:
    subject = kb.answer("who was the korean consul general at norva electrics groundbreaking (mar 2026)?").subject
    assert (_headline(kb, "whats his exact title in the foreign ministry?", subject) or "").startswith(
        "Lee Min-jae — Consul"
    )


def test_which_state_gov_asks_for_a_governor(tmp_path_factory: pytest.TempPathFactory) -> None:
    kb = knowledge_of(tmp_path_factory.mktemp("trip"), {"trip.txt": TRIP})
    assert (_headline(kb, "which ohio gov was min park slated to meet on his jan 2025 us trip") or "").startswith(
        "Dana Whitfield"
    )


def test_a_store_count_counts_stores_of_the_one_named(kb: KnowledgeBase) -> None:
    """('bright loafs north american store count': its 210 outlets, not the 140 of the chain named after it)"""
    assert _headline(kb, "bright loafs north american store count per the may 2025 piece?") == "210 outlets"
