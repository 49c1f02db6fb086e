"""Questions worded as analysts type them, read off invented documents: a numbered meeting ('sed #5'), a month
with a clipped year ('sept 22'), a verb the documents say otherwise ('sinking' for 'invest'), a part asked
where the sentence beside it gives the whole, and a follow-up that names nothing itself."""

from __future__ import annotations

import pytest

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.normalize import normalize
from knowledge.answer.wording import years_after_a_month
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
}


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
