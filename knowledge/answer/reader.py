"""Reading an answer out of the documents' own sentences when no extracted fact fits the question.

The passage index finds sentences whose context covers the question; the reader picks, in the best of them,
the words of the kind the question wants (a place for 'where', a number with its noun for 'how many', …).
It answers only when the context covers the question's words, its rarest words included, and a span of the
right kind is there; otherwise it stays silent and the bot says it does not know.
"""

from __future__ import annotations

from collections.abc import Set
from functools import partial

from knowledge.answer.acts import act_unsaid, acts_said_by_the_answer, alike_words
from knowledge.answer.anchors import (
    NEAR,
    ORDINAL,
    anchor_positions,
    compares,
    distance,
    frame_words,
    in_another_clause,
    precision,
    said_by_whom_asked,
    stated_superlative,
    unstemmed,
    without_clauses_of_others,
)
from knowledge.answer.charges import all_said, charged_on
from knowledge.answer.described import document_topics, without_brackets_describing, without_description
from knowledge.answer.event_names import named_occasions, participants, participants_acts, without_participants_acts
from knowledge.answer.figure_context import (
    asks_a_total_with_a_part,
    asks_combined,
    of_the_year_asked,
    sums_set_apart,
    totalled,
)
from knowledge.answer.filters import parse_filters
from knowledge.answer.fit import SIDE_WORDS as SIDES
from knowledge.answer.fit import is_country, of_the_country_asked, place_words, placed_before_a_state
from knowledge.answer.growth import growth_asked
from knowledge.answer.headed_lists import headed_items
from knowledge.answer.index import TITLE_WORDS
from knowledge.answer.kind_spans import naming_words
from knowledge.answer.normalize import content_tokens, normalize
from knowledge.answer.part_asked import part_asked
from knowledge.answer.passage_hits import PassageHit
from knowledge.answer.passages import CANDIDATES, PassageIndex, passage_form
from knowledge.answer.question_dates import after_a_month, months_asked, only_says_when, years_after_a_month
from knowledge.answer.question_type import ORDINAL_UNIT, QuestionShape
from knowledge.answer.ranking import CONTEXT_SPAN_FIT, PREDICATE_SHARE, READER_BAR
from knowledge.answer.reader_lookups import ReaderLookups
from knowledge.answer.reader_spans import PassageSpans
from knowledge.answer.reading import Reading, gathered_list, headline, ranks_above, undecided, with_companions
from knowledge.answer.reading_order import list_around, listed_after, sentences_to_read
from knowledge.answer.sentence_support import SentenceSupport, initials_of, meeting_asked
from knowledge.answer.span_fit import kind_qualifiers, names_the_kind, spans_of_the_kind, words_of_the_answer
from knowledge.answer.thread import asks_for_the_other_party
from knowledge.answer.word_context import (
    POINTS_BACK,
    asks_for_companions,
    asks_for_everyone,
    asks_for_people,
    contrasted,
    document_described,
    insisted_on,
    months_of_events,
    several_asked,
    spent_on,
    word_pairs,
)
from knowledge.answer.word_roles import implied_by_answer, pointed_at, said_elsewhere_in, typed_forms
from knowledge.answer.wording import BODY_WORDS, QuestionWording
from knowledge.models import FactTable
from knowledge.table_change import TableChange
from knowledge.text.english import generality_weight, is_english_noun, is_plain_word
from knowledge.text.towns import region_names

MIN_WORDS_WITHOUT_NAMES = 3
"""A question naming nothing (no name, place or number) needs this many words to pick its sentence."""

WEAK_DEFINITION_FIT = 0.9
"""A sentence defining a term in passing ('X, which …') counts this much against one saying 'X is a …'."""

DEFINITION_CANDIDATES = 200
"""A term is named in many sentences and defined in one: 'what is X' reads more candidates than other questions."""

PARTS_COUNTED = frozenset(str(n) for n in range(2, 6))
"""In a question for a sum, a small count is of the parts summed ('two plants'), which the sentence need not give."""


