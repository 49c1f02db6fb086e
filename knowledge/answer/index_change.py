"""The fact index of a changed table made from the index of the table before, in time proportional to the change.

The entries of facts the change dropped stay in place as dead entries (so every other entry keeps its number)
and leave the postings; the facts it added are appended. Postings of words the change does not touch are the
old arrays, shared; the words it touches get new arrays, so the index before the change is never altered.
"""

from __future__ import annotations

import copy
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from typing import TypeVar

from knowledge.answer.index import Entry, Kind, SearchIndex, entity_tokens, entry_texts, entry_tokens, named_tokens
from knowledge.answer.normalize import normalize
from knowledge.models import DateFact, DocumentFacts, Official, Pledge
from knowledge.table_change import Fact, TableChange

V = TypeVar("V")


def kind_of(fact: Fact) -> Kind:
    if isinstance(fact, Official):
        return "official"
    if isinstance(fact, DateFact):
        return "date"
    if isinstance(fact, Pledge):
        return "pledge"
    return "statistic"


def extended_index(index: SearchIndex, change: TableChange) -> SearchIndex:
    """``index`` (of the table before ``change``) changed to index ``change.table``.

    >>> from knowledge.models import FactTable
    >>> from knowledge.table_change import extended_table
    >>> extended_index(SearchIndex(FactTable()), extended_table(FactTable(), [])).entries
    []
    """
    new = copy.copy(index)
    old_titles = index.titles
    new.titles, new.dates = _by_document(index.titles, change, "title"), _by_document(index.dates, change, "date")
    orders = index._document_orders
    new._document_orders = (
        {d: o for d, o in orders.items() if d not in change.forgotten} if change.forgotten else dict(orders)
    )
    new.entries = list(index.entries)
    removing: dict[str, dict[str, set[int]]] = {"primary": defaultdict(set), "context": defaultdict(set)}
    adding: dict[str, dict[str, list[int]]] = {"primary": defaultdict(list), "context": defaultdict(list)}
    entity_counts = dict(index.entity_counts)
    dead = set(index.dead)
    successors = _successors(change, old_titles, new.titles)
    renewed = {id(f) for f in successors.values()}
    for i in _entries_of(index, change.dropped):
        if i in dead:
            continue
        entry = index.entries[i]
        if (successor := successors.get(id(entry.fact))) is not None:
            new.entries[i] = Entry(entry.kind, successor, entry.primary)  # the same words: its postings stay
            continue
        dead.add(i)
        _, named, around = entry_tokens(entry.kind, entry.fact, old_titles)
        for token in named:
            removing["primary"][token].add(i)
        for token in around:
            removing["context"][token].add(i)
        if entry.kind in ("official", "pledge"):
            for t in entity_tokens(entry.fact):
                entity_counts[t] -= 1
    for fact in change.added:
        if id(fact) in renewed:
            continue
        kind = kind_of(fact)
        i = len(new.entries)
        norm_primary, named, around = entry_tokens(kind, fact, new.titles)
        for token in named:
            adding["primary"][token].append(i)
        for token in around:
            adding["context"][token].append(i)
        new.entries.append(Entry(kind, fact, norm_primary))
        if kind in ("official", "pledge"):
            for t in entity_tokens(fact):
                entity_counts[t] = entity_counts.get(t, 0) + 1
    new.primary = _postings(index.primary, removing["primary"], adding["primary"])
    new.context = _postings(index.context, removing["context"], adding["context"])
    new.dead = frozenset(dead)
    new.entity_counts = entity_counts
    touched = {*removing["primary"], *removing["context"], *adding["primary"], *adding["context"]}
    came = [t for t in touched if new.df(t) and not index.df(t)]
    went = [t for t in touched if index.df(t) and not new.df(t)]
    new.derive(index.shapes.changed(came, went))
    return new


def warm_forms(facts: DocumentFacts) -> None:
    """Put the texts an extension by this document normalises in ``normalize``'s cache ahead of it: its sentences
    (indexed in their normal form), and its dates', pledges' and statistics' index words (officials are merged
    first, so their words are not known yet). A caller with time to spare before the extension (waiting for a
    helper process to finish reading the other files) takes that much off it; nothing else changes.

    >>> from knowledge.models import DocumentInfo
    >>> warm_forms(DocumentFacts(document=DocumentInfo(id="d", path="d.txt", title="Talks")))
    """
    titles = {facts.document.id: facts.document.title}
    for passage in facts.passages:
        normalize(passage.text)
    for kind, group in (("date", facts.dates), ("pledge", facts.pledges), ("statistic", facts.statistics)):
        for fact in group:
            entry_tokens(kind, fact, titles)  # type: ignore[arg-type]


def _successors(change: TableChange, before: dict[str, str], after: dict[str, str]) -> dict[int, Fact]:
    """Officials the change merged again whose index entry reads the same (names, titles, organisation, the
    first two sentences and their titles: a new document's mention mostly adds a source further down), by the
    old fact's id: their entries take the new fact and keep their words, instead of being tokenised twice."""
    arrived = {f.name: f for f in change.added if isinstance(f, Official)}
    successors: dict[int, Fact] = {}
    for fact in change.dropped:
        if not isinstance(fact, Official) or (now := arrived.get(fact.name)) is None:
            continue
        if entry_texts("official", fact, before) == entry_texts("official", now, after) and entity_tokens(
            fact
        ) == entity_tokens(now):
            successors[id(fact)] = now
    return successors


def _entries_of(index: SearchIndex, facts: Sequence[Fact]) -> list[int]:
    """The numbers of the live entries of ``facts``, in order: each found among the entries its rarest naming word
    is posted for (an official re-merged by one new document is not looked for through the whole index)."""
    found: set[int] = set()
    wanted = {id(f) for f in facts}
    for fact in facts:
        named = named_tokens(kind_of(fact), fact)
        postings = [index.primary[t] for t in named if t in index.primary]
        if not postings:
            return [i for i, e in enumerate(index.entries) if id(e.fact) in wanted]  # nothing names it: every entry
        found.update(i for i in min(postings, key=len) if index.entries[i].fact is fact)
    return sorted(found)


def _by_document(before: dict[str, V], change: TableChange, field: str) -> dict[str, V]:
    """A field of each document of the changed table, from the table before it (the documents kept, in their
    order, then those arrived), as a fresh index lists them."""
    if change.forgotten:
        values = {d: v for d, v in before.items() if d not in change.forgotten}
    else:
        values = dict(before)
    for document in change.arrived:
        values[document.id] = getattr(document, field)
    if len(values) != len(change.table.documents):  # not the layout ``extended_table`` makes: read them all
        values = {d.id: getattr(d, field) for d in change.table.documents}
    return values


def _postings(
    old: dict[str, array[int]], removing: dict[str, set[int]], adding: dict[str, list[int]]
) -> dict[str, array[int]]:
    """The old postings with entries removed and appended (new arrays for the words touched; empty ones go)."""
    postings = dict(old)
    for token in set(removing) | set(adding):
        before = postings.get(token, array("i"))
        gone = removing.get(token)
        kept = before + array("i", adding.get(token, ()))  # a new array: the old one is still the old index's
        for i in sorted(gone or (), reverse=True):  # postings are sorted: each found by bisection
            k = bisect_left(kept, i)
            if k < len(kept) and kept[k] == i:
                del kept[k]
        if kept:
            postings[token] = kept
        else:
            postings.pop(token, None)
    return postings
