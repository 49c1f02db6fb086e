"""What a sentence's document gives it: the words the whole document says, the year it was issued, the months
its story may tell of, and the occasion a question may describe it by.

The reader asks these when a sentence does not say a name or a time itself; they depend only on the passage index.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set

from knowledge.answer.acts import acts_of
from knowledge.answer.described import asks_a_release, tells_a_release
from knowledge.answer.fit import SIDE_WORDS as SIDES
from knowledge.answer.normalize import is_stopword
from knowledge.answer.passages import PassageIndex, passage_form
from knowledge.answer.question_dates import YEAR, is_month, month_names, months_asked, year_shift
from knowledge.answer.question_type import QuestionShape
from knowledge.answer.rule_forms import listed_forms
from knowledge.answer.word_context import places_named_there
from knowledge.models import DocumentInfo
from knowledge.rules import listed_words
from knowledge.text.english import is_verb_or_adjective
from knowledge.text.file_names import words_in_file_name

TOPIC_SHARE = 0.5
"""The share of the words a question says its document is about (by rarity) that document must say."""

LATE_REPORT_DAYS = 3
"""A story issued this many days into a month may report an event of the month before."""

LONG_DESCRIPTION = 5
"""How many words a description of a document needs before one plain word of it may be the asker's own."""

_ANY_YEAR = frozenset(str(y) for y in range(1950, 2051))
"""Every year a question may name, which an undated story naming none near the sentence does not rule out."""


