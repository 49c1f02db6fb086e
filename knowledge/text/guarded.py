"""A pattern run only over text that holds a word every one of its matches holds.

Most patterns the extractor runs over each sentence or each document can match only where a fixed word stands
('namely', 'Inc.', '’s', 'partnership'), and most texts hold none of those words. ``str.find`` looks for a word
many times faster than a pattern with a leading word boundary or alternation tries every position, so a text
without any of the words is not scanned at all. The answer is the same either way: the words are the pattern's
own literals, and ``tests/test_guarded_patterns.py`` checks every guarded pattern's matches against them.

Two more cheap tests of the same kind live here: ``holds_any`` (a plain loop of ``in``, for the checks that
run on every sentence) and ``initials_first`` (a look-ahead for the first characters of a list of names, put
before a pattern that would otherwise try a look-behind at every character).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

GUARDED: list[Guarded] = []  # every guarded pattern, for the test that checks each one's words
# The characters other than A-Z that a pattern ignoring case takes for an ASCII letter ('İ' and 'ı' for 'i',
# 'ſ' for 's', the Kelvin sign for 'k'): put as that letter before the text is lowered, so a word in lower-case
# ASCII is found wherever the pattern could match it.
_NOT_ASCII_LETTERS = ("\u0130", "\u0131", "\u017f", "\u212a")
_AS_ASCII = str.maketrans(dict(zip(_NOT_ASCII_LETTERS, "iisk", strict=True)))


@dataclass(frozen=True, slots=True)
class Guarded:
    """``pattern`` with ``words``, one of which each of its matches holds (in lower case when ``ignore_case``).

    >>> named = guard(re.compile(r"\\bnamely\\s+[A-Z]\\w+"), "namely")
    >>> [m.group(0) for m in named.finditer("four firms, namely Acme")], list(named.finditer("four firms"))
    (['namely Acme'], [])
    """

    pattern: re.Pattern[str]
    words: tuple[str, ...]
    ignore_case: bool = False

    def holds_a_word(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether ``text[pos:endpos]`` holds one of the words: when not, the pattern cannot match there."""
        if self.ignore_case:
            text = text[pos:endpos]
            if not text.isascii() and any(ch in text for ch in _NOT_ASCII_LETTERS):
                text = text.translate(_AS_ASCII)
            text, pos, endpos = text.lower(), 0, sys.maxsize
        if pos == 0 and endpos >= len(text):  # the whole text: 'in' costs less than a call to find()
            for word in self.words:
                if word in text:
                    return True
            return False
        for word in self.words:  # a loop, not any(): this runs for every sentence
            if text.find(word, pos, endpos) >= 0:
                return True
        return False

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if not self.holds_a_word(text, pos, endpos):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self.holds_a_word(text, pos, endpos) else None

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.pattern.sub(repl, text) if self.holds_a_word(text) else text


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``words`` (a plain loop: any() over a generator costs more per sentence).

    >>> holds_any("a joint venture", ("venture", "deal")), holds_any("a plant", ("venture", "deal"))
    (True, False)
    """
    for word in words:
        if word in text:
            return True
    return False


def initials_first(words: Iterable[str]) -> str:
    """A look-ahead for the first characters of ``words``, to put before a pattern that opens on a look-behind
    and then one of them: a scan then tests one character at each position before anything else. Empty when a
    word is empty or opens on a space (the patterns spell spaces in more than one way).

    >>> initials_first(["Hanwha", "SK hynix", "LG"])
    '(?=[HLS])'
    """
    initials = set()
    for word in words:
        if not word or word[0].isspace():
            return ""
        initials.add(re.escape(word[0]))
    return f"(?=[{''.join(sorted(initials))}])"


def guard(pattern: re.Pattern[str], *words: str, ignore_case: bool = False) -> Guarded:
    """``pattern``, run only over text that holds one of ``words`` (each a literal every match holds)."""
    if ignore_case and not all(w.isascii() and w == w.lower() for w in words):
        raise ValueError(f"words of a pattern that ignores case are lower-case ASCII: {words}")
    guarded = Guarded(pattern, words, ignore_case)
    GUARDED.append(guarded)
    return guarded
