"""Roundups that list organisations under headings: 'HYUNDAI MOTOR' on a line of its own over 'The South Korean
automaker said on Jan. 23 it planned to further localize production …'.

'Which korean cos did the white house icymi list' is answered by the headings whose paragraph opens by saying
what the question qualifies them with ('South Korean'), in the document the question's other words find; 'list
the cos in that roundup' by every heading. Each item is cited with the sentence that qualifies it, so the reader
sees why it is on the list. Only a document with several such headings is read this way.
"""

from __future__ import annotations

import re
from functools import cache

from knowledge.answer.citing import Citations
from knowledge.answer.filters import parse_filters
from knowledge.answer.fit import SIDE_WORDS
from knowledge.answer.normalize import content_tokens, normalize
from knowledge.answer.passages import PassageIndex, passage_form
from knowledge.answer.question_dates import is_month
from knowledge.answer.question_type import question_shape
from knowledge.answer.result import Answer
from knowledge.answer.sentence_support import side_abbreviations
from knowledge.answer.wording import QuestionWording
from knowledge.rules import alternation, load_rules

MIN_HEADED_ITEMS = 4
"""A document lists organisations under headings when it has at least this many."""

HEADING_WORDS = 5
"""A heading naming an organisation has at most this many words ('SAMSUNG ELECTRONICS')."""

OPENING_WORDS = 8
"""How far into an item's paragraph the words qualifying it stand ('The South Korean tech giant')."""

DOCUMENT_BAR = 0.35
"""The least share of the question's words a sentence of the roundup must cover for it to be the one meant (its
title must say one of them too)."""

DESCRIBING_WORDS = 3
"""The least number of words, beyond what qualifies the items, a question must say its roundup by."""

SEARCHED = 40
"""Sentences looked at for the roundup the question means."""


