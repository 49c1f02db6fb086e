"""Lists of the companies whose pledges a named document gives, with or without a filter: 'in the WH
production boom roundup, which cos announced investments under $100m', 'of the Korean investments cited at the
5th SED, which were above $100m'.

A list read off sentences cannot be filtered by amount; the extracted pledges of the document the question names
can. Only companies are listed (a side's own pledge is not a company's investment), each with its source. A
question that names a nationality ('which korean cos') keeps a pledge whose sentence says that nationality, or,
in a document whose pledge sentences say no nationality at all (a list under 'investments by Korean companies'),
every pledge; otherwise it would list a Swiss company for a Korean one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from knowledge.answer.alternatives import as_written
from knowledge.answer.citing import Citations
from knowledge.answer.compare import asks_about_companies, dollars, pledge_nouns
from knowledge.answer.figure_context import total_words
from knowledge.answer.filters import parse_filters
from knowledge.answer.listed_sum import count_given
from knowledge.answer.preferences import thread_after
from knowledge.answer.question_type import QuestionShape, question_shape
from knowledge.answer.reader_lookups import SIDES
from knowledge.answer.result import Answer, AnswerItem
from knowledge.answer.thread import ThreadContext
from knowledge.models import Pledge
from knowledge.rules import load_rules

LISTED_KINDS = frozenset({"list", "organization", "amount"})
"""'which cos …' is a list; 'which co …' with a filter is one too, as several may pass it, and so is 'which of
the investments were above $100m', whose dollar sign makes it look like a question for an amount."""

_WHICH = re.compile(r"\bwhich\b", re.I)


@cache
def _nationalities() -> dict[str, str]:
    """Every country's and side's names ('korean', 'swiss'), each with the side or country it names. The U.S.
    is named by 'American' only: 'U.S.' and 'USA' mostly say where ('investments in the U.S.', 'Zinus USA')."""
    aliases: dict[str, list[str]] = load_rules("countries.json")["aliases"]
    named = {name.lower(): side for side, names in aliases.items() if side == "ROK" for name in names}
    named |= {name.lower(): "US" for name in aliases["US"] if name.lower().startswith("american")}
    return named | {name.lower(): name.lower() for name in aliases.get("other", [])}


def _named_in(text: str) -> set[str]:
    """The sides and countries a text names ('South Korean automaker' → {'ROK'})."""
    lowered = text.lower()
    return {
        side for name, side in _nationalities().items() if re.search(rf"(?<![\w.]){re.escape(name)}(?![\w])", lowered)
    }


def _named_as_written(cite: Citations, pledge: Pledge) -> AnswerItem:
    """A pledge's item, its maker named as its sentence writes it ('Regeneron Pharmaceuticals, Inc.')."""
    item = cite.item(pledge, "pledge", 1.0)
    written = as_written(pledge.actor, cite.best_source(pledge).quote)
    if written != pledge.actor and item.text.startswith(pledge.actor):
        return item.model_copy(update={"text": written + item.text[len(pledge.actor) :]})
    return item


def _names_pledges(text: str) -> bool:
    """'which firms' investments', 'the pledges': the list asked is of the pledges' makers."""
    return any(w in pledge_nouns() for w in re.findall(r"[a-z]+", text.lower()))


def _companies(scoped: Sequence[Pledge]) -> list[Pledge]:
    """The pledges of companies, not a side's own ('the ROK's commitment of $233 million')."""
    return [p for p in scoped if p.actor not in SIDES]


def _of_the_nationality_asked(cite: Citations, companies: list[Pledge], kept: list[Pledge], text: str) -> list[Pledge]:
    """The ``kept`` pledges of the nationality ``text`` names, if any: those whose sentence says it, or all when
    no pledge sentence of the document (``companies``) says any."""
    asked = _named_in(text)
    if not asked:
        return kept
    said = {id(p): _named_in(cite.best_source(p).quote) for p in companies}
    uniform = not any(said.values())
    return [p for p in kept if said[id(p)] & asked or uniform]


