"""Splitting text into sentences that keep their character offsets.

Every fact quotes the sentence it came from and points at it by offsets, so the
splitter never rewrites text: it only decides where sentences start and end.
Abbreviations ('U.S.', 'Dec.', 'Joseph R. Biden') do not end a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.models import Source
from knowledge.rules.rulebook import rulebook

_BULLET = re.compile(r"^[ \t]*(?:[•·▪◦‣*\-–]|\d{1,2}[.)])\s+")
# A sentence ends at '.', '!' or '?' before a space and a capital, or at the line's end; scraped text also
# glues sentences together ('per year.Hyundai Chairman'), which a lower-case word, a period and a capitalised
# word show. Every branch opens on the mark itself: the glued case looks behind only once it has a period, not
# at every character of the line.
_END = re.compile(
    r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9•])|[.!?][\"'”’)\]]*$|\.(?<=[a-z0-9]{3}\.)(?=[A-Z][a-z]+\b)"
)


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    bullet: bool = False
    paragraph: int = 0


def _is_abbreviation(text: str, dot: int) -> bool:
    # Only the word before the dot is read (never the whole line before it), so splitting stays linear.
    start = dot
    while start > 0 and dot - start < 12 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    if start == dot:
        return False
    token = text[start:dot].lower().strip(".")
    if token in rulebook().abbreviations:
        return True
    # A lone capital is an initial ('Joseph R. Biden'), not a sentence end.
    return len(token) == 1 and text[dot - 1].isupper()


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with their offsets; each line is split on its own.

    >>> [s.text for s in split_sentences("The U.S. agreed. Seoul did too.")]
    ['The U.S. agreed.', 'Seoul did too.']
    """
    out: list[Sentence] = []
    pos = 0
    paragraph = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            paragraph += 1
            continue
        bullet = bool(_BULLET.match(line))
        body_start = _BULLET.match(line).end() if bullet else len(line) - len(line.lstrip())  # type: ignore[union-attr]
        cursor = body_start
        for m in _END.finditer(line, body_start):
            if line[m.start()] == "." and _is_abbreviation(line, m.start()):
                continue
            _append(out, line, line_start, cursor, m.end(), bullet, paragraph)
            cursor = m.end()
        _append(out, line, line_start, cursor, len(line), bullet, paragraph)
        paragraph += 1
    return out


def _append(out: list[Sentence], line: str, line_start: int, a: int, b: int, bullet: bool, paragraph: int) -> None:
    chunk = line[a:b]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    start = line_start + a + lead
    out.append(
        Sentence(stripped, start, start + len(stripped), bullet and not out_has_line(out, line_start), paragraph)
    )


def out_has_line(out: list[Sentence], line_start: int) -> bool:
    """Only a bullet's first sentence starts the bullet."""
    return bool(out) and out[-1].start >= line_start


def source_of(document_id: str, sentence: Sentence) -> Source:
    """The provenance of a fact read from ``sentence``: the document, the sentence and its offsets."""
    return Source(document=document_id, quote=sentence.text, start=sentence.start, end=sentence.end)