class PassageReader:
    """Answers typed questions from passages; built once per table, like the rest of the knowledge base."""

    def __init__(self, table: FactTable, index: PassageIndex, lookups: ReaderLookups | None = None) -> None:
        self.index = index
        self.wording = QuestionWording(index)
        self.support = SentenceSupport(index)
        self.lookups = lookups or ReaderLookups(table)
        self.people = self.lookups.people
        self.spans = PassageSpans(index, self.lookups)

    def extended(self, change: TableChange, index: PassageIndex) -> PassageReader:
        """The reader of ``change.table`` (whose passage index is ``index``), its lookups made from this one's."""
        return PassageReader(change.table, index, self.lookups.extended(change))

    def read(
        self, text: str, shape: QuestionShape, prefer_document: str | None = None, thread_words: str = ""
    ) -> Reading | None:
        """The best answer of the wanted type in the documents' sentences, or None when none is supported. Every
        name, place and number the question gives must stand in the sentence, its context or its document's title;
        the words a thread carries over (``thread_words``) only help rank."""
        if shape.answer_type == "list" and parse_filters(text)[0].beyond_one_year:
            return None  # 'which companies invested over $1B': a list read off sentences cannot be filtered
        superlative = stated_superlative(text)
        # ('localize more'; 'rev 2017 vs 2025 - how much did it grow' is one figure's change, not two things)
        compared = compares(text) and shape.answer_type not in ("date", "place") and not growth_asked(text)
        if shape.answer_type is None or (compared and not superlative):
            return None  # 'which side committed more': a comparison is not read off one sentence
        typed, said_elsewhere = typed_forms(text), said_elsewhere_in(text)
        # 'in sept 22' says when, checked on the sentence's years and its document's date, not words to cover.
        years, months, of_events = years_after_a_month(text), months_asked(text), months_of_events(text)
        days_written = {int(n) for n in after_a_month(text) if len(n) <= 2 and 1 <= int(n) <= 31}  # 'dec 22'
        # 'the ceremony itself'; what money was 'spent on' beyond names; 'the tariff on korean autos' (not goods)
        spent = {w for w in spent_on(text) if not self.index.is_name_like(w)} if shape.answer_type == "amount" else ()
        insisted = insisted_on(text) | ((set(spent) | (charged := charged_on(text))) - SIDES)
        pointed = pointed_at(text) if thread_words else set()  # 'when was that mtg': the thread's meeting
        question_words = self.wording.words(text)
        asked_words = [w for w in question_words if not (only_says_when(w, text) or w in pointed)]
        # 'who succeeded Choo Kyung-ho': 'Choo' alone names him in his documents; his given name is not required.
        given = self.people.named_in(asked_words, self.index.df)
        optional = {w for words_, _ in given for w in words_}
        asked_words = [w for w in asked_words if w not in optional]
        words = list(dict.fromkeys(asked_words + [w for w in self.wording.words(thread_words) if self.index.df(w)]))
        if not words:
            return None
        names, unused = self.wording.names_required(asked_words, text, shape, bool(thread_words))
        if asks_combined(normalize(text)):
            unused |= PARTS_COUNTED & names  # 'the combined capacity of the two plants': 'Both facilities, totaling'
            names -= PARTS_COUNTED
        asked_words = [w for w in asked_words if w not in unused]
        words = [w for w in words if w not in unused]
        known = (self.lookups.named_years, self.lookups.file_name_words)  # ('2021' of '…-2021.txt', 'maeil')
        if any(not self.index.df(w) and not any(w in k for k in known) and not initials_of(w) for w in names):
            return None  # a name no document has ('ict' may be initials): no sentence can answer
        if not names - SIDES and len(set(words)) < MIN_WORDS_WITHOUT_NAMES and prefer_document is None:
            return None  # 'where did they meet?' with nothing to say who: any sentence with 'meet' would do
        if not names - SIDES and prefer_document is None:
            # 'when was that mtg' after a question no story answered: the thread's names are this one's.
            # ('and what yr was the sub first set up' after '… the 2018 capacity add': the thread's year is not asked.)
            borrowed = {w for w in self.wording.words(thread_words) if self.index.df(w) and self.index.is_name_like(w)}
            names |= {w for w in borrowed - TITLE_WORDS - BODY_WORDS if shape.answer_type != "date" or not w.isdigit()}
        own_words = {w for w in content_tokens(text) if w not in frame_words()} - SIDES
        # its own words in order ('from japan'), not the thread's nor a bracket naming the document ('(mar 2023)'):
        own_text = normalize(without_participants_acts(without_brackets_describing(text)))
        undescribed = without_description(text)  # ('the fact sheet (the one where rok signs …)': the document's)
        described = set(question_words) - set(self.wording.words(undescribed)) if undescribed != text else set()
        described |= participants_acts(text) | self.wording.aside_names(text)  # ('the deal lee and trump made')
        topics = described & {w for topic in document_topics(text) for w in self.wording.words(topic)}
        sided = asks_for_people(text)  # 'which us / alabama officials attended': everyone of a side
        everyone = sided or asks_for_companions(text) or asks_for_everyone(own_text)  # 'who went w moon'
        contrast = contrasted(text)  # '…, before the 2018 expansion': read before punctuation goes
        several = shape.answer_type == "organization" and several_asked(text)  # 'which … company investments'
        text = f"{text} {thread_words}"
        asked, initials = normalize(self.wording.acronyms_spelled(text)), self.wording.acronyms_named(text)
        best: Reading | None = None
        predicates = [w for w in asked_words if w not in names and w not in described]  # not the document's words
        # 'money', 'ended up' weigh by how little they narrow down in English; words it need not say count if said.
        weight = {w: self.index.idf(w) * generality_weight(typed.get(w, w)) for w in predicates}
        # A word no document uses tells no sentence from another: it weighs as the least telling word they share.
        shared = [weight[w] for w in predicates if self.index.df(w)]
        weight |= {w: min(shared) for w in predicates if shared and not self.index.df(w)}
        required = sum(weight[w] for w in predicates if not said_elsewhere(w, typed, shape))
        everyday = {w for w in predicates if is_english_noun(typed.get(w, w)) or is_plain_word(typed.get(w, w))}
        if prefer_document is not None and shape.unit and not names - SIDES:
            # 'how many yards got a cut' after the grants: the story is the thread's and the noun counted picks
            # the figure; 'got a cut' is the asker's way of saying what the story says otherwise.
            required -= sum(weight[w] for w in everyday if not said_elsewhere(w, typed, shape))
        # The sentence itself must say most of what the question asks beyond its names; a neighbour's only ranks.
        # ('where was it held' after 'when was the 1st one': the thread's ordinal, when the question has none.)
        ordinals = {w for w in [*asked_words, *names] if ORDINAL.fullmatch(w)} - contrast  # (not 'the 2nd …, but')
        ordinals = ordinals or set(filter(ORDINAL.fullmatch, words))
        # A figure belongs to whoever its own sentence names ('how many Crumbhouse stores' is not Brightloaf's
        # beside it); a town ('Lorain, Ohio') may stand in the sentence before, which the one with the figure goes on.
        towns = {w for w in names - SIDES if w in place_words() or self.index.is_place_like(w, region_names())}
        towns |= {w for w in words if is_country(w)} - SIDES  # ('how many canadian stores', 'canadian' or not a name)
        towns |= (placed_before_a_state(words) & names) - self.lookups.organization_heads  # 'its taylor tx fab'
        # An ordinal ('which anniv were they marking') belongs to the event, which any sentence of it may number.
        counted = shape.answer_type == "amount" or (shape.answer_type == "number" and shape.unit != ORDINAL_UNIT)
        listed = counted or shape.answer_type == "list"  # (figures or items a sentence gives)
        gives = (lambda i: {s.text for s in self.spans.of_passage(i, shape, asked)}) if listed else None
        # 'the lee-trump deal', 'the korus vaccine partnership factsheet': they own no figure; the story says them.
        describing = participants(text) | document_described(text) | described
        paired = describing & names
        owners = {w for w in names - SIDES - towns - paired if w.isalpha()} if counted else set()
        # ('for the hyundai CES trip': no owner; 'pres lee's visit': Lee's, however titled)
        owners -= (named_occasions(text) | (TITLE_WORDS if owners - TITLE_WORDS else set())) if owners else set()
        own_names = (names - SIDES - towns if shape.answer_type in ("amount", "number") else names - SIDES) - paired
        implied = {w for w in predicates if implied_by_answer(w, shape)}
        acts_said = acts_said_by_the_answer(asked_words) if shape.answer_type in ("person", "date") else set()
        meets = meeting_asked(text)  # ('who did graves meet', 'which groups did he sit down w/', 'whose counterpart')
        met = own_names if shape.answer_type == "person" and (meets or asks_for_the_other_party(text)) else set()
        met_bodies = shape.answer_type in ("list", "organization") and meets
        limit = DEFINITION_CANDIDATES if shape.answer_type == "definition" else CANDIDATES
        scoring = self.index.scoring(words, implied | described, alike_words(words))
        found = self.index.search(words, limit, scoring=scoring, also_seek=words_of_the_answer(text, shape))
        undated_any_year = shape.answer_type not in ("person", "date")
        telling = {w for w in predicates if not said_elsewhere(w, typed, shape) and weight[w] >= max(shared or [0])}

        def says_the_names(h: PassageHit) -> bool:
            """Every name asked stands in the sentence's context, or its document, and a figure's owners in the
            sentence itself: by any word of theirs the question says too ('CHIPS' for the 'CHIPS Act')."""
            unsaid = (names & set(h.missing)) - self.support.given_by_document(h.index, undated_any_year)
            unowned = owners & (set(h.not_here) | self.support.opened_by_another(h.index, owners))
            if not unsaid and not unowned:
                return True
            missing = unsaid | unowned
            if paired:  # (a whole document's words are read only for a question that has such names)
                missing -= self.support.document_says(h.index, paired & missing)
                missing -= self.support.left_to_the_asker(h.index, describing, self.people.in_document)
            return (
                not missing
                - self.support.named_in_part(h.index, missing, words)
                - self.support.said_as_a_side(h.index, missing)
                - self.support.said_by_initials(h.index, missing)  # 'advanced ict', 'mofa'
            )

        hits = [
            h
            for h in self.support.with_antecedents(found, scoring)
            if h.coverage >= READER_BAR
            and says_the_names(h)
            and (
                not own_names
                or bool(own_names - self.support.unsaid(h, own_names))
                # 'how much did the ROK commit to GHSA in 2021': a year an undated story may be of is no owner.
                or own_names <= self.support.given_by_document(h.index, undated_any_year)
            )
            and self.support.about_what_is_said(h.index, topics)
            and not self.support.another_ordinal(h.index, ordinals)
            and not self.support.told_better_beside(h, found, telling - contrast, gives)
            and self.support.of_the_time(h.index, years, months, of_events, days_written)
            and self.support.names_the_person(h.index, given, met, met_bodies)
            and self.support.says_the_initials(h.index, initials)
            and not act_unsaid(acts_said, self.index.words_of(h.index))  # 'who replaced him': said by the sentence
            and all_said(insisted, passage_form(self.index.passages.text(h.index)), charged)
            and not (counted and self.support.placed_elsewhere(h.index, towns))  # 'that louisiana plant': not Kansas's
            and (not superlative or bool(superlative.search(self.index.passages[h.index].text)))
            and (
                not predicates
                or self.support.said(h, predicates, weight, shape, everyday) >= PREDICATE_SHARE * required
            )
        ]
        if prefer_document is not None:
            # A follow-up asks about the story the thread is on: its sentences are read first.
            same = [h for h in hits if self.index.passages[h.index].document == prefer_document]
            # 'where's that one located' names nothing itself: it is about the thread's story, or unanswered.
            hits = same if not names - SIDES else same + [h for h in hits if h not in same]
        rival: Reading | None = None
        pairs = word_pairs(own_text)
        # A follow-up naming its own owner ('coupang that yr' after 'coupang or uber') asks of it, unless 'his visit'.
        named_own = thread_words and names - SIDES and not POINTS_BACK.search(own_text)
        owners_asked = (set(asked_words) if named_own else set(words)) - described  # not the 'us-rok fact sheet'
        silent: list[PassageHit] = []  # sentences with no answer of the kind asked
        best_hit: PassageHit | None = None
        for hit in hits:
            # (a stated total answers only the whole: not 'how much for the cylindrical cell plant', 'a total of …')
            whole_only = shape.answer_type in ("amount", "number") and bool(telling & set(hit.not_here))
            reading = self._read_passage(
                hit, shape, asked, own_words - contrast, names, owners_asked, own_text, whole_only, contrast
            )
            if reading is None:
                silent.append(hit)
            if reading is not None and (best is None or ranks_above(reading, best, pairs, self.index, own_words)):
                best, rival, best_hit = reading, best, hit
            elif reading is not None and (rival is None or reading.score > rival.score):
                rival = reading
            if best is not None and prefer_document and self.index.passages[best.passage].document == prefer_document:
                break
        if best is not None and rival is not None and undecided(best, rival, shape, self.index):
            return None
        if (
            shape.answer_type == "person"
            and best_hit
            and not everyone  # 'who went with Moon' is answered beside what names the trip
            and best is not None
            and self.support.said_without_answer(best_hit, silent, set(predicates), best.passage != best_hit.index)
        ):
            return None
        # ('which korean company investments did it call out': one of the items a line introduces is not all)
        listed = several and best is not None and any(f(self.index, best.passage) for f in (listed_after, list_around))
        document = self.index.passages[best.passage].document if best is not None else None
        if document is not None and shape.answer_type == "list" and headed_items(self.index, document):
            return None  # a roundup's headings are listed by what their openings say (headed_lists), or not at all
        if best is not None and (shape.answer_type == "list" or listed):
            best = gathered_list(best, hits, asked, self.spans, self.index, self.support.goes_on_about_the_one_before)
        if best is not None and shape.answer_type == "person":
            best = with_companions(best, shape, asked, self.spans, self.people, self.index, sided, everyone, own_text)
        return best

    def _read_passage(
        self,
        hit: PassageHit,
        shape: QuestionShape,
        asked: str,
        own_words: set[str],
        own_names: set[str],
        owners_asked: set[str],
        own_text: str,
        whole_only: bool = False,
        contrast: Set[str] = frozenset(),
    ) -> Reading | None:
        """The answering span in the passage, else in its neighbours (a little less sure); of several spans,
        the one nearest the question's words ('$150 billion for shipbuilding', not the total before it)."""
        order, venues = sentences_to_read(
            self.index, self.spans, self.support, hit.index, shape, asked, own_names, own_text
        )
        part, combined = part_asked(own_text), shape.unit is not None and asks_combined(own_text)
        qualifiers = kind_qualifiers(own_text, shape) if shape.answer_type in ("name", "organization") else set()
        for position, index in enumerate(order):
            if (index != hit.index and self.support.unsaid_around(own_names, own_text, index, shape, venues)) or (
                shape.answer_type == "date"
                and self.support.dates_another_release(index, own_text, own_words, index in venues)
            ):
                continue  # 'the summit in gyeongju', 'when was it founded': not a neighbour's other event's day
            sentence, of_kind = self.index.passages[index].text, self.spans.of_passage(index, shape, asked)
            spans = [
                s
                for s in of_kind
                if shape.answer_type == "definition"  # (a definition names its term)
                or not self.spans.named_by_the_question(
                    s, index, naming_words(asked, own_text, shape, qualifiers), shape.answer_type == "person"
                )
            ]
            if shape.answer_type == "person":
                named = bool(spans)
                # 'who was he meeting there' after the trade minister: the office is his, not the one asked for;
                # 'who sat across from 2nd vice fm kim': the office is the one whose counterpart is asked for.
                office_asked = self.wording.titles_before_names(own_text) if POINTS_BACK.search(own_text) else asked
                # ('who posted that the national assembly …', '… when sullivan was in seoul': no office asked)
                office_asked = without_clauses_of_others(office_asked)
                office_asked = "" if asks_for_the_other_party(own_text) else self.spans.not_of_the_named(office_asked)
                spans = [
                    s
                    for s in self.people.on_the_side_asked(spans, asked, own_text)
                    if self.people.holds_the_office(s, office_asked, sentence)
                    and of_the_country_asked(sentence, s, own_text)
                    and said_by_whom_asked(sentence, own_text)  # 'who posted that …': one a sentence says said it
                ]
                if named and not spans:
                    return None  # the sentence names its people and none fits: a neighbour's would be a guess
            if not spans:
                continue
            # Anchored on what this question is about (a follow-up's own words first), not on 'US' or 'Korea'.
            # A date is placed by every word the question says of its event ('Coupang's data, which was first
            # unveiled on Nov. 20'), not by the names alone.
            placing = own_words if shape.answer_type == "date" else unstemmed(own_names, own_words)
            dated = self.support.dated(asked, index)
            placing = placing | (set(dated.split()) - set(asked.split()))  # 'last yr' in a 2025 story: '2024'
            anchors = (
                anchor_positions(sentence, part - contrast)  # 'how much of the pledge is for shipbuilding'
                or anchor_positions(sentence, placing - contrast)  # not by '…, before the 2018 expansion'
                or anchor_positions(sentence, own_words)
                or anchor_positions(sentence, set(asked.split()) - SIDES)
            )
            if shape.answer_type == "name" and not names_the_kind(sentence, asked, shape, own_text):
                continue  # 'what trilat exercise': a neighbour's name ('Camp David') that is no exercise
            owned = partial(self.spans.owned_by_another, words=owners_asked)
            if index not in venues:  # a venue line places by standing under the title, with no verb
                issued = self.support.document_of(index).year  # ('… this year')
                spans = spans_of_the_kind(sentence, spans, shape, anchors, dated, owned, own_text, issued)
            if whole_only and not asks_combined(asked) or sums_set_apart(contrast, own_text):  # '2024 alone'?
                spans = [s for s in spans if not totalled(sentence, s)]
            if asks_a_total_with_a_part(own_text) or (combined and len(of_kind) > 1):
                spans = [s for s in spans if totalled(sentence, s)]
            if not spans:
                continue
            # The span in the clause of the question's words ('585 billion won from 132.6 billion won in 2020,
            # while Tous les Jours' sales …' is not Tous les Jours'), then of places as near, the most specific:
            # 'a fab in Taylor', not 'chips in the United States'.
            span = min(
                spans,
                key=lambda s: (
                    # ('which korean battery industry body': the Korea Battery Industry Association, not AmCham)
                    -len(qualifiers & set(passage_form(s.text).split())),
                    in_another_clause(sentence, s, anchors),
                    not of_the_year_asked(sentence, s, " ".join(w for w in dated.split() if w not in contrast)),
                    distance(s, anchors) // NEAR,
                    -precision(s),
                    is_country(s.text),
                    distance(s, anchors),
                ),
            )
            fit = 1.0 if position == 0 or index == hit.index else CONTEXT_SPAN_FIT  # (the sentence found itself)
            if span.value == "weak":
                fit *= WEAK_DEFINITION_FIT  # 'X, which …' defines less plainly than 'X is a …'
            return Reading(headline(span, shape, self.people), span, index, hit.coverage * fit, span.value, shape.unit)
        return None
