"""What a sentence supports beyond its own words: which person a surname stands for there, which numbered event
it is about, what the sentences before it lend it, and (from ``DocumentSupport``) what its document says and when
it was issued.

The reader asks these when it decides whether a sentence answers; they depend only on the passage index.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Set
from functools import cache

from knowledge.answer.anchors import ORDINAL, frame_words
from knowledge.answer.antecedents import with_antecedents
from knowledge.answer.document_support import DocumentSupport
from knowledge.answer.fit import SIDE_WORDS as SIDES
from knowledge.answer.fit import is_country, is_place_name, us_state_names
from knowledge.answer.index import TITLE_WORDS
from knowledge.answer.passage_hits import HitScoring, PassageHit
from knowledge.answer.passages import PassageIndex, passage_form
from knowledge.answer.question_dates import YEAR
from knowledge.answer.question_type import QuestionShape
from knowledge.answer.ranking import RARE_WORD_DF
from knowledge.answer.referring import refers_back
from knowledge.answer.result import AnswerItem
from knowledge.answer.rule_forms import listed_forms
from knowledge.answer.spans import places_in
from knowledge.answer.telling import FiguresOf, told_better_beside
from knowledge.answer.transcripts import speaker_of
from knowledge.rules import alternation, listed_words, load_rules
from knowledge.text.english import generality_weight, lemmas
from knowledge.text.short_forms import name_runs

DOCUMENT_SHARE = 0.5
"""A question word the answering sentence does not say, but its document does, counts this much of its weight."""


_QUOTATION = re.compile(r"[“\"][^”\"]{20,}[”\"],?\s+(?:said|says)\b")
"""Someone's own words in quotation marks, with who said them: '“Our decision …,” said Youngsoo Kwon'."""

_QUOTED = frozenset({"quot"})
"""The matching form of 'quoted', 'quote'."""


_RANKED_OFFICE = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third)\s+(?=(?:vice|deputy|assistant|under)\b)", re.I
)
"""An ordinal that ranks an office ('2nd Vice Foreign Minister'), not an event."""


