"""The officials the table knows, by every spelling: who is named in which document, with which title and side.

The reader asks it whether a person named in a sentence is the one a 'who' question wants: of the side asked,
holding the office asked (not a deputy for 'the secretary'), and how to name them in the answer.
"""

from __future__ import annotations

import copy
import re
from bisect import insort_right
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from functools import cache

from knowledge.answer.fit import SIDE_WORDS as SIDES
from knowledge.answer.fit import (
    met_with_words,
    names_a_third_country,
    office_side,
    side_of_the_person,
    titled_for_another_state,
)
from knowledge.answer.index import RANK_WORDS, TITLE_WORDS
from knowledge.answer.normalize import is_stopword, normalize
from knowledge.answer.office_bodies import body_offices_held, office_bodies, office_fields, posted_offices
from knowledge.answer.offices_held import appointed_to, counterpart_in_office, posted_to
from knowledge.answer.passages import passage_form
from knowledge.answer.spans import Span
from knowledge.models import FactTable, Official
from knowledge.rules import listed_words, load_rules
from knowledge.rules.rulebook import rulebook
from knowledge.text.names import name_variants, with_other_spellings

MET_WITH_REACH = 4
"""How many words after a titled surname may say whom they met ('fm cho had breakfast with')."""

_FORMS: dict[str, list[str]] = {}
"""Spellings in the matching form, kept across tables: a table extended by new documents has mostly the same."""


def _form(spelling: str) -> list[str]:
    if spelling not in _FORMS:
        _FORMS[spelling] = passage_form(spelling).split()
    return _FORMS[spelling]


def surname_of(name: str) -> str | None:
    """The family name of a full name: before a hyphenated given name ('Choi Sang-mok'), a Korean surname first
    ('Yoon Suk Yeol'), else the last word ('Janet Yellen'); None for a single word.

    >>> surname_of("Choi Sang-mok"), surname_of("Sang-mok Choi"), surname_of("Janet Yellen"), surname_of("Kishida")
    ('Choi', 'Choi', 'Yellen', None)
    """
    parts = name.split()
    if len(parts) < 2:
        return None
    if "-" in parts[-1] and "-" not in parts[0]:
        return parts[0]
    if "-" in parts[0] or parts[0] not in rulebook().korean_surnames:
        return parts[-1]
    return parts[0]


def _spellings(official: Official) -> tuple[str, ...]:
    """Every spelling of an official, in one order for the process (a set's: the order the lists had before)."""
    return tuple({official.name, *official.aliases, *name_variants(official.name)})


def _title_words(official: Official) -> list[str]:
    return normalize(official.title or "").split()


_DESTINATION = frozenset({"to", "in", "at", "into", "across", "visit", "visiting", "visited"})
"""Words before a side that make it where something goes or happens ('a mission to rok'), not whose it is."""


def _sides_owned(words: list[str]) -> set[str]:
    """The side words of a question that are not where something goes or happens ('the trade mission to rok',
    'the commerce deputy secretary in seoul'), nor whom the person talks with ('talking cyber with the rok govt'),
    nor of an investment ('which hyundai chairman tied the big us investment decision …')."""
    return {
        w
        for i, w in enumerate(words)
        if w in SIDES
        and not (i > 0 and words[i - 1] in _DESTINATION | met_with_words())
        and not (i > 1 and words[i - 1] == "the" and words[i - 2] in _DESTINATION | met_with_words())
        and not (i + 1 < len(words) and words[i + 1] in _pledge_nouns())
    }


@cache
def _pledge_nouns() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_rules("questions.json")["pledge_nouns"])


def _name_ends(span: Span) -> set[str]:
    """The first and last words of a person's name as a span writes it: the family name is one of them."""
    return {normalize(w) for w in span.text.split()[:1] + span.text.split()[-1:]}


