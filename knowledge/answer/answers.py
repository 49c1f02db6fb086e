"""Questions in, answers out: one precise fact with its source, a list, or an honest 'not in the table'.

``KnowledgeBase`` pairs a fact table with its search index; it is immutable, so the bot swaps a whole new one in
when documents arrive and a question never sees a half-built table.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Collection, Sequence
from functools import partial
from pathlib import Path

from knowledge.answer.acronyms import acronym_answer
from knowledge.answer.alternatives import alternatives_answer
from knowledge.answer.compare import comparison_answer, without_comparing
from knowledge.answer.country_initials import country_initials
from knowledge.answer.day_asked import to_the_day
from knowledge.answer.described import without_aside, without_eras, without_the_document
from knowledge.answer.filtered_lists import document_list_answer
from knowledge.answer.filters import in_document, parse_filters
from knowledge.answer.fit import READ_FIRST, SIDE_WORDS, answer_fits
from knowledge.answer.headed_lists import headed_list_answer
from knowledge.answer.identity import another_than_asked, identity_asked, without_the_year
from knowledge.answer.index import Fact, Hit, SearchIndex
from knowledge.answer.index_change import extended_index
from knowledge.answer.listed_sum import listed_sum_answer
from knowledge.answer.normalize import content_tokens, normalize
from knowledge.answer.office_bodies import heads_what_is_asked
from knowledge.answer.offices_held import held_then
from knowledge.answer.passages import PassageIndex, passage_form
from knowledge.answer.phrasing import fact_label
from knowledge.answer.preferences import (
    CONDITION_QUESTION,
    CONDITION_WORDS,
    MONEY_QUESTION,
    PLEDGE_WORDS,
    disagreeing,
    has_amount,
    has_conditions,
    most_recent_of_best,
    of_the_other_side,
    prefer_named_side,
    prefer_office_side,
    query_amounts,
    thread_after,
    two_events_tie,
)
from knowledge.answer.query import INTENT_KINDS, USAGE, Query, parse_query, read_in_thread, without_a_guess
from knowledge.answer.question_type import QuestionShape, question_shape
from knowledge.answer.ranking import MIN_CONFIDENCE, READING_MARGIN, SEARCH_KEEP_RATIO, SUGGESTION_FLOOR
from knowledge.answer.reading import Reading
from knowledge.answer.remainders import parts_answer
from knowledge.answer.reported_dates import when_reported
from knowledge.answer.result import Answer, AnswerItem, SourceRef
from knowledge.answer.sentence_search import search_items
from knowledge.answer.table_views import TableViews
from knowledge.answer.thread import (
    ThreadContext,
    in_the_thread,
    named_back,
    named_in_thread_or_question,
    office_asked_in_thread,
    on_thread_elsewhere,
    says_the_office,
    unplanned,
)
from knowledge.answer.timeline import timeline
from knowledge.answer.typed_checks import as_many_as_asked, gives_the_figure, of_another_owner, tells_its_own_event
from knowledge.answer.word_context import contrasted, insisted_on
from knowledge.models import DocumentFacts, DocumentInfo, FactTable, Pledge
from knowledge.table_change import extended_table
from knowledge.text.hangul import HANGUL_NAME, spell_out

__all__ = ["DEFAULT_MIN_CONFIDENCE", "NOT_IN_TABLE", "Answer", "AnswerItem", "KnowledgeBase", "SourceRef"]

DEFAULT_MIN_CONFIDENCE = MIN_CONFIDENCE
NOT_IN_TABLE = "That is not in the fact table."


class KnowledgeBase:
    """A fact table with its index: answers questions; immutable once built.

    Orderings that lists need (pledges newest first, by actor, by amount; dates by year) are computed once
    here, so a list question costs the size of the page it shows, not the size of the table.
    """

    def __init__(
        self,
        table: FactTable,
        min_confidence: float = DEFAULT_MIN_CONFIDENCE,
        saved_at: Path | None = None,
        indexes: tuple[SearchIndex, PassageIndex] | None = None,
    ) -> None:
        """``saved_at``: a file for the sentence index, reused while it fits (``PassageStore``)."""
        self.table = table
        self.min_confidence = min_confidence
        self.index, self.passages = indexes or (SearchIndex(table), PassageIndex(table, saved_at))
        self._use(TableViews(table, self.passages))
        self.index.warm()  # built whole: its orderings too, so no question pays for one (an extension leaves them)
        self.views.warm()

    def _use(self, views: TableViews) -> None:
        self.views = views
        self.reader, self.cite, self.pledges, self.scope = views.reader, views.cite, views.pledges, views.scope
        self._documents = views.documents

    def extended(self, added: Sequence[DocumentFacts], removed: Collection[str] = ()) -> KnowledgeBase:
        """This knowledge with the documents ``added`` and without those ``removed`` (an added document already
        held replaces it), in time proportional to the change: the indexes and the pledge lists are extended,
        not rebuilt (``TableViews.extended``)."""
        change = extended_table(self.table, added, removed, self.views.documents)
        new = copy.copy(self)  # a subclass keeps what it adds (the metrics it counts answers in)
        new.table = change.table
        new.index = extended_index(self.index, change)
        new.passages = self.passages.extended(change.table, change.forgotten)
        new._use(self.views.extended(change, new.passages))
        return new

    def paragraph(self, document_id: str, start: int) -> str:
        """The paragraph around the sentence at ``start`` of a document, for 'View source'."""
        return self.passages.paragraph(document_id, start)

    def answer(
        self,
        raw: str,
        context_subject: str | None = None,
        offset: int = 0,
        limit: int = 50,
        within: str | None = None,
    ) -> Answer:
        """Answer what a user typed after /usrok (or in a mention); lists come one page at a time.

        >>> from knowledge.build import load_table
        >>> from pathlib import Path
        >>> kb = KnowledgeBase(load_table(Path("facts/seeds.json")))
        >>> kb.answer("who Kim Jina").answers[0].text
        'Kim Jina — Second Vice Foreign Minister, Ministry of Foreign Affairs (ROK)'
        """
        if HANGUL_NAME.search(raw):
            raw = spell_out(raw, self.views.official_names)
        query = parse_query(without_a_guess(raw, self.passages.is_name_like))
        if query.intent == "help":
            return Answer(query=raw, intent="help", usage=USAGE)
        if query.intent == "sources":
            return self._page(query, self.views.documents_recent, "document", offset, limit, None)
        text = self.reader.wording.typos_mended(without_eras(country_initials(query_amounts(query.text))))
        text = named_back(text, thread := ThreadContext.decode(context_subject))  # 'they': the thread's company
        follow_up, text = read_in_thread(query, text, bool(context_subject), self.passages.is_name_like)
        asked_here = without_comparing(without_aside(text))  # the thread keeps the document, not its description
        words = content_tokens(f"{asked_here} {thread.as_text()}" if follow_up else asked_here)
        set_apart = contrasted(asked_here)  # nor what the question sets apart ('the 2nd session …, but where …')
        words = [w for w in words if w not in set_apart]
        held = office_asked_in_thread(query.raw, thread, follow_up, self.views.official_names)  # 'whats his title'
        if held is not None:
            return self.answer(held, context_subject)
        if not follow_up:
            thread = ThreadContext()
        # The kind of answer asked is kept even when unanswered: 'and Uber?' after 'how much' wants an amount too.
        asked_type = question_shape(query.raw).answer_type or (thread.answer_type if follow_up else None)
        subject = ThreadContext(words=" ".join(words), answer_type=asked_type).encode() if words else None
        if query.intent == "timeline":
            return self._timeline(query, f"{text} {thread.as_text()}".strip(), subject, offset, limit)
        if query.intent == "search" and query.explicit:
            return self._search(query, text, subject, limit)
        if query.intent == "pledges" and query.explicit:
            return self._pledge_list(query, f"{text} {thread.as_text()}".strip(), words, subject, offset, limit)
        if within is not None:
            # 'Ask about this document': facts from that document only, its sentences read first.
            thread = ThreadContext(thread.words, thread.entity, within, thread.answer_type, thread.unit)
        return to_the_day(self._best(query, text, subject, thread, within), query.raw)

    def _page(
        self,
        query: Query,
        facts: Sequence[Fact | DocumentInfo],
        kind: str,
        offset: int,
        limit: int,
        subject: str | None,
        scores: Sequence[float] | None = None,
    ) -> Answer:
        """One page of a list answer; only the facts on the page are turned into answer items."""
        window = facts[offset : offset + limit]
        items = tuple(
            self.cite.document_item(f)
            if isinstance(f, DocumentInfo)
            else self.cite.item(f, kind, scores[offset + k] if scores else 1.0)
            for k, f in enumerate(window)
        )
        return Answer(
            query=query.raw,
            intent=query.intent,
            answers=items,
            subject=subject,
            offset=offset,
            total=len(facts),
            note=NOT_IN_TABLE if not facts else None if items else f"No more answers: that list has {len(facts)}.",
        )

    def _abstain(self, query: Query, hits: list[Hit], subject: str | None, near: Sequence[str] = ()) -> Answer:
        labels = [*near, *(fact_label(h.entry.fact) for h in hits if h.score >= SUGGESTION_FLOOR)]
        suggestions = tuple(dict.fromkeys(labels))[:3]
        return Answer(query=query.raw, intent=query.intent, suggestions=suggestions, note=NOT_IN_TABLE, subject=subject)

    def _best(
        self, query: Query, text: str, subject: str | None, thread: ThreadContext, within: str | None = None
    ) -> Answer:
        """The extracted fact that answers the question, or the words of a sentence that do (``reading``).

        An extracted fact is stated only when it is the kind of answer asked for and its source names every
        name, place and number the question gives; otherwise the documents' sentences are read."""
        defined = acronym_answer(self.passages, self.cite, query.raw, query.intent)
        if defined is not None:
            return defined
        scoped = self.pledges.by_document.get(self.scope.named_document(self.reader.wording.words(query.raw)) or "")
        asked = f"{text} {thread.as_text()}".strip()
        describes = partial(self.reader.support.describes, people_in=self.reader.people.in_document)
        described = self.reader.wording.described_words
        compared = comparison_answer(
            self.index, self.cite, query.raw, asked, subject, scoped or (), describes, described, thread.as_text()
        )
        if compared is not None:
            # 'where is that one located' after 'the largest investment': the winner, in its story (two sides: no one)
            won = compared.answers[0]
            kind = QuestionShape("organization" if " — " in won.text else "amount")
            context = thread_after(subject, won.text, self.cite.document_of(won), kind)
            return compared.model_copy(update={"subject": context})
        listed = document_list_answer(
            self.cite, query.raw, scoped or (), self.cite.document_date, subject, self.pledges.by_document, thread
        )
        if listed is not None:
            return listed
        headed = headed_list_answer(
            self.passages, self.reader.wording, self.cite, query.raw, query.intent, subject, thread.document
        )
        if headed is not None:
            return headed
        chosen = alternatives_answer(self.reader, self.cite, query.raw, query.intent, subject, thread.as_text())
        chosen = chosen or listed_sum_answer(
            self.reader, self.cite, query.raw, query.intent, subject, describes, described
        )
        chosen = chosen or parts_answer(self.reader, self.cite, query.raw, query.intent, subject)  # (after a list)
        if chosen is not None:
            return chosen
        # (a fact is looked for by what is asked of it, not by the words describing its document)
        typed = self._best_fact(query, f"{without_the_document(text)} {thread.as_text()}".strip(), subject, within)
        # ('in the may 2021 fact sheet (biden/moon summit) whats the US pledge for 5G': its document must say them)
        aside, top = described(query.raw), (typed.answers[0] if typed.answers else None)
        elsewhere = top is not None and bool(aside) and not describes(self.cite.document_of(top) or "", aside)
        shape = question_shape(self.reader.wording.typos_mended(query.raw))  # ('the joint excercise' is asked)
        shape = in_the_thread(shape, query.raw, thread)
        if shape.answer_type is None or (query.explicit and query.intent not in ("who", "when")):
            # Whatever kind of answer is asked, a fact must state the question's names, ordinals and years.
            words = self.reader.wording.words(text)
            states = top is not None and self.reader.support.states_what_is_asked(top, words, shape, aside)
            states = states and not elsewhere
            if top is None or query.explicit or (states and not gives_the_figure(top, query.raw)):
                return typed
            return self._abstain(query, [], subject, [a.label for a in typed.answers])
        reading = self.reader.read(text, shape, prefer_document=thread.document, thread_words=thread.as_text_for(text))
        # A follow-up's fact must fit the thread too ('which consul general was there' after a groundbreaking).
        asked = f"{text} {thread.as_text_for(text)}" if thread.document else text
        wording = self.reader.wording
        fits = (
            top is not None
            and answer_fits(top, shape, wording.acronyms_spelled(text))
            and self.reader.support.states_what_is_asked(top, wording.words(without_the_year(asked, top)), shape)
            # 'when did they break ground?': the event is this question's own; 'the ceremony itself': its own.
            and (
                shape.answer_type != "date" or tells_its_own_event(self.reader.support, wording.words, top, text, shape)
            )
            and insisted_on(text) <= set(passage_form(top.source.quote).split())
        )
        # 'and who represented the commerce department?' after a person asks for someone else.
        fits = fits and not (shape.answer_type == "person" and top and named_in_thread_or_question(top, thread, text))
        fits = fits and not (top and shape.answer_type == "date" and unplanned(top, query.raw))  # 'slated to start'?
        # ('how much did crumbhouse spend': not Amazon's $19.14 million of a sentence naming Crumbhouse's figure too)
        fits = fits and not elsewhere
        counted = shape.answer_type in ("amount", "number")
        fits = fits and not (top and counted and of_another_owner(self.reader.spans, top, set(wording.words(asked))))
        fits = fits and not (top and counted and gives_the_figure(top, query.raw))  # 'us put 2.5bn, what did rok'
        # A sentence's amount replaces the pledge only when it covers the question clearly better (a share of it).
        better = (
            shape.answer_type == "amount"
            and top is not None
            and reading is not None
            and reading.score > top.score + READING_MARGIN
        )
        # A follow-up is about the story the thread is on: a reading from it outranks a fact from elsewhere.
        on_thread = (
            reading is not None
            and thread.document is not None
            and self.passages.passages[reading.passage].document == thread.document
            and top is not None
            and top.source.document_id != thread.document
        )
        together = reading is not None and reading.together  # 'who went w moon': everyone the sentence names
        if reading is not None and (not fits or shape.answer_type in READ_FIRST or better or on_thread or together):
            return self._reading_answer(query, reading, subject, shape)
        # 'who attended from the korean govt?' after a groundbreaking: a fact of another story names nobody there.
        fits = fits and not (
            thread.document
            and on_thread_elsewhere(top, thread, self.reader.wording.words(text), self.passages.is_name_like)
        )
        to_define = shape.answer_type == "definition" and top is not None and top.kind != "date"
        if top is not None and (fits or (to_define and not says_the_office(top, query.raw))):
            context = thread_after(subject, top.text, self.cite.document_of(top), shape)
            return typed.model_copy(update={"subject": context})
        if top is not None:
            return self._abstain(query, [], subject, [a.label for a in typed.answers])
        return typed

    def _search(self, query: Query, text: str, subject: str | None, limit: int) -> Answer:
        """`search <text>`: the facts that match, then every sentence of the documents that covers the words."""
        words = self.reader.wording.words(text)
        items, hits = search_items(self.index, self.passages, self.cite, text, words, limit, self.min_confidence)
        if not items:
            return self._abstain(query, hits, subject)
        return Answer(query=query.raw, intent=query.intent, answers=tuple(items), subject=subject, total=len(items))

    def _reading_answer(self, query: Query, reading: Reading, subject: str | None, shape: QuestionShape) -> Answer:
        if shape.answer_type == "person":  # 'who heads motie': its ministry's head; 'who was X in 2019': X only
            spelled, names = self.reader.wording.acronyms_spelled(query.raw), self.views.official_names
            if not heads_what_is_asked(reading.text, spelled) or another_than_asked(reading.text, query.raw, names):
                return self._abstain(query, [], subject)
        if not as_many_as_asked(reading.text, query.raw, shape):  # 'which three universities': not two of them
            return self._abstain(query, [], subject)
        passage = self.passages.passages[reading.passage]
        highlight = (reading.span.start, reading.span.end) if reading.passage == reading.span_passage else None
        item = self.cite.passage_item(passage, reading.text, reading.score, highlight)
        context = thread_after(subject, reading.text, passage.document, shape)
        return Answer(query=query.raw, intent=query.intent, answers=(item,), subject=context)

    def _best_fact(self, query: Query, text: str, subject: str | None, within: str | None = None) -> Answer:
        if query.intent == "search" and not query.explicit and not set(content_tokens(text)) - SIDE_WORDS:
            return self._abstain(query, [], subject)  # 'which ones are south korean?': nothing says of what
        ignore: frozenset[str] = PLEDGE_WORDS if query.intent == "pledges" else frozenset()
        where: Callable[[Fact], bool] | None = None
        if query.intent == "pledges" and CONDITION_QUESTION.search(text):
            ignore, where = ignore | CONDITION_WORDS, has_conditions
        elif query.intent == "pledges" and MONEY_QUESTION.search(text):
            where = has_amount
        if within is not None:
            where = in_document(within, where)
        if query.intent == "who" and (named := identity_asked(text, self.views.official_names)):
            text = named  # 'who was lee tae-ho in 2020': the person named; the year picks the title (held_then)
        hits = self.index.search(
            text, INTENT_KINDS.get(query.intent), limit=8, ignore=ignore, where=where, min_score=self.min_confidence
        )
        if not hits or hits[0].score < self.min_confidence:
            if query.intent == "when":
                dated = when_reported(
                    self.index, self.cite, self._documents, query.raw, query.intent, text, subject, self.min_confidence
                )
                if dated is not None:
                    return dated
            return self._abstain(query, hits, subject)
        if query.intent == "pledges":
            hits = prefer_named_side(hits, content_tokens(text))
            if of_the_other_side(hits[0], content_tokens(text)):
                return self._abstain(query, hits, subject)
        if query.intent == "who":
            hits = prefer_office_side(hits, normalize(text))
        top = most_recent_of_best(hits, self._documents) if query.intent == "who" else hits[0]
        if query.intent == "when" and two_events_tie(hits):
            # 'when is the lee xi summit' when one story dates a summit in Gyeongju and another in Beijing.
            return self._abstain(query, hits[:2], subject)
        if query.intent == "search":
            chosen = [h for h in hits if h.score >= max(self.min_confidence, top.score * SEARCH_KEEP_RATIO)][:5]
            found = tuple(self.cite.item(h.entry.fact, h.entry.kind, h.score) for h in chosen)
            return Answer(query=query.raw, intent=query.intent, answers=found, subject=subject)
        items = [self.cite.item(held_then(top.entry.fact, query.raw, self._documents), top.entry.kind, top.score)]
        note = None
        rival = disagreeing(top, hits[1:])
        if rival is not None:
            items.append(self.cite.item(rival.entry.fact, rival.entry.kind, rival.score))
            note = "The documents disagree; both are shown with their sources."
        return Answer(query=query.raw, intent=query.intent, answers=tuple(items), note=note, subject=subject)

    def _pledge_list(
        self, query: Query, text: str, words: list[str], subject: str | None, offset: int, limit: int
    ) -> Answer:
        """`pledges [actor | topic | amount] [above $X] [since YEAR]`: newest first, with the filters applied."""
        bounds, text = parse_filters(text)
        if bounds.active:
            words = content_tokens(text)
        if bounds.active and not words and (bounds.min_usd is not None or bounds.max_usd is not None):
            found: list[Pledge] | None = self.pledges.between(bounds.min_usd, bounds.max_usd)
        else:
            found = self.pledges.matching(text, words, self.index, self.min_confidence)
        if found is not None and bounds.active:
            found = [p for p in found if bounds.keeps(p, self.cite.document_date(p))]
        if not found:
            return self._abstain(query, [], subject)
        return self._page(query, found, "pledge", offset, limit, subject)

    def _timeline(self, query: Query, text: str, subject: str | None, offset: int, limit: int) -> Answer:
        dated = timeline(self.index, self.views.dates_by_year, text, self.min_confidence)
        return self._page(query, dated, "date", offset, limit, subject)
