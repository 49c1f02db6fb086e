"""The compact passage list, the saved sentence index, and knowledge extended by new, changed and removed documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.normalize import normalize
from knowledge.answer.passage_store import PassageStore
from knowledge.answer.passages import PassageIndex, index_form
from knowledge.answer.spans import Span
from knowledge.build import assemble, extract_files, load_table, table_json
from knowledge.models import DocumentFacts, FactTable, Passage, PassageList
from tests.conftest import ROOT, SEEDS, WRITTEN_DOCS

NEW_DOCUMENT = WRITTEN_DOCS / "fact_sheet_seventh_sed.txt"


@pytest.fixture(scope="module")
def seed_facts() -> list[DocumentFacts]:
    return extract_files(sorted(SEEDS.glob("*.txt")), root=ROOT).facts


@pytest.fixture(scope="module")
def new_facts() -> DocumentFacts:
    return extract_files([NEW_DOCUMENT], root=ROOT).facts[0]


def _passage(document: str, text: str, paragraph: int = 0) -> Passage:
    return Passage(document=document, text=text, start=0, end=len(text), paragraph=paragraph)


def test_a_passage_list_reads_back_each_sentence_and_writes_the_json_a_tuple_of_passages_wrote() -> None:
    passages = [_passage("a", "One."), _passage("a", "Two.", 1), _passage("b", "Three.")]
    table = FactTable(passages=passages)
    assert (list(table.passages), table.passages.of_document("a")) == (passages, [0, 1])
    assert table.passages.text(2) == "Three."
    assert FactTable.model_validate_json(table_json(table)) == table
    assert '"text": "Two."' in table_json(table)


def test_a_passage_list_made_from_columns_equals_one_made_from_passages() -> None:
    columns = PassageList.columns(["a", "b"], ["One.", "Two."], [0, 0], [4, 4], [0, 0])
    assert columns == PassageList([_passage("a", "One."), _passage("b", "Two.")])


def test_an_extended_list_forgets_removed_documents_and_keeps_every_position() -> None:
    before = PassageList([_passage("a", "One."), _passage("b", "Two.")])
    after = before.extended([_passage("c", "Three."), _passage("a", "One again.")], removed=["b"])
    assert [p.text for p in after] == ["Three.", "One again."]
    assert (len(after), after.live, after.of_document("a")) == (4, 2, [3])
    assert (after.is_live(0), after.text(1)) == (False, "Two.")
    assert [p.text for p in before] == ["One.", "Two."]  # the list extended is unchanged


def test_the_committed_table_still_loads_and_writes_back_byte_for_byte() -> None:
    path = ROOT / "facts" / "seeds.json"
    assert table_json(load_table(path)) == path.read_text(encoding="utf-8")


def test_a_saved_index_is_reused_while_it_fits_and_rebuilt_when_the_table_changes(tmp_path: Path) -> None:
    table = FactTable(passages=[_passage("a", "The United States Trade Representative (USTR) met Samsung.")])
    saved = tmp_path / "facts.json.index.sqlite"
    first = PassageIndex(table, saved_at=saved)
    built_at = saved.stat().st_mtime_ns
    again = PassageIndex(table, saved_at=saved)
    assert (again.store.path, saved.stat().st_mtime_ns, again.df("samsung"), again.acronyms) == (
        saved,
        built_at,
        1,
        {"ustr": "United States Trade Representative"},
    )
    assert first.search(["samsung"])[0].index == 0
    changed = FactTable(passages=[_passage("a", "Hyundai met Kia.")])
    rebuilt = PassageIndex(changed, saved_at=saved)
    assert (rebuilt.df("samsung"), rebuilt.df("hyundai")) == (0, 1)


def test_an_index_that_cannot_be_saved_is_kept_in_memory(tmp_path: Path) -> None:
    table = FactTable(passages=[_passage("a", "Samsung met Hyundai.")])
    index = PassageIndex(table, saved_at=tmp_path / "missing-folder" / "t.index.sqlite")
    assert (index.store.path, index.df("samsung")) == (None, 1)


def test_extending_a_saved_index_leaves_the_saved_file_as_its_key_says(tmp_path: Path) -> None:
    table = FactTable(passages=[_passage("a", "Samsung met Hyundai.")])
    saved = tmp_path / "t.index.sqlite"
    index = PassageIndex(table, saved_at=saved)
    bigger = table.model_copy(update={"passages": table.passages.extended([_passage("b", "Kia met LG.")])})
    extended = index.extended(bigger, removed=())
    assert (extended.df("kia"), PassageStore.open_or_build(table.passages, index_form, saved, "x").path) == (1, saved)
    assert PassageIndex(table, saved_at=saved).df("kia") == 0


def test_new_documents_become_answerable_in_the_extended_knowledge(
    seed_facts: list[DocumentFacts], new_facts: DocumentFacts
) -> None:
    base = KnowledgeBase(assemble(seed_facts))
    assert base.answer("who is Laura Whitfield").abstained
    extended = base.extended([new_facts])
    fresh = KnowledgeBase(assemble([*seed_facts, new_facts]))
    for question in ("who is Laura Whitfield", "when was the seventh SED", "search clean hydrogen partnership",
                     "who Kim Jina", "pledges ROK"):  # fmt: skip
        assert extended.answer(question) == fresh.answer(question), question
    assert extended.table.counts() == fresh.table.counts()
    assert (
        not base.answer("search clean hydrogen partnership").answers
        == extended.answer("search clean hydrogen partnership").answers
    )


def test_a_removed_document_leaves_no_fact_and_no_sentence_answering(
    seed_facts: list[DocumentFacts], new_facts: DocumentFacts
) -> None:
    with_new = KnowledgeBase(assemble([*seed_facts, new_facts]))
    unique = "search KORUS Clean Hydrogen Partnership"
    assert any(a.source.document_id == new_facts.document.id for a in with_new.answer(unique).answers)
    without = with_new.extended([], removed=[new_facts.document.id])
    assert without.answer("who is Laura Whitfield").abstained
    assert all(a.source.document_id != new_facts.document.id for a in without.answer(unique).answers)
    assert (without.table.counts(), without.table.passages.live) == (
        assemble(seed_facts).counts(),
        len(assemble(seed_facts).passages),
    )
    assert without.paragraph(new_facts.document.id, new_facts.passages[0].start) == ""


def test_a_changed_document_answers_only_from_its_new_text(seed_facts: list[DocumentFacts]) -> None:
    old = seed_facts[0]
    first = old.passages[0]
    changed_first = first.model_copy(update={"text": "Zanzibarian delegates signed the Quokka Accord."})
    new = old.model_copy(
        update={
            "document": old.document.model_copy(update={"id": "changed-" + old.document.id}),
            "passages": tuple(
                p.model_copy(update={"document": "changed-" + old.document.id})
                for p in (changed_first, *old.passages[1:])
            ),
            "officials": (), "dates": (), "pledges": (), "statistics": (),
        }
    )  # fmt: skip
    kb = KnowledgeBase(assemble(seed_facts)).extended([new], removed=[old.document.id])
    found = kb.answer("search Quokka Accord").answers
    assert [a.source.document_id for a in found] == ["changed-" + old.document.id]
    assert first.text not in {a.source.quote for a in kb.answer(f"search {first.text}").answers if a.kind == "passage"}


def test_equal_scores_break_the_same_way_in_a_fresh_table_and_an_extended_one(
    seed_facts: list[DocumentFacts],
) -> None:
    # Kim Hong-kyun (a 2024 document) and Kim Jina (2025) hold the same office, equally well matched by a question
    # that is not parsed as 'who': the newer document comes first however the documents arrived.
    later = extract_files([WRITTEN_DOCS / "mofa_press_blind10.txt"], root=ROOT).facts[0]
    question = "whos the second vice foreign minister"
    fresh = KnowledgeBase(assemble([*seed_facts, later])).answer(question)
    arrived_first = KnowledgeBase(assemble([later, *seed_facts])).answer(question)
    extended = KnowledgeBase(assemble(seed_facts)).extended([later]).answer(question)
    assert fresh == arrived_first == extended
    assert [a.text.split(" — ")[0] for a in fresh.answers][:1] == ["Kim Jina"]
    assert "Kim Hong-kyun" in {a.text.split(" — ")[0] for a in fresh.answers}


def _views(kb: KnowledgeBase) -> dict[str, object]:
    """What a knowledge base's views read off its table, in the order they hold it."""
    people = kb.reader.people
    spellings = sorted({s for o in kb.table.officials for s in (o.name, *o.aliases)})
    return {
        "pledges": [kb.pledges.recent, list(kb.pledges.companies.items())]
        + [
            sorted(lists.items(), key=str)
            for lists in (kb.pledges.by_actor, kb.pledges.by_amount, kb.pledges.by_document)
        ],
        "organizations": kb.reader.lookups.organizations,
        "dates": sorted(kb.reader.lookups.dates.items()),
        "documents": list(kb.views.documents.items()),
        "people in documents": [people.in_document(d.id) for d in kb.table.documents],
        "people by spelling": [people.headline(Span(s, 0, len(s), s)) for s in spellings],
        "people named": [people.named_in(normalize(o.name).split(), len) for o in kb.table.officials],
        "facts found": [
            [(h.entry.fact, h.score) for h in kb.index.search(o.name, limit=3)] for o in kb.table.officials
        ],
        "sentences of each document": [
            [kb.passages.passages.text(i) for i in kb.passages.passages.of_document(d.id)] for d in kb.table.documents
        ],
        "documents by title word": dict(kb.scope._by_word),
    }