class SentenceSupport(DocumentSupport):
    """Checks on one passage in its document; built once per index (it keeps each document's words once read)."""

    def __init__(self, index: PassageIndex) -> None:
        super().__init__(index)
        self._document_names: dict[str, tuple[tuple[str, ...], ...]] = {}  # filled as documents are read

    def unsaid_around(
        self, names: set[str], own_text: str, index: int, shape: QuestionShape, headers: Set[int] = frozenset()
    ) -> bool:
        """``DocumentSupport.unsaid_around``; and asked whom someone met ('which japanese officials did don graves
        meet'), a neighbour not naming him tells of another's meeting ('… followed Biden's summit with Prime
        Minister Kishida')."""
        if shape.answer_type == "person" and meeting_asked(own_text):
            people = {w for w in names - SIDES if not is_country(w)}
            return bool(people) and not people & self.index.words_of(index)
        return super().unsaid_around(names, own_text, index, shape, headers)

    def said(
        self,
        hit: PassageHit,
        words: list[str],
        weight: dict[str, float],
        shape: QuestionShape,
        everyday: Collection[str] = (),
    ) -> float:
        """How much of ``words`` a sentence says: in full when the sentence (or its title) says a word; for where
        and who, in part when only its document does ('where did Graves speak at the end of the cyber trade
        mission': the sentence says where he spoke, the document what the mission was). A figure or a date must
        be said of what the question names in its own sentence: a document holds many."""
        if shape.answer_type == "date" and self._untitled(hit.index):
            # 'when was the groundbreaking' in a story with no headline (its first sentence stands for one): that
            # sentence does not date the event of another. A name there ('SK hynix') still says whose story it is.
            # Nor does the opening's 'groundbreaking' make 'established in 2011' the day ground was broken.
            own, _, heading = self.index.context_tokens(hit.index)
            return sum(
                weight[w]
                for w in words
                if w not in hit.not_here
                and (w in own or w not in heading or (w not in everyday and self.index.is_name_like(w)))
            )
        if shape.answer_type not in ("place", "person"):
            return sum(weight[w] for w in words if w not in hit.not_here)
        document = self.document_words(hit.index)
        # 'the ceo quoted on the plant': a sentence quoting someone's words ('“…,” said Youngsoo Kwon') says so.
        quoting = shape.answer_type == "person" and bool(_QUOTATION.search(self.index.passages.text(hit.index)))
        return sum(
            weight[w]
            * (1.0 if w not in hit.not_here or (quoting and w in _QUOTED) else DOCUMENT_SHARE if w in document else 0.0)
            for w in words
        )

    def _untitled(self, index: int) -> bool:
        """The document has no headline: its title is the start of its first sentence, which goes on (a
        headline line is a passage of its own, ending where the title does)."""
        passages = self.index.passages
        document = passages[index].document
        first = index
        while first > 0 and passages[first - 1].document == document:
            first -= 1
        title = self.index.documents[document].title.rstrip("…")
        opening = passages[first].text
        return bool(title) and opening.startswith(title[:60]) and len(opening) > len(title)

    def told_better_beside(
        self, hit: PassageHit, found: list[PassageHit], telling: set[str], gives: FiguresOf | None = None
    ) -> bool:
        """Whether another sentence found tells what is asked better (``telling.told_better_beside``)."""
        return told_better_beside(self.index, hit, found, telling, gives)

    def named_in_part(self, index: int, unsaid: Collection[str], said: Collection[str]) -> frozenset[str]:
        """The question's name words (of ``unsaid``) a sentence need not say as it says the name by another of
        its words: the document writes the 'CHIPS and Science Act' and the sentence 'CHIPS', so 'chips act' is
        said. The word left out must come later in the name and be a word of English ('Act', 'Program',
        'Electronics', not 'Biologics'), and the word the sentence says must be one the question says too (of
        ``said``). A law or a program asked by its first word and its kind ('chips act') is said by the name
        the document gives it with another such kind ('the CHIPS Incentives Program')."""
        english = [w for w in unsaid if lemmas(w)]
        if not english:
            return frozenset()
        here = self.index.words_of(index) & set(said)
        names = self._names_of(self.index.passages[index].document)
        kinds, asked = _law_and_program_kinds(), list(said)
        return frozenset(
            w
            for w in english
            if any(w in name and here & set(name[: name.index(w)]) for name in names)
            or (
                w in kinds
                and w in asked
                and (first := asked[asked.index(w) - 1]) in here
                and any(name[0] == first and name[-1] in kinds for name in names)
            )
        )

    def unsaid(self, hit: PassageHit, words: Set[str]) -> Set[str]:
        """The words of ``words`` the sentence does not say; initials it spells out ('pmt'), it says."""
        missing = words & set(hit.not_here)
        return missing - self.said_by_initials(hit.index, missing)

    def said_by_initials(self, index: int, unsaid: Set[str]) -> frozenset[str]:
        """The short words (of ``unsaid``) no document uses, or uses in capitals only, that the sentence or its
        neighbours spell out as the initials of their words: 'ict' for 'advanced information communications
        technologies', 'pmt' for 'preliminary memorandum of terms' (joining words such as 'of' aside); and the
        acronyms the documents define that the passage's document spells out ('mofa')."""
        defined = self.said_by_definition(index, unsaid)
        short = [w for w in unsaid if initials_of(w) and w not in self.index.acronyms]  # ('sed': its definition)
        initials = [w for w in short if not self.index.df(w) or self.index.in_capitals_only(w)]  # not "lee"
        if not initials:
            return defined
        text = " ".join(map(self.index.passages.text, [index, *self.index.neighbours(index)]))
        return defined | {w for w in initials if _spelled_by(w).search(text)}

    def placed_elsewhere(self, index: int, places: Set[str]) -> bool:
        """A sentence placing its own subject in another U.S. state (or country) than the one a question gives:
        '… a fintech hub in Kansas, which is expected to create 2,000 jobs' for 'how many jobs will that louisiana
        plant create': its figure is that state's, however well its neighbours say the rest."""
        if not places or places & self.index.words_of(index):
            return False
        spans = places_in(self.index.passages[index].text)
        states = us_state_names()
        asked = {p for p in places if p in states}
        if asked:
            return bool({passage_form(s.text) for s in spans} & states - asked)
        # ('how many canadian stores': not '… 90 stores in the U.S., while X plans to add 80 to 100')
        asked = {p for p in places if is_country(p)}
        return bool(asked) and any(is_country(s.text) and passage_form(s.text) not in asked for s in spans)

    def opened_by_another(self, index: int, owners: Set[str]) -> frozenset[str]:
        """The owners asked, when the sentence says none of them and opens on another name, whose its figures are
        ('Paris Baguette also plans … about 100 stores by 2030' under a headline naming Tous les Jours too)."""
        if not owners:
            return frozenset()
        text = self.index.passages.text(index)
        opening = _OPENING_NAME.match(text)
        if opening is None or owners & self.index.words_of(index):
            return frozenset()
        if any(len(w) > 1 and w.isupper() for w in opening.group(0).split()):
            return frozenset()  # ('LGES also plans …': initials may be of the owner asked)
        words = set(passage_form(opening.group(0)).split())
        named = words and all(self.index.is_name_like(w) for w in words) and not words & (TITLE_WORDS | SIDES)
        return frozenset(owners) if named and not is_place_name(opening.group(0)) else frozenset()

    def said_as_a_side(self, index: int, unsaid: Collection[str]) -> frozenset[str]:
        """The question's name words (of ``unsaid``) that may stand for a side and whose side the sentence says:
        'sks $350b pledge' is South Korea's in a sentence where 'Seoul committed', whatever SK group does."""
        sides = side_abbreviations()
        ambiguous = [w for w in unsaid if w in sides]
        if not ambiguous:
            return frozenset()
        here = self.index.words_of(index)
        return frozenset(w for w in ambiguous if sides[w] in here)

    def _names_of(self, document: str) -> tuple[tuple[str, ...], ...]:
        """The words of each name its document writes (a run of capitalised words), in the matching form."""
        if document not in self._document_names:
            runs = {
                tuple(passage_form(run).split())
                for i in self.index.passages.of_document(document)
                for run in name_runs(self.index.passages.text(i))
            }
            self._document_names[document] = tuple(words for words in runs if len(words) > 1)
        return self._document_names[document]

    def said_without_answer(
        self, best: PassageHit, silent: list[PassageHit], predicates: set[str], borrowed: bool = False
    ) -> bool:
        """A sentence of the answer's document says everything asked yet gives no answer of the kind ('the
        Republic of Korea will host a future, third Summit' for 'who gets to host'), while the answer's own
        sentence lacks some of it (a title naming the two presidents): the answer is not stated as asked. An
        answer ``borrowed`` from a sentence beside the one found is ruled out by any sentence saying more of
        what is asked ('the trilateral secretariat that will be launched' for 'who was named to run it')."""
        lacking = predicates & set(best.not_here)
        document = self.index.passages.document

        def says_more(h: PassageHit) -> bool:
            missing = predicates & set(h.not_here)
            return missing < lacking if borrowed else not h.not_here

        return bool(lacking) and any(document(h.index) == document(best.index) and says_more(h) for h in silent)

    def names_the_person(
        self,
        index: int,
        given: list[tuple[set[str], frozenset[str]]],
        met: Set[str] = frozenset(),
        met_bodies: bool = False,
    ) -> bool:
        """A sentence stands for each person the question names in full when it is in a document naming them, or
        says their given name too; asked whom they met (``met``), it names them itself ('which officials did don
        graves meet' is not answered by 'This mission followed Biden's summit with President Yoon'); asked which
        bodies someone met (``met_bodies``), it says a meeting (rules ``meetings_said``)."""
        here = self.index.words_of(index)
        document = self.index.passages[index].document
        if met_bodies and not listed_words("meetings_said").search(self.index.passages.text(index)):
            return False  # ('which groups did graves sit down with': not the university he spoke at)
        surnames = {w for w in set(met) - SIDES if not is_country(w)}  # ('which japanese officials': not a name)
        if not given:  # ('who did graves meet': 'graves' a name of the document writes in full, 'Don Graves')
            surnames &= {w for name in self._names_of(document) for w in name}
        if surnames and not surnames & (here | speaker_of(self.index, index)):  # (or says: 'PRESIDENT MOON: …')
            return False
        if surnames and here & listed_forms("acts_said_by_the_answer"):
            return False  # ('who was choo's counterpart' is not told by 'Choi …, succeeding Choo')
        return all(document in documents or words <= here for words, documents in given)

    def another_ordinal(self, index: int, ordinals: set[str]) -> bool:
        """'the 5th SED' is not answered by a sentence about the 6th, though the document's title names the 5th;
        a header line is of what its title numbers (the date line under 'The 8th Dialogue')."""
        if not ordinals:
            return False
        # '2nd Vice Foreign Minister Lee Tae-ho' ranks an office; it does not number the meeting.
        text = _RANKED_OFFICE.sub(" ", self.index.passages[index].text)
        here = {w for w in passage_form(text).split() if ORDINAL.fullmatch(w)}
        headers = self.index.headers
        if not here and index in (headers.issued_on(index), headers.spoken_on(index), *headers.venues(index)):
            here = {w for w in self.index.context_tokens(index)[2] if ORDINAL.fullmatch(w)}
        return bool(here) and not here & ordinals

    def with_antecedents(self, hits: list[PassageHit], scoring: HitScoring) -> list[PassageHit]:
        """The hits with the names of the sentences they refer back to, or that refer back to them (antecedents)."""
        return with_antecedents(self.index, hits, scoring)

    def goes_on_about_the_one_before(self, index: int) -> bool:
        """The sentence opens by calling what the one before it named by what it is ('The South Korean tech
        giant is considering …' after 'SAMSUNG ELECTRONICS')."""
        passages = self.index.passages
        same = index > 0 and passages.document(index - 1) == passages.document(index)
        opening = passages.text(index).lstrip()
        return same and opening[:4].lower() == "the " and bool(refers_back().match(opening))

    def states_what_is_asked(
        self, item: AnswerItem, words: list[str], shape: QuestionShape, excused: Set[str] = frozenset()
    ) -> bool:
        """Every name, place and number of the question (``words``, in the matching form) stands in an extracted
        fact, its sentence or its document's title: 'LG Energy Solution in Michigan' is not answered by its plant
        in Arizona, nor 'the 1st session' by the 2nd. ``excused``: words describing the fact's document, which
        that document says ('the may 2021 fact sheet (biden/moon summit)')."""
        words = [w for w in words if w not in excused]
        source = item.source
        stated = set(passage_form(f"{item.text} {source.quote} {source.title} {source.date or ''}").split())
        # A year the question gives must be one the source is dated in or speaks of: 'the finance minister in
        # 2021' is not answered by a minister named in 2023.
        wanted = [w for w in words if (self.index.is_name_like(w) and not w.isdigit()) or YEAR.fullmatch(w)]
        # So must a rare word narrowing the figure asked ('the cylindrical cell plant' is not the whole complex).
        rare = max(RARE_WORD_DF, len(self.index) // 1000) if shape.answer_type in ("amount", "number") else 0
        wanted += [w for w in words if 0 < self.index.df(w) <= rare and generality_weight(w) == 1.0]
        asked_ordinals = {w for w in words if ORDINAL.fullmatch(w)}
        if asked_ordinals and not self._of_the_ordinal(item, asked_ordinals):
            return False
        if shape.answer_type == "date":
            # 'when was the groundbreaking': the dated sentence itself tells of something the question asks,
            # not only its document's title (a story's first sentence may stand for its title).
            own = set(passage_form(f"{item.text} {source.quote}").split())
            events = [w for w in words if w not in SIDES | frame_words() and not self.index.is_name_like(w)]
            if events and not own & set(events):
                return False
        return all(w in stated for w in wanted)

    @staticmethod
    def _of_the_ordinal(item: AnswerItem, asked: set[str]) -> bool:
        """'who led the 4th dialogue': the fact's own sentence says the 4th, or says no ordinal in a document
        whose title names the 4th alone; a title naming the 4th and the 5th tells neither of its sentences."""

        def ordinals(text: str) -> set[str]:
            return {w for w in passage_form(text).split() if ORDINAL.fullmatch(w)}

        own = ordinals(f"{item.text} {item.source.quote}")
        if own:
            return bool(own & asked)
        titled = ordinals(item.source.title)
        return not titled or titled <= asked


@cache
def side_abbreviations() -> dict[str, str]:
    """Name words that may stand for a side ('sk' → 'rok'), from the rules."""
    found: dict[str, str] = load_rules("synonyms.json")["side_abbreviations"]
    return {word: side for word, side in found.items() if not word.startswith("_")}


@cache
def _law_and_program_kinds() -> frozenset[str]:
    """The words that end a law's or a program's name ('Act', 'Program'), in the matching form."""
    kinds = load_rules("questions.json")["name_kinds"]
    return frozenset(passage_form(w) for w in [*kinds["law"], *kinds["program"]])


MAX_INITIALS = 5
"""The longest short word read as the initials of a phrase ('ict', 'pmt')."""


def initials_of(word: str) -> bool:
    """A word short enough to be the initials of a phrase ('ict'), which a sentence may spell out instead."""
    return word.isalpha() and 2 < len(word) <= MAX_INITIALS


@cache
def _spelled_by(initials: str) -> re.Pattern[str]:
    """Words whose first letters are ``initials``, in order, with joining words between them allowed.

    >>> bool(_spelled_by("pmt").search("preliminary memorandum of terms"))
    True
    >>> bool(_spelled_by("fta").search("for the ally"))
    False
    """
    joining = alternation(load_rules("questions.json")["initials_joining_words"]["words"])
    gap = rf"(?:[\s-]+(?:{joining}))*[\s-]+"
    word = rf"(?!(?:{joining})\b){{letter}}[a-z]{{{{2,}}}}"  # ('for the alliance' spells no 'fta')
    return re.compile(r"\b" + gap.join(word.format(letter=re.escape(c)) for c in initials) + r"\b", re.I)


_OPENING_NAME = re.compile(r"\W*((?:[A-Z][\w&.’'-]*\s+){0,3}[A-Z][\w&.’'-]*)(?=\s+[a-z])")
"""The capitalised words a sentence opens on, up to its first lowercase word ('Paris Baguette' of 'Paris Baguette
also plans …')."""


def meeting_asked(question: str) -> bool:  # 'which officials did don graves meet' (rules ``meeting_acts``)
    return listed_words("meeting_acts").search(question) is not None
