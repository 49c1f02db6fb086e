"""A table changed by some documents without rebuilding it: the new documents' facts added, the removed
documents' facts dropped, and the people merged across documents merged again only where the change touches them.

``assemble`` builds a table from every document's facts; ``extended_table`` starts from a table already built and
is proportional to the change, not to the table, which is what lets the worker take in 100 new documents into a
table of 10,000 in a fraction of a second. It also says which facts went and which came, so the indexes over the
table can be changed the same way.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from knowledge.models import DateFact, DocumentFacts, DocumentInfo, FactTable, Official, Pledge, Statistic
from knowledge.text.names import name_key, surname

Fact = Official | DateFact | Pledge | Statistic


@dataclass(frozen=True)
class TableChange:
    """The changed table, the facts it no longer holds and the facts it holds anew (officials re-merged are
    both: the old merged official went, the new one came)."""

    table: FactTable
    dropped: tuple[Fact, ...]
    added: tuple[Fact, ...]
    forgotten: frozenset[str]  # documents whose facts and passages were dropped (removed, or added again)
    arrived: tuple[DocumentInfo, ...] = ()  # the documents added, in the order the table ends with them


def merge_people(officials: list[Official], dated: dict[str, str]) -> list[Official]:
    """One official per person across documents; the title from the most recent document wins."""
    groups: dict[str, list[Official]] = {}
    for official in officials:
        groups.setdefault(name_key(official.name), []).append(official)
    # A surname-only entry ('President Yoon') joins the one full name with that surname and title.
    for key in [k for k, v in groups.items() if len(v[0].name.split()) == 1]:
        short = groups[key][0]
        matches = [
            k
            for k, v in groups.items()
            if k != key
            and len(v[0].name.split()) > 1
            and surname(v[0].name).lower() == short.name.lower()
            and any(short.title.lower() in t.lower() for o in v for t in o.titles)
        ]
        if len(matches) == 1:
            groups[matches[0]].extend(groups.pop(key))
    merged = []
    for group in groups.values():

        def recency(o: Official) -> tuple[str, int]:
            return (max((dated.get(s.document, "") for s in o.sources), default=""), len(o.name))

        # One alone is its own latest: its sources (hundreds, for a person many documents name) are not walked.
        latest = max(group, key=recency) if len(group) > 1 else group[0]
        full = max(group, key=lambda o: len(o.name))
        merged.append(
            latest.model_copy(
                update={
                    "name": full.name,
                    "organization": latest.organization
                    or next((o.organization for o in group if o.organization), None),
                    "titles": tuple(dict.fromkeys(t for o in group for t in o.titles)),
                    "aliases": tuple(dict.fromkeys(a for o in group for a in (*o.aliases, o.name) if a != full.name)),
                    "sources": tuple(dict.fromkeys(s for o in group for s in o.sources)),
                }
            )
        )
    return sorted(merged, key=lambda o: o.name)


def _touched(official: Official, keys: set[str], surnames: set[str], short_names: set[str]) -> bool:
    """Whether a merged official may merge with the new ones: the same name, or a surname-only entry
    ('President Yoon') and a full name with that surname."""
    words = official.name.split()
    if name_key(official.name) in keys:
        return True
    if len(words) == 1:
        return official.name.lower() in surnames
    return surname(official.name).lower() in short_names


def extended_table(
    table: FactTable,
    added: Sequence[DocumentFacts],
    removed: Collection[str] = (),
    documents_by_id: Mapping[str, DocumentInfo] | None = None,
) -> TableChange:
    """``table`` with the facts and passages of ``added`` and without those of the documents ``removed``
    (``documents_by_id``: the table's documents by id, when the caller has them).

    A document added that the table already holds replaces it. A person merged across documents keeps what the
    documents left still say of them (a title read only in a removed document stays: the merge is not undone).

    >>> from knowledge.models import DocumentInfo
    >>> doc = DocumentFacts(document=DocumentInfo(id="d1", path="d1.txt", title="One"))
    >>> extended_table(FactTable(), [doc]).table.counts()["documents"]
    1
    """
    unique: dict[str, DocumentFacts] = {}
    for f in added:
        unique.setdefault(f.document.id, f)
    new = list(unique.values())
    by_id = documents_by_id if documents_by_id is not None else {d.id: d for d in table.documents}
    held = set(by_id)  # from the keys, not by walking the documents
    forgotten = frozenset(removed) & held | frozenset(unique) & held

    def kept(fact: Fact) -> bool:
        return not any(s.document in forgotten for s in fact.sources)

    dropped: list[Fact] = []
    facts: dict[str, list[Fact]] = {}
    for kind in ("dates", "pledges", "statistics"):
        old: tuple[Fact, ...] = getattr(table, kind)
        keep = [f for f in old if kept(f)] if forgotten else list(old)
        if len(keep) != len(old):
            dropped += [f for f in old if not kept(f)]
        facts[kind] = keep + [f for d in new for f in getattr(d, kind)]
    raw = [o for d in new for o in d.officials]
    keys = {name_key(o.name) for o in raw}
    surnames = {surname(o.name).lower() for o in raw if len(o.name.split()) > 1}
    short_names = {o.name.lower() for o in raw if len(o.name.split()) == 1}
    staying, remerged = [], []
    for official in table.officials:
        if forgotten and not kept(official):
            dropped.append(official)
            sources = tuple(s for s in official.sources if s.document not in forgotten)
            if sources:
                remerged.append(official.model_copy(update={"sources": sources}))
        elif raw and _touched(official, keys, surnames, short_names):
            dropped.append(official)
            remerged.append(official)
        else:
            staying.append(official)
    kept_documents = [d for d in table.documents if d.id not in forgotten] if forgotten else list(table.documents)
    documents = kept_documents + [d.document for d in new]
    arriving = {d.document.id: d.document for d in new}
    dated: dict[str, str] = {}  # the dates of the documents naming the people merged (a forgotten one's unknown)
    for official in remerged + raw:
        for source in official.sources:
            doc = source.document
            info = arriving.get(doc) or (by_id.get(doc) if doc not in forgotten else None)
            dated[doc] = (info.date or "") if info else ""
    merged = merge_people(remerged + raw, dated) if remerged or raw else []
    changed = table.model_copy(
        update={
            "documents": tuple(documents),
            "officials": tuple(sorted(staying + merged, key=lambda o: o.name)),
            "dates": tuple(facts["dates"]),
            "pledges": tuple(facts["pledges"]),
            "statistics": tuple(facts["statistics"]),
            "passages": table.passages.extended((p for d in new for p in d.passages), forgotten),
        }
    )
    arrived = tuple(d.document for d in new)
    return TableChange(changed, tuple(dropped), _new_facts(merged, new), forgotten, arrived)


def _new_facts(merged: list[Official], new: list[DocumentFacts]) -> tuple[Fact, ...]:
    """The facts the change brings, in the order a fresh table lists them (officials, dates, pledges, statistics)."""
    return (
        *merged,
        *(f for d in new for f in d.dates),
        *(f for d in new for f in d.pledges),
        *(f for d in new for f in d.statistics),
    )
