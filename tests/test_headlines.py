"""Headlines state the fact in a few words and are never cut inside a word (issue 10)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.phrasing import ELLIPSIS, HEADLINE_CHARS, clip_words, headline
from knowledge.build import build_table
from knowledge.models import FactTable
from tests.conftest import dev_docs_or_skip


def _last_word(text: str) -> str:
    words = re.findall(r"[\w'’.-]+", text.removesuffix(ELLIPSIS))
    return words[-1].strip(".'’-") if words else ""


def _headlines(table: FactTable) -> list[tuple[str, str, str]]:
    kb = KnowledgeBase(table)
    found = []
    for kind, facts in (
        ("official", table.officials),
        ("date", table.dates),
        ("pledge", table.pledges),
        ("statistic", table.statistics),
    ):
        for fact in facts:
            item = kb.cite.item(fact, kind, 1.0)  # type: ignore[arg-type]
            found.append((headline(item.text, kind, item.source.quote), item.text, item.source.quote))
    return found


def _check(found: list[tuple[str, str, str]]) -> list[str]:
    bad = []
    for shown, text, quote in found:
        # A date the headline adds in parentheses ('… (December 29, 2025)') is not a word cut from the text.
        last = _last_word(re.sub(r"\s*\([A-Z][a-z]+ \d{1,2}, \d{4}\)$", "", shown))
        written_whole = f"{quote} {text[:-1]} U.S. ROK"  # a word ending the extracted text may be a stump
        if len(shown) > HEADLINE_CHARS or (
            last and not re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", written_whole)
        ):
            bad.append(f"{shown!r} (from {text!r})")
    return bad


def test_no_seed_headline_is_cut_inside_a_word(seed_table: FactTable) -> None:
    assert _check(_headlines(seed_table)) == []


def test_no_dev_document_headline_is_cut_inside_a_word() -> None:
    assert _check(_headlines(build_table(dev_docs_or_skip()))) == []


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Don Graves — Deputy Secretary of Commerce, Department of Commerce (US)",
            "official",
            "Don Graves — Deputy Secretary of Commerce (U.S.)",
        ),
        (
            "ROK pledged $150 billion — in the U.S. shipbuilding sector",
            "pledge",
            "$150 billion — ROK, U.S. shipbuilding",
        ),
        (
            "December 5, 2023 — The 8th Republic of Korea-United States Senior Economic Dialogue (SED) was held in "
            "Seoul",
            "date",
            "December 5, 2023 — 8th ROK-U.S. Senior Economic Dialogue, Seoul",
        ),
        (
            "ROK pledged $1.1 billion — ) in 2026 for the upkeep of American troops stationed on the peninsula",
            "pledge",
            "$1.1 billion — ROK, 2026 for the upkeep of American troops stationed on the peninsula",
        ),
        (
            "Kang Ji-woo — Minister of Trade, Industry and Energy, Ministry of Trade, Industry and Energy (ROK)",
            "official",
            "Kang Ji-woo — Minister of Trade, Industry and Energy (ROK)",
        ),
        (
            "Kim Hyun-chong — Trade Minister, Ministry of Trade, Industry and Energy (ROK)",
            "official",
            "Kim Hyun-chong — Trade Minister, Ministry of Trade, Industry and Energy (ROK)",
        ),
        (
            "U.S. and ROK pledged: cooperate on the issue of marine debris",
            "pledge",
            "U.S. and ROK pledged: cooperate on the issue of marine debris",
        ),
    ],
)
def test_headlines_are_the_fact_in_a_few_words(text: str, kind: str, expected: str) -> None:
    assert headline(text, kind) == expected


@given(st.text(max_size=400), st.integers(min_value=1, max_value=300))
def test_clipping_keeps_whole_words_within_the_limit(text: str, limit: int) -> None:
    clipped = clip_words(text, limit)
    assert len(clipped) <= max(limit, 1)
    kept = clipped.removesuffix(ELLIPSIS).split()
    assert kept == " ".join(text.split()).split()[: len(kept)] or clipped == " ".join(text.split())


def test_a_date_read_off_a_sentence_names_the_event_the_sentence_names() -> None:
    quote = "Kim Jina and Jacob Helberg held the 10th Senior Economic Dialogue (SED) in Washington on December 10."
    assert headline("December 10", "passage", quote) == "December 10 — 10th Senior Economic Dialogue, Washington"
    assert headline("Incheon International Airport", "passage", quote) == "Incheon International Airport"
