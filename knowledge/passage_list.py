"""Every sentence of every document, held compactly: one string of all the sentences and arrays of offsets.

A million sentences as a million pydantic objects cost about a kilobyte each; here they cost their characters
plus a few machine integers, and a ``Passage`` is made only when one is read (``passages[i]``). In JSON the list
is written exactly as a list of passages was, so tables on disk and published tables keep their form.

A list is immutable. ``extended`` makes a new one that shares the old one's chunks: the documents added become a
new chunk, and the documents removed are only forgotten (their positions stay, so a position found in a search
index keeps naming the same sentence; ``is_live`` tells whether it still counts).
"""

from __future__ import annotations

import hashlib
from array import array
from bisect import bisect_right
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload

from pydantic import BaseModel, ConfigDict, GetCoreSchemaHandler
from pydantic_core import core_schema


class Passage(BaseModel):
    """One sentence of a document, kept whole so that anything a document says can be found and quoted.

    Passages are in document order; the ones either side of a passage in the same document are its neighbours.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    document: str
    text: str
    start: int
    end: int
    paragraph: int = 0


@dataclass(frozen=True)
class _Chunk:
    """Passages added together: their texts concatenated, and per passage its bounds, document and place."""

    text: str
    bounds: array[int]  # n + 1 offsets into ``text``
    documents: tuple[str, ...]  # the distinct documents, in order of first passage
    document_of: array[int]  # per passage: an index into ``documents``
    starts: array[int]
    ends: array[int]
    paragraphs: array[int]

    @classmethod
    def of(cls, passages: Iterable[Passage]) -> _Chunk:
        texts: list[str] = []
        bounds, document_of = array("q", [0]), array("i")
        starts, ends, paragraphs = array("q"), array("q"), array("q")
        documents: dict[str, int] = {}
        offset = 0
        for p in passages:
            texts.append(p.text)
            offset += len(p.text)
            bounds.append(offset)
            document_of.append(documents.setdefault(p.document, len(documents)))
            starts.append(p.start)
            ends.append(p.end)
            paragraphs.append(p.paragraph)
        return cls("".join(texts), bounds, tuple(documents), document_of, starts, ends, paragraphs)

    def __len__(self) -> int:
        return len(self.starts)


class PassageList(Sequence[Passage]):
    """The passages of a table in order; ``passages[i]`` is a ``Passage`` made on demand.

    >>> passages = PassageList([Passage(document="d1", text="One.", start=0, end=4)])
    >>> passages[0].text, len(passages), passages.of_document("d1")
    ('One.', 1, [0])
    """

    __slots__ = ("_chunks", "_firsts", "_removed", "_by_document", "_live")

    def __init__(self, passages: Iterable[Passage] = (), *, _chunks: tuple[_Chunk, ...] | None = None,
                 _removed: frozenset[tuple[int, str]] = frozenset(),
                 _by_document: dict[str, array[int]] | None = None) -> None:  # fmt: skip
        self._chunks: tuple[_Chunk, ...] = _chunks if _chunks is not None else (_Chunk.of(passages),)
        self._firsts: list[int] = []
        total = 0
        for chunk in self._chunks:
            self._firsts.append(total)
            total += len(chunk)
        self._removed = _removed  # (chunk number, document): a document forgotten in that chunk
        # Each document's positions, in order (a document's passages need not be contiguous in a hand-made list).
        self._by_document: dict[str, array[int]] = _by_document if _by_document is not None else {}
        for k, (first, chunk) in enumerate(zip(self._firsts, self._chunks, strict=True)):
            if _by_document is not None:
                break  # given: shared with the list this one extends
            dead = {name for number, name in _removed if number == k}
            _positions(chunk, first, self._by_document, dead)
        self._live = sum(len(v) for v in self._by_document.values())

    @classmethod
    def columns(
        cls,
        documents: Sequence[str],
        texts: Sequence[str],
        starts: Sequence[int],
        ends: Sequence[int],
        paragraphs: Sequence[int],
    ) -> PassageList:
        """A list straight from columns, never making a ``Passage`` (how a generated million-sentence table is
        made without a million objects)."""
        names: dict[str, int] = {}
        bounds = array("q", [0])
        offset = 0
        for text in texts:
            offset += len(text)
            bounds.append(offset)
        document_of = array("i", (names.setdefault(d, len(names)) for d in documents))
        chunk = _Chunk(
            "".join(texts), bounds, tuple(names), document_of, array("q", starts), array("q", ends),
            array("q", paragraphs),
        )  # fmt: skip
        return cls(_chunks=(chunk,))

    # Reading -------------------------------------------------------------------------------------------------
    def __len__(self) -> int:
        """Positions, live or not: every position below this can be read."""
        return self._firsts[-1] + len(self._chunks[-1]) if self._chunks else 0

    @property
    def live(self) -> int:
        """How many passages belong to documents still in the list."""
        return self._live

    def _locate(self, index: int) -> tuple[_Chunk, int]:
        chunk, i, _ = self._place(index)
        return chunk, i

    def _place(self, index: int) -> tuple[_Chunk, int, int]:
        """(the chunk holding ``index``, the position in it, the chunk's number)."""
        size = len(self)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError("passage index out of range")
        k = bisect_right(self._firsts, index) - 1
        return self._chunks[k], index - self._firsts[k], k

    @overload
    def __getitem__(self, index: int) -> Passage: ...

    @overload
    def __getitem__(self, index: slice) -> list[Passage]: ...

    def __getitem__(self, index: int | slice) -> Passage | list[Passage]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        chunk, i = self._locate(index)
        return Passage.model_construct(
            document=chunk.documents[chunk.document_of[i]],
            text=chunk.text[chunk.bounds[i] : chunk.bounds[i + 1]],
            start=chunk.starts[i],
            end=chunk.ends[i],
            paragraph=chunk.paragraphs[i],
        )

    def text(self, index: int) -> str:
        """The sentence at ``index`` (cheaper than ``self[index].text``)."""
        chunk, i = self._locate(index)
        return chunk.text[chunk.bounds[i] : chunk.bounds[i + 1]]

    def paragraph(self, index: int) -> int:
        """The paragraph number of the sentence at ``index`` (cheaper than ``self[index].paragraph``)."""
        chunk, i = self._locate(index)
        return chunk.paragraphs[i]

    def document(self, index: int) -> str:
        """The document of the sentence at ``index``."""
        chunk, i = self._locate(index)
        return chunk.documents[chunk.document_of[i]]

    def is_live(self, index: int) -> bool:
        """Whether the sentence at ``index`` belongs to a document still in the list."""
        if not 0 <= index < len(self):
            return False
        chunk, i, k = self._place(index)
        return not self._removed or (k, chunk.documents[chunk.document_of[i]]) not in self._removed

    def in_one_short_paragraph(self, first: int, second: int, most: int) -> bool:
        """Both sentences stand in one paragraph of their document, of at most ``most`` sentences (an item of a
        list or a fact sheet)."""
        document, paragraph = self.document(first), self.paragraph(first)
        if self.document(second) != document or self.paragraph(second) != paragraph:
            return False
        around = range(max(0, first - most), min(len(self), first + most + 1))
        return sum(1 for i in around if self.document(i) == document and self.paragraph(i) == paragraph) <= most

    def of_document(self, document: str) -> list[int]:
        """The positions of a document's sentences, in order (none for a removed document)."""
        return list(self._by_document.get(document, ()))

    def documents(self) -> list[str]:
        """The documents with sentences here, in order of their first sentence."""
        return list(self._by_document)

    def __iter__(self) -> Iterator[Passage]:
        for k, (first, chunk) in enumerate(zip(self._firsts, self._chunks, strict=True)):
            for i in range(len(chunk)):
                if not self._removed or (k, chunk.documents[chunk.document_of[i]]) not in self._removed:
                    yield self[first + i]

    def fingerprint(self) -> str:
        """A digest of what the list holds, to tell whether an index saved for it still fits."""
        digest = hashlib.blake2b(digest_size=16)
        for chunk in self._chunks:
            digest.update(chunk.text.encode("utf-8", "surrogatepass"))
            for column in (chunk.bounds, chunk.document_of, chunk.starts, chunk.ends, chunk.paragraphs):
                digest.update(column.tobytes())
            digest.update("\0".join(chunk.documents).encode("utf-8", "surrogatepass"))
        digest.update(repr(sorted(self._removed)).encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PassageList):
            return len(self) == len(other) and self.live == other.live and list(self) == list(other)
        if isinstance(other, Sequence) and not isinstance(other, str):
            return list(self) == list(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.fingerprint())

    def __repr__(self) -> str:
        return f"PassageList({self.live} passages)"

    # Changing (into a new list) ------------------------------------------------------------------------------
    def extended(self, added: Iterable[Passage], removed: Collection[str] = ()) -> PassageList:
        """A new list with ``added`` after the passages kept and the documents ``removed`` forgotten; the chunks
        of this list are shared, not copied. A document added that the list already holds replaces it.

        >>> one = PassageList([Passage(document="a", text="A.", start=0, end=2)])
        >>> two = one.extended([Passage(document="b", text="B.", start=0, end=2)], removed=["a"])
        >>> [p.text for p in two], len(two), two.live
        (['B.'], 2, 1)
        """
        chunk = _Chunk.of(added)
        forgotten = set(removed) | set(chunk.documents)
        gone = set(self._removed)
        for k, old in enumerate(self._chunks):
            for name in forgotten.intersection(old.documents):  # no set of each chunk's names is made
                gone.add((k, name))
        if forgotten.isdisjoint(self._by_document):  # new documents only: no need to walk every one held
            by_document = dict(self._by_document)
        else:
            by_document = {name: at for name, at in self._by_document.items() if name not in forgotten}
        _positions(chunk, len(self), by_document, set())
        chunks = (*self._chunks, chunk) if len(chunk) else self._chunks
        return PassageList(_chunks=chunks, _removed=frozenset(gone), _by_document=by_document)

    # Pydantic: validated from (and written as) a list of passages ----------------------------------------------
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        items = handler.generate_schema(list[Passage])
        from_items = core_schema.no_info_after_validator_function(cls, items)
        return core_schema.json_or_python_schema(
            json_schema=from_items,
            python_schema=core_schema.union_schema([core_schema.is_instance_schema(cls), from_items]),
            serialization=core_schema.plain_serializer_function_ser_schema(list, return_schema=items),
        )


def _positions(chunk: _Chunk, first: int, into: dict[str, array[int]], dead: set[str]) -> None:
    """Adds each document's positions in ``chunk`` (numbered from ``first``) to ``into``."""
    for i, d in enumerate(chunk.document_of):
        name = chunk.documents[d]
        if name not in dead:
            into.setdefault(name, array("i")).append(first + i)
