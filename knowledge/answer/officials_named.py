"""The officials the table knows, by every spelling: who is named in which document, with which title and side.

The reader asks it whether a person named in a sentence is the one a 'who' question wants: of the side asked,
holding the office asked (not a deputy for 'the secretary'), and how to name them in the answer.
"""

from __future__ import annotations

import copy
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import cache

from knowledge.answer.fit import SIDE_WORDS as SIDES
from knowledge.answer.fit import appointed_to, names_a_third_country, office_side, posted_to
from knowledge.answer.index import RANK_WORDS, TITLE_WORDS
from knowledge.answer.normalize import is_stopword, normalize
from knowledge.answer.passages import passage_form
from knowledge.answer.spans import Span
from knowledge.models import FactTable, Official
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


def _spellings(official: Official) -> tuple[str, ...]:
    """Every spelling of an official, in one order for the process (a set's: the order the lists had before)."""
    return tuple({official.name, *official.aliases, *name_variants(official.name)})


def _title_words(official: Official) -> list[str]:
    return normalize(official.title or "").split()


def _placed(people: list[Official], official: Official) -> None:
    """``official`` put among ``people`` (in table order: by name, a new one after an equal name, as the changed
    table's sort leaves it)."""
    people.insert(bisect_right(people, official.name, key=lambda o: o.name), official)


