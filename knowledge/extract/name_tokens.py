"""A sentence's tokens, and which of them make a person's name: the words every officials rule reads.

A name is two or three capitalised words that are no title, company, state or month word ('Don Graves',
'Lee Tae-ho'), and may hold initials, a nickname and a generational suffix ('Harry B. Harris Jr.',
'Hee Cheul (Charles) Kim').
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from knowledge.rules.rulebook import rulebook
from knowledge.text.dates import MONTHS

_TOKEN = re.compile(r"[’']s\b|[A-Za-z0-9][A-Za-z0-9.'’\-&]*[A-Za-z0-9.]|[A-Za-z0-9]|[^\sA-Za-z0-9]")
_BOUNDARY_WORDS = frozenset({"and", "or", "said", "says", "who", "was", "is", "has", "had", "on", "in", "of", "to"})


class Token(NamedTuple):
    """A word or mark of a sentence with its offsets (a tuple: sentences make thousands of them)."""

    text: str
    start: int
    end: int
    lower: str  # read for every title and name check, so made once

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()


def _token(text: str, start: int, end: int) -> Token:
    # tuple.__new__ skips the generated Python ``__new__`` of a NamedTuple: a sentence makes dozens of tokens.
    return _new_tuple(Token, (text, start, end, text.lower()))


_new_tuple = tuple.__new__


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    abbreviations = rulebook().abbreviations
    for m in _TOKEN.finditer(text):
        value = m.group(0)
        last = value[-1]
        if last != "." and last != "s":  # most words: no period or possessive to split off
            start, end = m.span()
            tokens.append(_new_tuple(Token, (value, start, end, value.lower())))
        # 'Affairs.' at a sentence end: the period is punctuation, not part of the word.
        elif last == "." and value[:-1].lower() in abbreviations:
            tokens.append(_token(value, m.start(), m.end()))  # 'Gov.', 'Sen.': the period belongs to the word
        elif len(value) > 3 and value[-2:] in ("’s", "'s"):
            tokens.append(_token(value[:-2], m.start(), m.end() - 2))
            tokens.append(_token(value[-2:], m.end() - 2, m.end()))
        elif last == "." and len(value) > 2 and value.count(".") == 1 and value[-2].islower():
            tokens.append(_token(value[:-1], m.start(), m.end() - 1))
            tokens.append(_token(".", m.end() - 1, m.end()))
        else:
            tokens.append(_token(value, m.start(), m.end()))
    return tokens


@cache
def _company_words() -> frozenset[str]:
    """Words of company names ('Electric', 'Hyundai', 'Strategies'): never part of a person's name."""
    rules = rulebook()
    singles = {w for c in rules.korean_companies for w in c.split() if len(w) > 2}
    return frozenset(w.lower() for w in (*rules.corporate_words, *singles) if " " not in w)


def is_name_token(tok: Token) -> bool:
    if not tok.is_cap or tok.lower in rulebook().not_name_words or tok.lower in _company_words():
        return False
    if _INITIAL.fullmatch(tok.text):
        return True
    return bool(_NAME_TOKEN.fullmatch(tok.text))


_INITIAL = re.compile(r"[A-Z]\.")
_NAME_TOKEN = re.compile(r"[A-Z][a-z]+(?:[-’'][A-Za-z][a-z]*)*|[A-Z][a-z]{0,3}[A-Z][a-z]+|O'[A-Z][a-z]+")


def _is_boundary(tokens: list[Token], j: int) -> bool:
    if j >= len(tokens):
        return True
    tok = tokens[j]
    if tok.text in {"’s", "'s"}:
        return True
    if not tok.text[0].isalnum():
        return tok.text not in {"-", "&"}
    return not tok.is_cap or tok.lower in _BOUNDARY_WORDS


_NICKNAME_MARKS = {"(": ")", "“": "”", '"': '"'}


def _nickname_name_at(tokens: list[Token], j: int) -> int:
    """'Hee Cheul (Charles) Kim', 'Soon Hyo “Steve” Chung': a nickname between the given names and the surname
    belongs to the name; how many tokens from ``j`` it spans with them (0 when there is no such name)."""
    for given in (2, 1):
        at = j + given
        if at + 3 >= len(tokens) or not all(is_name_token(t) for t in tokens[j:at]):
            continue
        opener, nick, closer, last = tokens[at : at + 4]
        if _NICKNAME_MARKS.get(opener.text) == closer.text and is_name_token(nick) and is_name_token(last):
            if _is_boundary(tokens, at + 4):
                return given + 4
    return 0


def name_at(tokens: list[Token], j: int, allow_surname: bool) -> int:
    """How many tokens from ``j`` form a person's name (0 when none does)."""
    rules = rulebook()
    nicknamed = _nickname_name_at(tokens, j)
    if nicknamed:
        return nicknamed
    for k in (3, 2, 1):
        if k == 1 and not allow_surname:
            continue
        part = tokens[j : j + k]
        if len(part) < k or not all(is_name_token(t) for t in part) or not _is_boundary(tokens, j + k):
            continue
        if re.fullmatch(r"[A-Z]\.", part[-1].text) or re.fullmatch(r"[A-Z]\.", part[0].text):
            continue
        if k == 3:
            initial = re.fullmatch(r"[A-Z]\.", part[1].text)
            korean = part[0].text in rules.korean_surnames and all(len(t.text) <= 6 for t in part[1:])
            # 'CEO Anthony Peter Bonadero said': three name words and a lower-case word after them.
            spoken = (
                j + 3 < len(tokens)
                and tokens[j + 3].text[:1].islower()
                and not any(t.text in rules.korean_surnames or t.lower in rules.headline_verbs for t in part)
            )
            if not (initial or korean or spoken):
                continue
        if k == 1 and part[0].text.endswith("."):
            continue
        return k
    return 0


# A name word: 'Graves', 'Tae-ho', and 'LaPlante', 'McDonough', "O'Brien".
NAME_WORD = r"[A-Z](?:[a-z]+|[a-z]{0,3}[A-Z][a-z]+|'[A-Z][a-z]+)(?:-[A-Za-z][a-z]+)?"
# 'Cornelius “CC” Calhoun', 'Hee Cheul (Charles) Kim', 'Harry B. Harris Jr.': initials, a nickname in quotes or
# brackets and a generational suffix belong to the name.
FULL_NAME = (
    rf"(?:{NAME_WORD}\s(?:[A-Z]\.\s)?(?:[“\"][A-Z][A-Za-z]{{0,12}}[”\"]\s|\([A-Z][a-z]+\)\s)?){{1,2}}{NAME_WORD}"
    r"(?:,?\s(?:Jr|Sr)\.|\s(?:II|III|IV)\b)?"
)


def is_written_name(tokens: list[Token]) -> bool:
    """The words of a name fenced by commas: each a name word, though one between the first and the last may be
    a month, which is a given name there ('Sylvia May Davis', 'Mary June Park')."""
    return all(
        is_name_token(t) or (0 < k < len(tokens) - 1 and t.is_cap and t.lower in MONTHS) for k, t in enumerate(tokens)
    )


def is_name_word(tok: Token) -> bool:
    """A token of a written name other than its marks and suffixes ('“', '(', 'Jr.', 'CC', 'III')."""
    return tok.text not in '“”"(),' and not tok.text.isupper() and tok.lower not in {"jr.", "sr.", "jr", "sr"}
