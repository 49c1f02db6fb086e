"""The spans of a kind in a passage (people, dates, places, figures, organisations, names, definitions) and what
tells one apart from the question's own words or another subject's figure: the reader's eyes, kept apart from
its choice of sentence."""

from __future__ import annotations

import re

from knowledge.answer.acts import alike_words
from knowledge.answer.agents import agent_unknown
from knowledge.answer.anchors import frame_words
from knowledge.answer.figure_owner import owned_by_another
from knowledge.answer.fit import DATELINE_AFTER, is_country, is_place_name
from knowledge.answer.fit import SIDE_WORDS as SIDES
from knowledge.answer.growth import growth_asked, growths_in
from knowledge.answer.index import RANK_WORDS, TITLE_WORDS
from knowledge.answer.kind_spans import (
    commitments_in,
    former_offices_in,
    kinds_of,
    listed_items,
    met_with,
    of_the_noun_numbered,
    ordinals_in,
)
from knowledge.answer.name_spans import beside_a_kind_word, names_in, without_address
from knowledge.answer.normalize import content_tokens, is_stopword, normalize, with_possessives_unmarked
from knowledge.answer.office_bodies import with_bodies
from knowledge.answer.organization_kinds import group_part_noun, of_the_group_asked, of_the_kind_asked
from knowledge.answer.organization_spans import enumerated, named_aside, of_the_side_asked, organizations_in
from knowledge.answer.passages import PassageIndex, passage_form, stem
from knowledge.answer.period_start import begun_then
from knowledge.answer.question_dates import is_month
from knowledge.answer.question_type import (
    COMMITMENT_UNIT,
    HOSTS_UNIT,
    ITEMS_UNIT,
    OFFICE_UNIT,
    ORDINAL_UNIT,
    STATES_UNIT,
    QuestionShape,
)
from knowledge.answer.reader_lookups import ReaderLookups
from knowledge.answer.referring import refers_back
from knowledge.answer.sentence_support import side_abbreviations
from knowledge.answer.span_fit import kind_groups_asked, kind_words_asked
from knowledge.answer.spans import (
    Span,
    amounts_in,
    countries_in,
    dates_in,
    definition_in,
    named_places_in,
    numbers_in,
    people_in,
    places_in,
    states_in,
)
from knowledge.answer.thread import asks_for_the_other_party, name_ends
from knowledge.answer.word_context import of_company
from knowledge.answer.word_roles import implied_by_answer
from knowledge.answer.written_names import title_case
from knowledge.rules import listed_words
from knowledge.rules.rulebook import rulebook
from knowledge.text.english import lemmas
from knowledge.text.hangul import other_spellings
from knowledge.text.names import mentions_name

HEADING_WORDS = 4
"""A heading naming what its paragraph is about is this short ('HYUNDAI MOTOR', 'LG ELECTRONICS')."""


_ORGANIZATION = QuestionShape("organization")

_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
"""A figure as the matching form writes it."""

_STOPS_IN_WORDS = re.compile(r"(?<!\d)\.|\.(?!\d)")
"""Full stops other than a decimal point."""


