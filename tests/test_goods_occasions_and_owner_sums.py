"""What the blind rounds asked in words the rules missed, read off invented documents: a levy on 'ROK imports' is
the tariff a sentence puts on 'Korean goods' (not one on steel imports); the names before an occasion typed
without their apostrophe ('for hyundais CES media tour') own no figure of it; a question ending 'in won' asks an
amount; 'which working grp' asks a name, which a sentence opening 'The two sides …' gives for the dialogue the
sentence before it names; 'which carriers joined' is answered by the telcos a sentence names; 'a + b, how many …
between them' adds the two owners' figures; 'whats the … piece worth' asks an amount."""

from __future__ import annotations

import pytest

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.charges import all_said
from knowledge.answer.country_initials import country_initials
from knowledge.answer.event_names import named_occasions
from knowledge.answer.question_type import QuestionShape, question_shape
from knowledge.answer.word_roles import said_elsewhere_in
from tests.test_reading_kinds import document, headline, knowledge_of

DEAL = document(
    "Lorania and Korea settle trade deal",
    "November 3, 2025",
    "Under the trade deal, Seoul committed to investing $90 billion in Lorania in return for Lorania's lowering"
    ' of "reciprocal" tariffs on Korean goods to 12 percent from 22 percent.',
)

STEEL = document(
    "Lorania's tariffs on metals",
    "March 3, 2025",
    "Lorania has already imposed 40 percent tariffs on steel and aluminum imports from everywhere.",
)

VISAS = document(
    "Reporters face new visa rules before the Nordtech fair",
    "December 1, 2025",
    "This year Brightloaf Motors required reporters to obtain a press visa ahead of its media tour for the Nordtech"
    " fair.",
    "While a travel permit costs $20, the press visa application fee is about 300,000 won ($210).",
)

NETWORK = document(
    "Fact sheet: the Open Grid partnership",
    "October 14, 2020",
    "Many Open Countries and Open Telcos, including Nara Telecom and Hanbit Mobile, and leading companies like"
    " Orbis and Quell, have joined the Open Grid.",
)

BAKERIES = document(
    "Korean bakery chains grow in Lorania",
    "December 30, 2025",
    "Of Crumbhouse's approximately 500 overseas outlets, about 210 are in North America.",
    "Brightloaf operates roughly 400 stores globally, including about 120 in North America.",
    "Their combined Lorania sales stood at 311.5 billion won in 2024.",
    "Crumbhouse aims to open more than 60 stores in Lorania, while Brightloaf plans to add 40 locations.",
)

DIALOGUE = document(
    "Lorania and Korea hold economic talks",
    "December 11, 2025",
    "Vice Minister Park Sora and Under Secretary Ames held the 4th Harbor Economic Dialogue (HED) in Lorania City.",
    "The delegations toured a port and a rail yard before the talks.",
    "The HED highlighted the success of the fisheries deal.",
    "The two sides also discussed ongoing efforts to ease business travel, including through the Lorania-Korea"
    " Travel and Visas Working Group.",
)

MILL = document(
    "Brightloaf Motors unveils $9 billion package",
    "March 24, 2025",
    "Brightloaf Motors announced a $9 billion investment in Lorania, featuring a $2.1 billion steel plant in Ostra.",
    "The Ostra facility will be Brightloaf's first steel plant, expected to produce 1.5 million tons of steel"
    " annually and generate over 800 jobs.",
)

DOCUMENTS = {
    "mill.txt": MILL,
    "dialogue.txt": DIALOGUE,
    "deal.txt": DEAL,
    "steel.txt": STEEL,
    "visas.txt": VISAS,
    "network.txt": NETWORK,
    "bakeries.txt": BAKERIES,
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("goods"), DOCUMENTS)


