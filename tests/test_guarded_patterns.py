"""Every guarded pattern's words are words each of its matches holds, so skipping text without them loses nothing.

A guard (``knowledge/text/guarded.py``) lets the extractor skip a pattern over text that holds none of its
words; a wrong word would silently drop facts. Here every guarded pattern runs, unguarded, over the seeds, the
documents written for the tests and the shared dev documents (where present), over each document whole and
sentence by sentence, and each match must hold one of the guard's words.
"""

from __future__ import annotations

import re
from pathlib import Path

from knowledge.extract.document_facts import extract_document
from knowledge.extract.documents import UnreadableDocument, read_document
from knowledge.extract.sentences import split_sentences
from knowledge.text.guarded import GUARDED, Guarded
from tests.conftest import DEV_DOCS, SEEDS, WRITTEN_DOCS


def _texts() -> list[str]:
    """Each readable document whole, and each of its sentences (the two ways the extractor runs patterns)."""
    paths = [*sorted(SEEDS.glob("*.txt")), *sorted(WRITTEN_DOCS.iterdir())]
    paths += sorted(DEV_DOCS.glob("*.txt")) if DEV_DOCS.is_dir() else []
    texts = []
    for path in paths:
        try:
            document = read_document(Path(path))
        except UnreadableDocument:
            continue
        extract_document(document)  # builds the patterns made from the rules on first use
        texts += [document.text, *(s.text for s in split_sentences(document.text))]
    return texts


def matches_without_a_word(guarded: Guarded, texts: list[str]) -> list[str]:
    """The matches of ``guarded``'s pattern (run without its guard) that hold none of its words."""
    missing = []
    for text in texts:
        for m in guarded.pattern.finditer(text):
            found = m.group(0).lower() if guarded.ignore_case else m.group(0)
            if not any(word in found for word in guarded.words):
                missing.append(m.group(0))
    return missing


def test_every_match_of_a_guarded_pattern_holds_one_of_its_words() -> None:
    texts = _texts()
    assert len(GUARDED) >= 10  # the patterns the extractor guards have all been built
    for guarded in GUARDED:
        assert matches_without_a_word(guarded, texts) == [], guarded.pattern.pattern


def test_a_guarded_pattern_finds_what_its_pattern_finds() -> None:
    texts = _texts()
    for guarded in GUARDED:
        for text in texts:
            assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in guarded.pattern.finditer(text)]


def test_a_word_that_a_match_lacks_is_reported() -> None:
    wrong = Guarded(re.compile(r"\bAcme\s+[\w.]+"), ("Inc.",))
    assert matches_without_a_word(wrong, ["Acme Steel will build.", "Acme Inc. will build."]) == ["Acme Steel"]
    assert list(wrong.finditer("Acme Steel will build.")) == []  # what a wrong word would lose


def test_a_guard_that_ignores_case_finds_its_word_in_any_letters_the_pattern_takes_for_it() -> None:
    both = Guarded(re.compile(r"both sides", re.IGNORECASE), ("both sides",), ignore_case=True)
    for written in ("BOTH SIDES", "Both Sides", "both ſides", "BOTH SİDES", "both sıdes"):
        assert [m.group(0) for m in both.finditer(written)] == [written], written


def test_a_guard_looks_only_inside_the_span_it_is_given() -> None:
    plan = Guarded(re.compile(r"partnership"), ("partnership",))
    text = "a partnership, then other words"
    assert plan.search(text, 5) is None and plan.search(text, 0, 9) is None
    assert plan.search(text, 0) is not None
