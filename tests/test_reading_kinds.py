"""Kinds of question read off the documents' sentences, each on invented text (so a test fails on the mechanism,
not on one document): comparisons between two named alternatives, a number that inherits the noun counted
before it, a new office given in the sentence, and English words the documents never use."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.compare import asks_for_largest
from knowledge.answer.figure_context import asks_combined, of_another_year, totalled
from knowledge.answer.fit import dates_what_is_asked
from knowledge.answer.office_bodies import office_fields
from knowledge.answer.organization_spans import organizations_in
from knowledge.answer.query import needs_context, parse_query
from knowledge.answer.spans import Span
from knowledge.build import assemble, extract_files

BAKERIES = "\n".join(
    [
        "Korean bakeries expand across the United States",
        "Published: March 3, 2025",
        "",
        "Brightloaf operates roughly 600 stores globally, including about 150 in North America.",
        "Of Crumbhouse's approximately 900 overseas outlets, about 310 are in North America.",
        "Crumbhouse's U.S. sales are expected to reach $400 million this year, while Brightloaf's are seen at"
        " $250 million.",
        "",
        "Finance ministry changes",
        "Kim Doyun, the former senior secretary for economic affairs, has been appointed as the new minister of"
        " economy and finance, succeeding Park Minho. Japanese Prime Minister Sato Ken attended the summit in"
        " Maryland with him.",
        "U.S. Secretary of State Ann Lee toured a Brightloaf bakery in Seoul on Monday.",
        "Brightloaf, a chain owned by Gold Oven Holdings, and Crumbhouse, a franchise owned by Rye Field Corp., both"
        " grew.",
    ]
)


def document(title: str, published: str, *sentences: str) -> str:
    """An invented document as the folder holds one: a title, its date line, then one sentence a line."""
    return "\n".join([title, f"Published: {published}", "", *sentences])


def knowledge_of(folder: Path, documents: dict[str, str]) -> KnowledgeBase:
    """The knowledge built from invented documents (name → text) written into ``folder``."""
    for name, text in documents.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = extract_files(sorted(folder / name for name in documents), root=folder)
    return KnowledgeBase(assemble(result.facts, result.skipped))


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("docs"), {"bakeries.txt": BAKERIES})


def headline(kb: KnowledgeBase, question: str, subject: str | None = None) -> str | None:
    """The first answer's text, or None when usrok abstains; ``subject`` is a thread's, for follow-ups."""
    answer = kb.answer(question, context_subject=subject)
    return answer.answers[0].text if answer.answers else None


def test_the_alternative_with_the_larger_figure_wins_and_the_other_figure_follows(kb: KnowledgeBase) -> None:
    answer = kb.answer("who has more stores in north america, brightloaf or crumbhouse")
    assert [a.text for a in answer.answers] == ["Crumbhouse (310 outlets)", "Brightloaf — 150 stores"]


def test_fewer_makes_the_smaller_figure_win(kb: KnowledgeBase) -> None:
    assert (
        headline(kb, "which has fewer stores in north america, brightloaf or crumbhouse") == "Brightloaf (150 stores)"
    )


def test_a_comparison_counts_the_plural_noun_a_few_words_after_more(kb: KnowledgeBase) -> None:
    # 'more north american outlets': the noun counted is 'outlets', three words on; ' - ' may set off the names.
    answer = kb.answer("which has more north american outlets - brightloaf or crumbhouse")
    assert answer.answers and answer.answers[0].text.startswith("Crumbhouse (310")


def test_an_alternative_the_documents_never_name_gets_no_comparison(kb: KnowledgeBase) -> None:
    assert headline(kb, "who has more stores in north america, brightloaf or doughworks") is None


def test_a_number_after_including_counts_the_noun_before_it(kb: KnowledgeBase) -> None:
    assert headline(kb, "how many brightloaf stores are in north america") == "150 stores"


def test_the_office_a_sentence_appoints_someone_to_is_theirs(kb: KnowledgeBase) -> None:
    answer = headline(kb, "who replaced park minho as finance minister")
    assert answer is not None and answer.startswith("Kim Doyun")


def test_an_inflected_verb_no_document_uses_is_not_an_unknown_name(kb: KnowledgeBase) -> None:
    # 'overtook' is nowhere in the documents; before, it was taken for a name and the bot abstained
    assert headline(kb, "how many crumbhouse outlets are in north america") == "310 outlets"
    assert headline(kb, "who founded crumbhouse") is None  # the only predicate is unknown: no answer


def test_a_question_naming_nothing_in_a_thread_is_about_the_thread() -> None:
    assert needs_context(parse_query("how many jobs"), ["jobs"])
    assert needs_context(parse_query("vs an ESTA?"), ["esta"])
    assert not needs_context(parse_query("how many jobs at crumbhouse"), ["jobs", "crumbhouse"])
    assert not needs_context(parse_query("who Don Graves"), ["don", "graves"], lambda w: w in ("don", "graves"))


def test_a_term_is_defined_by_what_it_is_for_and_a_plain_definition_wins(tmp_path: Path) -> None:
    text = document(
        "Shipyard partnership announced",
        "May 2, 2024",
        "On May 1, the Navy announced the Lakeshore Welding Initiative to help train welders for new yards.",
        "The Lakeshore Welding Initiative is a two-year apprenticeship program run with community colleges.",
        "The Harbor Skills Pledge was signed by four states so that shipyards can share instructors.",
    )
    kb = knowledge_of(tmp_path, {"navy.txt": text})
    assert (headline(kb, "what is the lakeshore welding initiative") or "").startswith("The Lakeshore Welding")
    assert "share instructors" in (headline(kb, "whats the harbor skills pledge supposed to do") or "")


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The Ministry of Trade, Industry and Energy said so.", ["Ministry of Trade, Industry and Energy"]),
        ("Officials from the Ministry of Foreign Affairs, Hyundai Motor, and SK Hynix attended.",
         ["Ministry of Foreign Affairs", "Hyundai Motor", "SK Hynix"]),
        ("The Bank of Korea, Samsung and LG met.", ["Bank of Korea", "Samsung", "LG"]),
    ],
)  # fmt: skip
def test_an_institution_named_by_its_fields_keeps_them_and_a_list_of_others_stays_apart(
    sentence: str, names: list[str]
) -> None:
    assert [s.text for s in organizations_in(sentence)] == names


def test_a_document_named_by_its_title_scopes_a_superlative(tmp_path: Path) -> None:
    first = document(
        "Partners Announce Investments at the 7th Harbor Trade Forum",
        "June 4, 2024",
        "Brightloaf will invest $300 million in a bakery plant in Ohio.",
        "Crumbhouse will invest $900 million in a flour mill in Texas.",
    )
    second = document(
        "Partners Announce Investments at the 8th Harbor Trade Forum",
        "June 3, 2025",
        "Doughworks will invest $2 billion in a yeast plant in Iowa.",
    )
    kb = knowledge_of(tmp_path, {"seventh.txt": first, "eighth.txt": second})
    answer = headline(kb, "largest company investment announced at the 7th harbor trade forum")
    assert answer is not None and answer.startswith("Crumbhouse")


def test_an_office_of_another_field_is_not_the_office_asked(kb: KnowledgeBase) -> None:
    assert office_fields("who was the us secretary of commerce in 2025", {"secretary"}) == {"commerce"}
    assert (headline(kb, "who is the us secretary of state") or "").startswith("Ann Lee")  # the field matches


def test_a_sentence_opening_the_company_is_about_the_company_named_before_it(tmp_path: Path) -> None:
    text = document(
        "Midwest bakeries keep expanding as demand for rye grows",
        "May 2, 2024",
        "Brightloaf broke ground on a second bakery plant in Ohio on Friday.",
        "The company plans to invest about $120 million to double its output of rye bread.",
        "Crumbhouse opened a cafe in Texas.",
    )
    kb = knowledge_of(tmp_path, {"bakery.txt": text})
    assert headline(kb, "how much is brightloaf investing in ohio") == "about $120 million"
    assert headline(kb, "how much is crumbhouse investing in its texas cafe") is None


def test_who_owns_a_thing_is_the_agent_after_by_that_follows_it(kb: KnowledgeBase) -> None:
    assert headline(kb, "who owns crumbhouse") == "Rye Field Corp."
    assert headline(kb, "who owns brightloaf") == "Gold Oven Holdings"


def test_an_acronym_the_documents_define_is_answered_by_what_it_stands_for(tmp_path: Path) -> None:
    text = document(
        "Partners launch a minerals effort",
        "May 2, 2024",
        "The two governments formed the Critical Ore Supply Initiative (COSI) to map mines.",
        "Both sides will report to COSI members each year.",
    )
    kb = knowledge_of(tmp_path, {"ore.txt": text})
    assert headline(kb, "whats cosi") == "COSI — Critical Ore Supply Initiative"
    assert headline(kb, "what does cosi stand for?") == "COSI — Critical Ore Supply Initiative"


def test_a_date_before_a_noun_dates_that_noun() -> None:
    assert not dates_what_is_asked("agreed during ", "an August", " summit in Maryland", "when is the trilat")
    assert dates_what_is_asked("agreed during ", "an August", " summit in Maryland", "when was the summit")


def test_a_superlative_compares_pledges_only_when_it_qualifies_one() -> None:
    assert asks_for_largest("largest korean company investment in the fact sheet")
    assert not asks_for_largest("biggest source of foreign investment into korea")


def test_a_meeting_named_in_one_sentence_is_dated_by_the_talks_told_just_before_it(tmp_path: Path) -> None:
    text = document(
        "Officials meet in Ottawa",
        "11 Dec. 2025",
        "Senior diplomats of both countries discussed supply chains during their talks in Ottawa on Wednesday.",
        "Deputy Minister Ann Roe and Under Secretary Bo Lim held the 4th Maple Trade Dialogue (MTD), after a deal"
        " was reached in late October.",
    )
    kb = knowledge_of(tmp_path, {"mtd.txt": text})
    assert (headline(kb, "what date was the 4th mtd held") or "").startswith("December 10, 2025")


def test_a_figure_of_another_year_or_a_part_of_a_combined_figure_is_not_the_answer() -> None:
    s = "Sales are expected to reach 585 billion won this year from 132.6 billion won in 2020."
    old = Span("132.6 billion won", s.index("132.6"), s.index("132.6") + 17)
    assert of_another_year(s, old, "us sales in 2024") and not of_another_year(s, old, "us sales in 2020")
    both = "Both facilities, totaling 43.3 GWh, will open in 2025."
    assert asks_combined("pb + tljs combined sales") and totalled(both, Span("43.3 GWh", 26, 34))


def test_a_name_given_as_a_short_form_is_answered_with_the_full_name_and_what_it_is(tmp_path: Path) -> None:
    kb = knowledge_of(
        tmp_path,
        {
            "pact.txt": document(
                "Leaders launch a shipyard pact",
                "July 12, 2024",
                "Acme Yards will play a role in the Harbor Crane Effort, also known as “HC Pact”, and its plans.",
                "The leaders announced the Harbor Crane Effort or “HC Pact” – a trilateral arrangement to build cranes,"
                " with industry.",
            )
        },
    )
    assert headline(kb, "whats the hc pact") == (
        "HC Pact — Harbor Crane Effort: a trilateral arrangement to build cranes"
    )