def test_a_levy_on_imports_is_the_tariff_on_goods_after_the_same_qualifier(kb: KnowledgeBase) -> None:
    assert all_said({"import"}, "tariff on rok good to 12 percent", {"rok", "import"})
    assert not all_said({"product"}, "40 percent tariff on steel and aluminum import", {"rok", "product"})
    assert not all_said({"rok", "auto"}, "tariff on rok good")
    answer = headline(kb, "what rate did lorania drop its reciprocal levy on ROK imports to under that trade deal?")
    assert answer == "12 percent"


def test_names_before_an_occasion_own_no_figure_even_without_their_apostrophe(kb: KnowledgeBase) -> None:
    assert {"brightloaf", "nordtech"} <= named_occasions("the fee reporters paid for brightloafs nordtech media tour")
    answer = headline(
        kb, "whats it cost in won to apply for the press visa reporters needed for brightloafs nordtech media tour?"
    )
    assert answer == "about 300,000 won ($210)"


def test_a_question_ending_in_a_currency_asks_an_amount() -> None:
    assert question_shape("what were the two chains combined sales in 2024, in won").answer_type == "amount"
    assert question_shape("what was the fee (in won)").answer_type == "amount"
    assert question_shape("who won in 2024").answer_type == "person"
    assert question_shape("how many stores does it run globally, in won") == QuestionShape("number", "stores")


def test_carriers_asked_are_answered_by_the_telcos_a_sentence_names(kb: KnowledgeBase) -> None:
    # (the kind asked is the answer's own; a kind named elsewhere in the question is a word to say)
    assert said_elsewhere_in("which carriers joined")("carrier", {}, QuestionShape("list"))
    assert not said_elsewhere_in("which companies spoke to news media")("media", {}, QuestionShape("list"))
    answer = headline(kb, "which carriers had signed up to the open grid, per the oct 2020 fact sheet?")
    assert answer is not None and "Nara Telecom" in answer and "Hanbit Mobile" in answer
    assert "Orbis" not in answer


def test_two_owners_figures_are_added_when_a_question_asks_what_they_have_between_them(kb: KnowledgeBase) -> None:
    answer = headline(kb, "crumbhouse + brightloaf - how many north american stores do they have between them?")
    assert answer is not None and answer.startswith("330")
    answer = headline(kb, "crumbhouse + brightloaf, how many north american stores do they have combined?")
    assert answer is not None and answer.startswith("330")
    # (each owner's figure stands in a sentence naming it and saying what the question qualifies it by: Crumbhouse's
    # 500 outlets are overseas, not global; the 60 stores it aims to open are no count of them)
    assert headline(kb, "crumbhouse + brightloaf, how many stores globally combined") is None


def test_a_sentence_referring_back_has_the_names_of_the_one_before(kb: KnowledgeBase) -> None:
    assert question_shape("which working grp handles biz visas").answer_type == "name"
    answer = headline(kb, "which WG did the dec 2025 HED point to for easing visa headaches for biz travelers?")
    assert answer == "Lorania-Korea Travel and Visas Working Group"


def test_what_a_part_is_worth_asks_an_amount(kb: KnowledgeBase) -> None:
    assert question_shape("whats the ostra steel mill piece worth?").answer_type == "amount"
    assert headline(kb, "brightloafs $9bn package - whats the ostra steel mill piece worth?") == "$2.1 billion"


def test_sks_side_is_south_koreas_and_an_equity_split_asks_a_number() -> None:
    assert country_initials("who headed SKs side at the 10th SED") == "who headed south korea's side at the 10th SED"
    assert country_initials("how much is SK putting into georgia") == "how much is SK putting into georgia"
    assert country_initials("and who was his SK counterpart?") == "and who was his south korea's counterpart?"
    assert question_shape("whats fords equity split in the SK ev battery cell jv").answer_type == "number"
    assert question_shape("whats hyundais stake in the louisiana plant").answer_type != "number"
    assert country_initials("who led SKs delegation at the ceremony") == "who led SKs delegation at the ceremony"
