"""What the blind rounds asked in words the rules missed, read off invented documents: what someone is asked to
have said ('posted on X that the assembly would set up more measures') holds no comparison and no office of the
question; a clause saying when ('… when reed was in harborton') names no office asked either; 'he' as the subject
of a follow-up is the thread's person whatever else it names ('in trumps 1st term'); a closed compound participle
('ringfenced') is the asker's verb, not an unknown name; 'how long … in days' and a 'state trip' count days."""

from __future__ import annotations

import pytest

from knowledge.answer.anchors import compares, without_clauses_of_others
from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.figure_owner import owned_by_another
from knowledge.answer.kind_spans import kinds_of
from knowledge.answer.question_dates import asks_the_day
from knowledge.answer.question_type import question_shape
from knowledge.answer.spans import amounts_in
from knowledge.text.english import is_verb_or_adjective
from tests.test_reading_kinds import document, headline, knowledge_of

POST = document(
    "Republicans rally behind Kestrel Shops in Korea probe",
    "December 20, 2025",
    "Kestrel Shops has faced a probe by the National Assembly.",
    "“The National Assembly's targeting of Kestrel will set the stage for further discriminatory measures towards"
    " U.S. firms,” read an X post by Alan Morrow, a Republican foreign policy adviser who previously served as"
    " national security advisor during U.S. President Donald Trump's first term.",
)

VISIT = document(
    "Reed to pay state visit to Lorania",
    "January 2, 2026",
    "Foreign Minister Paul Reed is scheduled to pay a three-day state visit to Lorania beginning Sunday.",
    "Under the deal, Lorania committed to investing $90 billion — $40 billion in the shipbuilding sector and"
    " additionally $50 billion.",
)

LOBBYING = document(
    "Explainer: who lobbies in Washington",
    "December 21, 2025",
    "Notably, Kestrel Shops spent $270,000 this year on Birch Strategies, the lobbying firm founded by Tom Birch,"
    " a longtime Republican strategist.",
    "Comparatively, while top-cap firms like Tarn spent $19.14 million on lobbying in 2024 — over five times the"
    " money spent by Kestrel Shops.",
)

DIALOGUE = document(
    "The 6th Harbor Economic Dialogue",
    "November 8, 2019",
    "The Ministry of Foreign Affairs hosted the 6th Harbor Economic Dialogue in Seoul on November 6.",
    "The 6th Dialogue brought together 18 U.S. participants including government officials, and about 18 Lorania"
    " participants from the Ministry of Foreign Affairs.",
    "Secretary of State Mara Pell launched the State Department's Clean Path initiative on April 29, 2020.",
    "Many Clean Countries and Clean Telcos, including Nara Telecom and Hanbit Mobile, and leading Clean Companies"
    " like Oracle and Fujitsu, have joined the Clean Network.",
)

STORES = document(
    "Lorania bakeries expand in North America",
    "December 15, 2025",
    "Of Brightloaf's approximately 700 overseas outlets, about 260 are in North America.",
    "Crumbhouse operates roughly 580 stores globally, including about 190 in North America.",
    "Brightloaf's U.S. sales are expected to increase to about 585 billion won this year from 132.6 billion won in"
    " 2020, while Crumbhouse's sales are projected to rise to about 200 billion won from 37.3 billion won over the"
    " same period.",
)

READOUT = document(
    "Readout of Vice President Hale's Meeting with President Oduya of Lorania",
    "September 29, 2022",
    "The Vice President and the President agreed to deepen bilateral cooperation on space.",
    "In this regard, the Vice President welcomed Lorania's plan to announce its commitment not to conduct destructive"
    " direct-ascent anti-satellite missile testing.",
)

DOCUMENTS = {
    "post.txt": POST,
    "visit.txt": VISIT,
    "lobbying.txt": LOBBYING,
    "dialogue.txt": DIALOGUE,
    "stores.txt": STORES,
    "readout.txt": READOUT,
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("reported"), DOCUMENTS)


def test_what_someone_said_holds_no_comparison_and_no_office(kb: KnowledgeBase) -> None:
    asked = "which trump-world republican posted on X that the assembly going after kestrel would set up more measures?"
    assert not compares(asked)
    answer = headline(kb, asked)
    assert answer is not None and answer.startswith("Alan Morrow")


def test_a_clause_saying_when_names_no_office() -> None:
    assert without_clauses_of_others("who was nso director when reed was in lorania?").strip() == (
        "who was nso director"
    )
    assert without_clauses_of_others("when was he director?") == "when was he director?"


def test_he_as_the_subject_follows_up_the_thread_whatever_else_it_names(kb: KnowledgeBase) -> None:
    first = kb.answer("which republican posted on X that the assembly going after kestrel would set up more measures?")
    for asked in ("what post did he hold in trumps 1st term?", "what post did he have in trump's first admin?"):
        follow = kb.answer(asked, context_subject=first.subject)
        assert follow.answers and follow.answers[0].text == "national security advisor", asked