def filtered_list_answer(
    cite: Citations,
    question: str,
    scoped: Sequence[Pledge],
    reported: Callable[[Pledge], str | None],
    subject: str | None,
) -> Answer | None:
    """The companies whose pledges in the named document pass the question's amount and year filters, largest
    first; None when the question is no filtered list, names no document, or none passes."""
    kind = question_shape(question).answer_type
    if not scoped or not _WHICH.search(question) or kind not in LISTED_KINDS:
        return None
    bounds, rest = parse_filters(question)
    companies = _companies(scoped)
    if bounds.active:
        kept = [p for p in companies if p.amount_usd is not None and bounds.keeps(p, reported(p))]
    elif kind == "list" and _names_pledges(rest):
        # 'the 2020 sed fact sheet called out some korean investments - which firms?': a document listing
        # investments with their figures; where a company's pledge has none, the list read may be incomplete.
        kept = companies
        if any(p.amount_usd is None for p in kept):
            return None
    else:
        return None
    kept = _of_the_nationality_asked(cite, companies, kept, rest)
    kept = list({p.actor: p for p in sorted(kept, key=lambda p: p.amount_usd or 0)}.values())  # one per company
    if not kept:
        return None
    kept.sort(key=lambda p: p.amount_usd or 0, reverse=True)
    items = tuple(_named_as_written(cite, p) for p in kept)
    note = f"{len(items)} pledge(s) in the document the question names pass its filter; each is listed with its source."
    return Answer(query=question, intent="pledges", answers=items, note=note, subject=subject, total=len(items))


_POINTED = re.compile(r"\b(?:those|these|them|they)\b", re.I)
"""How a follow-up points back at the list the thread gave ('what do those add up to')."""

_ADD_UP = re.compile(r"\badd(?:ed)? (?:them|it|those|these) up\b|\badd(?:s|ed)? up\b", re.I)


def listed_total_answer(
    cite: Citations, question: str, scoped: Sequence[Pledge], subject: str | None, thread_words: str = ""
) -> Answer | None:
    """'total $ of the korean company investments listed in the 5th sed fact sheet? add them up': the sum of the
    companies' pledges the named document lists, each figure given, with the pledges it adds. Only where every
    company pledge there has a figure, as a sum of part of a list would be wrong. A follow-up to a list of them
    (``thread_words``, the list question's: 'which korean companies') adds those, by their count if it gives one."""
    adds_up = _ADD_UP.search(question) or total_words().search(question)
    if not scoped or not adds_up or question_shape(question).answer_type != "amount":
        return None
    asked = f"{question} {thread_words}"
    if not (thread_words or _names_pledges(question)) or not asks_about_companies(asked):
        return None
    kept = _companies(scoped)
    kept = _of_the_nationality_asked(cite, kept, kept, asked) if thread_words else kept
    count = count_given(question)  # (a follow-up gives the list's count: 'those 3'; a filtered list had fewer)
    if (
        len(kept) < 2
        or any(p.amount_usd is None for p in kept)
        or count not in ((len(kept),) if thread_words else (None, len(kept)))
    ):
        return None
    total = sum(p.amount_usd or 0 for p in kept)
    parts = ", ".join(f"{p.actor} {p.amount_text}" for p in kept)
    headline = cite.item(kept[0], "comparison", 1.0).model_copy(
        update={"text": f"{dollars(total)} in all: {parts}", "label": f"{dollars(total)} in all"}
    )
    items = (headline, *(cite.item(p, "pledge", 1.0) for p in kept))
    note = "Added up from the pledges listed below, each with its source."
    return Answer(query=question, intent="pledges", answers=items, note=note, subject=subject)


def document_list_answer(
    cite: Citations,
    question: str,
    scoped: Sequence[Pledge],
    reported: Callable[[Pledge], str | None],
    subject: str | None,
    by_document: Mapping[str, Sequence[Pledge]] | None = None,
    thread: ThreadContext | None = None,
) -> Answer | None:
    """The answer computed over the company pledges of the document a question names: their total, or the list of
    those passing its filter; None when the question asks neither. A follow-up to such a list naming no document
    ('what do those 3 add up to') adds up those of the ``thread``'s document (its pledges in ``by_document``); the
    thread goes on about the list's document."""
    thread = thread or ThreadContext()
    listed = thread.answer_type == "list" and not scoped and by_document is not None
    of_list = by_document.get(thread.document or "", ()) if listed and by_document is not None else ()
    answer = listed_total_answer(cite, question, scoped or of_list, subject, thread.as_text() if of_list else "")
    answer = answer or filtered_list_answer(cite, question, scoped, reported, subject)
    if answer is None and listed and _ADD_UP.search(question) and _POINTED.search(question):
        # ('what do those add up to' after a list it cannot add: not one figure of it, nor the list again)
        note = "I could not add up that list: give how many items it had ('those 3'), or ask about one of them."
        return Answer(query=question, intent="pledges", note=note, subject=subject)
    if answer is None or not answer.answers:
        return answer
    context = thread_after(subject, "", cite.document_of(answer.answers[-1]), QuestionShape("list"))
    return answer.model_copy(update={"subject": context})
