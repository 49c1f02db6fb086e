"""The officials the table knows, by every spelling: who is named in which document, with which title and side.

The reader asks it whether a person named in a sentence is the one a 'who' question wants: of the side asked,
holding the office asked (not a deputy for 'the secretary'), and how to name them in the answer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cache, cached_property

from knowledge.answer.fit import SIDE_WORDS as SIDES
from knowledge.answer.fit import appointed_to, names_a_third_country, office_side, posted_to
from knowledge.answer.index import RANK_WORDS, TITLE_WORDS
from knowledge.answer.normalize import is_stopword, normalize
from knowledge.answer.passages import passage_form
from knowledge.answer.spans import Span
from knowledge.models import FactTable
from knowledge.rules import load_rules
from knowledge.text.names import name_variants


@cache
def _posted_offices() -> frozenset[str]:
    """Offices held in the other country: for them both sides a question names count ('US ambassador in Seoul')."""
    return frozenset(load_rules("titles.json")["posted_offices"])


def office_fields(asked: str, offices: set[str]) -> set[str]:
    """What a question says the office is of: 'commerce' in 'the commerce secretary' and in 'the secretary of
    commerce', 'industry' in 'korea's industry minister'; sides, ranks and stopwords are not fields.

    >>> sorted(office_fields("who was the us secretary of commerce in 2025", {"secretary"}))
    ['commerce']
    >>> sorted(office_fields("who is the rok industry minister", {"minister"}))
    ['industry']
    """
    words = asked.split()
    fields = set()
    for i, word in enumerate(words):
        if word not in offices:
            continue
        if i > 0:
            fields.add(words[i - 1])
        if words[i + 1 : i + 2] == ["of"] and i + 2 < len(words):
            fields.add(words[i + 2])
    return {f for f in fields if f.isalpha() and f not in SIDES | RANK_WORDS | TITLE_WORDS and not is_stopword(f)}


_FORMS: dict[str, list[str]] = {}
"""Spellings in the matching form, kept across tables: a table extended by new documents has mostly the same."""


def _form(spelling: str) -> list[str]:
    if spelling not in _FORMS:
        _FORMS[spelling] = passage_form(spelling).split()
    return _FORMS[spelling]


class OfficialsNamed:
    """Officials by spelling ('Kim', 'Kim Hyun-chong', 'Hyun-chong Kim'); built once per table."""

    def __init__(self, table: FactTable) -> None:
        self._people: dict[str, list[str]] = defaultdict(list)
        self._titles: dict[str, str] = {}
        self._countries: dict[str, str] = {}
        self._full_names: dict[str, str] = {}  # any spelling → the name the table gives the person
        self._documents: dict[str, frozenset[str]] = {}  # full name → the documents naming the person
        # Words the documents use in titles ('commerce', 'trade'): only these can say what an office is of.
        self._title_words = frozenset(w for o in table.officials for w in normalize(o.title or "").split())
        for official in table.officials:
            self._documents[official.name] = frozenset(s.document for s in official.sources)
            spellings = {official.name, *official.aliases, *name_variants(official.name)}
            for source in official.sources:
                self._people[source.document].extend(spellings)
            for spelling in spellings:
                self._countries[spelling] = official.country
                self._full_names[spelling] = official.name
                self._titles[spelling] = f"{official.title} ({official.country})" if official.title else ""

    def named_in(self, question_words: list[str], df: Callable[[str], int]) -> list[tuple[set[str], frozenset[str]]]:
        """Officials the question names in full ('who succeeded choo kyung-ho'): for each, the given-name words a
        sentence may leave out ('Choo' alone stands for him in his documents) and the documents naming him.
        The surname is the end of the name the documents repeat more."""
        found = []
        asked = " ".join(question_words)
        # Only spellings whose first word the question has are compared (a table of 100,000 facts has 30,000
        # spellings, which took 35 ms a question to walk); found in the order the table lists them.
        candidates = sorted({c for w in set(asked.split()) for c in self._by_first_word.get(w, ())})
        for _, spelling, name in candidates:
            words = _form(spelling)
            # 'choo kyungho' for 'Choo Kyung-ho': a given name romanised without its hyphen is one word.
            forms = [words, [words[0], "".join(words[1:])]] if len(words) >= 3 else [words]
            form = next((f for f in forms if len(f) >= 2 and f" {' '.join(f)} " in f" {asked} "), None)
            if form is None:
                continue
            surname = max((form[0], form[-1]), key=df)
            found.append((set(form) - {surname}, self._documents.get(name, frozenset())))
        return found

    @cached_property
    def _by_first_word(self) -> dict[str, list[tuple[int, str, str]]]:
        """Spellings (numbered in table order) by the first word of their matching form, made on first use."""
        by_first: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
        for n, (spelling, name) in enumerate(self._full_names.items()):
            words = _form(spelling)
            if words:
                by_first[words[0]].append((n, spelling, name))
        return by_first

    def in_document(self, document: str) -> list[str]:
        """Every spelling of every official the document names."""
        return self._people.get(document, [])

    def headline(self, span: Span) -> str:
        """The person by the full name the table knows ('Kim' in the sentence is Kim Hyun-chong), with title."""
        name = self._full_names.get(str(span.value), span.text)
        title = self._titles.get(str(span.value) or span.text)
        return f"{name} — {title}" if title else name

    def named_by_office(self, span: Span, asked_words: set[str]) -> bool:
        """The question asks for the person by an office their title names in full, beyond the rank word
        ('industry minister' for the Industry Minister), so a shared surname in it is someone else's."""
        title = set(normalize(self._titles.get(str(span.value), "").split("(")[0]).split())
        return len(title & asked_words) >= 2 and bool(title & asked_words & TITLE_WORDS)

    def holds_the_office(self, span: Span, asked: str, sentence: str) -> bool:
        """'who is the US ambassador in Seoul' wants an ambassador of the U.S. to Korea: the person's own title
        and country must name the office and every side the question gives."""
        offices = set(asked.split()) & TITLE_WORDS
        if not offices:
            return True
        side = office_side(asked)
        if side is not None and self._countries.get(str(span.value)) != side:
            return False
        title = set(normalize(self._titles.get(str(span.value), "")).split())
        if (title & RANK_WORDS) - set(asked.split()):
            return False  # the deputy secretary is not 'the secretary'
        if appointed_to(sentence, span, offices):
            return True  # 'Choi …, has been appointed as the new minister of economy and finance'
        asked_fields = office_fields(asked, offices) & self._title_words
        title_fields = {w for w in title if w not in TITLE_WORDS | RANK_WORDS | SIDES and not is_stopword(w)}
        if asked_fields and title_fields and not asked_fields <= title:
            return False  # the commerce secretary is not the Secretary of State ('Representative' says no field)
        sides = set(asked.split()) & SIDES
        if len(sides) > 1 and not offices & _posted_offices():
            sides = set()  # 'Korea's trade minister at the talks in Washington': the side before the office decides
        return all(w in title or posted_to(sentence, w, offices) for w in offices | sides)

    def on_the_side_asked(self, spans: list[Span], asked: str, own_text: str) -> list[Span]:
        """'the Korean counterpart', 'on the US side': people known to be of the other side are left out."""
        sides = {"US" if w == "us" else "ROK" for w in asked.split() if w in ("us", "rok")}
        if len(sides) != 1 or names_a_third_country(own_text):
            return spans  # 'who did he meet from Japan in Seoul': Seoul is where, not whose side
        return [s for s in spans if self._countries.get(str(s.value), next(iter(sides))) in sides]
