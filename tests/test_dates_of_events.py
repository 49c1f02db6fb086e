"""When things happened, read off invented stories: a year keeps the part of it the sentence gives ('second half of
2028'); a story's opening words do not make another sentence's date the date of the event they name
('established in 2011' is not when ground was broken); 'begin' says 'start'; the cost of 'the ceremony itself'
is not the plant's; 'how many ppl' finds the sentence counting employees among many naming the company."""

from __future__ import annotations

import pytest

from knowledge.answer.answers import KnowledgeBase
from tests.test_reading_kinds import headline as _headline
from tests.test_reading_kinds import knowledge_of

UNTITLED = "\n".join(
    [
        "Norva Electric said Sunday that it held a groundbreaking ceremony on Friday for a second plant at its North"
        " American production base in Lorain, Ohio, Norva Transformers USA, which makes power transformers for"
        " utilities across the region.",
        "",
        "The company plans to invest about $150 million to add production lines.",
        "",
        "Norva Transformers USA was established in 2011 as the first transformer plant in Ohio built by a Korean"
        " company.",
        "",
        "The company plans to begin mass production in the second half of 2028.",
        "",
        "The plant's performance has steadily improved. Its workforce has also grown from 90 employees in 2015 to"
        " 310 in 2025.",
        *(
            f"\nIn 2025 Norva Transformers USA said its power transformer line {n} would employ new machines from"
            f" supplier {n}."
            for n in range(1, 31)
        ),
    ]
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("docs"), {"lorain.txt": UNTITLED})


def test_a_part_of_a_year_is_kept_and_begin_says_start(kb: KnowledgeBase) -> None:
    assert _headline(kb, "when does norva expect to start mass production in lorain") == "second half of 2028"
    assert _headline(kb, "when's norva's mass prodn supposed to start in lorain?") == "second half of 2028"


def test_the_opening_words_do_not_date_another_sentences_event(kb: KnowledgeBase) -> None:
    first = kb.answer("how much is norva electric investing in its 2nd plant in lorain ohio?")
    assert first.answers and "$150 million" in first.answers[0].text
    assert _headline(kb, "when did they break ground?", first.subject) != "2011"


def test_the_cost_of_the_thing_itself(kb: KnowledgeBase) -> None:
    assert _headline(kb, "how much did norva electric spend on the groundbreaking ceremony itself in lorain?") is None


def test_a_count_of_people_is_found_by_its_own_noun(kb: KnowledgeBase) -> None:
    assert _headline(kb, "how many ppl did norva transformers usa employ in 2025?") == "310 employees"