class OfficialsNamed:
    """Officials by spelling ('Kim', 'Kim Hyun-chong', 'Hyun-chong Kim'); built once per table, and extended by a
    table change in time proportional to what it changes (``extended``).

    Officials are kept by name, one per name as ``assemble`` and ``extended_table`` leave a table, and the lists
    below hold names in table order (by name): a person merged again with a new document's mention keeps their
    place in every list, and only the lists of a name that comes, goes or changes spellings or documents change.
    A spelling several officials share stands for the last of them in table order, as it always has.
    """

    def __init__(self, table: FactTable) -> None:
        self._official: dict[str, Official] = {}
        self._spelled: dict[str, tuple[str, ...]] = {}
        # Spelling → the names holding it, and document → the names it names (once per source), in table order.
        self._holders: dict[str, list[str]] = defaultdict(list)
        self._named: dict[str, list[str]] = defaultdict(list)
        # Words the documents use in titles ('commerce', 'trade'): only these can say what an office is of.
        self._title_counts: dict[str, int] = defaultdict(int)
        for official in table.officials:
            name = official.name
            self._official[name], self._spelled[name] = official, _spellings(official)
            for spelling in self._spelled[name]:
                self._holders[spelling].append(name)
            for source in official.sources:
                self._named[source.document].append(name)
            for word in _title_words(official):
                self._title_counts[word] += 1
        self._people: dict[str, list[str]] = {}  # each document's spellings, made when first asked for
        self._surnames: dict[str, dict[str, str]] = {}  # each document's lone surnames, the same way
        # Spellings by the first word of their matching form: a question compares only those whose first word it
        # has (a table of 100,000 facts has 30,000 spellings, which took 35 ms a question to walk).
        self._by_first_word: dict[str, set[str]] = defaultdict(set)
        for spelling in self._holders:
            if words := _form(spelling):
                self._by_first_word[words[0]].add(spelling)
        self._title_words = frozenset(w for w, n in self._title_counts.items() if n > 0)

    def extended(self, dropped: Sequence[Official], added: Sequence[Official]) -> OfficialsNamed:
        """The officials of a changed table (sorted by name, as ``extended_table`` leaves it): those ``dropped``
        taken out, those ``added`` put in; this one is left as it was.

        >>> from knowledge.models import Source
        >>> kim = Official(name="Kim Jina", title="Vice Minister", country="ROK",
        ...                sources=(Source(document="d1", quote="Kim Jina spoke.", start=0, end=15),))
        >>> "Kim Jina" in OfficialsNamed(FactTable()).extended([], [kim]).in_document("d1")
        True
        >>> OfficialsNamed(FactTable(officials=(kim,))).extended([kim], []).in_document("d1")
        []
        """
        new = copy.copy(self)
        new._official, new._spelled = dict(self._official), dict(self._spelled)
        new._holders, new._named = defaultdict(list, self._holders), defaultdict(list, self._named)
        new._title_counts = defaultdict(int, self._title_counts)
        new._people, new._by_first_word = {}, defaultdict(set, self._by_first_word)
        new._surnames = {}
        before = {o.name: o for o in dropped}
        after = {o.name: o for o in added}
        copied: set[tuple[int, str]] = set()  # (list kind, key): lists already new, changed in place
        for name in before.keys() | after.keys():
            old, now = before.get(name), after.get(name)
            if old is not None:
                for word in _title_words(old):
                    new._title_counts[word] -= 1
            if now is not None:
                for word in _title_words(now):
                    new._title_counts[word] += 1
                new._official[name], new._spelled[name] = now, _spellings(now)
            else:
                del new._official[name], new._spelled[name]
            old_spellings = set(self._spelled.get(name, ())) if old is not None else set()
            new_spellings = set(new._spelled.get(name, ()))
            for spelling in old_spellings ^ new_spellings:
                new._reposted(0, new._holders, spelling, name, int(spelling in new_spellings), copied)
            for document, times in self._documents_changed(name, old, now).items():
                new._reposted(1, new._named, document, name, times, copied)
        for kind, key in copied:
            if kind == 0 and not new._holders[key]:
                del new._holders[key]
                new._unfile_spelling(key)
            elif kind == 0 and not self._holders.get(key):
                new._file_spelling(key)
            elif kind == 1 and not new._named[key]:
                del new._named[key]
        new._title_words = frozenset(w for w, n in new._title_counts.items() if n > 0)
        return new

    def _documents_changed(self, name: str, old: Official | None, now: Official | None) -> dict[str, int]:
        """How many times each document whose count changed names the official ``name`` now (``old`` and ``now``:
        before and after). A new document's mention mostly adds sources after the old ones: then only those are
        counted (the old count of their documents read off this one's lists), not the hundreds of sources of a
        person many documents name, twice."""
        if old is not None and now is not None and now.sources[: len(old.sources)] == old.sources:
            added = Counter(s.document for s in now.sources[len(old.sources) :])
            return {d: n + self._named.get(d, []).count(name) for d, n in added.items()}
        old_documents = Counter(s.document for s in old.sources) if old is not None else Counter()
        new_documents = Counter(s.document for s in now.sources) if now is not None else Counter()
        return {
            d: new_documents[d]
            for d in old_documents.keys() | new_documents.keys()
            if old_documents[d] != new_documents[d]
        }

    @staticmethod
    def _reposted(
        kind: int, lists: dict[str, list[str]], key: str, name: str, times: int, copied: set[tuple[int, str]]
    ) -> None:
        """``name`` put ``times`` times in the list at ``key`` (in name order, after an equal name), where it stood
        before taken out; the list is copied first, as the one before may be another table's."""
        if (kind, key) not in copied:
            copied.add((kind, key))
            lists[key] = [n for n in lists[key] if n != name]
        else:
            lists[key][:] = [n for n in lists[key] if n != name]
        for _ in range(times):
            insort_right(lists[key], name)

    def _holder(self, spelling: str) -> Official | None:
        """The official a spelling stands for: the last holding it in table order."""
        names = self._holders.get(spelling)
        return self._official[names[-1]] if names else None

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
        official = self._holder(spelling)
        if official is None or not official.title:
            return ""
        return f"{official.title} ({official.country})"

    def _country(self, spelling: str, default: str | None = None) -> str | None:
        official = self._holder(spelling)
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
            # 'choo kyungho' for 'Choo Kyung-ho': a given name romanised without its hyphen is one word; and a
            # Korean name may come given name first ('kyungho choo', 'kyung ho choo').
            forms = [words, [words[0], "".join(words[1:])]] if len(words) >= 3 else [words]
            if "-" in spelling and len(words) >= 3:
                forms += [[*words[1:], words[0]], ["".join(words[1:]), words[0]]]
            form = next((f for f in forms if len(f) >= 2 and f" {' '.join(f)} " in f" {asked} "), None)
            if form is None:
                continue
            # A hyphenated given name ('Kyung-ho') is never the surname, however often its syllable recurs.
            hyphenated = surname_of(spelling) if "-" in spelling else None
            surname = _form(hyphenated)[0] if hyphenated else max((form[0], form[-1]), key=df)
            official = self._holder(spelling)
            assert official is not None  # filed by first word only while someone holds it
            found.append((set(form) - {surname}, frozenset(s.document for s in official.sources)))
        return found

    def in_document(self, document: str) -> list[str]:
        """Every spelling of every official the document names."""
        if document not in self._people:
            self._people[document] = [s for name in self._named.get(document, ()) for s in self._spelled[name]]
        return self._people[document]

    def by_surname(self, document: str) -> dict[str, str]:
        """'In this role, Choi will also serve …': each surname that only one official of the story has, and no
        spelling of theirs is, with that official's name."""
        if document not in self._surnames:
            named = list(dict.fromkeys(self._named.get(document, ())))
            spelled = set(self.in_document(document))
            surnames = [surname_of(name) for name in named]
            self._surnames[document] = {
                surname: name
                for surname, name in zip(surnames, named, strict=True)
                if surname and surnames.count(surname) == 1 and surname not in spelled
            }
        return self._surnames[document]

    def headline(self, span: Span) -> str:
        """The person by the full name the table knows ('Kim' in the sentence is Kim Hyun-chong), with title."""
        official = self._holder(str(span.value))
        quotes = [source.quote for source in official.sources] if official is not None else []
        name = with_other_spellings(official.name, official.aliases, quotes) if official is not None else span.text
        title = self._title(str(span.value) or span.text)
        return f"{name} — {title}" if title else name

    def named_by_office(self, span: Span, asked_words: set[str]) -> bool:
        """The question asks for the person by an office their title names in full, beyond the rank word
        ('industry minister' for the Industry Minister), so a shared surname in it is someone else's."""
        title = self._title_words_of(span)
        return len(title & asked_words) >= 2 and bool(title & asked_words & TITLE_WORDS)

    def _title_words_of(self, span: Span) -> set[str]:
        """The words of the title the person a span names holds, in the normal form, without its side."""
        return set(normalize(self._title(str(span.value)).split("(")[0]).split())

    def titled_as_another(self, span: Span, asked: str) -> bool:
        """Every time the question writes the person's family name, a title that is not theirs stands right
        before it: 'w pres moon' names President Moon, not Industry Minister Moon Sung-wook."""
        title, names = self._title_words_of(span), _name_ends(span)
        words = asked.split()
        said = [i for i, w in enumerate(words) if w in names]
        return bool(said) and all(i and words[i - 1] in TITLE_WORDS - title for i in said)

    def met_by_title_and_surname(self, span: Span, asked: str) -> bool:
        """The question's subject is the person, by their own office word right before their surname, and it
        asks whom they met ('which lawmakers did trade min ahn meet', 'who fm cho had breakfast with'; 'president
        moon' is not Industry Minister Moon, and 'amb cho - full name?' asks for him)."""
        title, names = self._title_words_of(span) & TITLE_WORDS, _name_ends(span)
        words = asked.split()
        # ('who is the deputy secretary fm cho had breakfast with': the one met is named after 'with')
        return any(
            w in names
            and words[i - 1] in title
            and ("did" in words[: i - 1] or bool(met_with_words() & set(words[i + 1 : i + 1 + MET_WITH_REACH])))
            for i, w in enumerate(words)
            if i
        )

    def official_named_by_office(self, run: str, asked_words: set[str]) -> bool:
        """A run of capitalised words ending in an official's name ('Commerce Dana Whitcomb', 'Don Graves') whose
        office the question names ('the commerce dep sec'): the question's own, though not by name."""
        words = run.split()
        return any(
            self.named_by_office(Span(n, 0, 0, n), asked_words)
            for n in (" ".join(words[i:]) for i in range(len(words)))
        )

    def holds_the_office(self, span: Span, asked: str, sentence: str) -> bool:
        """'who is the US ambassador in Seoul' wants an ambassador of the U.S. to Korea: the person's own title
        and country must name the office and every side the question gives."""
        words = asked.split()
        bodies, offices = set(words) & office_bodies(), set(words) & TITLE_WORDS
        if not bodies and not offices:
            return True
        title = set(normalize(self._title(str(span.value))).split())
        if any(held and not held & title for held in map(body_offices_held().get, bodies)):
            return False  # 'who repped the korean embassy': an ambassador, not the CEO beside him
        if bodies:
            # 'who represented the finance ministry': the person's title, or the sentence, names finance.
            fields = office_fields(asked, bodies) & self._title_words
            said = set(normalize(f"{self._title(str(span.value))} {sentence}").split())
            if fields and not fields & said:
                return False
        if not offices:
            return True
        side = office_side(asked)
        if side is not None and self._country(str(span.value)) != side:
            return False
        if (title & RANK_WORDS) - set(asked.split()) or titled_for_another_state(self._title(str(span.value)), asked):
            return False  # the deputy secretary is not 'the secretary', nor Indiana's the commerce secretary
        if appointed_to(sentence, span, offices) or counterpart_in_office(sentence, span, offices):
            return True  # 'Choi …, has been appointed as the new minister of economy and finance'
        asked_fields = office_fields(asked, offices) & self._title_words
        title_fields = {w for w in title if w not in TITLE_WORDS | RANK_WORDS | SIDES and not is_stopword(w)}
        if asked_fields and title_fields and not asked_fields <= title:
            return False  # the commerce secretary is not the Secretary of State ('Representative' says no field)
        # 'the commerce deputy secretary in seoul': where the office holder was is not the office's side, but
        # 'the us ambassador in seoul' is posted there; the sides beside the office count ('rok consul general'),
        # not the USA of 'HD Hyundai Power Transformers USA' later in the question.
        posted = bool(offices & posted_offices())
        near = {w for i, w in enumerate(words) if w in SIDES and offices & set(words[max(0, i - 3) : i + 4])}
        sides = near if posted else _sides_owned(words)
        if len(sides) > 1 and not posted:
            sides = set()  # 'Korea's trade minister at the talks in Washington': the side before the office decides
        # ('the korean co-chair': a role the sentence says its people acted, 'Kim … and Lighthizer co-chaired')
        acted = {
            o for o in offices if re.search(rf"\b(?:co-?{re.escape(o)}(?:ed|s)?|{re.escape(o)}ed)\b", sentence, re.I)
        }
        return all(w in title | acted or posted_to(sentence, w, offices) for w in offices | sides)

    def on_the_side_asked(self, spans: list[Span], asked: str, own_text: str) -> list[Span]:
        """'the Korean counterpart', 'on the US side': people known to be of the other side are left out."""
        words = asked.split()
        # 'the trade mission to rok + japan': a side the question goes to or is in is not the person's own.
        sides = {"US" if w == "us" else "ROK" for w in _sides_owned(words)}
        own_side = side_of_the_person(normalize(own_text))
        if own_side and not names_a_third_country(own_text):
            sides = {own_side}  # 'the us delegation at the sed w/ rok': the person is of the US side
        if listed_words("government_asked").search(own_text):  # 'who repped the rok govt': not a company's CEO
            spans = [s for s in spans if not self._title(str(s.value)).lower().startswith(_executive_titles())]
        if len(sides) != 1 or names_a_third_country(own_text):
            return spans  # 'who did he meet from Japan in Seoul': Seoul is where, not whose side
        return [s for s in spans if self._country(str(s.value), next(iter(sides))) in sides]


@cache
def _executive_titles() -> tuple[str, ...]:
    return tuple(rulebook().executive_titles)  # (what a title may start with: 'ceo of …')