def _afresh(table: FactTable) -> KnowledgeBase:
    """A knowledge base of the same table built from nothing, its sentences in a list of their own."""
    return KnowledgeBase(table.model_copy(update={"passages": PassageList(list(table.passages))}))


def test_the_views_of_an_extended_table_are_those_of_the_same_table_built_afresh(
    seed_facts: list[DocumentFacts], new_facts: DocumentFacts, tmp_path: Path
) -> None:
    # Officials merged across documents (Don Graves, named in a seed beside officials whose names come later, and in
    # a new document), companies and dates arriving, a document removed and one added again: each view is made
    # from the one before, in the order a fresh one has.
    (tmp_path / "graves.txt").write_text(
        "Graves returns to Seoul\nPublished: 2026-02-03\n\nDeputy Secretary of Commerce Don Graves met "
        "Second Vice Foreign Minister Kim Jina in Seoul on February 2.\n",
        encoding="utf-8",
    )
    graves = extract_files([tmp_path / "graves.txt"], root=tmp_path).facts[0]
    written = extract_files(sorted(WRITTEN_DOCS.glob("*blind1*.txt")), root=ROOT).facts
    base = KnowledgeBase(assemble([*seed_facts, *written[:2]]))
    again = seed_facts[1]
    extended = base.extended(
        [new_facts, graves, *written[2:], again], removed=[seed_facts[0].document.id, again.document.id]
    )
    assert {o.name for o in graves.officials} <= {o.name for o in base.table.officials}
    assert _views(extended) == _views(_afresh(extended.table))
    less = extended.extended([], removed=[new_facts.document.id])
    assert _views(less) == _views(_afresh(less.table))
    only_new = base.extended([new_facts, graves])  # nothing forgotten: what is kept is copied, not walked
    assert _views(only_new) == _views(_afresh(only_new.table))


def test_a_document_says_a_word_when_any_sentence_of_its_own_has_it_and_only_then() -> None:
    """The look-up in the index agrees with reading the document: 'Velru' is said by document a's second
    sentence, 'Mizenha' only by document b."""
    from knowledge.answer.document_support import DocumentSupport

    passages = [
        _passage("a", "Officials met in Seoul."),
        _passage("a", "Velru sent 40 delegates to the U.S. talks."),
        _passage("b", "Mizenha sent 12."),
    ]
    index = PassageIndex(FactTable(passages=passages))
    support = DocumentSupport(index)
    words = {"velru", "mizenha", "delegat", "rok"}  # (the matching form: 'delegates', 'Seoul')
    assert (
        support.document_says(0, words) == frozenset({"velru", "delegat", "rok"}) == words & support.document_words(0)
    )
    assert support.document_says(2, {"velru", "mizenha"}) == frozenset({"mizenha"})
    assert index.store.says_between("velru", 0, 1) and not index.store.says_between("velru", 2, 2)
    assert [rowid for rowid, _ in index.store.candidates(["velru", "mizenha"], 20)] in ([2, 3], [3, 2])