class DocumentSupport:
    """Checks on a passage's document; built once per index (it keeps each document's words once read)."""

    def __init__(self, index: PassageIndex) -> None:
        self.index = index
        self._document_vocabulary: dict[str, frozenset[str]] = {}  # filled as documents are read; bounded by them

    def document_says(self, index: int, words: Set[str]) -> frozenset[str]:
        """Which of a few ``words`` the document of a passage says anywhere, or its file name gives: looked up in
        the full-text index unless the document has been read already (at a million sentences, reading each
        document a question's candidates come from cost more than the rest of the answer)."""
        if not words:
            return frozenset()
        document = self.index.passages[index].document
        read = self._document_vocabulary.get(document)
        if read is not None or not all(w.isalpha() for w in words):  # ('5.8' is two words to the index)
            return frozenset(words) & (read if read is not None else self.document_words(index))
        positions = self.index.passages.of_document(document)
        info = self.index.documents.get(document)
        named = {passage_form(w) for w in words_in_file_name(info.path)} if info else set()
        return frozenset(
            w for w in words if w in named or self.index.store.says_between(w, positions[0], positions[-1])
        )

    def says_the_initials(self, index: int, initials: dict[str, str]) -> bool:
        """Whether the document of a passage says each short form a question gives ('ustr'), by itself or by what
        it stands for in one sentence ('United States Trade Representative'; one word of three or more may be
        said otherwise: 'Minister for Trade, Industry and Energy' for the ministry): its words scattered over the
        story ('U.S.' here, 'trade' in a minister's title, 'representatives' of think tanks) name no one office.
        A side's initials ('rok') are the side, however a story writes it."""
        positions = self.index.passages.of_document(self.index.passages[index].document)
        store = self.index.store
        for short, spelled in initials.items():
            words = [w for w in passage_form(spelled).split() if not is_stopword(w) and w not in SIDES]
            if short in SIDES or store.says_between(passage_form(short), positions[0], positions[-1]):
                continue
            if not store.says_together_between(words, positions[0], positions[-1], spared=1):
                return False
        return True

    def said_by_definition(self, index: int, unsaid: Set[str]) -> frozenset[str]:
        """The acronyms (of ``unsaid``) the documents define that the passage's document says spelled out: 'mofa'
        in a story of the 'Ministry of Foreign Affairs' that never writes 'MOFA'."""
        defined = self.index.acronyms
        return frozenset(w for w in unsaid if w in defined and self.says_the_initials(index, {w: defined[w]}))

    def document_of(self, index: int) -> DocumentInfo:
        """The document a passage is in."""
        return self.index.documents[self.index.passages[index].document]

    def document_words(self, index: int) -> frozenset[str]:
        """The words of the whole document a passage is in (its passages lie together, in order)."""
        passages = self.index.passages
        document = passages[index].document
        if document not in self._document_vocabulary:
            first, last = index, index
            while first > 0 and passages[first - 1].document == document:
                first -= 1
            while last + 1 < len(passages) and passages[last + 1].document == document:
                last += 1
            words = frozenset(w for i in range(first, last + 1) for w in self.index.words_of(i))
            info = self.index.documents.get(document)  # ('per the maeil piece': the words its file name gives it)
            words |= {passage_form(w) for w in words_in_file_name(info.path)} if info else set()
            self._document_vocabulary[document] = words
        return self._document_vocabulary[document]

    def describes(self, document: str, described: Set[str], people_in: Callable[[str], Sequence[str]]) -> bool:
        """The words a question describes a document by ('the us-rok partnership fact sheet (the korus vaccine
        one)') all stand in that document, or are left to the asker as for a sentence of it."""
        found = self.index.passages.of_document(document)
        if not found:
            return False
        first = found[0]
        # ('the biden-moon era fact sheet': the era is the asker's word for a time, which no document writes)
        missing = (
            set(described)
            - listed_forms("era_words")
            - self.document_words(first)
            - self.given_by_document(first, True)
        )
        missing -= self.left_to_the_asker(first, described, people_in)
        issued = self.document_of(first).date or ""  # ('the jul 2024 maritime fact sheet': the month it is dated)
        missing -= {w for w in missing if is_month(w) and issued[5:7].isdigit() and int(issued[5:7]) in months_asked(w)}
        if not self.document_of(first).year and len(missing) < len(described):
            # (a document with no date of its own cannot gainsay the year it is described by, when it says the rest)
            missing = {w for w in missing if not YEAR.fullmatch(w)}
        # (a long description words one plain thing its own way: 'corporate investmts' for 'investments by our
        # leading companies'; never a name or a number)
        reworded = len(described) >= LONG_DESCRIPTION and len(missing) == 1
        return not missing or (reworded and not any(self.index.is_name_like(w) for w in missing))

    def places_unsaid(self, names: set[str], own_text: str, index: int) -> bool:
        """A name the question places its event at ('the summit in gyeongju') that the sentence does not say."""
        there = {w for w in places_named_there(own_text) & names - SIDES if w.isalpha()}
        return bool(there - self.index.words_of(index))

    def unsaid_around(
        self, names: set[str], own_text: str, index: int, shape: QuestionShape, headers: Set[int] = frozenset()
    ) -> bool:
        """A neighbouring sentence does not say where the question places its event (``places_unsaid``) or the act
        only a sentence saying it tells ('what yr was it founded' is not answered beside 'founded by …' by a
        groundbreaking's date); a place of a neighbour naming none of whom the question asks is another's trip
        ('where did xi go': not China, where Lee is going)."""
        if shape.answer_type == "place":  # (a venue line under the title places by standing there)
            return index not in headers and bool(names - SIDES) and not (names - SIDES) & self.index.words_of(index)
        if shape.answer_type != "date":
            return False
        acts = acts_of(own_text)
        return self.places_unsaid(names, own_text, index) or bool(acts and not acts & self.index.words_of(index))

    def dates_another_release(self, index: int, own_text: str, own_words: Set[str], header: bool) -> bool:
        """The sentence dates no release of the document asked about ('when was the maritime investment fact sheet
        released'): it tells of something else ('On July 22, the Secretary announced …'), or of a document someone
        put out that it does not describe by the question's words ('On July 25 MARAD released a fact sheet that
        outlines … grant and financing programs'). A date line under the title (``header``) dates the document."""
        if header or not asks_a_release(own_text):
            return False
        if not tells_a_release(self.index.passages.text(index), own_text):
            return True
        described = {f for w in own_words if self.index.df(f := passage_form(w))} - listed_forms("release_asked")
        return bool(described - self.index.words_of(index))

    def dated(self, asked: str, index: int) -> str:
        """The question with the year it gives relative to the passage's story ('last yr' in a 2025 story: 2024)."""
        shift, issued = year_shift(asked), self.document_of(index).date
        return f"{asked} {int(issued[:4]) + shift}" if shift is not None and issued else asked

    def about_what_is_said(self, index: int, topic: Set[str]) -> bool:
        """'their joint stmt on the summit for democracy': a passage's document says most of what the question
        says its document is about, weighed by how rare each word is (an August summit in a story of finance
        ministers is no answer); the asker's verbs and a date ('remarks on 4/26/23') are no topic."""
        known = {w for w in topic if self.index.df(w) and not (is_verb_or_adjective(w) or w.isdigit() or is_month(w))}
        if not known:
            return True
        said = self.document_words(index)
        weight = {w: self.index.idf(w) for w in known}
        return sum(weight[w] for w in known if w in said) >= TOPIC_SHARE * sum(weight.values())

    def left_to_the_asker(
        self, index: int, describing: Set[str], people_in: Callable[[str], Sequence[str]]
    ) -> frozenset[str]:
        """The words a question describes a document by ('the 2021 biden-moon summit partnership fact sheet')
        that the document cannot gainsay: one with no date of its own that names nobody leaves its year, its
        leaders and the kind of occasion to the asker, who knows what it was issued for. Only when another word of
        the description is a word of the document's title ('partnership') or it names leaders ('the biden-moon fact
        sheet'), and only when another document of that year names those leaders together, so the occasion is one
        they tell."""
        document = self.index.passages[index].document
        info = self.index.documents[document]
        if info.year or people_in(document):
            return frozenset()
        # (its year, its leaders and the kind of occasion; not what the question asks of it, 'river networks')
        titled = set(describing) & set(passage_form(info.title).split()) - SIDES
        occasion = {
            w for w in describing if YEAR.fullmatch(w) or is_month(w) or _occasion(w) or self.index.is_name_like(w)
        }
        unsaid = occasion - self.document_says(index, occasion)
        leaders = {w for w in unsaid if w.isalpha() and not is_month(w) and not _occasion(w)}
        if not titled and not leaders:
            return frozenset()
        years = {w for w in describing if YEAR.fullmatch(w)}
        return frozenset(unsaid) if self._met_then(leaders, years, document) else frozenset()

    def _met_then(self, leaders: set[str], years: set[str], document: str) -> bool:
        """The occasion the asker gives is one the other documents tell: a sentence of a document of the year asked
        names its leaders together ('biden' and 'moon' in the May 2021 remarks); else it may be another one."""
        if not leaders:
            return True
        match = " ".join(f'"{w}"' for w in sorted(leaders))
        rows = self.index.store.query("SELECT rowid FROM p WHERE p MATCH ? LIMIT 50", (match,))
        passages = self.index.passages
        told = {passages[r - 1].document for (r,) in rows if passages.is_live(r - 1)} - {document}
        return any(not years or self.index.documents[d].year in years for d in told)

    def given_by_document(self, index: int, undated_any_year: bool = False) -> frozenset[str]:
        """What a sentence need not say because its document does: the year it was issued ('the 2022 joint
        statement' is answered by a sentence of the statement dated 2022) and Korea and the U.S., the subject
        of every document here."""
        issued = self.document_of(index).year
        if issued:
            return frozenset({issued}) | SIDES
        if not undated_any_year:
            return SIDES
        # A story with no date of its own that names no year near the sentence may be of the year asked ('their
        # 2022 joint statement'); not so for who held an office then, or when something happened.
        own, around, _ = self.index.context_tokens(index)
        return SIDES if any(YEAR.fullmatch(w) for w in own | around) else SIDES | _ANY_YEAR

    def _issued_just_after(self, issued: str, months: set[int], index: int) -> bool:
        """A story issued in the first days of a month ('2024-03-01') that names the month before ('February 29,
        local time'): what it reports may be of that month."""
        if not (issued[5:7].isdigit() and issued[8:10].isdigit()) or int(issued[8:10]) > LATE_REPORT_DAYS:
            return False
        before = (int(issued[5:7]) - 2) % 12 + 1
        return before in months and bool(month_names(before) & self.document_words(index))

    def of_the_time(
        self,
        index: int,
        years: set[str],
        months: set[int],
        of_events: Set[int] = frozenset(),
        days_written: Set[int] = frozenset(),
    ) -> bool:
        """'where did Harris meet Yoon in sept 22': the sentence, its neighbours or its document's date is of
        a year and a month asked (any sentence, when the question asks none). A month the question gives an event
        (``of_events``: 'the oct 2025 trade deal') may be told anywhere in the story, issued weeks later.
        ``days_written``: the numbers of one or two digits the question writes after a month ('dec 22'), which may
        be a day the sentence gives instead of a clipped year."""
        if not years and not months:
            return True
        own, around, heading = self.index.context_tokens(index)
        issued = self.document_of(index).date or ""
        # A story with no date of its own that names no month near the sentence cannot be of another month.
        monthless = not issued and not any(month_names(m) & (own | around) for m in range(1, 13))
        if (
            months
            and not monthless
            and not (
                (issued[5:7].isdigit() and int(issued[5:7]) in months)
                or any(month_names(m) & (own | around) for m in months)
                or (months <= of_events and any(month_names(m) & self.document_words(index) for m in months))
                or self._issued_just_after(issued, months, index)
            )
        ):
            return False  # 'the remarks apr 23' are not an August summit of the same year
        if not years:
            return True
        if years & (own | around | heading):
            return True
        # 'the remarks before the apr 26 bilat': '26' may be the day, and the story was issued that day.
        days = {int(y[2:]) for y in years if y.startswith("20") and 1 <= int(y[2:]) <= 31}
        if issued[8:10].isdigit() and int(issued[5:7]) in months and int(issued[8:10]) in days:
            return True
        # ('the op-ed on dec 22': the sentence says 'on Dec. 22', and no year of its own that is not asked)
        own_years = {w for w in own if YEAR.fullmatch(w)}
        if not own_years - years and any(self._says_the_day(index, m, d) for m in months for d in days_written):
            return True
        # A story with no date of its own that names no year near the sentence cannot be of another year.
        undated = not self.document_of(index).year
        return undated and not any(YEAR.fullmatch(w) for w in own | around)

    def _says_the_day(self, index: int, month: int, day: int) -> bool:
        """The sentence names that day of that month ('on Dec. 22', 'December 22,')."""
        names = "|".join(sorted(month_names(month), key=len, reverse=True))
        return bool(re.search(rf"\b(?:{names})[a-z]*\.?\s+{day}\b", self.index.passages.text(index), re.I))


def _occasion(word: str) -> bool:
    """A word for an occasion a document may be issued for ('summit', 'visit'): rules ``event_nouns``."""
    return bool(listed_words("event_nouns").fullmatch(word))