class PassageSpans:
    """Finds answering spans in the passages of one index, with the table's people, companies and dates."""

    def __init__(self, index: PassageIndex, lookups: ReaderLookups) -> None:
        self.index = index
        self.lookups = lookups
        self._short_organizations: dict[str, dict[str, str]] = {}  # by document, filled as they are read

    def referred_to(self, index: int, other: int) -> bool:
        """'… concerns about the Act's tax credits' goes on about 'the Clean Harbors Act' of the sentence
        before: the last word of a name there, after 'the'."""
        text = self.index.passages[index].text
        return any(
            re.search(rf"\bthe {re.escape(span.text.split()[-1])}\b", text)
            for span in names_in(self.index.passages[other].text)
        )

    def owned_by_another(self, sentence: str, span: Span, words: set[str]) -> bool:
        """Whether the figure ``span`` is someone else's than the question's (``figure_owner``)."""
        return owned_by_another(self.index, self.lookups.people, sentence, span, words)

    def named_by_the_question(self, span: Span, index: int, asked: str, person: bool = False) -> bool:
        """A span the question names (``asked_already``) or sets aside ('besides state'); a name a sentence
        enumerates ('companies — like Apple, Coupang, …') is in the list asked though the question names it."""
        return named_aside(span, self.index.passages[index].text, asked, self.asked_already(span, asked, person))

    def asked_already(self, span: Span, asked: str, person: bool = False) -> bool:
        """A span the question itself names is not its answer: 'who succeeded Choo' is not answered by Choo,
        'who did Hyundai get an investment from' not by Hyundai Motor Group, 'with SNU' not by Seoul National
        University."""
        # ('U.S.' is 'us', while '$2.5 billion' is not the '25bn' a question names)
        words = [w for w in normalize(_STOPS_IN_WORDS.sub("", span.text)).split() if len(w) > 1 or w.isdigit()]
        # 'kims delegation': a possessive typed without its apostrophe names Kim.
        asked_words = with_possessives_unmarked(asked.split())
        if person and asks_for_the_other_party(asked) and len(span.text.split()) <= 3:
            # 'who was graves counterpart', '… hyunchong kims', 'akibas' (a family name may come first or last):
            # the one the question or its thread names, however titled there
            if name_ends(span.text) & asked_words:
                return True
        if not words or person and self.lookups.people.titled_as_another(span, asked):
            return False
        if side_abbreviations().get(span.text.lower()) in asked_words:
            return True  # 'whos sk partnering w': the 'sk' read as South Korea is SK itself
        compact = asked.replace(" ", "")  # 'Dukgeun' is the 'duk-geun' the question wrote
        if all(w in asked_words or (len(w) > 3 and w in compact) for w in words):
            return True
        if len(words) == 2 and _FIGURE.fullmatch(words[0]) and words[0] in asked_words:
            return True  # 'cut from 25% to what': the figure the question gives is where the answer starts from
        spelled = normalize(self.index.acronyms.get(span.text.lower().strip("."), "")).split()  # 'LGES' of 'lges'
        if (spelled := [w for w in spelled if not is_stopword(w)]) and all(w in asked_words for w in spelled):
            return True
        initials = "".join(w[0] for w in span.text.split() if w[:1].isupper()).lower()
        if len(initials) >= 2 and initials in asked_words and not is_stopword(initials):  # 'Akiba Takeo' is not 'at'
            return True
        # ('who replaced him' after a question about Kyungho Choo: not Choo Kyung-ho; 'chu kyung-ho' is Choo too)
        respelled = [next(iter(other_spellings(w)), w) for w in asked.split()]
        if mentions_name(asked.split(), str(span.value)) or mentions_name(respelled, str(span.value)):
            return True
        if "counterpart" not in asked_words and self.lookups.people.named_by_office(span, asked_words):
            # 'Korea's industry minister when Moon toured': Industry Minister Moon is not President Moon; 'which
            # lawmakers did trade min ahn meet' names Minister Ahn by his office and surname together.
            return self.lookups.people.met_by_title_and_surname(span, asked)
        # 'Dukgeun Ahn' is the Ahn the question names: a Korean surname may stand last, as any person's does ('who
        # credited talks w trump' is not answered by Donald Trump; 'what room' is by the State Dining Room).
        surname = span.text.split()[-1] if len(span.text.split()) in (2, 3) else ""
        named = normalize(surname) in asked_words
        surname_asked = named and (
            surname in rulebook().korean_surnames or person and self.index.is_name_like(normalize(surname))
        )
        # ('5G Clean Path' is not the '5g networks' a question names: a first word with a digit names no one; nor is
        # the 'Korean Positioning System' the Korea that 'koreas own satnav system' names.)
        # ('CJ Foodville' is no more the CJ of 'which cj unit' than the 'Korean Positioning System' is Korea, nor
        # 'HD Hyundai Power Transformers USA' the HD Hyundai of 'the name of hd hyundai's us subsidiary'.)
        return (
            surname_asked
            or (
                not group_part_noun().search(asked)
                and any(
                    w in asked_words
                    and w.isalpha()
                    and w not in SIDES
                    and not is_month(w)  # ('Mar. 6' is not the march a question gives)
                    and self.index.is_name_like(w)
                    and not implied_by_answer(w, _ORGANIZATION)  # 'which univ': the University of Michigan is not asked
                    and not self._of_another_name(w, asked, words)  # 'jeff miller' names no Miller Strategies
                    for w in words[:1]
                )
            )
        )

    def _of_another_name(self, word: str, asked: str, span_words: list[str]) -> bool:
        """The question writes ``word`` only as the last of another name ('which lobby shop tied to jeff miller'):
        the name before it is no word of the span's."""
        words = asked.split()
        said = [i for i, w in enumerate(words) if w == word]
        return bool(said) and all(
            i > 0
            and words[i - 1] not in span_words
            and words[i - 1] not in TITLE_WORDS | RANK_WORDS | SIDES  # 'pres moon' is Moon himself
            and words[i - 1].isalpha()
            and self.index.is_name_like(words[i - 1])
            for i in said
        )

    def is_title(self, index: int) -> bool:
        """The passage is its document's title line."""
        passage = self.index.passages[index]
        text, title = passage.text.strip(), self.index.documents[passage.document].title.strip()
        # (a long headline's title is its first words and '…')
        return text == title or (title.endswith("…") and text.startswith(title[:-1]))

    def of_passage(self, index: int, shape: QuestionShape, asked: str = "") -> list[Span]:
        """The spans of the kind ``shape`` asks for in one passage, before any check of what they answer."""
        passage = self.index.passages[index]
        text, doc = passage.text, passage.document
        kind = shape.answer_type
        if kind == "person":
            # Only people the table knows as officials: a capitalised pair may be a policy or a place
            # ('New Southern Policy', 'Indo-Pacific Strategy'), and a wrong name is the worst answer.
            known = self.lookups.people.in_document(doc)
            found = [s for s in people_in(text, known) if s.value in known and not is_place_name(s.text)]
            # 'In this role, Choi will also serve …': the one official of the story with that surname.
            found += _mentions(text, self.lookups.people.by_surname(doc), found)
            if agent_unknown(text, asked, found):
                return []  # 'the lobbying firm founded by Jeff Miller, … of President Trump's committee': not Trump
            return list(dict.fromkeys(found))  # one span however many spellings found it
        if kind == "date":
            # 'SEOUL, Jan. 2 (Yonhap) --' dates the report, not an event in it.
            # A date ending the headline ('… held in Washington DC 2017-10-05') is the day the story was released.
            headline = self.is_title(index)
            return [
                s
                for s in dates_in(text, self.lookups.dates.get(doc))
                if not DATELINE_AFTER.match(text, s.end)
                and not (headline and not text[s.end :].strip(" ."))
                and not begun_then(text, s, asked)  # 'Since 2021, the process has …': not when the 3rd summit is
            ]
        if kind == "place" and index in self.index.headers.venues(index):
            venue = self.index.headers.venue_named(index)  # the venue line of remarks: 'Oval Office'
            return [Span(venue, 0, len(text), venue)]
        if kind == "place":
            found = named_places_in(text, shape.unit) if shape.unit else places_in(text)
            # "Indiana's resilient manufacturing" speaks of the state, not of where something is.
            return [s for s in found if not re.match(r"[’']s\b", text[s.end :]) and not s.text.endswith(("’s", "'s"))]
        if kind == "amount":
            return growths_in(text) if growth_asked(asked) else amounts_in(text)  # 'how much did revenue grow'
        if kind == "number":
            if shape.unit == ORDINAL_UNIT:
                # '2nd Vice Foreign Minister' is a rank, not the round of anything.
                found = [s for s in ordinals_in(text) if s.text.split()[-1].lower() not in TITLE_WORDS | RANK_WORDS]
                return of_the_noun_numbered(text, found, asked)
            return numbers_in(text, shape.unit)
        if kind in ("organization", "list") and shape.unit == "countries":
            return countries_in(text)
        if kind == "list" and shape.unit == STATES_UNIT:
            return states_in(text)
        if kind == "list" and shape.unit == ITEMS_UNIT:
            return listed_items(text)
        if kind in ("organization", "list"):
            countries = {s.text for s in countries_in(text)}
            found = [s for s in organizations_in(text, self.lookups.organizations) if s.text not in countries]
            found = countries_in(text) + found if shape.unit == HOSTS_UNIT else found  # a forum's host: either
            if kind == "list" and (met := _met_with_asked(text, asked)):
                return met  # ('which groups did graves sit down w/': whoever each 'with' names, of any kind)
            if kind == "list" and (listed := enumerated(text, asked)):
                found = list(listed)  # 'companies — like Apple, Coupang, …': not the outlet that printed it
            if self.heads_a_paragraph(index):
                found = [Span(text.strip(), 0, len(text.strip()), text.strip())]  # 'ESSITY' over 'The Swedish …'
            # 'Minister for Trade, Industry and Energy Dukgeun Ahn': a capitalised run ending in an official's
            # name is a title and a person, not an organisation.
            known = self.lookups.people.in_document(doc)
            people = [s for s in people_in(text, known) if s.value in known]
            found = [s for s in found if not any(s.start <= p.start < s.end for p in people)]
            # 'Bollinger was founded in 1946': the first word of the one organisation of the story it begins.
            found += _mentions(text, self._organizations_by_first_word(doc), found + people)
            found = of_the_side_asked(text, found, asked) if kind == "list" else found  # 'which us agencies'
            return [s for s in found if of_the_kind_asked(s.text, asked) and of_the_group_asked(s.text, asked)]
        if kind == "name" and shape.unit == COMMITMENT_UNIT:
            return commitments_in(text)  # 'what asat commitment did the vp welcome'
        if kind == "name" and shape.unit == OFFICE_UNIT:
            # ('what job did campbell hold before dep sec'; 'campbells' typed without its apostrophe is Campbell)
            # (not one met 'with': 'what job did ryu hold before the breakfast with marsh' asks Ryu's)
            words = asked.split()
            subjects = [w for i, w in enumerate(words) if not (i and words[i - 1] in ("with", "w"))]
            return former_offices_in(text, [n for w in subjects for n in (w, w[:-1] if w.endswith("s") else w)])
        if kind == "name" and shape.unit:
            # 'what kind of testing': '… destructive direct-ascent anti-satellite missile testing'
            return kinds_of(text, shape.unit)
        if kind == "name":
            # A person, a place or a country is not the law, body or exercise asked for; a headline capitalises all.
            if title_case(text):
                return []
            known = self.lookups.people.in_document(doc)
            named = [
                s
                for s in names_in(text)
                if not any(k in s.text for k in known)
                and not is_place_name(s.text)
                and not is_country(s.text)
                # ('Vice President', 'Mr. President': a title, with a form of address, names nothing)
                and not set(passage_form(without_address(s.text)).split()) <= TITLE_WORDS | RANK_WORDS | SIDES
            ]
            # A name of the kind asked stands beside a word of it ('the joint exercise, Freedom Edge') or carries one
            # ('… Consultation Group'); not 'U.S. Departments of Treasury and State' in a sentence on a working group.
            kinds, kind_groups = kind_words_asked(asked, shape), kind_groups_asked(asked, shape)
            capitalised = bool(named)
            named = [s for s in named if not kind_groups or beside_a_kind_word(text, s, kind_groups)]
            # 'what new trilat body': 'The trilateral secretariat that will be launched …', named without capitals
            # by words the question says of it (not 'this important group'), in a sentence that names nothing else.
            said = {w.lower() for w in re.findall(r"[A-Za-z]+", text) if passage_form(w) in kinds} if kinds else set()
            said = set() if capitalised else said
            asked_words = set(passage_form(asked).split())
            return named or [
                k
                for w in sorted(said)
                for k in kinds_of(text, w)
                if set(passage_form(k.text).split()[:-1]) & asked_words
            ]
        if kind == "definition":
            defined = definition_in(text, [w for w in content_tokens(asked) if w not in frame_words()])
            return [defined] if defined else []
        return []

    def _organizations_by_first_word(self, document: str) -> dict[str, str]:
        """Each organisation of several words the document names, by its first word when that word is no
        English word and begins no other of its organisations ('Bollinger' for 'Bollinger Shipyards')."""
        if document not in self._short_organizations:
            names = sorted(
                {
                    s.text
                    for i in self.index.passages.of_document(document)
                    for s in organizations_in(self.index.passages.text(i), self.lookups.organizations)
                    if len(s.text.split()) > 1
                }
            )
            firsts = [n.split()[0] for n in names]
            self._short_organizations[document] = {
                first: name
                for name, first in zip(names, firsts, strict=True)
                if firsts.count(first) == 1
                and len(first) >= 4
                and first.isalpha()
                and first[0].isupper()
                and not lemmas(first)
                and first.lower() not in rulebook().not_name_words  # 'Korean' begins many names of no one
            }
        return self._short_organizations[document]

    def heads_a_paragraph(self, index: int) -> bool:
        """A line in capitals of a few words that the sentence after it goes on about ('ESSITY', then 'The
        Swedish hygiene product and tissue maker …', or 'VOLVO CARS', then 'Volvo Cars may move …'): the name
        of what the paragraph is about."""
        passages = self.index.passages
        if not (0 <= index < len(passages) - 1 and passages.document(index + 1) == passages.document(index)):
            return False  # the story's last line heads nothing (nor does the line before its first)
        text = passages.text(index).strip()
        if not (text.isupper() and len(text.split()) <= HEADING_WORDS):
            return False
        after = passages.text(index + 1).lstrip()
        return bool(refers_back().match(after)) or after.lower().startswith(text.lower() + " ")

    def not_of_the_named(self, text: str) -> str:
        """The question without the titles it gives the people it names: in 'which governor is minister ahn
        seeing' the office asked for is the governor's, not the minister's."""
        words = text.split()
        before_a_name = [
            i
            for i, w in enumerate(words)
            if w in TITLE_WORDS and i + 1 < len(words) and self.index.is_name_like(stem(words[i + 1]))
        ]
        titles = [i for i, w in enumerate(words) if w in TITLE_WORDS]
        if before_a_name and titles[-1] > before_a_name[-1] + 1:
            # 'who is president lee's national security advisor': a title before a name is the named's when a
            # later one names nobody; that one is asked for.
            taken = with_bodies(words, before_a_name)
            return " ".join(w for i, w in enumerate(words) if i not in taken)
        # The first title is the one asked for ('who was the ustr ahn met'): only later ones are the named's.
        first = next((i for i, w in enumerate(words) if w in TITLE_WORDS), len(words))
        start = first
        while start > 0 and words[start - 1] in RANK_WORDS | TITLE_WORDS:
            start -= 1
        while first + 1 < len(words) and words[first + 1] in TITLE_WORDS:
            first += 1
        # ('who headed the rok side at the sed w/ u/s krach', 'who accompanied pres moon': a title after 'with'
        # or 'accompanied' is the one met's)
        named = [i for i in before_a_name if i > first or (start > 0 and of_company(words[start - 1]))]
        taken = with_bodies(words, named)
        return " ".join(w for i, w in enumerate(words) if i not in taken)

    def tells_who(self, index: int, other: int, question: str) -> bool:
        """'The State Department hosted the fifth SED on October 13. Under Secretary Keith Krach and Vice
        Minister Lee Tae-ho led the delegations.': the sentence right after one that names the event and
        nobody says who did what the question asks ('headed'), in a word of its own or one alike."""
        if other != index + 1 or self.of_passage(index, QuestionShape("person")):
            return False
        said = self.index.words_of(other) - self.index.words_of(index)
        acts = alike_words([stem(t) for t in question.split()])
        return any(w in said or said & alike for w, alike in acts.items())


def _mentions(text: str, shorts: dict[str, str], taken: list[Span]) -> list[Span]:
    """Each short form of ``shorts`` the text writes as a word of its own, outside the spans ``taken``, valued as
    the whole name it stands for ('Choi' for Choi Sang-mok, 'Bollinger' for Bollinger Shipyards)."""
    return [
        Span(m.group(0), m.start(), m.end(), name)
        for short, name in shorts.items()
        for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text)
        if not any(s.start <= m.start() < s.end for s in taken)
    ]


def _met_with_asked(text: str, asked: str) -> list[Span]:
    """'which groups did graves sit down w/': those a sentence lists as met, each after its 'with'."""
    return met_with(text) if listed_words("met_with_asked").search(asked) else []