def test_a_closed_compound_participle_is_the_askers_verb(kb: KnowledgeBase) -> None:
    assert is_verb_or_adjective("ringfenced") and not is_verb_or_adjective("hyundai")
    assert headline(kb, "of loranias $90bn pledge, how much is ringfenced for shipbuilding?") == "$40 billion"


def test_days_of_a_state_trip(kb: KnowledgeBase) -> None:
    assert question_shape("how long is reeds lorania trip, in days?") == question_shape("how many days is reeds trip")
    for asked in (
        "how many days is foreign min reeds state trip to lorania?",
        "how long is reeds lorania trip in jan 2026, in days?",
    ):
        answer = headline(kb, asked)
        assert answer is not None and answer.startswith("3-day"), asked


def test_a_party_modifier_asks_no_person(kb: KnowledgeBase) -> None:
    assert question_shape("which republican-linked firm did kestrel pay $270k?").answer_type != "person"
    assert headline(kb, "which republican-linked firm did kestrel shops pay $270k?") == "Birch Strategies"


def test_who_said_something_is_answered_only_by_a_sentence_telling_what_was_said(kb: KnowledgeBase) -> None:
    assert headline(kb, "who said that tarn spent more than kestrel shops on lobbying?") is None
    assert not compares("what was the post that morrow held before")
    assert without_clauses_of_others("what was the post that morrow held before?") == (
        "what was the post that morrow held before?"
    )


def test_a_list_of_a_kind_is_the_enumeration_after_that_kind(kb: KnowledgeBase) -> None:
    assert headline(kb, "which telcos does the 6th harbor dialogue fact sheet say joined the clean network?") == (
        "Nara Telecom, Hanbit Mobile"
    )
    # (telcos are companies too: 'which companies' is answered by every enumeration)
    companies = headline(kb, "which companies does the 6th harbor dialogue fact sheet say joined the clean network?")
    assert companies is not None and "Nara Telecom" in companies and "Oracle" in companies


def test_a_delegation_is_counted_in_people(kb: KnowledgeBase) -> None:
    answer = headline(kb, "how many ppl on the US delegation at the 2019 (6th) harbor econ dialogue hosted by mofa?")
    assert answer is not None and answer.startswith("18")


def test_a_count_between_two_is_their_sum_which_no_one_figure_gives(kb: KnowledgeBase) -> None:
    # (no sentence states the sum: its parts, each chain's count, are added; one chain's count is no answer)
    answer = headline(kb, "how many north american stores do brightloaf and crumbhouse have between them?")
    assert answer is not None and answer.startswith("450")


def test_exact_dates_in_the_plural_ask_the_day() -> None:
    assert asks_the_day("when did lorania host the 3rd summit - exact dates?")


def test_a_figure_far_from_any_name_is_the_figure_of_the_name_its_clause_opens_on(kb: KnowledgeBase) -> None:
    sentence = STORES.splitlines()[-1]
    spans = {s.text: s for s in amounts_in(sentence)}
    index, people = kb.reader.index, kb.reader.people
    assert owned_by_another(index, people, sentence, spans["about 200 billion won"], {"brightloaf"})
    assert not owned_by_another(index, people, sentence, spans["about 200 billion won"], {"crumbhous"})
    assert headline(kb, "how much are brightloaf us sales expected to reach this year?") == "about 585 billion won"


def test_a_sentence_giving_nothing_of_the_kind_asked_tells_no_better(kb: KnowledgeBase) -> None:
    # ('Pell launched the Clean Path' says the name the question gives, but lists no telcos)
    answer = headline(kb, "which telcos had signed onto pells clean network by the time of the 6th harbor dialogue")
    assert answer == "Nara Telecom, Hanbit Mobile"


def test_what_type_of_test_is_answered_by_the_testing_named(kb: KnowledgeBase) -> None:
    answer = headline(kb, "in the vp hale / oduya readout, what type of weapons test did lorania plan to swear off?")
    assert answer == "destructive direct-ascent anti-satellite missile testing"


def test_taking_office_is_said_only_by_a_sentence_saying_so(kb: KnowledgeBase) -> None:
    # ('Pell launched the Clean Path initiative on April 29, 2020' says no one took office)
    assert headline(kb, "who took office in 2020") is None
    assert headline(kb, "who was sworn in in 2020") is None


def test_what_kind_of_meeting_is_the_noun_as_asked_before_its_plural(kb: KnowledgeBase) -> None:
    assert (
        kinds_of("took part in separate bilateral meetings, and he is now joining a trilateral meeting", "meeting")[
            0
        ].text
        == "trilateral meeting"
    )