class OfficialsNamed:
    """Officials by spelling ('Kim', 'Kim Hyun-chong', 'Hyun-chong Kim'); built once per table, and extended by a
    table change in time proportional to the officials it touches (``extended``).

    A spelling several officials share stands for the last of them in table order, as it always has.
    """

    def __init__(self, table: FactTable) -> None:
        # Spelling → the officials holding it, and document → the officials it names (once per source), each in
        # table order: what every answer below is read from.
        self._holders: dict[str, list[Official]] = defaultdict(list)
        self._named: dict[str, list[Official]] = defaultdict(list)
        self._spelled: dict[int, tuple[Official, tuple[str, ...]]] = {}
        # Words the documents use in titles ('commerce', 'trade'): only these can say what an office is of.
        self._title_counts: dict[str, int] = defaultdict(int)
        for official in table.officials:
            spellings = _spellings(official)
            self._spelled[id(official)] = (official, spellings)
            for spelling in spellings:
                self._holders[spelling].append(official)
            for source in official.sources:
                self._named[source.document].append(official)
            for word in _title_words(official):
                self._title_counts[word] += 1
        self._people: dict[str, list[str]] = {}  # each document's spellings, made when first asked for
        self._by_spelling = {s: held[-1] for s, held in self._holders.items()}
        # Spellings by the first word of their matching form: a question compares only those whose first word it
        # has (a table of 100,000 facts has 30,000 spellings, which took 35 ms a question to walk).
        self._by_first_word: dict[str, set[str]] = defaultdict(set)
        for spelling in self._holders:
            if words := _form(spelling):
                self._by_first_word[words[0]].add(spelling)
        self._title_words = frozenset(w for w, n in self._title_counts.items() if n > 0)

    def _spellings_of(self, named: list[Official]) -> list[str]:
        return [s for official in named for s in self._spelled[id(official)][1]]

    def extended(self, dropped: Sequence[Official], added: Sequence[Official]) -> OfficialsNamed:
        """The officials of a changed table (sorted by name, as ``extended_table`` leaves it): those ``dropped``
        taken out, those ``added`` put in. Only the spellings and documents they touch are looked at again, and
        this one is left as it was.

        >>> from knowledge.models import Source
        >>> kim = Official(name="Kim Jina", title="Vice Minister", country="ROK",
        ...                sources=(Source(document="d1", quote="Kim Jina spoke.", start=0, end=15),))
        >>> OfficialsNamed(FactTable()).extended([], [kim]).in_document("d1")[0]
        'Kim Jina'
        >>> OfficialsNamed(FactTable(officials=(kim,))).extended([kim], []).in_document("d1")
        []
        """
        new = copy.copy(self)
        new._spelled = dict(self._spelled)
        new._holders = defaultdict(list, self._holders)
        new._named = defaultdict(list, self._named)
        new._title_counts = defaultdict(int, self._title_counts)
        new._people, new._by_spelling = {}, dict(self._by_spelling)
        new._by_first_word = defaultdict(set, self._by_first_word)
        gone = {id(o) for o in dropped}
        spellings: dict[str, None] = {}  # touched, in a fixed order; their lists below are new ones
        documents: dict[str, None] = {}
        for official in dropped:
            spellings.update(dict.fromkeys(new._spelled.pop(id(official))[1]))
            documents.update(dict.fromkeys(s.document for s in official.sources))
            for word in _title_words(official):
                new._title_counts[word] -= 1
        for spelling in spellings:
            new._holders[spelling] = [o for o in new._holders[spelling] if id(o) not in gone]
        for document in documents:
            new._named[document] = [o for o in new._named[document] if id(o) not in gone]
        for official in added:
            own = _spellings(official)
            new._spelled[id(official)] = (official, own)
            for spelling in own:
                if spelling not in spellings:
                    spellings[spelling] = None
                    new._holders[spelling] = list(new._holders[spelling])
                _placed(new._holders[spelling], official)
            for source in official.sources:
                if source.document not in documents:
                    documents[source.document] = None
                    new._named[source.document] = list(new._named[source.document])
                _placed(new._named[source.document], official)
            for word in _title_words(official):
                new._title_counts[word] += 1
        for spelling in spellings:
            if new._holders[spelling]:
                new._by_spelling[spelling] = new._holders[spelling][-1]
                if not self._holders.get(spelling):
                    new._file_spelling(spelling)
            else:
                del new._holders[spelling], new._by_spelling[spelling]
                new._unfile_spelling(spelling)
        for document in documents:
            if not new._named[document]:
                del new._named[document]
        new._title_words = frozenset(w for w, n in new._title_counts.items() if n > 0)
        return new

    def _file_spelling(self, spelling: str) -> None:
        """``spelling`` filed under its first word (a new set: the one before may be another table's)."""
        words = _form(spelling)
        if words:
            self._by_first_word[words[0]] = self._by_first_word.get(words[0], set()) | {spelling}

    def _unfile_spelling(self, spelling: str) -> None:
        words = _form(spelling)
        if words and spelling in self._by_first_word.get(words[0], ()):
            self._by_first_word[words[0]] = self._by_first_word[words[0]] - {spelling}

    def _title(self, spelling: str) -> str:
        official = self._by_spelling.get(spelling)
        if official is None or not official.title:
            return ""
        return f"{official.title} ({official.country})"

    def _country(self, spelling: str, default: str | None = None) -> str | None:
        official = self._by_spelling.get(spelling)
        return official.country if official is not None else default

    def named_in(self, question_words: list[str], df: Callable[[str], int]) -> list[tuple[set[str], frozenset[str]]]:
        """Officials the question names in full ('who succeeded choo kyung-ho'): for each, the given-name words a
        sentence may leave out ('Choo' alone stands for him in his documents) and the documents naming him.
        The surname is the end of the name the documents repeat more."""
        found = []
        asked = " ".join(question_words)
        # Only spellings whose first word the question has are compared, in the order of their spelling.
        candidates = sorted({c for w in set(asked.split()) for c in self._by_first_word.get(w, ())})
        for spelling in candidates:
            words = _form(spelling)
            if len(words) < 2 or f" {' '.join(words)} " not in f" {asked} ":
                continue
            surname = max((words[0], words[-1]), key=df)
            official = self._by_spelling[spelling]
            found.append((set(words) - {surname}, frozenset(s.document for s in official.sources)))
        return found

    def in_document(self, document: str) -> list[str]:
        """Every spelling of every official the document names."""
        if document not in self._people:
            named = self._named.get(document)
            self._people[document] = self._spellings_of(named) if named else []
        return self._people[document]

    def headline(self, span: Span) -> str:
        """The person by the full name the table knows ('Kim' in the sentence is Kim Hyun-chong), with title."""
        official = self._by_spelling.get(str(span.value))
        name = official.name if official is not None else span.text
        title = self._title(str(span.value) or span.text)
        return f"{name} — {title}" if title else name

    def named_by_office(self, span: Span, asked_words: set[str]) -> bool:
        """The question asks for the person by an office their title names in full, beyond the rank word
        ('industry minister' for the Industry Minister), so a shared surname in it is someone else's."""
        title = set(normalize(self._title(str(span.value)).split("(")[0]).split())
        return len(title & asked_words) >= 2 and bool(title & asked_words & TITLE_WORDS)

    def holds_the_office(self, span: Span, asked: str, sentence: str) -> bool:
        """'who is the US ambassador in Seoul' wants an ambassador of the U.S. to Korea: the person's own title
        and country must name the office and every side the question gives."""
        offices = set(asked.split()) & TITLE_WORDS
        if not offices:
            return True
        side = office_side(asked)
        if side is not None and self._country(str(span.value)) != side:
            return False
        title = set(normalize(self._title(str(span.value))).split())
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
        return [s for s in spans if self._country(str(s.value), next(iter(sides))) in sides]