@cache
def _asked() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'which korean cos', 'list the south korean companies'; 'which ones are south korean'."""
    # (plural nouns only: 'which org did hyundai join' asks for one organisation, not a roundup's list)
    nouns = alternation([n for n in load_rules("questions.json")["implied_by_answer"]["list"] if n.endswith("s")])
    which = re.compile(
        rf"\b(?:which|what|list(?:\s+(?:the|all))?|name\s+the)\s+(?P<qualifier>(?:[\w.'’-]+\s+){{0,3}}?)(?:{nouns})\b",
        re.I,
    )
    rules = load_rules("questions.json")["list_follow_ups"]
    pointing, participles = alternation(rules["pointing"]), alternation(rules["participles"])
    items = rf"(?:{pointing}|(?:of\s+the\s+(?:(?:{participles})\s+)?)?(?:{nouns}))"
    ones = re.compile(rf"\bwhich\s+{items}\s+(?:are|were|is)\s+(?P<qualifier>[\w.'’ -]{{3,30}}?)\s*\??\s*$", re.I)
    return which, ones


@cache
def _list_nouns() -> frozenset[str]:
    nouns = load_rules("questions.json")["implied_by_answer"]["list"]
    return frozenset(w for n in nouns for w in [*content_tokens(n), *passage_form(n).split()])


def headed_items(index: PassageIndex, document: str) -> list[tuple[int, int]]:
    """(heading, the sentence after it) for each organisation a document lists under a heading of its own; none
    unless it lists several."""
    positions = index.passages.of_document(document)
    items = [(a, b) for a, b in zip(positions, positions[1:], strict=False) if _is_heading(index.passages.text(a))]
    return items if len(items) >= MIN_HEADED_ITEMS else []


def _is_heading(text: str) -> bool:
    text = text.strip()
    words = text.split()
    return 0 < len(words) <= HEADING_WORDS and text.upper() == text and any(c.isalpha() for c in text)


def headed_list_answer(
    index: PassageIndex,
    wording: QuestionWording,
    cite: Citations,
    question: str,
    intent: str,
    subject: str | None,
    thread_document: str | None = None,
) -> Answer | None:
    """The organisations a roundup lists under headings that the question asks for; None when the question asks
    no such list or no roundup of its words lists any. ``thread_document``: the document a thread is about,
    which a follow-up ('which ones are south korean') asks of."""
    if parse_filters(question)[0].active:
        return None  # ('which cos had figures of $1bn or more': headings give no figure to filter by)
    which, ones = _asked()
    # ('which ones are south korean' asks for the list's items whatever kind its words would say)
    kind_asked = question_shape(question).answer_type in ("list", "organization")
    asked = ones.search(question) or (which.search(question) if kind_asked else None)
    if asked is None:
        return None
    # ('which sk firms': 'sk' stands for South Korea as often as for the SK group; a roundup's opening says which)
    qualifier = {side_abbreviations().get(w, w) for w in content_tokens(asked["qualifier"])}
    document = _roundup_meant(index, wording, question, qualifier)
    own = _own_words(wording, question, qualifier)
    follow_up = document is None and len(own) < DESCRIBING_WORDS and thread_document is not None
    if follow_up and thread_document is not None and headed_items(index, thread_document):
        document = thread_document  # ('which ones are south korean' after a question on the roundup)
    if document is None:
        return None
    listed = headed_items(index, document)
    kept = [
        (heading, opening)
        for heading, opening in listed
        if qualifier <= set(content_tokens(_opening_clause(index.passages.text(opening))))
    ]
    # ('which korean cos were looking at shifting production out of mexico': a name some items' paragraphs say)
    headings = [heading for heading, _ in listed]
    paragraphs = {heading: _paragraph(index, heading, headings) for heading in headings}
    first = headings[0]  # (the title and the lead say what the roundup is of)
    opening_words = {w for i in index.passages.of_document(document) if i < first for w in index.words_of(i)}
    named = {w for w in wording.words(question) if index.is_name_like(w) and not (w.isdigit() or is_month(w))}
    named -= qualifier | opening_words | SIDE_WORDS
    telling = {w for w in named if 0 < sum(w in p for p in paragraphs.values()) < len(listed)}
    kept = [(heading, opening) for heading, opening in kept if telling <= paragraphs[heading]]
    if follow_up:
        # ('which cos announced layoffs' after the roundup: what it asks of them, each paragraph must say)
        kept = [(heading, opening) for heading, opening in kept if set(own) - opening_words <= paragraphs[heading]]
    if not kept:
        return None
    names = [index.passages.text(heading).strip() for heading, _ in kept]
    headline = cite.passage_item(index.passages[kept[0][1]], ", ".join(names), 1.0, kind="list")
    items = [
        headline,
        *(
            cite.passage_item(index.passages[opening], name, 1.0)
            for (_, opening), name in zip(kept, names, strict=True)
        ),
    ]
    note = f"{len(names)} listed under their own headings in that document; each is cited with the sentence after it."
    return Answer(query=question, intent=intent, answers=tuple(items), note=note, subject=subject, total=len(names))


def _paragraph(index: PassageIndex, heading: int, headings: list[int]) -> set[str]:
    """The words of the sentences under a heading, up to the next one (``headings`` in document order)."""
    end = next((h for h in headings if h > heading), heading + 1 + PARAGRAPH_SENTENCES)
    same = index.passages.document(heading)
    return {
        w
        for i in range(heading + 1, min(end, len(index.passages)))
        if index.passages.document(i) == same
        for w in index.words_of(i)
    }


PARAGRAPH_SENTENCES = 4
"""The sentences under the last heading that belong to its item."""


def _opening_clause(sentence: str) -> str:
    """The words an item's paragraph opens on, up to its first comma ('The Japanese automaker, unlike Korean
    rivals, …' says the item is Japanese only)."""
    return " ".join(re.split(r"[,;:(—–]", sentence, maxsplit=1)[0].split()[:OPENING_WORDS])


def _own_words(wording: QuestionWording, question: str, qualifier: set[str]) -> list[str]:
    """The question's words beyond what qualifies the items and the nouns naming them."""
    return [w for w in wording.words(question) if normalize(w) not in qualifier and w not in _list_nouns()]


def _roundup_meant(index: PassageIndex, wording: QuestionWording, question: str, qualifier: set[str]) -> str | None:
    """The document with headed items that the question's words, beyond its qualifier, find best."""
    words = _own_words(wording, question, qualifier)
    if len(words) < DESCRIBING_WORDS:
        return None  # ('which companies are japanese': no words say which roundup)
    looked_at: set[str] = set()  # (many sentences found are of one document: each is looked at once)
    for hit in index.search(words, SEARCHED):
        if hit.coverage < DOCUMENT_BAR:
            return None
        document = index.passages.document(hit.index)
        if document in looked_at:
            continue
        looked_at.add(document)
        # (its title says a word of the question's own: 'icymi', 'roundup', 'production boom')
        title = set(index.words_of(index.passages.of_document(document)[0]))
        if headed_items(index, document) and title & set(words) - SIDE_WORDS:
            return document
    return None
