"""Sums of several parts a question lists, and comparisons in the document a question describes, read off
invented documents: 'the 3 investments (a, b, c) - whats the combined total', 'a + b + c combined = how much',
'… setup plus the 2018 expansion, total in won?' (the total asked after its parts, each part in won); 'in the
partnership fact sheet (the harbor health one) who put more into quantum networks, us or rok' compares the pledges
of the document the brackets describe, never those of another document on the same topic, and abstains when no
document says the description."""

from __future__ import annotations

from knowledge.answer.answers import KnowledgeBase
from tests.test_reading_kinds import document
from tests.test_reading_kinds import headline as _headline

DOCUMENTS = {
    "dialogue.txt": document(
        "Allies advance economic cooperation at the 8th economic dialogue",
        "October 3, 2022",
        "The two sides welcomed recent Korean investments in the United States, including:",
        "Orland Tractor’s $40 million investment in Dayton, Ohio",
        "Velmo Foam’s $120 million investment in Macon, Georgia",
        "Karst Energy’s $640 million investment in Athens, Georgia",
    ),
    "works.txt": document(
        "Norva Electric grows its Ohio transformer subsidiary",
        "March 9, 2026",
        "Norva Electric initially invested 48 billion won to set up the subsidiary and added another 31 billion won"
        " in 2019 to expand production capacity.",
        "The company plans to invest about $150 million to build a second transformer plant in Lorain.",
    ),
    "boom.txt": document(
        "Investments pour into American factories",
        "April 4, 2025",
        "Pellworth, a Danish drug maker, announced a $30 billion investment in its U.S. manufacturing.",
        "Cobalt Ridge, a data firm, announced a $1.5 billion investment to build a computing center in Texas.",
        "Dairyfold, a yogurt maker, announced a $900 million investment to build a plant in New York.",
    ),
    "partnership.txt": (
        "Republic of Korea and United States Partnership\n\n"
        "The two countries launch the Harbor Health Partnership to expand vaccine production.\n\n"
        "Strengthen research on quantum networks and secure communications. The United States has committed"
        " $3 billion to this effort, and the ROK has committed $1.5 billion.\n"
    ),
    "later.txt": document(
        "Allies renew technology cooperation",
        "June 1, 2024",
        "The allies agree to deepen research on quantum networks and secure communications. The ROK has committed"
        " $4 billion to this effort, and the United States has committed $2 billion.",
    ),
}


def test_the_sum_of_three_parts_listed_in_brackets(kb: KnowledgeBase) -> None:
    question = "the 8th dialogue fact sheet listed 3 korean investments (orland tractor, velmo foam, karst) - total?"
    assert _headline(kb, question) == "$800 million ($40 million + $120 million + $640 million)"


def test_the_sum_of_parts_joined_by_plus_signs(kb: KnowledgeBase) -> None:
    question = "in the april 2025 factory investments piece, pellworth + cobalt ridge + dairyfold combined = how much?"
    assert _headline(kb, question) == "$32.4 billion ($30 billion + $1.5 billion + $900 million)"


def test_parts_opening_a_question_are_not_read_as_its_topic(kb: KnowledgeBase) -> None:
    """('pellworth' owning the figure read for 'dairyfold investments' made a wrong sum)"""
    found = _headline(kb, "pellworth + cobalt ridge + dairyfold investments combined = how much?")
    assert found is None or found.startswith("$32.4 billion")


def test_a_total_asked_after_its_parts_in_won(kb: KnowledgeBase) -> None:
    question = "norva electrics ohio transformer sub - initial setup plus the 2019 expansion, total in won?"
    assert _headline(kb, question) == "79 billion won (48 billion won + 31 billion won)"


def test_a_list_in_brackets_with_no_sum_asked_is_no_sum(kb: KnowledgeBase) -> None:
    assert not (_headline(kb, "which one put the most into georgia (velmo foam, karst)?") or "").endswith(")")


def test_a_comparison_in_the_document_its_brackets_describe(kb: KnowledgeBase) -> None:
    question = "in the partnership fact sheet (the harbor health partnership one), who put more into quantum networks,"
    question += " us or rok?"
    assert (
        _headline(kb, question)
        == "The United States committed more: $3 billion, against $1.5 billion from the Republic of Korea"
    )


def test_a_comparison_in_a_document_nobody_wrote_abstains(kb: KnowledgeBase) -> None:
    question = "in the partnership fact sheet (the lunar mining partnership one), who put more into quantum networks,"
    question += " us or rok?"
    assert _headline(kb, question) is None
