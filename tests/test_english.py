"""The English lexicon and frequencies read straight from lemminflect's and wordfreq's data files agree with
what the libraries themselves say (so a new release that changes a file format fails here, not in answers)."""

from __future__ import annotations

import pytest

from knowledge.text import english

WORDS = [
    "briefed", "besides", "cover", "stores", "spoke", "itself", "money", "people", "breach", "samsung",
    "trilateral", "earmarked", "exactly", "annually", "hyundai", "coupang", "shipyards", "wrote", "nonword",
]  # fmt: skip


@pytest.mark.parametrize("word", WORDS)
def test_lemmas_read_from_the_data_file_match_lemminflect(word: str) -> None:
    lemminflect = pytest.importorskip("lemminflect")
    assert english.lemmas(word) == lemminflect.getAllLemmas(word)


@pytest.mark.parametrize("word", WORDS)
def test_frequencies_read_from_the_data_file_match_wordfreq(word: str) -> None:
    wordfreq = pytest.importorskip("wordfreq")
    assert english.zipf(word) == pytest.approx(wordfreq.zipf_frequency(word, "en", wordlist="small"), abs=0.01)


def test_everyday_words_weigh_less_than_rare_ones_and_names_are_never_plain_words() -> None:
    assert english.generality_weight("people") < english.generality_weight("money") < 1.0
    assert english.generality_weight("trilateral") == 1.0
    assert english.is_plain_word("earmarked") and not english.is_plain_word("samsung")
    assert not english.is_plain_word("cover")  # a noun too: a name could hide there
    assert english.is_plural_noun("shipyards") and not english.is_plural_noun("paris")
