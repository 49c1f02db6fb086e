"""What the development rounds asked in words the rules missed, read off invented documents: 'lower its tariffs'
lowers, it compares nothing, and the rate asked is the answer's kind, not a word the sentence must say; a figure a
change started from ('to 12 percent from 20 percent') is what it was, not what it is; what a tariff is on may stand
a few words after it ('what tariff rate did the us set on korean goods'); alternatives set out first ('kestrel vs
tarn on us lobbying $ in 2024 - which spent more?') may carry a dollar sign or a bracketed aside after the question."""

from __future__ import annotations

import pytest

from knowledge.answer.alternatives import _ALTERNATIVES_FIRST
from knowledge.answer.anchors import compares
from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.charges import charged_on
from tests.test_reading_kinds import document, headline, knowledge_of

DEAL = document(
    "Harbor economic dialogue held after trade deal",
    "December 12, 2025",
    "Under the two countries' trade deal, Seoul committed to investing $90 billion in the U.S. in return for"
    ' Washington\'s lowering of "reciprocal" tariffs on Korean goods to 12 percent from 20 percent.',
)

STEEL = document(
    "Kestrel Motor announces U.S. investment",
    "March 25, 2025",
    "His administration has already imposed 20 percent tariffs on steel and aluminum imports.",
)

LOBBYING = document(
    "Explainer: who lobbies in Washington",
    "December 20, 2025",
    "Kestrel Shops spent $3.87 million on U.S. lobbying in 2024.",
    "Tarn Rides spent $2.62 million on U.S. lobbying in 2024.",
)

DOCUMENTS = {"deal.txt": DEAL, "steel.txt": STEEL, "lobbying.txt": LOBBYING}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("rates"), DOCUMENTS)


def test_the_rate_a_tariff_was_lowered_to_is_the_new_one(kb: KnowledgeBase) -> None:
    assert not compares("what rate did the us lower its reciprocal tariffs on korean goods to?")
    assert headline(kb, "what rate did the us lower its reciprocal tariffs on korean goods to?") == "12 percent"
    assert headline(kb, "what tariff rate did the us set on korean goods?") != "20 percent"
    assert charged_on("what tariff rate did the us set on korean goods?") == {"good", "rok"}


def test_alternatives_set_out_first_with_a_dollar_sign_or_an_aside(kb: KnowledgeBase) -> None:
    dollar = _ALTERNATIVES_FIRST.match("kestrel vs tarn on us lobbying $ in 2024, which spent more?")
    assert dollar is not None and dollar["a"] == "kestrel"
    answer = headline(kb, "kestrel vs tarn - who spent more on us lobbying in 2024? (harbor explainer dec 2025)")
    assert answer is not None and answer.startswith("Kestrel")
